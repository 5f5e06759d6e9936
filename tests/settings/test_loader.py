"""Every way an overlay can be wrong gets one readable line: file:line:column: field: what is allowed."""

from pathlib import Path

import pytest
import yaml

from somaagent01_gitops.settings import OverlayError, load_environment, load_environments

from ..conftest import OVERLAYS


def write_overlay(folder: Path, name: str, data) -> Path:
    path = folder / f"{name}.yaml"
    path.write_text(data if isinstance(data, str) else yaml.safe_dump(data, sort_keys=False))
    return path


def shipped(name: str) -> dict:
    return yaml.safe_load((OVERLAYS / f"{name}.yaml").read_text())


def refusal(path: Path) -> str:
    with pytest.raises(OverlayError) as caught:
        load_environment(path, name=path.stem)
    return str(caught.value)


def test_shipped_overlays_load(environments):
    assert [environment.name for environment in environments] == ["dev", "local", "prod", "qa", "training"]


def test_unknown_key_names_the_field_and_the_allowed_keys(tmp_path):
    data = shipped("dev")
    data["services"]["gateway"]["replicaz"] = 2
    message = refusal(write_overlay(tmp_path, "dev", data))
    assert f"{tmp_path / 'dev.yaml'}:" in message
    assert "services.gateway.replicaz: unknown setting; allowed here: replicas, resources, autoscaling" in message


def test_wrong_type_names_the_field_and_the_value(tmp_path):
    data = shipped("dev")
    data["services"]["gateway"]["replicas"] = "two"
    message = refusal(write_overlay(tmp_path, "dev", data))
    assert "services.gateway.replicas: Input should be a valid integer (got 'two')" in message


def test_negative_replicas_are_refused_with_the_line(tmp_path):
    text = (OVERLAYS / "dev.yaml").read_text().replace("replicas: 2", "replicas: -2", 1)
    path = write_overlay(tmp_path, "dev", text)
    line = next(number for number, content in enumerate(text.splitlines(), 1) if "replicas: -2" in content)
    message = refusal(path)
    assert f"dev.yaml:{line}:5: services.gateway.replicas: Input should be greater than or equal to 0 (got -2)" in message


def test_zero_storage_is_refused(tmp_path):
    data = shipped("qa")
    data["scratch_volume_size"] = "0Gi"
    assert "scratch_volume_size: a size must be greater than zero, got '0Gi'" in refusal(write_overlay(tmp_path, "qa", data))


def test_a_size_that_is_not_a_quantity_says_what_is(tmp_path):
    data = shipped("qa")
    data["scratch_volume_size"] = "64MB"
    assert "is not a Kubernetes quantity" in refusal(write_overlay(tmp_path, "qa", data))


def test_prod_with_one_region_is_refused(tmp_path):
    data = shipped("prod")
    del data["regions"]["eu-west-1"]
    data["regions"]["us-east-1"]["peer_region"] = "us-east-1"
    message = refusal(write_overlay(tmp_path, "prod", data))
    assert "regions: PRODUCTION needs at least two regions, got 1" in message


def test_peer_region_must_be_another_region(tmp_path):
    data = shipped("prod")
    data["regions"]["eu-west-1"]["peer_region"] = "ap-south-1"
    message = refusal(write_overlay(tmp_path, "prod", data))
    assert "regions.eu-west-1.peer_region: 'ap-south-1' is not another region of this file; allowed: us-east-1" in message


def test_latest_outside_local_is_refused(tmp_path):
    data = shipped("training")
    data["image"]["tag"] = "latest"
    assert "image.tag: 'latest' is only allowed in LOCAL; pin a tag" in refusal(write_overlay(tmp_path, "training", data))


def test_missing_required_input_is_named(tmp_path):
    data = shipped("dev")
    del data["image"]["tag"]
    assert "image.tag: required setting is missing" in refusal(write_overlay(tmp_path, "dev", data))


def test_bad_enum_value_lists_what_is_allowed(tmp_path):
    data = shipped("dev")
    data["mode"] = "STAGING"
    assert "mode: Input should be 'LOCAL', 'DEVELOPMENT', 'TRAINING' or 'PRODUCTION'" in refusal(write_overlay(tmp_path, "dev", data))


def test_bad_pattern_is_explained_in_words(tmp_path):
    data = shipped("dev")
    data["namespace"] = "Soma_Dev"
    assert "namespace: must be a DNS label" in refusal(write_overlay(tmp_path, "dev", data))


def test_malformed_yaml_names_the_position(tmp_path):
    message = refusal(write_overlay(tmp_path, "dev", "mode: DEVELOPMENT\nimage: {tag: 1.0\n"))
    assert message.startswith(f"{tmp_path / 'dev.yaml'}:3:1: malformed YAML:")


def test_a_file_that_is_not_a_mapping_is_refused(tmp_path):
    assert "must hold a mapping of settings, got list" in refusal(write_overlay(tmp_path, "dev", "- a\n- b\n"))


def test_every_broken_file_is_reported_at_once(tmp_path):
    write_overlay(tmp_path, "dev", "mode: [\n")
    write_overlay(tmp_path, "qa", {**shipped("qa"), "colour": "blue"})
    with pytest.raises(OverlayError) as caught:
        load_environments(tmp_path)
    assert len(caught.value.problems) == 2


def test_an_unknown_environment_lists_the_known_ones(tmp_path):
    write_overlay(tmp_path, "dev", shipped("dev"))
    with pytest.raises(OverlayError, match="no such environment; allowed: dev"):
        load_environments(tmp_path, ["staging"])


def test_platform_file_errors_name_the_file_and_field(tmp_path):
    from somaagent01_gitops.settings import load_platform

    path = write_overlay(tmp_path, "platform", {"gitops": {"repo_url": "ftp://x", "branch": "main"}})
    with pytest.raises(OverlayError) as caught:
        load_platform(path)
    message = str(caught.value)
    assert f"{path}:2:3:" in message
    assert "gitops.repo_url: must be a Git URL (https://, ssh:// or git@) (got 'ftp://x')" in message
    assert "gitops.branch: unknown setting; allowed here: repo_url, target_revision, path_prefix, argocd_namespace" in message


def test_prod_with_too_few_postgres_instances_names_the_field(tmp_path):
    data = shipped("prod")
    data["postgres"]["instances"] = 2
    message = refusal(write_overlay(tmp_path, "prod", data))
    assert "postgres.instances: PRODUCTION needs at least 3 instances, got 2" in message


def test_min_insync_replicas_at_replication_factor_names_the_field(tmp_path):
    data = shipped("dev")
    data["kafka"]["min_insync_replicas"] = 3
    message = refusal(write_overlay(tmp_path, "dev", data))
    assert "kafka.min_insync_replicas: 3 must be below replication_factor 3" in message


def test_a_certificate_renewed_too_late_names_the_field_and_the_limit(tmp_path):
    data = shipped("qa")
    data["certificates"] = {"servers": {"duration": "2160h", "renew_before": "1000h"}}
    message = refusal(write_overlay(tmp_path, "qa", data))
    assert "certificates.servers.renew_before: 1000h is more than a third of duration 2160h; allowed: at most 720h" in message
    data["certificates"] = {"servers": {"duration": "90d", "renew_before": "720h"}}
    assert "certificates.servers.duration: must be whole hours such as '2160h' (90 days)" in refusal(write_overlay(tmp_path, "qa", data))


def test_new_patterns_say_what_they_mean(tmp_path):
    from somaagent01_gitops.settings import load_platform

    base = yaml.safe_load((OVERLAYS.parent / "platform.yaml").read_text())
    pool = {"node_labels": {"pool": "-gpu-"}, "taints": [{"key": "./x"}], "gpus_per_node": 1, "max_nodes": 1}
    base["clusters"]["dev-shared"]["gpu_pools"]["gpu-dev"] = pool
    with pytest.raises(OverlayError) as caught:
        load_platform(write_overlay(tmp_path, "platform", base))
    message = str(caught.value)
    assert "gpu_pools.gpu-dev.node_labels.pool: must be a label value: letters, digits" in message
    assert "gpu_pools.gpu-dev.taints.0.key: must be a label or taint key" in message
    data = yaml.safe_load((OVERLAYS / "prod.yaml").read_text())
    data["services"]["gateway"]["canary"] = {"steps": [{"weight": 5, "pause": "5min"}]}
    assert "services.gateway.canary.steps.0.pause: must be a duration such as '90s', '5m' or '1h' (got '5min')" in refusal(
        write_overlay(tmp_path, "prod", data)
    )
