"""The secrets tier's registration: beyond LOCAL only, writing what the other tiers declared."""

import cdk8s

from somaagent01_gitops.tiers.base import build_tiers
from somaagent01_gitops.tiers.registry import TIERS
from somaagent01_gitops.tiers.secrets.tier import SecretsUnit
from tests.conftest import shipped_targets


def test_it_applies_beyond_local_only_and_declares_what_external_secrets_makes(environments):
    modes = {target.settings.mode: SecretsUnit().applies(target) for target in shipped_targets(environments)}
    assert modes == {"LOCAL": False, "DEVELOPMENT": True, "TRAINING": True, "PRODUCTION": True}
    assert {(producer.trigger.kind, producer.creates.kind, producer.name) for producer in SecretsUnit.producers} == {
        ("ExternalSecret", "Secret", "{name}"),
        ("Certificate", "Secret", "{name}"),
    }


def test_a_prod_region_writes_the_peers_secrets_from_the_keys_both_regions_read(environments):
    target = next(target for target in shipped_targets(environments) if target.path == "prod/us-east-1")
    chart = cdk8s.Testing.chart()
    build_tiers(chart, target, TIERS)
    reads = {
        obj["metadata"]["name"]: {entry["remoteRef"]["key"] for entry in obj["spec"]["data"]}
        for obj in cdk8s.Testing.synth(chart)
        if obj["kind"] == "ExternalSecret"
    }
    assert (
        reads["postgres-peer-eu-west-1-credentials"]
        == reads["postgres-replication-credentials"]
        == {"prod/postgres-replication-credentials"}
    )
    assert reads["somaagent01-cluster-ca-cert"] == {"prod/pki/ca"}
    assert reads["somaagent01-clients-ca-cert"] == reads["kafka-clients-ca"] == {"prod/pki/kafka-clients-ca"}, "its own CA"
    assert "kafka-peer-eu-west-1-credentials" not in reads, "MirrorMaker 2 proves itself with a certificate, no password"
    assert reads["soma-ca"] == {"prod/pki/ca"}, "one CA for both regions"
    assert "postgres-peer-eu-west-1-ca" not in reads, "the peer's Postgres chains to that CA: nothing copied"


def test_the_overlays_lifetimes_reach_the_environments_certificates(environments):
    import dataclasses

    from somaagent01_gitops.settings.types import CertificateLifetime

    target = next(target for target in shipped_targets(environments) if target.path == "qa")
    certificates = target.settings.certificates.model_copy(
        update={
            "ca": CertificateLifetime(duration="43800h", renew_before="4380h"),
            "servers": CertificateLifetime(duration="720h", renew_before="240h"),
        }
    )
    target = dataclasses.replace(target, settings=target.settings.model_copy(update={"certificates": certificates}))
    chart = cdk8s.Testing.chart()
    build_tiers(chart, target, TIERS)
    lives = {
        obj["metadata"]["name"]: (obj["spec"]["duration"], obj["spec"]["renewBefore"])
        for obj in cdk8s.Testing.synth(chart)
        if obj["kind"] == "Certificate"
    }
    assert lives == {
        "soma-ca": ("43800h", "4380h"),
        "vault-trust": ("720h", "240h"),
        "somaagent01-pg-server-tls": ("720h", "240h"),
        "qdrant-server-tls": ("720h", "240h"),
        "redis-server-tls": ("720h", "240h"),
        "edge-tls": ("720h", "240h"),
    }
