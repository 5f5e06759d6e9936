"""Network policies derived from the release's dependency graph: deny by default, then allow
exactly what each service talks to (its dependencies, its callers, DNS, the scraper).

Adding a dependency to a service in the catalog opens exactly that path and no other.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from cdk8s_plus_27 import k8s
from constructs import Construct

from ...catalog import APP_NAME, INGRESS_NAMESPACE, MONITORING_NAMESPACE, AppServiceSpec, Dependency
from ...constructs.network import Outside, address_rule, dns_egress, namespace, network_policy, outside_egress, pods, tcp
from ...endpoints import InClusterPeer
from ...settings import EnvironmentSettings
from ...vault import VAULT_NAMESPACE, VAULT_PORT, VAULT_SERVER_PODS
from .app_services import vault_client


@dataclass(frozen=True, kw_only=True)
class AppNetworkPolicyProps:
    """What one service's policy is given."""

    spec: AppServiceSpec
    """The service: its pods are selected, its port opened, its dependencies allowed out."""
    external: Mapping[Dependency, Outside]
    """External dependencies (SLM, SomaBrain): their host names and ports, allowed by name or
    by address."""
    peers: Mapping[Dependency, InClusterPeer]
    """In-cluster dependencies and the pods and ports that serve them (the tiers declare them)."""
    callers: Sequence[str] = ()
    """Application services that call this one. Default: none."""
    callees: Mapping[str, int] = field(default_factory=dict)
    """Application services this one calls, and their ports. Default: none."""
    vault: bool = False
    """It talks to Vault (its own Vault client and the Vault Agent beside it). Default: false."""


class AppNetworkPolicy(Construct):
    """Ingress and egress of one application service."""

    def __init__(self, scope: Construct, id: str, *, props: AppNetworkPolicyProps) -> None:
        super().__init__(scope, id)
        spec = props.spec
        by_name = [props.external[dep] for dep in _external_dependencies(spec, props) if props.external[dep].by_name]
        outside_egress(self, name=spec.name, selector=_app_labels(spec.name), outside=by_name)
        network_policy(
            self,
            "policy",
            name=spec.name,
            selector=_app_labels(spec.name),
            # nothing reaches an entrypoint that listens on no port
            ingress=[k8s.NetworkPolicyIngressRule(from_=_ingress_peers(spec, props.callers), ports=[tcp(spec.port)])]
            if spec.port is not None
            else None,
            egress=_egress_rules(spec, props.peers, props.external, props.callees) + ([_vault_egress()] if props.vault else []),
        )


@dataclass(frozen=True, kw_only=True)
class AppNetworkPoliciesProps:
    """What the app tier's policies are given."""

    settings: EnvironmentSettings
    """The environment's settings (external URLs and mode)."""
    peers: Mapping[Dependency, InClusterPeer]
    """In-cluster dependencies and the pods and ports that serve them (the tiers declare them)."""
    egress_by_name: bool = False
    """External services are allowed by host name (the cluster's CNI is Cilium). Default: false."""


class AppNetworkPolicies(Construct):
    """One policy per application service, from the catalog and settings (the namespace's default
    deny, ``NamespaceDefaultDeny``, closes everything else)."""

    def __init__(self, scope: Construct, id: str, *, props: AppNetworkPoliciesProps) -> None:
        super().__init__(scope, id)
        external = external_peers(props.settings, by_name=props.egress_by_name)
        services = props.settings.release.services
        ports = {spec.name: spec.port for spec in services if spec.port is not None}
        for spec in services:
            callers = sorted(other.name for other in services if spec.name in other.calls)
            callees = {name: ports[name] for name in sorted(spec.calls)}
            AppNetworkPolicy(
                self,
                spec.name,
                props=AppNetworkPolicyProps(
                    spec=spec,
                    external=external,
                    peers=props.peers,
                    callers=callers,
                    callees=callees,
                    vault=vault_client(spec, props.settings),
                ),
            )


def external_peers(settings: EnvironmentSettings, *, by_name: bool = False) -> dict[Dependency, Outside]:
    """Where the external services listen, read from their URLs."""
    private = settings.mode == "LOCAL"
    return {
        dependency: Outside(names=(urlsplit(url).hostname or "",), ports=(_port_of(url),), by_name=by_name, private=private)
        for dependency, url in ((Dependency.SLM, settings.external.slm_base_url), (Dependency.SOMABRAIN, settings.external.somabrain_url))
    }


def _external_dependencies(spec: AppServiceSpec, props: AppNetworkPolicyProps) -> list[Dependency]:
    """The service's dependencies outside the cluster, in a stable order."""
    return [dep for dep in sorted(spec.depends_on, key=lambda dep: dep.value) if dep not in props.peers and dep in props.external]


def _port_of(url: str) -> int:
    parts = urlsplit(url)
    return parts.port or (443 if parts.scheme == "https" else 80)


def _app_labels(name: str) -> dict[str, str]:
    return {"app.kubernetes.io/name": name, "app.kubernetes.io/part-of": APP_NAME}


def _ingress_peers(spec: AppServiceSpec, callers: Sequence[str]) -> list[k8s.NetworkPolicyPeer]:
    peers = [namespace(MONITORING_NAMESPACE)]
    if spec.serves_traffic:
        peers.append(namespace(INGRESS_NAMESPACE))
    peers += [pods(_app_labels(caller)) for caller in callers]
    return peers


def _egress_rules(
    spec: AppServiceSpec,
    peers: Mapping[Dependency, InClusterPeer],
    external: Mapping[Dependency, Outside],
    callees: Mapping[str, int],
) -> list[k8s.NetworkPolicyEgressRule]:
    rules = [dns_egress()]
    for dependency in sorted(spec.depends_on, key=lambda dep: dep.value):
        peer = peers.get(dependency)
        if peer is not None:
            rules.append(
                k8s.NetworkPolicyEgressRule(
                    to=[pods(peer.pod_labels)],
                    ports=[tcp(port) for port in peer.ports],
                )
            )
        elif dependency in external and not external[dependency].by_name:
            # by name, the service's CiliumNetworkPolicy lets it out (AppNetworkPolicy)
            rules.append(address_rule(external[dependency]))
    for callee, port in sorted(callees.items()):
        rules.append(k8s.NetworkPolicyEgressRule(to=[pods(_app_labels(callee))], ports=[tcp(port)]))
    return rules


def _vault_egress() -> k8s.NetworkPolicyEgressRule:
    """To Vault's servers, in their own namespace."""
    return k8s.NetworkPolicyEgressRule(
        to=[
            k8s.NetworkPolicyPeer(
                namespace_selector=k8s.LabelSelector(match_labels={"kubernetes.io/metadata.name": VAULT_NAMESPACE}),
                pod_selector=k8s.LabelSelector(match_labels=VAULT_SERVER_PODS),
            )
        ],
        ports=[tcp(VAULT_PORT)],
    )
