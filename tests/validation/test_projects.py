"""Gate: each Application's project admits what it brings, and what it needs comes in an earlier wave."""

import dataclasses

from somaagent01_gitops.footprints import ClusterScoped, Crds, Kind, Writes
from somaagent01_gitops.tiers.registry import OPERATORS
from somaagent01_gitops.validation import gates


def with_footprint(name, change):
    return [
        dataclasses.replace(op, footprint=(lambda cluster, op=op: change(op.footprint(cluster)))) if op.name == name else op
        for op in OPERATORS
    ]


def test_projects_gate_fails_when_a_chart_writes_where_its_project_does_not_admit(context):
    def writes_kube_public(footprint):
        extra = Writes(namespace="kube-public", kinds=(Kind("", "ConfigMap"),), source="a template the footprint missed")
        return dataclasses.replace(footprint, writes=(*footprint.writes, extra))

    result = gates.projects_gate(context, operators=with_footprint("keda", writes_kube_public))
    messages = {(finding.file, finding.message) for finding in result.findings}
    assert ("dist/apps/dev-shared/application-keda.yaml", "namespace kube-public is not permitted in project platform") in messages
    assert all(finding.rule == "project" for finding in result.findings)


def test_projects_gate_fails_on_a_cluster_scoped_kind_the_project_does_not_whitelist(context):
    def adds_a_storage_version_migration(footprint):
        extra = ClusterScoped(kinds=(Kind("storagemigration.k8s.io", "StorageVersionMigration"),), source="t")
        return dataclasses.replace(footprint, cluster_scoped=(*footprint.cluster_scoped, extra))

    result = gates.projects_gate(context, operators=with_footprint("vault", adds_a_storage_version_migration))
    assert any(
        finding.message == "cluster-scoped storagemigration.k8s.io/StorageVersionMigration is not permitted in project platform"
        for finding in result.findings
    )


def test_projects_gate_fails_when_a_chart_needs_a_crd_of_a_later_wave(context):
    def needs_certificates(footprint):
        return dataclasses.replace(footprint, needs=(Crds(group="cert-manager.io", kinds=("Certificate",), source="t"),))

    result = gates.projects_gate(context, operators=with_footprint("strimzi", needs_certificates))
    assert "dist/apps/dev-shared/application-strimzi.yaml" in {finding.file for finding in result.findings}
    (finding, *_) = [finding for finding in result.findings if finding.file.endswith("dev-shared/application-strimzi.yaml")]
    assert finding.rule == "wave"
    assert finding.message == "needs cert-manager.io/Certificate from cert-manager at wave -14, not before its own wave -15"


def test_projects_gate_fails_on_a_chart_without_a_declared_footprint(context):
    result = gates.projects_gate(context, operators=[op for op in OPERATORS if op.name != "kong"])
    assert any(finding.message == "no declared footprint for chart ingress 0.22.0" for finding in result.findings)


def test_a_namespace_an_application_creates_serves_later_waves_only(context, tmp_path):
    """The cluster PKI writes into cert-manager's namespace, which cert-manager's Application
    creates (CreateNamespace) one wave earlier; at the same wave it would not be there yet."""
    assert gates.projects_gate(context).passed
    import shutil

    dist = tmp_path / "dist"
    shutil.copytree(context.dist, dist)
    path = dist / "apps/dev-shared/application-cert-manager.yaml"
    path.write_text(path.read_text().replace("argocd.argoproj.io/sync-wave: '-14'", "argocd.argoproj.io/sync-wave: '-13'"))
    result = gates.projects_gate(dataclasses.replace(context, dist=dist, repo_root=tmp_path))
    assert any(
        finding.object == "Application argocd/pki-dev-shared"
        and "needs namespace cert-manager from cert-manager at wave -13" in finding.message
        for finding in result.findings
    ), [finding.message for finding in result.findings]


def _altered(context, tmp_path, path, change):
    import shutil

    dist = tmp_path / "dist"
    shutil.copytree(context.dist, dist)
    file = dist / path
    file.write_text(change(file.read_text()))
    return gates.projects_gate(dataclasses.replace(context, dist=dist, repo_root=tmp_path))


def test_the_root_may_sync_applications_and_projects_only(context, tmp_path):
    """A ConfigMap slipped into the apps folder is refused by the root's bootstrap project."""
    assert gates.projects_gate(context).passed

    def add_a_config_map(text):
        return text + "\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: stray\n  namespace: argocd\ndata: {}\n"

    result = _altered(context, tmp_path, "apps/dev-shared/appproject-platform.yaml", add_a_config_map)
    assert ("Application argocd/root", "ConfigMap is not permitted in project bootstrap") in {
        (finding.object, finding.message) for finding in result.findings
    }, [finding.message for finding in result.findings]


def test_nothing_may_use_the_emptied_default_project(context, tmp_path):
    def into_default(text):
        return text.replace("project: platform", "project: default")

    result = _altered(context, tmp_path, "apps/dev-shared/application-keda.yaml", into_default)
    messages = {finding.message for finding in result.findings if finding.file.endswith("application-keda.yaml")}
    assert "namespace keda is not permitted in project default" in messages
    assert "project default limits namespaced kinds, and its chart's footprint lists none" in messages


def test_an_overlay_may_bring_only_the_namespaced_kinds_its_project_lists(context, tmp_path):
    """A Secret slipped into the dev overlay is refused: the project lists what the
    environment's Applications render, and none renders a Secret (External Secrets writes them)."""

    def add_a_secret(text):
        return text + "\n---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: stray\n  namespace: soma-dev\nstringData: {a: b}\n"

    result = _altered(context, tmp_path, "overlays/dev/networkpolicy-gateway.yaml", add_a_secret)
    messages = {(finding.object, finding.message) for finding in result.findings}
    assert any(
        obj == "Application argocd/soma-dev" and "Secret is not permitted in project soma-dev" in message for obj, message in messages
    ), messages


def test_an_empty_whitelist_admits_no_kind_a_missing_one_every_kind(context, tmp_path):
    def empty_whitelist(text):
        start = text.index("  namespaceResourceWhitelist:")
        end = text.index("  sourceRepos:")
        return text[:start] + "  namespaceResourceWhitelist: []\n" + text[end:]

    result = _altered(context, tmp_path, "apps/dev-shared/appproject-soma-dev.yaml", empty_whitelist)
    refused = {finding.message for finding in result.findings if finding.object == "Application argocd/soma-dev"}
    assert any("apps/Deployment is not permitted in project soma-dev" in message for message in refused), refused
