"""Environments become targets (one per prod region), and targets clusters."""

import pytest

from somaagent01_gitops.settings import Environment, EnvironmentSettings, OverlayError
from somaagent01_gitops.targets import clusters_of, targets_of


def test_prod_becomes_one_target_per_region_each_on_its_own_cluster(environments):
    targets = {target.path: target for target in targets_of(environments)}
    assert targets["prod/us-east-1"].cluster == "prod-us-east-1"
    assert targets["prod/eu-west-1"].application == "soma-prod-eu-west-1"
    assert targets["dev"].cluster == "dev-shared" and targets["dev"].project == "soma-dev"


def test_clusters_group_their_targets(environments):
    clusters = clusters_of(targets_of(environments))
    assert [target.path for target in clusters["dev-shared"]] == ["dev", "qa", "training"]
    assert list(clusters) == ["dev-shared", "local", "prod-eu-west-1", "prod-us-east-1"]


def test_two_environments_in_one_namespace_of_one_cluster_are_refused(environment_by_name):
    dev = environment_by_name["dev"]
    data = environment_by_name["qa"].settings.model_dump(by_alias=True)
    data["namespace"] = dev.settings.namespace
    clash = Environment("qa", EnvironmentSettings.model_validate(data))
    with pytest.raises(OverlayError, match="namespace: 'soma-dev' on cluster 'dev-shared' is already dev's"):
        targets_of([dev, clash])
