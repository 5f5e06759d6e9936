"""The policy posture of each mode, as data: what "permissive", "observe", "strict" and
"fail-closed" switch in the manifests, so that a mode's posture is read in one table and a
test can hold each mode to it.

The profiles: LOCAL "policy warn / fail-open", DEVELOPMENT "policy observe", TRAINING
"strict", PRODUCTION "fail-closed". What the pinned release lets a deployment decide about
its policy clients is narrow, and this table decides all of it:

- its OPA client always fails closed: an error or an undefined decision is a denial
  (services/common/policy_client.py:62-63, 103-106 at a169e468); ``POLICY_FAIL_OPEN`` is no
  longer read;
- its authorization of a session fails open only when ``SA01_AUTHZ_FAIL_OPEN`` is true:
  with SpiceDB down, permissions then come from the token's roles
  (admin/common/session_manager.py:544-566, config/settings_registry.py:217);
- the OPA server decides when it is ready: with ``/health?bundles`` only once the release's
  policy bundle is loaded, so no client reaches a server that would deny everything.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal

from .settings.types import Mode

PostureName = Literal["permissive", "observe", "strict", "fail-closed"]


@dataclass(frozen=True, kw_only=True)
class Posture:
    """What one mode's posture switches."""

    name: PostureName
    authz_fail_open: bool
    """``SA01_AUTHZ_FAIL_OPEN``: with SpiceDB unreachable, the gateway grants the token's
    role-based permissions instead of none."""
    opa_ready_needs_bundle: bool
    """OPA's pods are ready only once the policy bundle is active (``/health?bundles``);
    otherwise as soon as the server answers (a server without its bundle denies every
    decision, since the app's rule is then undefined)."""
    admission: Literal["warn", "dryrun", "deny"]
    """What an admission policy does with a violation: report it to the client (warn),
    record it in the constraint's status (dryrun), or refuse the object (deny)."""


POSTURES: Mapping[Mode, Posture] = MappingProxyType(
    {
        "LOCAL": Posture(name="permissive", authz_fail_open=True, opa_ready_needs_bundle=False, admission="warn"),
        "DEVELOPMENT": Posture(name="observe", authz_fail_open=False, opa_ready_needs_bundle=False, admission="dryrun"),
        "TRAINING": Posture(name="strict", authz_fail_open=False, opa_ready_needs_bundle=True, admission="deny"),
        "PRODUCTION": Posture(name="fail-closed", authz_fail_open=False, opa_ready_needs_bundle=True, admission="deny"),
    }
)
"""Each mode's posture (the profiles' "Mode posture")."""


def posture_of(mode: Mode) -> Posture:
    return POSTURES[mode]
