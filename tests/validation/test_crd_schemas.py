"""Gate: custom resources against the pinned CRDs' schemas (strict) and their CEL rules."""

from somaagent01_gitops.validation import gates
from somaagent01_gitops.validation.crd_schemas import raw_schemas


def test_the_mirror_is_read_by_group_version_and_kind(context):
    schemas = raw_schemas(context.crds_dir)
    assert ("kafka.strimzi.io", "v1", "KafkaTopic") in schemas
    assert ("postgresql.cnpg.io", "v1", "Cluster") in schemas
    topic = schemas[("kafka.strimzi.io", "v1", "KafkaTopic")]
    assert topic["properties"]["spec"]["properties"]["partitions"]["type"] == "integer"


def test_crd_gate_refuses_a_field_of_the_wrong_type(broken_tree):
    topic = {
        "apiVersion": "kafka.strimzi.io/v1",
        "kind": "KafkaTopic",
        "metadata": {"name": "t", "labels": {"strimzi.io/cluster": "c"}},
        "spec": {"partitions": "three", "replicas": 3},
    }
    result = gates.crd_schemas_gate(broken_tree({"overlays/demo/topic.yaml": topic}))
    (finding,) = result.findings
    assert finding.rule == "crd-schema" and finding.message.startswith("spec.partitions: 'three' is not of type 'integer'")


def test_crd_gate_refuses_an_unknown_field_in_a_custom_resource(broken_tree):
    topic = {"apiVersion": "kafka.strimzi.io/v1", "kind": "KafkaTopic", "metadata": {"name": "t"}, "spec": {"partitionz": 3}}
    result = gates.crd_schemas_gate(broken_tree({"overlays/demo/topic.yaml": topic}))
    assert any("partitionz" in finding.message for finding in result.findings)


def test_crd_gate_fails_on_a_kind_it_has_no_crd_for(broken_tree):
    widget = {"apiVersion": "example.com/v1", "kind": "Widget", "metadata": {"name": "w"}, "spec": {}}
    result = gates.crd_schemas_gate(broken_tree({"overlays/demo/widget.yaml": widget}))
    assert not result.passed and "unvalidated kind" in result.findings[0].message
    assert "; 1 unvalidated," in result.summary


def test_crd_gate_leaves_kubernetes_own_groups_to_the_schema_gate(broken_tree):
    old = {"apiVersion": "policy/v1beta1", "kind": "PodDisruptionBudget", "metadata": {"name": "x"}, "spec": {}}
    result = gates.crd_schemas_gate(broken_tree({"overlays/demo/pdb.yaml": old}))
    assert result.passed and result.summary.startswith("0 custom resources")


def test_crd_gate_runs_the_crds_cel_rules(broken_tree):
    # KafkaUser's CRD: validityDays/renewalDays only with type tls (a CEL rule, not a schema field rule)
    user = {
        "apiVersion": "kafka.strimzi.io/v1",
        "kind": "KafkaUser",
        "metadata": {"name": "u", "labels": {"strimzi.io/cluster": "c"}},
        "spec": {"authentication": {"type": "scram-sha-512", "validityDays": 30}},
    }
    result = gates.crd_schemas_gate(broken_tree({"overlays/demo/user.yaml": user}))
    (finding,) = result.findings
    assert finding.rule == "crd-cel"
    assert finding.message == "spec.authentication: 'validityDays' and 'renewalDays' can be configured only with 'type: tls'"


def test_a_gatekeeper_constraint_is_held_to_the_schema_its_template_gives(broken_tree):
    """Gatekeeper makes each constraint's CRD from its template: the gate does the same."""
    template = {
        "apiVersion": "templates.gatekeeper.sh/v1",
        "kind": "ConstraintTemplate",
        "metadata": {"name": "somademo"},
        "spec": {
            "crd": {
                "spec": {
                    "names": {"kind": "SomaDemo"},
                    "validation": {
                        "openAPIV3Schema": {"type": "object", "properties": {"labels": {"type": "array", "items": {"type": "string"}}}}
                    },
                }
            },
            "targets": [
                {
                    "target": "admission.k8s.gatekeeper.sh",
                    "code": [{"engine": "Rego", "source": {"version": "v1", "rego": "package somademo"}}],
                }
            ],
        },
    }
    constraint = {
        "apiVersion": "constraints.gatekeeper.sh/v1beta1",
        "kind": "SomaDemo",
        "metadata": {"name": "soma-x"},
        "spec": {"enforcementAction": "block", "match": {"namespace": ["soma-x"]}, "parameters": {"labelz": ["a"]}},
    }
    result = gates.crd_schemas_gate(broken_tree({"clusters/demo/template.yaml": template, "clusters/demo/constraint.yaml": constraint}))
    messages = " | ".join(finding.message for finding in result.findings)
    assert "spec.enforcementAction: 'block' is not one of" in messages
    assert "'namespace' was unexpected" in messages and "'labelz' was unexpected" in messages
    constraint["spec"] = {"enforcementAction": "dryrun", "match": {"namespaces": ["soma-x"]}, "parameters": {"labels": ["a"]}}
    assert gates.crd_schemas_gate(
        broken_tree({"clusters/demo/template.yaml": template, "clusters/demo/constraint.yaml": constraint})
    ).passed
