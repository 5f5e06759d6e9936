"""Sync waves and options by kind, on objects built here; then the delivery path as Argo CD
will read it from dist/: coverage, waves, protection."""

import re

import cdk8s
import yaml
from cdk8s_plus_27 import k8s

from somaagent01_gitops.argocd import STATEFUL_KINDS, WAVE_APPLICATIONS, WAVE_CLUSTER, WAVE_PLATFORM, ArgoCdChart, annotate_for_argocd
from somaagent01_gitops.tiers.base import data_kinds
from somaagent01_gitops.tiers.registry import TIERS

WAVE = "argocd.argoproj.io/sync-wave"


def objects(files, prefix=""):
    return [
        (path, yaml.safe_load(content))
        for path, content in sorted(files.items())
        if path.startswith(prefix) and not path.endswith("kustomization.yaml")
    ]


def applications(files):
    return [obj for _, obj in objects(files, "apps/") if obj["kind"] == "Application"]


# --- the kind-based sync rules (custom resources skip the dry run, stateful ones are never pruned)


def annotations_after(build):
    chart = cdk8s.Testing.chart()
    build(chart)
    return [obj["metadata"].get("annotations", {}) for obj in annotate_for_argocd(cdk8s.Testing.synth(chart), data_kinds=data_kinds(TIERS))]


def test_an_argocd_chart_annotates_wherever_it_is_rendered():
    app = cdk8s.Testing.app()
    chart = ArgoCdChart(app, "c")
    k8s.KubeConfigMap(chart, "cm", metadata={"name": "b"})
    (config,) = cdk8s.Testing.synth(chart)
    assert config["metadata"]["annotations"] == {"argocd.argoproj.io/sync-wave": str(WAVE_APPLICATIONS)}
    assert chart.to_json() == [config]


def test_core_objects_get_waves_and_no_dry_run_skip():
    (namespace, config) = annotations_after(
        lambda chart: (
            k8s.KubeNamespace(chart, "ns", metadata={"name": "a"}),
            k8s.KubeConfigMap(chart, "cm", metadata={"name": "b"}),
        )
    )
    assert namespace == {"argocd.argoproj.io/sync-wave": str(WAVE_CLUSTER), "argocd.argoproj.io/sync-options": "Prune=false,Delete=false"}
    assert config == {"argocd.argoproj.io/sync-wave": str(WAVE_APPLICATIONS)}


def test_a_stateful_custom_resource_is_protected_and_skips_the_dry_run():
    (kafka,) = annotations_after(
        lambda chart: cdk8s.ApiObject(chart, "k", api_version="kafka.strimzi.io/v1", kind="Kafka", metadata={"name": "k"})
    )
    assert kafka["argocd.argoproj.io/sync-wave"] == str(WAVE_PLATFORM)
    assert kafka["argocd.argoproj.io/sync-options"] == "Prune=false,Delete=false,SkipDryRunOnMissingResource=true"


def test_an_object_that_sets_its_own_wave_keeps_it():
    (config,) = annotations_after(
        lambda chart: k8s.KubeConfigMap(chart, "cm", metadata={"name": "b", "annotations": {"argocd.argoproj.io/sync-wave": "5"}})
    )
    assert config["argocd.argoproj.io/sync-wave"] == "5"


# --- over the rendered tree


def test_every_folder_is_the_path_of_exactly_one_application(synthesized_files, platform):
    prefix = platform.gitops.path_prefix + "/"
    paths = [app["spec"]["source"]["path"][len(prefix) :] for app in applications(synthesized_files) if "path" in app["spec"]["source"]]
    folders = {path.rsplit("/", 1)[0] for path in synthesized_files if path.endswith("kustomization.yaml")} - {"base"}
    assert sorted(paths) == sorted(folders)


def test_every_cluster_has_a_root_that_syncs_its_own_apps_folder(synthesized_files):
    roots = [obj for path, obj in objects(synthesized_files, "apps/") if obj["metadata"]["name"] == "root"]
    assert sorted(root["spec"]["source"]["path"] for root in roots) == [
        f"dist/apps/{cluster}" for cluster in ("dev-shared", "local", "prod-eu-west-1", "prod-us-east-1")
    ]


def test_each_environment_has_a_project_limited_to_its_namespace(synthesized_files):
    projects = {obj["metadata"]["name"]: obj["spec"] for _, obj in objects(synthesized_files, "apps/") if obj["kind"] == "AppProject"}
    for environment in ("local", "dev", "qa", "training", "prod"):
        spec = projects[f"soma-{environment}"]
        assert [destination["namespace"] for destination in spec["destinations"]] == [f"soma-{environment}"]
        assert spec["clusterResourceWhitelist"] == []


def test_every_helm_source_has_an_exact_version(synthesized_files):
    helm = [app["spec"]["source"] for app in applications(synthesized_files) if "chart" in app["spec"]["source"]]
    assert helm, "operators are installed from Helm charts"
    assert all(re.fullmatch(r"v?\d+\.\d+\.\d+", source["targetRevision"]) for source in helm)


def test_waves_put_projects_then_cluster_objects_then_operators_then_environments(synthesized_files):
    for cluster in ("dev-shared", "prod-us-east-1"):
        waves = {}
        for _, obj in objects(synthesized_files, f"apps/{cluster}/"):
            source = obj.get("spec", {}).get("source", {})
            role = "project" if obj["kind"] == "AppProject" else "operator" if "chart" in source else source.get("path", "").split("/")[1]
            if obj["metadata"]["name"] != "root":
                waves.setdefault(role, set()).add(int(obj["metadata"]["annotations"][WAVE]))
        assert max(waves["project"]) < min(waves["clusters"]) < min(waves["operator"]) < min(waves["overlays"]), waves


def test_inside_a_cluster_namespaces_come_before_the_workloads_that_fill_them(synthesized_files):
    namespace_waves = {
        int(obj["metadata"]["annotations"][WAVE]) for _, obj in objects(synthesized_files, "clusters/") if obj["kind"] == "Namespace"
    }
    workload_waves = {
        int(obj["metadata"]["annotations"][WAVE]) for _, obj in objects(synthesized_files, "overlays/") if obj["kind"] == "Deployment"
    }
    assert max(namespace_waves) < min(workload_waves)


def test_operators_use_server_side_apply_and_create_their_namespace(synthesized_files):
    for app in applications(synthesized_files):
        # operators (platform project); runtime-service charts sync into an environment's namespace
        if "chart" in app["spec"]["source"] and app["spec"]["project"] == "platform":
            assert {"ServerSideApply=true", "CreateNamespace=true"} <= set(app["spec"]["syncPolicy"]["syncOptions"])


def test_every_stateful_object_is_protected_from_prune_and_delete(synthesized_files):
    stateful = [
        (path, obj)
        for path, obj in objects(synthesized_files)
        if (obj["apiVersion"].rsplit("/", 1)[0] if "/" in obj["apiVersion"] else "", obj["kind"]) in STATEFUL_KINDS | data_kinds(TIERS)
    ]
    assert stateful, "namespaces at least are stateful"
    for path, obj in stateful:
        options = obj["metadata"]["annotations"]["argocd.argoproj.io/sync-options"].split(",")
        assert {"Prune=false", "Delete=false"} <= set(options), path


def test_automated_sync_heals_everywhere(synthesized_files):
    assert all(app["spec"]["syncPolicy"]["automated"]["selfHeal"] for app in applications(synthesized_files))


def test_custom_resources_come_before_the_workloads_that_use_them(synthesized_files):
    for environment in ("local", "dev", "prod/us-east-1"):
        waves = {}
        for _, obj in objects(synthesized_files, f"overlays/{environment}/"):
            waves.setdefault(obj["kind"], set()).add(int(obj["metadata"]["annotations"][WAVE]))
        assert max(waves["Kafka"] | waves["Cluster"] | waves["KafkaUser"]) < min(waves["Deployment"]), environment
        kafka = next(obj for _, obj in objects(synthesized_files, f"overlays/{environment}/") if obj["kind"] == "Kafka")
        assert "SkipDryRunOnMissingResource=true" in kafka["metadata"]["annotations"]["argocd.argoproj.io/sync-options"]


def test_prod_has_the_data_tier_the_issue_asks_for(synthesized_files):
    kinds = {}
    for region in ("us-east-1", "eu-west-1"):
        kinds[region] = [obj["kind"] for _, obj in objects(synthesized_files, f"overlays/prod/{region}/")]
        for kind in ("Kafka", "KafkaNodePool", "KafkaMirrorMaker2", "Cluster", "ScheduledBackup", "ObjectStore", "PodMonitor"):
            assert kind in kinds[region], (region, kind)
    # the shipped overlay has us-east-1 write the replicated tables and eu-west-1 receive them
    assert "Publication" in kinds["us-east-1"] and "Subscription" in kinds["eu-west-1"]


def test_policies_that_deny_and_routes_to_services_sync_with_the_workloads():
    from somaagent01_gitops.argocd import wave_of

    assert wave_of("cilium.io", "CiliumNetworkPolicy") == WAVE_APPLICATIONS == wave_of("networking.k8s.io", "NetworkPolicy")
    for group, kind in (
        ("gateway.networking.k8s.io", "Gateway"),
        ("gateway.networking.k8s.io", "HTTPRoute"),
        ("configuration.konghq.com", "KongPlugin"),
        ("configuration.konghq.com", "KongConsumer"),
    ):
        assert wave_of(group, kind) > max(WAVE_APPLICATIONS, 11), f"{kind}: the edge syncs after everything it publishes"
    assert wave_of("cert-manager.io", "Certificate") == WAVE_PLATFORM, "other custom resources come first"
