"""Argo CD projects and applications as the constructs render them."""

import cdk8s

from somaagent01_gitops.constructs.gitops import (
    Application,
    ApplicationProps,
    AppProject,
    AppProjectProps,
    ClusterKind,
    GitSource,
    HelmSource,
    IgnoredDifference,
)


def render(build):
    chart = cdk8s.Testing.chart()
    build(chart)
    (obj,) = cdk8s.Testing.synth(chart)
    return obj


def test_snapshot(snapshot):
    chart = cdk8s.Testing.chart()
    AppProject(
        chart,
        "project",
        props=AppProjectProps(
            name="soma-dev",
            namespace="argocd",
            description="d",
            source_repos=["https://git.example/r.git"],
            destination_namespaces=["soma-dev"],
            cluster_resources=[ClusterKind(group="", kind="Namespace")],
            wave=-30,
        ),
    )
    Application(
        chart,
        "git",
        props=ApplicationProps(
            name="soma-dev",
            namespace="argocd",
            project="soma-dev",
            source=GitSource(repo_url="https://git.example/r.git", revision="main", path="dist/overlays/dev"),
            destination_namespace="soma-dev",
            wave=0,
        ),
    )
    Application(
        chart,
        "helm",
        props=ApplicationProps(
            name="vault",
            namespace="argocd",
            project="platform",
            source=HelmSource(repo_url="https://charts.example", chart="vault", version="1.0.0", release_name="vault", values={"a": 1}),
            destination_namespace="vault",
            wave=-15,
            prune=False,
            cascade_delete=False,
            sync_options=("ServerSideApply=true",),
            ignore_differences=[IgnoredDifference(group="apps", kind="Deployment", name="vault", jq_paths=[".spec.replicas"])],
        ),
    )
    assert cdk8s.Testing.synth(chart) == snapshot


def test_a_project_restricts_repos_destinations_and_cluster_kinds():
    project = render(
        lambda chart: AppProject(
            chart,
            "p",
            props=AppProjectProps(
                name="soma-dev",
                namespace="argocd",
                description="d",
                source_repos=["https://git.example/r.git"],
                destination_namespaces=["soma-dev"],
                cluster_resources=[ClusterKind(group="", kind="Namespace")],
                wave=-30,
            ),
        )
    )
    spec = project["spec"]
    assert spec["sourceRepos"] == ["https://git.example/r.git"]
    assert spec["destinations"] == [{"namespace": "soma-dev", "server": "https://kubernetes.default.svc"}]
    assert spec["clusterResourceWhitelist"] == [{"group": "", "kind": "Namespace"}]
    assert project["metadata"]["annotations"]["argocd.argoproj.io/sync-wave"] == "-30"


def test_a_project_without_cluster_kinds_whitelists_none():
    project = render(
        lambda chart: AppProject(
            chart,
            "p",
            props=AppProjectProps(name="x", namespace="argocd", description="d", source_repos=["r"], destination_namespaces=["x"]),
        )
    )
    assert project["spec"]["clusterResourceWhitelist"] == []


def test_a_git_application_syncs_a_path_with_self_heal():
    app = render(
        lambda chart: Application(
            chart,
            "a",
            props=ApplicationProps(
                name="soma-dev",
                namespace="argocd",
                project="soma-dev",
                source=GitSource(repo_url="https://git.example/r.git", revision="main", path="dist/overlays/dev"),
                destination_namespace="soma-dev",
                wave=0,
            ),
        )
    )
    assert app["spec"]["source"] == {"path": "dist/overlays/dev", "repoURL": "https://git.example/r.git", "targetRevision": "main"}
    assert app["spec"]["syncPolicy"]["automated"] == {"prune": True, "selfHeal": True}
    assert app["metadata"]["finalizers"] == ["resources-finalizer.argocd.argoproj.io"]


def test_a_helm_application_pins_the_chart_and_carries_values():
    app = render(
        lambda chart: Application(
            chart,
            "a",
            props=ApplicationProps(
                name="strimzi",
                namespace="argocd",
                project="platform",
                source=HelmSource(
                    repo_url="https://charts.example", chart="op", version="1.2.3", release_name="strimzi", values={"replicas": 2}
                ),
                destination_namespace="strimzi",
                wave=-10,
                prune=False,
                sync_options=("ServerSideApply=true",),
            ),
        )
    )
    source = app["spec"]["source"]
    assert (source["chart"], source["targetRevision"]) == ("op", "1.2.3")
    assert source["helm"] == {"releaseName": "strimzi", "valuesObject": {"replicas": 2}}
    assert app["spec"]["syncPolicy"]["syncOptions"] == ["ServerSideApply=true"]
    assert app["spec"]["syncPolicy"]["automated"]["prune"] is False


def test_fields_patched_at_runtime_are_ignored_and_kept_live():
    application = render(
        lambda chart: Application(
            chart,
            "a",
            props=ApplicationProps(
                name="vault",
                namespace="argocd",
                project="platform",
                source=HelmSource(repo_url="https://charts.example", chart="vault", version="1.0.0", release_name="vault"),
                destination_namespace="vault",
                wave=-15,
                sync_options=("ServerSideApply=true",),
                ignore_differences=[
                    IgnoredDifference(
                        group="admissionregistration.k8s.io",
                        kind="MutatingWebhookConfiguration",
                        name="vault-agent-injector-cfg",
                        jq_paths=[".webhooks[]?.clientConfig.caBundle"],
                    )
                ],
            ),
        )
    )
    spec = application["spec"]
    assert spec["ignoreDifferences"] == [
        {
            "group": "admissionregistration.k8s.io",
            "jqPathExpressions": [".webhooks[]?.clientConfig.caBundle"],
            "kind": "MutatingWebhookConfiguration",
            "name": "vault-agent-injector-cfg",
        }
    ]
    # without it a sync writes Git's (empty) caBundle back over the live one
    assert spec["syncPolicy"]["syncOptions"] == ["ServerSideApply=true", "RespectIgnoreDifferences=true"]


def test_retries_outlast_a_fresh_cluster_establishing_its_crds():
    application = render(
        lambda chart: Application(
            chart,
            "a",
            props=ApplicationProps(
                name="x",
                namespace="argocd",
                project="p",
                source=GitSource(repo_url="https://git.example/r.git", revision="main", path="dist/x"),
                destination_namespace="x",
                wave=0,
            ),
        )
    )
    retry = application["spec"]["syncPolicy"]["retry"]
    waits, wait = [], 15
    for _ in range(retry["limit"]):
        waits.append(min(wait, 300))
        wait *= retry["backoff"]["factor"]
    assert retry["backoff"] == {"duration": "15s", "factor": 2, "maxDuration": "5m"}
    assert sum(waits) >= 30 * 60, "the retries span at least half an hour"
    assert "syncOptions" not in application["spec"]["syncPolicy"]
