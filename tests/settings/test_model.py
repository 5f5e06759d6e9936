"""Rules of the settings model that a valid-looking overlay can still break."""

import pytest
from pydantic import ValidationError

from somaagent01_gitops.settings import EnvironmentSettings, ServiceSettings

MINIMAL = {
    "mode": "DEVELOPMENT",
    "namespace": "soma-test",
    "image": {"tag": "1.0.0"},
    "external": {
        "somabrain_url": "https://brain.example",
        "slm_base_url": "https://slm.example/v1",
        "slm_model": "m",
    },
}


def settings(**changes):
    return EnvironmentSettings.model_validate({**MINIMAL, **changes})


def test_defaults_fill_what_an_overlay_leaves_out():
    result = settings()
    gateway = result.services.by_name()["gateway"]
    assert gateway.replicas == 1
    assert gateway.resources.requests.cpu == "100m"
    assert result.policy.fail_open is False
    assert result.image.pull_policy == "Always"


def test_model_is_frozen():
    with pytest.raises(ValidationError):
        settings().log_level = "DEBUG"


def test_strict_mode_refuses_a_quoted_number():
    with pytest.raises(ValidationError, match="valid integer"):
        settings(services={"gateway": {"replicas": "3"}})


def test_latest_is_refused_outside_local_but_allowed_in_local():
    with pytest.raises(ValidationError, match="only allowed in LOCAL"):
        settings(image={"tag": "latest"})
    assert settings(mode="LOCAL", image={"tag": "latest"}).image.tag == "latest"


def test_production_needs_two_regions_that_peer_with_each_other():
    region = {"zones": ["a"], "storage_class": "gp3", "peer_region": "eu-west-1"}
    with pytest.raises(ValidationError, match="at least two regions"):
        settings(mode="PRODUCTION", regions={"us-east-1": region})
    prod = settings(
        mode="PRODUCTION",
        regions={"us-east-1": region, "eu-west-1": {**region, "peer_region": "us-east-1"}},
    )
    assert sorted(prod.regions) == ["eu-west-1", "us-east-1"]


def test_regions_are_refused_outside_production():
    region = {"zones": ["a"], "storage_class": "gp3", "peer_region": "eu-west-1"}
    with pytest.raises(ValidationError, match="only PRODUCTION has regions"):
        settings(regions={"us-east-1": region})


def test_fail_open_is_refused_where_the_platform_is_fail_closed():
    with pytest.raises(ValidationError, match="fail-closed"):
        settings(mode="TRAINING", policy={"fail_open": True})


def test_requests_above_limits_are_refused():
    with pytest.raises(ValidationError, match="above the limit"):
        ServiceSettings.model_validate(
            {"resources": {"requests": {"cpu": "2", "memory": "1Gi"}, "limits": {"cpu": "1", "memory": "2Gi"}}}
        )


def test_autoscaling_owns_the_replica_floor():
    sizing = ServiceSettings.model_validate({"replicas": 1, "autoscaling": {"min_replicas": 3, "max_replicas": 6}})
    assert sizing.min_available_replicas == 3
    with pytest.raises(ValidationError, match="above max_replicas"):
        ServiceSettings.model_validate({"autoscaling": {"min_replicas": 7, "max_replicas": 6}})
