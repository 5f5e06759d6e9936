"""The recommended labels: what an object is, what it is part of, and who manages it."""

from somaagent01_gitops.constructs.labels import standard_labels


def test_labels_name_the_object_its_component_the_app_and_the_tool():
    assert standard_labels("gateway", component="app") == {
        "app.kubernetes.io/name": "gateway",
        "app.kubernetes.io/component": "app",
        "app.kubernetes.io/part-of": "somaagent01",
        "app.kubernetes.io/managed-by": "cdk8s",
    }


def test_each_call_returns_a_mapping_of_its_own():
    first = standard_labels("a", component="x")
    first["extra"] = "1"
    assert "extra" not in standard_labels("a", component="x"), "a caller adding a label must not change another's"
