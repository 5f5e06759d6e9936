"""make bench's generated model: N prod regions that the settings accept and synth renders,
each peered with another (the benchmark times it; this checks it is a real model)."""

import sys

from somaagent01_gitops.settings import load_environments, load_platform
from tests.conftest import PROJECT_ROOT

sys.path.insert(0, str(PROJECT_ROOT / "tools"))

from benchmark import regions_model


def test_the_region_model_is_valid_settings_with_paired_peers(tmp_path):
    overlays, platform_file = regions_model(4, tmp_path)
    prod = next(environment for environment in load_environments(overlays) if environment.name == "prod")
    regions = prod.settings.regions
    assert len(regions) == 4
    assert {name: region.peer_region for name, region in regions.items()} == {
        "us-east-1": "eu-west-1",
        "eu-west-1": "us-east-1",
        "us-east-12": "eu-west-13",
        "eu-west-13": "us-east-12",
    }
    assert len({region.network_cidr for region in regions.values()}) == 4
    clusters = load_platform(platform_file).clusters
    assert all(region.cluster in clusters for region in regions.values())
