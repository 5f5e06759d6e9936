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
