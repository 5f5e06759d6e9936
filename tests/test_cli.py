"""``main.py``'s command line: bad input exits 2 naming file and field, dist/ is swapped in
whole or left alone, and naming environments renders them for a look only."""

import shutil
import subprocess
import sys

import pytest

from somaagent01_gitops.cli import EXIT_BAD_INPUT, main
from somaagent01_gitops.output import read_tree

from .conftest import DIST, OVERLAYS, PROJECT_ROOT


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


def test_refusals_of_both_settings_files_are_reported_at_once(tmp_path, capsys):
    overlays = tmp_path / "overlays"
    overlays.mkdir()
    (overlays / "dev.yaml").write_text("mode: DEVELOPMENT\nnamspace: x\n")
    (tmp_path / "platform.yaml").write_text("gitops: {}\n")
    (tmp_path / "dist").mkdir()
    (tmp_path / "dist" / "keep.yaml").write_text("kept\n")
    code = main(["--overlays", str(overlays), "--platform", str(tmp_path / "platform.yaml"), "--dist", str(tmp_path / "dist")])
    error = capsys.readouterr().err
    assert code == EXIT_BAD_INPUT == 2
    assert f"{overlays / 'dev.yaml'}:2:1: namspace: unknown setting" in error
    assert f"{tmp_path / 'platform.yaml'}:" in error and "gitops.repo_url: required setting is missing" in error
    assert read_tree(tmp_path / "dist") == {"keep.yaml": b"kept\n"}
