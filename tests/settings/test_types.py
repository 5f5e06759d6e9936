"""The building blocks every settings model shares."""

import pytest
from pydantic import ValidationError

from somaagent01_gitops.settings.types import PATTERN_MEANINGS, FieldRuleError, Resources, StrictModel


def test_a_strict_model_refuses_unknown_keys_and_silent_conversions():
    class Sample(StrictModel):
        replicas: int

    with pytest.raises(ValidationError, match="Extra inputs are not permitted"):
        Sample.model_validate({"replicas": 1, "replica": 2})
    with pytest.raises(ValidationError, match="valid integer"):
        Sample.model_validate({"replicas": "3"})


def test_a_request_above_its_limit_names_the_field():
    with pytest.raises(ValidationError, match="request 2 is above the limit 1"):
        Resources.model_validate({"requests": {"cpu": "2", "memory": "1Gi"}, "limits": {"cpu": "1", "memory": "1Gi"}})


def test_every_pattern_says_what_it_means():
    assert all(meaning and not meaning.startswith("^") for meaning in PATTERN_MEANINGS.values())
    assert FieldRuleError(("a", "b"), "why").path == ("a", "b")


def test_an_image_pinned_by_digest_is_pulled_if_not_present_and_a_tag_always():
    from somaagent01_gitops.settings.types import pull_policy_of

    assert pull_policy_of("openpolicyagent/opa:0.64.0@sha256:" + "a" * 64) == "IfNotPresent"
    assert pull_policy_of("openpolicyagent/opa:0.64.0") == "Always"
