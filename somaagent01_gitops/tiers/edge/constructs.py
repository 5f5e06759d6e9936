"""One environment's edge: a Gateway of Kong's GatewayClass, its certificate, the routes to
the gateway's public paths and to Keycloak's realm, and the Kong plugins on them.

Kong's ingress controller (KIC 3.5, the ``kong`` chart's) serves every Gateway of the
``kong`` class with the one proxy its chart runs, and reads plugins from the
``konghq.com/plugins`` annotation of each HTTPRoute. A route's path prefix decides: the
longest prefix of all routes that matches a request wins, so ``/api/v2/auth`` (anonymous)
is not caught by ``/api/v2`` (bearer). Kong's router matches neither port nor scheme, so
plain HTTP is not a listener of its own: every route is HTTPS-only and Kong answers a
plain-HTTP request for it with a 301 to HTTPS (``konghq.com/https-redirect-status-code``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from constructs import Construct

from imports.gateway.io.k8s.networking import gateway as gw
from imports.kong.com.konghq import configuration as kong

from ...argocd import WAVE_AFTER_EVERYTHING, WAVE_ANNOTATION
from ...constructs.certificates import ServerCertificate, ServerCertificateProps
from ...constructs.idioms import metadata
from ...pki import SERVER_LIFETIME, Lifetime
from ...releases import PublicPaths

GATEWAY_CLASS = "kong"
"""The GatewayClass Kong's Application installs (operators.py)."""
GATEWAY = "edge"
"""Each environment's Gateway, and its certificate's Secret (``edge-tls``)."""
PLUGINS_ANNOTATION = "konghq.com/plugins"
REDIRECT_ANNOTATION = "konghq.com/https-redirect-status-code"
HTTPS_PORT = 443
APP_ROUTES = ("app-anonymous", "app-bearer", "app-web")
"""The HTTPRoutes whose requests reach the app (``app-closed`` is answered by Kong itself)."""
METRICS_PLUGIN = "edge-metrics"
"""Kong's prometheus plugin on every route that reaches a backend: responses by status and latencies per route
(status_code_metrics and latency_metrics default to false, Kong 3.9.1
kong/plugins/prometheus/schema.lua L20-22), which canary analyses read."""


def kong_route_pattern(namespace: str, routes: Sequence[str]) -> str:
    """A PromQL regular expression of the names Kong gives the routes' rules: ``httproute.
    <namespace>.<route>.`` then the rule and match (and, with the expressions router, the
    host): KIC 3.5.13 subtranslator/httproute.go L347, L426 and httproute_atc.go L481."""
    # a backslash doubled: the pattern sits in a PromQL string, a namespace has no dot
    dot = "\\\\."
    return f"httproute{dot}{namespace}{dot}({'|'.join(sorted(routes))}){dot}.+"


@dataclass(frozen=True, kw_only=True)
class Backend:
    """A Service of the namespace the edge forwards to."""

    service: str
    port: int


@dataclass(frozen=True, kw_only=True)
class JwtCheck:
    """Kong's ``jwt`` plugin: tokens whose ``iss`` claim names the realm, signed with the key
    of the consumer whose credential carries that issuer (its ``key``)."""

    credential_secret: str
    """The Secret holding the consumer's jwt credential (``key``, ``algorithm``, ``rsa_public_key``)."""


@dataclass(frozen=True, kw_only=True)
class Waf:
    """Kong's request-filtering plugins."""

    max_body_megabytes: int
    """Larger bodies are refused (413)."""
    blocked_user_agents: Sequence[str]
    """User-Agent regular expressions refused (403) on the web UI's paths, matched without
    regard to case, besides Kong's own bot list (which also names HTTP client libraries, so it
    guards only what browsers fetch)."""


@dataclass(frozen=True, kw_only=True)
class EdgeProps:
    """What the edge publishes and how it guards it."""

    hostname: str
    """The app's public host name."""
    identity_hostname: str
    """Keycloak's public host name."""
    realm: str
    """The Keycloak realm whose pages are published (``/realms/<realm>``)."""
    app: Backend
    """The app's gateway Service."""
    identity: Backend
    """Keycloak's Service."""
    paths: PublicPaths
    """How the release splits its URL space (releases.py)."""
    issuer: str
    """The cert-manager issuer of the edge's certificate."""
    issuer_kind: Literal["Issuer", "ClusterIssuer"] = "Issuer"
    """Issuer or ClusterIssuer. Default: Issuer (the namespace's CA)."""
    lifetime: Lifetime = SERVER_LIFETIME
    """The certificate's validity. Default: 90 days, renewed 30 days ahead (an ACME authority may
    cap it)."""
    jwt: JwtCheck | None = None
    """Validate access tokens on the bearer paths. Default: none."""
    rate_limit_per_minute: int | None = None
    """Requests per client address and minute, on every route. Default: none."""
    waf: Waf | None = None
    """Limit request bodies on every route, and user agents on the web UI's. Default: none."""


class Edge(Construct):
    """The Gateway, its certificate, the routes and their plugins."""

    def __init__(self, scope: Construct, id: str, *, props: EdgeProps) -> None:
        super().__init__(scope, id)
        self.certificate = ServerCertificate(
            self,
            "certificate",
            props=ServerCertificateProps(
                name=f"{GATEWAY}-tls",
                dns_names=(props.hostname, props.identity_hostname),
                component="edge",
                issuer=props.issuer,
                issuer_kind=props.issuer_kind,
                lifetime=props.lifetime,
                # with its only reader, the Gateway, after every other wave: an ACME order that
                # takes long (or fails) holds nothing
                annotations={WAVE_ANNOTATION: str(WAVE_AFTER_EVERYTHING)},
            ),
        )
        self.gateway = gw.Gateway(
            self,
            "gateway",
            metadata=metadata(GATEWAY, component="edge"),
            spec=gw.GatewaySpec(
                gateway_class_name=GATEWAY_CLASS,
                listeners=[_https_listener("app", props.hostname), _https_listener("identity", props.identity_hostname)],
            ),
        )
        common = _plugins(self, props)
        self.routes = _routes(self, props, common)


def _same_namespace() -> gw.GatewaySpecListenersAllowedRoutes:
    return gw.GatewaySpecListenersAllowedRoutes(
        namespaces=gw.GatewaySpecListenersAllowedRoutesNamespaces(from_=gw.GatewaySpecListenersAllowedRoutesNamespacesFrom.SAME)
    )


def _https_listener(name: str, hostname: str) -> gw.GatewaySpecListeners:
    return gw.GatewaySpecListeners(
        name=name,
        port=HTTPS_PORT,
        protocol="HTTPS",
        hostname=hostname,
        tls=gw.GatewaySpecListenersTls(
            mode=gw.GatewaySpecListenersTlsMode.TERMINATE,
            certificate_refs=[gw.GatewaySpecListenersTlsCertificateRefs(name=f"{GATEWAY}-tls", kind="Secret", group="")],
        ),
        allowed_routes=_same_namespace(),
    )


def _plugin(scope: Construct, name: str, plugin: str, config: Mapping[str, Any]) -> str:
    kong.KongPlugin(scope, name, metadata=metadata(name, component="edge"), plugin=plugin, config=dict(config))
    return name


def _plugins(scope: Construct, props: EdgeProps) -> list[str]:
    """The plugins every route carries (metrics, rate limit, body size); their names, in order."""
    names = [_plugin(scope, METRICS_PLUGIN, "prometheus", {"status_code_metrics": True, "latency_metrics": True})]
    if props.rate_limit_per_minute is not None:
        # counted by each Kong pod: no shared store, so a client may reach the limit on each pod
        config = {"minute": props.rate_limit_per_minute, "policy": "local", "limit_by": "ip", "fault_tolerant": True}
        names.append(_plugin(scope, "edge-rate-limit", "rate-limiting", config))
    if props.waf is not None:
        size = {"allowed_payload_size": props.waf.max_body_megabytes, "size_unit": "megabytes", "require_content_length": False}
        names.append(_plugin(scope, "edge-body-limit", "request-size-limiting", size))
    return names


def _bots(scope: Construct, waf: Waf) -> str:
    # Kong matches the patterns with flags "jo" (case-sensitive): "(?i)" makes "nikto" match "Nikto/2.5"
    deny = [pattern if pattern.startswith("(?i)") else f"(?i){pattern}" for pattern in waf.blocked_user_agents]
    return _plugin(scope, "edge-bots", "bot-detection", {"deny": deny})


def _jwt(scope: Construct, check: JwtCheck) -> str:
    kong.KongConsumer(
        scope,
        "jwt-consumer",
        # KIC 3.x takes a consumer without its ingress class only where "kong" is the default class
        metadata=metadata("edge-keycloak-realm", component="edge", annotations={"kubernetes.io/ingress.class": GATEWAY_CLASS}),
        username="keycloak-realm",
        credentials=[check.credential_secret],
    )
    config = {
        # the consumer is found by the token's issuer; only the Authorization header is read (a token
        # in a query string or cookie would end up in access logs)
        "key_claim_name": "iss",
        "claims_to_verify": ["exp"],
        "header_names": ["authorization"],
        "uri_param_names": [],
        "cookie_names": [],
        "run_on_preflight": False,
    }
    return _plugin(scope, "edge-jwt", "jwt", config)


def _parent(listener: str) -> gw.HttpRouteSpecParentRefs:
    """The edge Gateway's listener, with the group and kind the API server would add."""
    return gw.HttpRouteSpecParentRefs(group="gateway.networking.k8s.io", kind="Gateway", name=GATEWAY, section_name=listener)


def _prefix(prefix: str) -> gw.HttpRouteSpecRulesMatches:
    return gw.HttpRouteSpecRulesMatches(
        path=gw.HttpRouteSpecRulesMatchesPath(type=gw.HttpRouteSpecRulesMatchesPathType.PATH_PREFIX, value=prefix)
    )


def _route(
    scope: Construct,
    name: str,
    *,
    hostname: str,
    listener: str,
    prefixes: Sequence[str],
    backend: Backend,
    plugins: Sequence[str],
) -> gw.HttpRoute:
    return gw.HttpRoute(
        scope,
        name,
        metadata=metadata(
            name,
            component="edge",
            annotations={REDIRECT_ANNOTATION: "301", **({PLUGINS_ANNOTATION: ",".join(plugins)} if plugins else {})},
        ),
        spec=gw.HttpRouteSpec(
            hostnames=[hostname],
            parent_refs=[_parent(listener)],
            rules=[
                gw.HttpRouteSpecRules(
                    matches=[_prefix(prefix) for prefix in prefixes],
                    # the API server's defaults written out (Argo CD compares list items whole)
                    backend_refs=[
                        gw.HttpRouteSpecRulesBackendRefs(group="", kind="Service", name=backend.service, port=backend.port, weight=1)
                    ],
                )
            ],
        ),
    )


def _routes(scope: Construct, props: EdgeProps, common: Sequence[str]) -> dict[str, gw.HttpRoute]:
    bearer = [*common, _jwt(scope, props.jwt)] if props.jwt is not None else list(common)
    closed = _plugin(scope, "edge-closed", "request-termination", {"status_code": 404, "message": "Not Found"})

    def app(name: str, prefixes: Sequence[str], plugins: Sequence[str]) -> gw.HttpRoute:
        return _route(scope, name, hostname=props.hostname, listener="app", prefixes=prefixes, backend=props.app, plugins=plugins)

    routes = {
        "app-bearer": app("app-bearer", props.paths.bearer, bearer),
        "app-anonymous": app("app-anonymous", props.paths.anonymous, common),
        "app-web": app("app-web", props.paths.web, [*common, _bots(scope, props.waf)] if props.waf is not None else common),
        "app-closed": app("app-closed", props.paths.closed, [closed]),
        "identity": _route(
            scope,
            "identity",
            hostname=props.identity_hostname,
            listener="identity",
            # the realm's endpoints and the login pages' static files; the admin console and the
            # master realm stay inside
            prefixes=(f"/realms/{props.realm}", "/resources"),
            backend=props.identity,
            plugins=common,
        ),
    }
    return routes
