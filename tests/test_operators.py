"""Which operators a cluster gets, at which versions, with values from the model; and pins
that agree: each chart's version, the app version it ships, and the CRDs the gates validate
against (the mirror in ../shared/crds, whose SOURCES.md names each folder's tag)."""

import pytest
import yaml

from somaagent01_gitops.footprints import Footprint, Kind
from somaagent01_gitops.operator_types import SEMVER
from somaagent01_gitops.operators import ClusterFacts, OperatorChart, cluster_facts, operators_for
from somaagent01_gitops.tiers.registry import OPERATORS
from somaagent01_gitops.validation.crd_schemas import raw_schemas
from tests.conftest import shipped_targets

from .conftest import DIST, PROJECT_ROOT

CRDS = (PROJECT_ROOT.parent / "shared" / "crds").resolve()
WITH_CRDS = [operator for operator in OPERATORS if operator.crds is not None]


@pytest.fixture(scope="module")
def clusters(environments, platform):
    return {cluster.name: cluster for cluster in cluster_facts(shipped_targets(environments), platform)}


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
    # LOCAL's Vault is its dev mode (test_vault_dev_mode_is_locals_alone)
    assert names(clusters["local"]) == {
        "argo-cd",
        "strimzi",
        "cloudnative-pg",
        "keycloak-crds",
        "spicedb-operator",
        "vault",
        "clickhouse-operator",
        "redis-operator",
    }
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


def test_vault_keeps_its_audit_log_on_a_volume_and_spreads_its_peers_over_zones(clusters):
    prod = by_name("vault").values(clusters["prod-us-east-1"])["server"]
    assert prod["auditStorage"] == {"enabled": True, "size": "10Gi", "storageClass": "gp3-encrypted"}
    (spread,) = prod["topologySpreadConstraints"]
    assert (spread["topologyKey"], spread["whenUnsatisfiable"], spread["maxSkew"]) == ("topology.kubernetes.io/zone", "DoNotSchedule", 1)
    assert spread["labelSelector"]["matchLabels"] == {
        "app.kubernetes.io/name": "vault",
        "app.kubernetes.io/instance": "vault",
        "component": "server",
    }
    injector = by_name("vault").values(clusters["prod-us-east-1"])["injector"]
    assert injector["webhook"] == {"failurePolicy": "Fail", "objectSelector": {"matchLabels": {"vault.hashicorp.com/agent-inject": "true"}}}
    assert injector["podDisruptionBudget"] == {"maxUnavailable": 1}
    dev = by_name("vault").values(clusters["dev-shared"])["server"]
    assert dev["topologySpreadConstraints"][0]["whenUnsatisfiable"] == "ScheduleAnyway", "the shared dev cluster may lack zones"


def test_kong_takes_its_webhook_certificate_from_cert_manager(clusters):
    controller = by_name("kong").values(clusters["dev-shared"])["controller"]
    webhook = controller["ingressController"]["admissionWebhook"]
    assert webhook["certificate"] == {"provided": True, "secretName": "kong-admission-webhook"}
    assert webhook["annotations"] == {"cert-manager.io/inject-ca-from": "kong/kong-admission-webhook"}
    (certificate,) = [obj for obj in controller["extraObjects"] if obj["kind"] == "Certificate"]
    assert certificate["spec"]["dnsNames"] == ["kong-controller-validation-webhook.kong.svc"]


def test_prometheus_scrapes_kong_after_the_prometheus_operator_brings_the_servicemonitor_kind(clusters):
    from somaagent01_gitops.delivery import plan_cluster
    from somaagent01_gitops.footprints import Kind
    from somaagent01_gitops.operators import PROMETHEUS_RELEASE, PROMETHEUS_URL

    assert by_name("kong").values(clusters["prod-us-east-1"])["gateway"]["serviceMonitor"] == {"enabled": True, "trustCRDsExist": True}
    assert Kind("monitoring.coreos.com", "ServiceMonitor") in by_name("kong").footprint(clusters["prod-us-east-1"]).needed_kinds()
    waves = {d.operator.name: d.wave for d in plan_cluster(clusters["prod-us-east-1"], cluster_folder_kinds=set()).operators}
    assert waves[PROMETHEUS_RELEASE] < waves["kong"]
    assert PROMETHEUS_URL == "http://kube-prometheus-stack-prometheus.monitoring.svc:9090"


def test_kong_serves_the_gateway_class_behind_a_load_balancer_that_keeps_the_callers_address(clusters):
    values = by_name("kong").values(clusters["prod-us-east-1"])
    (gateway_class,) = [obj for obj in values["controller"]["extraObjects"] if obj["kind"] == "GatewayClass"]
    assert gateway_class["metadata"] == {"name": "kong", "annotations": {"konghq.com/gatewayclass-unmanaged": "true"}}
    assert gateway_class["spec"] == {"controllerName": "konghq.com/kic-gateway-controller"}
    proxy = values["gateway"]["proxy"]
    assert proxy["externalTrafficPolicy"] == "Local", "rate limits count per client, not per node"
    assert proxy["annotations"]["service.beta.kubernetes.io/aws-load-balancer-type"] == "nlb"
    gateway_api = by_name("gateway-api")
    assert gateway_api.version == "v1.6.1" and gateway_api.modes == by_name("kong").modes
    crds = {obj.name for obj in gateway_api.manifests.objects}
    assert {
        "gateways.gateway.networking.k8s.io",
        "httproutes.gateway.networking.k8s.io",
        "gatewayclasses.gateway.networking.k8s.io",
    } <= crds


def test_cert_manager_assumes_the_dns01_role_only_where_the_cluster_names_an_acme_authority(clusters, platform):
    assert "serviceAccount" not in by_name("cert-manager").values(clusters["dev-shared"])
    prod = clusters["prod-us-east-1"]
    role = platform.cluster("prod-us-east-1").acme.role_arn
    values = by_name("cert-manager").values(prod)
    assert values["serviceAccount"] == {"annotations": {"eks.amazonaws.com/role-arn": role}}


def test_argo_cd_checks_the_health_of_child_applications(clusters):
    cm = by_name("argo-cd").values(clusters["local"])["configs"]["cm"]
    assert "hs.status = obj.status.health.status" in cm["resource.customizations.health.argoproj.io_Application"]


# --- the CRD mirror agrees with the charts installed


def mirror_tags():
    """folder -> tag, from the mirror's own table."""
    tags = {}
    for line in (CRDS / "SOURCES.md").read_text().splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) >= 3 and (CRDS / cells[0]).is_dir():
            tags[cells[0]] = cells[2].split()[0]
    return tags


def plain(version):
    return version.removeprefix("v")


def mirror_kinds(folder):
    return {Kind(group, kind) for (group, _, kind) in raw_schemas(CRDS / folder)}


@pytest.mark.parametrize("operator", WITH_CRDS, ids=lambda operator: operator.name)
def test_the_mirror_holds_the_crds_of_the_version_installed_or_says_why_not(operator):
    tag = mirror_tags()[operator.crds.folder]
    assert plain(tag) == plain(operator.app_version) or operator.crds.note, (
        f"{operator.name} {operator.version} ships {operator.app_version}, the mirror holds {tag}: pin the chart that "
        "ships the mirror's version, or say in CrdMirror.note why the mirror's CRDs still fit"
    )


@pytest.mark.parametrize("operator", WITH_CRDS, ids=lambda operator: operator.name)
def test_every_mirrored_kind_is_one_the_chart_declares_it_installs(operator):
    provided = operator.footprint(ClusterFacts(name="-", targets=())).provided_kinds()
    assert mirror_kinds(operator.crds.folder) <= provided


@pytest.mark.parametrize("operator", [op for op in WITH_CRDS if op.crds.unused_fields], ids=lambda operator: operator.name)
def test_nothing_sets_a_field_the_installed_crds_lack(operator):
    groups = {kind.group for kind in operator.footprint(ClusterFacts(name="-", targets=())).provided_kinds()}
    found = []

    def walk(node, path):
        if isinstance(node, dict):
            for key, value in node.items():
                if key in operator.crds.unused_fields:
                    found.append(f"{path}.{key}")
                walk(value, f"{path}.{key}")
        elif isinstance(node, list):
            for index, item in enumerate(node):
                walk(item, f"{path}[{index}]")

    for path in sorted(DIST.rglob("*.yaml")):
        for obj in yaml.safe_load_all(path.read_text()):
            if obj and obj.get("apiVersion", "").split("/")[0] in groups:
                walk(obj, f"{path.relative_to(DIST)}:{obj['kind']}")
    assert found == []


def test_operators_without_crds_ship_none():
    for operator in OPERATORS:
        if operator.crds is None:
            assert not operator.footprint(ClusterFacts(name="-", targets=())).provides, operator.name


def vault_config(values):
    import hcl2

    return hcl2.loads(values["server"]["ha"]["raft"]["config"])


def unquoted(value):
    return value.strip('"')


def test_vault_listens_with_tls_from_the_certificate_the_cluster_pki_issues(clusters):
    values = by_name("vault").values(clusters["prod-eu-west-1"])
    assert values["global"] == {"tlsDisable": False}, "the chart's probes, VAULT_ADDR and injector address go https"
    ((_, listener),) = vault_config(values)["listener"][0].items()
    ((volume,),) = [values["server"]["volumes"]]
    ((mount,),) = [values["server"]["volumeMounts"]]
    assert volume["name"] == mount["name"] and mount["readOnly"] is True
    folder = mount["mountPath"]
    assert (unquoted(listener["tls_cert_file"]), unquoted(listener["tls_key_file"])) == (f"{folder}/tls.crt", f"{folder}/tls.key")
    assert "tls_disable" not in listener
    assert values["server"]["extraEnvironmentVars"] == {"VAULT_CACERT": f"{folder}/ca.crt"}, "the pod's own CLI verifies it"
    (certificate,) = [
        yaml.safe_load(path.read_text())
        for path in (DIST / "clusters/prod-eu-west-1/pki").glob("certificate-*.yaml")
        if yaml.safe_load(path.read_text())["metadata"].get("namespace") == "vault"
    ]
    assert volume["secret"]["secretName"] == certificate["spec"]["secretName"], "the pods mount what cert-manager writes"
    ((_, raft),) = vault_config(values)["storage"][0].items()
    assert values["server"]["ha"]["apiAddr"] == "https://$(VAULT_K8S_POD_NAME).vault-internal:8200", "a name the certificate covers"
    for join in raft["retry_join"]:
        assert unquoted(join["leader_api_addr"]).startswith("https://") and unquoted(join["leader_ca_cert_file"]) == f"{folder}/ca.crt"


def test_vault_dev_mode_is_locals_alone(clusters):
    for path in sorted(DIST.glob("apps/*/application-vault.yaml")):
        values = yaml.safe_load(path.read_text())["spec"]["source"]["helm"]["valuesObject"]
        dev = values["server"].get("dev", {}).get("enabled", False)
        assert dev is (path.parent.name == "local"), path
        assert (values["server"].get("extraLabels") == {"soma.ai/vault-mode": "dev"}) is dev, "marked as such"
    from somaagent01_gitops.footprints import FootprintError

    mixed = ClusterFacts(name="mixed", targets=(*clusters["local"].targets, *clusters["dev-shared"].targets))
    with pytest.raises(FootprintError, match="Vault's dev mode is LOCAL's alone"):
        by_name("vault").values(mixed)


def test_vault_beyond_local_needs_cert_manager_for_its_certificate(clusters):
    needed = by_name("vault").footprint(clusters["dev-shared"]).needed_kinds()
    assert Kind("cert-manager.io", "Certificate") in needed
    assert by_name("vault").footprint(clusters["local"]).needed_kinds() == set(), "dev mode: no certificate"


def test_gatekeeper_fails_closed_in_production_and_provides_the_constraint_kinds_it_makes(clusters):
    from somaagent01_gitops.constructs.gatekeeper import TEMPLATES

    gatekeeper = by_name("gatekeeper")
    assert gatekeeper.values is not None
    prod = gatekeeper.values(clusters["prod-us-east-1"])
    assert prod["validatingWebhookFailurePolicy"] == "Fail"
    # an outage stops only what the constraints judge, in the environments' namespaces
    assert {resource for rule in prod["validatingWebhookCustomRules"] for resource in rule["resources"]} == {
        "pods",
        "deployments",
        "statefulsets",
        "daemonsets",
        "replicasets",
        "jobs",
        "cronjobs",
    }
    exempt = set(prod["validatingWebhookExemptNamespacesLabels"]["kubernetes.io/metadata.name"])
    assert {"kube-system", "kube-node-lease", "argocd", "cert-manager", "vault"} <= exempt and "soma-prod" not in exempt
    assert "validatingWebhookFailurePolicy" not in gatekeeper.values(clusters["dev-shared"]), "the chart's Ignore: dev only records"
    provided = gatekeeper.footprint(clusters["dev-shared"]).provided_kinds()
    assert {Kind("constraints.gatekeeper.sh", template.kind) for template in TEMPLATES} <= set(provided)
