"""The project's own Node goes first on PATH, once, before cdk8s starts jsii."""

import os

import pytest

from somaagent01_gitops import toolchain


@pytest.fixture
def project(tmp_path, monkeypatch):
    monkeypatch.setattr(toolchain, "PROJECT_ROOT", tmp_path)
    monkeypatch.setenv("PATH", "/usr/bin")
    return tmp_path


def test_the_projects_node_goes_first_on_path_and_only_once(project):
    node_bin = project / "node_modules" / ".bin"
    node_bin.mkdir(parents=True)
    (node_bin / "node").write_text("")
    toolchain.use_project_node()
    assert os.environ["PATH"] == f"{node_bin}{os.pathsep}/usr/bin"
    toolchain.use_project_node()
    assert os.environ["PATH"] == f"{node_bin}{os.pathsep}/usr/bin", "a second call adds nothing"


def test_without_a_project_node_path_is_left_alone(project):
    toolchain.use_project_node()
    assert os.environ["PATH"] == "/usr/bin"
