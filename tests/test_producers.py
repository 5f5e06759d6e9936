"""What exists at runtime without being rendered: what operators create (External Secrets among\nthem), and in LOCAL the Secrets made by hand."""

import pytest

from somaagent01_gitops.footprints import Kind
from somaagent01_gitops.producers import PENDING_TIERS, RUNTIME_PRODUCERS, hand_made_secrets
from somaagent01_gitops.tiers.app.app_services import SECRET_FILLS
from tests.conftest import shipped_targets


def test_local_makes_by_hand_every_secret_the_tiers_read_and_nothing_beyond_local_does(environments):
    made = hand_made_secrets(shipped_targets(environments))
    assert set(made) == {"soma-local"}, "beyond LOCAL, External Secrets writes them from Vault"
    assert {"gateway-secrets", "somaagent01-app", "openfga-postgres-credentials", "spicedb", "spicedb-postgres-credentials"} <= made[
        "soma-local"
    ]
    assert not any("peer" in name for name in made["soma-local"]), "LOCAL has no regions"


def test_every_secret_the_app_reads_is_declared_with_every_key(environments):
    from somaagent01_gitops.tiers.base import declared_vault_secrets
    from somaagent01_gitops.tiers.registry import TIERS

    local = next(target for target in shipped_targets(environments) if target.settings.mode == "LOCAL")
    declared = {secret.name: secret for secret in declared_vault_secrets(local, TIERS)}
    fills = {release_fill(local, name) for spec in local.settings.release.services for name in spec.reads_settings}
    read = {SECRET_FILLS[fill] for fill in fills if fill in SECRET_FILLS}
    for secret, key in read:
        assert key in declared[secret].keys, (secret, key)


def release_fill(target, name):
    return target.settings.release.settings[name].fill


@pytest.mark.parametrize(
    ("trigger", "creates", "name"),
    [
        (Kind("kafka.strimzi.io", "Kafka"), Kind("", "Secret"), "{name}-cluster-ca-cert"),
        (Kind("kafka.strimzi.io", "KafkaUser"), Kind("", "Secret"), "{name}"),
        (Kind("postgresql.cnpg.io", "Cluster"), Kind("", "Secret"), "{name}-app"),
        (Kind("postgresql.cnpg.io", "Cluster"), Kind("", "Secret"), "{name}-ca"),
        (Kind("authzed.com", "SpiceDBCluster"), Kind("policy", "PodDisruptionBudget"), "{name}-spicedb"),
        (Kind("external-secrets.io", "ExternalSecret"), Kind("", "Secret"), "{name}"),
    ],
)
def test_operators_are_declared_to_create_what_the_rendered_objects_reference(trigger, creates, name):
    assert any(
        (producer.trigger, producer.creates, producer.name) == (trigger, creates, name) and producer.source
        for producer in RUNTIME_PRODUCERS
    )


def test_pods_operators_start_carry_the_labels_the_network_policies_select():
    pods = {producer.trigger.kind: dict(producer.labels) for producer in RUNTIME_PRODUCERS if producer.creates == Kind("", "Pod")}
    kafka_pods = [dict(p.labels) for p in RUNTIME_PRODUCERS if p.creates == Kind("", "Pod") and p.trigger.kind == "Kafka"]
    assert {"strimzi.io/cluster": "{name}", "strimzi.io/kind": "Kafka"} in kafka_pods
    pods["Kafka"] = kafka_pods[0]
    assert pods["Cluster"] == {"cnpg.io/cluster": "{name}", "cnpg.io/podRole": "instance"}
    assert pods["Kafka"] == {"strimzi.io/cluster": "{name}", "strimzi.io/kind": "Kafka"}
    assert pods["Keycloak"] == {
        "app": "keycloak",
        "app.kubernetes.io/instance": "{name}",
        "app.kubernetes.io/managed-by": "keycloak-operator",
    }


def test_tiers_not_rendered_yet_say_why():
    from somaagent01_gitops.tiers.keycloak.network_policy import OPERATOR_PODS

    assert {tier.name for tier in PENDING_TIERS} == {"Temporal", "Keycloak operator"}
    assert all(tier.labels and tier.why for tier in PENDING_TIERS)
    (operator,) = [tier for tier in PENDING_TIERS if tier.name == "Keycloak operator"]
    assert operator.labels == OPERATOR_PODS, "what its network policy selects"
