"""``make import``: regenerate all of imports/ from the upstream CRD files named in cdk8s.yaml.

cdk8s.yaml lists each import as ``module:=<pinned upstream URL>``. These machines cannot
download, so each URL is read from the offline mirror of those exact files
(``../shared/crds/<folder>/<file name>``, see its SOURCES.md; never copied here). Entries
that share a module name are imported together, as one module. Before importing, the parts
of a schema a manifest never sets (``status``, and Application's ``operation``) are removed:
that keeps the bindings small and quick to load at every synth.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

import yaml

PROJECT_ROOT = Path(__file__).resolve().parent.parent
MIRROR = PROJECT_ROOT.parent / "shared" / "crds"
IMPORTS = PROJECT_ROOT / "imports"

# upstream repository (as in the URLs) -> folder of the offline mirror
MIRROR_FOLDERS = {
    "argoproj/argo-cd": "argo-cd",
    "argoproj/argo-rollouts": "argo-rollouts",
    "strimzi/strimzi-kafka-operator": "strimzi",
    "cloudnative-pg/cloudnative-pg": "cloudnative-pg",
    "cloudnative-pg/plugin-barman-cloud": "cnpg-barman-cloud",
    "prometheus-operator/prometheus-operator": "prometheus-operator",
    "keycloak/keycloak-k8s-resources": "keycloak-operator",
    "authzed/spicedb-operator": "spicedb-operator",
    "external-secrets/external-secrets": "external-secrets",
    "cert-manager/cert-manager": "cert-manager",
    "Altinity/clickhouse-operator": "clickhouse-operator",
    "OT-CONTAINER-KIT/redis-operator": "redis-operator",
    "kubernetes-sigs/gateway-api": "gateway-api",
    "Kong/kubernetes-configuration": "kong",
    "cilium/cilium": "cilium",
    "kedacore/keda": "keda",
}
NEVER_AUTHORED = {"status", "operation"}
"""Top-level fields the controllers write and manifests never set."""
TYPED_DEPTH = {
    ("KeycloakRealmImport", ("spec", "realm")): 2,
    ("Keycloak", ("spec", "unsupported")): 1,
    ("Redis", ("spec",)): 2,
    ("RedisReplication", ("spec",)): 2,
    ("RedisSentinel", ("spec",)): 2,
    ("ClusterIssuer", ("spec", "acme")): 1,
    ("CiliumNetworkPolicy", ("spec",)): 1,
}
"""Fields typed only this many object levels deep; below, any value (still checked against
the full CRD by the crd-schemas gate). Keycloak's RealmRepresentation and pod template
would otherwise be 2.5 MB of bindings that cost about 0.6 s at every synth; the Redis kinds
embed pod fields (affinity, sidecars, probes) that were 4.7 MB."""


class _CrdLoader(yaml.CSafeLoader):
    """Some upstream CRDs hold a bare ``=`` that YAML's value tag would refuse."""


def _bare_value(loader: yaml.CSafeLoader, node: yaml.Node) -> Any:
    if not isinstance(node, yaml.ScalarNode):
        raise TypeError(f"a scalar tag on a {type(node).__name__}")
    return loader.construct_scalar(node)


_CrdLoader.add_constructor("tag:yaml.org,2002:value", _bare_value)


def mirror_path(url: str) -> Path:
    # https://raw.githubusercontent.com/<owner>/<repo>/<tag>/<path>
    parts = url.split("/")
    repository = f"{parts[3]}/{parts[4]}"
    if repository not in MIRROR_FOLDERS:
        raise SystemExit(f"cdk8s.yaml: {url}: no mirror folder known for {repository}; add it to MIRROR_FOLDERS")
    path = MIRROR / MIRROR_FOLDERS[repository] / parts[-1]
    if not path.is_file():
        raise SystemExit(f"cdk8s.yaml: {url}: not in the offline mirror ({path})")
    return path


AUTHORED_ONLY: dict[tuple[str, tuple[str, ...]], set[str]] = {
    ("SecretStore", ("spec", "provider")): {"vault"},
    ("Issuer", ("spec",)): {"ca", "selfSigned"},
    ("ClusterIssuer", ("spec",)): {"acme", "ca", "selfSigned"},
}
"""Fields of which only these properties are bound: a SecretStore names one provider of
forty, and the other thirty-nine were 8 MB of bindings; an Issuer here is a CA or
self-signed one, and ACME's solvers alone are 4,000 lines of CRD, so a ClusterIssuer's ACME
fields are typed one level deep (the crd-schemas gate still checks every object against the
whole CRD)."""


def lean(crd: dict[str, Any]) -> dict[str, Any]:
    kind = crd["spec"]["names"]["kind"]
    for version in crd["spec"]["versions"]:
        schema = version.get("schema", {}).get("openAPIV3Schema", {})
        properties = schema.get("properties", {})
        for field in NEVER_AUTHORED & set(properties):
            del properties[field]
        for (limited_kind, path), depth in TYPED_DEPTH.items():
            if limited_kind == kind:
                parent = schema
                for name in path[:-1]:
                    parent = parent["properties"][name]
                parent["properties"][path[-1]] = _typed_to_depth(parent["properties"][path[-1]], depth)
        for (limited_kind, kept_path), kept in AUTHORED_ONLY.items():
            if limited_kind == kind and version.get("served", True):
                node = schema
                for name in kept_path:
                    node = node["properties"][name]
                node["properties"] = {name: child for name, child in node["properties"].items() if name in kept}
    return crd


def _typed_to_depth(node: dict[str, Any], depth: int) -> dict[str, Any]:
    """``node`` with object fields typed ``depth`` levels deep (arrays take their items' depth)."""
    if node.get("type") == "array" and isinstance(node.get("items"), dict):
        return {**node, "items": _typed_to_depth(node["items"], depth)}
    if "properties" not in node and not isinstance(node.get("additionalProperties"), dict):
        return node
    if depth == 0:
        untyped = {"type": "object", "x-kubernetes-preserve-unknown-fields": True}
        return {**untyped, **({"description": node["description"]} if "description" in node else {})}
    result = dict(node)
    if "properties" in node:
        result["properties"] = {name: _typed_to_depth(child, depth - 1) for name, child in node["properties"].items()}
    if isinstance(node.get("additionalProperties"), dict):
        result["additionalProperties"] = _typed_to_depth(node["additionalProperties"], depth - 1)
    return result


def main() -> int:
    config = yaml.safe_load((PROJECT_ROOT / "cdk8s.yaml").read_text())
    modules: dict[str, list[str]] = defaultdict(list)
    for entry in config.get("imports", []):
        name, _, url = entry.partition(":=")
        modules[name].append(url)
    cdk8s = PROJECT_ROOT / "node_modules" / ".bin" / "cdk8s"
    with tempfile.TemporaryDirectory() as work:
        staging = Path(work) / "imports"
        for name, urls in sorted(modules.items()):
            crds = [lean(crd) for url in urls for crd in yaml.load_all(mirror_path(url).read_text(), Loader=_CrdLoader) if crd]
            source = Path(work) / f"{name}.yaml"
            source.write_text(yaml.safe_dump_all(crds, sort_keys=True))
            print(f"importing {name}: {', '.join(crd['spec']['names']['kind'] for crd in crds)}", flush=True)
            subprocess.run(
                [
                    str(cdk8s),
                    "import",
                    f"{name}:={source}",
                    "--language",
                    "python",
                    "--output",
                    str(staging),
                    "--no-save",
                    "--no-check-upgrade",
                ],
                check=True,
                stdout=subprocess.DEVNULL,
            )
        shutil.rmtree(IMPORTS, ignore_errors=True)
        shutil.copytree(staging, IMPORTS)
    return 0


if __name__ == "__main__":
    sys.exit(main())
