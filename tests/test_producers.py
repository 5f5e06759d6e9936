"""What exists at runtime without being rendered: what operators create, what Vault fills."""

import pytest

from somaagent01_gitops.footprints import Kind
from somaagent01_gitops.producers import PENDING_TIERS, RUNTIME_PRODUCERS, VAULT_SECRETS, VaultSecret
from somaagent01_gitops.tiers.app.app_services import SECRET_FILLS


def vault_secret(name):
    return next(secret for secret in VAULT_SECRETS if secret.matches(name))


def test_a_vault_secret_matches_its_name_or_its_pattern():
    exact = VaultSecret(name="gateway-secrets", keys=("a",))
    assert exact.matches("gateway-secrets") and not exact.matches("gateway-secrets-2")
    pattern = VaultSecret(name="postgres-peer-*-ca", keys=("ca.crt",))
    assert pattern.matches("postgres-peer-eu-west-1-ca")
    assert not pattern.matches("postgres-peer--ca"), "the star stands for a region: never empty"
    assert not pattern.matches("kafka-peer-eu-west-1-ca")


def test_every_secret_the_app_reads_has_vault_as_its_producer_with_every_key():
    for fill, (secret, key) in SECRET_FILLS.items():
        assert key in vault_secret(secret).keys, (fill, secret, key)


def test_the_peer_regions_secrets_and_the_database_roles_come_from_vault():
    assert vault_secret("postgres-peer-us-east-1-credentials").keys == ("password",)
    assert vault_secret("kafka-peer-eu-west-1-ca").keys == ("ca.crt",)
    roles = vault_secret("openfga-postgres-credentials")
    assert (roles.type, roles.keys) == ("kubernetes.io/basic-auth", ("username", "password"))
    assert vault_secret("spicedb").keys == ("preshared_key", "datastore_uri")


@pytest.mark.parametrize(
    ("trigger", "creates", "name"),
    [
        (Kind("kafka.strimzi.io", "Kafka"), Kind("", "Secret"), "{name}-cluster-ca-cert"),
        (Kind("kafka.strimzi.io", "KafkaUser"), Kind("", "Secret"), "{name}"),
        (Kind("postgresql.cnpg.io", "Cluster"), Kind("", "Secret"), "{name}-app"),
        (Kind("postgresql.cnpg.io", "Cluster"), Kind("", "Secret"), "{name}-ca"),
        (Kind("authzed.com", "SpiceDBCluster"), Kind("policy", "PodDisruptionBudget"), "{name}-spicedb"),
    ],
)
def test_operators_are_declared_to_create_what_the_rendered_objects_reference(trigger, creates, name):
    assert any(
        (producer.trigger, producer.creates, producer.name) == (trigger, creates, name) and producer.source
        for producer in RUNTIME_PRODUCERS
    )


def test_pods_operators_start_carry_the_labels_the_network_policies_select():
    pods = {producer.trigger.kind: dict(producer.labels) for producer in RUNTIME_PRODUCERS if producer.creates == Kind("", "Pod")}
    assert pods["Cluster"] == {"cnpg.io/cluster": "{name}", "cnpg.io/podRole": "instance"}
    assert pods["Kafka"] == {"strimzi.io/cluster": "{name}", "strimzi.io/kind": "Kafka"}
    assert pods["Keycloak"] == {"app": "keycloak", "app.kubernetes.io/instance": "{name}"}


def test_tiers_not_rendered_yet_say_why():
    assert {tier.name for tier in PENDING_TIERS} == {"Temporal", "Redis", "OPA", "OpenFGA"}
    assert all(tier.labels and tier.why for tier in PENDING_TIERS)
