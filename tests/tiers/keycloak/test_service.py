"""The Keycloak operator per environment: its namespaced part, in the environment's namespace."""

from somaagent01_gitops.tiers.keycloak.service import KEYCLOAK, KEYCLOAK_CREDENTIALS
from tests.conftest import shipped_targets


def test_each_environment_gets_the_namespaced_part_in_its_own_namespace(environments):
    target = next(target for target in shipped_targets(environments) if target.path == "training")
    assert KEYCLOAK.kustomization is not None
    built = KEYCLOAK.kustomization(target)
    assert built["namespace"] == "soma-training"
    assert built["resources"] == ["https://raw.githubusercontent.com/keycloak/keycloak-k8s-resources/26.0.0/kubernetes/kubernetes.yml"]
    assert KEYCLOAK.credentials == {"keycloak": KEYCLOAK_CREDENTIALS}


def test_the_operators_namespaced_kinds_are_the_upstream_objects_the_kustomization_keeps():
    from somaagent01_gitops.footprints import Kind
    from somaagent01_gitops.operator_types import ClusterFacts
    from somaagent01_gitops.tiers.keycloak.service import KEYCLOAK

    declared = set(KEYCLOAK.footprint(ClusterFacts(name="-", targets=())).namespaced or ())
    assert {Kind("apps", "Deployment"), Kind("", "ServiceAccount"), Kind("rbac.authorization.k8s.io", "RoleBinding")} <= declared
    assert not any(kind.kind.startswith("Cluster") for kind in declared), "its cluster-scoped part comes with the platform"
