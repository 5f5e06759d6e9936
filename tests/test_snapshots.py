"""Snapshots of every output folder's rendered objects: a change to the YAML is a reviewed change.

When one fails, read the diff; if the change is meant, run
`.venv/bin/python -m pytest tests/test_snapshots.py --snapshot-update` and say in the commit
why the YAML changed.
"""

import pytest

FOLDERS = [
    "apps/dev-shared",
    "apps/local",
    "apps/prod-eu-west-1",
    "apps/prod-us-east-1",
    "clusters/dev-shared",
    "clusters/local",
    "clusters/prod-eu-west-1",
    "clusters/prod-us-east-1",
    "overlays/dev",
    "overlays/local",
    "overlays/prod/eu-west-1",
    "overlays/prod/us-east-1",
    "overlays/qa",
    "overlays/training",
    # kustomizations of upstream manifests: the snapshot is the kustomization itself
    *(
        f"clusters/{cluster}/operators/{operator}"
        for cluster in ("dev-shared", "local", "prod-eu-west-1", "prod-us-east-1")
        for operator in ("keycloak-crds", "spicedb-operator")
    ),
    *(f"services/{target}/keycloak" for target in ("dev", "local", "prod/eu-west-1", "prod/us-east-1", "qa", "training")),
]


@pytest.mark.parametrize("folder", FOLDERS)
def test_rendered_objects(rendered_folders, folder, snapshot):
    (rendered,) = [rendered for rendered in rendered_folders if rendered.folder == folder]
    assert (dict(rendered.kustomization) if rendered.kustomization is not None else list(rendered.objects)) == snapshot


def test_snapshot_list_covers_every_folder(rendered_folders):
    assert sorted(rendered.folder for rendered in rendered_folders) == sorted(FOLDERS)
