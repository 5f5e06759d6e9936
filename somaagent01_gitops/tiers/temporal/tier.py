"""The Temporal tier's registration: its chart's Application per environment (nothing in the
overlay), its databases, and the frontend address it exposes to the app."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType

from constructs import Construct

from ...catalog import Dependency
from ...endpoints import TEMPORAL_RELEASE, InClusterPeer
from ...targets import Target
from ..base import RuntimeServiceUnit, TierContext
from .network_policy import TemporalNetworkPolicy, TemporalNetworkPolicyProps
from .service import TEMPORAL


class TemporalUnit(RuntimeServiceUnit):
    """Installed by its chart's Application; exposes the frontend's address (the chart names
    it ``<release>-frontend``, gRPC 7233)."""

    name = "temporal"
    service = TEMPORAL
    # the chart labels the frontend's pods with the release and the component
    peers = MappingProxyType(
        {
            Dependency.TEMPORAL: InClusterPeer(
                {"app.kubernetes.io/instance": TEMPORAL_RELEASE, "app.kubernetes.io/component": "frontend"}, (7233,)
            )
        }
    )

    def database_clients(self, target: Target) -> Sequence[Mapping[str, str]]:
        """Every pod of its chart, the schema Job's included: the chart labels them all with the
        release (templates/_helpers.tpl temporal.resourceLabels L135-149 at temporal-1.6.0)."""
        return [{"app.kubernetes.io/instance": TEMPORAL_RELEASE}]

    def build(self, scope: Construct, context: TierContext) -> str:
        if TEMPORAL.release_name is None:
            raise ValueError("the Temporal chart needs its release name")
        release = context.target.settings.release
        TemporalNetworkPolicy(
            scope,
            "temporal-network-policy",
            props=TemporalNetworkPolicyProps(
                release=TEMPORAL_RELEASE,
                clients=[{"app.kubernetes.io/name": spec.name} for spec in release.services if Dependency.TEMPORAL in spec.depends_on],
                postgres=context.peers[Dependency.POSTGRES],
            ),
        )
        return f"{TEMPORAL.release_name}-frontend.{context.target.settings.namespace}.svc:7233"
