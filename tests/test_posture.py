"""Each mode's policy posture, and that no production client can be configured to fail open:
not by an overlay (no setting says so), not by the release (every fail-open switch it reads
is filled from the posture), not in what is rendered."""

import json

import cdk8s
import pytest

from somaagent01_gitops.posture import POSTURES, posture_of
from somaagent01_gitops.releases import RELEASES
from somaagent01_gitops.settings import EnvironmentSettings
from somaagent01_gitops.tiers.base import build_tiers
from somaagent01_gitops.tiers.registry import TIERS
from tests.conftest import shipped_targets

from .conftest import make_settings


def rendered_settings(target):
    """Every name=value a rendered pod of ``target`` gets: ConfigMap data and literal env."""
    chart = cdk8s.Testing.chart()
    build_tiers(chart, target, TIERS)
    values = []
    for obj in cdk8s.Testing.synth(chart):
        if obj["kind"] == "ConfigMap":
            values += list(obj.get("data", {}).items())
        template = obj.get("spec", {}).get("template", {}).get("spec", {})
        for container in template.get("containers", []):
            values += [(var["name"], var.get("value")) for var in container.get("env", [])]
    return values


def test_the_profiles_postures_by_mode():
    assert {mode: posture.name for mode, posture in POSTURES.items()} == {
        "LOCAL": "permissive",
        "DEVELOPMENT": "observe",
        "TRAINING": "strict",
        "PRODUCTION": "fail-closed",
    }
    assert [mode for mode, posture in POSTURES.items() if posture.authz_fail_open] == ["LOCAL"]
    assert posture_of("PRODUCTION").opa_ready_needs_bundle and posture_of("PRODUCTION").admission == "deny"


@pytest.mark.parametrize("release", sorted(RELEASES))
def test_every_fail_open_switch_a_release_reads_is_the_postures(release):
    contract = RELEASES[release]
    switches = {name for name in contract.settings if "FAIL_OPEN" in name}
    assert switches == set(contract.fail_open_settings), "a new fail-open switch must be filled from the posture"


def test_no_overlay_setting_can_open_anything():
    schema = json.dumps(EnvironmentSettings.model_json_schema())
    assert "fail_open" not in schema and "FAIL_OPEN" not in schema


def test_no_production_client_is_rendered_failing_open(environments):
    prod_targets = [target for target in shipped_targets(environments) if target.settings.mode == "PRODUCTION"]
    assert len(prod_targets) >= 2
    for target in prod_targets:
        switches = set(target.settings.release.fail_open_settings)
        rendered = [(name, value) for name, value in rendered_settings(target) if name in switches]
        assert rendered and all(value == "false" for _, value in rendered), (target.path, rendered)


def test_local_alone_is_permissive(environments):
    local = next(target for target in shipped_targets(environments) if target.path == "local")
    assert ("SA01_AUTHZ_FAIL_OPEN", "true") in rendered_settings(local)
    training = make_settings("TRAINING")
    assert posture_of(training.mode).authz_fail_open is False
