"""The kind-based sync rules, on objects built here (issue: custom resources must skip the
dry run, stateful ones must never be pruned)."""

import cdk8s
from cdk8s_plus_27 import k8s

from somaagent01_gitops.argocd import WAVE_APPLICATIONS, WAVE_CLUSTER, WAVE_PLATFORM, annotate_for_argocd


def annotations_after(build):
    chart = cdk8s.Testing.chart()
    build(chart)
    annotate_for_argocd(chart)
    return [obj["metadata"].get("annotations", {}) for obj in cdk8s.Testing.synth(chart)]


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
