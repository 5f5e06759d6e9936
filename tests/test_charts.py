"""The composition point: one chart per output folder, built from settings made here."""

import pytest

from somaagent01_gitops.charts import ClusterAppsChart, ClusterChart, EnvironmentChart, build_app
from somaagent01_gitops.settings import Environment, OverlayError, PlatformSettings
from somaagent01_gitops.targets import targets_of
from tests.conftest import shipped_targets

from .conftest import make_settings

GPU_POOL = {"node_labels": {"example.com/pool": "gpu"}, "gpus_per_node": 1, "max_nodes": 8}
ENCRYPTED_WITH_AUTO_UNSEAL = {
    "gpu_pools": {"gpu": GPU_POOL},
    "pod_traffic_encryption": "cilium-wireguard",
    "cni": "cilium",
    "vault_auto_unseal": {
        "kms_key_id": "alias/vault-unseal",
        "region": "us-east-1",
        "role_arn": "arn:aws:iam::111122223333:role/vault-unseal",
    },
    "acme": {
        "email": "platform@example.com",
        "hosted_zone_id": "Z0EXAMPLE",
        "region": "us-east-1",
        "role_arn": "arn:aws:iam::111122223333:role/cert-manager-dns01",
    },
}


def platform(**clusters):
    return PlatformSettings.model_validate(
        {
            "gitops": {"repo_url": "https://git.example/gitops.git", "path_prefix": "deploy"},
            "kubernetes": {"min_version": "1.30"},
            "clusters": clusters,
        }
    )


PLATFORM = platform(
    **{
        "dev-shared": {"gpu_pools": {"gpu-dev": GPU_POOL}},
        "prod-us-east-1": ENCRYPTED_WITH_AUTO_UNSEAL,
        "prod-eu-west-1": ENCRYPTED_WITH_AUTO_UNSEAL,
    }
)


@pytest.fixture(scope="module")
def charts():
    environments = [
        Environment("dev", make_settings()),
        Environment("training", make_settings("TRAINING")),
        Environment("prod", make_settings("PRODUCTION")),
    ]
    _, built = build_app(targets_of(environments), platform=PLATFORM)
    return {chart.folder: chart for chart in built}


def objects(chart):
    return chart.to_json()


def of_kind(chart, kind):
    return {obj["metadata"]["name"]: obj for obj in objects(chart) if obj["kind"] == kind}


def test_one_chart_per_folder_environments_first_then_each_clusters_objects_and_apps(charts):
    assert list(charts) == [
        "overlays/dev",
        "overlays/prod/eu-west-1",
        "overlays/prod/us-east-1",
        "overlays/training",
        "clusters/dev-shared",
        "clusters/dev-shared/pki",
        "clusters/dev-shared/admission",
        "apps/dev-shared",
        "clusters/prod-eu-west-1",
        "clusters/prod-eu-west-1/pki",
        "clusters/prod-eu-west-1/admission",
        "apps/prod-eu-west-1",
        "clusters/prod-us-east-1",
        "clusters/prod-us-east-1/pki",
        "clusters/prod-us-east-1/admission",
        "apps/prod-us-east-1",
    ]
    assert all(isinstance(charts[folder], EnvironmentChart) for folder in list(charts)[:4])
    assert isinstance(charts["clusters/dev-shared"], ClusterChart) and isinstance(charts["apps/dev-shared"], ClusterAppsChart)


def test_an_environment_chart_holds_its_tiers_in_its_namespace(charts):
    chart = charts["overlays/prod/us-east-1"]
    kinds = {obj["kind"] for obj in objects(chart)}
    assert {"Kafka", "Cluster", "Deployment", "NetworkPolicy", "Keycloak", "SpiceDBCluster", "KafkaMirrorMaker2"} <= kinds
    assert {obj["metadata"].get("namespace") for obj in objects(chart)} == {"soma-prod"}
    assert of_kind(chart, "Keycloak")["keycloak"]["spec"]["instances"] == 3, "PRODUCTION's default"
    assert "KafkaMirrorMaker2" not in {obj["kind"] for obj in objects(charts["overlays/dev"])}, "no peer outside PRODUCTION"


def test_every_object_carries_its_sync_wave(charts):
    for folder, chart in charts.items():
        for obj in objects(chart):
            assert "argocd.argoproj.io/sync-wave" in obj["metadata"].get("annotations", {}), (folder, obj["kind"], obj["metadata"]["name"])


def test_a_cluster_chart_makes_restricted_namespaces_and_the_priority_classes(charts):
    chart = charts["clusters/dev-shared"]
    namespaces = of_kind(chart, "Namespace")
    assert set(namespaces) == {"soma-dev", "soma-training"}
    labels = namespaces["soma-dev"]["metadata"]["labels"]
    assert labels["pod-security.kubernetes.io/enforce"] == "restricted"
    assert labels["pod-security.kubernetes.io/enforce-version"] == "v1.30", "platform.yaml's oldest Kubernetes"
    for mode in ("audit", "warn"):
        assert (labels[f"pod-security.kubernetes.io/{mode}"], labels[f"pod-security.kubernetes.io/{mode}-version"]) == (
            "restricted",
            "v1.30",
        )
    priorities = {name: obj["value"] for name, obj in of_kind(chart, "PriorityClass").items()}
    assert priorities == {"soma-critical": 100000, "soma-standard": 1000}
    assert not of_kind(chart, "StorageClass"), "outside PRODUCTION the cluster's default StorageClass serves"


def test_a_production_cluster_gets_its_regions_encrypted_storage_class_that_keeps_volumes(charts):
    (storage_class,) = of_kind(charts["clusters/prod-us-east-1"], "StorageClass").values()
    assert storage_class["metadata"]["name"] == "gp3-encrypted"
    assert storage_class["parameters"] == {"encrypted": "true", "type": "gp3"}
    assert (storage_class["reclaimPolicy"], storage_class["volumeBindingMode"]) == ("Retain", "WaitForFirstConsumer")
    assert set(of_kind(charts["clusters/prod-us-east-1"], "Namespace")) == {"soma-prod"}


def test_a_clusters_apps_sync_its_own_folders_under_the_published_prefix(charts):
    chart = charts["apps/dev-shared"]
    applications = of_kind(chart, "Application")
    root = applications["root"]
    assert (root["spec"]["project"], root["spec"]["source"]["path"]) == ("bootstrap", "deploy/apps/dev-shared")
    assert root["spec"]["source"]["repoURL"] == "https://git.example/gitops.git"
    assert applications["cluster-dev-shared"]["spec"]["source"]["path"] == "deploy/clusters/dev-shared"
    assert applications["cluster-dev-shared"]["spec"]["syncPolicy"]["automated"]["prune"] is False, "namespaces hold the volumes"
    dev = applications["soma-dev"]["spec"]
    assert (dev["project"], dev["source"]["path"], dev["destination"]["namespace"]) == ("soma-dev", "deploy/overlays/dev", "soma-dev")


def test_each_environment_has_a_project_of_its_own_namespace_and_no_cluster_scoped_kind(charts):
    projects = of_kind(charts["apps/dev-shared"], "AppProject")
    assert set(projects) == {"bootstrap", "default", "platform", "soma-dev", "soma-training"}
    dev = projects["soma-dev"]["spec"]
    assert dev["destinations"] == [{"namespace": "soma-dev", "server": "https://kubernetes.default.svc"}]
    assert dev["clusterResourceWhitelist"] == []
    assert "https://git.example/gitops.git" in dev["sourceRepos"] and "*" not in dev["sourceRepos"]
    assert projects["platform"]["spec"]["clusterResourceWhitelist"], "the operators' CRDs and cluster roles"


def test_a_production_cluster_without_pod_traffic_encryption_is_refused():
    targets = targets_of([Environment("prod", make_settings("PRODUCTION"))])
    with pytest.raises(OverlayError, match=r"clusters\.prod-eu-west-1\.pod_traffic_encryption"):
        build_app(targets, platform=platform(**{"prod-us-east-1": ENCRYPTED_WITH_AUTO_UNSEAL}))


def test_the_cluster_pki_syncs_beside_vault_after_cert_manager(charts):
    apps = of_kind(charts["apps/prod-eu-west-1"], "Application")

    def wave(name):
        return int(apps[name]["metadata"]["annotations"]["argocd.argoproj.io/sync-wave"])

    assert wave("pki-prod-eu-west-1") == wave("vault") > wave("cert-manager")
    assert apps["pki-prod-eu-west-1"]["spec"]["source"]["path"].endswith("clusters/prod-eu-west-1/pki")
    assert apps["pki-prod-eu-west-1"]["spec"]["syncPolicy"]["automated"]["prune"] is False, "a new root untrusts what it signed"
    kinds = {rule["kind"] for rule in of_kind(charts["apps/prod-eu-west-1"], "AppProject")["platform"]["spec"]["clusterResourceWhitelist"]}
    assert "ClusterIssuer" in kinds


def test_admission_policies_sync_after_gatekeeper_before_the_environments(charts):
    apps = of_kind(charts["apps/dev-shared"], "Application")

    def wave(name):
        return int(apps[name]["metadata"]["annotations"]["argocd.argoproj.io/sync-wave"])

    assert wave("gatekeeper") < wave("admission-dev-shared") < wave("soma-dev")
    assert apps["admission-dev-shared"]["spec"]["source"]["path"].endswith("clusters/dev-shared/admission")
    actions = {
        (obj["kind"], obj["metadata"]["name"]): obj["spec"]["enforcementAction"]
        for obj in objects(charts["clusters/dev-shared/admission"])
        if obj["apiVersion"] == "constraints.gatekeeper.sh/v1beta1"
    }
    assert actions[("SomaPinnedImages", "soma-dev")] == "dryrun" and actions[("SomaPinnedImages", "soma-training")] == "deny"
    prod = {
        obj["spec"]["enforcementAction"]
        for obj in objects(charts["clusters/prod-us-east-1/admission"])
        if "enforcementAction" in obj.get("spec", {})
    }
    assert prod == {"deny"}, "production denies, development only records"
    kinds = {rule["kind"] for rule in of_kind(charts["apps/dev-shared"], "AppProject")["platform"]["spec"]["clusterResourceWhitelist"]}
    assert {"ConstraintTemplate", "SomaPinnedImages"} <= kinds


def test_vaults_certificate_covers_every_address_its_clients_use(charts):
    from urllib.parse import urlsplit

    from somaagent01_gitops.vault import VAULT_ACTIVE_ADDR

    pki = objects(charts["clusters/dev-shared/pki"])
    (certificate,) = [obj for obj in pki if obj["kind"] == "Certificate" and obj["metadata"].get("namespace") == "vault"]
    names = certificate["spec"]["dnsNames"]

    def covered(host):
        return host in names or any(name.startswith("*.") and host.split(".", 1)[1] == name[2:] for name in names)

    store = of_kind(charts["overlays/dev"], "SecretStore")["vault"]["spec"]["provider"]["vault"]["server"]
    agent = of_kind(charts["overlays/training"], "Deployment")["gateway"]["spec"]["template"]["metadata"]["annotations"]
    # the injector's own default address is the chart's Service `vault` (injector-deployment.yaml L67)
    addresses = ["https://vault.vault.svc:8200", VAULT_ACTIVE_ADDR, store, agent["vault.hashicorp.com/service"]]
    addresses += [f"https://vault-{index}.vault-internal:8200" for index in range(3)]  # the raft peers' retry_join
    for address in addresses:
        assert covered(urlsplit(address).hostname), address
    assert certificate["spec"]["ipAddresses"] == ["127.0.0.1"], "the server's own CLI"
    assert certificate["spec"]["issuerRef"]["kind"] == "ClusterIssuer"


def test_the_root_has_a_project_of_its_own_and_argo_cds_default_project_admits_nothing(charts):
    projects = of_kind(charts["apps/dev-shared"], "AppProject")
    bootstrap = projects["bootstrap"]["spec"]
    root = of_kind(charts["apps/dev-shared"], "Application")["root"]
    assert bootstrap["sourceRepos"] == [root["spec"]["source"]["repoURL"]], "this repository only"
    assert bootstrap["destinations"] == [{"namespace": "argocd", "server": "https://kubernetes.default.svc"}]
    assert bootstrap["namespaceResourceWhitelist"] == [
        {"group": "argoproj.io", "kind": "AppProject"},
        {"group": "argoproj.io", "kind": "Application"},
    ]
    assert bootstrap["clusterResourceWhitelist"] == []
    default = projects["default"]["spec"]
    assert (default["sourceRepos"], default["destinations"], default["clusterResourceWhitelist"]) == ([], [], [])
    assert default["namespaceResourceBlacklist"] == [{"group": "*", "kind": "*"}], "an empty whitelist would admit every kind"
    for name in ("bootstrap", "default"):
        assert projects[name]["metadata"]["annotations"]["argocd.argoproj.io/sync-options"] == "Prune=false,Delete=false"
    applications = of_kind(charts["apps/dev-shared"], "Application")
    assert not [name for name, app in applications.items() if app["spec"]["project"] == "default"]


def test_each_environment_project_lists_exactly_the_namespaced_kinds_its_applications_bring(environments, platform):
    from somaagent01_gitops.charts import build_app

    targets = [target for target in shipped_targets(environments) if target.cluster == "dev-shared"]
    _, charts = build_app(targets, platform=platform, every_environment=False)
    (apps,) = [chart for chart in charts if getattr(chart, "folder", "") == "apps/dev-shared"]
    projects = {obj["metadata"]["name"]: obj["spec"] for obj in apps.to_json() if obj["kind"] == "AppProject"}
    listed = {(entry["group"], entry["kind"]) for entry in projects["soma-dev"]["namespaceResourceWhitelist"]}
    (overlay,) = [chart for chart in charts if getattr(chart, "folder", "") == "overlays/dev"]
    rendered = {(obj["apiVersion"].rpartition("/")[0], obj["kind"]) for obj in overlay.to_json()}
    assert rendered <= listed, "every kind the overlay renders"
    assert {("apps", "Deployment"), ("", "Pod"), ("rbac.authorization.k8s.io", "Role")} <= listed, "Temporal's chart, Keycloak's operator"
    assert not {("", "Secret"), ("rbac.authorization.k8s.io", "ClusterRole")} & listed
    assert {("apps", "ReplicaSet"), ("core.strimzi.io", "StrimziPodSet")} <= listed, "shown in the resource tree"


def test_production_clusters_sync_the_signed_tag_their_projects_verify(environments, platform):
    from somaagent01_gitops.charts import build_app

    gitops = platform.gitops.model_copy(update={"production_revision": "prod", "signature_keys": ["4AEE18F83AFDEB23"]})
    _, charts = build_app(shipped_targets(environments), platform=platform.model_copy(update={"gitops": gitops}))
    apps = {getattr(chart, "folder", ""): chart.to_json() for chart in charts}
    for cluster, signed in (("prod-us-east-1", True), ("dev-shared", False)):
        documents = apps[f"apps/{cluster}"]
        projects = [doc for doc in documents if doc["kind"] == "AppProject" and doc["metadata"]["name"] != "default"]
        assert all(("signatureKeys" in doc["spec"]) is signed for doc in projects), cluster
        revisions = {
            doc["spec"]["source"]["targetRevision"] for doc in documents if doc["kind"] == "Application" and "path" in doc["spec"]["source"]
        }
        assert revisions == ({"prod"} if signed else {"main"}), cluster


def test_operator_namespaces_enforce_what_their_operator_declares_and_audit_restricted(charts):
    """Anything below restricted is an exception with a written reason (OperatorChart.pod_security)."""
    from somaagent01_gitops.tiers.registry import OPERATORS

    declared = {operator.name: operator.pod_security for operator in OPERATORS}
    apps = of_kind(charts["apps/prod-us-east-1"], "Application")
    managed = {name: app["spec"]["syncPolicy"].get("managedNamespaceMetadata") for name, app in apps.items()}
    assert managed["falco"]["labels"]["pod-security.kubernetes.io/enforce"] == "privileged"
    assert managed["vault"]["labels"]["pod-security.kubernetes.io/enforce"] == "baseline"
    namespaces = {}
    for name, metadata in managed.items():
        if metadata is None:
            continue
        labels = metadata["labels"]
        assert labels["pod-security.kubernetes.io/audit"] == labels["pod-security.kubernetes.io/warn"] == "restricted", name
        assert labels["pod-security.kubernetes.io/enforce"] == declared[name].level, name
        assert declared[name].level == "restricted" or declared[name].reason, name
        namespace = apps[name]["spec"]["destination"]["namespace"]
        assert namespace not in namespaces, f"{name} and {namespaces.get(namespace)} both manage {namespace}'s labels"
        namespaces[namespace] = name
    assert managed["barman-cloud"] is None, "cnpg-system's labels are CloudNativePG's Application's"
    assert "soma-prod" not in namespaces and "kube-system" not in namespaces
