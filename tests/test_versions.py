"""Pins that agree: each chart's version, the app version it ships, and the CRDs the gates
validate against (the mirror in ../shared/crds, whose SOURCES.md names each folder's tag)."""

import re

import pytest
import yaml

from somaagent01_gitops.footprints import Kind
from somaagent01_gitops.operators import OPERATORS, ClusterFacts, operator_table
from somaagent01_gitops.validation.crd_schemas import raw_schemas

from .conftest import DIST, PROJECT_ROOT

CRDS = (PROJECT_ROOT.parent / "shared" / "crds").resolve()
WITH_CRDS = [operator for operator in OPERATORS if operator.crds is not None]


def mirror_tags():
    """folder -> tag, from the mirror's own table."""
    tags = {}
    for line in (CRDS / "SOURCES.md").read_text().splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) >= 3 and (CRDS / cells[0]).is_dir():
            tags[cells[0]] = cells[2].split()[0]
    return tags


def plain(version):
    return version.removeprefix("v")


def mirror_kinds(folder):
    return {Kind(group, kind) for (group, _, kind) in raw_schemas(CRDS / folder)}


@pytest.mark.parametrize("operator", WITH_CRDS, ids=lambda operator: operator.name)
def test_the_mirror_holds_the_crds_of_the_version_installed_or_says_why_not(operator):
    tag = mirror_tags()[operator.crds.folder]
    assert plain(tag) == plain(operator.app_version) or operator.crds.note, (
        f"{operator.name} {operator.version} ships {operator.app_version}, the mirror holds {tag}: pin the chart that "
        "ships the mirror's version, or say in CrdMirror.note why the mirror's CRDs still fit"
    )


@pytest.mark.parametrize("operator", WITH_CRDS, ids=lambda operator: operator.name)
def test_every_mirrored_kind_is_one_the_chart_declares_it_installs(operator):
    provided = operator.footprint(ClusterFacts(name="-", targets=())).provided_kinds()
    assert mirror_kinds(operator.crds.folder) <= provided


@pytest.mark.parametrize("operator", [op for op in WITH_CRDS if op.crds.unused_fields], ids=lambda operator: operator.name)
def test_nothing_sets_a_field_the_installed_crds_lack(operator):
    groups = {kind.group for kind in operator.footprint(ClusterFacts(name="-", targets=())).provided_kinds()}
    found = []

    def walk(node, path):
        if isinstance(node, dict):
            for key, value in node.items():
                if key in operator.crds.unused_fields:
                    found.append(f"{path}.{key}")
                walk(value, f"{path}.{key}")
        elif isinstance(node, list):
            for index, item in enumerate(node):
                walk(item, f"{path}[{index}]")

    for path in sorted(DIST.rglob("*.yaml")):
        for obj in yaml.safe_load_all(path.read_text()):
            if obj and obj.get("apiVersion", "").split("/")[0] in groups:
                walk(obj, f"{path.relative_to(DIST)}:{obj['kind']}")
    assert found == []


def test_operators_without_crds_ship_none():
    for operator in OPERATORS:
        if operator.crds is None:
            assert not operator.footprint(ClusterFacts(name="-", targets=())).provides, operator.name


def test_the_readme_shows_the_operator_table_as_declared():
    readme = (PROJECT_ROOT / "README.md").read_text()
    section = re.search(r"<!-- operators:begin -->\n(.*?)<!-- operators:end -->", readme, re.S)
    assert section is not None, "README.md must hold the operator table between its markers"
    assert section.group(1) == operator_table(), "run `make docs` and commit README.md"


def test_the_readme_lists_the_release_defects_as_declared():
    from somaagent01_gitops.docs import release_defects

    readme = (PROJECT_ROOT / "README.md").read_text()
    section = re.search(r"<!-- defects:begin -->\n(.*?)<!-- defects:end -->", readme, re.S)
    assert section is not None and section.group(1) == release_defects(), "run `make docs` and commit README.md"
