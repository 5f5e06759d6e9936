"""What the apps folders derive from the footprints: order, admission, pod security, pins."""

import dataclasses
import re

import pytest

from somaagent01_gitops.argocd import WAVE_CLUSTER, WAVE_PLATFORM
from somaagent01_gitops.delivery import check_platform, plan_cluster
from somaagent01_gitops.footprints import Crds, EnvironmentPods, Footprint, FootprintError, Kind
from somaagent01_gitops.operators import cluster_facts, kube_version_floor
from somaagent01_gitops.settings import OverlayError
from somaagent01_gitops.tiers.registry import OPERATORS
from somaagent01_gitops.validation import projects
from somaagent01_gitops.validation.findings import documents_in
from tests.conftest import shipped_targets

from .conftest import DIST, PROJECT_ROOT

CLUSTERS = ["dev-shared", "local", "prod-eu-west-1", "prod-us-east-1"]


@pytest.fixture(scope="module")
def clusters(environments, platform):
    return {cluster.name: cluster for cluster in cluster_facts(shipped_targets(environments), platform)}


def plan(cluster, operators=OPERATORS):
    return plan_cluster(cluster, cluster_folder_kinds={Kind("", "Namespace")}, operators=operators)


def replaced(name, **changes):
    return [dataclasses.replace(op, **changes) if op.name == name else op for op in OPERATORS]


@pytest.mark.parametrize("cluster_name", CLUSTERS)
def test_no_application_needs_what_a_later_wave_provides(cluster_name, clusters, context_documents, rendered_dist):
    """The operators' order from their footprints, checked over the committed apps folder:
    every CRD and namespace an Application needs comes from an earlier wave."""
    waves = {planned.operator.name: planned.wave for planned in plan(clusters[cluster_name]).operators}
    assert all(WAVE_CLUSTER < wave < WAVE_PLATFORM for wave in waves.values())
    findings, checked = projects.check(
        context_documents,
        rendered=rendered_dist,
        dist=DIST,
        path_prefix="dist",
        clusters={cluster_name: clusters[cluster_name]},
        operators=OPERATORS,
    )
    assert checked > len(waves)
    assert [str(finding) for finding in findings if finding.rule == "wave"] == []


def test_providers_precede_consumers_in_every_cluster(clusters):
    waves = {planned.operator.name: planned.wave for planned in plan(clusters["prod-us-east-1"]).operators}
    assert waves["kube-prometheus-stack"] < waves["cert-manager"] < waves["barman-cloud"]
    assert waves["kube-prometheus-stack"] < waves["cloudnative-pg"]
    assert waves["cert-manager"] < waves["kong"]
    local = {planned.operator.name: planned.wave for planned in plan(clusters["local"]).operators}
    assert local["cloudnative-pg"] == local["strimzi"], "LOCAL runs no Prometheus Operator: no PodMonitor to wait for"


def test_a_cycle_between_operators_fails_synth_naming_it(clusters):
    stack = next(op for op in OPERATORS if op.name == "kube-prometheus-stack")
    needs_certificates = stack.footprint(clusters["dev-shared"])
    cyclic = dataclasses.replace(
        needs_certificates, needs=(Crds(group="cert-manager.io", kinds=("Certificate",), source="admissionWebhooks.certManager"),)
    )
    operators = replaced("kube-prometheus-stack", footprint=lambda cluster: cyclic)
    with pytest.raises(FootprintError, match=r"dev-shared: .*cycle: cert-manager -> kube-prometheus-stack -> cert-manager"):
        plan(clusters["dev-shared"], operators)


def test_the_platform_project_admits_what_the_footprints_write(clusters):
    delivery = plan(clusters["dev-shared"])
    assert {"kube-system", "soma-dev", "soma-qa", "soma-training", "strimzi", "argocd"} <= set(delivery.namespaces)
    assert Kind("networking.k8s.io", "IngressClass") in delivery.cluster_kinds
    assert Kind("apiregistration.k8s.io", "APIService") in delivery.cluster_kinds


def test_runtime_patched_fields_become_ignore_differences(clusters):
    by_name = {planned.operator.name: planned for planned in plan(clusters["dev-shared"]).operators}
    names = {patched.name for patched in by_name["cert-manager"].ignore_differences}
    assert names == {"cert-manager-webhook"}
    assert {patched.kind.kind for patched in by_name["keda"].ignore_differences} == {"ValidatingWebhookConfiguration", "APIService"}
    assert by_name["strimzi"].ignore_differences == ()


def test_operators_get_what_restricted_namespaces_need_or_synth_fails(clusters):
    strimzi = next(planned for planned in plan(clusters["dev-shared"]).operators if planned.operator.name == "strimzi")
    assert {"name": "STRIMZI_POD_SECURITY_PROVIDER_CLASS", "value": "restricted"} in strimzi.values["extraEnvs"]
    stuck = Footprint(environment_pods=(EnvironmentPods(what="build pods", level="baseline", source="t"),))
    with pytest.raises(FootprintError, match="strimzi starts build pods in soma-dev, soma-qa, soma-training, which enforce"):
        plan(clusters["dev-shared"], replaced("strimzi", footprint=lambda cluster: stuck))


def test_platform_settings_are_checked_against_charts_and_clusters(clusters, platform):
    facts = list(clusters.values())
    check_platform(platform, facts, OPERATORS)
    floor, chart = kube_version_floor(OPERATORS)
    assert floor == (1, 29) and "cloudnative-pg" in chart
    too_old = platform.model_copy(update={"kubernetes": platform.kubernetes.model_copy(update={"min_version": "1.28"})})
    with pytest.raises(OverlayError, match=r"kubernetes.min_version: 1.28 is below 1.29, the kubeVersion floor of cloudnative-pg"):
        check_platform(too_old, facts, OPERATORS)
    unknown = platform.model_copy(update={"clusters": {**platform.clusters, "nowhere": platform.clusters["dev-shared"]}})
    with pytest.raises(OverlayError, match=re.escape("clusters.nowhere: no environment is synced into it")):
        check_platform(unknown, facts, OPERATORS)
    no_unseal = platform.model_copy(update={"clusters": {"dev-shared": platform.clusters["dev-shared"]}})
    with pytest.raises(OverlayError, match=re.escape("clusters.prod-eu-west-1.vault_auto_unseal: required")):
        check_platform(no_unseal, facts, OPERATORS)
    no_acme = platform.model_copy(
        update={"clusters": {**platform.clusters, "prod-eu-west-1": platform.clusters["prod-eu-west-1"].model_copy(update={"acme": None})}}
    )
    with pytest.raises(OverlayError, match=re.escape("clusters.prod-eu-west-1.acme: required, the edge of prod/eu-west-1")):
        check_platform(no_acme, facts, OPERATORS)


def _with_pools(platform, cluster, **pools):
    settings = platform.clusters[cluster]
    return platform.model_copy(update={"clusters": {**platform.clusters, cluster: settings.model_copy(update={"gpu_pools": pools})}})


def test_every_gpu_server_names_a_pool_of_its_cluster_fits_its_nodes_and_the_pool_holds_them_all(clusters, platform):
    facts = list(clusters.values())
    pools = platform.clusters["dev-shared"].gpu_pools
    check_platform(platform, facts, OPERATORS)
    # dev (at most 2 servers) and qa (2) share gpu-dev: 4 one-GPU nodes hold them; 3 do not
    short = _with_pools(platform, "dev-shared", **{**pools, "gpu-dev": pools["gpu-dev"].model_copy(update={"max_nodes": 3})})
    with pytest.raises(
        OverlayError, match=re.escape("clusters.dev-shared.gpu_pools.gpu-dev: its environments' servers, all at their most, need 133%")
    ):
        check_platform(short, facts, OPERATORS)
    with pytest.raises(
        OverlayError, match=re.escape("overlays/dev.yaml: whisper.gpu.pool: 'gpu-dev' is not a GPU pool of cluster 'dev-shared'")
    ):
        check_platform(_with_pools(platform, "dev-shared"), facts, OPERATORS)
    # two-GPU servers on one-GPU nodes would never be scheduled
    training = next(t for t in clusters["dev-shared"].targets if t.environment == "training")
    gpu = training.settings.whisper.gpu.model_copy(update={"gpus": 2})
    whisper = training.settings.whisper.model_copy(update={"gpu": gpu})
    wide = dataclasses.replace(training, settings=training.settings.model_copy(update={"whisper": whisper}))
    dev_shared = dataclasses.replace(
        clusters["dev-shared"], targets=tuple(t if t is not training else wide for t in clusters["dev-shared"].targets)
    )
    with pytest.raises(OverlayError, match=re.escape("overlays/training.yaml: whisper.gpu.gpus: 2 per server; the pool's nodes have 1")):
        check_platform(platform, [dev_shared if c.name == "dev-shared" else c for c in facts], OPERATORS)


def test_synth_refuses_a_kubernetes_version_below_the_charts_floor(tmp_path):
    import subprocess
    import sys

    text = (PROJECT_ROOT / "platform.yaml").read_text().replace('min_version: "1.29"', 'min_version: "1.28"')
    (tmp_path / "platform.yaml").write_text(text)
    dist = tmp_path / "dist"
    result = subprocess.run(
        [sys.executable, str(PROJECT_ROOT / "main.py"), "--platform", str(tmp_path / "platform.yaml"), "--dist", str(dist)],
        capture_output=True,
        text=True,
        env={"CDK8S_OUTDIR": str(tmp_path / "staging"), "PATH": __import__("os").environ["PATH"]},
        check=False,
    )
    assert result.returncode == 2
    assert "kubernetes.min_version: 1.28 is below 1.29" in result.stderr
    assert not dist.exists()


@pytest.fixture(scope="module")
def context_documents():
    return list(documents_in(DIST, relative_to=DIST.parent))


@pytest.fixture(scope="module")
def rendered_dist():
    from somaagent01_gitops.validation.kustomize import check_renders

    findings, rendered = check_renders(DIST, relative_to=DIST.parent)
    assert findings == []
    return rendered


def test_production_clusters_must_encrypt_pod_traffic(clusters, platform):
    facts = list(clusters.values())
    plain = platform.model_copy(
        update={
            "clusters": {
                **platform.clusters,
                "prod-us-east-1": platform.clusters["prod-us-east-1"].model_copy(update={"pod_traffic_encryption": "none"}),
            }
        }
    )
    with pytest.raises(OverlayError, match=re.escape("clusters.prod-us-east-1.pod_traffic_encryption: a cluster that serves PRODUCTION")):
        check_platform(plain, facts, OPERATORS)
