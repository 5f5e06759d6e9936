"""The OPA tier's section of an overlay (``opa``), with the rules each mode sets."""

from __future__ import annotations

from pydantic import Field

from ...settings.types import ImageReference, ModeRule, ReleaseUrl, ResourceAmounts, Resources, StrictModel

OPA_IMAGE = "openpolicyagent/opa:0.64.0"
"""The catalog's OPA: it runs as uid 1000 (its Dockerfile's ``USER 1000:1000``) and accepts
the app's Rego, written with ``future.keywords`` and ``rego.v1`` imports."""


class Opa(StrictModel):
    """The environment's OPA: the app release's policy package ``soma.policy``, loaded from the
    bundle the release publishes, and nothing else."""

    bundle_url: ReleaseUrl = Field(
        description="Required. Where the app release's policy bundle (``opa build`` of its policy/ folder) is "
        "published, with '{release}' where the release's name goes, e.g. "
        "'https://artifacts.example.com/somaagent01/{release}/policy-bundle.tar.gz': a new release loads its own "
        "bundle. HTTPS outside LOCAL."
    )
    polling_min_seconds: int = Field(default=60, ge=10, le=3600, description="Shortest wait between bundle downloads. Default: 60.")
    polling_max_seconds: int = Field(default=120, ge=10, le=7200, description="Longest wait between bundle downloads. Default: 120.")
    image: ImageReference = Field(default=OPA_IMAGE, description=f"The OPA image (uid 1000). Default: {OPA_IMAGE}.")
    replicas: int = Field(default=1, ge=1, le=20, description="OPA servers. Default: 1; PRODUCTION at least 3.")
    resources: Resources = Field(
        default=Resources(requests=ResourceAmounts(cpu="100m", memory="128Mi"), limits=ResourceAmounts(cpu="1", memory="512Mi")),
        description="Each server's requests and limits. Default: 100m/128Mi requested, 1/512Mi limit.",
    )

    def bundle_for(self, release: str) -> str:
        """The bundle URL of ``release``."""
        return self.bundle_url.replace("{release}", release)

    def mode_rules(self, mode: str) -> list[ModeRule]:
        """What a mode requires of OPA: (field, holds, message)."""
        rules: list[ModeRule] = [
            (
                ("polling_max_seconds",),
                self.polling_max_seconds >= self.polling_min_seconds,
                f"must be at least polling_min_seconds ({self.polling_min_seconds})",
            )
        ]
        if mode != "LOCAL":
            rules.append((("bundle_url",), self.bundle_url.startswith("https://"), f"{mode} downloads the bundle over https://"))
        if mode == "PRODUCTION":
            rules.append((("replicas",), self.replicas >= 3, f"PRODUCTION runs at least 3 OPA servers, got {self.replicas}"))
        return rules
