"""The composition point where settings become constructs: one chart per output folder.

- ``EnvironmentChart``: one per target, rendered into ``dist/overlays/<target>/``.
- ``ClusterChart``: the cluster-scoped objects of one cluster (``dist/clusters/<cluster>/``),
  synced by exactly one Application of that cluster.
- ``ClusterPkiChart``: beyond LOCAL, the cluster's CA and Vault's listener certificate
  (``dist/clusters/<cluster>/pki/``), synced by the cluster's ``pki-<cluster>`` Application
  once cert-manager runs.
- ``ClusterAppsChart``: the Argo CD projects and app-of-apps of one cluster
  (``dist/apps/<cluster>/``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from cdk8s import App, Chart
from cdk8s_plus_27 import k8s

from .argocd import WAVE_ANNOTATION, WAVE_CLUSTER, WAVE_PLATFORM, WAVE_PROJECTS, ArgoCdChart, group_and_kind
from .constructs.acme_issuer import AcmeIssuer, AcmeIssuerProps
from .constructs.certificates import ServerCertificate, ServerCertificateProps
from .constructs.cluster_pki import WAVE_ISSUED, ClusterCa, ClusterCaProps
from .constructs.gatekeeper import GatekeeperPolicies, GatekeeperPoliciesProps
from .constructs.gitops import (
    Application,
    ApplicationProps,
    AppProject,
    AppProjectProps,
    ClusterKind,
    GitSource,
    HelmSource,
    IgnoredDifference,
)
from .constructs.idioms import k8s_metadata
from .constructs.kyverno import EnvironmentPolicy, KyvernoPolicies, KyvernoPoliciesProps, Signer
from .constructs.labels import standard_labels
from .constructs.network import NamespaceDefaultDeny
from .delivery import ENVIRONMENT_POD_SECURITY, ClusterDelivery, OperatorDelivery, check_platform, plan_cluster
from .footprints import POD_SECURITY_ORDER, Kind
from .kinds import CLUSTER_SCOPED_KINDS, api_group
from .operator_types import BEYOND_LOCAL, PREEXISTING_NAMESPACES
from .operators import ClusterFacts, cluster_facts, operators_for
from .output import FolderObjects
from .pki import CLUSTER_CA_ISSUER
from .posture import posture_of
from .runtime_services import RuntimeService, services_for
from .settings import PlatformSettings
from .targets import Target
from .tiers.base import Tier, build_tiers, data_kinds
from .tiers.registry import OPERATORS, TIERS
from .vault import VAULT_NAMESPACE, VAULT_SERVER_NAMES, VAULT_TLS_SECRET


class EnvironmentChart(ArgoCdChart):
    """Everything one target (an environment, or a region of prod) runs in its namespace."""

    def __init__(self, app: App, *, target: Target, tiers: Sequence[Tier] = TIERS) -> None:
        settings = target.settings
        super().__init__(app, target.chart_id, namespace=settings.namespace, disable_resource_name_hashes=True)
        self.target = target
        self.folder = f"overlays/{target.path}"
        self.data_kinds = data_kinds(tiers)
        NamespaceDefaultDeny(self, "default-deny")
        self.tiers = build_tiers(self, target, tiers)
        """What each tier the target runs built (and exposes), by tier name."""


class ClusterChart(ArgoCdChart):
    """Cluster-scoped objects that serve the environments of one cluster."""

    def __init__(self, app: App, *, cluster: ClusterFacts, pod_security_version: str) -> None:
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
                        # every pod of the environment meets the restricted Pod Security
                        # Standard; hold it to it, and audit and warn at the same level (a
                        # workload that would fail shows in the audit log and in kubectl)
                        **{
                            f"pod-security.kubernetes.io/{mode}{suffix}": value
                            for mode in ("enforce", "audit", "warn")
                            # the policy as the oldest supported Kubernetes defines it
                            for suffix, value in (("", ENVIRONMENT_POD_SECURITY), ("-version", f"v{pod_security_version}"))
                        },
                    },
                ),
            )
        storage_classes = sorted({target.region.storage_class for target in cluster.targets if target.region})
        for storage_class in storage_classes:
            k8s.KubeStorageClass(
                self,
                f"storage-class-{storage_class}",
                metadata=k8s_metadata(storage_class, component="storage"),
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
                metadata=k8s_metadata(name, component="scheduling"),
                value=value,
                global_default=False,
                description=description,
            )

    def kinds(self) -> set[Kind]:
        """The kinds this chart renders (the platform project must admit them)."""
        return {Kind("" if obj.api_group == "core" else obj.api_group, obj.kind) for obj in self.api_objects}


class ClusterPkiChart(ArgoCdChart):
    """The cluster's CA and the certificates of what its environments share (Vault's
    listener): custom resources of cert-manager, so not in the cluster folder, which syncs
    before any operator."""

    def __init__(self, app: App, *, cluster: ClusterFacts) -> None:
        super().__init__(app, f"pki-{cluster.name}", disable_resource_name_hashes=True)
        self.folder = f"clusters/{cluster.name}/pki"
        lifetimes = cluster.settings.certificates
        self.ca = ClusterCa(self, "ca", props=ClusterCaProps(cluster=cluster.name, lifetime=lifetimes.ca))
        acme = cluster.settings.acme
        self.acme = (
            AcmeIssuer(
                self,
                "acme",
                props=AcmeIssuerProps(email=acme.email, server=acme.server, hosted_zone_id=acme.hosted_zone_id, region=acme.region),
            )
            if acme is not None
            else None
        )
        self.vault = ServerCertificate(
            self,
            "vault",
            props=ServerCertificateProps(
                name=VAULT_TLS_SECRET,
                namespace=VAULT_NAMESPACE,
                dns_names=VAULT_SERVER_NAMES,
                ip_addresses=("127.0.0.1",),
                component="vault",
                issuer=CLUSTER_CA_ISSUER,
                issuer_kind="ClusterIssuer",
                lifetime=lifetimes.vault,
                annotations={WAVE_ANNOTATION: str(WAVE_ISSUED)},
            ),
        )

    def kinds(self) -> set[Kind]:
        """The cluster-scoped kinds it renders (the platform project must admit them); its
        objects sit below constructs, which ``api_objects`` does not reach."""
        kinds = {Kind(*group_and_kind(manifest)) for manifest in self.to_json()}
        return {kind for kind in kinds if kind.kind in CLUSTER_SCOPED_KINDS}


class ClusterAdmissionChart(ArgoCdChart):
    """Gatekeeper's templates and each environment's constraints, and Kyverno's policies
    (custom resources of both, so not in the cluster folder, which syncs before any operator)."""

    def __init__(self, app: App, *, cluster: ClusterFacts) -> None:
        super().__init__(app, f"admission-{cluster.name}", disable_resource_name_hashes=True)
        self.folder = f"clusters/{cluster.name}/admission"
        self.policies = GatekeeperPolicies(
            self,
            "gatekeeper",
            props=GatekeeperPoliciesProps(
                actions={target.settings.namespace: posture_of(target.settings.mode).admission for target in cluster.targets},
                required_labels=sorted(standard_labels("x", component="x")),
                allowed_registries=cluster.settings.allowed_registries,
            ),
        )
        self.kyverno = KyvernoPolicies(self, "kyverno", props=KyvernoPoliciesProps(environments=_kyverno_environments(cluster)))

    def kinds(self) -> set[Kind]:
        """The cluster-scoped kinds it renders (the platform project must admit them)."""
        return {Kind(*group_and_kind(manifest)) for manifest in self.to_json()}


def _kyverno_environments(cluster: ClusterFacts) -> dict[str, EnvironmentPolicy]:
    policies = {}
    for target in cluster.targets:
        settings = target.settings
        signer = settings.image.signed_by
        policies[settings.namespace] = EnvironmentPolicy(
            action=posture_of(settings.mode).admission,
            app_repository=settings.image.repository,
            signer=Signer(issuer=signer.issuer, subject_regexp=signer.subject_regexp) if signer else None,
        )
    return policies


def operator_namespace_labels(cluster: ClusterFacts, delivery: ClusterDelivery, *, version: str) -> dict[str, dict[str, str]]:
    """Per operator Application, the Pod Security labels it keeps on its namespace: the first
    operator of a namespace (two Applications must not both manage its metadata) sets the
    weakest level any of the namespace's operators declares; audit and warn are restricted.
    Environment namespaces are the cluster folder's."""
    levels: dict[str, list[str]] = {}
    owners: dict[str, str] = {}
    for planned in delivery.operators:
        if planned.namespace in cluster.namespaces or planned.namespace in PREEXISTING_NAMESPACES:
            continue
        owners.setdefault(planned.namespace, planned.operator.name)
        levels.setdefault(planned.namespace, []).append(planned.operator.pod_security.level)
    labels = {}
    for namespace, owner in owners.items():
        enforce = min(levels[namespace], key=lambda level: POD_SECURITY_ORDER[level])
        labels[owner] = {
            f"pod-security.kubernetes.io/{mode}{suffix}": value
            for mode, level in (("enforce", enforce), ("audit", "restricted"), ("warn", "restricted"))
            for suffix, value in (("", level), ("-version", f"v{version}"))
        }
    return labels


def has_admission(cluster: ClusterFacts) -> bool:
    """Where Gatekeeper runs (beyond LOCAL)."""
    return any(operator.name == "gatekeeper" for operator in operators_for(cluster))


def has_cluster_pki(cluster: ClusterFacts) -> bool:
    """Beyond LOCAL, where Vault serves over TLS (LOCAL's dev-mode Vault has no listener TLS)."""
    return bool(cluster.modes & BEYOND_LOCAL) and any(operator.name == "vault" for operator in operators_for(cluster))


PLATFORM_PROJECT = "platform"
BOOTSTRAP_PROJECT = "bootstrap"
"""The root Application's project: this repository's apps folder, Argo CD's namespace, and
only Applications and AppProjects."""
APP_KINDS = (ClusterKind(group="argoproj.io", kind="AppProject"), ClusterKind(group="argoproj.io", kind="Application"))
RUNTIME_CHILD_KINDS = (
    Kind("", "Pod"),
    Kind("", "PersistentVolumeClaim"),
    Kind("apps", "ReplicaSet"),
    Kind("apps", "ControllerRevision"),
    Kind("core.strimzi.io", "StrimziPodSet"),
)
"""Kinds controllers and operators make from what an environment renders: its project lists
them too, or Argo CD leaves them (and the pods below them, and so their logs) out of the
Application's resource tree (controller/appcontroller.go, v3.4.4)."""


class ClusterAppsChart(Chart):
    """The app-of-apps of one cluster: its projects, its root, and one Application per
    operator, per environment overlay and for the cluster's own objects."""

    def __init__(
        self,
        app: App,
        *,
        cluster: ClusterFacts,
        platform: PlatformSettings,
        cluster_kinds: set[Kind],
        pki: ClusterPkiChart | None = None,
        admission: ClusterAdmissionChart | None = None,
        environments: Mapping[str, EnvironmentChart] | None = None,
    ) -> None:
        super().__init__(app, f"apps-{cluster.name}", disable_resource_name_hashes=True)
        self.folder = f"apps/{cluster.name}"
        self.cluster = cluster
        self.gitops = platform.gitops
        self.pod_security_version = platform.kubernetes.min_version
        self.environments = environments or {}
        """The environment charts of the cluster's targets, by target path."""
        self.upstream_folders: list[FolderObjects] = []
        """Kustomizations of upstream manifests its Applications sync (written beside the charts)."""
        delivery = plan_cluster(
            cluster, cluster_folder_kinds=cluster_kinds | (pki.kinds() if pki else set()) | (admission.kinds() if admission else set())
        )
        self._root()
        self._platform(delivery)
        namespace_labels = operator_namespace_labels(cluster, delivery, version=self.pod_security_version)
        for planned in delivery.operators:
            self._operator(planned, namespace_labels=namespace_labels.get(planned.operator.name, {}))
        if pki is not None:
            self._pki(pki, delivery)
        if admission is not None:
            self._admission(admission, delivery)
        for environment in sorted({target.environment for target in cluster.targets}):
            self._environment_project(environment, [target for target in cluster.targets if target.environment == environment])
        for target in cluster.targets:
            self._environment_applications(target)

    def _environment_applications(self, target: Target) -> None:
        """The target's overlay, and beside it the runtime services its release needs:
        Temporal's schema Job retries until the environment's Database exists (a fresh
        cluster), within the Application's retries; the Keycloak operator waits for its
        Keycloak (in the overlay)."""
        self._application(
            f"environment-{target.chart_id}",
            name=target.application,
            target=target,
            source=self._git(f"overlays/{target.path}"),
            ignore_differences=self._replicas_autoscalers_own(target),
        )
        for service in services_for(target):
            if service.installed:
                name = f"{target.application}-{service.name}"
                self._application(
                    f"service-{target.chart_id}-{service.name}", name=name, target=target, source=self._service_source(service, target)
                )

    @property
    def _signed(self) -> bool:
        """A production cluster syncs a signed tag, verified by its projects' keys."""
        return self.cluster.production and self.gitops.production_revision is not None

    @property
    def _signature_keys(self) -> list[str]:
        return list(self.gitops.signature_keys) if self._signed else []

    def _git(self, folder: str) -> GitSource:
        revision = self.gitops.production_revision if self._signed and self.gitops.production_revision else self.gitops.target_revision
        return GitSource(repo_url=self.gitops.repo_url, revision=revision, path=f"{self.gitops.path_prefix}/{folder}")

    def _upstream(self, folder: str, kustomization: dict[str, Any]) -> GitSource:
        """A kustomization of upstream manifests, written to ``folder`` of dist/."""
        self.upstream_folders.append(FolderObjects(folder=folder, objects=(), kustomization=kustomization))
        return self._git(folder)

    def _root(self) -> None:
        """The root in a project of its own, and Argo CD's ``default`` project emptied: the
        default admits any repository, destination and kind, so one merged commit could
        repoint the root or loosen every project."""
        argocd_ns = self.gitops.argocd_namespace
        AppProject(
            self,
            "project-bootstrap",
            props=AppProjectProps(
                name=BOOTSTRAP_PROJECT,
                namespace=argocd_ns,
                description="The root Application: this repository's apps folder into Argo CD's namespace, Applications and "
                "AppProjects only",
                source_repos=[self.gitops.repo_url],
                destination_namespaces=[argocd_ns],
                namespace_resources=APP_KINDS,
                signature_keys=self._signature_keys,
                kept=True,
                wave=WAVE_PROJECTS,
            ),
        )
        AppProject(
            self,
            "project-default",
            props=AppProjectProps(
                name="default",
                namespace=argocd_ns,
                description="Argo CD's built-in project, emptied: no repository, no destination, no kind",
                source_repos=[],
                destination_namespaces=[],
                namespace_resources=[],
                kept=True,
                wave=WAVE_PROJECTS,
            ),
        )
        Application(
            self,
            "root",
            props=ApplicationProps(
                name="root",
                namespace=argocd_ns,
                # applied once by hand after its project (make bootstrap); then manages both
                project=BOOTSTRAP_PROJECT,
                source=self._git(self.folder),
                destination_namespace=argocd_ns,
                wave=WAVE_PROJECTS,
            ),
        )

    def _platform(self, delivery: ClusterDelivery) -> None:
        """The platform project, derived from the operators' footprints (every namespace and
        cluster-scoped kind their charts write, and the cluster folder's kinds), and the
        Application of the cluster folder."""
        argocd_ns = self.gitops.argocd_namespace
        AppProject(
            self,
            "project-platform",
            props=AppProjectProps(
                name=PLATFORM_PROJECT,
                namespace=argocd_ns,
                description=f"Operators and cluster-scoped objects of {self.cluster.name}",
                # the Helm repositories; upstream manifests come through this repository's kustomizations
                source_repos=sorted(
                    {self.gitops.repo_url, *(planned.operator.repo_url for planned in delivery.operators if planned.operator.chart)}
                ),
                destination_namespaces=delivery.namespaces,
                cluster_resources=[ClusterKind(group=kind.group, kind=kind.kind) for kind in delivery.cluster_kinds],
                signature_keys=self._signature_keys,
                wave=WAVE_PROJECTS,
            ),
        )
        Application(
            self,
            "cluster",
            props=ApplicationProps(
                name=f"cluster-{self.cluster.name}",
                namespace=argocd_ns,
                project=PLATFORM_PROJECT,
                source=self._git(f"clusters/{self.cluster.name}"),
                destination_namespace=argocd_ns,
                wave=WAVE_CLUSTER,
                prune=False,  # namespaces hold every volume of an environment
            ),
        )

    def _operator(self, planned: OperatorDelivery, *, namespace_labels: Mapping[str, str]) -> None:
        operator = planned.operator
        source: GitSource | HelmSource
        if operator.kustomization is not None:
            source = self._upstream(operator.folder(self.cluster), operator.kustomization(self.cluster))
        else:
            if operator.chart is None:
                raise ValueError(f"operator {operator.name}: neither a chart nor a kustomization")
            source = HelmSource(
                repo_url=operator.repo_url,
                chart=operator.chart,
                version=operator.version,
                release_name=operator.name,
                values=planned.values,
            )
        Application(
            self,
            f"operator-{operator.name}",
            props=ApplicationProps(
                name=operator.name,
                namespace=self.gitops.argocd_namespace,
                project=PLATFORM_PROJECT,
                source=source,
                destination_namespace=planned.namespace,
                wave=planned.wave,
                prune=operator.prune,
                cascade_delete=not operator.bootstrap,
                # CRDs of several operators exceed the client-side apply annotation limit
                sync_options=("CreateNamespace=true", "ServerSideApply=true"),
                namespace_labels=namespace_labels,
                ignore_differences=[
                    IgnoredDifference(group=patched.kind.group, kind=patched.kind.kind, name=patched.name, jq_paths=patched.jq_paths)
                    for patched in planned.ignore_differences
                ],
            ),
        )

    def _pki(self, pki: ClusterPkiChart, delivery: ClusterDelivery) -> None:
        """The cluster PKI's Application, beside Vault's (Vault's pods wait for their
        certificate; Vault's footprint needs cert-manager's kinds, so both follow it)."""
        (vault,) = (planned for planned in delivery.operators if planned.operator.name == "vault")
        Application(
            self,
            "pki",
            props=ApplicationProps(
                name=f"pki-{self.cluster.name}",
                namespace=self.gitops.argocd_namespace,
                project=PLATFORM_PROJECT,
                source=self._git(pki.folder),
                destination_namespace=VAULT_NAMESPACE,
                wave=vault.wave,
                # a new root would make every certificate it signed untrusted
                prune=False,
                sync_options=("CreateNamespace=true",),
            ),
        )

    def _admission(self, admission: ClusterAdmissionChart, delivery: ClusterDelivery) -> None:
        """The admission policies' Application, the wave after Gatekeeper's and Kyverno's (whose
        CRDs they need, and whose webhooks serve them), before the environments'."""
        engines = [planned for planned in delivery.operators if planned.operator.name in ("gatekeeper", "kyverno")]
        (gatekeeper,) = (planned for planned in engines if planned.operator.name == "gatekeeper")
        Application(
            self,
            "admission",
            props=ApplicationProps(
                name=f"admission-{self.cluster.name}",
                namespace=self.gitops.argocd_namespace,
                project=PLATFORM_PROJECT,
                source=self._git(admission.folder),
                destination_namespace=gatekeeper.namespace,
                wave=max(planned.wave for planned in engines) + 1,
            ),
        )

    def _environment_project(self, environment: str, targets: list[Target]) -> None:
        # this repository, and the Helm repositories of the runtime services its releases need
        helm_repositories = {
            service.repo_url for target in targets for service in services_for(target) if service.chart and service.repo_url
        }
        AppProject(
            self,
            f"project-{environment}",
            props=AppProjectProps(
                name=targets[0].project,
                namespace=self.gitops.argocd_namespace,
                description=f"SomaAgent01 {environment}: its overlay, its namespace, no cluster-scoped kind",
                source_repos=sorted({self.gitops.repo_url, *helm_repositories}),
                destination_namespaces=sorted({target.settings.namespace for target in targets}),
                namespace_resources=self._namespaced_kinds(targets),
                signature_keys=self._signature_keys,
                wave=WAVE_PROJECTS,
            ),
        )

    def _namespaced_kinds(self, targets: Sequence[Target]) -> list[ClusterKind] | None:
        """Exactly the namespaced kinds the environment's Applications bring: its overlays as
        rendered, and its runtime services by their footprints. None (any kind) where the
        environments' charts are not given (a construct test)."""
        if not self.environments:
            return None
        kinds: set[Kind] = set(RUNTIME_CHILD_KINDS)
        for target in targets:
            for obj in self.environments[target.path].to_json():
                kind = Kind(api_group(obj["apiVersion"]), obj["kind"])
                if kind.kind not in CLUSTER_SCOPED_KINDS:
                    kinds.add(kind)
            for service in services_for(target):
                if service.installed:
                    declared = service.footprint(self.cluster).namespaced
                    if declared is None:
                        raise ValueError(f"runtime service {service.name}: its footprint declares no namespaced kinds")
                    kinds.update(declared)
        return [ClusterKind(group=kind.group, kind=kind.kind) for kind in sorted(kinds)]

    def _service_source(self, service: RuntimeService, target: Target) -> GitSource | HelmSource:
        if service.kustomization is not None:
            return self._upstream(service.folder(target), service.kustomization(target))
        if not (service.repo_url and service.chart and service.version and service.release_name and service.values):
            raise ValueError(f"runtime service {service.name}: neither a complete chart nor a kustomization")
        return HelmSource(
            repo_url=service.repo_url,
            chart=service.chart,
            version=service.version,
            release_name=service.release_name,
            values=service.values(target),
        )

    def _replicas_autoscalers_own(self, target: Target) -> list[IgnoredDifference]:
        """Replica counts Git gives only to start from: a Rollout's, which an HPA then scales
        (the controller would otherwise start it at one); a sync keeps the live count."""
        if not self.environments:
            return []
        objects = self.environments[target.path].to_json()
        scaled = {
            (obj["spec"]["scaleTargetRef"]["kind"], obj["spec"]["scaleTargetRef"]["name"])
            for obj in objects
            if obj["kind"] == "HorizontalPodAutoscaler"
        }
        return [
            IgnoredDifference(
                group=api_group(obj["apiVersion"]), kind=obj["kind"], name=obj["metadata"]["name"], jq_paths=(".spec.replicas",)
            )
            for obj in objects
            if (obj["kind"], obj["metadata"]["name"]) in scaled and "replicas" in obj.get("spec", {})
        ]

    def _application(
        self, id: str, *, name: str, target: Target, source: GitSource | HelmSource, ignore_differences: Sequence[IgnoredDifference] = ()
    ) -> None:
        """An Application of an environment: its project, its namespace, the platform wave."""
        Application(
            self,
            id,
            props=ApplicationProps(
                name=name,
                namespace=self.gitops.argocd_namespace,
                project=target.project,
                source=source,
                destination_namespace=target.settings.namespace,
                wave=WAVE_PLATFORM,
                ignore_differences=ignore_differences,
            ),
        )


OutputChart = EnvironmentChart | ClusterChart | ClusterPkiChart | ClusterAdmissionChart | ClusterAppsChart
"""A chart that renders one output folder."""


def build_app(
    targets: list[Target], *, platform: PlatformSettings, every_environment: bool = True, tiers: Sequence[Tier] = TIERS
) -> tuple[App, list[OutputChart]]:
    """The cdk8s App holding every chart: environments (their ``tiers``), then per cluster
    its objects and apps."""
    targets = [target.on_cluster(platform) for target in targets]
    clusters = cluster_facts(targets, platform)
    check_platform(platform, clusters, OPERATORS, every_environment=every_environment)
    app = App()
    environments = {target.path: EnvironmentChart(app, target=target, tiers=tiers) for target in targets}
    charts: list[OutputChart] = list(environments.values())
    for facts in clusters:
        cluster_chart = ClusterChart(app, cluster=facts, pod_security_version=platform.kubernetes.min_version)
        charts.append(cluster_chart)
        pki = ClusterPkiChart(app, cluster=facts) if has_cluster_pki(facts) else None
        if pki is not None:
            charts.append(pki)
        admission = ClusterAdmissionChart(app, cluster=facts) if has_admission(facts) else None
        if admission is not None:
            charts.append(admission)
        own = {target.path: environments[target.path] for target in facts.targets}
        charts.append(
            ClusterAppsChart(
                app,
                cluster=facts,
                platform=platform,
                cluster_kinds=cluster_chart.kinds(),
                pki=pki,
                admission=admission,
                environments=own,
            )
        )
    return app, charts
