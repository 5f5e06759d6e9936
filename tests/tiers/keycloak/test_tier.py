"""The Keycloak tier's registration."""

from somaagent01_gitops.tiers.keycloak.operator import KEYCLOAK_CRDS
from somaagent01_gitops.tiers.keycloak.tier import KeycloakUnit


def test_it_registers_its_operator_and_owns_its_database(environments):
    from somaagent01_gitops.targets import targets_of

    target = next(target for target in targets_of(environments) if target.path == "dev")
    unit = KeycloakUnit()
    assert unit.applies(target) and unit.operators == (KEYCLOAK_CRDS,)
    (role,) = unit.database_roles(target).items()
    assert role[0] == "keycloak" and role[1].credentials_secret == "keycloak-postgres-credentials"
