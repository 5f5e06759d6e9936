"""What an operator declaration is: its chart or upstream manifests, the modes that need it,
its values and its footprint (``OperatorChart``), and the cluster it is planned for
(``ClusterFacts``), with the helpers every declaration shares. The declarations themselves
are in ``operators.py``; a tier may declare its own operator with these types.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .footprints import (
    UNCHECKED_POD_SECURITY,
    Crds,
    Footprint,
    Kind,
    NamespacePodSecurity,
)
from .settings import ClusterSettings, PlatformSettings, Region
from .targets import Target, clusters_of
from .upstream import UpstreamManifests

BEYOND_LOCAL = frozenset({"DEVELOPMENT", "TRAINING", "PRODUCTION"})
EVERY_MODE = frozenset({"LOCAL"}) | BEYOND_LOCAL
SEMVER = re.compile(r"^v?[0-9]+\.[0-9]+\.[0-9]+$")

PREEXISTING_NAMESPACES = frozenset({"default", "kube-system", "kube-public", "kube-node-lease"})
"""Namespaces every cluster has before anything is synced (Argo CD's own comes with its install)."""

CLUSTER_ROLES = (Kind("rbac.authorization.k8s.io", "ClusterRole"), Kind("rbac.authorization.k8s.io", "ClusterRoleBinding"))
ROLES = (Kind("rbac.authorization.k8s.io", "Role"), Kind("rbac.authorization.k8s.io", "RoleBinding"))
VALIDATING_WEBHOOK = Kind("admissionregistration.k8s.io", "ValidatingWebhookConfiguration")
MUTATING_WEBHOOK = Kind("admissionregistration.k8s.io", "MutatingWebhookConfiguration")
CA_BUNDLES = (".webhooks[]?.clientConfig.caBundle",)
"""Every webhook's caBundle: controllers patch all the webhooks of a configuration."""


@dataclass(frozen=True)
class ClusterFacts:
    """What an operator's values may depend on: the cluster and the targets it syncs."""

    name: str
    targets: tuple[Target, ...]
    argocd_namespace: str = "argocd"
    settings: ClusterSettings = field(default_factory=ClusterSettings)

    @property
    def production(self) -> bool:
        return any(target.settings.mode == "PRODUCTION" for target in self.targets)

    @property
    def modes(self) -> frozenset[str]:
        return frozenset(target.settings.mode for target in self.targets)

    @property
    def namespaces(self) -> list[str]:
        """The environment namespaces of the cluster."""
        return sorted({target.settings.namespace for target in self.targets})

    @property
    def region(self) -> tuple[str, Region]:
        """The production region this cluster serves (each region has a cluster of its own)."""
        regions = {target.region_name: target.region for target in self.targets if target.region is not None}
        if len(regions) != 1:
            raise ValueError(f"cluster {self.name} serves {len(regions)} regions, not one")
        ((name, region),) = regions.items()
        return str(name), region

    @property
    def storage_class(self) -> str | None:
        """The StorageClass of the cluster's region; None where the cluster's default serves."""
        return self.region[1].storage_class if self.production else None

    @property
    def monitored(self) -> bool:
        """The Prometheus Operator runs here (kube-prometheus-stack goes beyond LOCAL)."""
        return bool(self.modes & BEYOND_LOCAL)

    def replicas(self, production: int = 2) -> int:
        return production if self.production else 1


@dataclass(frozen=True, kw_only=True)
class CrdMirror:
    """Where the gates find the CRDs this chart installs: a folder of ``../shared/crds/``."""

    folder: str
    note: str = ""
    """Why the mirror's tag or kinds differ from what the chart ships, when they do."""
    unused_fields: tuple[str, ...] = ()
    """Fields the mirror's CRDs have and the installed ones lack: nothing here may set them."""


@dataclass(frozen=True, kw_only=True)
class OperatorChart:
    """One operator and what installs it: its upstream Helm chart, or (for an operator
    published without one) its upstream manifests at a tag, through a kustomization."""

    name: str
    namespace: str | None
    """Its release namespace; None for Argo CD's own (``gitops.argocd_namespace``)."""
    repo_url: str
    """The Helm repository, or the Git repository of the manifests."""
    version: str
    """The exact chart version, or the manifests' Git tag (no ranges)."""
    app_version: str
    """The operator release it installs (a chart's ``appVersion``)."""
    modes: frozenset[str]
    """Environment modes that need it."""
    footprint: Callable[[ClusterFacts], Footprint]
    chart: str | None = None
    values: Callable[[ClusterFacts], dict[str, Any]] | None = None
    """The chart's values, from the cluster. Default: none (the chart's own)."""
    manifests: UpstreamManifests | None = None
    kustomization: Callable[[ClusterFacts], dict[str, Any]] | None = None
    """For ``manifests``: the kustomization Argo CD builds (``upstream.kustomization``)."""
    crds: CrdMirror | None = None
    """None when it ships no CRD."""
    bootstrap: bool = False
    """Installed by hand before the root Application (Argo CD itself), then managed from Git."""
    prune: bool = True
    pod_security: NamespacePodSecurity = UNCHECKED_POD_SECURITY
    """What its own namespace enforces (audit and warn are restricted). Default: baseline,
    until its chart's pods are read against restricted."""

    def __post_init__(self) -> None:
        if not SEMVER.match(self.version):
            raise ValueError(f"operator {self.name}: version {self.version!r} is not an exact semantic version")
        if (self.chart is None) == (self.manifests is None) or (self.manifests is None) != (self.kustomization is None):
            raise ValueError(f"operator {self.name}: give a chart, or upstream manifests with their kustomization")
        if self.manifests is not None and (self.values is not None or self.manifests.repo_url != self.repo_url):
            raise ValueError(f"operator {self.name}: manifests take no chart values and come from repo_url")

    def namespace_in(self, cluster: ClusterFacts) -> str:
        return self.namespace or cluster.argocd_namespace

    def folder(self, cluster: ClusterFacts) -> str:
        """Where the kustomization of its manifests is written in ``dist/``."""
        return f"clusters/{cluster.name}/operators/{self.name}"


def static_footprint(footprint: Footprint) -> Callable[[ClusterFacts], Footprint]:
    return lambda cluster: footprint


def needs_service_monitor(cluster: ClusterFacts, source: str) -> tuple[Crds, ...]:
    return (Crds(group="monitoring.coreos.com", kinds=("ServiceMonitor",), source=source),) if cluster.monitored else ()


def cluster_facts(targets: Sequence[Target], platform: PlatformSettings) -> list[ClusterFacts]:
    """One :class:`ClusterFacts` per cluster the targets are synced into, sorted by name."""
    return [
        ClusterFacts(
            name=name,
            targets=tuple(cluster_targets),
            argocd_namespace=platform.gitops.argocd_namespace,
            settings=platform.cluster(name),
        )
        for name, cluster_targets in clusters_of(targets).items()
    ]


def operators_for(cluster: ClusterFacts, operators: Sequence[OperatorChart]) -> list[OperatorChart]:
    """The operators a cluster needs: those any of its environments' modes need."""
    return [operator for operator in operators if operator.modes & cluster.modes]


def operator_of_source(operators: Sequence[Any], repo_url: str, chart: str, version: str) -> Any | None:
    """The operator (or runtime service) an Application's Helm source installs."""
    return next(
        (op for op in operators if op.chart is not None and (op.repo_url, op.chart, op.version) == (repo_url, chart, version)),
        None,
    )


def kube_version_floor(operators: Sequence[OperatorChart]) -> tuple[tuple[int, int], str]:
    """The highest kubeVersion floor of the charts, and the charts that set it."""
    floors = {
        operator: footprint.kube_version
        for operator in operators
        if (footprint := operator.footprint(ClusterFacts(name="-", targets=()))).kube_version is not None
    }
    if not floors:
        return (1, 0), "no chart"
    highest = max(floor.minor for floor in floors.values())
    return highest, ", ".join(
        f"{operator.chart or operator.name} {operator.version} ({floor.source})"
        for operator, floor in floors.items()
        if floor.minor == highest
    )


def operator_table(operators: Sequence[OperatorChart]) -> str:
    """The README's operator table, from the declarations (``make docs`` writes it)."""
    rows = [
        "| operator | chart or manifests | version | ships | CRDs the gates validate against | Kubernetes floor | installed for |",
        "|---|---|---|---|---|---|---|",
    ]
    for operator in operators:
        footprint = operator.footprint(ClusterFacts(name="-", targets=()))
        crds = "none shipped"
        if operator.crds is not None:
            crds = f"`shared/crds/{operator.crds.folder}`" + (f": {operator.crds.note}" if operator.crds.note else "")
        floor = f"{footprint.kube_version}" if footprint.kube_version else "none declared"
        modes = "every mode" if operator.modes == EVERY_MODE else ", ".join(sorted(operator.modes))
        installed = f"{operator.chart} ({operator.repo_url})" if operator.chart else f"manifests at a tag ({operator.repo_url})"
        rows.append(f"| {operator.name} | {installed} | {operator.version} | {operator.app_version} | {crds} | {floor} | {modes} |")
    return "\n".join(rows) + "\n"
