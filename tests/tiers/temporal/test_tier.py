"""The Temporal tier's registration."""

from somaagent01_gitops.targets import targets_of
from somaagent01_gitops.tiers.base import TierContext
from somaagent01_gitops.tiers.temporal.service import TEMPORAL
from somaagent01_gitops.tiers.temporal.tier import TemporalUnit


def test_it_exposes_the_frontend_the_chart_names(environments):
    target = next(target for target in targets_of(environments) if target.path == "dev")
    unit = TemporalUnit()
    assert unit.service is TEMPORAL and unit.applies(target)
    assert (
        unit.build(None, TierContext(target=target, database_roles={}, peers={}, vault_secrets=(), exposed={}))
        == "temporal-frontend.soma-dev.svc:7233"
    )


def test_it_owns_its_two_databases(environments):
    target = targets_of(environments)[0]
    assert TemporalUnit().database_roles(target)["temporal"].databases == ("temporal", "temporal_visibility")
