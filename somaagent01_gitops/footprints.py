"""What an operator's Helm chart creates on a cluster, declared, so delivery can be derived.

Argo CD installs each operator from its upstream chart, which we cannot render here (no
network). What the chart brings still decides whether the sync works: the namespaces it
writes into must be in its AppProject, its cluster-scoped kinds whitelisted, the CRDs it
needs installed by an earlier wave, fields its controllers patch at runtime ignored, and
the pods it starts in environment namespaces must pass their Pod Security admission. A
:class:`Footprint` says each of these once, with the chart template (or operator source)
each fact comes from; ``charts.py`` and the ``projects`` gate derive everything from it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

PodSecurityLevel = Literal["privileged", "baseline", "restricted"]
POD_SECURITY_ORDER: dict[str, int] = {"privileged": 0, "baseline": 1, "restricted": 2}

WATCHED = "{watched}"
"""Stands for the environment namespaces of the cluster (the ones an operator watches)."""


@dataclass(frozen=True, order=True)
class Kind:
    """An API group and kind; ``""`` is the core group."""

    group: str
    kind: str

    def __str__(self) -> str:
        return f"{self.group}/{self.kind}" if self.group else self.kind


CRD = Kind("apiextensions.k8s.io", "CustomResourceDefinition")
SECRET = Kind("", "Secret")
POD = Kind("", "Pod")
SERVICE_ACCOUNT = Kind("", "ServiceAccount")


@dataclass(frozen=True, kw_only=True)
class Writes:
    """Namespaced objects the chart renders into a namespace other than its release's."""

    namespace: str
    """A namespace, or :data:`WATCHED`."""
    kinds: tuple[Kind, ...]
    source: str


@dataclass(frozen=True, kw_only=True)
class ClusterScoped:
    """Cluster-scoped objects the chart renders (CRDs are declared by :class:`Crds`)."""

    kinds: tuple[Kind, ...]
    source: str


@dataclass(frozen=True, kw_only=True)
class Crds:
    """Custom resource kinds of one API group: ones a chart ships, or ones it needs."""

    group: str
    kinds: tuple[str, ...]
    source: str

    def as_kinds(self) -> list[Kind]:
        return [Kind(self.group, kind) for kind in self.kinds]


@dataclass(frozen=True, kw_only=True)
class PatchedAtRuntime:
    """A field a controller writes after the sync (a webhook's ``caBundle``): Argo CD must
    ignore it, or it reverts the patch on every self-heal and shows the app OutOfSync."""

    kind: Kind
    name: str
    jq_paths: tuple[str, ...]
    """jq path expressions of the fields, as Argo CD's ``ignoreDifferences`` takes them."""
    by: str
    """What patches it."""
    source: str


@dataclass(frozen=True, kw_only=True)
class EnvironmentPods:
    """Pods the operator starts in the environment namespaces it serves."""

    what: str
    level: PodSecurityLevel
    """The Pod Security Standard they meet with the chart's default values."""
    restricted_values: Mapping[str, Any] | None = None
    """Chart values that make them meet ``restricted``; None when no setting does."""
    source: str


@dataclass(frozen=True, kw_only=True)
class NamespacePodSecurity:
    """The Pod Security level an operator's own namespace enforces: anything below
    ``restricted`` is an exception, and says why. Audit and warn stay at ``restricted``, so
    whatever falls short of it shows in the audit log and at apply."""

    level: PodSecurityLevel
    reason: str
    """Why the operator's pods cannot be held to more."""
    source: str = ""
    """Where in the chart that is so. Default: none (not yet read)."""


UNCHECKED_POD_SECURITY = NamespacePodSecurity(
    level="baseline",
    reason="its chart's pods are not yet checked against restricted; baseline (no privilege, no host namespace or "
    "path, no added capability) holds, and audit and warn at restricted report how far it falls short",
)
"""What an operator's namespace enforces until its chart is read."""


@dataclass(frozen=True, kw_only=True)
class BootstrapSecret:
    """A Secret the chart's pods read that nothing in the cluster can produce before they
    start (External Secrets and Vault come in later waves and need an initialized Vault):
    created once by hand when the cluster is brought up (``make bootstrap`` prints how), and
    never in Git. Without it the pods never get Ready and every later wave waits."""

    namespace: str
    name: str
    keys: tuple[tuple[str, str], ...]
    """(key, shell expression that makes its value), in order."""
    source: str


@dataclass(frozen=True, kw_only=True)
class KubeVersionFloor:
    """The chart's ``kubeVersion`` constraint, as the oldest minor it admits."""

    minor: tuple[int, int]
    source: str

    def __str__(self) -> str:
        return f"{self.minor[0]}.{self.minor[1]}"


@dataclass(frozen=True, kw_only=True)
class Footprint:
    """Everything a chart, at its pinned version and with our values, creates on a cluster."""

    kube_version: KubeVersionFloor | None = None
    """None when the chart declares no kubeVersion."""
    writes: tuple[Writes, ...] = ()
    cluster_scoped: tuple[ClusterScoped, ...] = ()
    provides: tuple[Crds, ...] = ()
    needs: tuple[Crds, ...] = ()
    patched_at_runtime: tuple[PatchedAtRuntime, ...] = ()
    environment_pods: tuple[EnvironmentPods, ...] = ()
    bootstrap_secrets: tuple[BootstrapSecret, ...] = ()
    namespaced: tuple[Kind, ...] | None = None
    """The namespaced kinds it creates, with our values (a project that limits namespaced
    kinds must admit each); None where not declared."""

    def namespaces(self, *, own: str, watched: Iterable[str]) -> set[str]:
        """Every namespace the chart writes into."""
        result = {own}
        for writes in self.writes:
            result |= set(watched) if writes.namespace == WATCHED else {writes.namespace}
        return result

    def cluster_kinds(self) -> set[Kind]:
        kinds = {kind for scoped in self.cluster_scoped for kind in scoped.kinds}
        return kinds | ({CRD} if self.provides else set())

    def provided_kinds(self) -> set[Kind]:
        return {kind for crds in self.provides for kind in crds.as_kinds()}

    def needed_kinds(self) -> set[Kind]:
        return {kind for crds in self.needs for kind in crds.as_kinds()}


@dataclass(frozen=True, kw_only=True)
class RuntimeProducer:
    """An operator creates ``creates`` named ``name`` (``{name}`` is the trigger's name) in
    the namespace of every ``trigger`` object rendered; pods carry ``labels``."""

    operator: str
    trigger: Kind
    creates: Kind
    name: str = ""
    labels: Mapping[str, str] = field(default_factory=dict)
    carries_labels: bool = False
    """Its pods also carry the trigger's own labels (which win over ``labels``). Default: false."""
    pods_of: Callable[[Mapping[str, Any]], Sequence[Mapping[str, str]]] | None = None
    """The kinds of pods it makes from one trigger, as more fields of ``labels`` (one per
    shard: ``{"shard": "0"}``, ...), read from the trigger's manifest. Default: one kind,
    ``{name}`` only."""
    source: str

    def pod_labels(self, name: str, manifest: Mapping[str, Any]) -> list[dict[str, str]]:
        """The labels of each kind of pod it makes for the trigger ``name``."""
        kinds = self.pods_of(manifest) if self.pods_of is not None else [{}]
        own = (manifest.get("metadata") or {}).get("labels") or {} if self.carries_labels else {}
        return [{**{key: value.format(name=name, **fields) for key, value in self.labels.items()}, **own} for fields in kinds]


class FootprintError(ValueError):
    """The footprints contradict each other or the cluster (a cycle, a missing provider...)."""


def dependency_levels(needs: Mapping[str, set[Kind]], provides: Mapping[str, set[Kind]]) -> dict[str, int]:
    """Each operator's level: 0 when it needs nothing from another, else one more than the
    highest level among its providers. A needed kind no operator provides, or a cycle, is an
    error naming it."""
    providers: dict[Kind, str] = {}
    for name, kinds in sorted(provides.items()):
        for kind in sorted(kinds):
            if kind in providers:
                raise FootprintError(f"{kind} is provided by both {providers[kind]} and {name}")
            providers[kind] = name
    depends: dict[str, set[str]] = {}
    for name, kinds in needs.items():
        missing = sorted(str(kind) for kind in kinds if kind not in providers)
        if missing:
            raise FootprintError(f"{name} needs {', '.join(missing)}, which no operator of the cluster provides")
        depends[name] = {providers[kind] for kind in kinds} - {name}
    levels: dict[str, int] = {}

    def level(name: str, path: tuple[str, ...]) -> int:
        if name in path:
            cycle = (*path[path.index(name) :], name)
            raise FootprintError(f"the operators need each other's CRDs in a cycle: {' -> '.join(cycle)}")
        if name not in levels:
            levels[name] = max((level(provider, (*path, name)) + 1 for provider in sorted(depends.get(name, ()))), default=0)
        return levels[name]

    for name in sorted(set(needs) | set(provides)):
        level(name, ())
    return levels


def weaker(level: str, than: str) -> bool:
    return POD_SECURITY_ORDER[level] < POD_SECURITY_ORDER[than]


def deep_merge(base: Mapping[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    """``extra`` over ``base``; maps merge, lists concatenate (extra environment variables
    add to the ones already set), anything else is replaced."""
    merged: dict[str, Any] = dict(base)
    for key, value in extra.items():
        current = merged.get(key)
        if isinstance(current, Mapping) and isinstance(value, Mapping):
            merged[key] = deep_merge(current, value)
        elif isinstance(current, list) and isinstance(value, list):
            merged[key] = current + [item for item in value if item not in current]
        else:
            merged[key] = value
    return merged


_KUBE_VERSION = re.compile(r">=\s*v?(\d+)\.(\d+)")


def parse_kube_version(constraint: str, *, source: str) -> KubeVersionFloor:
    """``>=1.29.0-0`` -> 1.29 (the floor; an upper bound, if any, is not a floor)."""
    match = _KUBE_VERSION.search(constraint)
    if match is None:
        raise ValueError(f"{source}: kubeVersion {constraint!r} has no '>=' floor")
    return KubeVersionFloor(minor=(int(match.group(1)), int(match.group(2))), source=source)
