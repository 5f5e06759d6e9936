"""Gate: what the API server adds inside list items, which Argo CD compares whole (an endless diff)."""

from somaagent01_gitops.validation import gates
from somaagent01_gitops.validation.drift import apply_defaults


def cnpg_cluster(**plugin):
    return {
        "apiVersion": "postgresql.cnpg.io/v1",
        "kind": "Cluster",
        "metadata": {"name": "pg", "namespace": "demo"},
        "spec": {
            "instances": 1,
            "storage": {"size": "1Gi"},
            "plugins": [{"name": "barman-cloud.cloudnative-pg.io", "isWALArchiver": True, **plugin}],
        },
    }


def test_drift_gate_finds_a_default_the_api_server_adds_inside_a_list_item(broken_tree):
    result = gates.drift_gate(broken_tree({"overlays/demo/cluster-pg.yaml": cnpg_cluster()}))
    (finding,) = result.findings
    assert finding.rule == "drift" and finding.object == "Cluster demo/pg"
    assert finding.message.startswith("spec.plugins[0].enabled: the API server adds true inside a list item")


def test_drift_gate_passes_a_default_that_is_written_out_or_outside_lists(broken_tree):
    # spec.plugins[0].enabled written out; top-level defaults (spec.logLevel...) merge harmlessly
    result = gates.drift_gate(broken_tree({"overlays/demo/cluster-pg.yaml": cnpg_cluster(enabled=True)}))
    assert result.passed, result.findings


def test_drift_defaults_objects_as_the_api_server_does():
    schema = {
        "type": "object",
        "properties": {
            "spec": {
                "type": "object",
                "properties": {
                    "mode": {"type": "string", "default": "fast"},
                    "items": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "properties": {
                                "opts": {"type": "object", "default": {}, "properties": {"n": {"type": "integer", "default": 1}}}
                            },
                        },
                    },
                },
            }
        },
    }
    stored, added = apply_defaults({"kind": "X", "spec": {"items": [{}]}}, schema)
    assert stored["spec"] == {"mode": "fast", "items": [{"opts": {"n": 1}}]}
    assert [(entry.path, entry.in_list_item) for entry in added] == [
        ("spec.mode", False),
        ("spec.items[0].opts", True),
        ("spec.items[0].opts.n", True),
    ]
