"""Gate: checkov over every rendered object; a skipped check needs a reason.

One checkov run over one tree holding each case in its own folder: checkov starts slowly
(issue 12: the suite runs it once here, not once per case)."""

import pytest

from somaagent01_gitops.validation import gates

from .conftest import deployment, kustomization, tree_builder


def _skipped(reason):
    workload = deployment()
    workload["metadata"]["annotations"] = {"checkov.io/skip1": reason}
    return workload


@pytest.fixture(scope="module")
def result(tmp_path_factory, context):
    build = tree_builder(tmp_path_factory.mktemp("policy"), context)
    tree = build(
        {
            "overlays/privileged/kustomization.yaml": kustomization("deployment-web.yaml"),
            "overlays/privileged/deployment-web.yaml": deployment(securityContext={"privileged": True, "allowPrivilegeEscalation": True}),
            "overlays/no-reason/kustomization.yaml": kustomization("d.yaml"),
            "overlays/no-reason/d.yaml": _skipped("CKV_K8S_43"),
            "overlays/hardened/kustomization.yaml": kustomization("d.yaml"),
            "overlays/hardened/d.yaml": _skipped("CKV_K8S_43=images are pinned by tag; no digest is published"),
        }
    )
    return gates.policy_gate(tree)


def findings_in(result, folder):
    return [finding for finding in result.findings if finding.file.startswith(f"dist/overlays/{folder}/")]


def test_policy_gate_fails_on_a_privileged_container(result):
    failed = {finding.rule for finding in findings_in(result, "privileged")}
    assert {"CKV_K8S_16", "CKV_K8S_20"} <= failed  # privileged; privilege escalation
    assert all(finding.file.startswith("dist/overlays/privileged/deployment-web.yaml") for finding in findings_in(result, "privileged"))


def test_policy_gate_refuses_a_skip_without_a_reason(result):
    assert any(finding.rule == "CKV_K8S_43" and "without a reason" in finding.message for finding in findings_in(result, "no-reason"))


def test_a_hardened_workload_passes_and_a_skip_with_its_reason_is_listed(result):
    assert not any(finding.rule == "CKV_K8S_43" for finding in findings_in(result, "hardened"))
    assert any("CKV_K8S_43 skipped: images are pinned by tag" in line for line in result.details)
