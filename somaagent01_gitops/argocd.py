"""How Argo CD orders and protects what it syncs, decided by kind in one place.

Sync waves: namespaces and CRDs first, then operators, then the custom resources they
serve, then the applications. Stateful objects are never pruned or deleted by Argo CD.
Applied to every chart's rendered objects (``ArgoCdChart``), so no construct has to remember it.
"""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from typing import Any

from cdk8s import Chart

from .kinds import CLUSTER_SCOPED_KINDS, api_group, is_builtin_group

WAVE_ANNOTATION = "argocd.argoproj.io/sync-wave"
SYNC_OPTIONS_ANNOTATION = "argocd.argoproj.io/sync-options"

WAVE_PROJECTS = -30
"""AppProjects: every Application needs its project first."""
WAVE_CLUSTER = -20
"""Namespaces, CRDs and the other cluster-scoped objects."""
WAVE_OPERATORS_FIRST = -15
"""Operator Applications, from here up to -1: an operator's wave is this plus its depth in
the CRD dependencies of its cluster's operators (delivery.py), so providers come first."""
WAVE_PLATFORM = 0
"""Custom resources the operators serve (Kafka, Postgres clusters...) and the environment Applications."""
WAVE_APPLICATIONS = 10
"""Workloads and their configuration."""
WAVE_AFTER_EVERYTHING = 20
"""What can only become ready once the environment runs (a Secret whose value exists after
the first sync): after every other wave, so that nothing waits for it."""

STATEFUL_KINDS = frozenset(
    {
        ("", "Namespace"),  # deleting one deletes every volume in it
        ("", "PersistentVolumeClaim"),
        ("apps", "StatefulSet"),
    }
)
"""Built-in kinds whose deletion loses data: Argo CD must never prune or delete them. Each
tier adds its own (``tiers.Tier.data_kinds``)."""


Manifest = dict[str, Any]


def group_and_kind(manifest: Manifest) -> tuple[str, str]:
    """(API group, kind) of a rendered object; the core group is ""."""
    return (api_group(manifest["apiVersion"]), manifest["kind"])


WITH_WORKLOADS = frozenset({("cilium.io", "CiliumNetworkPolicy"), ("keda.sh", "ScaledObject")})
"""Custom kinds that sync with the workloads, not before them: a CiliumNetworkPolicy makes its
pods deny every flow it does not name, so it must not arrive before the NetworkPolicies that
name the rest (a Postgres instance allowed only the API server would never become ready, and
the wave would wait for ever); a ScaledObject scales a Deployment of that wave."""
AFTER_EVERYTHING = frozenset(
    {
        ("gateway.networking.k8s.io", "Gateway"),
        ("gateway.networking.k8s.io", "HTTPRoute"),
        ("configuration.konghq.com", "KongPlugin"),
        ("configuration.konghq.com", "KongConsumer"),
        # a canary holds its wave for its steps, and an aborted one stays Degraded: last,
        # nothing waits behind it (its HPA comes with it: tiers/app/app_service.py)
        ("argoproj.io", "Rollout"),
    }
)
"""The edge publishes what runs, so it syncs last: its routes name the Services of the
workloads' wave, and a Gateway waiting for its certificate (an ACME order) holds no wave."""


def wave_of(group: str, kind: str) -> int:
    if kind == "AppProject":
        return WAVE_PROJECTS
    if kind in CLUSTER_SCOPED_KINDS:
        return WAVE_CLUSTER
    if (group, kind) in WITH_WORKLOADS:
        return WAVE_APPLICATIONS
    if (group, kind) in AFTER_EVERYTHING:
        return WAVE_AFTER_EVERYTHING
    if not is_builtin_group(group):
        return WAVE_PLATFORM
    return WAVE_APPLICATIONS


def sync_options_of(group: str, kind: str, data_kinds: AbstractSet[tuple[str, str]] = frozenset()) -> list[str]:
    options = []
    if (group, kind) in STATEFUL_KINDS | data_kinds:
        options += ["Prune=false", "Delete=false"]
    if not is_builtin_group(group) and kind not in ("Application", "AppProject"):
        # its CRD may arrive in the same sync (a fresh cluster): don't fail the dry run on it
        options.append("SkipDryRunOnMissingResource=true")
    return options


def annotate_for_argocd(manifests: Sequence[Manifest], *, data_kinds: AbstractSet[tuple[str, str]] = frozenset()) -> list[Manifest]:
    """Every object with its sync wave and sync options (unless it set its own);
    ``data_kinds`` are the tiers' kinds that hold data, besides :data:`STATEFUL_KINDS`.

    A function of the rendered objects, not a walk of the construct tree: reading each
    object's kind and metadata through jsii cost four round trips per object (issue 12)."""
    return [_annotated(manifest, data_kinds) for manifest in manifests]


def _annotated(manifest: Manifest, data_kinds: AbstractSet[tuple[str, str]]) -> Manifest:
    group, kind = group_and_kind(manifest)
    metadata = manifest.get("metadata", {})
    annotations = dict(metadata.get("annotations") or {})
    annotations.setdefault(WAVE_ANNOTATION, str(wave_of(group, kind)))
    options = sync_options_of(group, kind, data_kinds)
    if options:
        annotations.setdefault(SYNC_OPTIONS_ANNOTATION, ",".join(options))
    # cdk8s renders every mapping with its keys sorted; so do we
    metadata = dict(sorted({**metadata, "annotations": dict(sorted(annotations.items()))}.items()))
    return {**manifest, "metadata": metadata}


class ArgoCdChart(Chart):
    """A chart whose objects carry their sync waves and options wherever it is rendered
    (``to_json``, which ``App.synth`` and ``Testing.synth`` call too)."""

    data_kinds: AbstractSet[tuple[str, str]] = frozenset()
    """Kinds of this chart, beyond :data:`STATEFUL_KINDS`, that hold data. Default: none."""

    def to_json(self) -> list[Any]:
        """Rendered once: the cluster's apps chart reads an environment's kinds before the
        synth renders it (its project admits exactly those)."""
        rendered: list[Any] | None = getattr(self, "_rendered", None)
        if rendered is None:
            rendered = annotate_for_argocd(super().to_json(), data_kinds=self.data_kinds)
            self._rendered = rendered
        return rendered
