"""Operators published as plain manifests at a Git tag, without a Helm chart.

Argo CD syncs a kustomization of ``dist/`` that names the upstream files by their pinned
URL (never a copy here) and patches them: objects another Application owns are deleted
from the render, and the pod settings a namespace's Pod Security level demands are added.
What the files define is declared (``objects``, read at the tag), so the split between the
cluster-wide part and the per-namespace part is derived and tested, not hand-picked per
kustomization.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import yaml


@dataclass(frozen=True, kw_only=True)
class UpstreamObject:
    """One object the upstream files define."""

    file: str
    """The file of the repository that defines it (empty for a kustomize folder)."""
    api_version: str
    kind: str
    name: str
    cluster_scoped: bool = False
    openshift_only: bool = False
    """Used only on OpenShift (e.g. reading its cluster ingress config): deleted here."""


@dataclass(frozen=True, kw_only=True)
class UpstreamManifests:
    """Plain manifests of a repository at a tag: files, or a folder kustomize builds."""

    repository: str
    """``owner/name`` on GitHub."""
    tag: str
    files: tuple[str, ...] = ()
    kustomize_folder: str | None = None
    objects: tuple[UpstreamObject, ...]
    """Everything ``files`` (or the folder) define at ``tag``."""
    source: str
    """Where ``objects`` was read."""

    @property
    def repo_url(self) -> str:
        return f"https://github.com/{self.repository}"

    def resources(self, files: Collection[str] | None = None) -> list[str]:
        """The kustomization's resources: pinned raw URLs of ``files`` (default: all), or a
        remote kustomize folder."""
        urls = [
            f"https://raw.githubusercontent.com/{self.repository}/{self.tag}/{path}"
            for path in self.files
            if files is None or path in files
        ]
        if self.kustomize_folder is not None:
            urls.append(f"https://github.com/{self.repository}//{self.kustomize_folder}?ref={self.tag}")
        return urls


def delete_patch(obj: UpstreamObject) -> dict[str, str]:
    """A strategic-merge patch that drops ``obj`` from the render."""
    body = {"$patch": "delete", "apiVersion": obj.api_version, "kind": obj.kind, "metadata": {"name": obj.name}}
    return {"patch": yaml.safe_dump(body, sort_keys=False)}


def kustomization(
    manifests: UpstreamManifests,
    *,
    keep: Callable[[UpstreamObject], bool],
    namespace: str | None = None,
    patches: Sequence[Mapping[str, Any]] = (),
    images: Sequence[Mapping[str, str]] = (),
) -> dict[str, Any]:
    """The kustomization of the upstream objects ``keep`` selects, patched."""
    result: dict[str, Any] = {}
    if namespace is not None:
        result["namespace"] = namespace
    kept = [obj for obj in manifests.objects if keep(obj)]
    files = {obj.file for obj in kept}
    result["resources"] = manifests.resources(files)
    # objects of the files read that are not kept are deleted from the render
    deletions = [delete_patch(obj) for obj in manifests.objects if obj.file in files and not keep(obj)]
    if deletions or patches:
        result["patches"] = [*deletions, *(dict(patch) for patch in patches)]
    if images:
        result["images"] = [dict(image) for image in images]
    return result


def cluster_part(obj: UpstreamObject) -> bool:
    return obj.cluster_scoped and not obj.openshift_only


def namespace_part(obj: UpstreamObject) -> bool:
    return not obj.cluster_scoped and not obj.openshift_only


def strategic_patch(obj: UpstreamObject, body: Mapping[str, Any]) -> dict[str, str]:
    """A strategic-merge patch of one upstream object."""
    patch = {"apiVersion": obj.api_version, "kind": obj.kind, "metadata": {"name": obj.name}, **body}
    return {"patch": yaml.safe_dump(patch, sort_keys=False)}
