"""The whisper section: a known model, autoscaling bounds, and what each mode requires."""

import pytest
from pydantic import ValidationError

import somaagent01_gitops.settings  # noqa: F401  (the settings package first: tiers import it)
from somaagent01_gitops.tiers.whisper.settings import (
    BAKED_MODEL,
    MODELS,
    WHISPER_CPU_IMAGE,
    WHISPER_CUDA_IMAGE,
    Whisper,
    WhisperAutoscaling,
)
from tests.conftest import make_settings

GPU = {"pool": "gpu"}
HOURS = {"start": "0 7 * * 1-5", "end": "0 20 * * 1-5"}


def broken(mode: str, whisper: Whisper) -> list[tuple[str, ...]]:
    return [path for path, holds, _ in whisper.mode_rules(mode) if not holds]


def test_defaults_are_one_cpu_server_with_the_model_the_image_carries():
    whisper = Whisper()
    assert (whisper.model, whisper.port, whisper.replicas, whisper.gpu, whisper.autoscaling) == (BAKED_MODEL, 9001, 1, None, None)
    assert whisper.server_image == WHISPER_CPU_IMAGE and whisper.most_replicas == whisper.fewest_replicas == 1
    scaled = Whisper(gpu=GPU, autoscaling={"min_replicas": 2, "max_replicas": 5})
    assert (scaled.fewest_replicas, scaled.most_replicas) == (2, 5)
    assert Whisper(gpu=GPU).server_image == WHISPER_CUDA_IMAGE
    assert Whisper(gpu=GPU, image="registry.example/whisper:1").server_image == "registry.example/whisper:1"


def test_only_whisper_cpps_listed_models_with_their_checksums():
    with pytest.raises(ValidationError, match="not a known model; allowed: tiny"):
        Whisper(model="large-v9")
    assert all(len(model.sha1) == 40 and model.mebibytes > 0 for model in MODELS.values())


def test_scale_to_zero_needs_working_hours_and_working_hours_need_zero():
    with pytest.raises(ValidationError, match="min_replicas 0 needs working hours"):
        WhisperAutoscaling(min_replicas=0)
    with pytest.raises(ValidationError, match="only with min_replicas 0"):
        WhisperAutoscaling(min_replicas=1, working_hours=HOURS)
    with pytest.raises(ValidationError, match="at least min_replicas"):
        WhisperAutoscaling(min_replicas=3, max_replicas=2)
    assert WhisperAutoscaling(min_replicas=0, max_replicas=2, working_hours=HOURS).working_hours.timezone == "Etc/UTC"


def test_local_runs_on_cpu_without_keda():
    assert broken("LOCAL", Whisper()) == []
    assert broken("LOCAL", Whisper(gpu=GPU, autoscaling={})) == [("gpu",), ("autoscaling",)]


def test_beyond_local_gpus_and_autoscaling_and_zero_only_in_development():
    assert broken("DEVELOPMENT", Whisper()) == [("gpu",), ("autoscaling",)]
    to_zero = Whisper(gpu=GPU, autoscaling={"min_replicas": 0, "working_hours": HOURS})
    assert broken("DEVELOPMENT", to_zero) == []
    assert broken("TRAINING", to_zero) == [("autoscaling", "min_replicas")]
    assert broken("PRODUCTION", Whisper(gpu=GPU, autoscaling={"min_replicas": 1})) == [("autoscaling", "min_replicas")]
    assert broken("PRODUCTION", Whisper(gpu=GPU, autoscaling={"min_replicas": 2})) == []


def test_the_environment_refuses_a_broken_rule_naming_the_field():
    with pytest.raises(ValidationError, match="PRODUCTION keeps at least 2 Whisper servers"):
        make_settings("PRODUCTION", whisper={"autoscaling": {"min_replicas": 1}})
    with pytest.raises(ValidationError, match="LOCAL runs Whisper on the laptop's CPU"):
        make_settings("LOCAL", whisper={"gpu": GPU})


def test_threads_stay_within_the_cpu_limit():
    with pytest.raises(ValidationError, match="3 threads on a CPU limit of 2 are throttled"):
        Whisper(threads=3)
    assert Whisper(threads=4, resources={"limits": {"cpu": "4", "memory": "8Gi"}}).threads == 4


def test_one_count_a_known_zone_and_the_envoy_answers_past_the_queue():
    with pytest.raises(ValidationError, match="KEDA keeps the count between autoscaling's bounds; remove replicas"):
        Whisper(gpu=GPU, autoscaling={}, replicas=7)
    with pytest.raises(ValidationError, match="'Europe/Berlln' is not in the IANA time zone database"):
        WhisperAutoscaling(min_replicas=0, working_hours={**HOURS, "timezone": "Europe/Berlln"})
    with pytest.raises(ValidationError, match="timezone"):
        WhisperAutoscaling(min_replicas=0, working_hours={**HOURS, "timezone": "not a zone"})
