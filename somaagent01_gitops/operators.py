"""The platform operators: which upstream Helm chart, at which exact version, where, for whom.

Each operator is installed by one Argo CD Application per cluster that needs it; a cluster
needs an operator when one of the environments it syncs does (by mode). Chart values are
written from the typed model (replicas and sizing by whether the cluster serves
production, the namespaces an operator watches from the environments on the cluster).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .catalog import INGRESS_NAMESPACE, MONITORING_NAMESPACE
from .targets import Target

BEYOND_LOCAL = frozenset({"DEVELOPMENT", "TRAINING", "PRODUCTION"})
EVERY_MODE = frozenset({"LOCAL"}) | BEYOND_LOCAL
SEMVER = re.compile(r"^v?[0-9]+\.[0-9]+\.[0-9]+$")


@dataclass(frozen=True)
class ClusterFacts:
    """What an operator's values may depend on: the cluster and the targets it syncs."""

    name: str
    targets: tuple[Target, ...]

    @property
    def production(self) -> bool:
        return any(target.settings.mode == "PRODUCTION" for target in self.targets)

    @property
    def modes(self) -> frozenset[str]:
        return frozenset(target.settings.mode for target in self.targets)

    @property
    def namespaces(self) -> list[str]:
        return sorted({target.settings.namespace for target in self.targets})

    def replicas(self, production: int = 2) -> int:
        return production if self.production else 1


@dataclass(frozen=True)
class OperatorChart:
    """One operator and the upstream chart that installs it."""

    name: str
    namespace: str
    repo_url: str
    chart: str
    version: str
    """The exact chart version (no ranges); see the README for how each was chosen."""
    app_version: str
    """The operator release the chart ships, matching the CRDs in ../shared/crds."""
    modes: frozenset[str]
    """Environment modes that need it."""
    values: Callable[[ClusterFacts], dict[str, Any]]

    def __post_init__(self) -> None:
        if not SEMVER.match(self.version):
            raise ValueError(f"operator {self.name}: chart version {self.version!r} is not an exact semantic version")


def _strimzi(cluster: ClusterFacts) -> dict[str, Any]:
    return {
        "watchAnyNamespace": False,
        "watchNamespaces": cluster.namespaces,
        "replicas": cluster.replicas(),
        "resources": {"requests": {"cpu": "200m", "memory": "384Mi"}, "limits": {"cpu": "1", "memory": "384Mi"}},
    }


def _cloudnative_pg(cluster: ClusterFacts) -> dict[str, Any]:
    return {
        "replicaCount": cluster.replicas(),
        "config": {"clusterWide": True},
        "monitoring": {"podMonitorEnabled": cluster.modes <= BEYOND_LOCAL},
    }


def _barman_cloud(cluster: ClusterFacts) -> dict[str, Any]:
    return {"replicaCount": cluster.replicas()}


def _cert_manager(cluster: ClusterFacts) -> dict[str, Any]:
    return {
        "crds": {"enabled": True, "keep": True},
        "replicaCount": cluster.replicas(),
        "prometheus": {"enabled": True, "servicemonitor": {"enabled": True}},
    }


def _kube_prometheus_stack(cluster: ClusterFacts) -> dict[str, Any]:
    prometheus: dict[str, Any] = {
        "scrapeInterval": "15s",
        "evaluationInterval": "15s",
        "retention": "15d" if cluster.production else "3d",
        "replicas": cluster.replicas(),
        # find ServiceMonitors/PodMonitors/rules in every namespace, not only the chart's own
        "serviceMonitorSelectorNilUsesHelmValues": False,
        "podMonitorSelectorNilUsesHelmValues": False,
        "ruleSelectorNilUsesHelmValues": False,
    }
    if cluster.production:
        # long-term storage and a global view across regions through Thanos
        prometheus["thanos"] = {"objectStorageConfig": {"existingSecret": {"name": "thanos-objstore", "key": "objstore.yml"}}}
    return {
        "prometheus": {"prometheusSpec": prometheus, "thanosService": {"enabled": cluster.production}},
        "alertmanager": {"alertmanagerSpec": {"replicas": cluster.replicas(3)}},
        "grafana": {"enabled": True, "defaultDashboardsEnabled": True},
    }


def _vault(cluster: ClusterFacts) -> dict[str, Any]:
    return {
        "server": {
            "ha": {"enabled": True, "replicas": 3, "raft": {"enabled": True}},
            "dataStorage": {"enabled": True, "size": "10Gi"},
        },
        "injector": {"enabled": True, "replicas": cluster.replicas()},
    }


def _external_secrets(cluster: ClusterFacts) -> dict[str, Any]:
    return {"installCRDs": True, "replicaCount": cluster.replicas(), "serviceMonitor": {"enabled": True}}


def _gatekeeper(cluster: ClusterFacts) -> dict[str, Any]:
    return {"replicas": cluster.replicas(3), "auditInterval": 60, "constraintViolationsLimit": 100}


def _kyverno(cluster: ClusterFacts) -> dict[str, Any]:
    return {"admissionController": {"replicas": cluster.replicas(3)}, "backgroundController": {"replicas": cluster.replicas()}}


def _falco(cluster: ClusterFacts) -> dict[str, Any]:
    return {"driver": {"kind": "modern_ebpf"}, "falcosidekick": {"enabled": False}}


def _argo_rollouts(cluster: ClusterFacts) -> dict[str, Any]:
    return {"controller": {"replicas": cluster.replicas()}, "dashboard": {"enabled": False}}


def _keda(cluster: ClusterFacts) -> dict[str, Any]:
    return {"operator": {"replicaCount": cluster.replicas()}, "prometheus": {"operator": {"enabled": True}}}


def _kong(cluster: ClusterFacts) -> dict[str, Any]:
    return {
        "controller": {"ingressController": {"ingressClass": "kong"}},
        "gateway": {"replicaCount": cluster.replicas(3), "proxy": {"type": "LoadBalancer"}},
    }


OPERATORS: tuple[OperatorChart, ...] = (
    OperatorChart("strimzi", "strimzi", "https://strimzi.io/charts/", "strimzi-kafka-operator", "1.2.0", "1.2.0", EVERY_MODE, _strimzi),
    OperatorChart("cloudnative-pg", "cnpg-system", "https://cloudnative-pg.github.io/charts", "cloudnative-pg", "0.29.0", "1.30.0", EVERY_MODE, _cloudnative_pg),
    OperatorChart("barman-cloud", "cnpg-system", "https://cloudnative-pg.github.io/charts", "plugin-barman-cloud", "0.6.0", "0.14.0", BEYOND_LOCAL, _barman_cloud),
    OperatorChart("cert-manager", "cert-manager", "https://charts.jetstack.io", "cert-manager", "v1.21.1", "v1.21.1", BEYOND_LOCAL, _cert_manager),
    OperatorChart("kube-prometheus-stack", MONITORING_NAMESPACE, "https://prometheus-community.github.io/helm-charts", "kube-prometheus-stack", "86.0.0", "v0.93.0", BEYOND_LOCAL, _kube_prometheus_stack),
    OperatorChart("vault", "vault", "https://helm.releases.hashicorp.com", "vault", "0.28.1", "1.17.2", BEYOND_LOCAL, _vault),
    OperatorChart("external-secrets", "external-secrets", "https://charts.external-secrets.io", "external-secrets", "2.9.0", "v2.9.0", BEYOND_LOCAL, _external_secrets),
    OperatorChart("gatekeeper", "gatekeeper-system", "https://open-policy-agent.github.io/gatekeeper/charts", "gatekeeper", "3.23.0", "v3.23.0", BEYOND_LOCAL, _gatekeeper),
    OperatorChart("kyverno", "kyverno", "https://kyverno.github.io/kyverno", "kyverno", "3.9.0", "v1.19.0", BEYOND_LOCAL, _kyverno),
    OperatorChart("falco", "falco", "https://falcosecurity.github.io/charts", "falco", "7.1.0", "0.42.0", frozenset({"PRODUCTION"}), _falco),
    OperatorChart("argo-rollouts", "argo-rollouts", "https://argoproj.github.io/argo-helm", "argo-rollouts", "2.41.0", "v1.9.1", frozenset({"PRODUCTION"}), _argo_rollouts),
    OperatorChart("keda", "keda", "https://kedacore.github.io/charts", "keda", "2.20.2", "2.20.2", BEYOND_LOCAL, _keda),
    OperatorChart("kong", INGRESS_NAMESPACE, "https://charts.konghq.com", "ingress", "0.22.0", "3.5.2", BEYOND_LOCAL, _kong),
)


def operators_for(cluster: ClusterFacts) -> list[OperatorChart]:
    """The operators a cluster needs: those any of its environments' modes need."""
    return [operator for operator in OPERATORS if operator.modes & cluster.modes]
