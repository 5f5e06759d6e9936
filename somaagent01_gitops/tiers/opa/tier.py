"""The OPA tier's registration: in every environment the servers the app's policy clients
call, loading the selected release's bundle, ready as the mode's posture says."""

from __future__ import annotations

from types import MappingProxyType

from constructs import Construct

from ...catalog import Dependency
from ...endpoints import InClusterPeer
from ...posture import posture_of
from ..base import Tier, TierContext
from .constructs import API_PORT, POD_SELECTOR, OpaServer, OpaServerProps


class OpaUnit(Tier):
    """The environment's policy decision point."""

    name = "opa"
    peers = MappingProxyType({Dependency.OPA: InClusterPeer(POD_SELECTOR, (API_PORT,))})

    def build(self, scope: Construct, context: TierContext) -> OpaServer:
        target = context.target
        settings, opa = target.settings, target.settings.opa
        labels = {"environment": settings.namespace, "mode": settings.mode}
        if target.region_name is not None:
            labels["region"] = target.region_name
        return OpaServer(
            scope,
            "opa",
            props=OpaServerProps(
                image=opa.image,
                replicas=opa.replicas,
                resources=opa.resources,
                bundle_url=opa.bundle_for(settings.app_release),
                polling_seconds=(opa.polling_min_seconds, opa.polling_max_seconds),
                ready_needs_bundle=posture_of(settings.mode).opa_ready_needs_bundle,
                clients=sorted(spec.name for spec in settings.release.services if Dependency.OPA in spec.depends_on),
                decision_labels=labels,
                bundle_private=settings.mode == "LOCAL",
                bundle_by_name=target.egress_by_name,
                zone_spread=target.region is not None,
                # LOCAL runs no Prometheus Operator, whose CRD a PodMonitor needs
                monitoring=settings.mode != "LOCAL",
            ),
        )
