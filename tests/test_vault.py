"""Where Vault holds each environment's secrets, and the policy that reads exactly them."""

from somaagent01_gitops.vault import (
    ENGINE_COMMANDS,
    VaultSecret,
    app_configuration_commands,
    app_policy_hcl,
    configuration_commands,
    shell_variable,
    store_policy_hcl,
)
from tests.conftest import shipped_targets

SECRETS = (
    VaultSecret(name="a", keys=("password", "username"), literals={"username": "a"}, contract="x"),
    VaultSecret(name="peer-a", keys=("password",), vault_key="a", contract="x"),
    VaultSecret(name="b", keys=("KEY",), contract="x"),
)


def test_a_secret_reads_its_own_key_unless_it_names_a_shared_one_and_literals_stay_out_of_vault():
    assert [secret.path for secret in SECRETS] == ["a", "a", "b"]
    assert SECRETS[0].vault_properties == ("password",)


def test_the_policy_reads_exactly_the_keys_the_secrets_come_from():
    assert store_policy_hcl("dev", SECRETS) == (
        'path "soma/data/dev/a" {\n  capabilities = ["read"]\n}\npath "soma/data/dev/b" {\n  capabilities = ["read"]\n}\n'
    )


def test_the_role_binds_one_service_account_in_one_namespace():
    policy, role, *writes = configuration_commands(namespace="soma-dev", folder="dev", secrets=SECRETS)
    assert policy.startswith("vault policy write soma-dev-external-secrets-read - <<'HCL'\n")
    assert role == (
        "vault write auth/kubernetes/role/soma-dev-external-secrets bound_service_account_names=external-secrets-vault "
        "bound_service_account_namespaces=soma-dev audience=vault token_policies=soma-dev-external-secrets-read token_ttl=15m"
    )
    hint, *puts = writes
    assert hint.startswith("# then write each key (passwords: letters and digits only")
    assert puts == ["# vault kv put -mount=soma dev/a password=...", "# vault kv put -mount=soma dev/b KEY=..."]


def test_shell_variables_are_names_the_shell_accepts():
    assert shell_variable("regions/eu-west-1/postgres-ca", "ca.crt") == "SOMA_REGIONS_EU_WEST_1_POSTGRES_CA_CA_CRT"


def test_each_namespaces_policy_covers_exactly_the_keys_its_external_secrets_read(synthesized_files, environments):
    import yaml

    from somaagent01_gitops.tiers.base import declared_vault_secrets
    from somaagent01_gitops.tiers.registry import TIERS

    for target in shipped_targets(environments):
        if target.settings.mode == "LOCAL":
            continue
        folder = f"overlays/{target.path}/"
        read = {
            f"soma/data/{entry['remoteRef']['key']}"
            for path, content in synthesized_files.items()
            if path.startswith(folder) and "/externalsecret-" in path
            for entry in yaml.safe_load(content)["spec"]["data"]
        }
        policy = store_policy_hcl(target.environment, declared_vault_secrets(target, TIERS))
        granted = {line.split('"')[1] for line in policy.splitlines() if line.startswith("path ")}
        assert granted == read, target.path


def test_once_per_vault_the_audit_log_goes_on_first_then_the_engine_and_auth_each_only_if_absent():
    audit, engine, auth, config = ENGINE_COMMANDS
    assert audit == "vault audit list | grep -q '^file/' || vault audit enable file file_path=/vault/audit/vault_audit.log"
    assert "|| vault secrets enable -path=soma -version=2 kv" in engine and "|| vault auth enable -path=kubernetes kubernetes" in auth
    assert config.startswith("vault write auth/kubernetes/config ")


def test_the_apps_own_client_reads_its_paths_and_only_the_gateway_writes_there():
    reader = app_policy_hcl("conversation-worker")
    assert reader == (
        'path "secret/data/agent/api_keys" {\n  capabilities = ["read"]\n}\n'
        'path "secret/data/agent/credentials" {\n  capabilities = ["read"]\n}\n'
    )
    writer = app_policy_hcl("gateway")
    assert 'path "secret/data/agent/api_keys" {\n  capabilities = ["create", "read", "update", "delete"]\n}' in writer
    assert 'path "secret/metadata/agent/credentials/*" {\n  capabilities = ["delete"]\n}' in writer, "delete_kv_secret removes all versions"


def test_each_entrypoints_agent_logs_in_as_its_own_account():
    policy, role = app_configuration_commands(namespace="soma-prod", services=["tool-executor"])
    assert policy.startswith("vault policy write soma-prod-tool-executor - <<'HCL'\n")
    assert role == (
        "vault write auth/kubernetes/role/soma-prod-tool-executor bound_service_account_names=tool-executor "
        "bound_service_account_namespaces=soma-prod audience=vault token_policies=soma-prod-tool-executor token_ttl=1h"
    )


def test_a_key_that_exists_only_after_the_first_sync_is_written_last():
    later = VaultSecret(name="c", keys=("public_key",), contract="x", written_after_sync=True)
    *_, hint, put = configuration_commands(namespace="soma-dev", folder="dev", secrets=(*SECRETS, later))
    assert hint.startswith("# after the first sync") and put == "# vault kv put -mount=soma dev/c public_key=..."
