"""Keycloak per environment: HA beyond LOCAL, on the environment's Postgres over verified TLS,
restricted pods, and the realm and client the app's settings name."""

import cdk8s
import pytest

from somaagent01_gitops.settings import Identity
from somaagent01_gitops.tiers.keycloak.constructs import Keycloak, KeycloakProps

POSTGRES_HOST = "somaagent01-pg-rw.soma-x.svc"


def render(mode="DEVELOPMENT", **identity):
    chart = cdk8s.Testing.chart()
    Keycloak(
        chart,
        "keycloak",
        props=KeycloakProps(
            identity=Identity.model_validate({"hostname": "auth.x.example", **identity}),
            mode=mode,
            postgres_host=POSTGRES_HOST,
            database="keycloak",
            credentials_secret="keycloak-postgres-credentials",
            client_secret=("gateway-secrets", "SA01_KEYCLOAK_CLIENT_SECRET"),
            zone_spread=mode == "PRODUCTION",
        ),
    )
    return {obj["kind"]: obj for obj in cdk8s.Testing.synth(chart)}


@pytest.mark.parametrize("mode", ["LOCAL", "PRODUCTION"])
def test_snapshot(mode, snapshot):
    assert render(mode, redirect_uris=["https://app.x.example/callback"]) == snapshot


def test_one_instance_in_local_and_highly_available_beyond_with_a_disruption_budget():
    local = render("LOCAL")
    assert local["Keycloak"]["spec"]["instances"] == 1 and "PodDisruptionBudget" not in local
    prod = render("PRODUCTION")
    assert prod["Keycloak"]["spec"]["instances"] == 3
    assert prod["PodDisruptionBudget"]["spec"]["selector"]["matchLabels"] == {"app": "keycloak", "app.kubernetes.io/instance": "keycloak"}
    (spread,) = prod["Keycloak"]["spec"]["scheduling"]["topologySpreadConstraints"]
    assert spread["topologyKey"] == "topology.kubernetes.io/zone" and spread["whenUnsatisfiable"] == "DoNotSchedule"
    assert render(instances=4)["Keycloak"]["spec"]["instances"] == 4


def test_its_database_is_reached_with_the_server_certificate_verified_against_the_cluster_ca_only():
    spec = render()["Keycloak"]["spec"]
    assert spec["db"]["url"] == (f"jdbc:postgresql://{POSTGRES_HOST}:5432/keycloak?sslmode=verify-full&sslrootcert=/etc/postgres/ca/ca.crt")
    assert spec["db"]["passwordSecret"] == {"name": "keycloak-postgres-credentials", "key": "password"}
    assert spec["db"]["poolMaxSize"] == 10, "Keycloak's default of 100 per pod would exhaust the shared Postgres"
    (volume,) = spec["unsupported"]["podTemplate"]["spec"]["volumes"]
    assert volume["secret"]["items"] == [{"key": "ca.crt", "path": "ca.crt"}], "the CA Secret also holds the CA's key"


def test_pods_meet_the_restricted_pod_security_standard():
    pod = render()["Keycloak"]["spec"]["unsupported"]["podTemplate"]["spec"]
    assert pod["securityContext"]["runAsNonRoot"] is True and pod["securityContext"]["seccompProfile"] == {"type": "RuntimeDefault"}
    (container,) = pod["containers"]
    assert container["name"] == "keycloak"
    assert container["securityContext"] == {"allowPrivilegeEscalation": False, "capabilities": {"drop": ["ALL"]}}


def test_it_serves_plain_http_in_the_cluster_behind_the_edge_under_its_hostname():
    spec = render()["Keycloak"]["spec"]
    assert spec["http"] == {"httpEnabled": True}, "the app's SA01_KEYCLOAK_URL is http://keycloak-service:8080"
    assert spec["hostname"] == {"hostname": "https://auth.x.example", "backchannelDynamic": True}
    assert spec["ingress"] == {"enabled": False} and spec["proxy"] == {"headers": "xforwarded"}


def test_the_realm_holds_the_apps_confidential_client_with_its_secret_from_the_apps_secret():
    realm_import = render(redirect_uris=["https://app.x.example/callback"])["KeycloakRealmImport"]["spec"]
    assert realm_import["keycloakCRName"] == "keycloak"
    assert realm_import["realm"]["realm"] == "somaagent"
    (client,) = realm_import["realm"]["clients"]
    assert client["clientId"] == "somaagent-api" and client["publicClient"] is False
    assert client["secret"] == "${SA01_KEYCLOAK_CLIENT_SECRET}" and client["redirectUris"] == ["https://app.x.example/callback"]
    assert realm_import["placeholders"] == {
        "SA01_KEYCLOAK_CLIENT_SECRET": {"secret": {"name": "gateway-secrets", "key": "SA01_KEYCLOAK_CLIENT_SECRET"}}
    }
    assert "redirectUris" not in render()["KeycloakRealmImport"]["spec"]["realm"]["clients"][0], "no callback: no browser login"
