"""How a Service of type LoadBalancer stays inside the network.

The platform's clusters are EKS, whose Service controller is the AWS cloud provider's (the
in-tree one, and cloud-provider-aws that replaces it): it reads ``aws-load-balancer-internal``
and makes the load balancer internal (no public address). Where the AWS Load Balancer
Controller takes the Services over, it reads ``aws-load-balancer-scheme``. Without them the
load balancer is internet-facing. The sources that may connect are each Service's
``loadBalancerSourceRanges`` (the peer region's CIDR).
"""

from __future__ import annotations

INTERNAL_LOAD_BALANCER = {
    "service.beta.kubernetes.io/aws-load-balancer-internal": "true",
    "service.beta.kubernetes.io/aws-load-balancer-scheme": "internal",
}
CALLER_PRESERVING_LOAD_BALANCER = {
    **INTERNAL_LOAD_BALANCER,
    # a Network Load Balancer with instance targets, which, with the Service's
    # externalTrafficPolicy Local, hands the pod the caller's own address (a Classic ELB, the
    # in-tree controller's default, proxies TCP and hands it its own)
    "service.beta.kubernetes.io/aws-load-balancer-type": "nlb",
    # with externalTrafficPolicy Local only the nodes of ready endpoints pass the health
    # check: every zone's address must reach them, or after a failover to another zone the
    # load balancer's name answers with addresses that lead nowhere
    "service.beta.kubernetes.io/aws-load-balancer-cross-zone-load-balancing-enabled": "true",
}
"""For a Service whose pods admit callers by their network (a NetworkPolicy ``ipBlock``): it
also needs ``externalTrafficPolicy: Local``."""
