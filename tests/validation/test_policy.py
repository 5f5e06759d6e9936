"""Gate: checkov over every rendered object; a skipped check needs a reason."""

from somaagent01_gitops.validation import gates

from .conftest import deployment, kustomization


def test_policy_gate_fails_on_a_privileged_container(broken_tree):
    privileged = deployment(securityContext={"privileged": True, "allowPrivilegeEscalation": True})
    tree = broken_tree(
        {
            "overlays/demo/kustomization.yaml": kustomization("deployment-web.yaml"),
            "overlays/demo/deployment-web.yaml": privileged,
        }
    )
    result = gates.policy_gate(tree)
    failed = {finding.rule for finding in result.findings}
    assert {"CKV_K8S_16", "CKV_K8S_20"} <= failed  # privileged; privilege escalation
    assert all(finding.file.startswith("dist/overlays/demo/deployment-web.yaml") for finding in result.findings)


def test_policy_gate_refuses_a_skip_without_a_reason(broken_tree):
    skipped = deployment()
    skipped["metadata"]["annotations"] = {"checkov.io/skip1": "CKV_K8S_43"}
    tree = broken_tree({"overlays/demo/kustomization.yaml": kustomization("d.yaml"), "overlays/demo/d.yaml": skipped})
    result = gates.policy_gate(tree)
    assert any(finding.rule == "CKV_K8S_43" and "without a reason" in finding.message for finding in result.findings)


def test_a_hardened_workload_passes_and_a_skip_with_its_reason_is_listed(broken_tree):
    skipped = deployment()
    skipped["metadata"]["annotations"] = {"checkov.io/skip1": "CKV_K8S_43=images are pinned by tag; no digest is published"}
    tree = broken_tree({"overlays/demo/kustomization.yaml": kustomization("d.yaml"), "overlays/demo/d.yaml": skipped})
    result = gates.policy_gate(tree)
    assert not any(finding.rule == "CKV_K8S_43" for finding in result.findings)
    assert any("CKV_K8S_43 skipped: images are pinned by tag" in line for line in result.details)
