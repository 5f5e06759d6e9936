"""Gate: custom resources against the openAPIV3Schema of their upstream CRD.

The CRDs are read from the offline mirror of the upstream files (``shared/crds/``, named in
``cdk8s.yaml``); they are never copied into this project. Validation is strict: an object
schema that lists its properties and does not preserve unknown fields refuses any other
field, as the API server's strict field validation does. The CRDs' CEL rules run too (see
cel_rules.py). A custom resource whose CRD is not in the mirror is a finding, not a skip.

Gatekeeper's constraint kinds have no CRD anywhere upstream: Gatekeeper makes one from each
ConstraintTemplate. Their schema is made the same way here, from the rendered templates:
``spec.parameters`` by the template's ``openAPIV3Schema``, ``spec.match`` by Gatekeeper's
match fields (pkg/mutation/match/match_types.go at v3.23.0), ``spec.enforcementAction`` by the
actions it knows (website/docs/enforcement-points.md).
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from .cel_rules import broken_rules
from .findings import Document, Finding
from .kubernetes_schemas import is_builtin


class _CrdLoader(yaml.CSafeLoader):
    """Upstream CRDs hold a bare ``=`` (an enum value) that YAML's value tag would refuse."""


def _bare_value(loader: yaml.CSafeLoader, node: yaml.Node) -> Any:
    if not isinstance(node, yaml.ScalarNode):
        raise TypeError(f"a scalar tag on a {type(node).__name__}")
    return loader.construct_scalar(node)


_CrdLoader.add_constructor("tag:yaml.org,2002:value", _bare_value)


@functools.cache
def crd_schemas(crds_dir: Path) -> dict[tuple[str, str, str], dict[str, Any]]:
    """(group, version, kind) -> strict JSON schema, from every CRD file in the mirror."""
    return {key: _strict(schema) for key, schema in raw_schemas(crds_dir).items()}


@functools.cache
def raw_schemas(crds_dir: Path) -> dict[tuple[str, str, str], dict[str, Any]]:
    """(group, version, kind) -> the CRD's openAPIV3Schema as published."""
    schemas = {}
    # Keycloak publishes its CRDs as .yml
    for path in sorted([*crds_dir.rglob("*.yaml"), *crds_dir.rglob("*.yml")]):
        for crd in yaml.load_all(path.read_text(encoding="utf-8"), Loader=_CrdLoader):
            if not crd or crd.get("kind") != "CustomResourceDefinition":
                continue
            spec = crd["spec"]
            for version in spec["versions"]:
                schema = (version.get("schema") or {}).get("openAPIV3Schema")
                if schema is not None:
                    schemas[(spec["group"], version["name"], spec["names"]["kind"])] = schema
    return schemas


CONSTRAINTS_GROUP = "constraints.gatekeeper.sh"
_SELECTOR = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "matchLabels": {"type": "object", "additionalProperties": {"type": "string"}},
        "matchExpressions": {"type": "array", "items": {"type": "object"}},
    },
}
_MATCH = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "source": {"type": "string", "enum": ["All", "Generated", "Original"]},
        "kinds": {
            "type": "array",
            "items": {
                "type": "object",
                "additionalProperties": False,
                "properties": {
                    "apiGroups": {"type": "array", "items": {"type": "string"}},
                    "kinds": {"type": "array", "items": {"type": "string"}},
                },
            },
        },
        "scope": {"type": "string", "enum": ["*", "Cluster", "Namespaced"]},
        "namespaces": {"type": "array", "items": {"type": "string"}},
        "excludedNamespaces": {"type": "array", "items": {"type": "string"}},
        "labelSelector": _SELECTOR,
        "namespaceSelector": _SELECTOR,
        "name": {"type": "string"},
    },
}


def constraint_schemas(documents: Iterable[Document]) -> dict[tuple[str, str, str], dict[str, Any]]:
    """The schema Gatekeeper gives each constraint kind, from the rendered ConstraintTemplates."""
    schemas = {}
    for document in documents:
        if document.group != "templates.gatekeeper.sh" or document.manifest.get("kind") != "ConstraintTemplate":
            continue
        crd = document.manifest["spec"]["crd"]["spec"]
        parameters = crd.get("validation", {}).get("openAPIV3Schema", {"type": "object"})
        spec = {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                "enforcementAction": {"type": "string", "enum": ["deny", "dryrun", "warn", "scoped"]},
                "scopedEnforcementActions": {"type": "array", "items": {"type": "object"}},
                "match": _MATCH,
                "parameters": _strict(parameters),
            },
        }
        schema = {"type": "object", "required": ["spec"], "properties": {"spec": spec}}
        schemas[(CONSTRAINTS_GROUP, "v1beta1", crd["names"]["kind"])] = _strict(schema)
    return schemas


def check(documents: Iterable[Document], *, crds_dir: Path, unevaluated: list[str] | None = None) -> list[Finding]:
    """Findings for every custom resource; CEL rules that could not run go to ``unevaluated``."""
    unevaluated = [] if unevaluated is None else unevaluated
    documents = list(documents)
    schemas = crd_schemas(crds_dir)
    constraints = constraint_schemas(documents)
    findings = []
    for document in documents:
        if is_builtin(document):
            continue
        version = document.api_version.rsplit("/", 1)[-1]
        key = (document.group, version, str(document.manifest.get("kind")))
        if key in constraints:
            findings += [
                Finding(
                    document.file, document.label, "crd-schema", f"{'.'.join(map(str, error.absolute_path)) or '(object)'}: {error.message}"
                )
                for error in jsonschema.Draft7Validator(constraints[key]).iter_errors(document.manifest)
            ]
            continue
        schema = schemas.get(key)
        if schema is None:
            findings.append(
                Finding(
                    document.file,
                    document.label,
                    "crd-schema",
                    f"no CRD for {document.api_version} {key[2]} in {crds_dir}: an unvalidated kind",
                )
            )
            continue
        for error in sorted(_validator(key, crds_dir).iter_errors(document.manifest), key=lambda e: list(e.absolute_path)):
            path = ".".join(str(part) for part in error.absolute_path) or "(object)"
            findings.append(Finding(document.file, document.label, "crd-schema", f"{path}: {error.message}"))
        for result in broken_rules(raw_schemas(crds_dir)[key], document.manifest):
            if result.evaluated:
                findings.append(Finding(document.file, document.label, "crd-cel", f"{result.path}: {result.message}"))
            else:
                unevaluated.append(f"{document.file}: {document.label}: {result.path}: {result.rule}: {result.message}")
    return findings


@functools.cache
def _validator(key: tuple[str, str, str], crds_dir: Path) -> jsonschema.Validator:
    schema = crd_schemas(crds_dir)[key]
    return jsonschema.Draft7Validator(schema)


def _strict(schema: dict[str, Any]) -> dict[str, Any]:
    """Refuse unknown fields wherever the CRD does not preserve them."""
    schema = copy.deepcopy(schema)

    def walk(node: Any, *, top: bool) -> None:
        if not isinstance(node, dict):
            return
        if (
            node.get("type") == "object"
            and "properties" in node
            and "additionalProperties" not in node
            and not node.get("x-kubernetes-preserve-unknown-fields")
        ):
            node["additionalProperties"] = False
            if top:  # apiVersion, kind and metadata are the API server's, not the CRD's
                node["properties"].setdefault("apiVersion", {"type": "string"})
                node["properties"].setdefault("kind", {"type": "string"})
                node["properties"].setdefault("metadata", {"type": "object"})
        for key, value in node.items():
            if key in ("properties", "patternProperties"):
                for child in value.values():
                    walk(child, top=False)
            elif key in ("items", "additionalProperties", "not"):
                walk(value, top=False)
            elif key in ("allOf", "anyOf", "oneOf"):
                for child in value:
                    walk(child, top=False)

    walk(schema, top=True)
    return schema
