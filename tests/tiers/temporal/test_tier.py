"""The Temporal tier's registration."""

from somaagent01_gitops.tiers.base import TierContext
from somaagent01_gitops.tiers.temporal.service import TEMPORAL
from somaagent01_gitops.tiers.temporal.tier import TemporalUnit
from tests.conftest import shipped_targets


def test_it_exposes_the_frontend_the_chart_names_and_renders_its_network_policy(environments):
    import cdk8s

    from tests.conftest import peer_pods

    target = next(target for target in shipped_targets(environments) if target.path == "dev")
    unit = TemporalUnit()
    assert unit.service is TEMPORAL and unit.applies(target)
    chart = cdk8s.Testing.chart()
    context = TierContext(target=target, database_roles={}, peers=peer_pods(), vault_secrets=(), exposed={})
    assert unit.build(chart, context) == "temporal-frontend.soma-dev.svc:7233"
    (policy,) = cdk8s.Testing.synth(chart)
    clients = [peer["podSelector"]["matchLabels"]["app.kubernetes.io/name"] for peer in policy["spec"]["ingress"][0]["from"]]
    assert sorted(clients) == sorted(
        spec.name for spec in target.settings.release.services if "temporal" in {d.value for d in spec.depends_on}
    )


def test_it_owns_its_two_databases(environments):
    target = shipped_targets(environments)[0]
    assert TemporalUnit().database_roles(target)["temporal"].databases == ("temporal", "temporal_visibility")
