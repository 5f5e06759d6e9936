"""Run the validation gates over a ``dist/`` tree and collect what each found."""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import crd_schemas, drift, kubernetes_schemas, kustomize, policy, projects, references, secrets
from .findings import Document, Finding, documents_in


@dataclass
class GateResult:
    """What one gate checked and found."""

    name: str
    findings: list[Finding]
    summary: str
    details: list[str] = field(default_factory=list)
    """Lines a reader should see even when the gate passes (e.g. every checkov skip)."""

    @property
    def passed(self) -> bool:
        return not self.findings


@dataclass(frozen=True, kw_only=True)
class GateContext:
    """Where the tree to check lives and the tools to check it with."""

    dist: Path
    crds_dir: Path
    checkov: Path
    repo_root: Path
    """The folder Argo CD Application paths are relative to (the dist/ folder's parent)."""
    overlays: Path
    """The overlay files dist/ must be the synthesis of."""
    platform: Path
    """platform.yaml, which says where dist/ sits in the Git repository Argo CD reads."""
    path_prefix: str = "dist"
    kubernetes_versions: tuple[str, ...] = ()
    """Kubernetes minors the schema gate checks against. Default: platform.yaml's
    ``kubernetes.min_version`` and the newest kubernetes-validate ships."""

    def documents(self) -> list[Document]:
        """Every object below ``dist``, parsed once per context (the gates share them)."""
        return self._documents

    @functools.cached_property
    def _documents(self) -> list[Document]:
        return list(documents_in(self.dist, relative_to=self.repo_root))

    def rendered(self) -> tuple[list[Finding], dict[Path, list[dict[str, Any]]]]:
        """Every kustomization below ``dist`` as kubectl renders it, once per context."""
        return self._rendered

    @functools.cached_property
    def _rendered(self) -> tuple[list[Finding], dict[Path, list[dict[str, Any]]]]:
        return kustomize.check_renders(self.dist, relative_to=self.repo_root)

    def versions(self) -> tuple[str, ...]:
        if self.kubernetes_versions:
            return self.kubernetes_versions
        from ..settings import load_platform

        oldest = load_platform(self.platform).kubernetes.min_version
        return tuple(dict.fromkeys((oldest, kubernetes_schemas.NEWEST_SHIPPED)))


def kubernetes_schemas_gate(context: GateContext) -> GateResult:
    documents = context.documents()
    builtin = [document for document in documents if kubernetes_schemas.is_builtin(document)]
    versions = context.versions()
    return GateResult(
        "kubernetes-schemas",
        kubernetes_schemas.check(builtin, versions=versions),
        f"{len(builtin)} built-in objects against Kubernetes {' and '.join(versions)} (strict; the oldest is "
        "platform.yaml's kubernetes.min_version)",
    )


def crd_schemas_gate(context: GateContext) -> GateResult:
    documents = context.documents()
    if not context.crds_dir.is_dir():
        return GateResult(
            "crd-schemas",
            [Finding(str(context.crds_dir), "-", "crd-schema", "the CRD mirror is missing: shared/ must sit beside the project")],
            "not run",
        )
    custom = [document for document in documents if not kubernetes_schemas.is_builtin(document)]
    unevaluated: list[str] = []
    findings = crd_schemas.check(custom, crds_dir=context.crds_dir, unevaluated=unevaluated)
    unvalidated = sum(1 for finding in findings if "unvalidated kind" in finding.message)
    kinds = sorted({f"{document.api_version} {document.manifest.get('kind')}" for document in custom})
    return GateResult(
        "crd-schemas",
        findings,
        f"{len(custom)} custom resources of {len(kinds)} kinds against their upstream CRDs and their CEL rules; "
        f"{unvalidated} unvalidated, {len(unevaluated)} CEL rule checks not evaluated",
        [f"kind: {kind}" for kind in kinds] + [f"CEL not evaluated: {line}" for line in unevaluated],
    )


def policy_gate(context: GateContext) -> GateResult:
    render_findings, rendered = context.rendered()
    if not context.checkov.exists():
        return GateResult(
            "policy",
            [Finding(str(context.checkov), "-", "checkov", "checkov is not installed: `make test` installs it in .venv-checkov")],
            "not run",
        )
    documents = context.documents()
    inputs = {
        str(folder.relative_to(context.repo_root)): [(_source_of(folder, obj, documents, context), obj) for obj in objects]
        for folder, objects in rendered.items()
        if folder.name != "base"  # base is checked as each overlay renders it
    }
    report = policy.check(inputs, checkov=context.checkov)
    return GateResult(
        "policy",
        render_findings + report.findings,
        f"checkov over {report.checked} rendered objects of {len(inputs)} folders; "
        f"{len(report.findings)} failed, {len(report.skips)} skipped with a reason",
        [str(skip) for skip in report.skips],
    )


def secrets_gate(context: GateContext) -> GateResult:
    files = [path for path in context.dist.rglob("*") if path.is_file()]
    return GateResult(
        "secrets",
        secrets.check(context.documents(), files=files, relative_to=context.repo_root),
        f"detect-secrets over {len(files)} files (let through: checksum/config annotations, the sha256 of a "
        "ConfigMap; `secretName: <name>`, `existingSecret: <name>`, `serverCASecret`/`serverTLSSecret: <name>`, `vault.hashicorp.com/tls-secret: <name>`, and `password: password` / `secretKey: password` key references; "
        "an ExternalSecret's `property: X` / `secretKey: X` pairs and PEM file name pairs, key names); no Secret with "
        "data outside LOCAL",
    )


def kustomize_gate(context: GateContext) -> GateResult:
    render_findings, rendered = context.rendered()
    documents = context.documents()
    applications = [
        document for document in documents if document.group == "argoproj.io" and document.manifest.get("kind") == "Application"
    ]
    application_findings = kustomize.check_applications(applications, dist=context.dist, path_prefix=context.path_prefix)
    offline = kustomize.offline_folders(context.dist)
    return GateResult(
        "kustomize",
        render_findings + application_findings,
        f"{len(rendered)} kustomizations rendered; {len(applications)} Argo CD Applications checked: Git paths "
        "exist, render and cover every folder once (Helm chart sources are not rendered: their repositories "
        f"are not reachable here); {len(offline)} kustomizations of upstream manifests NOT built (skipped, listed below)",
        [
            f"skipped: {folder.relative_to(context.repo_root)}: fetches {', '.join(kustomize.remote_resources(folder))} "
            "(no network here; the projects gate checks the operator's declared footprint instead)"
            for folder in offline
        ],
    )


def current_gate(context: GateContext) -> GateResult:
    """Nothing stale (dist/ is a fresh synth) and nothing lost (objects built == placed)."""
    from ..output import ObjectId, placed_objects, read_tree
    from ..settings import OverlayError

    try:
        folders, fresh = fresh_synth(context.overlays, context.platform)
    except OverlayError as error:
        return GateResult("current", [Finding(str(context.overlays), "-", "overlays", str(error))], "not run")
    committed = read_tree(context.dist)
    findings = [
        Finding(f"{context.dist.name}/{path}", "-", "stale", "differs from a fresh synth: run `make synth` and commit")
        for path in sorted(set(fresh) | set(committed))
        if fresh.get(path) != committed.get(path)
    ]
    built = placed = 0
    for folder in folders:
        if folder.kustomization is not None:
            continue  # upstream manifests: nothing built here
        built_ids = sorted((ObjectId.of(obj) for obj in folder.objects), key=str)
        placed_ids = sorted(placed_objects(fresh, folder.folder), key=str)
        built, placed = built + len(built_ids), placed + len(placed_ids)
        if built_ids != placed_ids:
            findings.append(Finding(folder.folder, "-", "lost", "objects built and objects placed differ"))
    return GateResult("current", findings, f"{len(fresh)} files compared with a fresh synth; {built} objects built, {placed} placed")


def fresh_synth(overlays: Path, platform: Path) -> tuple[list[Any], dict[str, bytes]]:
    """The folders and files a synth of these settings renders, made once per process for
    each set of settings (the tests' fixtures share it with the gates)."""
    return _fresh_synth(overlays, platform, _settings_digest(overlays, platform))


def _settings_digest(overlays: Path, platform: Path) -> str:
    """What a synth reads, as one digest: the same settings give the same tree."""
    digest = hashlib.sha256(platform.read_bytes())
    for path in sorted(overlays.glob("*.yaml")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


@functools.lru_cache(maxsize=4)
def _fresh_synth(overlays: Path, platform: Path, digest: str) -> tuple[list[Any], dict[str, bytes]]:
    """One synth per process for each set of settings (``digest`` keys it): the suite's
    gate runs share it instead of synthesizing again."""
    from ..output import layout
    from ..settings import load_environments, load_platform
    from ..synth import render_folders

    folders = render_folders(load_environments(overlays), platform=load_platform(platform))
    return folders, layout(folders)


def drift_gate(context: GateContext) -> GateResult:
    if not context.crds_dir.is_dir():
        return GateResult("drift", [Finding(str(context.crds_dir), "-", "drift", "the CRD mirror is missing")], "not run")
    findings, checked = drift.check(context.documents(), crds_dir=context.crds_dir)
    return GateResult(
        "drift",
        findings,
        f"{checked} custom resources defaulted as the API server does (their CRDs' structural defaults); "
        f"{len(findings)} fields it would add inside list items, which Argo CD would see as drift forever",
    )


def projects_gate(context: GateContext, operators: Sequence[Any] | None = None) -> GateResult:
    """Admission by each Application's AppProject, and waves that put providers first.
    ``operators`` replaces the declared footprints (the tests feed it broken ones)."""
    from ..operators import cluster_facts
    from ..settings import OverlayError, load_environments, load_platform
    from ..targets import targets_of
    from ..tiers.registry import OPERATORS, RUNTIME_SERVICES

    try:
        platform = load_platform(context.platform)
        clusters = cluster_facts(targets_of(load_environments(context.overlays)), platform)
    except OverlayError as error:
        return GateResult("projects", [Finding(str(context.overlays), "-", "overlays", str(error))], "not run")
    _, rendered = context.rendered()
    findings, checked = projects.check(
        context.documents(),
        rendered=rendered,
        dist=context.dist,
        path_prefix=context.path_prefix,
        clusters={cluster.name: cluster for cluster in clusters},
        operators=[*OPERATORS, *RUNTIME_SERVICES] if operators is None else operators,
    )
    return GateResult(
        "projects",
        findings,
        f"{checked} Applications of {len(clusters)} clusters: what each brings (Git folders as rendered, Helm charts "
        "by their operators' declared footprints) is admitted by its AppProject, and every CRD and namespace it "
        "needs comes from an earlier wave",
    )


def placed_objects(context: GateContext) -> dict[str, list[references.Placed]]:
    """Per cluster (a folder of dist/apps/), every object its Git Applications sync, in the
    namespace it lands in (its own, else the Application's destination)."""
    from ..kinds import CLUSTER_SCOPED_KINDS

    _, rendered = context.rendered()
    placed: dict[str, list[references.Placed]] = {}
    for document in context.documents():
        parts = document.file.split("/")
        if document.manifest.get("kind") != "Application" or "apps" not in parts:
            continue
        cluster = parts[parts.index("apps") + 1]
        spec = document.manifest.get("spec") or {}
        path = str((spec.get("source") or {}).get("path") or "").strip("/")
        if not path or path == f"{context.path_prefix}/apps/{cluster}":
            continue  # a Helm chart (its objects are its footprint's), or the apps folder itself
        folder = context.dist / path[len(context.path_prefix) :].lstrip("/")
        destination = (spec.get("destination") or {}).get("namespace")
        for obj in rendered.get(folder, []):
            namespace = None if obj.get("kind") in CLUSTER_SCOPED_KINDS else ((obj.get("metadata") or {}).get("namespace") or destination)
            placed.setdefault(cluster, []).append(
                references.Placed(f"{context.dist.name}/{folder.relative_to(context.dist)}", obj, namespace)
            )
    return placed


def references_gate(context: GateContext, producers: Sequence[Any] | None = None) -> GateResult:
    """Every reference resolves in its cluster and namespace. ``producers`` replaces the
    declared runtime producers (the tests feed it wrong ones)."""
    from ..producers import PENDING_TIERS, RUNTIME_PRODUCERS, hand_made_secrets
    from ..settings import OverlayError, load_environments, load_platform
    from ..targets import targets_of

    try:
        targets = targets_of(load_environments(context.overlays))
        load_platform(context.platform)  # refused settings are reported, not checked against
    except OverlayError as error:
        return GateResult("references", [Finding(str(context.overlays), "-", "overlays", str(error))], "not run")
    findings, waiting, checked = references.check(
        placed_objects(context),
        producers=RUNTIME_PRODUCERS if producers is None else producers,
        hand_made=(made := hand_made_secrets(targets)),
        pending=PENDING_TIERS,
    )
    return GateResult(
        "references",
        findings,
        f"{checked} references resolved per cluster and namespace against what is rendered, {len(RUNTIME_PRODUCERS)} "
        f"declared runtime producers and {sum(map(len, made.values()))} Secrets made by hand in LOCAL; {len(waiting)} select pods of "
        "tiers a later issue renders (listed)",
        [f"waiting: {line}" for line in waiting],
    )


GATES: dict[str, Callable[[GateContext], GateResult]] = {
    "kubernetes-schemas": kubernetes_schemas_gate,
    "crd-schemas": crd_schemas_gate,
    "policy": policy_gate,
    "secrets": secrets_gate,
    "kustomize": kustomize_gate,
    "current": current_gate,
    "drift": drift_gate,
    "projects": projects_gate,
    "references": references_gate,
}


def run_gates(context: GateContext, only: Sequence[str] = ()) -> list[GateResult]:
    return [GATES[name](context) for name in (only or GATES)]


def _source_of(folder: Path, obj: dict[str, Any], documents: Sequence[Document], context: GateContext) -> str:
    """The file an object rendered from ``folder`` came from: the folder's own, else base's."""
    name = (obj.get("metadata") or {}).get("name")
    candidates = [
        document.file
        for document in documents
        if document.manifest.get("kind") == obj.get("kind")
        and document.api_version == obj.get("apiVersion")
        and (document.manifest.get("metadata") or {}).get("name") == name
    ]
    own = str(folder.relative_to(context.repo_root)) + "/"
    for file in candidates:
        if file.startswith(own) and "/" not in file[len(own) :]:
            return file
    base = [file for file in candidates if "/base/" in file]
    return base[0] if base else (candidates[0] if candidates else str(folder.relative_to(context.repo_root)))
