"""Load balancers stay internal: the annotations both AWS controllers read."""

from somaagent01_gitops.constructs.load_balancers import INTERNAL_LOAD_BALANCER


def test_both_aws_controllers_are_told_to_make_the_load_balancer_internal():
    assert INTERNAL_LOAD_BALANCER == {
        # the AWS cloud provider's Service controller (in-tree and cloud-provider-aws)
        "service.beta.kubernetes.io/aws-load-balancer-internal": "true",
        # the AWS Load Balancer Controller, where it takes the Services over
        "service.beta.kubernetes.io/aws-load-balancer-scheme": "internal",
    }
    assert "internet-facing" not in INTERNAL_LOAD_BALANCER.values()
