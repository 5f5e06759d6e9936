"""Gate: Argo CD admits and orders what every Application brings.

Admission: Argo CD refuses a whole sync when one object falls outside the Application's
AppProject ("namespace ... is not permitted in project"): its source repository, each
namespace an object lands in, each cluster-scoped kind. What a Git source brings is read
from ``dist/``; what a Helm chart brings is its operator's declared footprint (the charts
are not reachable here), so a footprint that says more than the project admits fails.

Order: with the Application health check, the root syncs its children wave by wave. An
Application that needs a CRD or a namespace must come after the one that provides it, or
its first sync fails and automated sync does not retry the same commit forever.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Mapping, Sequence, Set
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..footprints import Footprint, Kind
from ..kinds import CLUSTER_SCOPED_KINDS, CNI_KINDS, api_group, is_builtin_group
from ..operators import PREEXISTING_NAMESPACES, ClusterFacts, OperatorChart, operator_of_source
from .findings import Document, Finding

WAVE = "argocd.argoproj.io/sync-wave"


@dataclass
class _Brings:
    """What one Application puts on the cluster, and what it needs there first."""

    namespaces: set[str] = field(default_factory=set)
    cluster_kinds: set[Kind] = field(default_factory=set)
    namespaced_kinds: set[Kind] | None = field(default_factory=set)
    """None where not known (a Helm chart whose footprint does not list them)."""
    provides_kinds: set[Kind] = field(default_factory=set)
    provides_namespaces: set[str] = field(default_factory=set)
    needs_kinds: set[Kind] = field(default_factory=set)
    bootstrap: bool = False
    """Installed by hand before the root (Argo CD itself): what it provides is there first."""


def _group(obj: Mapping[str, Any]) -> str:
    api_version = str(obj.get("apiVersion", ""))
    return api_group(api_version)


def _from_objects(objects: Sequence[Mapping[str, Any]], destination: str) -> _Brings:
    brings = _Brings()
    for obj in objects:
        kind = Kind(_group(obj), str(obj.get("kind", "")))
        if kind.kind in CLUSTER_SCOPED_KINDS:
            brings.cluster_kinds.add(kind)
            if kind == Kind("", "Namespace"):
                brings.provides_namespaces.add((obj.get("metadata") or {}).get("name", ""))
        else:
            brings.namespaces.add((obj.get("metadata") or {}).get("namespace") or destination)
            if brings.namespaced_kinds is not None:
                brings.namespaced_kinds.add(kind)
        if not is_builtin_group(kind.group):
            brings.needs_kinds.add(kind)
    return brings


def _from_footprint(footprint: Footprint, *, destination: str, cluster: ClusterFacts, bootstrap: bool) -> _Brings:
    return _Brings(
        namespaces=footprint.namespaces(own=destination, watched=cluster.namespaces),
        cluster_kinds=footprint.cluster_kinds(),
        namespaced_kinds=set(footprint.namespaced) if footprint.namespaced is not None else None,
        provides_kinds=footprint.provided_kinds(),
        needs_kinds=footprint.needed_kinds(),
        bootstrap=bootstrap,
    )


def _permits(patterns: Sequence[str], value: str) -> bool:
    return any(fnmatch.fnmatchcase(value, pattern) for pattern in patterns)


def _project_findings(app: Document, project: Mapping[str, Any] | None, brings: _Brings, source_repo: str) -> list[Finding]:
    name = app.manifest["spec"]["project"]
    if project is None:
        return [Finding(app.file, app.label, "project", f"its project {name!r} is not among the cluster's AppProjects")]
    spec = project.get("spec") or {}
    findings = []
    if not _permits(spec.get("sourceRepos") or [], source_repo):
        findings.append(Finding(app.file, app.label, "project", f"source repository {source_repo} is not permitted in project {name}"))
    namespaces = [destination.get("namespace", "") for destination in spec.get("destinations") or []]
    destination = (app.manifest["spec"].get("destination") or {}).get("namespace", "")
    for namespace in sorted(brings.namespaces | {destination}):
        if not _permits(namespaces, namespace):
            findings.append(Finding(app.file, app.label, "project", f"namespace {namespace} is not permitted in project {name}"))
    whitelist = spec.get("clusterResourceWhitelist") or []
    for kind in sorted(brings.cluster_kinds):
        if not _listed(whitelist, kind):
            findings.append(Finding(app.file, app.label, "project", f"cluster-scoped {kind} is not permitted in project {name}"))
    return findings + _namespaced_findings(app, spec, brings)


def _listed(entries: Sequence[Mapping[str, Any]], kind: Kind) -> bool:
    return any(_permits([entry.get("group", "")], kind.group) and _permits([entry.get("kind", "")], kind.kind) for entry in entries)


def _namespaced_findings(app: Document, spec: Mapping[str, Any], brings: _Brings) -> list[Finding]:
    """A namespaced kind outside the project's whitelist (when it has one) or on its
    blacklist is refused, as Argo CD does."""
    # a missing whitelist admits every kind; an empty one, none (Argo CD's app_project_types.go)
    whitelist, blacklist = spec.get("namespaceResourceWhitelist"), spec.get("namespaceResourceBlacklist") or []
    if whitelist is None and not blacklist:
        return []
    name = app.manifest["spec"]["project"]
    if brings.namespaced_kinds is None:
        return [Finding(app.file, app.label, "project", f"project {name} limits namespaced kinds, and its chart's footprint lists none")]
    return [
        Finding(app.file, app.label, "project", f"{kind} is not permitted in project {name}")
        for kind in sorted(brings.namespaced_kinds)
        if (whitelist is not None and not _listed(whitelist, kind)) or _listed(blacklist, kind)
    ]


def _providers(
    apps: Sequence[tuple[Document, _Brings]], *, preexisting: Set[str], preexisting_kinds: Set[Kind] = frozenset()
) -> tuple[dict[Kind, tuple[str, int | None]], dict[str, tuple[str, int | None]]]:
    """Which Application provides each kind and namespace, at which wave (None: before any)."""
    providers_of_kind: dict[Kind, tuple[str, int | None]] = dict.fromkeys(preexisting_kinds, ("the cluster's CNI", None))
    providers_of_namespace: dict[str, tuple[str, int | None]] = dict.fromkeys(preexisting, ("the cluster", None))
    for app, brings in apps:
        wave = None if brings.bootstrap else _wave(app)
        for kind in brings.provides_kinds:
            providers_of_kind[kind] = (app.manifest["metadata"]["name"], wave)
        for namespace in brings.provides_namespaces:
            providers_of_namespace[namespace] = (app.manifest["metadata"]["name"], wave)
        destination = _created_namespace(app)
        known = providers_of_namespace.get(destination) if destination else None
        if destination and (known is None or (known[1] is not None and wave is not None and wave < known[1])):
            providers_of_namespace[destination] = (app.manifest["metadata"]["name"], wave)
    return providers_of_kind, providers_of_namespace


def _created_namespace(app: Document) -> str:
    """The destination namespace Argo CD creates when it syncs the Application
    (``CreateNamespace=true``), or "" (the root's destination is Argo CD's own)."""
    options = ((app.manifest["spec"].get("syncPolicy") or {}).get("syncOptions")) or []
    if "CreateNamespace=true" not in options or app.manifest["metadata"]["name"] == "root":
        return ""
    return str((app.manifest["spec"].get("destination") or {}).get("namespace", ""))


def _order_findings(
    apps: Sequence[tuple[Document, _Brings]], *, preexisting: Set[str], preexisting_kinds: Set[Kind] = frozenset()
) -> list[Finding]:
    providers_of_kind, providers_of_namespace = _providers(apps, preexisting=preexisting, preexisting_kinds=preexisting_kinds)
    findings = []
    for app, brings in apps:
        if brings.bootstrap or app.manifest["metadata"]["name"] == "root":
            continue
        wave = _wave(app)
        own = (app.manifest["spec"].get("destination") or {}).get("namespace", "")
        created = _created_namespace(app)
        needed_namespaces = (brings.namespaces | {own}) - ({created} if created else set())
        needs = [(str(kind), providers_of_kind.get(kind)) for kind in sorted(brings.needs_kinds - brings.provides_kinds)]
        needs += [(f"namespace {namespace}", providers_of_namespace.get(namespace)) for namespace in sorted(needed_namespaces)]
        for what, provider in needs:
            if provider is None:
                findings.append(Finding(app.file, app.label, "wave", f"needs {what}, which no Application of its cluster provides"))
            elif provider[1] is not None and provider[1] >= wave:
                findings.append(
                    Finding(
                        app.file,
                        app.label,
                        "wave",
                        f"needs {what} from {provider[0]} at wave {provider[1]}, not before its own wave {wave}",
                    )
                )
    return findings


def _upstream_manifests_of(operators: Sequence[Any], cluster: ClusterFacts, folder: str) -> Any | None:
    """The operator (or runtime service) whose upstream-manifests kustomization is ``folder``."""
    for operator in operators:
        if getattr(operator, "manifests", None) is None:
            continue
        if isinstance(operator, OperatorChart):
            if operator.folder(cluster) == folder:
                return operator
        elif any(operator.folder(target) == folder for target in cluster.targets):
            return operator
    return None


def _wave(app: Document) -> int:
    return int(((app.manifest.get("metadata") or {}).get("annotations") or {}).get(WAVE, "0"))


@dataclass(frozen=True)
class _Sources:
    """Where what an Application brings is read: ``dist/`` as rendered (published at
    ``path_prefix`` in Git), and the footprints operators and runtime services declare."""

    rendered: Mapping[Path, Sequence[Mapping[str, Any]]]
    dist: Path
    path_prefix: str
    operators: Sequence[Any]
    # OperatorChart or RuntimeService: both declare a footprint for what they install


def check(
    documents: Sequence[Document],
    *,
    rendered: Mapping[Path, Sequence[Mapping[str, Any]]],
    dist: Path,
    path_prefix: str,
    clusters: Mapping[str, ClusterFacts],
    operators: Sequence[Any],
    # OperatorChart or RuntimeService: both declare a footprint for what they install
) -> tuple[list[Finding], int]:
    """Admission and order findings over every cluster's apps folder; and how many
    Applications were checked."""
    sources = _Sources(rendered, dist, path_prefix, operators)
    findings: list[Finding] = []
    checked = 0
    for cluster_name, cluster in sorted(clusters.items()):
        cluster_findings, cluster_checked = _check_cluster(documents, f"apps/{cluster_name}/", cluster, sources)
        findings += cluster_findings
        checked += cluster_checked
    return findings, checked


def _check_cluster(documents: Sequence[Document], folder: str, cluster: ClusterFacts, sources: _Sources) -> tuple[list[Finding], int]:
    """One cluster's apps folder: each Application against its AppProject, in file order;
    then the waves, once every provider of the cluster is known."""
    in_folder = [document for document in documents if f"/{folder}" in f"/{document.file}"]
    projects = {
        document.manifest["metadata"]["name"]: document.manifest
        for document in in_folder
        if document.group == "argoproj.io" and document.manifest.get("kind") == "AppProject"
    }
    applications = [app for app in in_folder if app.group == "argoproj.io" and app.manifest.get("kind") == "Application"]
    findings: list[Finding] = []
    apps: list[tuple[Document, _Brings]] = []
    for app in applications:
        brings = _brings_of(app, cluster, sources)
        if isinstance(brings, Finding):
            findings.append(brings)
            continue
        if brings is None:  # the kustomize gate reports paths that do not render
            continue
        apps.append((app, brings))
        spec = app.manifest["spec"]
        # Argo CD's default project as rendered here (emptied), never as it ships (admitting anything)
        findings += _project_findings(app, projects.get(spec["project"]), brings, (spec.get("source") or {}).get("repoURL", ""))
    findings += _order_findings(
        apps,
        preexisting=PREEXISTING_NAMESPACES | {cluster.argocd_namespace},
        preexisting_kinds=CNI_KINDS.get(cluster.settings.cni, frozenset()),
    )
    return findings, len(applications)


def _brings_of(app: Document, cluster: ClusterFacts, sources: _Sources) -> _Brings | Finding | None:
    """What one Application brings: a Helm chart's by its operator's declared footprint (a
    finding when none is declared), a Git path's as rendered; None when neither is known."""
    spec = app.manifest["spec"]
    source = spec.get("source") or {}
    destination = (spec.get("destination") or {}).get("namespace", "")
    if source.get("chart"):
        operator = operator_of_source(sources.operators, source["repoURL"], source["chart"], source.get("targetRevision", ""))
        if operator is None:
            return Finding(
                app.file, app.label, "project", f"no declared footprint for chart {source['chart']} {source.get('targetRevision')}"
            )
        return _declared(operator, cluster, destination)
    relative = str(source.get("path", "")).strip("/")[len(sources.path_prefix) :].lstrip("/")
    objects = sources.rendered.get(sources.dist / relative)
    declared = _upstream_manifests_of(sources.operators, cluster, relative)
    if objects and declared is None:
        return _from_objects(objects, destination)
    # upstream manifests (a kustomization of files fetched at sync, not built here): what
    # they bring is the declared footprint
    if declared is not None:
        return _declared(declared, cluster, destination)
    return None if objects is None else _from_objects(objects, destination)


def _declared(operator: Any, cluster: ClusterFacts, destination: str) -> _Brings:
    """What an operator (or runtime service) brings to ``cluster`` by its declared footprint."""
    return _from_footprint(operator.footprint(cluster), destination=destination, cluster=cluster, bootstrap=operator.bootstrap)
