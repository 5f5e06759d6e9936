"""The OpenFGA tier's section of an overlay (``openfga``), with the rules each mode sets."""

from __future__ import annotations

from pydantic import Field

from ...settings.types import ImageReference, ModeRule, ResourceAmounts, Resources, StrictModel

OPENFGA_IMAGE = "openfga/openfga:v1.8.3"
"""The catalog's OpenFGA: built on Chainguard's static image, it runs as uid 65532 (nonroot)."""


class OpenFga(StrictModel):
    """The environment's OpenFGA servers. Default: one server."""

    image: ImageReference = Field(default=OPENFGA_IMAGE, description=f"The OpenFGA image (uid 65532). Default: {OPENFGA_IMAGE}.")
    replicas: int = Field(default=1, ge=1, le=20, description="Servers. Default: 1; PRODUCTION at least 3.")
    resources: Resources = Field(
        default=Resources(requests=ResourceAmounts(cpu="100m", memory="128Mi"), limits=ResourceAmounts(cpu="1", memory="512Mi")),
        description="Each server's requests and limits. Default: 100m/128Mi requested, 1/512Mi limit.",
    )

    def mode_rules(self, mode: str) -> list[ModeRule]:
        """What a mode requires of OpenFGA: (field, holds, message)."""
        if mode == "PRODUCTION":
            return [(("replicas",), self.replicas >= 3, f"PRODUCTION runs at least 3 OpenFGA servers, got {self.replicas}")]
        return []
