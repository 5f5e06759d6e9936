"""How Argo CD orders and protects what it syncs, decided by kind in one place.

Sync waves: namespaces and CRDs first, then operators, then the custom resources they
serve, then the applications. Stateful objects are never pruned or deleted by Argo CD.
Applied to every chart after it is built, so no construct has to remember it.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from cdk8s import ApiObject, Chart

from .kinds import CLUSTER_SCOPED_KINDS, is_builtin_group

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

STATEFUL_KINDS = frozenset(
    {
        ("", "Namespace"),  # deleting one deletes every volume in it
        ("", "PersistentVolumeClaim"),
        ("apps", "StatefulSet"),
    }
)
"""Built-in kinds whose deletion loses data: Argo CD must never prune or delete them. Each
tier adds its own (``tiers.Tier.data_kinds``)."""


def _group(api_object: ApiObject) -> str:
    # cdk8s calls the core group "core"; apiVersion (and STATEFUL_KINDS) say ""
    return "" if api_object.api_group == "core" else api_object.api_group


def is_custom_resource(api_object: ApiObject) -> bool:
    return not is_builtin_group(_group(api_object))


def wave_of(api_object: ApiObject) -> int:
    kind = api_object.kind
    if kind == "AppProject":
        return WAVE_PROJECTS
    if kind in CLUSTER_SCOPED_KINDS:
        return WAVE_CLUSTER
    if is_custom_resource(api_object):
        return WAVE_PLATFORM
    return WAVE_APPLICATIONS


def sync_options_of(api_object: ApiObject, data_kinds: AbstractSet[tuple[str, str]] = frozenset()) -> list[str]:
    options = []
    if (_group(api_object), api_object.kind) in STATEFUL_KINDS | data_kinds:
        options += ["Prune=false", "Delete=false"]
    if is_custom_resource(api_object) and api_object.kind not in ("Application", "AppProject"):
        # its CRD may arrive in the same sync (a fresh cluster): don't fail the dry run on it
        options.append("SkipDryRunOnMissingResource=true")
    return options


def annotate_for_argocd(chart: Chart, *, data_kinds: AbstractSet[tuple[str, str]] = frozenset()) -> None:
    """Give every object of the chart its sync wave and sync options (unless it set its own);
    ``data_kinds`` are the tiers' kinds that hold data, besides :data:`STATEFUL_KINDS`."""
    for node in chart.node.find_all():
        if not isinstance(node, ApiObject):
            continue
        annotations = node.metadata.to_json().get("annotations") or {}
        if WAVE_ANNOTATION not in annotations:
            node.metadata.add_annotation(WAVE_ANNOTATION, str(wave_of(node)))
        options = sync_options_of(node, data_kinds)
        if options and SYNC_OPTIONS_ANNOTATION not in annotations:
            node.metadata.add_annotation(SYNC_OPTIONS_ANNOTATION, ",".join(options))
