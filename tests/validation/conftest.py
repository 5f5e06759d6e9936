"""Gates over the committed dist/, and a way to feed them a deliberately broken tree."""

import pytest
import yaml

from somaagent01_gitops.validation.__main__ import default_context
from somaagent01_gitops.validation.gates import GateContext


@pytest.fixture(scope="session")
def context() -> GateContext:
    return default_context()


def tree_builder(root, context):
    """Writes a dist/ of hand-written manifests below ``root``: {relative path: object or list
    of objects or text}; returns the gate context over it."""

    def build(files: dict) -> GateContext:
        dist = root / "dist"
        for relative, content in files.items():
            path = dist / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, str):
                path.write_text(content)
            else:
                path.write_text(yaml.safe_dump_all(content if isinstance(content, list) else [content], sort_keys=False))
        return GateContext(
            dist=dist,
            crds_dir=context.crds_dir,
            checkov=context.checkov,
            repo_root=root,
            overlays=context.overlays,
            platform=context.platform,
        )

    return build


@pytest.fixture
def broken_tree(tmp_path, context):
    """A dist/ of hand-written manifests: {relative path: object or list of objects or text}."""
    return tree_builder(tmp_path, context)


def deployment(name="web", namespace="demo", **container_changes):
    container = {
        "name": name,
        "image": "registry.example/web:1.0.0",
        "imagePullPolicy": "Always",
        "resources": {"requests": {"cpu": "100m", "memory": "64Mi"}, "limits": {"cpu": "1", "memory": "128Mi"}},
        "securityContext": {
            "allowPrivilegeEscalation": False,
            "readOnlyRootFilesystem": True,
            "runAsNonRoot": True,
            "capabilities": {"drop": ["ALL"]},
        },
        **container_changes,
    }
    return {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": {"name": name, "namespace": namespace},
        "spec": {
            "selector": {"matchLabels": {"app": name}},
            "template": {"metadata": {"labels": {"app": name}}, "spec": {"containers": [container]}},
        },
    }


def kustomization(*resources, namespace="demo"):
    return {
        "apiVersion": "kustomize.config.k8s.io/v1beta1",
        "kind": "Kustomization",
        "namespace": namespace,
        "resources": list(resources),
    }
