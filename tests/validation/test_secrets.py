"""Gate: no secret value in any rendered file (detect-secrets, and no Secret with data beyond LOCAL)."""

from somaagent01_gitops.validation import gates

from .conftest import deployment


def test_secrets_gate_finds_a_literal_secret(broken_tree):
    secret = {
        "apiVersion": "v1",
        "kind": "Secret",
        "metadata": {"name": "db", "namespace": "demo"},
        "stringData": {"AWS_SECRET_ACCESS_KEY": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"},
    }
    result = gates.secrets_gate(broken_tree({"overlays/dev/secret-db.yaml": secret}))
    rules = {finding.rule for finding in result.findings}
    assert rules == {"detect-secrets", "no-literal-secrets"}


def test_secrets_gate_lets_references_through_but_not_a_password_value(broken_tree):
    reference = deployment()
    reference["spec"]["template"]["spec"]["volumes"] = [{"name": "ca", "secret": {"secretName": "kafka-cluster-ca-cert"}}]
    assert gates.secrets_gate(broken_tree({"overlays/dev/d.yaml": reference})).passed
    leaked = {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "c"}, "data": {"password": "hunter2-prod"}}
    (finding,) = gates.secrets_gate(broken_tree({"overlays/dev/c.yaml": leaked})).findings
    assert finding.rule == "detect-secrets" and "Secret Keyword" in finding.message


def test_secrets_gate_allows_a_local_secret_of_no_entropy(broken_tree):
    secret = {"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "db"}, "stringData": {"MODE": "local"}}
    assert gates.secrets_gate(broken_tree({"overlays/local/secret-db.yaml": secret})).passed


def test_an_external_secrets_key_names_pass_but_a_value_beside_them_does_not(broken_tree):
    def external_secret(**remote):
        return {
            "apiVersion": "external-secrets.io/v1",
            "kind": "ExternalSecret",
            "metadata": {"name": "s", "namespace": "demo"},
            "spec": {"data": [{"remoteRef": {"key": "dev/s", **remote}, "secretKey": "SA01_LLM_API_KEY"}]},
        }

    named = external_secret(property="SA01_LLM_API_KEY")
    assert gates.secrets_gate(broken_tree({"overlays/dev/externalsecret-s.yaml": named})).passed
    mismatched = external_secret(property="sk-live-4f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c")
    assert not gates.secrets_gate(broken_tree({"overlays/dev/externalsecret-s.yaml": mismatched})).passed


def test_a_pem_file_renamed_between_vault_and_the_secret_passes(broken_tree):
    secret = {
        "apiVersion": "external-secrets.io/v1",
        "kind": "ExternalSecret",
        "metadata": {"name": "ca", "namespace": "demo"},
        "spec": {"data": [{"remoteRef": {"key": "prod/pki/ca", "property": "tls.key"}, "secretKey": "ca.key"}]},
    }
    assert gates.secrets_gate(broken_tree({"overlays/prod/externalsecret-ca.yaml": secret})).passed
