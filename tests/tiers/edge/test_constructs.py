"""The edge construct: the Gateway, its certificate, the routes and the Kong plugins on them."""

import cdk8s
import pytest

from somaagent01_gitops.releases import A169E468, PublicPaths
from somaagent01_gitops.tiers.edge.constructs import Backend, Edge, EdgeProps, JwtCheck, Waf

PATHS = A169E468.public_paths


def props(**changes):
    base = {
        "hostname": "app.example",
        "identity_hostname": "auth.example",
        "realm": "somaagent",
        "app": Backend(service="gateway", port=9000),
        "identity": Backend(service="keycloak-service", port=8080),
        "paths": PATHS,
        "issuer": "soma-ca",
    }
    return EdgeProps(**{**base, **changes})


GUARDED = {
    "issuer": "soma-public-acme",
    "issuer_kind": "ClusterIssuer",
    "jwt": JwtCheck(credential_secret="edge-jwt-keycloak"),
    "rate_limit_per_minute": 600,
    "waf": Waf(max_body_megabytes=16, blocked_user_agents=("sqlmap",)),
}


def render(**changes):
    chart = cdk8s.Testing.chart()
    Edge(chart, "edge", props=props(**changes))
    return cdk8s.Testing.synth(chart)


def by_kind(objects, kind):
    return {obj["metadata"]["name"]: obj for obj in objects if obj["kind"] == kind}


def plugins_of(route):
    value = route["metadata"].get("annotations", {}).get("konghq.com/plugins", "")
    return value.split(",") if value else []


@pytest.mark.parametrize("guarded", [False, True])
def test_snapshot(guarded, snapshot):
    assert render(**(GUARDED if guarded else {})) == snapshot


def test_https_listeners_serve_both_host_names_with_the_certificate_that_covers_them():
    objects = render()
    (certificate,) = by_kind(objects, "Certificate").values()
    (gateway,) = by_kind(objects, "Gateway").values()
    assert certificate["spec"]["dnsNames"] == ["app.example", "auth.example"]
    https = [listener for listener in gateway["spec"]["listeners"] if listener["protocol"] == "HTTPS"]
    assert {listener["hostname"] for listener in https} == {"app.example", "auth.example"}
    for listener in https:
        assert listener["tls"]["certificateRefs"][0]["name"] == certificate["spec"]["secretName"]
        assert listener["allowedRoutes"]["namespaces"]["from"] == "Same"
    assert gateway["spec"]["gatewayClassName"] == "kong"


def test_every_route_is_https_and_plain_http_is_redirected_by_kong():
    objects = render()
    (gateway,) = by_kind(objects, "Gateway").values()
    assert {listener["protocol"] for listener in gateway["spec"]["listeners"]} == {"HTTPS"}
    routes = by_kind(objects, "HTTPRoute")
    assert set(routes) == {"app-bearer", "app-anonymous", "app-web", "app-closed", "identity"}
    for route in routes.values():
        assert route["metadata"]["annotations"]["konghq.com/https-redirect-status-code"] == "301"


def test_the_release_paths_are_split_by_what_they_need():
    routes = by_kind(render(**GUARDED), "HTTPRoute")

    def prefixes(name):
        return [match["path"]["value"] for match in routes[name]["spec"]["rules"][0]["matches"]]

    assert prefixes("app-bearer") == list(PATHS.bearer)
    assert prefixes("app-anonymous") == list(PATHS.anonymous)
    assert prefixes("app-web") == list(PATHS.web)
    assert prefixes("app-closed") == list(PATHS.closed)
    assert "edge-jwt" in plugins_of(routes["app-bearer"]), "the API's bearer paths need a valid token"
    assert "edge-jwt" not in plugins_of(routes["app-anonymous"]) + plugins_of(routes["app-web"]) + plugins_of(routes["identity"])
    assert plugins_of(routes["app-closed"]) == ["edge-closed"], "closed paths are answered at the edge"


def test_keycloak_publishes_its_realm_and_nothing_of_its_admin_side():
    identity = by_kind(render(), "HTTPRoute")["identity"]
    assert identity["spec"]["hostnames"] == ["auth.example"]
    prefixes = [match["path"]["value"] for match in identity["spec"]["rules"][0]["matches"]]
    assert prefixes == ["/realms/somaagent", "/resources"]
    assert identity["spec"]["rules"][0]["backendRefs"][0]["name"] == "keycloak-service"


def test_without_guards_no_plugin_but_the_metrics_and_the_closed_paths():
    objects = render()
    assert set(by_kind(objects, "KongPlugin")) == {"edge-metrics", "edge-closed"}
    assert by_kind(objects, "KongConsumer") == {}


def test_guards_configure_jwt_rate_limit_and_waf():
    objects = render(**GUARDED)
    plugins = by_kind(objects, "KongPlugin")
    assert {name: plugin["plugin"] for name, plugin in plugins.items()} == {
        "edge-metrics": "prometheus",
        "edge-rate-limit": "rate-limiting",
        "edge-body-limit": "request-size-limiting",
        "edge-bots": "bot-detection",
        "edge-jwt": "jwt",
        "edge-closed": "request-termination",
    }
    jwt = plugins["edge-jwt"]["config"]
    assert jwt["key_claim_name"] == "iss" and jwt["claims_to_verify"] == ["exp"]
    assert jwt["uri_param_names"] == [] and jwt["cookie_names"] == [], "tokens only in the Authorization header"
    assert plugins["edge-rate-limit"]["config"]["minute"] == 600
    assert plugins["edge-body-limit"]["config"]["allowed_payload_size"] == 16
    assert plugins["edge-bots"]["config"]["deny"] == ["(?i)sqlmap"], "Kong matches case-sensitively unless told"
    (consumer,) = by_kind(objects, "KongConsumer").values()
    assert consumer["credentials"] == ["edge-jwt-keycloak"]
    assert consumer["metadata"]["annotations"] == {"kubernetes.io/ingress.class": "kong"}
    (certificate,) = by_kind(objects, "Certificate").values()
    assert certificate["spec"]["issuerRef"] == {"group": "cert-manager.io", "kind": "ClusterIssuer", "name": "soma-public-acme"}


def test_every_public_route_carries_the_common_guards_and_only_the_web_ui_the_bot_filter():
    routes = by_kind(render(**GUARDED), "HTTPRoute")
    for name in ("app-bearer", "app-anonymous", "app-web", "identity"):
        assert plugins_of(routes[name])[:3] == ["edge-metrics", "edge-rate-limit", "edge-body-limit"], name
    # Kong's bot list names HTTP client libraries (Apache-HttpClient, Python-urllib): API callers
    assert [name for name, route in routes.items() if "edge-bots" in plugins_of(route)] == ["app-web"]


def test_kong_counts_every_routes_responses_by_status_and_times_them():
    objects = render()
    metrics = by_kind(objects, "KongPlugin")["edge-metrics"]
    # both default to false in Kong 3.9.1 (kong/plugins/prometheus/schema.lua L20-22)
    assert metrics["config"] == {"status_code_metrics": True, "latency_metrics": True}
    routes = by_kind(objects, "HTTPRoute")
    assert [name for name, route in routes.items() if "edge-metrics" in plugins_of(route)] == [
        "app-bearer",
        "app-anonymous",
        "app-web",
        "identity",
    ], "app-closed never reaches a backend"


def test_the_paths_come_from_the_release():
    paths = PublicPaths(bearer=("/api",), anonymous=("/login",), web=("/",), closed=("/admin",), source="test")
    routes = by_kind(render(paths=paths), "HTTPRoute")
    assert routes["app-bearer"]["spec"]["rules"][0]["matches"][0]["path"]["value"] == "/api"
