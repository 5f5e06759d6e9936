"""The OpenFGA section's rules: three servers in PRODUCTION."""

from somaagent01_gitops.tiers.openfga.settings import OpenFga


def test_production_runs_three_servers():
    assert OpenFga().mode_rules("DEVELOPMENT") == []
    assert [message for _, holds, message in OpenFga().mode_rules("PRODUCTION") if not holds] == [
        "PRODUCTION runs at least 3 OpenFGA servers, got 1"
    ]
    assert all(holds for _, holds, _ in OpenFga(replicas=3).mode_rules("PRODUCTION"))
