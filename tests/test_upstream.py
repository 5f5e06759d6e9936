"""Operators published as plain manifests: the kustomizations keep exactly the declared part.

kustomize builds each rendered kustomization here against a stand-in for the upstream file,
made from the declared inventory (this machine cannot fetch the real one): what comes out
must be exactly the objects the part keeps, in the namespace it names, patched."""

import subprocess

import pytest
import yaml

from somaagent01_gitops.tiers.keycloak.operator import KEYCLOAK_OPERATOR_MANIFESTS
from somaagent01_gitops.tiers.keycloak.service import KEYCLOAK
from somaagent01_gitops.tiers.registry import OPERATORS
from somaagent01_gitops.tiers.spicedb.operator import SPICEDB_OPERATOR_MANIFESTS
from somaagent01_gitops.upstream import UpstreamManifests, UpstreamObject, cluster_part, kustomization, namespace_part
from somaagent01_gitops.validation.kustomize import kubectl
from tests.conftest import shipped_targets

from .conftest import DIST


def stand_in(manifests: UpstreamManifests, folder, built):
    """Write the declared objects as the upstream files, and the kustomization pointing at them."""
    prefix = f"https://raw.githubusercontent.com/{manifests.repository}/{manifests.tag}/"
    for path in manifests.files:
        objects = [
            {"apiVersion": obj.api_version, "kind": obj.kind, "metadata": {"name": obj.name}}
            | (
                {"spec": {"template": {"spec": {"containers": [{"name": obj.name, "image": "upstream"}]}}}}
                if obj.kind == "Deployment"
                else {}
            )
            for obj in manifests.objects
            if obj.file == path
        ]
        (folder / path.replace("/", "_")).write_text(yaml.safe_dump_all(objects))
    resources = [url.replace(prefix, "").replace("/", "_") for url in built["resources"]]
    (folder / "kustomization.yaml").write_text(yaml.safe_dump({**built, "resources": resources}))
    result = subprocess.run([kubectl(), "kustomize", str(folder)], capture_output=True, text=True, check=True)
    return [obj for obj in yaml.safe_load_all(result.stdout) if obj]


def test_keycloak_splits_into_a_cluster_part_and_a_namespace_part_that_cover_everything_once():
    objects = KEYCLOAK_OPERATOR_MANIFESTS.objects
    cluster = {obj for obj in objects if cluster_part(obj)}
    namespaced = {obj for obj in objects if namespace_part(obj)}
    openshift = {obj for obj in objects if obj.openshift_only}
    assert not (cluster & namespaced) and cluster | namespaced | openshift == set(objects)
    assert {obj.kind for obj in cluster} == {"CustomResourceDefinition", "ClusterRole"}


def test_the_cluster_part_keeps_the_crds_and_the_controllers_cluster_roles(tmp_path):
    operator = next(operator for operator in OPERATORS if operator.name == "keycloak-crds")
    built = stand_in(KEYCLOAK_OPERATOR_MANIFESTS, tmp_path, operator.kustomization(None))
    assert sorted((obj["kind"], obj["metadata"]["name"]) for obj in built) == [
        ("ClusterRole", "keycloakcontroller-cluster-role"),
        ("ClusterRole", "keycloakrealmimportcontroller-cluster-role"),
        ("CustomResourceDefinition", "keycloakrealmimports.k8s.keycloak.org"),
        ("CustomResourceDefinition", "keycloaks.k8s.keycloak.org"),
    ]


def test_each_environment_runs_its_own_keycloak_operator_restricted_and_namespaced(tmp_path, environments):

    target = next(target for target in shipped_targets(environments) if target.path == "qa")
    built = stand_in(KEYCLOAK_OPERATOR_MANIFESTS, tmp_path, KEYCLOAK.kustomization(target))
    assert {obj["kind"] for obj in built} == {"ServiceAccount", "Role", "RoleBinding", "Service", "Deployment"}
    assert {obj["metadata"]["namespace"] for obj in built} == {"soma-qa"}, "nothing cluster-scoped: the qa project admits none"
    (deployment,) = [obj for obj in built if obj["kind"] == "Deployment"]
    pod = deployment["spec"]["template"]["spec"]
    assert pod["securityContext"]["runAsNonRoot"] is True and pod["securityContext"]["seccompProfile"] == {"type": "RuntimeDefault"}
    (container,) = pod["containers"]
    assert container["securityContext"] == {"allowPrivilegeEscalation": False, "capabilities": {"drop": ["ALL"]}}
    assert container["image"] == "upstream", "the patch adds, it does not replace the upstream container"


def test_the_kustomizations_in_dist_name_upstream_by_its_pinned_tag_only():
    for path in DIST.rglob("kustomization.yaml"):
        resources = yaml.safe_load(path.read_text())["resources"]
        for url in (resource for resource in resources if "://" in resource):
            pinned = ("/26.0.0/" in url, url.endswith("?ref=v1.25.1"), "/gateway-api/v1.6.1/" in url)
            assert any(pinned), f"{path}: {url} is not pinned"


def test_the_spicedb_operator_runs_its_tag_not_latest():
    built = next(operator for operator in OPERATORS if operator.name == "spicedb-operator").kustomization(None)
    assert built["images"] == [{"name": "ghcr.io/authzed/spicedb-operator", "newTag": SPICEDB_OPERATOR_MANIFESTS.tag}]
    assert built["resources"] == ["https://github.com/authzed/spicedb-operator//config?ref=v1.25.1"]


def test_a_part_that_keeps_nothing_of_a_file_does_not_fetch_it():
    manifests = UpstreamManifests(
        repository="o/r",
        tag="1.0.0",
        files=("a.yaml", "b.yaml"),
        objects=(
            UpstreamObject(file="a.yaml", api_version="v1", kind="ConfigMap", name="a"),
            UpstreamObject(file="b.yaml", api_version="v1", kind="ConfigMap", name="b"),
        ),
        source="test",
    )
    built = kustomization(manifests, keep=lambda obj: obj.name == "a")
    assert built["resources"] == ["https://raw.githubusercontent.com/o/r/1.0.0/a.yaml"] and "patches" not in built


@pytest.mark.parametrize("manifests", [KEYCLOAK_OPERATOR_MANIFESTS, SPICEDB_OPERATOR_MANIFESTS])
def test_every_declared_object_names_its_file(manifests):
    files = set(manifests.files) or {""}
    assert all(obj.file in files for obj in manifests.objects)
