"""The composition point where settings become constructs: one chart per output folder.

- ``EnvironmentChart``: one per target, rendered into ``dist/overlays/<target>/``.
- ``ClusterChart``: the cluster-scoped objects of one cluster (``dist/clusters/<cluster>/``),
  synced by exactly one Application of that cluster.
- ``ClusterAppsChart``: the Argo CD projects and app-of-apps of one cluster
  (``dist/apps/<cluster>/``).
"""

from __future__ import annotations

from cdk8s import App, Chart
from cdk8s_plus_27 import k8s

from .argocd import WAVE_CLUSTER, WAVE_OPERATORS, WAVE_PLATFORM, WAVE_PROJECTS, annotate_for_argocd
from .constructs.app_services import AppServices, AppServicesProps
from .constructs.gitops import (
    AppProject,
    AppProjectProps,
    Application,
    ApplicationProps,
    ClusterKind,
    GitSource,
    HelmSource,
)
from .constructs.kafka import KafkaTier, KafkaTierProps
from .constructs.labels import standard_labels
from .constructs.postgres import PostgresTier, PostgresTierProps
from .constructs.network_policies import AppNetworkPolicies, AppNetworkPoliciesProps
from .operators import ClusterFacts, operators_for
from .settings import PlatformSettings
from .targets import Target, clusters_of


class EnvironmentChart(Chart):
    """Everything one target (an environment, or a region of prod) runs in its namespace."""

    def __init__(self, app: App, *, target: Target) -> None:
        settings = target.settings
        super().__init__(app, target.chart_id, namespace=settings.namespace, disable_resource_name_hashes=True)
        self.target = target
        self.folder = f"overlays/{target.path}"
        self.kafka = KafkaTier(self, "kafka", props=KafkaTierProps(settings=settings, region_name=target.region_name))
        self.postgres = PostgresTier(
            self,
            "postgres",
            props=PostgresTierProps(settings=settings, region_name=target.region_name, environment=target.environment),
        )
        self.app_services = AppServices(
            self,
            "app",
            props=AppServicesProps(settings=settings, zone_spread=target.region is not None),
        )
        self.network_policies = AppNetworkPolicies(self, "network", props=AppNetworkPoliciesProps(settings=settings))
        annotate_for_argocd(self)


class ClusterChart(Chart):
    """Cluster-scoped objects that serve the environments of one cluster."""

    def __init__(self, app: App, *, cluster: ClusterFacts) -> None:
        super().__init__(app, f"cluster-{cluster.name}", disable_resource_name_hashes=True)
        self.folder = f"clusters/{cluster.name}"
        for target in cluster.targets:
            namespace = target.settings.namespace
            k8s.KubeNamespace(
                self,
                f"namespace-{namespace}",
                metadata=k8s.ObjectMeta(
                    name=namespace,
                    labels={
                        **standard_labels(namespace, component="namespace"),
                        # the app tier meets the restricted Pod Security Standard; hold it to it
                        "pod-security.kubernetes.io/enforce": "restricted",
                        "pod-security.kubernetes.io/enforce-version": "v1.28",
                    },
                ),
            )
        storage_classes = sorted({target.region.storage_class for target in cluster.targets if target.region})
        for storage_class in storage_classes:
            k8s.KubeStorageClass(
                self,
                f"storage-class-{storage_class}",
                metadata=k8s.ObjectMeta(name=storage_class, labels=standard_labels(storage_class, component="storage")),
                provisioner="ebs.csi.aws.com",
                parameters={"type": "gp3", "encrypted": "true"},
                reclaim_policy="Retain",
                volume_binding_mode="WaitForFirstConsumer",
                allow_volume_expansion=True,
            )
        for name, value, description in (
            ("soma-critical", 100000, "Stateful platform tiers: evicted last"),
            ("soma-standard", 1000, "SomaAgent01 application services"),
        ):
            k8s.KubePriorityClass(
                self,
                f"priority-{name}",
                metadata=k8s.ObjectMeta(name=name, labels=standard_labels(name, component="scheduling")),
                value=value,
                global_default=False,
                description=description,
            )
        annotate_for_argocd(self)


PLATFORM_PROJECT = "platform"
PLATFORM_CLUSTER_KINDS = (
    ClusterKind(group="", kind="Namespace"),
    ClusterKind(group="apiextensions.k8s.io", kind="CustomResourceDefinition"),
    ClusterKind(group="rbac.authorization.k8s.io", kind="ClusterRole"),
    ClusterKind(group="rbac.authorization.k8s.io", kind="ClusterRoleBinding"),
    ClusterKind(group="admissionregistration.k8s.io", kind="ValidatingWebhookConfiguration"),
    ClusterKind(group="admissionregistration.k8s.io", kind="MutatingWebhookConfiguration"),
    ClusterKind(group="apiregistration.k8s.io", kind="APIService"),
    ClusterKind(group="scheduling.k8s.io", kind="PriorityClass"),
    ClusterKind(group="storage.k8s.io", kind="StorageClass"),
)
"""What the operators' charts and the cluster folder may create cluster-wide."""


class ClusterAppsChart(Chart):
    """The app-of-apps of one cluster: its projects, its root, and one Application per
    operator, per environment overlay and for the cluster's own objects."""

    def __init__(self, app: App, *, cluster: ClusterFacts, platform: PlatformSettings) -> None:
        super().__init__(app, f"apps-{cluster.name}", disable_resource_name_hashes=True)
        self.folder = f"apps/{cluster.name}"
        gitops = platform.gitops
        argocd_ns = gitops.argocd_namespace
        operators = operators_for(cluster)

        def git(folder: str) -> GitSource:
            return GitSource(repo_url=gitops.repo_url, revision=gitops.target_revision, path=f"{gitops.path_prefix}/{folder}")

        Application(
            self,
            "root",
            props=ApplicationProps(
                name="root",
                namespace=argocd_ns,
                # the root is applied once by hand and then manages itself; projects come from it
                project="default",
                source=git(self.folder),
                destination_namespace=argocd_ns,
                wave=WAVE_PROJECTS,
            ),
        )
        AppProject(
            self,
            "project-platform",
            props=AppProjectProps(
                name=PLATFORM_PROJECT,
                namespace=argocd_ns,
                description=f"Operators and cluster-scoped objects of {cluster.name}",
                source_repos=sorted({gitops.repo_url, *(operator.repo_url for operator in operators)}),
                destination_namespaces=sorted({argocd_ns, *(operator.namespace for operator in operators)}),
                cluster_resources=PLATFORM_CLUSTER_KINDS,
                wave=WAVE_PROJECTS,
            ),
        )
        Application(
            self,
            "cluster",
            props=ApplicationProps(
                name=f"cluster-{cluster.name}",
                namespace=argocd_ns,
                project=PLATFORM_PROJECT,
                source=git(f"clusters/{cluster.name}"),
                destination_namespace=argocd_ns,
                wave=WAVE_CLUSTER,
                prune=False,  # namespaces hold every volume of an environment
            ),
        )
        for operator in operators:
            Application(
                self,
                f"operator-{operator.name}",
                props=ApplicationProps(
                    name=operator.name,
                    namespace=argocd_ns,
                    project=PLATFORM_PROJECT,
                    source=HelmSource(
                        repo_url=operator.repo_url,
                        chart=operator.chart,
                        version=operator.version,
                        release_name=operator.name,
                        values=operator.values(cluster),
                    ),
                    destination_namespace=operator.namespace,
                    wave=WAVE_OPERATORS,
                    # CRDs of several operators exceed the client-side apply annotation limit
                    sync_options=("CreateNamespace=true", "ServerSideApply=true"),
                ),
            )
        for environment in sorted({target.environment for target in cluster.targets}):
            targets = [target for target in cluster.targets if target.environment == environment]
            AppProject(
                self,
                f"project-{environment}",
                props=AppProjectProps(
                    name=targets[0].project,
                    namespace=argocd_ns,
                    description=f"SomaAgent01 {environment}: its overlay, its namespace, no cluster-scoped kind",
                    source_repos=[gitops.repo_url],
                    destination_namespaces=sorted({target.settings.namespace for target in targets}),
                    wave=WAVE_PROJECTS,
                ),
            )
        for target in cluster.targets:
            Application(
                self,
                f"environment-{target.chart_id}",
                props=ApplicationProps(
                    name=target.application,
                    namespace=argocd_ns,
                    project=target.project,
                    source=git(f"overlays/{target.path}"),
                    destination_namespace=target.settings.namespace,
                    wave=WAVE_PLATFORM,
                ),
            )


def build_app(targets: list[Target], *, platform: PlatformSettings) -> tuple[App, list[Chart]]:
    """The cdk8s App holding every chart: environments, then per cluster its objects and apps."""
    app = App()
    charts: list[Chart] = [EnvironmentChart(app, target=target) for target in targets]
    for name, cluster_targets in clusters_of(targets).items():
        facts = ClusterFacts(name=name, targets=tuple(cluster_targets))
        charts.append(ClusterChart(app, cluster=facts))
        charts.append(ClusterAppsChart(app, cluster=facts, platform=platform))
    return app, charts
