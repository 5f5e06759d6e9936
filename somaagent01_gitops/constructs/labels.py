"""The recommended Kubernetes labels, the same on every object the project renders."""

from __future__ import annotations

from ..catalog import APP_NAME


def standard_labels(name: str, *, component: str) -> dict[str, str]:
    """Labels that let a person (and Argo CD, Prometheus) tell what an object belongs to."""
    return {
        "app.kubernetes.io/name": name,
        "app.kubernetes.io/component": component,
        "app.kubernetes.io/part-of": APP_NAME,
        "app.kubernetes.io/managed-by": "cdk8s",
    }
