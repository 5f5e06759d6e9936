"""A PodMonitor on a named port: its pods, its port, its path."""

import cdk8s

from somaagent01_gitops.constructs.pod_monitors import metrics_pod_monitor


def test_a_pod_monitor_scrapes_the_named_port_of_the_selected_pods():
    chart = cdk8s.Testing.chart()
    metrics_pod_monitor(chart, name="svc", selector={"app.kubernetes.io/name": "svc"}, port="probes", path="/stats/prometheus")
    (monitor,) = cdk8s.Testing.synth(chart)
    assert (monitor["kind"], monitor["metadata"]["name"]) == ("PodMonitor", "svc")
    assert monitor["metadata"]["labels"]["app.kubernetes.io/component"] == "monitoring"
    assert monitor["spec"] == {
        "selector": {"matchLabels": {"app.kubernetes.io/name": "svc"}},
        "podMetricsEndpoints": [{"port": "probes", "path": "/stats/prometheus"}],
    }
