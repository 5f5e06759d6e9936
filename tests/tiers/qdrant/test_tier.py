"""The Qdrant tier's registration: every environment, TLS and monitoring beyond LOCAL."""

import cdk8s

from somaagent01_gitops.tiers.base import build_tiers
from somaagent01_gitops.tiers.qdrant.tier import QdrantUnit
from somaagent01_gitops.tiers.registry import TIERS
from tests.conftest import shipped_targets


def built(environments, path):
    target = next(target for target in shipped_targets(environments) if target.path == path)
    chart = cdk8s.Testing.chart()
    build_tiers(chart, target, TIERS)
    return {(obj["kind"], obj["metadata"]["name"]): obj for obj in cdk8s.Testing.synth(chart)}


def test_its_secrets_are_one_vault_key_whose_config_file_external_secrets_builds(environments):
    target = next(target for target in shipped_targets(environments) if target.path == "prod/us-east-1")
    (secret,) = QdrantUnit().vault_secrets(target)
    assert secret.keys == ("api_key", "local.yaml")
    assert secret.vault_properties == ("api_key", "access_key_id", "secret_access_key")
    config = built(environments, "prod/us-east-1")[("ExternalSecret", "qdrant-secrets")]["spec"]["target"]["template"]["data"]["local.yaml"]
    assert config.splitlines() == [
        "service: {api_key: '{{ .api_key }}'}",
        "storage: {snapshots_config: {snapshots_storage: s3, s3_config: {bucket: soma-prod-us-east-1-qdrant-backups, region: us-east-1, "
        "access_key: '{{ .access_key_id }}', secret_key: '{{ .secret_access_key }}'}}}",
    ], "the region's own bucket, in that region"
    local = next(target for target in shipped_targets(environments) if target.path == "local")
    (hand_made,) = QdrantUnit().vault_secrets(local)
    assert hand_made.local_values["local.yaml"] == "service: {api_key: '${SOMA_QDRANT_SECRETS_API_KEY}'}", "no backup in LOCAL"


def test_the_config_file_is_yaml_holding_what_qdrant_reads(environments):
    import yaml

    from somaagent01_gitops.tiers.qdrant.tier import config_file

    target = next(target for target in shipped_targets(environments) if target.path == "qa")
    text = config_file(target.settings, None, {"api_key": "k1", "access_key_id": "AKIA", "secret_access_key": "s/e+c"})
    assert yaml.safe_load(text) == {
        "service": {"api_key": "k1"},
        "storage": {
            "snapshots_config": {
                "snapshots_storage": "s3",
                "s3_config": {"bucket": "soma-qa-qdrant-backups", "region": "us-east-1", "access_key": "AKIA", "secret_key": "s/e+c"},
            }
        },
    }


def test_beyond_local_it_serves_tls_from_the_environments_ca_in_the_regions_storage(environments):
    prod = built(environments, "prod/eu-west-1")
    certificate = prod[("Certificate", "qdrant-server-tls")]["spec"]
    assert certificate["issuerRef"]["name"] == "soma-ca" and "*.qdrant-headless.soma-prod.svc" in certificate["dnsNames"]
    stateful_set = prod[("StatefulSet", "qdrant")]["spec"]
    assert stateful_set["replicas"] == 3
    assert stateful_set["volumeClaimTemplates"][0]["spec"]["storageClassName"] == "gp3-encrypted", "encrypted at rest"
    assert certificate["usages"] == ["server auth", "digital signature", "client auth"], "the peers' port wants a client certificate"
    assert prod[("CronJob", "qdrant-backup")]["spec"]["schedule"] == "0 3 * * *"
    local = built(environments, "local")
    assert not {("Certificate", "qdrant-server-tls"), ("PodMonitor", "qdrant"), ("CronJob", "qdrant-backup")} & set(local)
