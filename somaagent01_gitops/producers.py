"""What exists at runtime without being rendered: the objects operators create for the
objects we render (External Secrets' among them: the Secrets Vault fills beyond LOCAL), and
in LOCAL the Secrets made by hand. The ``references`` gate resolves every
reference against what is rendered plus these declarations, so a name that nothing
produces is a finding, not a pod stuck in ContainerCreating.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .footprints import RuntimeProducer
from .targets import Target
from .tiers.registry import TIER_PRODUCERS

RUNTIME_PRODUCERS: tuple[RuntimeProducer, ...] = TIER_PRODUCERS
"""Every declared runtime producer: each tier declares what its operator makes."""


def hand_made_secrets(targets: Sequence[Target]) -> dict[str, set[str]]:
    """Namespace -> the Secrets created by hand there: in LOCAL, which runs no Vault beyond
    dev mode, the Secrets the tiers declare Vault would hold (``make bootstrap CLUSTER=local``
    prints the commands). Beyond LOCAL there are none: External Secrets writes them."""
    from .tiers.base import declared_vault_secrets
    from .tiers.registry import TIERS

    made: dict[str, set[str]] = {}
    for target in targets:
        if target.settings.mode == "LOCAL":
            made.setdefault(target.settings.namespace, set()).update(secret.name for secret in declared_vault_secrets(target, TIERS))
    return made


@dataclass(frozen=True, kw_only=True)
class PendingTier:
    """Pods the app talks to that the gate cannot see: a tier a later issue renders, or a
    Helm chart's (not rendered here). References to them are listed in the gate's report,
    not hidden, and not counted as satisfied by anything rendered."""

    name: str
    labels: Mapping[str, str]
    why: str
    """Why the gate cannot see them yet (which issue renders them, or what does)."""


PENDING_TIERS: tuple[PendingTier, ...] = (
    PendingTier(
        name="Temporal",
        labels={"app.kubernetes.io/instance": "temporal", "app.kubernetes.io/component": "frontend"},
        why="the Temporal chart's Application renders them; Helm charts are not rendered here",
    ),
    PendingTier(
        name="Keycloak operator",
        labels={"app.kubernetes.io/name": "keycloak-operator"},
        why="each environment's keycloak Application syncs the operator's upstream manifests (keycloak-k8s-resources "
        "26.0.0 kubernetes/kubernetes.yml), which are not fetched here",
    ),
)
