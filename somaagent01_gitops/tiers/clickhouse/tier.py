"""The ClickHouse tier's registration: in every environment, Keeper and the server
installation through the Altinity operator, the ``soma`` user's password from Vault (by hand
in LOCAL)."""

from __future__ import annotations

from collections.abc import Sequence

from constructs import Construct

from ...constructs.idioms import storage_class_of
from ...targets import Target
from ...vault import VaultSecret
from ..base import Tier, TierContext
from .constructs import APP_USER, ClickHouseCluster, ClickHouseClusterProps
from .operator import CHI, CHK, CLICKHOUSE_OPERATOR, PRODUCERS

CLICKHOUSE_PASSWORD_SECRET = "clickhouse-credentials"


class ClickHouseUnit(Tier):
    """The environment's analytics store."""

    name = "clickhouse"
    operators = (CLICKHOUSE_OPERATOR,)
    producers = PRODUCERS
    # an installation's volumes are kept (reclaimPolicy Retain), but Argo CD deleting one
    # would still take its servers down
    data_kinds = frozenset({(CHI.group, CHI.kind), (CHK.group, CHK.kind)})

    def vault_secrets(self, target: Target) -> Sequence[VaultSecret]:
        return (
            VaultSecret(
                name=CLICKHOUSE_PASSWORD_SECRET,
                keys=("password",),
                contract=f"the password of ClickHouse's {APP_USER!r} user (the installation reads it through valueFrom; "
                "a new one takes effect when spec.taskID changes)",
            ),
        )

    def build(self, scope: Construct, context: TierContext) -> ClickHouseCluster:
        target = context.target
        clickhouse = target.settings.clickhouse
        return ClickHouseCluster(
            scope,
            "clickhouse",
            props=ClickHouseClusterProps(
                namespace=target.settings.namespace,
                image=clickhouse.image,
                keeper_image=clickhouse.keeper_image,
                shards=clickhouse.shards,
                replicas=clickhouse.replicas,
                keeper_replicas=clickhouse.keeper_replicas,
                storage=clickhouse.storage,
                keeper_storage=clickhouse.keeper_storage,
                storage_class=storage_class_of(clickhouse.storage_class, target.region),
                resources=clickhouse.resources,
                password_secret=CLICKHOUSE_PASSWORD_SECRET,
                zone_spread=target.region is not None,
            ),
        )
