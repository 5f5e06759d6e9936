"""The dist/ layout: base holds only what every target shares, nothing is ever lost."""

import pytest
import yaml

from somaagent01_gitops.output import FolderObjects, ObjectId, OutputError, layout, read_tree, swap_in, write_tree


def config_map(name, namespace, data):
    return {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": name, "namespace": namespace}, "data": data}


def namespace_object(name):
    return {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": name}}


def test_identical_namespaced_objects_go_to_base_without_a_namespace():
    files = layout(
        [
            FolderObjects("overlays/a", namespace="ns-a", objects=[config_map("shared", "ns-a", {"k": "v"}), namespace_object("ns-a")]),
            FolderObjects("overlays/b", namespace="ns-b", objects=[config_map("shared", "ns-b", {"k": "v"}), namespace_object("ns-b")]),
        ]
    )
    assert yaml.safe_load(files["base/configmap-shared.yaml"])["metadata"] == {"name": "shared"}
    assert yaml.safe_load(files["base/kustomization.yaml"])["resources"] == ["configmap-shared.yaml"]
    overlay = yaml.safe_load(files["overlays/a/kustomization.yaml"])
    assert overlay["namespace"] == "ns-a"
    assert overlay["resources"] == ["../../base", "namespace-ns-a.yaml"]


def test_plain_folders_keep_their_objects_and_list_them():
    files = layout([FolderObjects("clusters/one", [namespace_object("ns-a")])])
    assert yaml.safe_load(files["clusters/one/kustomization.yaml"]) == {
        "apiVersion": "kustomize.config.k8s.io/v1beta1",
        "kind": "Kustomization",
        "resources": ["namespace-ns-a.yaml"],
    }
    assert not any(path.startswith("base/") for path in files)


def test_cluster_scoped_objects_never_go_to_base_even_when_identical():
    shared = namespace_object("platform")
    files = layout(
        [FolderObjects("overlays/a", namespace="ns-a", objects=[shared]), FolderObjects("overlays/b", namespace="ns-b", objects=[shared])]
    )
    assert "overlays/a/namespace-platform.yaml" in files and "overlays/b/namespace-platform.yaml" in files
    assert not any(path.startswith("base/namespace") for path in files)


def test_objects_that_differ_stay_in_their_overlay_and_nested_targets_reach_base():
    files = layout(
        [
            FolderObjects("overlays/dev", namespace="d", objects=[config_map("c", "d", {"k": "1"})]),
            FolderObjects("overlays/prod/r1", namespace="p", objects=[config_map("c", "p", {"k": "2"})]),
        ]
    )
    assert "overlays/dev/configmap-c.yaml" in files and "overlays/prod/r1/configmap-c.yaml" in files
    assert yaml.safe_load(files["overlays/prod/r1/kustomization.yaml"])["resources"][0] == "../../../base"


def test_same_kind_and_name_in_two_namespaces_keeps_both_files():
    files = layout([FolderObjects("overlays/a", namespace="ns-a", objects=[config_map("c", "ns-a", {}), config_map("c", "other", {})])])
    written = [path for path in files if path.startswith("overlays/a/configmap")]
    assert len(written) == 2
    assert {ObjectId.of(yaml.safe_load(files[path])).namespace for path in written} == {"ns-a", "other"}


def test_the_same_object_twice_is_an_error_not_a_silent_overwrite():
    with pytest.raises(OutputError, match="rendered twice"):
        layout([FolderObjects("overlays/a", namespace="ns", objects=[config_map("c", "ns", {}), config_map("c", "ns", {})])])


def test_swap_replaces_the_whole_folder(tmp_path):
    dist = tmp_path / "dist"
    write_tree({"old/stale.yaml": b"x"}, dist)
    staging = tmp_path / "staging"
    write_tree({"new/fresh.yaml": b"y"}, staging)
    swap_in(staging, dist)
    assert read_tree(dist) == {"new/fresh.yaml": b"y"}
    assert sorted(path.name for path in tmp_path.iterdir()) == ["dist", "staging"]
