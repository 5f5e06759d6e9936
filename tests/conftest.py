"""Shared fixtures and helpers.

- ``make_settings``: a small, valid environment built inline, per mode, for tests of one
  construct or one module; they never read the shipped overlays, so editing an overlay
  cannot break them.
- ``environments``, ``platform``, ``rendered_folders``, ``synthesized_files``: the shipped
  overlays and their rendering, loaded once, for the tests about the shipped product
  (synth, invariants, gates over dist/).
"""

from __future__ import annotations

import copy
import functools
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

PROJECT_ROOT = Path(__file__).resolve().parent.parent
OVERLAYS = PROJECT_ROOT / "overlays"
DIST = PROJECT_ROOT / "dist"

from somaagent01_gitops.toolchain import use_project_node  # noqa: E402

use_project_node()

_EXTERNAL = {"somabrain_url": "https://somabrain.example", "slm_base_url": "https://slm.example/v1", "slm_model": "soma-slm"}


def _region(name: str, *, peer: str, network_cidr: str) -> dict[str, Any]:
    return {
        "cluster": f"prod-{name}",
        "zones": [f"{name}a", f"{name}b", f"{name}c"],
        "storage_class": "gp3-encrypted",
        "peer_region": peer,
        "network_cidr": network_cidr,
        "kafka_bootstrap": f"kafka.{name}.soma.internal:9094",
        "postgres_host": f"postgres.{name}.soma.internal",
        "clickhouse_hosts": [f"clickhouse-0.{name}.soma.internal", f"clickhouse-1.{name}.soma.internal"],
        "buckets": {
            "kafka_tiered_storage": f"soma-prod-{name}-kafka-tiered",
            "postgres_backups": f"soma-prod-{name}-postgres-backups",
            "qdrant_backups": f"soma-prod-{name}-qdrant-backups",
            "clickhouse_backups": f"soma-prod-{name}-clickhouse-backups",
            "redis_backups": f"soma-prod-{name}-redis-backups",
            "thanos": f"soma-prod-{name}-thanos",
        },
    }


_SIGNER = {"issuer": "https://token.actions.githubusercontent.com", "subject_regexp": "^https://github.com/org/app/.+$"}
_BUNDLE_URL = "https://artifacts.example/somaagent01/{release}/policy-bundle.tar.gz"

SETTINGS_BY_MODE: dict[str, dict[str, Any]] = {
    # a laptop: the image built and loaded locally, the laptop's SomaBrain and SLM
    "LOCAL": {
        "mode": "LOCAL",
        "namespace": "soma-local",
        "cluster": "local",
        "image": {"repository": "somaagent01-dev", "tag": "latest", "pull_policy": "IfNotPresent"},
        "external": {
            "somabrain_url": "http://host.docker.internal:9696",
            "slm_base_url": "http://host.docker.internal:8090",
            "slm_model": "soma-slm",
        },
        "identity": {"hostname": "auth.soma.localhost"},
        "opa": {"bundle_url": "http://host.docker.internal:8000/somaagent01/{release}/policy-bundle.tar.gz"},
    },
    # what the model demands beyond LOCAL: Postgres HA with backups
    "DEVELOPMENT": {
        "mode": "DEVELOPMENT",
        "namespace": "soma-dev",
        "cluster": "dev-shared",
        "image": {"tag": "1.0.0"},
        "external": _EXTERNAL,
        "postgres": {"instances": 2, "backup": {"bucket": "soma-dev-postgres-backups"}},
        "qdrant": {"backup": {"bucket": "soma-dev-qdrant-backups", "region": "us-east-1"}},
        "clickhouse": {"replicas": 2, "backup": {"bucket": "soma-x-clickhouse-backups", "region": "us-east-1"}},
        "redis": {"replicas": 2, "backup": {"bucket": "soma-dev-redis-backups", "region": "us-east-1"}},
        "identity": {"hostname": "auth.dev.example"},
        "edge": {"hostname": "app.dev.example"},
        "opa": {"bundle_url": _BUNDLE_URL},
        "whisper": {"gpu": {"pool": "gpu-dev"}, "autoscaling": {}},
    },
    "TRAINING": {
        "mode": "TRAINING",
        "namespace": "soma-training",
        "cluster": "dev-shared",
        "image": {"tag": "1.0.0"},
        "external": _EXTERNAL,
        "postgres": {"instances": 2, "backup": {"bucket": "soma-training-postgres-backups"}},
        "qdrant": {"backup": {"bucket": "soma-training-qdrant-backups", "region": "us-east-1"}},
        "clickhouse": {"replicas": 2, "backup": {"bucket": "soma-x-clickhouse-backups", "region": "us-east-1"}},
        "redis": {"replicas": 2, "backup": {"bucket": "soma-training-redis-backups", "region": "us-east-1"}},
        "identity": {"hostname": "auth.training.example"},
        "edge": {"hostname": "app.training.example"},
        "opa": {"bundle_url": _BUNDLE_URL},
        "whisper": {"gpu": {"pool": "gpu-dev"}, "autoscaling": {}},
    },
    # what the model demands of PRODUCTION: the HA data tier, tiered storage, two peering regions
    "PRODUCTION": {
        "mode": "PRODUCTION",
        "namespace": "soma-prod",
        "image": {"tag": "1.0.0", "signed_by": _SIGNER},
        "external": _EXTERNAL,
        "kafka": {
            "brokers": 3,
            "controllers": 3,
            "replication_factor": 3,
            "min_insync_replicas": 2,
            "tls": True,
            "tiered_storage": {
                "image": "ghcr.io/somatechlat/kafka-tiered-storage:1.2.0-kafka-4.3.1",
                "role_arn": "arn:aws:iam::111122223333:role/soma-prod-kafka-tiered-storage",
            },
        },
        "postgres": {"instances": 3, "synchronous_replicas": 1, "backup": {}},
        "qdrant": {"replicas": 3, "replication_factor": 2, "backup": {}},
        "clickhouse": {"shards": 2, "replicas": 2, "keeper_replicas": 3, "backup": {}},
        "redis": {"replicas": 3, "backup": {}},
        "identity": {"hostname": "auth.example"},
        "edge": {"hostname": "app.example"},
        "opa": {"bundle_url": _BUNDLE_URL, "replicas": 3},
        "openfga": {"replicas": 3},
        "whisper": {"gpu": {"pool": "gpu"}, "autoscaling": {"min_replicas": 2}},
        "services": {"gateway": {"autoscaling": {"min_replicas": 2, "max_replicas": 4}, "canary": {}}},
        "regions": {
            "us-east-1": _region("us-east-1", peer="eu-west-1", network_cidr="10.10.0.0/16"),
            "eu-west-1": _region("eu-west-1", peer="us-east-1", network_cidr="10.20.0.0/16"),
        },
    },
}
"""The smallest valid environment of each mode; tests add what they are about."""


def deep_merge(base: dict[str, Any], overrides: dict[str, Any]) -> dict[str, Any]:
    """``base`` with ``overrides`` merged in: mappings merge key by key, anything else replaces."""
    merged = copy.deepcopy(base)
    for key, value in overrides.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = deep_merge(merged[key], value)
        else:
            merged[key] = copy.deepcopy(value)
    return merged


def settings_data(mode: str = "DEVELOPMENT", **overrides: Any) -> dict[str, Any]:
    """The settings of ``make_settings`` as a plain mapping, to change before validating."""
    return deep_merge(SETTINGS_BY_MODE[mode], overrides)


def make_settings(mode: str = "DEVELOPMENT", **overrides: Any):
    """A validated ``EnvironmentSettings`` of ``mode``, with ``overrides`` deep-merged into
    the mode's minimal settings (``postgres={"instances": 3}`` keeps the backup)."""
    from somaagent01_gitops.settings import EnvironmentSettings

    return EnvironmentSettings.model_validate(settings_data(mode, **overrides))


MODES = tuple(SETTINGS_BY_MODE)


def peer_pods():
    """The pods serving each in-cluster dependency, as the tiers declare them (construct tests
    pass them in as the composition point does)."""
    from somaagent01_gitops.tiers.base import in_cluster_peers
    from somaagent01_gitops.tiers.registry import TIERS

    return dict(in_cluster_peers(TIERS))


@pytest.fixture(scope="session")
def environments():
    from somaagent01_gitops.settings import load_environments

    return load_environments(OVERLAYS)


@pytest.fixture(scope="session")
def environment_by_name(environments):
    return {environment.name: environment for environment in environments}


@pytest.fixture(scope="session")
def platform():
    from somaagent01_gitops.settings import load_platform

    return load_platform(PROJECT_ROOT / "platform.yaml")


@pytest.fixture(scope="session")
def rendered_folders():
    """The shipped settings' synth: the one the gates run on too (once per worker)."""
    from somaagent01_gitops.validation.gates import fresh_synth

    return fresh_synth(OVERLAYS, PROJECT_ROOT / "platform.yaml")[0]


@pytest.fixture(scope="session")
def synthesized_files():
    from somaagent01_gitops.validation.gates import fresh_synth

    return fresh_synth(OVERLAYS, PROJECT_ROOT / "platform.yaml")[1]


def gpu_pool():
    """A GPU pool for targets built without a platform (the minimal settings name it)."""
    from somaagent01_gitops.settings.model import GpuPool

    return GpuPool.model_validate({"node_labels": {"example.com/pool": "gpu"}, "gpus_per_node": 1, "max_nodes": 8})


@functools.cache
def _shipped_platform():
    from somaagent01_gitops.settings import load_platform

    return load_platform(PROJECT_ROOT / "platform.yaml")


def shipped_targets(environments):
    """The environments' targets on the shipped platform.yaml's clusters (their GPU pools,
    their CNI), as ``build_app`` places them."""
    from somaagent01_gitops.targets import targets_of

    return targets_of(environments, _shipped_platform())


PROMTOOL = PROJECT_ROOT / ".tools/prometheus/promtool"
"""Prometheus' promtool, which ``make test`` unpacks (Makefile: PROM_TOOLS)."""


def promtool_expect(tmp_path, series, query, value):
    """Prometheus' own engine (promtool test rules) evaluates ``query`` over ``series`` (name
    and labels -> increase per minute, or promtool's own values notation) after ten minutes:
    it must give ``value``, to 4 places."""
    test = {
        "rule_files": [],
        "evaluation_interval": "1m",
        "tests": [
            {
                "interval": "1m",
                "input_series": [
                    {"series": name, "values": values if isinstance(values, str) else f"0+{values}x10"} for name, values in series.items()
                ],
                "promql_expr_test": [
                    {
                        "expr": f"round(({query}) * 10000) / 10000",
                        "eval_time": "10m",
                        "exp_samples": [{"labels": "{}", "value": round(value, 4)}],
                    }
                ],
            }
        ],
    }
    (tmp_path / "test.yaml").write_text(yaml.safe_dump(test))
    if not PROMTOOL.exists():
        pytest.fail("promtool is missing: run `make .tools/prometheus/.installed` (make test does)")
    result = subprocess.run([str(PROMTOOL), "test", "rules", str(tmp_path / "test.yaml")], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
