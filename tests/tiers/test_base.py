"""Tiers register once and the composition point builds them; a new tier added through the
public interface is rendered, networked, protected, owned by one Application and passes
the gates, without editing any other tier."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import pytest
import yaml
from cdk8s_plus_27 import k8s
from constructs import Construct

from somaagent01_gitops.constructs.idioms import k8s_metadata, restricted_container_security_k8s, restricted_pod_security_k8s
from somaagent01_gitops.output import layout, write_tree
from somaagent01_gitops.synth import render_folders
from somaagent01_gitops.targets import Target
from somaagent01_gitops.tiers.base import Tier, TierContext, build_tiers, data_kinds
from somaagent01_gitops.tiers.postgres.constructs import ServiceRole
from somaagent01_gitops.tiers.registry import TIERS
from somaagent01_gitops.validation.__main__ import default_context
from somaagent01_gitops.validation.gates import GateContext, kubernetes_schemas_gate, kustomize_gate, projects_gate, references_gate
from tests.conftest import shipped_targets


def test_tiers_declare_the_kinds_that_hold_data():
    assert {("postgresql.cnpg.io", "Cluster"), ("kafka.strimzi.io", "Kafka"), ("kafka.strimzi.io", "KafkaTopic")} <= data_kinds(TIERS)
    assert data_kinds([]) == frozenset()


class EchoTier(Tier):
    """A minimal tier: one restricted Deployment with a volume claim, its Service, its own
    network policy, and a database on the environment's Postgres."""

    name = "echo"
    data_kinds = frozenset({("", "PersistentVolumeClaim")})

    def database_roles(self, target: Target) -> Mapping[str, ServiceRole]:
        return {"echo": ServiceRole(databases=("echo",), credentials_secret="echo-postgres-credentials")}

    def database_clients(self, target: Target) -> Sequence[Mapping[str, str]]:
        return [{"app.kubernetes.io/name": "echo"}]

    def build(self, scope: Construct, context: TierContext) -> dict[str, Any]:
        labels = {"app.kubernetes.io/name": "echo"}
        claim = k8s.KubePersistentVolumeClaim(
            scope,
            "echo-data",
            metadata=k8s_metadata("echo-data", component="echo"),
            spec=k8s.PersistentVolumeClaimSpec(
                access_modes=["ReadWriteOnce"],
                resources=k8s.ResourceRequirements(requests={"storage": k8s.Quantity.from_string("1Gi")}),
            ),
        )
        k8s.KubeDeployment(
            scope,
            "echo",
            metadata=k8s_metadata("echo", component="echo"),
            spec=k8s.DeploymentSpec(
                selector=k8s.LabelSelector(match_labels=labels),
                template=k8s.PodTemplateSpec(
                    metadata=k8s.ObjectMeta(labels=labels),
                    spec=k8s.PodSpec(
                        automount_service_account_token=False,
                        security_context=restricted_pod_security_k8s(1000),
                        containers=[
                            k8s.Container(
                                name="echo",
                                image="registry.example/echo:1.0.0",
                                ports=[k8s.ContainerPort(container_port=8080)],
                                security_context=restricted_container_security_k8s(1000),
                                volume_mounts=[k8s.VolumeMount(name="data", mount_path="/data")],
                            )
                        ],
                        volumes=[
                            k8s.Volume(name="data", persistent_volume_claim=k8s.PersistentVolumeClaimVolumeSource(claim_name="echo-data"))
                        ],
                    ),
                ),
            ),
        )
        k8s.KubeService(
            scope,
            "echo-service",
            metadata=k8s_metadata("echo", component="echo"),
            spec=k8s.ServiceSpec(selector=labels, ports=[k8s.ServicePort(port=8080)]),
        )
        k8s.KubeNetworkPolicy(
            scope,
            "echo-policy",
            metadata=k8s_metadata("echo", component="network"),
            spec=k8s.NetworkPolicySpec(
                pod_selector=k8s.LabelSelector(match_labels=labels),
                policy_types=["Ingress", "Egress"],
                ingress=[k8s.NetworkPolicyIngressRule(from_=[k8s.NetworkPolicyPeer(pod_selector=k8s.LabelSelector(match_labels=labels))])],
                egress=[],
            ),
        )
        return {"claim": claim.name, "postgres": context.exposed["postgres"]}


@pytest.fixture(scope="module")
def with_echo(environments, platform, tmp_path_factory):
    """dist/ rendered with the echo tier registered after the others, written to a scratch folder."""
    files = layout(render_folders(environments, platform=platform, tiers=(*TIERS, EchoTier())))
    root = tmp_path_factory.mktemp("echo")
    write_tree(files, root / "dist")
    return files, root


def placed(files: dict[str, bytes], folder: str) -> list[dict[str, Any]]:
    kustomization = yaml.safe_load(files[f"{folder}/kustomization.yaml"])
    names = [f"{folder}/{name}" for name in kustomization["resources"] if not name.endswith("/base")]
    names += [f"base/{name}" for name in yaml.safe_load(files["base/kustomization.yaml"])["resources"]]
    return [yaml.safe_load(files[name]) for name in names]


def test_a_registered_tier_is_rendered_in_every_environment_and_gets_its_database(with_echo):
    files, _ = with_echo
    for overlay in ("local", "dev", "prod/us-east-1"):
        objects = placed(files, f"overlays/{overlay}")
        kinds = {(obj["kind"], obj["metadata"]["name"]) for obj in objects}
        assert {("Deployment", "echo"), ("Service", "echo"), ("NetworkPolicy", "echo"), ("PersistentVolumeClaim", "echo-data")} <= kinds
        (cluster,) = [obj for obj in objects if obj["kind"] == "Cluster"]
        assert {"name": "echo", "passwordSecret": {"name": "echo-postgres-credentials"}}.items() <= next(
            role for role in cluster["spec"]["managed"]["roles"] if role["name"] == "echo"
        ).items()
        assert any(obj["kind"] == "Database" and obj["spec"]["name"] == "echo" for obj in objects)


def test_its_data_kinds_are_protected_from_prune_and_delete(with_echo):
    files, _ = with_echo
    (claim,) = [obj for obj in placed(files, "overlays/dev") if obj["kind"] == "PersistentVolumeClaim"]
    assert {"Prune=false", "Delete=false"} <= set(claim["metadata"]["annotations"]["argocd.argoproj.io/sync-options"].split(","))


def test_later_tiers_see_what_earlier_ones_exposed(environments):
    import cdk8s

    target = next(target for target in shipped_targets(environments) if target.path == "qa")
    exposed = build_tiers(cdk8s.Testing.chart(), target, (*TIERS, EchoTier()))
    assert exposed["echo"]["postgres"] is exposed["postgres"]
    assert exposed["whisper"] == "http://whisper.soma-qa.svc:9001"
    assert set(exposed) == {
        "kafka",
        "postgres",
        "qdrant",
        "clickhouse",
        "redis",
        "app",
        "temporal",
        "keycloak",
        "spicedb",
        "opa",
        "openfga",
        "whisper",
        "network",
        "edge",
        "secrets",
        "echo",
    }


def test_the_gates_pass_on_the_tree_with_the_new_tier(with_echo):
    _, root = with_echo
    base = default_context()
    context = GateContext(
        dist=root / "dist", crds_dir=base.crds_dir, checkov=base.checkov, repo_root=root, overlays=base.overlays, platform=base.platform
    )
    for gate in (kubernetes_schemas_gate, kustomize_gate, projects_gate):
        result = gate(context)
        assert result.passed, (result.name, [str(finding) for finding in result.findings][:5])
    references = references_gate(context)
    # beyond LOCAL its role's password Secret is written from Vault (an ExternalSecret follows
    # from its database role); LOCAL's hand-made list is the registered tiers', which the gate
    # reads and this unregistered tier is not on: the gate says so, for LOCAL only
    assert references.findings, "a Secret nothing produces is a finding, not a pod stuck in ContainerCreating"
    assert all("Secret 'echo-postgres-credentials' in soma-local" in finding.message for finding in references.findings)


def test_its_database_roles_password_is_written_from_vault_beyond_local(with_echo):
    files, _ = with_echo
    (external,) = [
        obj
        for obj in placed(files, "overlays/dev")
        if obj["kind"] == "ExternalSecret" and obj["metadata"]["name"] == "echo-postgres-credentials"
    ]
    assert external["spec"]["target"]["template"]["data"]["username"] == "echo"


def test_a_dependency_is_served_by_one_tier_only():
    from types import MappingProxyType

    from somaagent01_gitops.catalog import Dependency
    from somaagent01_gitops.endpoints import InClusterPeer
    from somaagent01_gitops.tiers.base import in_cluster_peers

    class SecondPostgres(EchoTier):
        name = "second-postgres"
        peers = MappingProxyType({Dependency.POSTGRES: InClusterPeer({"app": "pg"}, (5432,))})

    assert in_cluster_peers([SecondPostgres()])[Dependency.POSTGRES].pod_labels == {"app": "pg"}
    with pytest.raises(ValueError, match="'second-postgres' serves 'postgres'"):
        in_cluster_peers((*TIERS, SecondPostgres()))


def test_a_tier_with_database_roles_must_name_its_client_pods(environments):
    from somaagent01_gitops.tiers.base import database_clients
    from somaagent01_gitops.tiers.postgres.constructs import ServiceRole

    class Silent(Tier):
        name = "silent"

        def database_roles(self, target):
            return {"silent": ServiceRole(databases=("silent",), credentials_secret="silent-postgres-credentials")}

        def build(self, scope, context):
            return None

    target = next(target for target in shipped_targets(environments) if target.path == "dev")
    with pytest.raises(ValueError, match="tier 'silent' has database roles but names no client pods"):
        database_clients(target, [Silent()])
    clients = database_clients(target, TIERS)
    assert {"authzed.com/cluster": "spicedb"} in clients and {"app.kubernetes.io/instance": "temporal"} in clients
    # the realm import Job's pods take the servers' labels with app=keycloak-realm-import: the
    # selector must not name app, or the import never reaches its database
    keycloak = next(labels for labels in clients if labels.get("app.kubernetes.io/instance") == "keycloak")
    assert "app" not in keycloak and keycloak["app.kubernetes.io/managed-by"] == "keycloak-operator"
    assert len(clients) == len({tuple(sorted(labels.items())) for labels in clients}), "each once"
