"""Pieces of network policies the data tiers share: the policy itself, ports, peers by labels
or namespace, DNS, the internet, the API server."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from cdk8s_plus_27 import k8s
from constructs import Construct

from imports.cilium.io import cilium

from .idioms import PRIVATE_RANGES, int_or_string, k8s_metadata, metadata


def network_policy(
    scope: Construct,
    id: str,
    *,
    name: str,
    selector: Mapping[str, str],
    ingress: Sequence[k8s.NetworkPolicyIngressRule] | None = None,
    egress: Sequence[k8s.NetworkPolicyEgressRule] | None = None,
    types: Sequence[str] = ("Ingress", "Egress"),
    annotations: Mapping[str, str] | None = None,
) -> k8s.KubeNetworkPolicy:
    """A policy over the namespace's pods carrying ``selector``: for each of ``types``, what its
    rules do not name is denied (no ingress rule given: nothing may reach them)."""
    return k8s.KubeNetworkPolicy(
        scope,
        id,
        metadata=k8s_metadata(name, component="network", annotations=annotations),
        spec=k8s.NetworkPolicySpec(
            pod_selector=k8s.LabelSelector(match_labels=dict(selector)),
            policy_types=list(types),
            ingress=list(ingress) if ingress is not None else None,
            egress=list(egress) if egress is not None else None,
        ),
    )


class NamespaceDefaultDeny(Construct):
    """Every pod of the namespace, whoever made it (an operator, a chart, a Job), is denied both
    ways until a policy of its own allows a flow: a pod nobody wrote a policy for is cut off,
    not left open. Kubernetes adds allows together, so each tier's policy opens what it needs."""

    NAME = "default-deny"

    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        k8s.KubeNetworkPolicy(
            self,
            "policy",
            metadata=k8s_metadata(self.NAME, component="network"),
            spec=k8s.NetworkPolicySpec(pod_selector=k8s.LabelSelector(), policy_types=["Ingress", "Egress"]),
        )


def tcp(port: int) -> k8s.NetworkPolicyPort:
    return k8s.NetworkPolicyPort(port=int_or_string(port), protocol="TCP")


def pods(labels: Mapping[str, str]) -> k8s.NetworkPolicyPeer:
    """Pods of the policy's own namespace carrying ``labels``."""
    return k8s.NetworkPolicyPeer(pod_selector=k8s.LabelSelector(match_labels=dict(labels)))


def namespace(name: str) -> k8s.NetworkPolicyPeer:
    """Every pod of namespace ``name`` (the label the API server sets on each namespace)."""
    return k8s.NetworkPolicyPeer(namespace_selector=k8s.LabelSelector(match_labels={"kubernetes.io/metadata.name": name}))


def dns_egress() -> k8s.NetworkPolicyEgressRule:
    """The cluster's DNS, over UDP and TCP."""
    return k8s.NetworkPolicyEgressRule(
        to=[
            k8s.NetworkPolicyPeer(
                namespace_selector=k8s.LabelSelector(match_labels={"kubernetes.io/metadata.name": "kube-system"}),
                pod_selector=k8s.LabelSelector(match_labels={"k8s-app": "kube-dns"}),
            )
        ],
        ports=[k8s.NetworkPolicyPort(port=int_or_string(53), protocol=protocol) for protocol in ("UDP", "TCP")],
    )


def outside_private_ranges() -> k8s.NetworkPolicyPeer:
    """Every address but the private ranges: the internet (object storage, published bundles),
    not anything in the cluster or its network."""
    return k8s.NetworkPolicyPeer(ip_block=k8s.IpBlock(cidr="0.0.0.0/0", except_=list(PRIVATE_RANGES)))


API_SERVER_PORTS = (443, 6443)
"""The API server's port behind the ``kubernetes`` Service: 443 on managed clusters (EKS), 6443
on kubeadm-made ones (kind)."""


def api_server_egress() -> k8s.NetworkPolicyEgressRule:
    """To the API server, for pods whose process watches the cluster (an operator's instance
    manager), where the CNI is not Cilium. Its address is the cluster's own and not known
    here, so this admits the private ranges on the API server's ports."""
    return k8s.NetworkPolicyEgressRule(
        to=[k8s.NetworkPolicyPeer(ip_block=k8s.IpBlock(cidr=cidr)) for cidr in PRIVATE_RANGES],
        ports=[tcp(port) for port in API_SERVER_PORTS],
    )


@dataclass(frozen=True, kw_only=True)
class Outside:
    """Names outside the cluster some pods call, and how the policy lets them out: by name,
    where the cluster's CNI is Cilium (``CiliumNetworkPolicy`` ``toFQDNs``), else by address
    (every address but the private ranges: a NetworkPolicy cannot name a host)."""

    names: tuple[str, ...]
    """Host names, exact or with a leading ``*.`` (any one label)."""
    ports: tuple[int, ...] = (443,)
    """TCP ports. Default: 443."""
    by_name: bool = False
    """Cilium's DNS-aware rule. Default: false (the address rule)."""
    private: bool = False
    """It may sit on a private address (LOCAL's laptop): the address rule then admits every
    address. Default: false."""

    def __post_init__(self) -> None:
        if not self.names:
            raise ValueError("an outside destination names at least one host")


def object_storage(region: str | None, *, by_name: bool = False) -> Outside:
    """S3 (path and virtual-hosted style) and STS, where a pod's web identity (IRSA) becomes
    credentials: the region's endpoints and the global ones, which a client without a region
    calls, and boto calls for us-east-1 by default (barman-cloud builds its client with
    neither region nor endpoint; botocore ``_should_force_s3_global``)."""
    regional = (f"s3.{region}.amazonaws.com", f"*.s3.{region}.amazonaws.com", f"sts.{region}.amazonaws.com") if region else ()
    return Outside(names=(*regional, "s3.amazonaws.com", "*.s3.amazonaws.com", "sts.amazonaws.com"), by_name=by_name)


def outside_egress(
    scope: Construct, *, name: str, selector: Mapping[str, str], outside: Sequence[Outside]
) -> list[k8s.NetworkPolicyEgressRule]:
    """The NetworkPolicy egress rules that let the pods out to ``outside`` by address; for the
    destinations allowed by name, a CiliumNetworkPolicy ``<name>-fqdn`` beside it instead."""
    rules = [address_rule(each) for each in outside if not each.by_name]
    by_name = [each for each in outside if each.by_name]
    if by_name:
        FqdnEgressPolicy(scope, "fqdn-policy", name=f"{name}-fqdn", selector=selector, outside=by_name)
    return rules


def address_rule(outside: Outside) -> k8s.NetworkPolicyEgressRule:
    """The NetworkPolicy rule that lets pods out to ``outside`` by address: every address but
    the private ranges (every address where it may be private) on its ports."""
    peer = k8s.NetworkPolicyPeer(ip_block=k8s.IpBlock(cidr="0.0.0.0/0")) if outside.private else outside_private_ranges()
    return k8s.NetworkPolicyEgressRule(to=[peer], ports=[tcp(port) for port in outside.ports])


KUBE_DNS = {"k8s:io.kubernetes.pod.namespace": "kube-system", "k8s:k8s-app": "kube-dns"}
"""The cluster's DNS pods, as Cilium's endpoint selectors name them."""


class FqdnEgressPolicy(Construct):
    """Cilium lets the pods reach only the addresses the named hosts resolved to. It learns
    them by answering the pods' DNS queries through its DNS proxy, so the policy also sends
    DNS to kube-dns through that proxy (every name may be asked; only these are reachable)."""

    def __init__(self, scope: Construct, id: str, *, name: str, selector: Mapping[str, str], outside: Sequence[Outside]) -> None:
        super().__init__(scope, id)
        dns: dict[str, Any] = {
            "toEndpoints": [{"matchLabels": KUBE_DNS}],
            "toPorts": [{"ports": [{"port": "53", "protocol": "ANY"}], "rules": {"dns": [{"matchPattern": "*"}]}}],
        }
        egress = [dns] + [
            {
                "toFQDNs": [{"matchPattern": host} if host.startswith("*.") else {"matchName": host} for host in each.names],
                "toPorts": [{"ports": [{"port": str(port), "protocol": "TCP"} for port in each.ports]}],
            }
            for each in outside
        ]
        self.policy = cilium_egress_policy(self, "policy", name=name, selector=selector, egress=egress)


def cilium_egress_policy(
    scope: Construct, id: str, *, name: str, selector: Mapping[str, str], egress: Sequence[Mapping[str, Any]]
) -> cilium.CiliumNetworkPolicy:
    """A CiliumNetworkPolicy over the namespace's pods carrying ``selector``, allowing ``egress``
    (Cilium's rule syntax) on top of their NetworkPolicies."""
    return cilium.CiliumNetworkPolicy(
        scope,
        id,
        metadata=metadata(name, component="network"),
        spec=cilium.CiliumNetworkPolicySpec(endpoint_selector={"matchLabels": dict(selector)}, egress=[dict(rule) for rule in egress]),
    )


def api_server(
    scope: Construct, *, name: str, selector: Mapping[str, str], by_entity: bool, id: str = "api-server-policy"
) -> list[k8s.NetworkPolicyEgressRule]:
    """The NetworkPolicy rule to the API server (:func:`api_server_egress`); on Cilium a
    CiliumNetworkPolicy ``<name>-api-server`` to its ``kube-apiserver`` entity instead, which
    names exactly the API server's addresses, in the cluster or (EKS) outside it, where the
    address rule admits the whole private network on those ports. (A control plane on the
    cluster's nodes is not matched by address rules at all under Cilium's default
    ``policy-cidr-match-mode``, cilium/cilium#20550.)"""
    if not by_entity:
        return [api_server_egress()]
    ports = [{"port": str(port), "protocol": "TCP"} for port in API_SERVER_PORTS]
    cilium_egress_policy(
        scope, id, name=f"{name}-api-server", selector=selector, egress=[{"toEntities": ["kube-apiserver"], "toPorts": [{"ports": ports}]}]
    )
    return []
