"""What a gate reports, and how it reads the manifests it checks."""

from somaagent01_gitops.validation.findings import Document, Finding, documents_in, is_manifest_file


def test_a_finding_reads_file_object_rule_and_message_and_sorts_by_file_first():
    finding = Finding("dist/a.yaml", "Deployment demo/web", "CKV_K8S_16", "privileged")
    assert str(finding) == "dist/a.yaml: Deployment demo/web: [CKV_K8S_16] privileged"
    assert sorted([Finding("b", "x", "r", "m"), Finding("a", "z", "r", "m")])[0].file == "a"


def test_a_document_is_labelled_by_kind_namespace_and_name_and_knows_its_group():
    namespaced = Document("f", {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web", "namespace": "demo"}})
    assert (namespaced.label, namespaced.group, namespaced.api_version) == ("Deployment demo/web", "apps", "apps/v1")
    core = Document("f", {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "demo"}})
    assert (core.label, core.group) == ("Namespace demo", "")
    assert Document("f", {}).label == "? ?"


def test_kustomizations_and_other_files_are_not_manifests(tmp_path):
    assert is_manifest_file(tmp_path / "deployment-web.yaml") and is_manifest_file(tmp_path / "x.yml")
    assert not is_manifest_file(tmp_path / "kustomization.yaml") and not is_manifest_file(tmp_path / "README.md")


def test_every_object_of_every_manifest_is_read_in_path_order_skipping_empty_documents(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.yaml").write_text("kind: B\n---\n---\nkind: C\n")
    (tmp_path / "a.yaml").write_text("kind: A\n")
    (tmp_path / "kustomization.yaml").write_text("kind: Kustomization\n")
    documents = list(documents_in(tmp_path, relative_to=tmp_path))
    assert [(document.file, document.manifest["kind"]) for document in documents] == [
        ("a.yaml", "A"),
        ("b/two.yaml", "B"),
        ("b/two.yaml", "C"),
    ]
