"""Runtime services the app release needs: Temporal (pinned chart), Keycloak (its operator per
environment, from upstream manifests at a tag) and SpiceDB (an object of the overlay)."""

import pytest
import yaml

from somaagent01_gitops.runtime_services import services_for
from somaagent01_gitops.tiers.keycloak.service import KEYCLOAK
from somaagent01_gitops.tiers.registry import RUNTIME_SERVICES
from somaagent01_gitops.tiers.spicedb.service import SPICEDB
from somaagent01_gitops.tiers.temporal.service import TEMPORAL
from tests.conftest import shipped_targets

from .conftest import DIST


@pytest.fixture(scope="module")
def targets(environments):
    return shipped_targets(environments)


def apps_of(cluster):
    return {path.name: yaml.safe_load(path.read_text()) for path in (DIST / "apps" / cluster).glob("application-*.yaml")}


def test_every_environment_whose_release_needs_temporal_gets_it_from_the_pinned_chart(targets):
    for target in targets:
        assert services_for(target) == [TEMPORAL, KEYCLOAK, SPICEDB], target.path
        app = apps_of(target.cluster)[f"application-{target.application}-temporal.yaml"]
        source, spec = app["spec"]["source"], app["spec"]
        assert (source["repoURL"], source["chart"], source["targetRevision"]) == ("https://go.temporal.io/helm-charts", "temporal", "1.6.0")
        assert spec["project"] == target.project and spec["destination"]["namespace"] == target.settings.namespace
        assert source["helm"]["releaseName"] == "temporal", "the app's SA01_TEMPORAL_HOST names temporal-frontend"


def test_the_postgres_cluster_carries_temporals_role_and_databases():
    cluster = yaml.safe_load((DIST / "overlays" / "dev" / "cluster-somaagent01-pg.yaml").read_text())
    role = next(role for role in cluster["spec"]["managed"]["roles"] if role["name"] == "temporal")
    assert role["passwordSecret"] == {"name": "temporal-postgres-credentials"} and role["login"] is True
    # identical in every environment, so in base/ (each overlay includes it)
    folders = (DIST / "overlays" / "dev", DIST / "base")
    databases = [yaml.safe_load(path.read_text()) for folder in folders for path in folder.glob("database-*.yaml")]
    owned = {database["spec"]["name"] for database in databases if database["spec"]["owner"] == "temporal"}
    assert owned == {"temporal", "temporal_visibility"}


def test_the_environment_project_admits_the_chart_repository_and_nothing_cluster_scoped():
    project = yaml.safe_load((DIST / "apps" / "dev-shared" / "appproject-soma-dev.yaml").read_text())["spec"]
    assert "https://go.temporal.io/helm-charts" in project["sourceRepos"]
    assert project["clusterResourceWhitelist"] == []
    assert all(not service.footprint(None).cluster_kinds() for service in RUNTIME_SERVICES)


def rendered(folder):
    """The objects of an overlay folder and of base/, as its kustomization places them."""
    return [
        yaml.safe_load(path.read_text())
        for base in (DIST / folder, DIST / "base")
        for path in base.glob("*.yaml")
        if path.name != "kustomization.yaml"
    ]


def test_the_apps_keycloak_and_spicedb_settings_name_the_objects_rendered_beside_it(targets):
    for target in targets:
        namespace = target.settings.namespace
        objects = rendered(f"overlays/{target.path}")
        (keycloak,) = [obj for obj in objects if obj["kind"] == "Keycloak"]
        (realm,) = [obj for obj in objects if obj["kind"] == "KeycloakRealmImport"]
        (spicedb,) = [obj for obj in objects if obj["kind"] == "SpiceDBCluster"]
        config = next(obj for obj in objects if obj["kind"] == "ConfigMap" and obj["metadata"]["name"] == "gateway-config")["data"]
        # the operators name the Service <keycloak>-service (8080 with httpEnabled) and <spicedbcluster>
        keycloak_url = f"http://{keycloak['metadata']['name']}-service.{namespace}.svc:8080"
        assert keycloak["spec"]["http"]["httpEnabled"] is True
        assert config["SA01_KEYCLOAK_URL"] == keycloak_url
        assert config["SA01_KEYCLOAK_REALM"] == realm["spec"]["realm"]["realm"]
        assert config["SA01_JWT_JWKS_URL"] == f"{keycloak_url}/realms/{realm['spec']['realm']['realm']}/protocol/openid-connect/certs"
        assert config["SA01_KEYCLOAK_CLIENT_ID"] == realm["spec"]["realm"]["clients"][0]["clientId"]
        assert config["SPICEDB_HOST"] == f"{spicedb['metadata']['name']}.{namespace}.svc" and config["SPICEDB_PORT"] == "50051"


def test_keycloak_and_spicedb_own_their_databases_on_the_environments_postgres():
    cluster = yaml.safe_load((DIST / "overlays" / "qa" / "cluster-somaagent01-pg.yaml").read_text())
    roles = {role["name"]: role for role in cluster["spec"]["managed"]["roles"]}
    assert roles["keycloak"]["passwordSecret"] == {"name": "keycloak-postgres-credentials"}
    assert roles["spicedb"]["passwordSecret"] == {"name": "spicedb-postgres-credentials"}
    databases = [obj for obj in rendered("overlays/qa") if obj["kind"] == "Database"]
    assert {(database["spec"]["name"], database["spec"]["owner"]) for database in databases} >= {
        ("keycloak", "keycloak"),
        ("spicedb", "spicedb"),
    }


def test_each_environment_runs_its_keycloak_operator_in_its_own_project_and_namespace(targets):
    for target in targets:
        app = apps_of(target.cluster)[f"application-{target.application}-keycloak.yaml"]
        assert app["spec"]["project"] == target.project and app["spec"]["destination"]["namespace"] == target.settings.namespace
        assert app["spec"]["source"]["path"] == f"dist/services/{target.path}/keycloak"
        kustomization = yaml.safe_load((DIST / "services" / target.path / "keycloak" / "kustomization.yaml").read_text())
        assert kustomization["namespace"] == target.settings.namespace
