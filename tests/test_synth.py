"""End to end: main.py over the shipped overlays, as `make synth` and `cdk8s synth` run it."""

import shutil
import subprocess
import sys

import pytest
import yaml

from somaagent01_gitops.cli import main
from somaagent01_gitops.output import ObjectId, placed_objects, read_tree

from .conftest import DIST, OVERLAYS, PROJECT_ROOT


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
        # upstream manifests: the cluster-wide operators, and Keycloak's operator per environment
        *(f"clusters/{cluster}/operators/{operator}" for cluster in clusters for operator in ("keycloak-crds", "spicedb-operator")),
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


@pytest.fixture
def sandbox(tmp_path):
    """A copy of the overlays and of the committed dist/ to break things in."""
    shutil.copytree(OVERLAYS, tmp_path / "overlays")
    shutil.copytree(DIST, tmp_path / "dist")
    shutil.copy(PROJECT_ROOT / "platform.yaml", tmp_path / "platform.yaml")
    return tmp_path


def run_main(sandbox, *extra):
    return main(
        ["--overlays", str(sandbox / "overlays"), "--platform", str(sandbox / "platform.yaml"), "--dist", str(sandbox / "dist"), *extra]
    )


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (("dev.yaml", "replicas: 2", "replicas: -2"), "services.gateway.replicas: Input should be greater than or equal to 0"),
        (("qa.yaml", "namespace: soma-qa", "namespace: soma-qa\nnamspace: x"), "namspace: unknown setting"),
        (("prod.yaml", "  eu-west-1:\n", "  eu-west-1x:\n"), "must be a region name"),
        (("platform.yaml", "path_prefix: dist", "path_prefix: /dist"), "gitops.path_prefix: must be a relative path"),
        (("local.yaml", "mode: LOCAL", "mode: [LOCAL"), "malformed YAML"),
    ],
)
def test_bad_overlay_exits_non_zero_names_file_and_field_and_keeps_dist(sandbox, capsys, edit, expected):
    name, old, new = edit
    overlay = sandbox / ("platform.yaml" if name == "platform.yaml" else f"overlays/{name}")
    overlay.write_text(overlay.read_text().replace(old, new, 1))
    before = read_tree(sandbox / "dist")
    code = run_main(sandbox)
    error = capsys.readouterr().err
    assert code == 2
    assert str(overlay) in error and expected in error
    assert "Traceback" not in error
    assert read_tree(sandbox / "dist") == before


def test_main_py_reports_bad_input_as_a_process_would(sandbox):
    overlay = sandbox / "overlays" / "dev.yaml"
    overlay.write_text(overlay.read_text().replace("replicas: 2", "replicas: two", 1))
    result = subprocess.run(
        [
            sys.executable,
            "main.py",
            "--overlays",
            str(sandbox / "overlays"),
            "--platform",
            str(sandbox / "platform.yaml"),
            "--dist",
            str(sandbox / "dist"),
        ],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert f"{overlay}:" in result.stderr and "services.gateway.replicas: Input should be a valid integer" in result.stderr


def test_naming_environments_renders_them_to_staging_and_leaves_dist_alone(sandbox, monkeypatch):
    staging = sandbox / "staging"
    monkeypatch.setenv("CDK8S_OUTDIR", str(staging))
    before = read_tree(sandbox / "dist")
    assert run_main(sandbox, "dev") == 0
    assert read_tree(sandbox / "dist") == before
    assert any(path.startswith("overlays/dev/") for path in read_tree(staging))
    assert not any(path.startswith("overlays/qa/") for path in read_tree(staging))


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
