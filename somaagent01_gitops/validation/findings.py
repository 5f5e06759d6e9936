"""What a gate reports: the file, the object, the rule and what is wrong."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ..kinds import api_group


@dataclass(frozen=True, order=True)
class Finding:
    """One broken rule in one object of one file."""

    file: str
    object: str
    rule: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.object}: [{self.rule}] {self.message}"


@dataclass(frozen=True)
class Document:
    """One YAML document of a manifest file."""

    file: str
    manifest: dict[str, Any]

    @property
    def label(self) -> str:
        """``Kind namespace/name`` (or ``Kind name`` when cluster-scoped or placed by kustomize)."""
        metadata = self.manifest.get("metadata") or {}
        name = metadata.get("name", "?")
        namespace = metadata.get("namespace")
        return f"{self.manifest.get('kind', '?')} {namespace + '/' if namespace else ''}{name}"

    @property
    def api_version(self) -> str:
        return str(self.manifest.get("apiVersion", ""))

    @property
    def group(self) -> str:
        return api_group(self.api_version)


def is_manifest_file(path: Path) -> bool:
    return path.suffix in (".yaml", ".yml") and path.name != "kustomization.yaml"


def documents_in(root: Path, *, relative_to: Path | None = None) -> Iterator[Document]:
    """Every object in every manifest file below ``root`` (kustomizations excluded), sorted."""
    paths = sorted(path for path in root.rglob("*") if path.is_file() and is_manifest_file(path))
    for path in paths:
        name = str(path.relative_to(relative_to)) if relative_to else str(path)
        for manifest in yaml.load_all(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader):
            if manifest:
                yield Document(name, manifest)
