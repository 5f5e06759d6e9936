"""Gate: built-in objects against the Kubernetes OpenAPI schemas that kubernetes-validate ships.

Strict schemas (an unknown field is an error, as `kubectl apply --validate=strict` would
make it), for the oldest Kubernetes the platform supports and the newest the package ships,
so that a deprecated or removed API shows up before a cluster upgrade does. The oldest is
platform.yaml's ``kubernetes.min_version`` (itself at least every pinned chart's floor).
"""

from __future__ import annotations

import functools
import importlib.resources
import json
import re
from collections.abc import Iterable, Sequence

import jsonschema
import kubernetes_validate
from referencing import Registry, Resource

from ..kinds import is_builtin_group
from .findings import Document, Finding

NEWEST_SHIPPED = ".".join(kubernetes_validate.latest_version().split(".")[:2])


def is_builtin(document: Document) -> bool:
    """True for Kubernetes' own API groups; everything else is a custom resource."""
    return is_builtin_group(document.group)


def check(documents: Iterable[Document], *, versions: Sequence[str]) -> list[Finding]:
    findings = []
    for version in versions:
        if not _resource(f"kubernetes-json-schema/v{version}.0-local-strict").is_dir():
            findings.append(Finding("-", "-", f"kubernetes-{version}", f"kubernetes-validate ships no schemas for Kubernetes {version}"))
    if findings:
        return findings
    for document in documents:
        if not is_builtin(document):
            continue  # custom resources are the CRD gate's
        for version in versions:
            validator = _validator(version, _schema_file(version, document))
            if validator is None:
                findings.append(
                    Finding(
                        document.file,
                        document.label,
                        f"kubernetes-{version}",
                        f"{document.api_version} {document.manifest['kind']} does not exist in Kubernetes {version}",
                    )
                )
                continue
            for error in sorted(validator.iter_errors(document.manifest), key=lambda error: list(error.absolute_path)):
                findings.append(Finding(document.file, document.label, f"kubernetes-{version}", f"{_path(error)}: {error.message}"))
    return findings


def _schema_file(version: str, document: Document) -> str | None:
    # kubernetes-validate's own file naming: rbac.authorization.k8s.io/v1 -> rbac-v1
    api_version = re.sub(r"^([^./]*)(?:\.[^/]*)?/", r"\1-", document.api_version)
    name = f"kubernetes-json-schema/v{version}.0-local-strict/{str(document.manifest.get('kind', '')).lower()}-{api_version}.json"
    return name if _resource(name).is_file() else None


def _resource(name: str) -> importlib.resources.abc.Traversable:
    return importlib.resources.files("kubernetes_validate").joinpath(name)


@functools.cache
def _validator(version: str, schema_file: str | None) -> jsonschema.Validator | None:
    if schema_file is None:
        return None
    schema = json.loads(_resource(schema_file).read_text())
    definitions = json.loads(_resource(f"kubernetes-json-schema/v{version}.0-local-strict/_definitions.json").read_text())
    registry = Resource.from_contents(schema) @ (Resource.from_contents(definitions) @ Registry())
    return jsonschema.Draft202012Validator(schema, registry=registry)


def _path(error: jsonschema.ValidationError) -> str:
    return ".".join(str(part) for part in error.absolute_path) or "(object)"
