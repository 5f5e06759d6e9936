"""The Qdrant tier's registration: every environment, TLS and monitoring beyond LOCAL."""

import cdk8s

from somaagent01_gitops.targets import targets_of
from somaagent01_gitops.tiers.base import build_tiers
from somaagent01_gitops.tiers.qdrant.tier import QdrantUnit
from somaagent01_gitops.tiers.registry import TIERS


def built(environments, path):
    target = next(target for target in targets_of(environments) if target.path == path)
    chart = cdk8s.Testing.chart()
    build_tiers(chart, target, TIERS)
    return {(obj["kind"], obj["metadata"]["name"]): obj for obj in cdk8s.Testing.synth(chart)}


def test_its_api_key_is_a_declared_secret_whose_config_file_external_secrets_builds(environments):
    target = next(target for target in targets_of(environments) if target.path == "dev")
    (secret,) = QdrantUnit().vault_secrets(target)
    assert secret.keys == ("api_key", "local.yaml") and secret.vault_properties == ("api_key",)
    external = built(environments, "dev")[("ExternalSecret", "qdrant-api-key")]["spec"]
    assert external["target"]["template"]["data"]["local.yaml"] == "service: {api_key: {{ .api_key }}}"


def test_beyond_local_it_serves_tls_from_the_environments_ca_in_the_regions_storage(environments):
    prod = built(environments, "prod/eu-west-1")
    certificate = prod[("Certificate", "qdrant-server-tls")]["spec"]
    assert certificate["issuerRef"]["name"] == "soma-ca" and "*.qdrant-headless.soma-prod.svc" in certificate["dnsNames"]
    stateful_set = prod[("StatefulSet", "qdrant")]["spec"]
    assert stateful_set["replicas"] == 3
    assert stateful_set["volumeClaimTemplates"][0]["spec"]["storageClassName"] == "gp3-encrypted", "encrypted at rest"
    local = built(environments, "local")
    assert ("Certificate", "qdrant-server-tls") not in local and ("PodMonitor", "qdrant") not in local
