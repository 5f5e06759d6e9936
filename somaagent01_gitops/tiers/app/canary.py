"""A service rolled out as an Argo Rollouts (v1.9.1) canary, and the analysis that aborts it.

The Rollout references the service's Deployment (``workloadRef``), which keeps the pod
template: one template for every mode, every admission policy still reads it, and a change
to it (a new image, a changed ConfigMap's checksum) starts a canary. The controller scales
the Deployment down as the Rollout's pods become ready (``scaleDown: progressively``,
docs/migrating.md; rollout/replicaset.go L178-200 at v1.9.1); the Rollout starts at the
HPA's floor, so a Deployment scaled above the floor loses the difference until the HPA
scales the Rollout up again (the README's migration note).

Traffic is split by replicas, not at the edge: the Service selects stable and canary pods
alike, so a step's weight is the share of pods (rounded up: 5 % of 3 pods is one, a quarter
of the requests, as at 25 %). Kong's Gateway API traffic-router plugin for Argo Rollouts is
not used: it is downloaded by the controller at start from a URL, which a pinned,
offline-reviewed install does not allow. The analysis sees stable and canary requests
together, so a canary's own error rate must be its share's inverse times the threshold to
trip it (at 1 pod of 13, 13 %): it catches a broken release, not a slightly worse one.

An abort scales the canary away and leaves the stable pods serving; Git still names the new
version, so the Application stays Degraded until a new commit or a retry (not a Git revert).
The controller is chart argo-rollouts 2.41.0's v1.9.0; its sources and CRDs were read at
v1.9.1, whose code on these paths is the same.

The analysis reads what the edge sees (the gateway exports no Prometheus metrics at a169e468):
Kong's prometheus plugin counts every response of the service's routes by status and times
the upstream (``kong_http_requests_total``, ``kong_upstream_latency_ms``, Kong 3.9.1
kong/plugins/prometheus/exporter.lua L105-130). Its route label is ``httproute.<namespace>.
<route>.`` and more (KIC 3.5.13 internal/dataplane/translator/subtranslator/httproute.go
L347, L426; httproute_atc.go L481), so a route pattern selects one environment's routes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from constructs import Construct

from imports.rollouts.io.argoproj import (
    AnalysisTemplate,
    AnalysisTemplateSpec,
    AnalysisTemplateSpecMetrics,
    AnalysisTemplateSpecMetricsFailureLimit,
    AnalysisTemplateSpecMetricsProvider,
    AnalysisTemplateSpecMetricsProviderPrometheus,
    Rollout,
    RolloutSpec,
    RolloutSpecSelector,
    RolloutSpecStrategy,
    RolloutSpecStrategyCanary,
    RolloutSpecStrategyCanaryAnalysis,
    RolloutSpecStrategyCanaryAnalysisTemplates,
    RolloutSpecStrategyCanaryMaxSurge,
    RolloutSpecStrategyCanaryMaxUnavailable,
    RolloutSpecStrategyCanarySteps,
    RolloutSpecStrategyCanaryStepsPause,
    RolloutSpecStrategyCanaryStepsPauseDuration,
    RolloutSpecWorkloadRef,
)

from ...catalog import GATEWAY_HIGH_ERROR_RATE, GATEWAY_HIGH_LATENCY_P95, CatalogAlert
from ...constructs.idioms import metadata

RATE_WINDOW = "2m"
"""Each measurement's window: four scrapes at Prometheus' 15 s interval, and more."""


@dataclass(frozen=True, kw_only=True)
class CanaryAnalysisProps:
    """What judges a canary: the Prometheus to ask and the edge routes that reach the service."""

    prometheus_url: str
    """The cluster's Prometheus (operators.PROMETHEUS_URL)."""
    route_pattern: str
    """A PromQL regular expression of Kong's route names for the service's routes."""
    error_rate: CatalogAlert = GATEWAY_HIGH_ERROR_RATE
    """Fails past this ratio of 5xx responses. Default: the catalog's GatewayHighErrorRate."""
    latency_p95: CatalogAlert = GATEWAY_HIGH_LATENCY_P95
    """Fails past this p95 in seconds. Default: the catalog's GatewayHighLatencyP95."""


@dataclass(frozen=True, kw_only=True)
class ServiceCanaryProps:
    """One service's canary."""

    service: str
    """The service, its Deployment (the template) and the Rollout's name."""
    selector: Mapping[str, str]
    """The Deployment's pod selector."""
    steps: Sequence[tuple[int, str]]
    """(weight in percent, pause) per step."""
    replicas: int
    """Pods to start from: the HPA's floor (the environment's Application then keeps the
    live count the HPA sets)."""
    analysis: CanaryAnalysisProps | None = None
    """Abort on the edge's metrics. Default: none (the steps alone)."""


def error_rate_query(route_pattern: str) -> str:
    """Ratio of the routes' responses that are 5xx over the window (NaN without traffic)."""
    routes = f'route=~"{route_pattern}"'
    return (
        f'sum(rate(kong_http_requests_total{{{routes},code=~"5.."}}[{RATE_WINDOW}])) / '
        f"sum(rate(kong_http_requests_total{{{routes}}}[{RATE_WINDOW}]))"
    )


def latency_p95_query(route_pattern: str) -> str:
    """The routes' upstream p95 over the window, in seconds (Kong counts milliseconds)."""
    return (
        f'histogram_quantile(0.95, sum by (le) (rate(kong_upstream_latency_ms_bucket{{route=~"{route_pattern}"}}[{RATE_WINDOW}]))) / 1000'
    )


def request_rate_query(route_pattern: str) -> str:
    """Requests per second on the routes over the window: whether there is anything to judge."""
    return f'sum(rate(kong_http_requests_total{{route=~"{route_pattern}"}}[{RATE_WINDOW}]))'


TRAFFIC_SEEN = "len(result) > 0 && !isNaN(result[0]) && result[0] > 0"
"""The traffic metric's success: requests were seen. Its failure condition is never met, so
no traffic (or no metrics: the plugin, the scrape or the route pattern broken) is
Inconclusive, which pauses the canary for a person to judge instead of passing it."""


def failure_condition(alert: CatalogAlert) -> str:
    """A measurement fails past the alert's threshold; no traffic (no sample, NaN) is no failure."""
    return f"len(result) > 0 && !isNaN(result[0]) && result[0] > {alert.threshold}"


class ServiceCanary(Construct):
    """The Rollout over the service's Deployment and, with analysis, its AnalysisTemplate."""

    def __init__(self, scope: Construct, id: str, *, props: ServiceCanaryProps) -> None:
        super().__init__(scope, id)
        template = f"{props.service}-canary"
        self.analysis_template = _analysis_template(self, template, props.analysis) if props.analysis is not None else None
        steps: list[RolloutSpecStrategyCanarySteps] = []
        for weight, pause in props.steps:
            steps.append(RolloutSpecStrategyCanarySteps(set_weight=weight))
            steps.append(
                RolloutSpecStrategyCanarySteps(
                    pause=RolloutSpecStrategyCanaryStepsPause(duration=RolloutSpecStrategyCanaryStepsPauseDuration.from_string(pause))
                )
            )
        self.rollout = Rollout(
            self,
            "rollout",
            metadata=metadata(props.service, component="app"),
            spec=RolloutSpec(
                replicas=props.replicas,
                revision_history_limit=3,
                selector=RolloutSpecSelector(match_labels=dict(props.selector)),
                workload_ref=RolloutSpecWorkloadRef(
                    api_version="apps/v1", kind="Deployment", name=props.service, scale_down="progressively"
                ),
                strategy=RolloutSpecStrategy(
                    canary=RolloutSpecStrategyCanary(
                        # as the Deployment rolled: no pod removed before its replacement is up
                        max_surge=RolloutSpecStrategyCanaryMaxSurge.from_string("25%"),
                        max_unavailable=RolloutSpecStrategyCanaryMaxUnavailable.from_number(0),
                        steps=steps,
                        # from the first weight on, in the background until the last step
                        analysis=RolloutSpecStrategyCanaryAnalysis(
                            templates=[RolloutSpecStrategyCanaryAnalysisTemplates(template_name=template)], starting_step=1
                        )
                        if props.analysis is not None
                        else None,
                    )
                ),
            ),
        )


def _analysis_template(scope: Construct, name: str, analysis: CanaryAnalysisProps) -> AnalysisTemplate:
    def metric(metric_name: str, query: str, *, failure: str, success: str | None = None) -> AnalysisTemplateSpecMetrics:
        return AnalysisTemplateSpecMetrics(
            name=metric_name,
            interval="1m",
            # the window fills before the first measurement
            initial_delay=RATE_WINDOW,
            # two failed measurements abort (one may be a blip)
            failure_limit=AnalysisTemplateSpecMetricsFailureLimit.from_number(1),
            failure_condition=failure,
            success_condition=success,
            provider=AnalysisTemplateSpecMetricsProvider(
                prometheus=AnalysisTemplateSpecMetricsProviderPrometheus(address=analysis.prometheus_url, query=query)
            ),
        )

    pattern = analysis.route_pattern
    return AnalysisTemplate(
        scope,
        "analysis-template",
        metadata=metadata(name, component="app"),
        spec=AnalysisTemplateSpec(
            metrics=[
                metric("traffic", request_rate_query(pattern), failure="false", success=TRAFFIC_SEEN),
                metric("error-rate", error_rate_query(pattern), failure=failure_condition(analysis.error_rate)),
                metric("latency-p95", latency_p95_query(pattern), failure=failure_condition(analysis.latency_p95)),
            ]
        ),
    )
