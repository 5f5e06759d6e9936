"""A service's canary: the Rollout over its Deployment, and the analysis whose queries
Prometheus' own engine (promtool) evaluates over the environment's app routes as Kong names
them, and whose conditions Argo Rollouts' own expression language evaluates as the catalog's
alerts say."""

import json
import subprocess

import cdk8s
import promql_parser
import pytest

from somaagent01_gitops.catalog import GATEWAY_HIGH_ERROR_RATE, GATEWAY_HIGH_LATENCY_P95
from somaagent01_gitops.tiers.app.canary import (
    TRAFFIC_SEEN,
    CanaryAnalysisProps,
    ServiceCanary,
    ServiceCanaryProps,
    error_rate_query,
    failure_condition,
    latency_p95_query,
    request_rate_query,
)
from somaagent01_gitops.tiers.edge.constructs import APP_ROUTES, kong_route_pattern

from ...conftest import PROJECT_ROOT, promtool_expect

EXPRCHECK = PROJECT_ROOT / ".tools/expr/exprcheck"
PATTERN = kong_route_pattern("soma-prod", APP_ROUTES)
ANALYSED = {
    "service": "gateway",
    "selector": {"app.kubernetes.io/name": "gateway"},
    "steps": ((5, "5m"), (25, "5m"), (50, "10m")),
    "replicas": 3,
    "analysis": CanaryAnalysisProps(prometheus_url="http://prometheus.monitoring.svc:9090", route_pattern=PATTERN),
}
PLAIN = {**ANALYSED, "analysis": None, "replicas": 2}


def render(**props):
    chart = cdk8s.Testing.chart()
    ServiceCanary(chart, "canary", props=ServiceCanaryProps(**props))
    return {(obj["kind"], obj["metadata"]["name"]): obj for obj in cdk8s.Testing.synth(chart)}


@pytest.mark.parametrize("props", [ANALYSED, PLAIN], ids=["analysed", "plain"])
def test_snapshot(props, snapshot):
    assert render(**props) == snapshot


def test_the_rollout_takes_the_deployments_template_and_steps_up_with_pauses():
    spec = render(**ANALYSED)[("Rollout", "gateway")]["spec"]
    assert spec["workloadRef"] == {"apiVersion": "apps/v1", "kind": "Deployment", "name": "gateway", "scaleDown": "progressively"}
    assert "template" not in spec and spec["replicas"] == 3, "the template is the Deployment's; the count to start from"
    canary = spec["strategy"]["canary"]
    assert canary["steps"] == [
        {"setWeight": 5},
        {"pause": {"duration": "5m"}},
        {"setWeight": 25},
        {"pause": {"duration": "5m"}},
        {"setWeight": 50},
        {"pause": {"duration": "10m"}},
    ]
    assert canary["analysis"] == {"templates": [{"templateName": "gateway-canary"}], "startingStep": 1}
    assert (canary["maxSurge"], canary["maxUnavailable"]) == ("25%", 0)
    plain = render(**PLAIN)
    assert plain[("Rollout", "gateway")]["spec"]["replicas"] == 2
    assert "analysis" not in plain[("Rollout", "gateway")]["spec"]["strategy"]["canary"]
    assert ("AnalysisTemplate", "gateway-canary") not in plain


def test_the_analysis_fails_on_the_catalogs_thresholds_and_its_queries_parse():
    metrics = {m["name"]: m for m in render(**ANALYSED)[("AnalysisTemplate", "gateway-canary")]["spec"]["metrics"]}
    assert list(metrics) == ["traffic", "error-rate", "latency-p95"]
    assert (metrics["traffic"]["successCondition"], metrics["traffic"]["failureCondition"]) == (TRAFFIC_SEEN, "false")
    assert metrics["traffic"]["provider"]["prometheus"]["query"] == request_rate_query(PATTERN)
    assert metrics["error-rate"]["failureCondition"].endswith(f"result[0] > {GATEWAY_HIGH_ERROR_RATE.threshold}")
    assert metrics["latency-p95"]["failureCondition"].endswith(f"result[0] > {GATEWAY_HIGH_LATENCY_P95.threshold}")
    assert (GATEWAY_HIGH_ERROR_RATE.threshold, GATEWAY_HIGH_LATENCY_P95.threshold) == (0.01, 2.0), "the catalog: > 1 %, > 2 s"
    for metric in metrics.values():
        prometheus = metric["provider"]["prometheus"]
        assert prometheus["address"] == "http://prometheus.monitoring.svc:9090"
        promql_parser.parse(prometheus["query"])
        assert metric["failureLimit"] == 1 and metric["interval"] == "1m"
    assert metrics["error-rate"]["provider"]["prometheus"]["query"] == error_rate_query(PATTERN)
    assert metrics["latency-p95"]["provider"]["prometheus"]["query"] == latency_p95_query(PATTERN)


REQUESTS = {
    # (route as Kong names it, status): requests per minute
    ("httproute.soma-prod.app-web.0.0", "200"): 970,
    ("httproute.soma-prod.app-web.0.0", "500"): 20,
    # the expressions router puts the host in the name
    ("httproute.soma-prod.app-bearer.app.soma.ai.0.0", "200"): 1000,
    ("httproute.soma-prod.app-bearer.app.soma.ai.0.0", "503"): 10,
    # never the app's: answered by Kong, Keycloak's, another environment's
    ("httproute.soma-prod.app-closed.0.0", "503"): 500,
    ("httproute.soma-prod.identity.0.0", "500"): 500,
    ("httproute.soma-qa.app-web.0.0", "500"): 500,
}
LATENCY_BUCKETS = {
    # route: cumulative requests per minute by bucket (Kong's upstream buckets, milliseconds)
    "httproute.soma-prod.app-web.0.0": {"250": 50, "1000": 90, "2000": 100, "60000": 100, "+Inf": 100},
    "httproute.soma-prod.identity.0.0": {"250": 0, "1000": 0, "2000": 0, "60000": 0, "+Inf": 100},
}


def test_the_error_rate_counts_exactly_the_environments_app_routes_in_both_kong_routers(tmp_path):
    series = {f'kong_http_requests_total{{route="{route}",code="{code}"}}': rate for (route, code), rate in REQUESTS.items()}
    promtool_expect(tmp_path, series, error_rate_query(PATTERN), (20 + 10) / (970 + 20 + 1000 + 10))


def test_the_traffic_is_the_app_routes_requests_per_second(tmp_path):
    series = {f'kong_http_requests_total{{route="{route}",code="{code}"}}': rate for (route, code), rate in REQUESTS.items()}
    promtool_expect(tmp_path, series, request_rate_query(PATTERN), (970 + 20 + 1000 + 10) / 60)


def test_the_latency_is_the_app_routes_upstream_p95_in_seconds(tmp_path):
    series = {
        f'kong_upstream_latency_ms_bucket{{route="{route}",le="{le}"}}': count
        for route, buckets in LATENCY_BUCKETS.items()
        for le, count in buckets.items()
    }
    # the 95th of 100 requests lies halfway between 90 (<= 1 s) and 100 (<= 2 s)
    promtool_expect(tmp_path, series, latency_p95_query(PATTERN), 1.5)


def evaluate(condition, *results):
    if not EXPRCHECK.exists():
        pytest.fail("Argo Rollouts' expression evaluator is missing: run `make .tools/expr/.installed` (make test does)")
    cases = [{"condition": condition, "result": [str(value) for value in result]} for result in results]
    out = subprocess.run([str(EXPRCHECK)], input=json.dumps(cases), capture_output=True, text=True, check=True).stdout
    return out.splitlines()


def test_a_measurement_fails_only_past_the_threshold_never_without_traffic():
    errors = failure_condition(GATEWAY_HIGH_ERROR_RATE)
    # 2 % of 5xx, 0.5 %, exactly 1 %, no sample (no traffic yet), NaN (0 of 0 requests)
    assert evaluate(errors, [0.02], [0.005], [0.01], [], [float("nan")]) == ["true", "false", "false", "false", "false"]
    latency = failure_condition(GATEWAY_HIGH_LATENCY_P95)
    assert evaluate(latency, [2.5], [1.9], [float("nan")]) == ["true", "false", "false"]


def test_no_traffic_is_inconclusive_so_the_canary_waits_for_a_person():
    # neither condition holds without requests: Argo Rollouts then calls the measurement
    # Inconclusive and pauses (docs/features/analysis.md "Inconclusive Runs" at v1.9.1)
    assert evaluate(TRAFFIC_SEEN, [3.5], [0], [], [float("nan")]) == ["true", "false", "false", "false"]
    template = render(**ANALYSED)[("AnalysisTemplate", "gateway-canary")]["spec"]["metrics"][0]
    assert evaluate(template["failureCondition"], [3.5], [], [0]) == ["false", "false", "false"], "it never fails"


def test_the_evaluator_refuses_what_argo_rollouts_would():
    # a non-boolean result and an unknown function are errors there too (EvalCondition)
    assert evaluate("result[0] + 1", [1.0])[0].startswith("error: expected bool")
    assert evaluate("nope(result)", [1.0])[0].startswith("error:")
