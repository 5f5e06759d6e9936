"""How a cluster's operators are delivered, derived from their footprints, never by hand.

- the platform AppProject admits every namespace and cluster-scoped kind the charts write;
- each operator's wave follows its CRD dependencies (a provider before its consumers);
- fields controllers patch at runtime become the Application's ``ignoreDifferences``;
- operators that start pods in the environment namespaces get the settings that make those
  pods pass the namespaces' Pod Security level, or synth fails naming the operator.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from .argocd import WAVE_CLUSTER, WAVE_OPERATORS_FIRST, WAVE_PLATFORM
from .footprints import Footprint, FootprintError, Kind, PatchedAtRuntime, PodSecurityLevel, deep_merge, dependency_levels, weaker
from .operators import ClusterFacts, OperatorChart, kube_version_floor, operators_for
from .settings import OverlayError, PlatformSettings

ENVIRONMENT_POD_SECURITY: PodSecurityLevel = "restricted"
"""The Pod Security Standard every environment namespace enforces (the app tier meets it)."""


@dataclass(frozen=True)
class OperatorDelivery:
    """One operator's Application, as its footprint decides it."""

    operator: OperatorChart
    namespace: str
    wave: int
    values: dict[str, Any]
    ignore_differences: tuple[PatchedAtRuntime, ...]


@dataclass(frozen=True)
class ClusterDelivery:
    """The operators of one cluster and what its platform project must admit."""

    operators: tuple[OperatorDelivery, ...]
    namespaces: tuple[str, ...]
    cluster_kinds: tuple[Kind, ...]


def plan_cluster(
    cluster: ClusterFacts,
    *,
    cluster_folder_kinds: Iterable[Kind],
    operators: Sequence[OperatorChart] | None = None,
    pod_security: PodSecurityLevel = ENVIRONMENT_POD_SECURITY,
) -> ClusterDelivery:
    """Everything the apps folder of ``cluster`` says about its operators."""
    chosen = operators_for(cluster) if operators is None else operators_for(cluster, operators)
    footprints = {operator.name: operator.footprint(cluster) for operator in chosen}
    try:
        levels = dependency_levels(
            {name: footprint.needed_kinds() for name, footprint in footprints.items()},
            {name: footprint.provided_kinds() for name, footprint in footprints.items()},
        )
    except FootprintError as error:
        raise FootprintError(f"cluster {cluster.name}: {error}") from None
    deliveries = []
    namespaces = {cluster.argocd_namespace}
    kinds = set(cluster_folder_kinds)
    for operator in chosen:
        footprint = footprints[operator.name]
        wave = WAVE_OPERATORS_FIRST + levels[operator.name]
        if not WAVE_CLUSTER < wave < WAVE_PLATFORM:
            raise FootprintError(f"cluster {cluster.name}: {operator.name} would sync at wave {wave}, past the operators' waves")
        namespace = operator.namespace_in(cluster)
        namespaces |= footprint.namespaces(own=namespace, watched=cluster.namespaces)
        kinds |= footprint.cluster_kinds()
        deliveries.append(
            OperatorDelivery(
                operator=operator,
                namespace=namespace,
                wave=wave,
                values=_values(operator, footprint, cluster, pod_security),
                ignore_differences=footprint.patched_at_runtime,
            )
        )
    return ClusterDelivery(tuple(deliveries), tuple(sorted(namespaces)), tuple(sorted(kinds)))


def _values(operator: OperatorChart, footprint: Footprint, cluster: ClusterFacts, pod_security: PodSecurityLevel) -> dict[str, Any]:
    values = operator.values(cluster) if operator.values is not None else {}
    for pods in footprint.environment_pods:
        if not cluster.namespaces or not weaker(pods.level, pod_security):
            continue
        if pods.restricted_values is None or pod_security != "restricted":
            raise FootprintError(
                f"cluster {cluster.name}: {operator.name} starts {pods.what} in {', '.join(cluster.namespaces)}, which "
                f"enforce Pod Security {pod_security!r}; they meet only {pods.level!r} and no chart setting raises them"
            )
        values = deep_merge(values, pods.restricted_values)
    return values


def gpu_pool_problems(cluster: ClusterFacts, platform: PlatformSettings) -> list[str]:
    """Every GPU server must name a pool of its cluster and fit one of its nodes, and the
    environments' servers on a pool, all at their most, must fit it (a server takes its GPUs
    on one node)."""
    pools = platform.cluster(cluster.name).gpu_pools
    problems: list[str] = []
    demand: dict[str, float] = dict.fromkeys(pools, 0.0)
    for target in cluster.targets:
        whisper, where = target.settings.whisper, f"overlays/{target.environment}.yaml: whisper.gpu"
        if whisper.gpu is None:
            continue
        pool = pools.get(whisper.gpu.pool)
        if pool is None:
            known = ", ".join(sorted(pools)) or f"none (add it to platform.yaml clusters.{cluster.name}.gpu_pools)"
            problems.append(f"{where}.pool: {whisper.gpu.pool!r} is not a GPU pool of cluster {cluster.name!r}; allowed: {known}")
        elif whisper.gpu.gpus > pool.gpus_per_node:
            problems.append(
                f"{where}.gpus: {whisper.gpu.gpus} per server; the pool's nodes have {pool.gpus_per_node}; allowed: at most that"
            )
        else:
            # the share of the pool's servers of that size this environment may run
            demand[whisper.gpu.pool] += whisper.most_replicas / pool.servers(whisper.gpu.gpus)
    for name, share in sorted(demand.items()):
        if share > 1:
            problems.append(
                f"platform.yaml: clusters.{cluster.name}.gpu_pools.{name}: its environments' servers, all at their most, need "
                f"{share:.0%} of the pool ({pools[name].max_nodes} nodes of {pools[name].gpus_per_node} GPUs); allowed: raise "
                "max_nodes or lower the environments' whisper.autoscaling.max_replicas"
            )
    return problems


def check_platform(
    platform: PlatformSettings, clusters: Sequence[ClusterFacts], operators: Sequence[OperatorChart], *, every_environment: bool = True
) -> None:
    """Platform settings that only make sense against the clusters and the pinned charts.
    A cluster platform.yaml names but no environment uses is refused only when
    ``every_environment`` is rendered (a look at one environment sees only its cluster)."""
    problems = []
    floor, chart = kube_version_floor(operators)
    if platform.kubernetes.minor < floor:
        problems.append(
            f"platform.yaml: kubernetes.min_version: {platform.kubernetes.min_version} is below {floor[0]}.{floor[1]}, "
            f"the kubeVersion floor of {chart}; allowed: {floor[0]}.{floor[1]} or later"
        )
    known = {cluster.name: cluster for cluster in clusters}
    for name in sorted(set(platform.clusters) - set(known)) if every_environment else ():
        problems.append(f"platform.yaml: clusters.{name}: no environment is synced into it; allowed: {', '.join(sorted(known))}")
    for cluster in clusters:
        if cluster.production and platform.cluster(cluster.name).pod_traffic_encryption == "none":
            problems.append(
                f"platform.yaml: clusters.{cluster.name}.pod_traffic_encryption: a cluster that serves PRODUCTION "
                "encrypts pod traffic (the app's Kafka client cannot do TLS); allowed: cilium-wireguard"
            )
        public = sorted(
            target.path
            for target in cluster.targets
            if target.settings.edge and target.settings.edge.issuer_in(target.settings.mode) == "public-acme"
        )
        if public and platform.cluster(cluster.name).acme is None:
            problems.append(
                f"platform.yaml: clusters.{cluster.name}.acme: required, the edge of {', '.join(public)} asks for a publicly "
                "trusted certificate (edge.issuer public-acme); name the ACME authority and the Route 53 zone"
            )
        problems += gpu_pool_problems(cluster, platform)
        vault = any(operator.name == "vault" for operator in operators_for(cluster, operators))
        if vault and cluster.production and platform.cluster(cluster.name).vault_auto_unseal is None:
            problems.append(
                f"platform.yaml: clusters.{cluster.name}.vault_auto_unseal: required for a cluster that serves PRODUCTION "
                "(a restarted Vault must unseal itself)"
            )
    if problems:
        raise OverlayError(problems)
