"""The edge's section of an overlay (``edge``), with the rules each mode sets."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ...settings.types import Hostname, ModeRule, StrictModel

SCANNER_USER_AGENTS = ("sqlmap", "nikto", "nmap", "masscan", "zgrab", "nuclei", "wpscan", "dirbuster", "gobuster", "acunetix")
"""User agents of vulnerability scanners, refused on top of the bot list Kong's plugin carries."""


class Edge(StrictModel):
    """Kong publishing the app's gateway and Keycloak's login pages through a Gateway API
    ``Gateway``. LOCAL has none (the compose file and ``kubectl port-forward`` reach them)."""

    hostname: Hostname = Field(description="Required. The app's public host name: its web UI and API (https://<hostname>/api/v2/).")
    issuer: Literal["environment-ca", "public-acme"] | None = Field(
        default=None,
        description="Who signs the edge's certificate: 'environment-ca', the namespace's CA Issuer (clients must "
        "trust the environment's CA), or 'public-acme', the cluster's ACME ClusterIssuer (platform.yaml "
        "clusters.<name>.acme). Default: public-acme in PRODUCTION, environment-ca elsewhere.",
    )
    jwt: bool | None = Field(
        default=None,
        description="Kong refuses calls to the API's bearer paths without a valid access token of the realm. "
        "Default: on in PRODUCTION, off elsewhere; PRODUCTION refuses off.",
    )
    rate_limit_per_minute: int | None = Field(
        default=None,
        ge=1,
        le=1_000_000,
        description="Requests each client address may make per minute, counted by each Kong pod (policy 'local'). "
        "Default: 600 in PRODUCTION, no limit elsewhere; PRODUCTION requires one.",
    )
    waf: bool | None = Field(
        default=None,
        description="Kong's request-filtering plugins: request bodies above max_body_megabytes on every route, "
        "and on the web UI's paths scanner and bot user agents. Default: on in PRODUCTION, off elsewhere; "
        "PRODUCTION refuses off.",
    )
    max_body_megabytes: int = Field(
        default=16, ge=1, le=1024, description="With the WAF on, larger request bodies are refused (413). Default: 16."
    )
    blocked_user_agents: list[str] = Field(
        default=list(SCANNER_USER_AGENTS),
        description="With the WAF on, regular expressions of User-Agent headers refused (403) on the web UI's "
        "paths, matched without regard to case, besides the bots Kong's bot-detection plugin knows (its list also "
        "names HTTP client libraries, so the API's paths do not get it). Default: " + ", ".join(SCANNER_USER_AGENTS) + ".",
    )

    def issuer_in(self, mode: str) -> str:
        return self.issuer or ("public-acme" if mode == "PRODUCTION" else "environment-ca")

    def jwt_in(self, mode: str) -> bool:
        return self.jwt if self.jwt is not None else mode == "PRODUCTION"

    def waf_in(self, mode: str) -> bool:
        return self.waf if self.waf is not None else mode == "PRODUCTION"

    def rate_limit_in(self, mode: str) -> int | None:
        if self.rate_limit_per_minute is not None:
            return self.rate_limit_per_minute
        return 600 if mode == "PRODUCTION" else None

    def mode_rules(self, mode: str) -> list[ModeRule]:
        """What a mode requires of the edge: (field, holds, message)."""
        if mode != "PRODUCTION":
            return []
        return [
            (("jwt",), self.jwt is not False, "PRODUCTION validates access tokens at the edge"),
            (("waf",), self.waf is not False, "PRODUCTION filters requests at the edge"),
            (("issuer",), self.issuer != "environment-ca", "PRODUCTION serves a publicly trusted certificate (public-acme)"),
        ]
