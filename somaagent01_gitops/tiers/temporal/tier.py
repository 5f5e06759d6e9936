"""The Temporal tier's registration: its chart's Application per environment (nothing in the
overlay), its databases, and the frontend address it exposes to the app."""

from __future__ import annotations

from constructs import Construct

from ..base import RuntimeServiceUnit, TierContext
from .service import TEMPORAL


class TemporalUnit(RuntimeServiceUnit):
    """Installed by its chart's Application; exposes the frontend's address (the chart names
    it ``<release>-frontend``, gRPC 7233)."""

    name = "temporal"
    service = TEMPORAL

    def build(self, scope: Construct, context: TierContext) -> str:
        assert TEMPORAL.release_name is not None
        return f"{TEMPORAL.release_name}-frontend.{context.target.settings.namespace}.svc:7233"
