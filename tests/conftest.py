"""Shared fixtures: the shipped overlays, loaded once, and their rendering."""

from __future__ import annotations

from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parent.parent
OVERLAYS = PROJECT_ROOT / "overlays"
DIST = PROJECT_ROOT / "dist"

from somaagent01_gitops.toolchain import use_project_node  # noqa: E402

use_project_node()


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
def rendered_folders(environments, platform):
    from somaagent01_gitops.synth import render_folders

    return render_folders(environments, platform=platform)


@pytest.fixture(scope="session")
def synthesized_files(rendered_folders):
    from somaagent01_gitops.output import layout

    return layout(rendered_folders)
