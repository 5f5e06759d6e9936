"""Gatekeeper's templates and constraints. Every template's Rego runs in a real Rego interpreter
(regopy, the Python binding of rego-cpp): every workload an environment renders passes the
constraints of its environment, and a crafted bad object is denied by each."""

import json

import cdk8s
import pytest
from regopy import Interpreter

from somaagent01_gitops.constructs.gatekeeper import (
    RENDERED_HERE,
    TEMPLATES,
    GatekeeperPolicies,
    GatekeeperPoliciesProps,
    PolicyTemplate,
    parameters_of,
)
from somaagent01_gitops.constructs.labels import standard_labels
from somaagent01_gitops.kinds import CLUSTER_SCOPED_KINDS
from somaagent01_gitops.tiers.base import build_tiers
from somaagent01_gitops.tiers.registry import TIERS
from tests.conftest import shipped_targets

PROPS = GatekeeperPoliciesProps(
    actions={"soma-dev": "dryrun", "soma-training": "deny"},
    required_labels=sorted(standard_labels("x", component="x")),
    allowed_registries=("docker.io", "ghcr.io", "quay.io", "registry.k8s.io"),
)
BY_KIND = {template.kind: template for template in TEMPLATES}


def render(props=PROPS):
    chart = cdk8s.Testing.chart()
    GatekeeperPolicies(chart, "gatekeeper", props=props)
    return cdk8s.Testing.synth(chart)


def violations(template: PolicyTemplate, obj, parameters):
    rego = Interpreter()
    rego.add_module(template.name, template.rego)
    rego.set_input_term(json.dumps({"review": {"object": obj}, "parameters": parameters}))
    output = json.loads(str(rego.query(f"x = data.{template.name}.violation")))
    return [violation["msg"] for violation in output["bindings"]["x"]]


def matches(template: PolicyTemplate, obj) -> bool:
    """Which objects a constraint of ``template`` reviews (its match: kinds and label selector)."""
    group = obj["apiVersion"].rsplit("/", 1)[0] if "/" in obj["apiVersion"] else ""
    kinds = {(g, kind) for g, names in template.kinds for kind in names}
    labels = obj["metadata"].get("labels", {})
    return (group, obj["kind"]) in kinds and (not template.rendered_only or RENDERED_HERE.items() <= labels.items())


def test_snapshot(snapshot):
    assert render() == snapshot


def test_each_template_is_rego_v1_and_each_environment_gets_a_constraint_of_each():
    objects = render()
    templates = [obj for obj in objects if obj["kind"] == "ConstraintTemplate"]
    assert [t["spec"]["crd"]["spec"]["names"]["kind"] for t in templates] == [template.kind for template in TEMPLATES]
    assert all(t["spec"]["targets"][0]["code"][0]["source"]["version"] == "v1" for t in templates)
    constraints = [obj for obj in objects if obj["apiVersion"] == "constraints.gatekeeper.sh/v1beta1"]
    assert len(constraints) == 2 * len(TEMPLATES)
    assert {obj["spec"]["enforcementAction"] for obj in constraints if obj["metadata"]["name"] == "soma-dev"} == {"dryrun"}
    assert {obj["spec"]["enforcementAction"] for obj in constraints if obj["metadata"]["name"] == "soma-training"} == {"deny"}
    assert all(obj["spec"]["match"]["namespaces"] == [obj["metadata"]["name"]] for obj in constraints)
    assert {template.kind for template in TEMPLATES} <= CLUSTER_SCOPED_KINDS, "constraints are cluster-scoped"


@pytest.mark.parametrize("path", ["dev", "training", "prod/us-east-1", "prod/eu-west-1"])
def test_every_rendered_workload_passes_its_environments_constraints(environments, path):
    target = next(target for target in shipped_targets(environments) if target.path == path)
    chart = cdk8s.Testing.chart()
    build_tiers(chart, target, TIERS)
    objects = cdk8s.Testing.synth(chart)
    reviewed = 0
    for template in TEMPLATES:
        for obj in objects:
            if matches(template, obj):
                reviewed += 1
                assert violations(template, obj, parameters_of(template, PROPS)) == [], (template.kind, obj["metadata"]["name"])
    assert reviewed > 20, "the constraints review the environment's workloads"


def _bad_pod():
    return {
        "apiVersion": "v1",
        "kind": "Pod",
        "metadata": {"name": "intruder", "labels": {}},
        "spec": {
            "hostPID": True,
            "containers": [
                {
                    "name": "shell",
                    "image": "evil.example.com/tools:latest",
                    "securityContext": {"privileged": True, "allowPrivilegeEscalation": True},
                    "ports": [{"containerPort": 22, "hostPort": 22}],
                }
            ],
        },
    }


def _bad_deployment():
    pod = _bad_pod()
    return {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": {"name": "intruder", "labels": dict(RENDERED_HERE)},
        "spec": {"template": {"metadata": {"labels": {}}, "spec": pod["spec"]}},
    }


@pytest.mark.parametrize(
    ("kind", "obj", "expected"),
    [
        ("SomaRequiredLabels", _bad_deployment(), "has no label app.kubernetes.io/part-of"),
        ("SomaResourcesRequired", _bad_deployment(), "container shell has no requests.cpu"),
        ("SomaNoPrivilege", _bad_pod(), "container shell is privileged"),
        ("SomaNoPrivilege", _bad_pod(), "uses the host's namespace (hostPID)"),
        ("SomaNoPrivilege", _bad_pod(), "binds host port 22"),
        ("SomaPinnedImages", _bad_pod(), "image evil.example.com/tools:latest is not pinned"),
        ("SomaPinnedImages", {**_bad_pod(), "spec": {"containers": [{"name": "c", "image": "redis"}]}}, "image redis is not pinned"),
        ("SomaAllowedRegistries", _bad_pod(), "registry evil.example.com of image"),
    ],
)
def test_a_bad_object_is_denied_by_each(kind, obj, expected):
    template = BY_KIND[kind]
    found = violations(template, obj, parameters_of(template, PROPS))
    assert any(expected in message for message in found), found


@pytest.mark.parametrize(
    ("image", "registry_allowed", "pinned"),
    [
        ("redis:7.0.15", True, True),
        ("docker.io/library/redis:7.0.15", True, True),
        ("ghcr.io/somatechlat/somaagent01:0.9.2", True, True),
        ("localhost:5000/app:1", False, True),
        ("quay.io/strimzi/kafka@sha256:" + "a" * 64, True, True),
        ("registry.example.com:5000/team/app", False, False),
    ],
)
def test_registries_and_tags_are_read_as_docker_reads_them(image, registry_allowed, pinned):
    pod = {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p"}, "spec": {"containers": [{"name": "c", "image": image}]}}
    registries = BY_KIND["SomaAllowedRegistries"]
    assert (violations(registries, pod, parameters_of(registries, PROPS)) == []) is registry_allowed
    assert (violations(BY_KIND["SomaPinnedImages"], pod, {}) == []) is pinned


def test_what_an_operator_makes_is_its_own_not_held_to_the_rendered_rules():
    """The ClickHouse and Redis operators copy the custom resource's labels (managed-by cdk8s
    among them) onto the StatefulSets they make, and add containers of their own."""
    owned = _bad_deployment() | {"kind": "StatefulSet"}
    owned["metadata"] = {**owned["metadata"], "ownerReferences": [{"kind": "RedisReplication", "name": "redis", "uid": "u"}]}
    for kind in ("SomaRequiredLabels", "SomaResourcesRequired"):
        template = BY_KIND[kind]
        assert violations(template, owned, parameters_of(template, PROPS)) == [], kind
    assert violations(BY_KIND["SomaNoPrivilege"], owned, {}), "privilege is refused whoever made the object"
