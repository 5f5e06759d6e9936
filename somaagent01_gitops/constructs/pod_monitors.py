"""A PodMonitor on one named port of some pods: how Prometheus (the Prometheus Operator's
CRD) finds what this repository renders. A monitor with more to say (a scheme, credentials)
writes its own."""

from __future__ import annotations

from collections.abc import Mapping

from constructs import Construct

from imports.monitoring.com.coreos import monitoring

from .idioms import metadata


def metrics_pod_monitor(
    scope: Construct, *, name: str, selector: Mapping[str, str], port: str, path: str = "/metrics"
) -> monitoring.PodMonitor:
    """Plain HTTP ``path`` on the pods' port named ``port``. Its construct id is
    ``pod-monitor``: one per scope."""
    return monitoring.PodMonitor(
        scope,
        "pod-monitor",
        metadata=metadata(name, component="monitoring"),
        spec=monitoring.PodMonitorSpec(
            selector=monitoring.PodMonitorSpecSelector(match_labels=dict(selector)),
            pod_metrics_endpoints=[monitoring.PodMonitorSpecPodMetricsEndpoints(port=port, path=path)],
        ),
    )
