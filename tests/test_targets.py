"""Environments become targets (one per prod region), and targets clusters."""

import pytest

from somaagent01_gitops.settings import Environment, EnvironmentSettings, OverlayError
from somaagent01_gitops.targets import clusters_of, targets_of
from tests.conftest import shipped_targets


def test_prod_becomes_one_target_per_region_each_on_its_own_cluster(environments):
    targets = {target.path: target for target in shipped_targets(environments)}
    assert targets["prod/us-east-1"].cluster == "prod-us-east-1"
    assert targets["prod/eu-west-1"].application == "soma-prod-eu-west-1"
    assert targets["dev"].cluster == "dev-shared" and targets["dev"].project == "soma-dev"


def test_clusters_group_their_targets(environments):
    clusters = clusters_of(shipped_targets(environments))
    assert [target.path for target in clusters["dev-shared"]] == ["dev", "qa", "training"]
    assert list(clusters) == ["dev-shared", "local", "prod-eu-west-1", "prod-us-east-1"]


def test_two_environments_in_one_namespace_of_one_cluster_are_refused(environment_by_name):
    dev = environment_by_name["dev"]
    data = environment_by_name["qa"].settings.model_dump(by_alias=True)
    data["namespace"] = dev.settings.namespace
    clash = Environment("qa", EnvironmentSettings.model_validate(data))
    with pytest.raises(OverlayError, match="namespace: 'soma-dev' on cluster 'dev-shared' is already dev's"):
        targets_of([dev, clash])


def test_a_target_on_its_cluster_knows_its_cni_and_the_gpu_pool_its_servers_use(environments, platform):
    (dev,) = [target for target in targets_of(environments) if target.path == "dev"]
    assert dev.gpu_pool is None and dev.egress_by_name is False
    placed = dev.on_cluster(platform)
    assert placed.gpu_pool == platform.clusters["dev-shared"].gpu_pools[dev.settings.whisper.gpu.pool]
    (prod,) = [target for target in shipped_targets(environments) if target.path == "prod/us-east-1"]
    assert prod.egress_by_name is True and prod.gpu_pool.gpus_per_node == 4
    (local,) = [target for target in shipped_targets(environments) if target.path == "local"]
    assert local.gpu_pool is None, "LOCAL runs on CPU"
