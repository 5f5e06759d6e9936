"""The edge's settings: what each mode turns on, and what PRODUCTION refuses."""

import pytest
from pydantic import ValidationError

from somaagent01_gitops.settings import EnvironmentSettings  # first: the model imports each tier's settings
from somaagent01_gitops.tiers.edge.settings import SCANNER_USER_AGENTS, Edge

from ...conftest import make_settings


def test_production_turns_every_guard_on_and_other_modes_only_tls():
    edge = Edge(hostname="app.example")
    assert (edge.jwt_in("PRODUCTION"), edge.waf_in("PRODUCTION"), edge.rate_limit_in("PRODUCTION")) == (True, True, 600)
    assert edge.issuer_in("PRODUCTION") == "public-acme"
    for mode in ("DEVELOPMENT", "TRAINING"):
        assert (edge.jwt_in(mode), edge.waf_in(mode), edge.rate_limit_in(mode)) == (False, False, None)
        assert edge.issuer_in(mode) == "environment-ca"


def test_an_overlay_may_turn_guards_on_outside_production():
    edge = Edge(hostname="app.example", jwt=True, waf=True, rate_limit_per_minute=60, issuer="public-acme")
    assert (edge.jwt_in("DEVELOPMENT"), edge.waf_in("DEVELOPMENT"), edge.rate_limit_in("DEVELOPMENT")) == (True, True, 60)
    assert edge.issuer_in("DEVELOPMENT") == "public-acme"


@pytest.mark.parametrize(
    ("change", "field"),
    [({"jwt": False}, "edge.jwt"), ({"waf": False}, "edge.waf"), ({"issuer": "environment-ca"}, "edge.issuer")],
)
def test_production_refuses_to_turn_a_guard_off(change, field):
    with pytest.raises(ValidationError) as refused:
        make_settings("PRODUCTION", edge={"hostname": "app.example", **change})
    (error,) = refused.value.errors()
    assert ".".join(map(str, error["ctx"]["error"].path)) == field


def test_the_edge_is_required_beyond_local_and_refused_in_local():
    with pytest.raises(ValidationError, match="publishes the app through the edge"):
        make_settings("DEVELOPMENT", edge=None)
    with pytest.raises(ValidationError, match="LOCAL has no edge"):
        make_settings("LOCAL", edge={"hostname": "app.soma.localhost"})


def test_the_app_and_keycloak_need_host_names_of_their_own():
    with pytest.raises(ValidationError, match=r"must differ from identity\.hostname"):
        make_settings("DEVELOPMENT", edge={"hostname": "auth.dev.example"})


def test_the_model_carries_the_edge():
    assert EnvironmentSettings.model_fields["edge"].annotation == Edge | None


def test_defaults_are_documented():
    fields = Edge.model_fields
    assert all("Default:" in (fields[name].description or "") for name in fields if name != "hostname")
    assert Edge(hostname="a.example").blocked_user_agents == list(SCANNER_USER_AGENTS)
    with pytest.raises(ValidationError):
        Edge(hostname="a.example", rate_limit_per_minute=0)
