"""A namespace's SecretStore on Vault and one ExternalSecret per declared Secret."""

import cdk8s

from somaagent01_gitops.tiers.secrets.constructs import VaultSecrets, VaultSecretsProps, VaultSecretStore, VaultSecretStoreProps
from somaagent01_gitops.vault import VaultSecret

ROLE = VaultSecret(
    name="db-credentials", keys=("password", "username"), type="kubernetes.io/basic-auth", literals={"username": "db"}, contract="x"
)
PLAIN = VaultSecret(name="app-secrets", keys=("API_KEY", "TOKEN"), contract="x", refresh_interval="15m")
SHARED = VaultSecret(name="peer-credentials", keys=("password",), vault_key="db-credentials", contract="x")


def store():
    chart = cdk8s.Testing.chart()
    VaultSecretStore(
        chart,
        "store",
        props=VaultSecretStoreProps(namespace="soma-x", vault_address="https://vault.vault.svc:8200", ca_secret="vault-trust"),
    )
    return {obj["kind"]: obj for obj in cdk8s.Testing.synth(chart)}


def external_secrets():
    chart = cdk8s.Testing.chart()
    VaultSecrets(chart, "secrets", props=VaultSecretsProps(folder="x", secrets=(ROLE, PLAIN, SHARED)))
    return {obj["metadata"]["name"]: obj["spec"] for obj in cdk8s.Testing.synth(chart)}


def test_snapshot(snapshot):
    assert [store(), external_secrets()] == snapshot


def test_the_store_logs_in_as_its_own_account_through_its_namespaces_role():
    objects = store()
    vault = objects["SecretStore"]["spec"]["provider"]["vault"]
    assert (vault["path"], vault["version"]) == ("soma", "v2")
    assert vault["auth"]["kubernetes"] == {
        "mountPath": "kubernetes",
        "role": "soma-x-external-secrets",
        "serviceAccountRef": {"name": "external-secrets-vault", "audiences": ["vault"]},
    }
    assert objects["ServiceAccount"]["automountServiceAccountToken"] is False
    # over TLS, verified against the namespace's trust anchor
    assert vault["server"].startswith("https://")
    assert vault["caProvider"] == {"type": "Secret", "name": "vault-trust", "key": "ca.crt"}


def test_the_controller_may_mint_a_token_for_that_account_only():
    objects = store()
    (rule,) = objects["Role"]["rules"]
    assert rule == {
        "apiGroups": [""],
        "resources": ["serviceaccounts/token"],
        "resourceNames": ["external-secrets-vault"],
        "verbs": ["create"],
    }
    assert objects["RoleBinding"]["subjects"] == [{"kind": "ServiceAccount", "name": "external-secrets", "namespace": "external-secrets"}]


def test_a_managed_roles_secret_has_its_type_and_username_from_the_template():
    spec = external_secrets()["db-credentials"]
    assert spec["target"]["template"] == {"type": "kubernetes.io/basic-auth", "data": {"password": "{{ .password }}", "username": "db"}}
    assert spec["data"] == [{"secretKey": "password", "remoteRef": {"key": "x/db-credentials", "property": "password"}}]


def test_a_plain_secret_reads_every_key_and_keeps_the_secret_if_the_external_secret_goes():
    spec = external_secrets()["app-secrets"]
    assert "template" not in spec["target"]
    assert [entry["remoteRef"]["property"] for entry in spec["data"]] == ["API_KEY", "TOKEN"]
    assert (spec["refreshInterval"], spec["target"]["creationPolicy"], spec["target"]["deletionPolicy"]) == ("15m", "Owner", "Retain")


def test_secrets_that_must_agree_read_one_vault_key():
    assert external_secrets()["peer-credentials"]["data"][0]["remoteRef"]["key"] == "x/db-credentials"


def test_a_secret_whose_reader_wants_other_key_names_and_labels_gets_them_from_the_template():
    given = VaultSecret(
        name="kafka-ca",
        keys=("ca.crt",),
        properties={"ca.crt": "tls.crt"},
        vault_key="pki/ca",
        labels={"strimzi.io/kind": "Kafka"},
        annotations={"strimzi.io/ca-cert-generation": "0"},
        contract="x",
    )
    chart = cdk8s.Testing.chart()
    VaultSecrets(chart, "secrets", props=VaultSecretsProps(folder="prod", secrets=(given,)))
    (obj,) = cdk8s.Testing.synth(chart)
    assert obj["spec"]["data"] == [{"secretKey": "ca.crt", "remoteRef": {"key": "prod/pki/ca", "property": "tls.crt"}}]
    assert obj["spec"]["target"]["template"] == {
        "metadata": {"labels": {"strimzi.io/kind": "Kafka"}, "annotations": {"strimzi.io/ca-cert-generation": "0"}}
    }


def test_a_value_replaced_only_with_an_announcement_is_read_again_only_when_its_external_secret_changes():
    chart = cdk8s.Testing.chart()
    ca = VaultSecret(name="ca", keys=("tls.crt", "tls.key"), type="kubernetes.io/tls", refreshed_on_change_only=True, contract="x")
    VaultSecrets(chart, "secrets", props=VaultSecretsProps(folder="prod", secrets=(ca, PLAIN)))
    policies = {obj["metadata"]["name"]: obj["spec"].get("refreshPolicy") for obj in cdk8s.Testing.synth(chart)}
    assert policies == {"ca": "OnChange", "app-secrets": None}


def test_a_secret_written_after_the_first_sync_syncs_with_the_workloads():
    later = VaultSecret(name="realm-key", keys=("public_key",), contract="x", written_after_sync=True)
    chart = cdk8s.Testing.chart()
    VaultSecrets(chart, "secrets", props=VaultSecretsProps(folder="x", secrets=(PLAIN, later)))
    waves = {obj["metadata"]["name"]: obj["metadata"]["annotations"]["argocd.argoproj.io/sync-wave"] for obj in cdk8s.Testing.synth(chart)}
    assert waves == {"app-secrets": "-1", "realm-key": "20"}
