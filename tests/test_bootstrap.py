"""The bootstrap commands install Argo CD exactly as its Application keeps it, after the
Secrets the first operators read."""

import subprocess

import pytest
import yaml

from somaagent01_gitops.bootstrap import clusters, commands, main

from .conftest import DIST, OVERLAYS, PROJECT_ROOT

CLUSTERS = clusters(OVERLAYS, PROJECT_ROOT / "platform.yaml")


@pytest.mark.parametrize("name", sorted(CLUSTERS))
def test_helm_install_uses_the_applications_chart_version_and_values(name):
    text = commands(DIST, CLUSTERS[name])
    application = yaml.safe_load((DIST / "apps" / name / "application-argo-cd.yaml").read_text())["spec"]
    source = application["source"]
    assert f"helm install argo-cd argo/argo-cd --version {source['targetRevision']} --namespace argocd" in text
    values = text.split("<<'VALUES'\n", 1)[1].split("\nVALUES\n", 1)[0]
    assert yaml.safe_load(values) == source["helm"]["valuesObject"]
    # the root's project first: the root names it
    assert (
        f"kubectl apply --namespace argocd -f dist/apps/{name}/appproject-bootstrap.yaml\n"
        f"kubectl apply --namespace argocd -f dist/apps/{name}/application-root.yaml\n# 3."
    ) in text


def test_secrets_the_first_operators_read_are_made_before_argo_cd_starts():
    text = commands(DIST, CLUSTERS["prod-us-east-1"])
    before_argo_cd = text.split("# 1. Argo CD", 1)[0]
    assert "kubectl -n monitoring create secret generic grafana-admin --from-literal=admin-user=admin" in before_argo_cd
    assert (
        "create secret generic thanos-objstore --from-literal=objstore.yml=$'type: S3\\nconfig:\\n  bucket: soma-prod-us-east-1-thanos"
        in before_argo_cd
    )
    assert "aws kms describe-key --key-id alias/soma-prod-vault-unseal --region us-east-1" in before_argo_cd
    assert "thanos-objstore" not in commands(DIST, CLUSTERS["dev-shared"]), "only PRODUCTION runs Thanos"
    local = commands(DIST, CLUSTERS["local"]).split("# 1. Argo CD", 1)[0]
    assert "kubectl -n clickhouse-operator create secret generic clickhouse-operator" in local, "the only one LOCAL's operators read"
    assert "grafana-admin" not in local


@pytest.mark.parametrize("name", sorted(CLUSTERS))
def test_the_printed_commands_are_valid_shell(name):
    result = subprocess.run(["bash", "-n"], input=commands(DIST, CLUSTERS[name]), text=True, capture_output=True, check=False)
    assert result.returncode == 0, result.stderr


def test_an_unknown_cluster_is_named_with_the_known_ones(capsys):
    assert main(["nowhere"]) == 2
    assert "clusters: dev-shared, local, prod-eu-west-1, prod-us-east-1" in capsys.readouterr().err


def test_beyond_local_vault_gets_each_namespaces_policy_and_role_after_argo_cd():
    text = commands(DIST, CLUSTERS["dev-shared"])
    after = text.split("# 3.", 1)[1]
    assert "vault secrets enable -path=soma -version=2 kv" in after
    for namespace in ("soma-dev", "soma-qa", "soma-training"):
        assert (
            f"vault write auth/kubernetes/role/{namespace}-external-secrets bound_service_account_names=external-secrets-vault "
            f"bound_service_account_namespaces={namespace} audience=vault token_policies={namespace}-external-secrets-read" in after
        )
    assert "kubectl" not in after, "beyond LOCAL no Secret is made by hand"


def test_local_makes_its_secrets_by_hand_with_one_value_per_shared_key():
    text = commands(DIST, CLUSTERS["local"]).split("# 3.", 1)[1]
    assert "vault " not in text
    assert text.count("SOMA_SPICEDB_POSTGRES_CREDENTIALS_PASSWORD=$(openssl rand -hex 24)") == 1
    assert '--from-literal=password="${SOMA_SPICEDB_POSTGRES_CREDENTIALS_PASSWORD}"' in text
    assert (
        'datastore_uri="postgres://spicedb:${SOMA_SPICEDB_POSTGRES_CREDENTIALS_PASSWORD}@somaagent01-pg-rw.soma-local.svc:5432/spicedb'
        in text
    )
    assert (
        '--type=kubernetes.io/basic-auth --from-literal=password="${SOMA_KEYCLOAK_POSTGRES_CREDENTIALS_PASSWORD}" --from-literal=username="keycloak"'
        in text
    )
