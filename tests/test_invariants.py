"""What would hurt production, checked over the whole rendered tree, per mode.

Every expected value here is written in the test, never imported from the code under test:
a careless change to a construct, to a chart or to a shared constant, with its snapshots
accepted, must still fail here. The tree is read as Argo CD receives it (each overlay's own
files plus base/, in its namespace).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import yaml

from tests.conftest import shipped_targets

from .conftest import DIST

OVERLAYS = {
    "local": "LOCAL",
    "dev": "DEVELOPMENT",
    "qa": "DEVELOPMENT",
    "training": "TRAINING",
    "prod/us-east-1": "PRODUCTION",
    "prod/eu-west-1": "PRODUCTION",
}
CLUSTERS = ("local", "dev-shared", "prod-us-east-1", "prod-eu-west-1")
BEYOND_LOCAL = [path for path, mode in OVERLAYS.items() if mode != "LOCAL"]
PRODUCTION = [path for path, mode in OVERLAYS.items() if mode == "PRODUCTION"]

MIRROR_PREFIXES = {
    "mirror-from-us-east-1",  # MirrorMaker 2's Connect group and topics, named after the connector
    "mirror-from-eu-west-1",
    "us-east-1.",  # the copies of the peer region's topics
    "eu-west-1.",
    "mm2-offset-syncs.",  # the offset syncs the peer's MirrorMaker 2 keeps here
}
"""The only prefixed ACLs: MirrorMaker 2's, whose topic names are not known in advance."""
STATEFUL = {
    ("postgresql.cnpg.io", "Cluster"),
    ("kafka.strimzi.io", "Kafka"),
    ("kafka.strimzi.io", "KafkaNodePool"),
    ("kafka.strimzi.io", "KafkaTopic"),
}
"""Kinds whose deletion loses data: Argo CD may neither prune nor delete them."""


def load(path) -> list[dict[str, Any]]:
    return [obj for obj in yaml.safe_load_all(path.read_text()) if obj]


def placed(folder: str) -> list[dict[str, Any]]:
    """The objects a folder's kustomization places (base/ included, in its namespace)."""
    kustomization = yaml.safe_load((DIST / folder / "kustomization.yaml").read_text())
    objects = []
    for resource in kustomization["resources"]:
        if resource.endswith("/base"):
            for name in yaml.safe_load((DIST / "base" / "kustomization.yaml").read_text())["resources"]:
                for obj in load(DIST / "base" / name):
                    obj["metadata"]["namespace"] = kustomization["namespace"]
                    objects.append(obj)
        else:
            objects += load(DIST / folder / resource)
    return objects


def group_kind(obj: dict[str, Any]) -> tuple[str, str]:
    api_version = obj["apiVersion"]
    return (api_version.rsplit("/", 1)[0] if "/" in api_version else "", obj["kind"])


def of_kind(objects: list[dict[str, Any]], kind: str) -> list[dict[str, Any]]:
    return [obj for obj in objects if obj["kind"] == kind]


def fewest_replicas(workload: dict[str, Any], objects: list[dict[str, Any]]) -> int:
    """The fewest pods a workload runs: its replicas, else those of the autoscaler that owns
    them (an HPA's minReplicas, default 1; a KEDA ScaledObject's minReplicaCount, default 0)."""
    if "replicas" in workload["spec"]:
        return int(workload["spec"]["replicas"])
    name, kind = workload["metadata"]["name"], workload["kind"]
    for rollout in of_kind(objects, "Rollout"):
        # a Rollout over the Deployment runs its pods from the Deployment's template
        ref = rollout["spec"].get("workloadRef", {})
        if (ref.get("kind"), ref.get("name")) == (kind, name):
            return fewest_replicas(rollout, objects)
    for scaler, field, default in (("HorizontalPodAutoscaler", "minReplicas", 1), ("ScaledObject", "minReplicaCount", 0)):
        for owner in of_kind(objects, scaler):
            target = owner["spec"]["scaleTargetRef"]
            if target["name"] == name and target.get("kind", "Deployment") == kind:
                return int(owner["spec"].get(field, default))
    raise AssertionError(f"{kind} {name}: no replicas, and no autoscaler or Rollout owns it")


def only(objects: list[dict[str, Any]], kind: str, name: str | None = None) -> dict[str, Any]:
    (found,) = [obj for obj in of_kind(objects, kind) if name is None or obj["metadata"]["name"] == name]
    return found


def sync_options(obj: dict[str, Any]) -> set[str]:
    value = (obj["metadata"].get("annotations") or {}).get("argocd.argoproj.io/sync-options", "")
    return set(filter(None, value.split(",")))


def pod_specs(objects: list[dict[str, Any]]) -> Iterator[tuple[str, dict[str, Any]]]:
    for obj in objects:
        if obj["kind"] in ("Deployment", "StatefulSet", "Job"):
            yield f"{obj['kind']} {obj['metadata']['name']}", obj["spec"]["template"]["spec"]


# --- data kept ------------------------------------------------------------------------------


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_argo_cd_never_prunes_or_deletes_what_holds_data(overlay):
    stateful = [obj for obj in placed(f"overlays/{overlay}") if group_kind(obj) in STATEFUL]
    assert {group_kind(obj) for obj in stateful} >= {("postgresql.cnpg.io", "Cluster"), ("kafka.strimzi.io", "Kafka")}
    for obj in stateful:
        assert {"Prune=false", "Delete=false"} <= sync_options(obj), f"{overlay}: {obj['kind']} {obj['metadata']['name']}"


@pytest.mark.parametrize("cluster", CLUSTERS)
def test_environment_namespaces_are_never_pruned_or_deleted(cluster):
    namespaces = of_kind(placed(f"clusters/{cluster}"), "Namespace")
    assert namespaces
    for namespace in namespaces:
        assert {"Prune=false", "Delete=false"} <= sync_options(namespace), namespace["metadata"]["name"]


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_kafka_volumes_outlive_their_pods(overlay):
    for pool in of_kind(placed(f"overlays/{overlay}"), "KafkaNodePool"):
        storage = pool["spec"]["storage"]
        for volume in storage.get("volumes", [storage]):
            assert volume.get("deleteClaim") is False, f"{overlay}: {pool['metadata']['name']}"


@pytest.mark.parametrize("overlay", BEYOND_LOCAL)
def test_postgres_is_backed_up_daily_with_wal_archiving_beyond_local(overlay):
    objects = placed(f"overlays/{overlay}")
    backup = only(objects, "ScheduledBackup")
    assert backup["spec"]["method"] == "plugin" and backup["spec"]["pluginConfiguration"]["name"] == "barman-cloud.cloudnative-pg.io"
    cluster = only(objects, "Cluster")
    (plugin,) = cluster["spec"]["plugins"]
    assert plugin["name"] == "barman-cloud.cloudnative-pg.io" and plugin["isWALArchiver"] is True
    assert only(objects, "ObjectStore")["spec"]["retentionPolicy"].endswith("d")


# --- durability -------------------------------------------------------------------------------


@pytest.mark.parametrize("overlay", [*BEYOND_LOCAL])
def test_kafka_keeps_three_copies_and_acknowledges_two_beyond_local(overlay):
    objects = placed(f"overlays/{overlay}")
    config = only(objects, "Kafka")["spec"]["kafka"]["config"]
    assert config["default.replication.factor"] == 3 and config["min.insync.replicas"] == 2
    assert config["offsets.topic.replication.factor"] == 3 and config["transaction.state.log.replication.factor"] == 3
    for topic in of_kind(objects, "KafkaTopic"):
        assert topic["spec"]["replicas"] == 3, topic["metadata"]["name"]
        assert topic["spec"]["config"]["min.insync.replicas"] == 2, topic["metadata"]["name"]


@pytest.mark.parametrize("overlay", PRODUCTION)
def test_production_postgres_is_three_instances_with_a_synchronous_replica(overlay):
    spec = only(placed(f"overlays/{overlay}"), "Cluster")["spec"]
    assert spec["instances"] == 3
    assert spec["postgresql"]["synchronous"]["number"] >= 1


@pytest.mark.parametrize("overlay", BEYOND_LOCAL)
def test_every_replicated_workload_has_a_disruption_budget(overlay):
    objects = placed(f"overlays/{overlay}")
    budgets = [pdb["spec"]["selector"]["matchLabels"] for pdb in of_kind(objects, "PodDisruptionBudget")]
    for deployment in of_kind(objects, "Deployment"):
        labels = deployment["spec"]["template"]["metadata"]["labels"]
        if fewest_replicas(deployment, objects) > 1:
            assert any(all(labels.get(k) == v for k, v in budget.items()) for budget in budgets), deployment["metadata"]["name"]
    assert any(budget.get("app.kubernetes.io/name") == "gateway" for budget in budgets)


@pytest.mark.parametrize("overlay", BEYOND_LOCAL)
def test_no_pod_is_covered_by_two_disruption_budgets(overlay):
    """The eviction API refuses pods that two budgets select: drains would hang. The SpiceDB
    operator makes its own budget for its pods (spicedb-operator pkg/controller ensurePDB)."""
    budgets = [pdb["spec"]["selector"]["matchLabels"] for pdb in of_kind(placed(f"overlays/{overlay}"), "PodDisruptionBudget")]
    assert not any(budget.get("authzed.com/cluster") for budget in budgets)
    for index, budget in enumerate(budgets):
        for other in budgets[index + 1 :]:
            assert not (budget.items() <= other.items() or other.items() <= budget.items()), (budget, other)


# --- encryption and authentication on every hop ------------------------------------------------


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_every_kafka_listener_authenticates_and_authorization_is_on(overlay):
    kafka = only(placed(f"overlays/{overlay}"), "Kafka")["spec"]["kafka"]
    assert kafka["authorization"]["type"] == "simple"
    for listener in kafka["listeners"]:
        assert listener["authentication"]["type"] in ("scram-sha-512", "tls"), listener["name"]
    external = [listener for listener in kafka["listeners"] if listener["type"] != "internal"]
    assert all(listener["tls"] is True for listener in external), "what leaves the cluster is encrypted"


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_kafka_users_get_named_topics_never_a_wildcard(overlay):
    for user in of_kind(placed(f"overlays/{overlay}"), "KafkaUser"):
        authentication = user["spec"]["authentication"]["type"]
        assert authentication in ("scram-sha-512", "tls", "tls-external")
        # a certificate signed outside the User Operator proves only the peer region's reader
        assert authentication != "tls-external" or user["metadata"]["name"] == "mirror-reader"
        for acl in user["spec"]["authorization"]["acls"]:
            resource, where = acl["resource"], f"{user['metadata']['name']}: {acl['resource']}"
            assert "All" not in acl["operations"], where
            if resource["type"] in ("topic", "group"):
                assert resource.get("name") not in (None, "*"), where
                prefixed = resource.get("patternType", "literal") == "prefix"
                assert not prefixed or resource["name"] in MIRROR_PREFIXES, where


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_every_postgres_client_verifies_the_server(overlay):
    objects = placed(f"overlays/{overlay}")
    for config in of_kind(objects, "ConfigMap"):
        if "PGSSLMODE" in config.get("data", {}):
            assert config["data"]["PGSSLMODE"] == "verify-full", config["metadata"]["name"]
    assert "sslmode=verify-full" in only(objects, "Keycloak")["spec"]["db"]["url"]
    for external in only(objects, "Cluster")["spec"].get("externalClusters", []):
        if "connectionParameters" in external:
            assert external["connectionParameters"]["sslmode"] == "verify-full", external["name"]


@pytest.mark.parametrize("cluster", CLUSTERS)
def test_temporal_reaches_postgres_over_verified_tls(cluster):
    for path in (DIST / "apps" / cluster).glob("application-*-temporal.yaml"):
        values = yaml.safe_load(path.read_text())["spec"]["source"]["helm"]["valuesObject"]
        for store in values["server"]["config"]["persistence"]["datastores"].values():
            assert store["sql"]["tls"]["enabled"] is True and store["sql"]["tls"]["enableHostVerification"] is True


# --- least privilege ----------------------------------------------------------------------------


@pytest.mark.parametrize("cluster", CLUSTERS)
def test_no_project_admits_everything(cluster):
    for path in (DIST / "apps" / cluster).glob("appproject-*.yaml"):
        spec = yaml.safe_load(path.read_text())["spec"]
        assert "*" not in spec["sourceRepos"]
        assert all(destination["namespace"] != "*" and destination["server"] != "*" for destination in spec["destinations"])
        assert all("*" not in (entry["group"], entry["kind"]) for entry in spec.get("clusterResourceWhitelist") or [])
        if path.name != "appproject-platform.yaml":
            assert not spec.get("clusterResourceWhitelist"), f"{path.name}: an environment creates nothing cluster-scoped"


@pytest.mark.parametrize("cluster", CLUSTERS)
def test_environment_namespaces_enforce_the_restricted_pod_security_standard(cluster):
    for namespace in of_kind(placed(f"clusters/{cluster}"), "Namespace"):
        assert namespace["metadata"]["labels"]["pod-security.kubernetes.io/enforce"] == "restricted"


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_every_pod_runs_unprivileged(overlay):
    for where, spec in pod_specs(placed(f"overlays/{overlay}")):
        assert spec["securityContext"]["runAsNonRoot"] is True, where
        assert spec["securityContext"]["seccompProfile"]["type"] == "RuntimeDefault", where
        assert spec.get("automountServiceAccountToken") is False, where
        for container in spec["containers"]:
            context = container["securityContext"]
            assert context["allowPrivilegeEscalation"] is False and context["capabilities"]["drop"] == ["ALL"], where
            assert context.get("readOnlyRootFilesystem") is True, where
            assert context.get("privileged") in (None, False), where


@pytest.mark.parametrize("overlay", BEYOND_LOCAL)
def test_no_secret_value_is_rendered_beyond_local(overlay):
    assert not of_kind(placed(f"overlays/{overlay}"), "Secret")


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_every_pod_of_the_namespace_is_under_a_default_deny(overlay, environments):

    objects = placed(f"overlays/{overlay}")
    deny = only(objects, "NetworkPolicy", "default-deny")["spec"]
    assert deny == {"podSelector": {}, "policyTypes": ["Ingress", "Egress"]}, "every pod, both ways, nothing allowed"
    # the private destinations: the peer production region's network (ClickHouse's reads,
    # Postgres' subscription), and the API server's ports (an operator's instance manager)
    from somaagent01_gitops.constructs.idioms import PRIVATE_RANGES
    from somaagent01_gitops.constructs.network import API_SERVER_PORTS

    (target,) = [target for target in shipped_targets(environments) if target.path == overlay]
    peer = {target.settings.regions[target.region.peer_region].network_cidr} if target.region else set()
    for policy in of_kind(objects, "NetworkPolicy"):
        for rule in policy["spec"].get("egress", []):
            api_server = {port["port"] for port in rule.get("ports", [])} <= set(API_SERVER_PORTS)
            for to in rule.get("to", []):
                if "ipBlock" in to and api_server and to["ipBlock"]["cidr"] in PRIVATE_RANGES:
                    continue
                if "ipBlock" in to and OVERLAYS[overlay] != "LOCAL" and to["ipBlock"]["cidr"] not in peer:
                    assert to["ipBlock"].get("except"), f"{policy['metadata']['name']}: public addresses only beyond LOCAL"


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_secrets_come_from_vault_per_namespace_beyond_local_and_outlive_their_external_secret(overlay):
    objects = placed(f"overlays/{overlay}")
    external = of_kind(objects, "ExternalSecret")
    if overlay == "local":
        assert external == [] and of_kind(objects, "SecretStore") == [], "LOCAL runs no Vault"
        return
    namespace = only(objects, "SecretStore")["metadata"]["namespace"]
    store = only(objects, "SecretStore")["spec"]["provider"]["vault"]["auth"]["kubernetes"]
    assert store["role"] == f"{namespace}-external-secrets", "each namespace logs in as its own role"
    assert of_kind(objects, "ClusterSecretStore") == []
    assert external, "beyond LOCAL every Secret a tier reads is written from Vault"
    for obj in external:
        spec = obj["spec"]
        assert spec["secretStoreRef"] == {"kind": "SecretStore", "name": "vault"}
        assert spec["target"]["deletionPolicy"] == "Retain" and spec["refreshInterval"] == "1h"
        assert all(entry["remoteRef"]["key"].startswith(overlay.split("/")[0] + "/") for entry in spec["data"])


@pytest.mark.parametrize("overlay", BEYOND_LOCAL)
def test_secrets_are_synced_before_anything_that_reads_them(overlay):
    objects = placed(f"overlays/{overlay}")

    def wave(obj):
        return int(obj["metadata"]["annotations"]["argocd.argoproj.io/sync-wave"])

    store = only(objects, "SecretStore")
    access = [obj for obj in objects if obj["metadata"]["name"].startswith("external-secrets-vault")]
    assert {obj["kind"] for obj in access} == {"ServiceAccount", "Role", "RoleBinding"}
    assert max(map(wave, access)) < wave(store), "the store's account exists before the store checks it"
    from somaagent01_gitops.argocd import WAVE_AFTER_EVERYTHING

    # a Secret whose value exists only once the environment runs (the realm's key Kong reads)
    # syncs after every other wave: nothing waits for it
    later = [obj for obj in of_kind(objects, "ExternalSecret") if wave(obj) == WAVE_AFTER_EVERYTHING]
    assert {obj["metadata"]["name"] for obj in later} == ({"edge-jwt-keycloak"} if OVERLAYS[overlay] == "PRODUCTION" else set())
    last = [obj for obj in objects if wave(obj) >= WAVE_AFTER_EVERYTHING and obj not in later]
    # and a canary with its HPA, which holds its wave through its pauses (argocd.AFTER_EVERYTHING)
    canary = {("Rollout", "gateway"), ("HorizontalPodAutoscaler", "gateway")} if OVERLAYS[overlay] == "PRODUCTION" else set()
    edge = [obj for obj in last if (obj["kind"], obj["metadata"]["name"]) not in canary]
    assert {(obj["kind"], obj["metadata"]["name"]) for obj in last} - {(o["kind"], o["metadata"]["name"]) for o in edge} == canary
    assert edge and all(obj["metadata"]["labels"]["app.kubernetes.io/component"] == "edge" for obj in edge), "only the edge"
    secrets = [obj for obj in of_kind(objects, "ExternalSecret") if obj not in later]
    readers = [
        obj for obj in objects if obj["kind"] in {"Kafka", "KafkaUser", "Cluster", "SpiceDBCluster", "Keycloak", "Deployment", "Job"}
    ]
    assert readers and max(map(wave, [store, *secrets])) < min(map(wave, readers))


@pytest.mark.parametrize("overlay", PRODUCTION)
def test_production_app_pods_get_their_vault_token_from_the_agent_and_no_kubernetes_token(overlay):
    objects = placed(f"overlays/{overlay}")
    app = [obj for obj in of_kind(objects, "Deployment") if obj["metadata"]["labels"].get("app.kubernetes.io/component") == "app"]
    assert app
    for deployment in app:
        template = deployment["spec"]["template"]
        name = deployment["metadata"]["name"]
        assert template["metadata"]["annotations"]["vault.hashicorp.com/role"] == f"soma-prod-{name}"
        assert template["spec"]["automountServiceAccountToken"] is False
        policy = only(objects, "NetworkPolicy", name)
        assert any(
            peer.get("namespaceSelector") == {"matchLabels": {"kubernetes.io/metadata.name": "vault"}}
            for rule in policy["spec"]["egress"]
            for peer in rule["to"]
        ), name


def test_both_regions_postgres_servers_chain_to_one_ca_from_one_vault_key_and_verify_each_other_with_it():
    for region, peer in (("us-east-1", "eu-west-1"), ("eu-west-1", "us-east-1")):
        objects = placed(f"overlays/prod/{region}")
        assert only(objects, "Issuer", "soma-ca")["spec"] == {"ca": {"secretName": "soma-ca"}}
        (ca_key,) = {entry["remoteRef"]["key"] for entry in only(objects, "ExternalSecret", "soma-ca")["spec"]["data"]}
        assert ca_key == "prod/pki/ca", "the same key in both regions"
        certificate = only(objects, "Certificate", "somaagent01-pg-server-tls")["spec"]
        assert certificate["issuerRef"]["name"] == "soma-ca" and f"postgres.{region}.soma.internal" in certificate["dnsNames"]
        cluster = only(objects, "Cluster")["spec"]
        (external,) = [entry for entry in cluster["externalClusters"] if "connectionParameters" in entry]
        assert external["connectionParameters"]["sslmode"] == "verify-full"
        assert external["sslRootCert"]["name"] == "somaagent01-pg-server-tls", "its own copy of the one CA"
        assert not [obj for obj in objects if obj["metadata"]["name"] == f"postgres-peer-{peer}-ca"], "no CA copied from the peer"


def test_both_regions_kafka_clusters_are_given_the_one_ca_and_mirror_maker_verifies_the_peer_with_it():
    for region, peer in (("us-east-1", "eu-west-1"), ("eu-west-1", "us-east-1")):
        objects = placed(f"overlays/prod/{region}")
        assert only(objects, "Kafka")["spec"]["clusterCa"] == {"generateCertificateAuthority": False, "generateSecretOwnerReference": False}
        for name, key, vault_property in (
            ("somaagent01-cluster-ca-cert", "ca.crt", "tls.crt"),
            ("somaagent01-cluster-ca", "ca.key", "tls.key"),
        ):
            spec = only(objects, "ExternalSecret", name)["spec"]
            assert spec["data"] == [{"secretKey": key, "remoteRef": {"key": "prod/pki/ca", "property": vault_property}}]
            assert spec["target"]["template"]["metadata"]["labels"] == {"strimzi.io/kind": "Kafka", "strimzi.io/cluster": "somaagent01"}
        (source,) = only(objects, "KafkaMirrorMaker2")["spec"]["mirrors"]
        assert source["source"]["tls"]["trustedCertificates"] == [{"secretName": "somaagent01-cluster-ca-cert", "certificate": "ca.crt"}]
        assert not [obj for obj in objects if obj["metadata"]["name"] == f"kafka-peer-{peer}-ca"], "no CA copied from the peer"


def test_production_cas_are_replaced_only_through_a_change_in_git():
    for region in ("us-east-1", "eu-west-1"):
        objects = placed(f"overlays/prod/{region}")
        for name in ("soma-ca", "somaagent01-cluster-ca-cert", "somaagent01-cluster-ca"):
            assert only(objects, "ExternalSecret", name)["spec"]["refreshPolicy"] == "OnChange", name


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_only_the_migrations_and_grants_log_in_as_the_database_owner(overlay):
    objects = placed(f"overlays/{overlay}")
    owners = set()
    for name, spec in pod_specs(objects):
        for container in spec["containers"]:
            for env in container.get("env") or []:
                if (env.get("valueFrom") or {}).get("secretKeyRef", {}).get("name") == "somaagent01-pg-app":
                    owners.add(name)
    assert owners == {"Job somaagent01-migrate", "Job somaagent01-grants"}
    roles = {role["name"]: role for role in only(objects, "Cluster")["spec"]["managed"]["roles"]}
    assert roles["soma_app"]["login"] is False
    assert roles["soma_gateway"]["inRoles"] == ["soma_app"]


@pytest.mark.parametrize("overlay", BEYOND_LOCAL)
def test_managed_role_passwords_are_applied_as_soon_as_they_change(overlay):
    objects = placed(f"overlays/{overlay}")
    secrets = {role["passwordSecret"]["name"] for role in only(objects, "Cluster")["spec"]["managed"]["roles"] if "passwordSecret" in role}
    for name in secrets:
        labels = only(objects, "ExternalSecret", name)["spec"]["target"]["template"]["metadata"]["labels"]
        assert labels == {"cnpg.io/reload": "true"}, name


def _selects_labels(selector, labels):
    return all(labels.get(key) == value for key, value in selector.get("matchLabels", {}).items()) and not selector.get("matchExpressions")


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_every_pod_the_overlay_renders_is_denied_by_default_both_ways(overlay):
    """Each pod template rendered here is selected by a NetworkPolicy for ingress and one for
    egress: it reaches and is reached by what its rules name only. (The pods operators and
    charts make from custom resources, Kafka's, Postgres', Keycloak's, SpiceDB's, Temporal's,
    are issue 15's remaining work.)"""
    objects = placed(f"overlays/{overlay}")
    policies = [obj["spec"] for obj in of_kind(objects, "NetworkPolicy")]
    for obj in objects:
        spec = obj.get("spec", {})
        template = spec.get("jobTemplate", {}).get("spec", {}).get("template") or spec.get("template")
        if obj["kind"] not in ("Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob") or template is None:
            continue
        labels = template["metadata"]["labels"]
        for direction in ("Ingress", "Egress"):
            assert any(direction in policy["policyTypes"] and _selects_labels(policy["podSelector"], labels) for policy in policies), (
                f"{overlay}: {obj['kind']} {obj['metadata']['name']}: no {direction} policy selects its pods"
            )


def test_the_edges_public_certificates_come_from_the_acme_issuer_of_their_cluster():
    for region in ("us-east-1", "eu-west-1"):
        issuer = only(placed(f"clusters/prod-{region}/pki"), "ClusterIssuer", "soma-public-acme")
        assert issuer["spec"]["acme"]["solvers"][0]["dns01"]["route53"]["region"] == region
        certificate = only(placed(f"overlays/prod/{region}"), "Certificate", "edge-tls")
        assert certificate["spec"]["issuerRef"]["name"] == "soma-public-acme"
    assert [obj for obj in of_kind(placed("clusters/dev-shared/pki"), "ClusterIssuer") if "acme" in obj["spec"]] == []
    for overlay in ("dev", "qa", "training"):
        assert only(placed(f"overlays/{overlay}"), "Certificate", "edge-tls")["spec"]["issuerRef"]["name"] == "soma-ca"


@pytest.mark.parametrize("overlay", ["prod/us-east-1", "prod/eu-west-1"])
def test_on_cilium_clusters_external_egress_is_by_name_and_only_from_its_callers(overlay, environments):
    from somaagent01_gitops.catalog import Dependency

    objects = placed(f"overlays/{overlay}")
    for policy in of_kind(objects, "NetworkPolicy"):
        for rule in policy["spec"].get("egress", []):
            assert not any(to.get("ipBlock", {}).get("cidr") == "0.0.0.0/0" for to in rule.get("to", [])), policy["metadata"]["name"]
    selectors = [policy["spec"]["podSelector"].get("matchLabels") for policy in of_kind(objects, "NetworkPolicy")]
    by_name = of_kind(objects, "CiliumNetworkPolicy")
    for policy in by_name:
        assert policy["spec"]["endpointSelector"]["matchLabels"] in selectors, "it widens a pod that has a policy of its own"
    (target,) = [target for target in shipped_targets(environments) if target.path == overlay]
    services = {spec.name for spec in target.settings.release.services}
    callers = {spec.name for spec in target.settings.release.services if spec.depends_on & {Dependency.SLM, Dependency.SOMABRAIN}}
    app = {policy["metadata"]["name"].removesuffix("-fqdn") for policy in by_name} & services
    assert callers and app == callers, "every caller of SomaBrain or the SLM, and no other app service"
    names = {
        name for policy in by_name for rule in policy["spec"]["egress"] for entry in rule.get("toFQDNs", []) for name in entry.values()
    }
    assert {"slm.soma.ai", "somabrain.soma.ai", "artifacts.soma.ai"} <= names


@pytest.mark.parametrize("overlay", PRODUCTION)
def test_every_replicated_production_workload_spreads_over_zones_and_hosts_under_a_budget(overlay):
    """What this repository renders; operators' pods follow their operator's own settings
    (CloudNativePG's, Strimzi's rack awareness, Keycloak's and SpiceDB's)."""
    objects = placed(f"overlays/{overlay}")
    budgets = [pdb["spec"]["selector"]["matchLabels"] for pdb in of_kind(objects, "PodDisruptionBudget")]
    checked = 0
    for workload in [*of_kind(objects, "Deployment"), *of_kind(objects, "StatefulSet")]:
        if fewest_replicas(workload, objects) < 2:
            continue
        name, template = workload["metadata"]["name"], workload["spec"]["template"]
        spread = {constraint["topologyKey"] for constraint in template["spec"].get("topologySpreadConstraints", [])}
        anti = template["spec"].get("affinity", {}).get("podAntiAffinity", {})
        terms = [*anti.get("requiredDuringSchedulingIgnoredDuringExecution", [])]
        terms += [term["podAffinityTerm"] for term in anti.get("preferredDuringSchedulingIgnoredDuringExecution", [])]
        hosts = "kubernetes.io/hostname" in spread or any(term["topologyKey"] == "kubernetes.io/hostname" for term in terms)
        assert "topology.kubernetes.io/zone" in spread and hosts, name
        labels = template["metadata"]["labels"]
        assert any(all(labels.get(k) == v for k, v in budget.items()) for budget in budgets), f"{name}: no disruption budget"
        checked += 1
    assert checked >= 8


MODEL_SERVERS = ("ollama", "vllm", "text-generation-inference", "llama.cpp", "llama-cpp", "tritonserver", "localai", "sglang", "lmdeploy")
"""Images of model servers: the SLM is a managed API, consumed over HTTPS, never run here."""


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_no_model_server_runs_and_the_slm_is_the_overlays_managed_api(overlay, environments):

    objects = placed(f"overlays/{overlay}")
    images = [container["image"] for _, spec in pod_specs(objects) for container in [*spec["containers"], *spec.get("initContainers", [])]]
    assert images and not [image for image in images if any(server in image.lower() for server in MODEL_SERVERS)]
    (target,) = [target for target in shipped_targets(environments) if target.path == overlay]
    assert only(objects, "ConfigMap", "gateway-config")["data"]["SA01_LLM_API_URL"] == str(target.settings.external.slm_base_url)
    gateway = only(objects, "Deployment", "gateway")["spec"]["template"]["spec"]["containers"][0]
    (key,) = [env for env in gateway["env"] if env["name"] == "SA01_LLM_API_KEY"]
    assert key["valueFrom"]["secretKeyRef"] == {"name": "gateway-secrets", "key": "SA01_LLM_API_KEY"}
    if OVERLAYS[overlay] != "LOCAL":
        reads = only(objects, "ExternalSecret", "gateway-secrets")["spec"]["data"]
        assert {
            "secretKey": "SA01_LLM_API_KEY",
            "remoteRef": {"key": f"{target.environment}/gateway-secrets", "property": "SA01_LLM_API_KEY"},
        } in reads


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_production_rolls_the_gateway_out_as_an_analysed_canary_and_nothing_else_does(overlay):
    from somaagent01_gitops.catalog import GATEWAY_HIGH_ERROR_RATE, GATEWAY_HIGH_LATENCY_P95

    objects = placed(f"overlays/{overlay}")
    rollouts = {rollout["metadata"]["name"]: rollout for rollout in of_kind(objects, "Rollout")}
    if OVERLAYS[overlay] != "PRODUCTION":
        assert not rollouts and not of_kind(objects, "AnalysisTemplate"), "Deployments outside PRODUCTION"
        return
    assert set(rollouts) == {"gateway"}
    canary = rollouts["gateway"]["spec"]["strategy"]["canary"]
    weights = [step["setWeight"] for step in canary["steps"] if "setWeight" in step]
    assert weights == sorted(weights) and weights[-1] < 100 and all("pause" in step or "setWeight" in step for step in canary["steps"])
    (template,) = [
        t for t in of_kind(objects, "AnalysisTemplate") if t["metadata"]["name"] == canary["analysis"]["templates"][0]["templateName"]
    ]
    conditions = {metric["name"]: metric["failureCondition"] for metric in template["spec"]["metrics"]}
    assert conditions["error-rate"].endswith(f"> {GATEWAY_HIGH_ERROR_RATE.threshold}")
    assert conditions["latency-p95"].endswith(f"> {GATEWAY_HIGH_LATENCY_P95.threshold}")
    hpa = only(objects, "HorizontalPodAutoscaler", "gateway")
    assert hpa["spec"]["scaleTargetRef"]["kind"] == "Rollout"
    waves = {obj["metadata"]["annotations"]["argocd.argoproj.io/sync-wave"] for obj in (hpa, rollouts["gateway"])}
    assert waves == {"20"}, "a canary holds its wave: last, nothing waits behind it"
    assert rollouts["gateway"]["spec"]["replicas"] == hpa["spec"]["minReplicas"], "the HPA's floor to start from"
    region = overlay.split("/")[1]
    application = yaml.safe_load((DIST / "apps" / f"prod-{region}" / f"application-soma-prod-{region}.yaml").read_text())
    assert application["spec"]["ignoreDifferences"] == [
        {"group": "argoproj.io", "kind": "Rollout", "name": "gateway", "jqPathExpressions": [".spec.replicas"]}
    ], "the HPA owns the count after the first sync"
    assert "RespectIgnoreDifferences=true" in application["spec"]["syncPolicy"]["syncOptions"]
    metrics = only(objects, "KongPlugin", "edge-metrics")
    assert metrics["plugin"] == "prometheus" and metrics["config"] == {"status_code_metrics": True, "latency_metrics": True}
    for route in ("app-anonymous", "app-bearer", "app-web"):
        assert "edge-metrics" in only(objects, "HTTPRoute", route)["metadata"]["annotations"]["konghq.com/plugins"].split(",")


@pytest.mark.parametrize("overlay", BEYOND_LOCAL)
def test_every_metrics_port_rendered_here_is_scraped_by_a_pod_monitor(overlay):
    """A container port named ``metrics`` (Kubernetes' convention for Prometheus' /metrics)
    is selected by a PodMonitor of the namespace, on that port. Operators' pods follow their
    operator's settings; monitors on other port names (OPA's diagnostic port, Whisper's
    Envoy) are their tiers' tests'."""
    objects = placed(f"overlays/{overlay}")
    monitors = [
        (monitor["spec"]["selector"]["matchLabels"], {endpoint["port"] for endpoint in monitor["spec"]["podMetricsEndpoints"]})
        for monitor in of_kind(objects, "PodMonitor")
    ]
    scraped = []
    for workload in [*of_kind(objects, "Deployment"), *of_kind(objects, "StatefulSet")]:
        template = workload["spec"]["template"]
        labels = template["metadata"]["labels"]
        containers = [*template["spec"]["containers"], *template["spec"].get("initContainers", [])]
        for port in [port["name"] for container in containers for port in container.get("ports", []) if port.get("name") == "metrics"]:
            covered = any(all(labels.get(k) == v for k, v in selector.items()) and port in ports for selector, ports in monitors)
            assert covered, f"{overlay}: {workload['kind']} {workload['metadata']['name']}: port {port} has no PodMonitor"
            scraped.append(workload["metadata"]["name"])
    assert {"conversation-worker", "tool-executor", "memory-replicator"} <= set(scraped)
