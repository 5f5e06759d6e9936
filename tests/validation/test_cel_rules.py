"""The CRDs' CEL rules, evaluated as the API server would on create."""

from somaagent01_gitops.validation.cel_rules import broken_rules

SCHEMA = {
    "type": "object",
    "properties": {
        "spec": {
            "type": "object",
            "x-kubernetes-validations": [
                {"rule": "self.min <= self.max", "message": "min must not exceed max"},
                {"rule": "self.max == oldSelf.max", "message": "max is immutable"},
            ],
            "properties": {
                "items": {"type": "array", "items": {"type": "object", "x-kubernetes-validations": [{"rule": "self.size > 0"}]}},
            },
        }
    },
}


def test_a_rule_that_holds_reports_nothing():
    assert list(broken_rules(SCHEMA, {"spec": {"min": 1, "max": 2, "items": [{"size": 1}]}})) == []


def test_a_broken_rule_is_reported_with_its_path_and_message_and_transition_rules_are_left_to_updates():
    (result,) = broken_rules(SCHEMA, {"spec": {"min": 3, "max": 2}})
    assert (result.path, result.message, result.evaluated) == ("spec", "min must not exceed max", True)


def test_rules_of_list_items_are_checked_per_item_and_without_a_message_name_the_rule():
    (result,) = broken_rules(SCHEMA, {"spec": {"min": 1, "max": 2, "items": [{"size": 1}, {"size": 0}]}})
    assert result.path == "spec.items[1]" and result.message == "rule 'self.size > 0' is false"


def test_a_cel_rule_that_cannot_run_is_reported_not_passed():
    schema = {"type": "object", "x-kubernetes-validations": [{"rule": "self.noSuchFunction()", "message": "m"}]}
    (result,) = broken_rules(schema, {"a": 1})
    assert not result.evaluated and result.message.startswith("not evaluated")
