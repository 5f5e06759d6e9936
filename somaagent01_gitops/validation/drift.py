"""Gate: fields the API server adds to a custom resource that Argo CD would fight forever.

The API server applies a CRD's structural-schema defaults to every object it stores
(apiextensions-apiserver, ``pkg/apiserver/schema/defaulting/algorithm.go``): for each
property with a ``default`` that is absent (or null where not nullable), it sets the
default, then descends into every property, every map value and every list item. Argo CD
compares what Git says with what the cluster holds. Outside lists the extra field is
harmless (a map merges); inside a list item it is not: a custom resource's lists are
replaced whole, so the live list never equals Git's and the Application stays OutOfSync
(and self-heal re-applies it forever). Each finding names the object and the field path;
the fix is to write that default out in the construct.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .crd_schemas import raw_schemas
from .findings import Document, Finding
from .kubernetes_schemas import is_builtin

_SERVER_FIELDS = ("apiVersion", "kind", "metadata", "status")
"""The API server's own fields at the top level: not the CRD's schema to default."""


@dataclass(frozen=True)
class AddedDefault:
    """One field the API server would add, and whether it sits inside a list item."""

    path: str
    value: Any
    in_list_item: bool


def apply_defaults(manifest: dict[str, Any], schema: dict[str, Any]) -> tuple[dict[str, Any], list[AddedDefault]]:
    """The object as the API server stores it, and every default that it added (outermost
    only: defaults inside a defaulted value come with it)."""
    stored = copy.deepcopy(manifest)
    added: list[AddedDefault] = []
    properties = schema.get("properties") or {}
    for key, value in stored.items():
        if key not in _SERVER_FIELDS and key in properties:
            _default(value, properties[key], key, in_list=False, added=added)
    return stored, added


def _default(node: Any, schema: dict[str, Any], path: str, *, in_list: bool, added: list[AddedDefault]) -> None:
    if isinstance(node, dict):
        properties = schema.get("properties") or {}
        for key, prop in sorted(properties.items()):
            if "default" not in prop:
                continue
            missing = key not in node or (node[key] is None and not prop.get("nullable"))
            if missing:
                node[key] = copy.deepcopy(prop["default"])
                added.append(AddedDefault(f"{path}.{key}", node[key], in_list))
        additional = schema.get("additionalProperties")
        for key, value in node.items():
            if key in properties:
                _default(value, properties[key], f"{path}.{key}", in_list=in_list, added=added)
            elif isinstance(additional, dict):
                _default(value, additional, f"{path}.{key}", in_list=in_list, added=added)
    elif isinstance(node, list) and isinstance(schema.get("items"), dict):
        for index, item in enumerate(node):
            _default(item, schema["items"], f"{path}[{index}]", in_list=True, added=added)


def _outermost(added: list[AddedDefault]) -> list[AddedDefault]:
    """Drop defaults that sit inside another default: writing out the outer one covers them."""
    paths = [entry.path for entry in added]
    return [
        entry for entry in added if not any(entry.path != other and entry.path.startswith((other + ".", other + "[")) for other in paths)
    ]


def check(documents: Iterable[Document], *, crds_dir: Path) -> tuple[list[Finding], int]:
    """Findings for every default the API server adds inside a list item; and how many
    custom resources were checked (kinds without a CRD are the crd-schemas gate's finding)."""
    schemas = raw_schemas(crds_dir)
    findings, checked = [], 0
    for document in documents:
        if is_builtin(document):
            continue
        version = document.api_version.rsplit("/", 1)[-1]
        schema = schemas.get((document.group, version, str(document.manifest.get("kind"))))
        if schema is None:
            continue
        checked += 1
        _, added = apply_defaults(document.manifest, schema)
        for entry in _outermost(added):
            if entry.in_list_item:
                findings.append(
                    Finding(
                        document.file,
                        document.label,
                        "drift",
                        f"{entry.path}: the API server adds {json.dumps(entry.value)} inside a list item, which Argo CD "
                        "compares whole and sees out of sync forever; write it out",
                    )
                )
    return findings, checked
