"""Kyverno's CEL policies. The probes rule runs in a real CEL evaluator (cel-python) against
every workload an environment renders, and against crafted bad ones. The signature rule calls
Kyverno's own ``verifyImageSignatures``, which exists only inside Kyverno: cel-python cannot
run it, so it is checked here for what it verifies (the attestor, the images it matches) and
its evaluation is reported as skipped, not passed."""

import fnmatch

import cdk8s
import celpy
import celpy.adapter
import pytest
from celpy import celtypes

from somaagent01_gitops.catalog import PROBE_EXCEPTION_ANNOTATION
from somaagent01_gitops.constructs.gatekeeper import RENDERED_HERE
from somaagent01_gitops.constructs.kyverno import (
    PROBES_EXPRESSION,
    SIGNATURE_EXPRESSION,
    EnvironmentPolicy,
    KyvernoPolicies,
    KyvernoPoliciesProps,
    Signer,
)
from somaagent01_gitops.tiers.base import build_tiers
from somaagent01_gitops.tiers.registry import TIERS
from tests.conftest import shipped_targets

SIGNER = Signer(issuer="https://token.actions.githubusercontent.com", subject_regexp="^https://github.com/org/app/.+$")
PROPS = KyvernoPoliciesProps(
    environments={
        "soma-dev": EnvironmentPolicy(action="dryrun", app_repository="ghcr.io/org/app"),
        "soma-prod": EnvironmentPolicy(action="deny", app_repository="ghcr.io/org/app", signer=SIGNER),
    }
)
ENVIRONMENT = celpy.Environment()
PROBES = ENVIRONMENT.program(ENVIRONMENT.compile(PROBES_EXPRESSION))


def render(props=PROPS):
    chart = cdk8s.Testing.chart()
    KyvernoPolicies(chart, "kyverno", props=props)
    return {(obj["kind"], obj["metadata"]["name"]): obj for obj in cdk8s.Testing.synth(chart)}


def admitted(obj) -> bool:
    result = PROBES.evaluate({"object": celpy.adapter.json_to_cel(obj)})
    assert isinstance(result, celtypes.BoolType), result
    return bool(result)


def test_snapshot(snapshot):
    assert render() == snapshot


def test_dev_audits_and_prod_denies_and_verifies_signatures():
    objects = render()
    assert objects[("ValidatingPolicy", "probes-required-soma-dev")]["spec"]["validationActions"] == ["Audit"]
    assert objects[("ValidatingPolicy", "probes-required-soma-prod")]["spec"]["validationActions"] == ["Deny"]
    signed = objects[("ImageValidatingPolicy", "signed-images-soma-prod")]["spec"]
    assert signed["validationActions"] == ["Deny"]
    assert signed["attestors"][0]["cosign"]["keyless"]["identities"] == [{"issuer": SIGNER.issuer, "subjectRegExp": SIGNER.subject_regexp}]
    assert signed["validations"][0]["expression"] == SIGNATURE_EXPRESSION
    assert ("ImageValidatingPolicy", "signed-images-soma-dev") not in objects, "dev names no signer"


@pytest.mark.parametrize("path", ["dev", "qa", "training", "prod/us-east-1", "prod/eu-west-1"])
def test_every_rendered_workload_has_probes_or_says_why_not(environments, path):
    target = next(target for target in shipped_targets(environments) if target.path == path)
    chart = cdk8s.Testing.chart()
    build_tiers(chart, target, TIERS)
    workloads = [
        obj
        for obj in cdk8s.Testing.synth(chart)
        if obj["kind"] in ("Deployment", "StatefulSet", "DaemonSet") and RENDERED_HERE.items() <= obj["metadata"]["labels"].items()
    ]
    assert len(workloads) > 5
    assert [obj["metadata"]["name"] for obj in workloads if not admitted(obj)] == []
    excused = {obj["metadata"]["name"] for obj in workloads if PROBE_EXCEPTION_ANNOTATION in obj["metadata"].get("annotations", {})}
    names = {spec.name for spec in target.settings.release.services if spec.probe_exception}
    assert excused == names, "only the entrypoints that serve nothing over HTTP go without probes"


def _workload(annotations=None, probes=True):
    container = {"name": "c", "image": "x:1"}
    if probes:
        container |= {"readinessProbe": {"tcpSocket": {"port": 1}}, "livenessProbe": {"tcpSocket": {"port": 1}}}
    return {
        "kind": "Deployment",
        "metadata": {"name": "w", **({"annotations": annotations} if annotations is not None else {})},
        "spec": {"template": {"spec": {"containers": [container, {**container, "name": "sidecar"}]}}},
    }


@pytest.mark.parametrize(
    ("obj", "expected"),
    [
        (_workload(), True),
        (_workload(probes=False), False),
        (_workload(annotations={}, probes=False), False),
        (_workload(annotations={PROBE_EXCEPTION_ANNOTATION: ""}, probes=False), False),
        (_workload(annotations={PROBE_EXCEPTION_ANNOTATION: "serves nothing over HTTP"}, probes=False), True),
    ],
    ids=["probed", "no-probes", "no-reason", "empty-reason", "reason"],
)
def test_a_workload_without_probes_or_a_reason_is_refused(obj, expected):
    assert admitted(obj) is expected


def test_the_signature_rule_matches_exactly_the_app_images(environments):
    prod = next(target for target in shipped_targets(environments) if target.path == "prod/us-east-1")
    chart = cdk8s.Testing.chart()
    build_tiers(chart, prod, TIERS)
    glob = f"{prod.settings.image.repository}*"
    images = {
        container["image"]
        for obj in cdk8s.Testing.synth(chart)
        for container in obj.get("spec", {}).get("template", {}).get("spec", {}).get("containers", [])
    }
    app = {image for image in images if fnmatch.fnmatchcase(image, glob)}
    assert app and all(image.startswith(prod.settings.image.repository + ":") for image in app)
    assert images - app, "third-party images are not the release workflow's to sign"
    pytest.skip("verifyImageSignatures is Kyverno's own CEL function: only Kyverno can evaluate the signature rule")


def test_what_an_operator_makes_is_not_matched():
    """The OT redis-operator copies the RedisReplication's labels onto its StatefulSet and adds
    an exporter without probes: its owner reference leaves it out (matchConditions)."""
    from somaagent01_gitops.constructs.kyverno import MADE_HERE

    condition = ENVIRONMENT.program(ENVIRONMENT.compile(MADE_HERE))
    owned = _workload(probes=False)
    owned["metadata"]["ownerReferences"] = [{"kind": "RedisReplication", "name": "redis", "uid": "u"}]
    assert condition.evaluate({"object": celpy.adapter.json_to_cel(owned)}) == celtypes.BoolType(False)
    assert condition.evaluate({"object": celpy.adapter.json_to_cel(_workload())}) == celtypes.BoolType(True)
    spec = render()[("ValidatingPolicy", "probes-required-soma-prod")]["spec"]
    assert spec["matchConditions"] == [{"name": "made-here", "expression": MADE_HERE}]
