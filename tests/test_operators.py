"""Which operators a cluster gets, at which versions, with values from the model."""

import pytest

from somaagent01_gitops.footprints import Footprint
from somaagent01_gitops.operators import OPERATORS, SEMVER, ClusterFacts, OperatorChart, cluster_facts, operators_for
from somaagent01_gitops.targets import targets_of


@pytest.fixture(scope="module")
def clusters(environments, platform):
    return {cluster.name: cluster for cluster in cluster_facts(targets_of(environments), platform)}


def by_name(name):
    return next(operator for operator in OPERATORS if operator.name == name)


def names(cluster):
    return {operator.name for operator in operators_for(cluster)}


def test_every_chart_is_pinned_to_an_exact_version():
    assert all(SEMVER.match(operator.version) for operator in OPERATORS)
    with pytest.raises(ValueError, match="not an exact semantic version"):
        OperatorChart(
            name="x",
            namespace="x",
            repo_url="https://c",
            chart="x",
            version="^1.2",
            app_version="1.2.0",
            modes=frozenset({"LOCAL"}),
            values=lambda cluster: {},
            footprint=lambda cluster: Footprint(),
        )


def test_an_environment_gets_only_the_operators_it_needs(clusters):
    assert names(clusters["local"]) == {"argo-cd", "strimzi", "cloudnative-pg", "keycloak-crds", "spicedb-operator"}
    assert "argo-rollouts" not in names(clusters["dev-shared"])
    assert {"argo-rollouts", "falco", "vault", "external-secrets", "kube-prometheus-stack"} <= names(clusters["prod-us-east-1"])


def test_strimzi_watches_exactly_the_namespaces_of_its_cluster(clusters):
    strimzi = by_name("strimzi")
    assert strimzi.values(clusters["dev-shared"])["watchNamespaces"] == ["soma-dev", "soma-qa", "soma-training"]
    assert strimzi.values(clusters["prod-eu-west-1"])["watchNamespaces"] == ["soma-prod"]


def test_production_clusters_run_operators_highly_available_and_with_thanos(clusters):
    stack = by_name("kube-prometheus-stack")
    prod = stack.values(clusters["prod-us-east-1"])["prometheus"]["prometheusSpec"]
    dev = stack.values(clusters["dev-shared"])["prometheus"]["prometheusSpec"]
    assert prod["replicas"] == 2 and "thanos" in prod
    assert dev["replicas"] == 1 and "thanos" not in dev


def test_vault_reports_ready_while_sealed_and_unseals_with_the_clusters_kms_key(clusters):
    vault = by_name("vault").values(clusters["prod-eu-west-1"])["server"]
    assert vault["readinessProbe"]["path"] == "/v1/sys/health?standbyok=true&sealedcode=204&uninitcode=204"
    config = vault["ha"]["raft"]["config"]
    assert 'seal "awskms"' in config and 'region = "eu-west-1"' in config
    assert config.count("retry_join") == vault["ha"]["replicas"] == 3
    assert vault["serviceAccount"]["annotations"]["eks.amazonaws.com/role-arn"].endswith("soma-prod-eu-west-1-vault-unseal")
    unsealed_by_hand = ClusterFacts(name="x", targets=clusters["dev-shared"].targets)
    assert "seal" not in by_name("vault").values(unsealed_by_hand)["server"]["ha"]["raft"]["config"]


def test_kong_takes_its_webhook_certificate_from_cert_manager(clusters):
    controller = by_name("kong").values(clusters["dev-shared"])["controller"]
    webhook = controller["ingressController"]["admissionWebhook"]
    assert webhook["certificate"] == {"provided": True, "secretName": "kong-admission-webhook"}
    assert webhook["annotations"] == {"cert-manager.io/inject-ca-from": "kong/kong-admission-webhook"}
    (certificate,) = [obj for obj in controller["extraObjects"] if obj["kind"] == "Certificate"]
    assert certificate["spec"]["dnsNames"] == ["kong-controller-validation-webhook.kong.svc"]


def test_argo_cd_checks_the_health_of_child_applications(clusters):
    cm = by_name("argo-cd").values(clusters["local"])["configs"]["cm"]
    assert "hs.status = obj.status.health.status" in cm["resource.customizations.health.argoproj.io_Application"]
