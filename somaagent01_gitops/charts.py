"""One chart per target: the composition point where settings become constructs."""

from __future__ import annotations

from cdk8s import App, Chart, JsonPatch
from cdk8s_plus_27 import k8s

from .constructs.app_services import AppServices, AppServicesProps
from .constructs.labels import standard_labels
from .constructs.network_policies import AppNetworkPolicies, AppNetworkPoliciesProps
from .targets import Target


class EnvironmentChart(Chart):
    """Everything one target (an environment, or a region of prod) runs in its namespace."""

    def __init__(self, app: App, *, target: Target) -> None:
        settings = target.settings
        super().__init__(app, target.chart_id, namespace=settings.namespace, disable_resource_name_hashes=True)
        self.target = target
        namespace = k8s.KubeNamespace(
            self,
            "namespace",
            metadata=k8s.ObjectMeta(
                name=settings.namespace,
                labels={
                    **standard_labels(settings.namespace, component="namespace"),
                    # the app tier already meets the restricted Pod Security Standard; hold it to it
                    "pod-security.kubernetes.io/enforce": "restricted",
                    "pod-security.kubernetes.io/enforce-version": "v1.28",
                },
            ),
        )
        # Namespaces are cluster-scoped; the chart's default namespace must not be stamped on it
        namespace.add_json_patch(JsonPatch.remove("/metadata/namespace"))
        self.app_services = AppServices(
            self,
            "app",
            props=AppServicesProps(settings=settings, zone_spread=target.region is not None),
        )
        self.network_policies = AppNetworkPolicies(self, "network", props=AppNetworkPoliciesProps(settings=settings))


def build_app(targets: list[Target]) -> tuple[App, list[EnvironmentChart]]:
    """The cdk8s App holding one chart per target."""
    app = App()
    charts = [EnvironmentChart(app, target=target) for target in targets]
    return app, charts
