"""The Keycloak tier's section of an overlay (``identity``)."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, StringConstraints

from ...settings.types import Hostname, Resources, StrictModel


class Identity(StrictModel):
    """Keycloak, the identity provider the release signs users in with (realm ``somaagent``)."""

    hostname: Hostname = Field(
        description="Required. Keycloak's public host name: its login pages and the token issuer "
        "(https://<hostname>/realms/somaagent). The edge routes it to the Keycloak Service."
    )
    instances: int | None = Field(default=None, ge=1, le=9, description="Keycloak pods. Default: 1 in LOCAL, 2 beyond, 3 in PRODUCTION.")
    redirect_uris: list[Annotated[str, StringConstraints(pattern=r"^https://[^\s]+$")]] = Field(
        default=[],
        description="Where the app client may send users back after login (the gateway's public callback "
        "URLs, https). Default: the release's callbacks on edge.hostname (none in LOCAL, which has no edge).",
    )
    resources: Resources | None = Field(
        default=None,
        description="Requests and limits of each Keycloak pod. Default: 250m/768Mi requested and 1/1Gi "
        "limit in LOCAL; 500m/1280Mi requested and 2/2Gi limit beyond.",
    )
