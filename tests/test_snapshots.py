"""Snapshots of every target's rendered objects: a change to the YAML is a reviewed change.

When one fails, read the diff; if the change is meant, `make test` with
`--snapshot-update` (see the README) and say in the commit why the YAML changed.
"""

import pytest

TARGETS = ["dev", "local", "prod/eu-west-1", "prod/us-east-1", "qa", "training"]


@pytest.mark.parametrize("target_path", TARGETS)
def test_rendered_objects(rendered_targets, target_path, snapshot):
    (target,) = [target for target in rendered_targets if target.path == target_path]
    assert list(target.objects) == snapshot


def test_snapshot_list_covers_every_target(rendered_targets):
    assert sorted(target.path for target in rendered_targets) == TARGETS
