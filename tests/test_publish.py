"""Publishing dist/ into a GitOps checkout: the files land where the Applications look."""

import subprocess

import pytest

from somaagent01_gitops.output import write_tree
from somaagent01_gitops.publish import PublishError, publish


@pytest.fixture
def checkout(tmp_path):
    repo = tmp_path / "gitops"
    repo.mkdir()
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    return repo


def test_publish_copies_reports_and_removes_what_left(tmp_path, checkout):
    dist = tmp_path / "dist"
    write_tree({"overlays/dev/a.yaml": b"a", "apps/x/b.yaml": b"b"}, dist)
    first = publish(dist, checkout, path_prefix="infra/k8s")
    assert first.added == ["apps/x/b.yaml", "overlays/dev/a.yaml"]
    assert (checkout / "infra/k8s/overlays/dev/a.yaml").read_bytes() == b"a"
    assert publish(dist, checkout, path_prefix="infra/k8s").unchanged

    write_tree({"overlays/dev/a.yaml": b"changed"}, dist)
    second = publish(dist, checkout, path_prefix="infra/k8s")
    assert (second.changed, second.removed) == (["overlays/dev/a.yaml"], ["apps/x/b.yaml"])
    assert not (checkout / "infra/k8s/apps").exists()
    assert second.lines("infra/k8s")[0] == "infra/k8s: 0 added, 1 changed, 1 removed"


def test_dry_run_reports_without_writing(tmp_path, checkout):
    dist = tmp_path / "dist"
    write_tree({"overlays/dev/a.yaml": b"a"}, dist)
    assert publish(dist, checkout, path_prefix="infra/k8s", dry_run=True).added == ["overlays/dev/a.yaml"]
    assert not (checkout / "infra").exists()


def test_publish_refuses_a_dist_whose_applications_point_at_dist(tmp_path, checkout):
    with pytest.raises(PublishError, match="path_prefix is 'dist'"):
        publish(tmp_path, checkout, path_prefix="dist")


def test_publish_refuses_a_folder_that_is_not_a_checkout(tmp_path):
    with pytest.raises(PublishError, match="not a Git checkout"):
        publish(tmp_path, tmp_path, path_prefix="infra/k8s")
