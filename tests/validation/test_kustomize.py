"""Gate: every kustomization renders, every Application points at a folder that exists, one owner per object."""

from somaagent01_gitops.validation import gates
from somaagent01_gitops.validation.kustomize import kustomization_folders

from .conftest import deployment, kustomization


def test_kustomize_gate_fails_on_a_broken_kustomization(broken_tree):
    tree = broken_tree({"overlays/demo/kustomization.yaml": kustomization("missing.yaml")})
    (finding,) = gates.kustomize_gate(tree).findings
    assert finding.file == "dist/overlays/demo/kustomization.yaml" and "missing.yaml" in finding.message


def application(name, path, cluster="https://kubernetes.default.svc", namespace="demo"):
    return {
        "apiVersion": "argoproj.io/v1alpha1",
        "kind": "Application",
        "metadata": {"name": name, "namespace": "argocd"},
        "spec": {
            "project": "default",
            "source": {"repoURL": "https://git.example/gitops.git", "targetRevision": "main", "path": path},
            "destination": {"server": cluster, "namespace": namespace},
        },
    }


def test_kustomize_gate_fails_on_an_application_whose_path_is_missing(broken_tree):
    tree = broken_tree({"apps/app.yaml": application("ghost", "dist/overlays/nowhere")})
    (finding,) = gates.kustomize_gate(tree).findings
    assert finding.rule == "argocd-path" and "does not exist" in finding.message


def test_kustomize_gate_fails_when_two_applications_own_one_object(broken_tree):
    shared = {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRole", "metadata": {"name": "shared"}, "rules": []}
    tree = broken_tree(
        {
            "overlays/a/kustomization.yaml": kustomization("ns.yaml", namespace="a"),
            "overlays/a/ns.yaml": shared,
            "overlays/b/kustomization.yaml": kustomization("ns.yaml", namespace="b"),
            "overlays/b/ns.yaml": shared,
            "apps/apps.yaml": [application("a", "dist/overlays/a"), application("b", "dist/overlays/b")],
        }
    )
    findings = gates.kustomize_gate(tree).findings
    assert [finding.rule for finding in findings] == ["argocd-single-owner"]
    assert "Applications a, b" in findings[0].message


def test_the_same_object_in_two_clusters_is_no_conflict(broken_tree):
    # each cluster runs its own Argo CD: its Applications sit in its own apps/<cluster>/ folder
    shared = {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRole", "metadata": {"name": "shared"}, "rules": []}
    tree = broken_tree(
        {
            "clusters/one/kustomization.yaml": kustomization("role.yaml", namespace="x"),
            "clusters/one/role.yaml": shared,
            "clusters/two/kustomization.yaml": kustomization("role.yaml", namespace="x"),
            "clusters/two/role.yaml": shared,
            "apps/one/app.yaml": application("cluster-one", "dist/clusters/one"),
            "apps/two/app.yaml": application("cluster-two", "dist/clusters/two"),
        }
    )
    assert gates.kustomize_gate(tree).passed


def test_kustomize_gate_fails_on_a_folder_no_application_syncs(broken_tree):
    tree = broken_tree(
        {
            "overlays/a/kustomization.yaml": kustomization("d.yaml"),
            "overlays/a/d.yaml": deployment(),
            "overlays/b/kustomization.yaml": kustomization("d.yaml"),
            "overlays/b/d.yaml": deployment(),
            "apps/one/app.yaml": application("a", "dist/overlays/a"),
        }
    )
    (finding,) = gates.kustomize_gate(tree).findings
    assert finding.rule == "argocd-coverage" and finding.file == "dist/overlays/b"


def test_kustomize_gate_fails_on_a_path_outside_the_published_prefix(broken_tree):
    tree = broken_tree({"apps/one/app.yaml": application("a", "elsewhere/overlays/a")})
    (finding,) = gates.kustomize_gate(tree).findings
    assert finding.rule == "argocd-path" and "outside 'dist'" in finding.message


def test_the_folders_with_a_kustomization_are_found_sorted(tmp_path):
    for folder in ("overlays/b", "overlays/a", "base"):
        (tmp_path / folder).mkdir(parents=True)
        (tmp_path / folder / "kustomization.yaml").write_text("resources: []\n")
    (tmp_path / "apps").mkdir()
    (tmp_path / "apps" / "app.yaml").write_text("kind: Application\n")
    assert [path.relative_to(tmp_path).as_posix() for path in kustomization_folders(tmp_path)] == ["base", "overlays/a", "overlays/b"]
