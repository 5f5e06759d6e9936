"""End to end: the shipped overlays synthesized, as `make synth` and `cdk8s synth` run it."""

import shutil
import subprocess

import pytest
import yaml

from somaagent01_gitops.output import ObjectId, placed_objects, read_tree

from .conftest import DIST, PROJECT_ROOT


def test_every_environment_and_two_regions_have_an_overlay_and_every_cluster_its_folders(synthesized_files):
    folders = {path.rsplit("/", 1)[0] for path in synthesized_files if path.endswith("/kustomization.yaml")}
    clusters = ["local", "dev-shared", "prod-us-east-1", "prod-eu-west-1"]
    assert folders == {
        "base",
        "overlays/local",
        "overlays/dev",
        "overlays/qa",
        "overlays/training",
        "overlays/prod/eu-west-1",
        "overlays/prod/us-east-1",
        *(f"clusters/{cluster}" for cluster in clusters),
        *(f"apps/{cluster}" for cluster in clusters),
        # beyond LOCAL, the cluster's CA and Vault's listener certificate
        *(f"clusters/{cluster}/pki" for cluster in clusters if cluster != "local"),
        # beyond LOCAL, Gatekeeper's templates and each environment's constraints
        *(f"clusters/{cluster}/admission" for cluster in clusters if cluster != "local"),
        # upstream manifests: the cluster-wide operators, and Keycloak's operator per environment
        *(f"clusters/{cluster}/operators/{operator}" for cluster in clusters for operator in ("keycloak-crds", "spicedb-operator")),
        # beyond LOCAL, the Gateway API's CRDs for Kong's edge
        *(f"clusters/{cluster}/operators/gateway-api" for cluster in clusters if cluster != "local"),
        *(f"services/{target}/keycloak" for target in ("local", "dev", "qa", "training", "prod/eu-west-1", "prod/us-east-1")),
    }


def test_committed_dist_equals_a_fresh_synth(synthesized_files):
    assert read_tree(DIST) == synthesized_files, "dist/ is stale: run `make synth` and commit it"


def test_two_synths_are_byte_identical(environments, platform, synthesized_files):
    from somaagent01_gitops.synth import synthesize

    assert synthesize(environments, platform=platform) == synthesized_files


def test_objects_built_equal_objects_written(rendered_folders, synthesized_files):
    written_files = {path for path in synthesized_files if not path.endswith("kustomization.yaml")}
    referenced = set()
    for folder in rendered_folders:
        if folder.kustomization is not None:
            assert not folder.objects and all("://" in url for url in folder.kustomization["resources"]), folder.folder
            continue
        built = sorted((ObjectId.of(obj) for obj in folder.objects), key=str)
        written = sorted(placed_objects(synthesized_files, folder.folder), key=str)
        assert written == built, folder.folder
        kustomization = yaml.safe_load(synthesized_files[f"{folder.folder}/kustomization.yaml"])
        referenced |= {f"{folder.folder}/{name}" for name in kustomization["resources"] if not name.endswith("/base")}
    referenced |= {f"base/{name}" for name in yaml.safe_load(synthesized_files["base/kustomization.yaml"])["resources"]}
    assert written_files == referenced, "a file no kustomization lists would never be applied"


def test_cdk8s_cli_synth_produces_the_committed_dist(tmp_path):
    cli = PROJECT_ROOT / "node_modules" / ".bin" / "cdk8s"
    if not cli.exists():
        pytest.fail("node_modules is missing: run the tests through `make test`, which installs it")
    # run the real CLI in a copy of the project, so the committed dist/ is not touched
    project = tmp_path / "project"
    project.mkdir()
    for name in ("cdk8s.yaml", "main.py", "platform.yaml", "somaagent01_gitops", "overlays", "imports"):
        source = PROJECT_ROOT / name
        (shutil.copytree if source.is_dir() else shutil.copy)(source, project / name)
    (project / ".venv").symlink_to(PROJECT_ROOT / ".venv")
    (project / "node_modules").symlink_to(PROJECT_ROOT / "node_modules")
    result = subprocess.run([str(cli), "synth"], cwd=project, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert read_tree(project / "dist") == read_tree(DIST)
