"""Lay rendered objects out as the GitOps repository wants them, and swap them in whole.

``base/`` holds the namespaced objects that every overlay renders identically (written
without a namespace; each overlay's kustomization places them). ``overlays/<target>/``
holds the rest. Other folders (``clusters/<cluster>/``, ``apps/<cluster>/``) are written as
they are, each with a kustomization listing its files. Cluster-scoped objects never go to
``base/``: targets that share a cluster would otherwise apply them twice.
"""

from __future__ import annotations

import os
import shutil
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .kinds import api_group

KUSTOMIZATION = {"apiVersion": "kustomize.config.k8s.io/v1beta1", "kind": "Kustomization"}
Manifest = dict[str, Any]


class OutputError(Exception):
    """The rendered objects cannot be laid out without losing one."""


@dataclass(frozen=True)
class ObjectId:
    """What makes an object unique in a cluster."""

    group: str
    kind: str
    namespace: str
    name: str

    @classmethod
    def of(cls, manifest: Manifest, *, namespace: str | None = None) -> ObjectId:
        metadata = manifest["metadata"]
        return cls(api_group(manifest["apiVersion"]), manifest["kind"], namespace or metadata.get("namespace", ""), metadata["name"])


@dataclass(frozen=True)
class FolderObjects:
    """The objects of one output folder.

    With a ``namespace`` the folder is an overlay: it shares ``base/`` with the other
    overlays and its kustomization places every object in that namespace.
    """

    folder: str
    objects: Sequence[Manifest]
    namespace: str | None = None
    kustomization: Mapping[str, Any] | None = None
    """A kustomization written as it is, for a folder of no rendered object: upstream
    manifests at a pinned URL, patched (an operator published without a Helm chart)."""

    @property
    def is_overlay(self) -> bool:
        return self.namespace is not None


def layout(folders: Sequence[FolderObjects]) -> dict[str, bytes]:
    """The whole output tree: relative file path -> content. Raises if an object would be lost."""
    overlays = [folder for folder in folders if folder.is_overlay]
    base = _shared_objects(overlays)
    files: dict[str, bytes] = {}
    if overlays:
        base_files = _files_for(base.values(), folder="base")
        files.update(base_files)
        files["base/kustomization.yaml"] = dump_yaml({**KUSTOMIZATION, "resources": sorted(Path(p).name for p in base_files)})
    for output in folders:
        if output.kustomization is not None:
            if output.objects or output.is_overlay or f"{output.folder}/kustomization.yaml" in files:
                raise OutputError(f"{output.folder}: a kustomization of upstream manifests shares its folder")
            files[f"{output.folder}/kustomization.yaml"] = dump_yaml({**KUSTOMIZATION, **output.kustomization})
            continue
        own = [obj for obj in output.objects if not (output.is_overlay and _portable_key(obj) in base)]
        own_files = _files_for(own, folder=output.folder)
        if f"{output.folder}/kustomization.yaml" in files:
            raise OutputError(f"{output.folder}: two charts write this folder")
        files.update(own_files)
        resources = sorted(Path(p).name for p in own_files)
        kustomization: dict[str, Any] = dict(KUSTOMIZATION)
        if output.is_overlay:
            up = "/".join(".." for _ in output.folder.split("/"))
            kustomization["namespace"] = output.namespace
            resources = [f"{up}/base", *resources]
        kustomization["resources"] = resources
        files[f"{output.folder}/kustomization.yaml"] = dump_yaml(kustomization)
    return files


def write_tree(files: Mapping[str, bytes], folder: Path) -> None:
    """Replace ``folder``'s content with ``files``."""
    if folder.exists():
        shutil.rmtree(folder)
    for relative, content in sorted(files.items()):
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)


def swap_in(staging: Path, destination: Path) -> None:
    """Make ``destination`` a copy of ``staging``; on any failure it stays as it was."""
    parent = destination.parent
    incoming = parent / f".dist-incoming-{os.getpid()}"
    outgoing = parent / f".dist-outgoing-{os.getpid()}"
    shutil.rmtree(incoming, ignore_errors=True)
    shutil.copytree(staging, incoming)
    if destination.exists():
        destination.rename(outgoing)
    incoming.rename(destination)
    shutil.rmtree(outgoing, ignore_errors=True)


def read_tree(folder: Path) -> dict[str, bytes]:
    """The files below ``folder`` as :func:`layout` returns them."""
    return {path.relative_to(folder).as_posix(): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


def placed_objects(files: Mapping[str, bytes], folder: str) -> list[ObjectId]:
    """The objects a folder places in its cluster: its own files plus base's, as kustomize
    would (base objects in the overlay's namespace)."""
    kustomization = yaml.safe_load(files[f"{folder}/kustomization.yaml"])
    placed = []
    for resource in kustomization["resources"]:
        if resource.endswith("/base"):
            for name in yaml.safe_load(files["base/kustomization.yaml"])["resources"]:
                placed.append(ObjectId.of(yaml.safe_load(files[f"base/{name}"]), namespace=kustomization["namespace"]))
        else:
            placed.append(ObjectId.of(yaml.safe_load(files[f"{folder}/{resource}"])))
    return placed


def _shared_objects(overlays: Sequence[FolderObjects]) -> dict[tuple[str, str, str], Manifest]:
    """Namespaced objects that every overlay renders identically, without their namespace."""
    if len(overlays) < 2:
        return {}
    per_target = [
        {_portable_key(obj): _without_namespace(obj) for obj in overlay.objects if "namespace" in obj["metadata"]} for overlay in overlays
    ]
    first, *rest = per_target
    return {key: obj for key, obj in sorted(first.items()) if all(other.get(key) == obj for other in rest)}


def _portable_key(manifest: Manifest) -> tuple[str, str, str]:
    object_id = ObjectId.of(manifest)
    return (object_id.group, object_id.kind, object_id.name)


def _without_namespace(manifest: Manifest) -> Manifest:
    metadata = {key: value for key, value in manifest["metadata"].items() if key != "namespace"}
    return {**manifest, "metadata": metadata}


def _files_for(objects: Any, *, folder: str) -> dict[str, bytes]:
    objects = list(objects)
    ids = [ObjectId.of(obj) for obj in objects]
    duplicates = [object_id for object_id, count in Counter(ids).items() if count > 1]
    if duplicates:
        raise OutputError(f"{folder}: objects rendered twice: {', '.join(map(str, sorted(duplicates, key=str)))}")
    short = Counter(_short_name(object_id) for object_id in ids)
    files: dict[str, bytes] = {}
    for obj, object_id in zip(objects, ids, strict=True):
        # the short name reads best; qualify it only where two objects would share it
        name = _short_name(object_id) if short[_short_name(object_id)] == 1 else _long_name(object_id)
        path = f"{folder}/{name}.yaml"
        if path in files:
            raise OutputError(f"{path}: two objects map to this file; one would be lost")
        files[path] = dump_yaml(obj)
    return files


def _short_name(object_id: ObjectId) -> str:
    return f"{object_id.kind.lower()}-{object_id.name}"


def _long_name(object_id: ObjectId) -> str:
    group = object_id.group.replace(".", "-") or "core"
    namespace = object_id.namespace or "cluster"
    return f"{object_id.kind.lower()}.{group}-{namespace}-{object_id.name}"


class _ReviewableDumper(yaml.CSafeDumper):
    """Multi-line strings (a Lua health check, an HCL config) as literal blocks, so a pull
    request shows them as the lines they are, not one escaped string. libyaml's emitter (the
    C one): PyYAML's pure-Python emitter was a third of a synth (issue 12)."""


def _represent_str(dumper: yaml.CSafeDumper, value: str) -> yaml.ScalarNode:
    if "\n" in value and all(line == line.rstrip() for line in value.splitlines()):
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|")
    return dumper.represent_str(value)


_ReviewableDumper.add_representer(str, _represent_str)


def dump_yaml(data: Any) -> bytes:
    return yaml.dump(data, Dumper=_ReviewableDumper, sort_keys=False, default_flow_style=False, width=120).encode()
