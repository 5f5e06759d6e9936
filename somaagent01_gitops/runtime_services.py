"""Services the app release needs at runtime, per environment: what installs them there
and the databases they own.

Temporal runs from its pinned Helm chart as an Application per environment, in that
environment's namespace and project. Keycloak's operator watches only its own namespace,
so each environment runs one, from the upstream manifests at their tag (``upstream.py``);
its ``Keycloak`` and the ``SpiceDBCluster`` (whose operator is cluster-wide) are rendered
in the environment's overlay. Each tier declares its service (``tiers/<tier>/service.py``).
Each service's databases live on the environment's CloudNativePG cluster (a Database each
and a managed role whose password Secret Vault fills). Like the operators, each install
declares its footprint, so the ``projects`` gate checks that the environment's project
admits what it brings.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .catalog import Dependency
from .footprints import Footprint
from .operator_types import ClusterFacts
from .targets import Target
from .upstream import UpstreamManifests


@dataclass(frozen=True, kw_only=True)
class RuntimeService:
    """A service the release needs, installed in each environment whose release needs it:
    by an upstream Helm chart, by upstream manifests, or (``chart`` and ``manifests`` both
    None) by an operator of the cluster from an object of the overlay."""

    name: str
    dependency: Dependency
    """The app dependency it serves: an environment whose release needs it gets it."""
    footprint: Callable[[ClusterFacts], Footprint]
    repo_url: str | None = None
    chart: str | None = None
    version: str | None = None
    """The exact chart version, or the manifests' tag."""
    app_version: str | None = None
    release_name: str | None = None
    values: Callable[[Target], dict[str, Any]] | None = None
    manifests: UpstreamManifests | None = None
    kustomization: Callable[[Target], dict[str, Any]] | None = None
    databases: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """Role -> the databases it owns on the environment's Postgres cluster."""
    credentials: Mapping[str, str] = field(default_factory=dict)
    """Role -> its password Secret (kubernetes.io/basic-auth, from Vault)."""
    bootstrap: bool = False

    def __post_init__(self) -> None:
        if set(self.databases) != set(self.credentials):
            raise ValueError(f"runtime service {self.name}: every database role needs its credentials Secret")
        if self.chart is not None and (self.values is None or self.release_name is None):
            raise ValueError(f"runtime service {self.name}: a chart needs values and a release name")
        if (self.manifests is None) != (self.kustomization is None):
            raise ValueError(f"runtime service {self.name}: upstream manifests need their kustomization")

    @property
    def installed(self) -> bool:
        """It has an Application of its own (else an overlay object and an operator make it)."""
        return self.chart is not None or self.manifests is not None

    def folder(self, target: Target) -> str:
        """Where the kustomization of its manifests is written in ``dist/``."""
        return f"services/{target.path}/{self.name}"


def services_for(target: Target) -> list[RuntimeService]:
    """The runtime services an environment's release needs (of those the tiers declare)."""
    from .tiers.registry import RUNTIME_SERVICES  # the registry's tiers import this module

    needs = {dependency for spec in target.settings.release.services for dependency in spec.depends_on}
    return [service for service in RUNTIME_SERVICES if service.dependency in needs]
