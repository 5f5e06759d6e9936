"""The Kubernetes idioms every tier shares, each defined once: labels and metadata,
resources, the restricted Pod Security contexts, the disruption budget, StorageClass and
replica defaults, and the Postgres CA mount."""

import cdk8s
import pytest
from cdk8s_plus_27 import k8s

from somaagent01_gitops.constructs import idioms
from somaagent01_gitops.settings import Resources

from ..conftest import make_settings

LABELS = {
    "app.kubernetes.io/name": "x",
    "app.kubernetes.io/component": "c",
    "app.kubernetes.io/part-of": "somaagent01",
    "app.kubernetes.io/managed-by": "cdk8s",
}


def synth(build):
    chart = cdk8s.Testing.chart()
    build(chart)
    return cdk8s.Testing.synth(chart)


def test_metadata_carries_the_standard_labels_then_the_callers():
    (obj,) = synth(
        lambda chart: cdk8s.ApiObject(
            chart,
            "o",
            api_version="v1",
            kind="ConfigMap",
            metadata=idioms.metadata("x", component="c", labels={"extra": "1"}, annotations={"a": "b"}, finalizers=["f"]),
        )
    )
    assert obj["metadata"] == {"name": "x", "labels": {**LABELS, "extra": "1"}, "annotations": {"a": "b"}, "finalizers": ["f"]}
    (plain,) = synth(lambda chart: k8s.KubeConfigMap(chart, "o", metadata=idioms.k8s_metadata("x", component="c")))
    assert plain["metadata"] == {"name": "x", "labels": LABELS}


def test_resources_are_written_as_the_api_writes_them():
    resources = Resources.model_validate({"requests": {"cpu": "250m", "memory": "1Gi"}, "limits": {"cpu": "2", "memory": "2Gi"}})
    assert idioms.container_resources(resources) == {"requests": {"cpu": "250m", "memory": "1Gi"}, "limits": {"cpu": "2", "memory": "2Gi"}}
    (config,) = synth(
        lambda chart: k8s.KubePod(
            chart, "p", spec=k8s.PodSpec(containers=[k8s.Container(name="c", resources=idioms.k8s_resources(resources))])
        )
    )
    assert config["spec"]["containers"][0]["resources"] == idioms.container_resources(resources)


def test_the_restricted_pod_security_standard_is_met_at_pod_and_container_level():
    assert idioms.restricted_pod_security(1000) == {
        "runAsNonRoot": True,
        "runAsUser": 1000,
        "runAsGroup": 1000,
        "fsGroup": 1000,
        "seccompProfile": {"type": "RuntimeDefault"},
    }
    assert idioms.restricted_container_security() == {"allowPrivilegeEscalation": False, "capabilities": {"drop": ["ALL"]}}
    assert idioms.restricted_container_security(read_only_root=True)["readOnlyRootFilesystem"] is True


def test_the_typed_contexts_say_what_the_plain_ones_say():
    (pod,) = synth(
        lambda chart: k8s.KubePod(
            chart,
            "p",
            spec=k8s.PodSpec(
                security_context=idioms.restricted_pod_security_k8s(1000),
                containers=[k8s.Container(name="c", security_context=idioms.restricted_container_security_k8s(1000))],
            ),
        )
    )
    assert pod["spec"]["securityContext"] == idioms.restricted_pod_security(1000)
    container = pod["spec"]["containers"][0]["securityContext"]
    assert container.items() >= idioms.restricted_container_security(read_only_root=True).items()
    assert (container["privileged"], container["runAsNonRoot"], container["runAsUser"]) == (False, True, 1000)


def test_a_disruption_budget_lets_one_selected_pod_go_at_a_time():
    (budget,) = synth(lambda chart: idioms.disruption_budget(chart, name="x", component="c", selector={"app": "x"}))
    assert budget["kind"] == "PodDisruptionBudget" and budget["metadata"]["labels"] == LABELS
    assert budget["spec"] == {"maxUnavailable": 1, "selector": {"matchLabels": {"app": "x"}}}


def test_a_tiers_storage_class_is_its_own_else_its_regions_else_the_clusters_default():
    region = make_settings("PRODUCTION").regions["us-east-1"]
    assert idioms.storage_class_of("fast", region) == "fast"
    assert idioms.storage_class_of(None, region) == "gp3-encrypted"
    assert idioms.storage_class_of(None, None) is None


@pytest.mark.parametrize(("mode", "replicas"), [("LOCAL", 1), ("DEVELOPMENT", 2), ("TRAINING", 2), ("PRODUCTION", 3)])
def test_replicas_by_mode(mode, replicas):
    assert idioms.default_replicas(mode) == replicas


def test_postgres_clients_mount_only_the_ca_certificate_read_only():
    volume, mount = idioms.postgres_ca_volume("LOCAL"), idioms.postgres_ca_mount()
    assert volume == {"name": "postgres-ca", "secret": {"secretName": "somaagent01-pg-ca", "items": [{"key": "ca.crt", "path": "ca.crt"}]}}
    # beyond LOCAL the environment's CA signs the server: cert-manager's Secret carries it
    assert idioms.postgres_ca_volume("PRODUCTION")["secret"]["secretName"] == "somaagent01-pg-server-tls"
    assert mount == {"name": volume["name"], "mountPath": "/etc/postgres/ca", "readOnly": True}
    assert (idioms.ZONE_TOPOLOGY_KEY, idioms.HOSTNAME_TOPOLOGY_KEY) == ("topology.kubernetes.io/zone", "kubernetes.io/hostname")


def test_replicas_spread_over_zones_then_hosts_at_best_effort():
    from somaagent01_gitops.constructs.idioms import spread_over_zones_and_hosts

    zone, host = spread_over_zones_and_hosts({"app": "x"})
    assert (zone.topology_key, host.topology_key) == ("topology.kubernetes.io/zone", "kubernetes.io/hostname")
    assert {zone.when_unsatisfiable, host.when_unsatisfiable} == {"ScheduleAnyway"} and zone.max_skew == host.max_skew == 1
    assert dict(zone.label_selector.match_labels) == {"app": "x"}
