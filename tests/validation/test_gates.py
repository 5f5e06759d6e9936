"""Every gate passes over the committed dist/, and fails, for the right reason, on a broken one."""

import pytest

from somaagent01_gitops.validation import gates
from somaagent01_gitops.validation.__main__ import main as validate_main

from .conftest import deployment, kustomization


@pytest.fixture(scope="session")
def results(context):
    return {result.name: result for result in gates.run_gates(context)}


@pytest.mark.parametrize("gate", sorted(gates.GATES))
def test_gate_passes_over_the_committed_dist(results, gate):
    result = results[gate]
    assert result.passed, "\n".join(map(str, result.findings))


def test_no_kind_goes_unvalidated(results, context):
    documents = context.documents()
    schemas = results["kubernetes-schemas"].summary
    crds = results["crd-schemas"].summary
    built_in = int(schemas.split()[0])
    custom = int(crds.split()[0])
    assert built_in + custom == len(documents), "every object is checked by one schema gate"
    assert "; 0 unvalidated, 0 CEL rule checks not evaluated" in crds


def test_every_checkov_skip_is_listed_with_a_reason(results):
    skips = results["policy"].details
    assert skips, "the app tier skips a few checks on purpose; the report must list them"
    assert all(" skipped: " in line and len(line.split(" skipped: ", 1)[1]) >= 10 for line in skips)


# --- each gate on a deliberately broken manifest -------------------------------------------


def test_kubernetes_schema_gate_refuses_an_unknown_field(broken_tree):
    bad = deployment()
    bad["spec"]["replicaz"] = 3
    result = gates.kubernetes_schemas_gate(broken_tree({"overlays/demo/deployment-web.yaml": bad}))
    assert not result.passed
    # the oldest is platform.yaml's kubernetes.min_version, the newest what kubernetes-validate ships
    assert {finding.rule for finding in result.findings} == {"kubernetes-1.29", "kubernetes-1.37"}
    assert all("replicaz" in finding.message and finding.file == "dist/overlays/demo/deployment-web.yaml" for finding in result.findings)


def test_kubernetes_schema_gate_refuses_a_removed_api(broken_tree):
    old = {"apiVersion": "policy/v1beta1", "kind": "PodDisruptionBudget", "metadata": {"name": "x"}, "spec": {"maxUnavailable": 1}}
    result = gates.kubernetes_schemas_gate(broken_tree({"overlays/demo/pdb.yaml": old}))
    assert any("does not exist in Kubernetes 1.29" in finding.message for finding in result.findings)


def test_crd_gate_refuses_a_field_of_the_wrong_type(broken_tree):
    topic = {
        "apiVersion": "kafka.strimzi.io/v1",
        "kind": "KafkaTopic",
        "metadata": {"name": "t", "labels": {"strimzi.io/cluster": "c"}},
        "spec": {"partitions": "three", "replicas": 3},
    }
    result = gates.crd_schemas_gate(broken_tree({"overlays/demo/topic.yaml": topic}))
    (finding,) = result.findings
    assert finding.rule == "crd-schema" and finding.message.startswith("spec.partitions: 'three' is not of type 'integer'")


def test_crd_gate_refuses_an_unknown_field_in_a_custom_resource(broken_tree):
    topic = {"apiVersion": "kafka.strimzi.io/v1", "kind": "KafkaTopic", "metadata": {"name": "t"}, "spec": {"partitionz": 3}}
    result = gates.crd_schemas_gate(broken_tree({"overlays/demo/topic.yaml": topic}))
    assert any("partitionz" in finding.message for finding in result.findings)


def test_crd_gate_fails_on_a_kind_it_has_no_crd_for(broken_tree):
    widget = {"apiVersion": "example.com/v1", "kind": "Widget", "metadata": {"name": "w"}, "spec": {}}
    result = gates.crd_schemas_gate(broken_tree({"overlays/demo/widget.yaml": widget}))
    assert not result.passed and "unvalidated kind" in result.findings[0].message
    assert "; 1 unvalidated," in result.summary


def test_policy_gate_fails_on_a_privileged_container(broken_tree):
    privileged = deployment(securityContext={"privileged": True, "allowPrivilegeEscalation": True})
    tree = broken_tree(
        {
            "overlays/demo/kustomization.yaml": kustomization("deployment-web.yaml"),
            "overlays/demo/deployment-web.yaml": privileged,
        }
    )
    result = gates.policy_gate(tree)
    failed = {finding.rule for finding in result.findings}
    assert {"CKV_K8S_16", "CKV_K8S_20"} <= failed  # privileged; privilege escalation
    assert all(finding.file.startswith("dist/overlays/demo/deployment-web.yaml") for finding in result.findings)


def test_policy_gate_refuses_a_skip_without_a_reason(broken_tree):
    skipped = deployment()
    skipped["metadata"]["annotations"] = {"checkov.io/skip1": "CKV_K8S_43"}
    tree = broken_tree({"overlays/demo/kustomization.yaml": kustomization("d.yaml"), "overlays/demo/d.yaml": skipped})
    result = gates.policy_gate(tree)
    assert any(finding.rule == "CKV_K8S_43" and "without a reason" in finding.message for finding in result.findings)


def test_secrets_gate_finds_a_literal_secret(broken_tree):
    secret = {
        "apiVersion": "v1",
        "kind": "Secret",
        "metadata": {"name": "db", "namespace": "demo"},
        "stringData": {"AWS_SECRET_ACCESS_KEY": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"},
    }
    result = gates.secrets_gate(broken_tree({"overlays/dev/secret-db.yaml": secret}))
    rules = {finding.rule for finding in result.findings}
    assert rules == {"detect-secrets", "no-literal-secrets"}


def test_secrets_gate_lets_references_through_but_not_a_password_value(broken_tree):
    reference = deployment()
    reference["spec"]["template"]["spec"]["volumes"] = [{"name": "ca", "secret": {"secretName": "kafka-cluster-ca-cert"}}]
    assert gates.secrets_gate(broken_tree({"overlays/dev/d.yaml": reference})).passed
    leaked = {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "c"}, "data": {"password": "hunter2-prod"}}
    (finding,) = gates.secrets_gate(broken_tree({"overlays/dev/c.yaml": leaked})).findings
    assert finding.rule == "detect-secrets" and "Secret Keyword" in finding.message


def test_secrets_gate_allows_a_local_secret_of_no_entropy(broken_tree):
    secret = {"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "db"}, "stringData": {"MODE": "local"}}
    assert gates.secrets_gate(broken_tree({"overlays/local/secret-db.yaml": secret})).passed


def test_crd_gate_leaves_kubernetes_own_groups_to_the_schema_gate(broken_tree):
    old = {"apiVersion": "policy/v1beta1", "kind": "PodDisruptionBudget", "metadata": {"name": "x"}, "spec": {}}
    result = gates.crd_schemas_gate(broken_tree({"overlays/demo/pdb.yaml": old}))
    assert result.passed and result.summary.startswith("0 custom resources")


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


def test_current_gate_notices_a_stale_dist(broken_tree):
    tree = broken_tree({"overlays/dev/kustomization.yaml": kustomization()})
    result = gates.current_gate(tree)
    assert any(finding.rule == "stale" for finding in result.findings)


def test_the_report_names_file_object_and_rule_and_exits_non_zero(broken_tree, capsys, tmp_path):
    bad = deployment()
    bad["spec"]["replicaz"] = 3
    tree = broken_tree({"overlays/demo/deployment-web.yaml": bad})
    code = validate_main(["--gate", "kubernetes-schemas", "--dist", str(tree.dist)])
    out = capsys.readouterr().out
    assert code == 1
    assert "FAIL kubernetes-schemas" in out
    assert "dist/overlays/demo/deployment-web.yaml: Deployment demo/web: [kubernetes-1.29] spec:" in out


def test_crd_gate_runs_the_crds_cel_rules(broken_tree):
    # KafkaUser's CRD: validityDays/renewalDays only with type tls (a CEL rule, not a schema field rule)
    user = {
        "apiVersion": "kafka.strimzi.io/v1",
        "kind": "KafkaUser",
        "metadata": {"name": "u", "labels": {"strimzi.io/cluster": "c"}},
        "spec": {"authentication": {"type": "scram-sha-512", "validityDays": 30}},
    }
    result = gates.crd_schemas_gate(broken_tree({"overlays/demo/user.yaml": user}))
    (finding,) = result.findings
    assert finding.rule == "crd-cel"
    assert finding.message == "spec.authentication: 'validityDays' and 'renewalDays' can be configured only with 'type: tls'"


def test_a_cel_rule_that_cannot_run_is_reported_not_passed():
    from somaagent01_gitops.validation.cel_rules import broken_rules

    schema = {"type": "object", "x-kubernetes-validations": [{"rule": "self.noSuchFunction()", "message": "m"}]}
    (result,) = broken_rules(schema, {"a": 1})
    assert not result.evaluated and result.message.startswith("not evaluated")


def test_the_schema_gate_says_so_when_it_has_no_schemas_for_a_version(broken_tree):
    import dataclasses

    tree = dataclasses.replace(broken_tree({"overlays/demo/deployment-web.yaml": deployment()}), kubernetes_versions=("1.19",))
    result = gates.kubernetes_schemas_gate(tree)
    assert [finding.message for finding in result.findings] == ["kubernetes-validate ships no schemas for Kubernetes 1.19"]


# --- drift: what the API server adds inside list items --------------------------------------


def cnpg_cluster(**plugin):
    return {
        "apiVersion": "postgresql.cnpg.io/v1",
        "kind": "Cluster",
        "metadata": {"name": "pg", "namespace": "demo"},
        "spec": {
            "instances": 1,
            "storage": {"size": "1Gi"},
            "plugins": [{"name": "barman-cloud.cloudnative-pg.io", "isWALArchiver": True, **plugin}],
        },
    }


def test_drift_gate_finds_a_default_the_api_server_adds_inside_a_list_item(broken_tree):
    result = gates.drift_gate(broken_tree({"overlays/demo/cluster-pg.yaml": cnpg_cluster()}))
    (finding,) = result.findings
    assert finding.rule == "drift" and finding.object == "Cluster demo/pg"
    assert finding.message.startswith("spec.plugins[0].enabled: the API server adds true inside a list item")


def test_drift_gate_passes_a_default_that_is_written_out_or_outside_lists(broken_tree):
    # spec.plugins[0].enabled written out; top-level defaults (spec.logLevel...) merge harmlessly
    result = gates.drift_gate(broken_tree({"overlays/demo/cluster-pg.yaml": cnpg_cluster(enabled=True)}))
    assert result.passed, result.findings


def test_drift_defaults_objects_as_the_api_server_does():
    from somaagent01_gitops.validation.drift import apply_defaults

    schema = {
        "type": "object",
        "properties": {
            "spec": {
                "type": "object",
                "properties": {
                    "mode": {"type": "string", "default": "fast"},
                    "items": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "properties": {
                                "opts": {"type": "object", "default": {}, "properties": {"n": {"type": "integer", "default": 1}}}
                            },
                        },
                    },
                },
            }
        },
    }
    stored, added = apply_defaults({"kind": "X", "spec": {"items": [{}]}}, schema)
    assert stored["spec"] == {"mode": "fast", "items": [{"opts": {"n": 1}}]}
    assert [(entry.path, entry.in_list_item) for entry in added] == [
        ("spec.mode", False),
        ("spec.items[0].opts", True),
        ("spec.items[0].opts.n", True),
    ]


# --- projects: admission and order of what Applications bring -------------------------------


def with_footprint(name, change):
    import dataclasses

    from somaagent01_gitops.operators import OPERATORS

    return [
        dataclasses.replace(op, footprint=(lambda cluster, op=op: change(op.footprint(cluster)))) if op.name == name else op
        for op in OPERATORS
    ]


def test_projects_gate_fails_when_a_chart_writes_where_its_project_does_not_admit(context):
    import dataclasses

    from somaagent01_gitops.footprints import Kind, Writes

    def writes_kube_public(footprint):
        extra = Writes(namespace="kube-public", kinds=(Kind("", "ConfigMap"),), source="a template the footprint missed")
        return dataclasses.replace(footprint, writes=(*footprint.writes, extra))

    result = gates.projects_gate(context, operators=with_footprint("keda", writes_kube_public))
    messages = {(finding.file, finding.message) for finding in result.findings}
    assert ("dist/apps/dev-shared/application-keda.yaml", "namespace kube-public is not permitted in project platform") in messages
    assert all(finding.rule == "project" for finding in result.findings)


def test_projects_gate_fails_on_a_cluster_scoped_kind_the_project_does_not_whitelist(context):
    import dataclasses

    from somaagent01_gitops.footprints import ClusterScoped, Kind

    def adds_a_storage_version_migration(footprint):
        extra = ClusterScoped(kinds=(Kind("storagemigration.k8s.io", "StorageVersionMigration"),), source="t")
        return dataclasses.replace(footprint, cluster_scoped=(*footprint.cluster_scoped, extra))

    result = gates.projects_gate(context, operators=with_footprint("vault", adds_a_storage_version_migration))
    assert any(
        finding.message == "cluster-scoped storagemigration.k8s.io/StorageVersionMigration is not permitted in project platform"
        for finding in result.findings
    )


def test_projects_gate_fails_when_a_chart_needs_a_crd_of_a_later_wave(context):
    import dataclasses

    from somaagent01_gitops.footprints import Crds

    def needs_certificates(footprint):
        return dataclasses.replace(footprint, needs=(Crds(group="cert-manager.io", kinds=("Certificate",), source="t"),))

    result = gates.projects_gate(context, operators=with_footprint("strimzi", needs_certificates))
    assert "dist/apps/dev-shared/application-strimzi.yaml" in {finding.file for finding in result.findings}
    (finding, *_) = [finding for finding in result.findings if finding.file.endswith("dev-shared/application-strimzi.yaml")]
    assert finding.rule == "wave"
    assert finding.message == "needs cert-manager.io/Certificate from cert-manager at wave -14, not before its own wave -15"


def test_projects_gate_fails_on_a_chart_without_a_declared_footprint(context):
    from somaagent01_gitops.operators import OPERATORS

    result = gates.projects_gate(context, operators=[op for op in OPERATORS if op.name != "kong"])
    assert any(finding.message == "no declared footprint for chart ingress 0.22.0" for finding in result.findings)
