"""The references gate: each reference resolves in its cluster and namespace, or is a finding."""

import dataclasses

from somaagent01_gitops.footprints import Kind
from somaagent01_gitops.producers import PENDING_TIERS, RUNTIME_PRODUCERS
from somaagent01_gitops.validation import gates, references
from somaagent01_gitops.validation.references import Placed

from .conftest import deployment


def check(*objects, hand_made=None):
    placed = [Placed("dist/overlays/demo", obj, (obj.get("metadata") or {}).get("namespace")) for obj in objects]
    findings, waiting, _checked = references.check(
        {"c": placed},
        producers=RUNTIME_PRODUCERS,
        hand_made=hand_made or {},
        pending=PENDING_TIERS,
    )
    return findings, waiting


def with_secret_env(obj, secret):
    container = obj["spec"]["template"]["spec"]["containers"][0]
    container["env"] = [{"name": "P", "valueFrom": {"secretKeyRef": {"name": secret, "key": "password"}}}]
    return obj


def kafka_user(name, namespace):
    return {"apiVersion": "kafka.strimzi.io/v1", "kind": "KafkaUser", "metadata": {"name": name, "namespace": namespace}, "spec": {}}


def test_a_dangling_secret_is_a_finding_naming_object_field_and_name():
    findings, _ = check(with_secret_env(deployment(namespace="app"), "nowhere"))
    (finding,) = findings
    assert finding.object == "Deployment app/web" and finding.rule == "references"
    assert finding.message.startswith("spec.template.spec.containers[0].env[0].valueFrom.secretKeyRef.name: Secret 'nowhere' in app")


def test_a_secret_a_declared_producer_creates_in_the_namespace_resolves():
    findings, _ = check(with_secret_env(deployment(namespace="app"), "gateway"), kafka_user("gateway", "app"))
    assert findings == []


def test_a_producer_that_creates_the_secret_in_another_namespace_does_not_satisfy_it():
    findings, _ = check(with_secret_env(deployment(namespace="app"), "gateway"), kafka_user("gateway", "kafka"))
    (finding,) = findings
    assert "Secret 'gateway' in app" in finding.message


def test_a_secret_resolves_by_its_external_secret_in_the_namespace_or_by_hand_in_local():
    def external_secret(namespace):
        return {"apiVersion": "external-secrets.io/v1", "kind": "ExternalSecret", "metadata": {"name": "peer-ca", "namespace": namespace}}

    workload = with_secret_env(deployment(namespace="app"), "peer-ca")
    assert check(workload, external_secret("app"))[0] == []
    (finding,) = check(workload, external_secret("other"))[0]
    assert "not made by hand in LOCAL" in finding.message
    assert check(workload, hand_made={"app": {"peer-ca"}})[0] == []
    assert check(workload, hand_made={"other": {"peer-ca"}})[0] != []


def test_a_service_whose_selector_matches_no_pod_is_a_finding():
    service = {
        "apiVersion": "v1",
        "kind": "Service",
        "metadata": {"name": "ghost", "namespace": "app"},
        "spec": {"selector": {"app": "ghost"}},
    }
    (finding,) = check(deployment(namespace="app"), service)[0]
    assert finding.object == "Service app/ghost"
    assert finding.message.startswith("spec.selector: selects no pod in app (app=ghost)")
    service["spec"]["selector"] = {"app": "web"}
    assert check(deployment(namespace="app"), service)[0] == []


def test_pods_an_operator_starts_satisfy_selectors_and_pending_tiers_are_listed():
    kafka = {"apiVersion": "kafka.strimzi.io/v1", "kind": "Kafka", "metadata": {"name": "k", "namespace": "app"}, "spec": {}}
    policy = {
        "apiVersion": "networking.k8s.io/v1",
        "kind": "NetworkPolicy",
        "metadata": {"name": "p", "namespace": "app"},
        "spec": {
            "podSelector": {"matchLabels": {"app": "web"}},
            "egress": [
                {"to": [{"podSelector": {"matchLabels": {"strimzi.io/cluster": "k", "strimzi.io/kind": "Kafka"}}}]},
                {
                    "to": [
                        {
                            "podSelector": {
                                "matchLabels": {"app.kubernetes.io/instance": "temporal", "app.kubernetes.io/component": "frontend"}
                            }
                        }
                    ]
                },
            ],
        },
    }
    findings, waiting = check(deployment(namespace="app"), kafka, policy)
    assert findings == []
    assert waiting == [
        "dist/overlays/demo: NetworkPolicy app/p: spec.egress[1].to[0].podSelector: selects Temporal pods (the Temporal chart's Application renders them; Helm charts are not rendered here)"
    ]


def test_custom_resources_name_their_secrets_and_storage():
    cluster = {
        "apiVersion": "postgresql.cnpg.io/v1",
        "kind": "Cluster",
        "metadata": {"name": "pg", "namespace": "app"},
        "spec": {
            "storage": {"storageClass": "fast"},
            "managed": {"roles": [{"name": "x", "passwordSecret": {"name": "x-credentials"}}]},
            "plugins": [{"name": "barman", "parameters": {"barmanObjectName": "pg-backups"}}],
        },
    }
    messages = sorted(finding.message.split(":")[0] for finding in check(cluster)[0])
    assert messages == [
        "spec.managed.roles[0].passwordSecret.name",
        "spec.plugins[0].parameters.barmanObjectName",
        "spec.storage.storageClass",
    ]


def test_the_gate_over_dist_fails_without_the_declared_user_operator(context):
    without = [producer for producer in RUNTIME_PRODUCERS if producer.trigger.kind != "KafkaUser"]
    result = gates.references_gate(context, producers=without)
    assert not result.passed
    assert any(
        finding.object == "Deployment soma-dev/gateway" and "Secret 'gateway' in soma-dev" in finding.message for finding in result.findings
    )


def test_a_producer_declared_for_the_wrong_kind_fails_the_gate(context):
    pooler = Kind("postgresql.cnpg.io", "Pooler")
    wrong = [dataclasses.replace(p, trigger=pooler) if p.name == "{name}-app" else p for p in RUNTIME_PRODUCERS]
    result = gates.references_gate(context, producers=wrong)
    assert any("Secret 'somaagent01-pg-app'" in finding.message for finding in result.findings)


def test_the_gate_over_dist_fails_when_an_external_secret_is_removed(context, tmp_path):
    import shutil

    dist = tmp_path / "dist"
    shutil.copytree(context.dist, dist)
    (dist / "overlays/dev/externalsecret-gateway-secrets.yaml").unlink()
    kustomization = dist / "overlays/dev/kustomization.yaml"
    kustomization.write_text(kustomization.read_text().replace("- externalsecret-gateway-secrets.yaml\n", ""))
    without = dataclasses.replace(context, dist=dist, repo_root=tmp_path)
    result = gates.references_gate(without)
    assert any(
        finding.object.startswith("Deployment soma-dev/") and "Secret 'gateway-secrets' in soma-dev" in finding.message
        for finding in result.findings
    )
    assert gates.references_gate(context).passed, "and with it, the committed dist/ passes"


def test_certificates_name_their_issuer_and_issuers_their_key_pair():
    certificate = {
        "apiVersion": "cert-manager.io/v1",
        "kind": "Certificate",
        "metadata": {"name": "web", "namespace": "app"},
        "spec": {"secretName": "web", "issuerRef": {"name": "root", "kind": "ClusterIssuer"}},
    }
    issuer = {
        "apiVersion": "cert-manager.io/v1",
        "kind": "ClusterIssuer",
        "metadata": {"name": "root"},
        "spec": {"ca": {"secretName": "root"}},
    }
    (missing_issuer,) = check(certificate)[0]
    assert missing_issuer.message.startswith("spec.issuerRef: cert-manager.io/ClusterIssuer 'root' in the cluster")
    (missing_key,) = check(certificate, issuer)[0]
    assert missing_key.message.startswith("spec.ca.secretName: Secret 'root' in cert-manager"), "a ClusterIssuer reads its namespace"
    root = {"apiVersion": "cert-manager.io/v1", "kind": "Certificate", "metadata": {"name": "root", "namespace": "cert-manager"}}
    root["spec"] = {"secretName": "root", "issuerRef": {"name": "self", "kind": "ClusterIssuer"}}
    self_signed = {"apiVersion": "cert-manager.io/v1", "kind": "ClusterIssuer", "metadata": {"name": "self"}, "spec": {"selfSigned": {}}}
    assert check(certificate, issuer, root, self_signed)[0] == []


def test_stores_name_their_ca_and_external_secrets_their_store():
    store = {
        "apiVersion": "external-secrets.io/v1",
        "kind": "SecretStore",
        "metadata": {"name": "vault", "namespace": "app"},
        "spec": {"provider": {"vault": {"caProvider": {"type": "Secret", "name": "vault-trust", "key": "ca.crt"}}}},
    }
    external = {
        "apiVersion": "external-secrets.io/v1",
        "kind": "ExternalSecret",
        "metadata": {"name": "x", "namespace": "app"},
        "spec": {"secretStoreRef": {"name": "vault", "kind": "SecretStore"}},
    }
    messages = sorted(finding.message.split(":")[0] for finding in check(external, store)[0])
    assert messages == ["spec.provider.vault.caProvider.name"]
    assert [f.message.split(":")[0] for f in check(external)[0]] == ["spec.secretStoreRef"]


def test_the_gate_over_dist_fails_when_the_vault_trust_certificate_is_removed(context, tmp_path):
    import shutil

    dist = tmp_path / "dist"
    shutil.copytree(context.dist, dist)
    (dist / "overlays/training/certificate-vault-trust.yaml").unlink()
    kustomization = dist / "overlays/training/kustomization.yaml"
    kustomization.write_text(kustomization.read_text().replace("- certificate-vault-trust.yaml\n", ""))
    result = gates.references_gate(dataclasses.replace(context, dist=dist, repo_root=tmp_path))
    objects = {finding.object for finding in result.findings if "Secret 'vault-trust' in soma-training" in finding.message}
    # the store verifies Vault with it, and so does every Vault Agent of the app
    assert "SecretStore soma-training/vault" in objects
    assert "Deployment soma-training/gateway" in objects


def test_a_cron_jobs_pod_template_is_read_where_it_is():
    cron_job = {
        "apiVersion": "batch/v1",
        "kind": "CronJob",
        "metadata": {"name": "backup", "namespace": "app"},
        "spec": {
            "jobTemplate": {
                "spec": {"template": {"metadata": {"labels": {"app": "backup"}}, "spec": deployment()["spec"]["template"]["spec"]}}
            }
        },
    }
    with_secret_env(cron_job["spec"]["jobTemplate"], "nowhere")
    (finding,) = check(cron_job)[0]
    assert finding.message.startswith(
        "spec.jobTemplate.spec.template.spec.containers[0].env[0].valueFrom.secretKeyRef.name: Secret 'nowhere'"
    )
    policy = {
        "apiVersion": "networking.k8s.io/v1",
        "kind": "NetworkPolicy",
        "metadata": {"name": "p", "namespace": "app"},
        "spec": {"podSelector": {}, "ingress": [{"from": [{"podSelector": {"matchLabels": {"app": "backup"}}}]}]},
    }
    assert not [f for f in check(cron_job, policy)[0] if "podSelector" in f.message], "its pods are selectable"


def test_a_clickhouse_users_password_secret_must_exist():
    installation = {
        "apiVersion": "clickhouse.altinity.com/v1",
        "kind": "ClickHouseInstallation",
        "metadata": {"name": "ch", "namespace": "app"},
        "spec": {"configuration": {"users": {"u/password": {"valueFrom": {"secretKeyRef": {"name": "ch-pw", "key": "password"}}}}}},
    }
    (finding,) = check(installation)[0]
    assert finding.message.startswith("spec.configuration.users[u/password].valueFrom.secretKeyRef.name: Secret 'ch-pw' in app")
    assert check(installation, hand_made={"app": {"ch-pw"}})[0] == []


def test_pods_of_an_operator_that_merges_in_its_objects_labels_carry_them():
    def replication(labels):
        return {
            "apiVersion": "redis.redis.opstreelabs.in/v1beta2",
            "kind": "RedisReplication",
            "metadata": {"name": "redis", "namespace": "app", "labels": labels},
            "spec": {},
        }

    policy = {
        "apiVersion": "networking.k8s.io/v1",
        "kind": "NetworkPolicy",
        "metadata": {"name": "p", "namespace": "app"},
        "spec": {
            "podSelector": {"matchLabels": {"app": "web"}},
            "egress": [{"to": [{"podSelector": {"matchLabels": {"app": "redis", "tier": "cache"}}}]}],
        },
    }
    assert check(deployment(namespace="app"), replication({"tier": "cache"}), policy)[0] == []
    (finding,) = check(deployment(namespace="app"), replication({"tier": "other"}), policy)[0]
    assert "selects no pod in app (app=redis, tier=cache)" in finding.message
