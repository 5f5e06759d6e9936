"""The Keycloak operator's cluster-wide part and what it makes at runtime."""

from somaagent01_gitops.footprints import Kind
from somaagent01_gitops.tiers.keycloak.operator import KEYCLOAK_CRDS, KEYCLOAK_OPERATOR_MANIFESTS, PRODUCERS


def test_the_cluster_part_comes_from_the_manifests_at_their_tag():
    assert (KEYCLOAK_CRDS.repo_url, KEYCLOAK_CRDS.version) == ("https://github.com/keycloak/keycloak-k8s-resources", "26.0.0")
    assert KEYCLOAK_CRDS.manifests is KEYCLOAK_OPERATOR_MANIFESTS and KEYCLOAK_CRDS.chart is None
    provided = KEYCLOAK_CRDS.footprint(None).provided_kinds()
    assert provided == {Kind("k8s.keycloak.org", "Keycloak"), Kind("k8s.keycloak.org", "KeycloakRealmImport")}


def test_it_makes_the_keycloak_pods_and_the_bootstrap_admin_secret():
    made = {(producer.creates.kind, producer.name or str(dict(producer.labels))) for producer in PRODUCERS}
    assert ("Secret", "{name}-initial-admin") in made
    assert any(kind == "Pod" for kind, _ in made)
