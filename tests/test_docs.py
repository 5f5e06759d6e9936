"""``make docs``: the README's generated sections say what the declarations say."""

import re

from somaagent01_gitops import docs
from somaagent01_gitops.operators import operator_table

from .conftest import PROJECT_ROOT


def test_the_readme_shows_the_operator_table_as_declared():
    readme = (PROJECT_ROOT / "README.md").read_text()
    section = re.search(r"<!-- operators:begin -->\n(.*?)<!-- operators:end -->", readme, re.S)
    assert section is not None, "README.md must hold the operator table between its markers"
    assert section.group(1) == operator_table(), "run `make docs` and commit README.md"


def test_the_readme_lists_the_release_defects_as_declared():
    readme = (PROJECT_ROOT / "README.md").read_text()
    section = re.search(r"<!-- defects:begin -->\n(.*?)<!-- defects:end -->", readme, re.S)
    assert section is not None and section.group(1) == docs.release_defects(), "run `make docs` and commit README.md"


def test_release_defects_are_one_bullet_per_defect_of_the_default_release():
    from somaagent01_gitops.releases import DEFAULT_RELEASE, RELEASES

    defects = RELEASES[DEFAULT_RELEASE].defects
    lines = docs.release_defects().splitlines()
    assert len(lines) == len(defects) > 0
    assert all(line.startswith(f"- `{DEFAULT_RELEASE}`: ") for line in lines)


def test_main_rewrites_only_the_marked_sections(tmp_path, monkeypatch):
    readme = tmp_path / "README.md"
    readme.write_text(
        "intro\n<!-- operators:begin -->\nstale\n<!-- operators:end -->\nmiddle\n<!-- defects:begin -->\n<!-- defects:end -->\n"
        "<!-- gpu-capacity:begin -->\n<!-- gpu-capacity:end -->\nend\n"
    )
    monkeypatch.setattr(docs, "README", readme)
    assert docs.main() == 0
    text = readme.read_text()
    assert "stale" not in text
    assert text.startswith("intro\n<!-- operators:begin -->\n" + operator_table() + "<!-- operators:end -->\nmiddle\n")
    assert "<!-- defects:begin -->\n" + docs.release_defects() + "<!-- defects:end -->\n" in text
    assert text.endswith("<!-- gpu-capacity:begin -->\n" + docs.gpu_capacity() + "<!-- gpu-capacity:end -->\nend\n")
    before = text
    assert docs.main() == 0 and readme.read_text() == before, "a second run changes nothing"


def test_main_refuses_a_readme_without_a_section(tmp_path, monkeypatch, capsys):
    readme = tmp_path / "README.md"
    readme.write_text("<!-- operators:begin -->\n<!-- operators:end -->\n")
    monkeypatch.setattr(docs, "README", readme)
    assert docs.main() == 1
    assert "no <!-- defects:begin -->" in capsys.readouterr().err
    assert readme.read_text() == "<!-- operators:begin -->\n<!-- operators:end -->\n", "left as it was"


def test_the_readme_shows_each_regions_gpu_capacity_and_what_the_speech_servers_take():
    readme = (PROJECT_ROOT / "README.md").read_text()
    section = re.search(r"<!-- gpu-capacity:begin -->\n(.*?)<!-- gpu-capacity:end -->", readme, re.S)
    assert section is not None and section.group(1) == docs.gpu_capacity(), "run `make docs` and commit README.md"
    rows = [line.split(" | ") for line in docs.gpu_capacity().splitlines()[2:]]
    assert {row[0].strip("| ") for row in rows} == {"dev-shared", "prod-us-east-1", "prod-eu-west-1"}
    assert {row[3] for row in rows} == {"dev", "qa", "training", "prod/us-east-1", "prod/eu-west-1"}
    prod = [row for row in rows if row[3].startswith("prod/")]
    assert all(row[2] == "12 (3 x 4)" and int(row[4]) >= 2 for row in prod)
