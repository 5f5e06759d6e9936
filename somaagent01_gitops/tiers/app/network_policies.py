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
from ...constructs.idioms import PRIVATE_RANGES, int_or_string, k8s_metadata
from ...endpoints import InClusterPeer
from ...settings import EnvironmentSettings
from ...vault import VAULT_NAMESPACE, VAULT_PORT, VAULT_SERVER_PODS
from .app_services import vault_client


@dataclass(frozen=True, kw_only=True)
class ExternalPeer:
    """A service outside the cluster, reached on these TCP ports."""

    ports: tuple[int, ...]
    private: bool = False
    """It may sit on a private address (LOCAL reaches the laptop's host). Default: false."""


@dataclass(frozen=True, kw_only=True)
class AppNetworkPolicyProps:
    """What one service's policy is given."""

    spec: AppServiceSpec
    """The service: its pods are selected, its port opened, its dependencies allowed out."""
    external: Mapping[Dependency, ExternalPeer]
    """External dependencies (SLM, SomaBrain) and where they listen."""
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
        k8s.KubeNetworkPolicy(
            self,
            "policy",
            metadata=k8s_metadata(spec.name, component="network"),
            spec=k8s.NetworkPolicySpec(
                pod_selector=_app_selector(spec.name),
                policy_types=["Ingress", "Egress"],
                # nothing reaches an entrypoint that listens on no port
                ingress=[k8s.NetworkPolicyIngressRule(from_=_ingress_peers(spec, props.callers), ports=[_tcp(spec.port)])]
                if spec.port is not None
                else None,
                egress=_egress_rules(spec, props.peers, props.external, props.callees) + ([_vault_egress()] if props.vault else []),
            ),
        )


@dataclass(frozen=True, kw_only=True)
class AppNetworkPoliciesProps:
    """What the app tier's policies are given."""

    settings: EnvironmentSettings
    """The environment's settings (external URLs and mode)."""
    peers: Mapping[Dependency, InClusterPeer]
    """In-cluster dependencies and the pods and ports that serve them (the tiers declare them)."""


class AppNetworkPolicies(Construct):
    """One policy per application service, from the catalog and settings (the namespace's default
    deny, ``NamespaceDefaultDeny``, closes everything else)."""

    def __init__(self, scope: Construct, id: str, *, props: AppNetworkPoliciesProps) -> None:
        super().__init__(scope, id)
        external = external_peers(props.settings)
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


def external_peers(settings: EnvironmentSettings) -> dict[Dependency, ExternalPeer]:
    """Where the external services listen, read from their URLs."""
    private = settings.mode == "LOCAL"
    return {
        Dependency.SLM: ExternalPeer(ports=(_port_of(settings.external.slm_base_url),), private=private),
        Dependency.SOMABRAIN: ExternalPeer(ports=(_port_of(settings.external.somabrain_url),), private=private),
    }


def _port_of(url: str) -> int:
    parts = urlsplit(url)
    return parts.port or (443 if parts.scheme == "https" else 80)


def _app_selector(name: str) -> k8s.LabelSelector:
    return k8s.LabelSelector(match_labels={"app.kubernetes.io/name": name, "app.kubernetes.io/part-of": APP_NAME})


def _namespace(name: str) -> k8s.LabelSelector:
    return k8s.LabelSelector(match_labels={"kubernetes.io/metadata.name": name})


def _tcp(port: int) -> k8s.NetworkPolicyPort:
    return k8s.NetworkPolicyPort(port=int_or_string(port), protocol="TCP")


def _ingress_peers(spec: AppServiceSpec, callers: Sequence[str]) -> list[k8s.NetworkPolicyPeer]:
    peers = [k8s.NetworkPolicyPeer(namespace_selector=_namespace(MONITORING_NAMESPACE))]
    if spec.serves_traffic:
        peers.append(k8s.NetworkPolicyPeer(namespace_selector=_namespace(INGRESS_NAMESPACE)))
    peers += [k8s.NetworkPolicyPeer(pod_selector=_app_selector(caller)) for caller in callers]
    return peers


def _egress_rules(
    spec: AppServiceSpec,
    peers: Mapping[Dependency, InClusterPeer],
    external: Mapping[Dependency, ExternalPeer],
    callees: Mapping[str, int],
) -> list[k8s.NetworkPolicyEgressRule]:
    rules = [
        k8s.NetworkPolicyEgressRule(
            to=[
                k8s.NetworkPolicyPeer(
                    namespace_selector=_namespace("kube-system"),
                    pod_selector=k8s.LabelSelector(match_labels={"k8s-app": "kube-dns"}),
                )
            ],
            ports=[
                k8s.NetworkPolicyPort(port=int_or_string(53), protocol="UDP"),
                k8s.NetworkPolicyPort(port=int_or_string(53), protocol="TCP"),
            ],
        )
    ]
    for dependency in sorted(spec.depends_on, key=lambda dep: dep.value):
        peer = peers.get(dependency)
        if peer is not None:
            rules.append(
                k8s.NetworkPolicyEgressRule(
                    to=[k8s.NetworkPolicyPeer(pod_selector=k8s.LabelSelector(match_labels=dict(peer.pod_labels)))],
                    ports=[_tcp(port) for port in peer.ports],
                )
            )
        elif dependency in external:
            outside = external[dependency]
            rules.append(
                k8s.NetworkPolicyEgressRule(
                    to=[
                        k8s.NetworkPolicyPeer(
                            ip_block=k8s.IpBlock(cidr="0.0.0.0/0", except_=None if outside.private else list(PRIVATE_RANGES))
                        )
                    ],
                    ports=[_tcp(port) for port in outside.ports],
                )
            )
    for callee, port in sorted(callees.items()):
        rules.append(k8s.NetworkPolicyEgressRule(to=[k8s.NetworkPolicyPeer(pod_selector=_app_selector(callee))], ports=[_tcp(port)]))
    return rules


def _vault_egress() -> k8s.NetworkPolicyEgressRule:
    """To Vault's servers, in their own namespace."""
    return k8s.NetworkPolicyEgressRule(
        to=[
            k8s.NetworkPolicyPeer(
                namespace_selector=_namespace(VAULT_NAMESPACE), pod_selector=k8s.LabelSelector(match_labels=VAULT_SERVER_PODS)
            )
        ],
        ports=[_tcp(VAULT_PORT)],
    )
