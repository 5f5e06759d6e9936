"""The Keycloak operator per environment: its namespaced part, in the environment's namespace."""

from somaagent01_gitops.targets import targets_of
from somaagent01_gitops.tiers.keycloak.service import KEYCLOAK, KEYCLOAK_CREDENTIALS


def test_each_environment_gets_the_namespaced_part_in_its_own_namespace(environments):
    target = next(target for target in targets_of(environments) if target.path == "training")
    assert KEYCLOAK.kustomization is not None
    built = KEYCLOAK.kustomization(target)
    assert built["namespace"] == "soma-training"
    assert built["resources"] == ["https://raw.githubusercontent.com/keycloak/keycloak-k8s-resources/26.0.0/kubernetes/kubernetes.yml"]
    assert KEYCLOAK.credentials == {"keycloak": KEYCLOAK_CREDENTIALS}
