"""The Keycloak tier's registration."""

from somaagent01_gitops.tiers.keycloak.operator import KEYCLOAK_CRDS
from somaagent01_gitops.tiers.keycloak.tier import KeycloakUnit
from tests.conftest import shipped_targets


def test_it_registers_its_operator_and_owns_its_database(environments):

    target = next(target for target in shipped_targets(environments) if target.path == "dev")
    unit = KeycloakUnit()
    assert unit.applies(target) and unit.operators == (KEYCLOAK_CRDS,)
    (role,) = unit.database_roles(target).items()
    assert role[0] == "keycloak" and role[1].credentials_secret == "keycloak-postgres-credentials"


def test_users_come_back_to_the_releases_callbacks_on_the_edges_host_unless_the_overlay_says():
    from somaagent01_gitops.tiers.keycloak.tier import _with_edge_callbacks
    from tests.conftest import make_settings

    assert _with_edge_callbacks(make_settings("PRODUCTION")).redirect_uris == [
        "https://app.example/api/v2/auth/oauth/callback",
        "https://app.example/auth/callback",
    ]
    assert _with_edge_callbacks(make_settings("LOCAL")).redirect_uris == [], "LOCAL has no edge"
    own = make_settings("DEVELOPMENT", identity={"hostname": "auth.dev.example", "redirect_uris": ["https://x.example/cb"]})
    assert _with_edge_callbacks(own).redirect_uris == ["https://x.example/cb"]
