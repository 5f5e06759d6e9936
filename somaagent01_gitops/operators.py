"""The platform operators: which upstream Helm chart, at which exact version, where, for
whom, and what the chart creates on the cluster (its footprint).

Each operator is installed by one Argo CD Application per cluster that needs it; a cluster
needs an operator when one of the environments it syncs does (by mode). Chart values are
written from the typed model. Every footprint fact names the chart template (or operator
source) it was read from, at the pinned version; ``charts.py`` derives the platform
project, the operator waves, ``ignoreDifferences`` and the Pod Security settings from them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from .catalog import INGRESS_NAMESPACE, MONITORING_NAMESPACE
from .constructs.gatekeeper import POD_KINDS as GATEKEEPER_POD_KINDS
from .constructs.gatekeeper import TEMPLATES as GATEKEEPER_TEMPLATES
from .constructs.idioms import ZONE_TOPOLOGY_KEY
from .footprints import (
    BootstrapSecret,
    ClusterScoped,
    Crds,
    Footprint,
    FootprintError,
    Kind,
    NamespacePodSecurity,
    PatchedAtRuntime,
    Writes,
    parse_kube_version,
)
from .operator_types import (
    BEYOND_LOCAL,
    CA_BUNDLES,
    CLUSTER_ROLES,
    EVERY_MODE,
    MUTATING_WEBHOOK,
    PREEXISTING_NAMESPACES,
    ROLES,
    VALIDATING_WEBHOOK,
    ClusterFacts,
    CrdMirror,
    OperatorChart,
    cluster_facts,
    kube_version_floor,
    needs_service_monitor,
    operator_of_source,
    static_footprint,
)
from .operator_types import operator_table as _operator_table
from .operator_types import operators_for as _operators_for
from .pki import CERT_MANAGER_NAMESPACE
from .runtime_rules import RULES_FILE, falco_rules_file
from .upstream import UpstreamManifests, UpstreamObject, cluster_part, kustomization
from .vault import (
    APP_AGENT_LABEL,
    EXTERNAL_SECRETS_NAMESPACE,
    VAULT_NAMESPACE,
    VAULT_PORT,
    VAULT_SERVER_PODS,
    VAULT_TLS_MOUNT,
    VAULT_TLS_SECRET,
)

__all__ = [
    "BEYOND_LOCAL",
    "EVERY_MODE",
    "PLATFORM_OPERATORS",
    "PREEXISTING_NAMESPACES",
    "ClusterFacts",
    "CrdMirror",
    "OperatorChart",
    "cluster_facts",
    "kube_version_floor",
    "operator_of_source",
    "operator_table",
    "operators_for",
]


APPLICATION_HEALTH_LUA = """hs = {}
hs.status = "Progressing"
hs.message = ""
if obj.status ~= nil then
  if obj.status.health ~= nil then
    hs.status = obj.status.health.status
    if obj.status.health.message ~= nil then
      hs.message = obj.status.health.message
    end
  end
end
return hs
"""
"""Argo CD's documented health check for Applications (removed from the defaults in 1.8):
without it a parent app-of-apps sees every child Healthy at once and waves only order
creation, not readiness (argo-cd docs/operator-manual/health.md, "Argo CD App")."""

VAULT_READY_WHEN_SEALED = "/v1/sys/health?standbyok=true&sealedcode=204&uninitcode=204"
"""Vault's readiness: ready once the server answers, sealed or not. The chart's default
(``vault status``, server-statefulset.yaml) fails while sealed, so with the Application
health check a sealed Vault would hold every later wave forever. Whether Vault is unsealed
is for alerting (``vault_core_unsealed``), not for sync."""

KONG_WEBHOOK_CERTIFICATE = "kong-admission-webhook"
"""cert-manager Certificate (and its Secret) of Kong's admission webhook: the chart's own
``genCA`` makes a new CA at every render, which Argo CD would re-apply forever."""


# --- Argo CD ---------------------------------------------------------------------------------


def _argo_cd(cluster: ClusterFacts) -> dict[str, Any]:
    return {
        "crds": {"install": True, "keep": True},
        "configs": {"cm": {"resource.customizations.health.argoproj.io_Application": APPLICATION_HEALTH_LUA}},
    }


_ARGO_CD = Footprint(
    kube_version=parse_kube_version(">=1.25.0-0", source="charts/argo-cd/Chart.yaml (10.1.1)"),
    cluster_scoped=(
        ClusterScoped(kinds=CLUSTER_ROLES, source="templates/argocd-{application-controller,server,notifications}/clusterrole*.yaml"),
    ),
    provides=(Crds(group="argoproj.io", kinds=("AppProject", "Application", "ApplicationSet"), source="templates/crds/"),),
)


# --- cert-manager ----------------------------------------------------------------------------


def _cert_manager(cluster: ClusterFacts) -> dict[str, Any]:
    values: dict[str, Any] = {
        "crds": {"enabled": True, "keep": True},
        "replicaCount": cluster.replicas(),
        "prometheus": {"enabled": True, "servicemonitor": {"enabled": True}},
    }
    if cluster.settings.acme is not None:
        # the ACME ClusterIssuer's Route 53 solver uses the controller's ambient credentials:
        # the IAM role its service account assumes (values serviceAccount.annotations)
        values["serviceAccount"] = {"annotations": {"eks.amazonaws.com/role-arn": cluster.settings.acme.role_arn}}
    return values


def _cert_manager_footprint(cluster: ClusterFacts) -> Footprint:
    return Footprint(
        kube_version=parse_kube_version(">= 1.22.0-0", source="deploy/charts/cert-manager/Chart.template.yaml (v1.21.1)"),
        writes=(
            Writes(
                namespace="kube-system",
                kinds=ROLES,
                source="templates/rbac.yaml L3-44, cainjector-rbac.yaml L55-101 (global.leaderElection.namespace)",
            ),
        ),
        cluster_scoped=(
            ClusterScoped(kinds=CLUSTER_ROLES, source="templates/rbac.yaml, cainjector-rbac.yaml, webhook-rbac.yaml"),
            ClusterScoped(
                kinds=(VALIDATING_WEBHOOK, MUTATING_WEBHOOK),
                source="templates/webhook-validating-webhook.yaml, webhook-mutating-webhook.yaml",
            ),
        ),
        provides=(
            Crds(
                group="cert-manager.io",
                kinds=("Certificate", "CertificateRequest", "ClusterIssuer", "Issuer"),
                source="templates/crd-*.yaml",
            ),
            Crds(group="acme.cert-manager.io", kinds=("Challenge", "Order"), source="templates/crd-acme-*.yaml"),
        ),
        needs=needs_service_monitor(cluster, "templates/servicemonitor.yaml (no Capabilities check)"),
        patched_at_runtime=tuple(
            PatchedAtRuntime(
                kind=kind,
                name="cert-manager-webhook",
                jq_paths=CA_BUNDLES,
                by="cert-manager's cainjector (cert-manager.io/inject-ca-from-secret)",
                source="pkg/controller/cainjector/injectables.go L94-109, L143-158",
            )
            for kind in (VALIDATING_WEBHOOK, MUTATING_WEBHOOK)
        ),
    )


# --- kube-prometheus-stack -------------------------------------------------------------------


def _kube_prometheus_stack(cluster: ClusterFacts) -> dict[str, Any]:
    prometheus: dict[str, Any] = {
        "scrapeInterval": "15s",
        "evaluationInterval": "15s",
        "retention": "15d" if cluster.production else "3d",
        "replicas": cluster.replicas(),
        # find ServiceMonitors/PodMonitors/rules in every namespace, not only the chart's own
        "serviceMonitorSelectorNilUsesHelmValues": False,
        "podMonitorSelectorNilUsesHelmValues": False,
        "ruleSelectorNilUsesHelmValues": False,
    }
    if cluster.production:
        # long-term storage and a global view across regions through Thanos
        prometheus["thanos"] = {"objectStorageConfig": {"existingSecret": {"name": THANOS_OBJSTORE_SECRET, "key": "objstore.yml"}}}
    return {
        "prometheus": {"prometheusSpec": prometheus, "thanosService": {"enabled": cluster.production}},
        "alertmanager": {"alertmanagerSpec": {"replicas": cluster.replicas(3)}},
        # the admin password from a Secret: the grafana chart's default draws a random one at
        # every render (randAlphaNum in templates/_helpers.tpl), which Argo CD re-applies forever
        "grafana": {"enabled": True, "defaultDashboardsEnabled": True, "admin": {"existingSecret": GRAFANA_ADMIN_SECRET}},
    }


GRAFANA_ADMIN_SECRET = "grafana-admin"
PROMETHEUS_RELEASE = "kube-prometheus-stack"
"""The chart's Helm release (the Application's name): its fullname, as the release name holds
the chart's name (templates/_helpers.tpl)."""
PROMETHEUS_URL = f"http://{PROMETHEUS_RELEASE}-prometheus.{MONITORING_NAMESPACE}.svc:9090"
"""The Prometheus of a cluster beyond LOCAL, which KEDA and Argo Rollouts' analyses query
(templates/prometheus/service.yaml: ``<fullname>-prometheus``, prometheus.service.port 9090)."""
THANOS_OBJSTORE_SECRET = "thanos-objstore"


def _kube_prometheus_stack_footprint(cluster: ClusterFacts) -> Footprint:
    secrets = [
        BootstrapSecret(
            namespace=MONITORING_NAMESPACE,
            name=GRAFANA_ADMIN_SECRET,
            keys=(("admin-user", "admin"), ("admin-password", '"$(openssl rand -base64 32)"')),
            source="grafana 12.10.4 templates/_pod.tpl L1420-1431 (secretKeyRef, not optional, with admin.existingSecret)",
        )
    ]
    if cluster.production:
        secrets.append(
            BootstrapSecret(
                namespace=MONITORING_NAMESPACE,
                name=THANOS_OBJSTORE_SECRET,
                keys=(("objstore.yml", _thanos_objstore(cluster)),),
                source="templates/prometheus/prometheus.yaml L411-414 (prometheusSpec.thanos.objectStorageConfig)",
            )
        )
    return dataclasses.replace(_KUBE_PROMETHEUS_STACK, bootstrap_secrets=tuple(secrets))


def _thanos_objstore(cluster: ClusterFacts) -> str:
    """Thanos' S3 configuration for the cluster's region, as a shell string (no credentials:
    they come from the pod's identity)."""
    region_name, region = cluster.region
    text = f"type: S3\nconfig:\n  bucket: {region.buckets.thanos}\n  endpoint: s3.{region_name}.amazonaws.com\n  region: {region_name}\n"
    return "$'" + text.replace("\n", "\\n") + "'"


_KUBE_PROMETHEUS_STACK = Footprint(
    kube_version=parse_kube_version(">=1.25.0-0", source="charts/kube-prometheus-stack/Chart.yaml (88.3.0)"),
    writes=(
        Writes(
            namespace="kube-system",
            kinds=(Kind("", "Service"),),
            source="templates/exporters/{kube-controller-manager,core-dns,kube-etcd,kube-scheduler,kube-proxy}/service.yaml",
        ),
    ),
    cluster_scoped=(
        ClusterScoped(
            kinds=CLUSTER_ROLES,
            source="templates/prometheus-operator/clusterrole*.yaml, prometheus/clusterrole*.yaml, "
            "admission-webhooks/job-patch/clusterrole*.yaml; grafana and kube-state-metrics subcharts",
        ),
        ClusterScoped(
            kinds=(MUTATING_WEBHOOK, VALIDATING_WEBHOOK),
            source="templates/prometheus-operator/admission-webhooks/{mutating,validating}WebhookConfiguration.yaml",
        ),
    ),
    provides=(
        Crds(
            group="monitoring.coreos.com",
            kinds=(
                "Alertmanager",
                "AlertmanagerConfig",
                "PodMonitor",
                "Probe",
                "Prometheus",
                "PrometheusAgent",
                "PrometheusRule",
                "ScrapeConfig",
                "ServiceMonitor",
                "ThanosRuler",
            ),
            source="charts/crds/crds/*.yaml",
        ),
    ),
    patched_at_runtime=tuple(
        PatchedAtRuntime(
            kind=kind,
            name="kube-prometheus-stack-admission",
            jq_paths=CA_BUNDLES,
            by="the admission-patch Job (kube-webhook-certgen patch)",
            source="templates/prometheus-operator/admission-webhooks/job-patch/job-patchWebhook.yaml",
        )
        for kind in (MUTATING_WEBHOOK, VALIDATING_WEBHOOK)
    ),
)


# --- Vault -----------------------------------------------------------------------------------

VAULT_REPLICAS = 3
VAULT_DEV_MODE_LABEL = ("soma.ai/vault-mode", "dev")
"""On LOCAL's Vault pods: dev mode (in memory, unsealed, a fixed root token), never rendered
beyond LOCAL (``_vault`` refuses it, ``tests/test_operators.py`` checks dist/)."""


def _vault_config(cluster: ClusterFacts) -> str:
    """The chart's default HA raft config (values.yaml server.ha.raft.config) with TLS on the
    listener, plus what it leaves out: the peers to join (over TLS, verified against the
    cluster CA), and the KMS seal when the cluster has one."""
    ca = f"{VAULT_TLS_MOUNT}/ca.crt"
    joins = "".join(
        f'  retry_join {{\n    leader_api_addr = "https://vault-{index}.vault-internal:{VAULT_PORT}"\n'
        f'    leader_ca_cert_file = "{ca}"\n  }}\n'
        for index in range(VAULT_REPLICAS)
    )
    config = (
        "ui = true\n"
        'listener "tcp" {\n'
        f'  address = "[::]:{VAULT_PORT}"\n  cluster_address = "[::]:8201"\n'
        f'  tls_cert_file = "{VAULT_TLS_MOUNT}/tls.crt"\n  tls_key_file = "{VAULT_TLS_MOUNT}/tls.key"\n'
        '  tls_min_version = "tls12"\n}\n'
        f'storage "raft" {{\n  path = "/vault/data"\n{joins}}}\n'
        'service_registration "kubernetes" {}\n'
    )
    unseal = cluster.settings.vault_auto_unseal
    if unseal is not None:
        config += f'seal "awskms" {{\n  region = "{unseal.region}"\n  kms_key_id = "{unseal.kms_key_id}"\n}}\n'
    return config


def _vault(cluster: ClusterFacts) -> dict[str, Any]:
    if "LOCAL" in cluster.modes:
        if cluster.modes != {"LOCAL"}:
            raise FootprintError(
                f"cluster {cluster.name}: serves LOCAL and {', '.join(sorted(cluster.modes - {'LOCAL'}))}; Vault's dev mode is "
                "LOCAL's alone, so LOCAL needs a cluster of its own"
            )
        return _vault_dev_mode()
    return {"global": {"tlsDisable": False}, "server": _vault_server(cluster), "injector": _vault_injector(cluster)}


def _vault_dev_mode() -> dict[str, Any]:
    """LOCAL: one dev-mode server (in memory, unsealed, KV version 2 at ``secret/``, the app's
    mount), no injector (LOCAL's app reads the dev root token from a hand-made Secret)."""
    label, value = VAULT_DEV_MODE_LABEL
    return {
        "server": {"dev": {"enabled": True}, "extraLabels": {label: value}, "dataStorage": {"enabled": False}},
        "injector": {"enabled": False},
    }


def _vault_server(cluster: ClusterFacts) -> dict[str, Any]:
    unseal = cluster.settings.vault_auto_unseal
    # the region's class: EKS has no default StorageClass, and the chart names none
    storage_class = {"storageClass": cluster.storage_class} if cluster.storage_class else {}
    server: dict[str, Any] = {
        "ha": {
            "enabled": True,
            "replicas": VAULT_REPLICAS,
            # the address a standby sends clients to: the pod's name, which the certificate
            # covers (*.vault-internal), not the chart's default pod IP, which it cannot
            "apiAddr": f"https://$(VAULT_K8S_POD_NAME).vault-internal:{VAULT_PORT}",
            "raft": {"enabled": True, "config": _vault_config(cluster)},
        },
        "dataStorage": {"enabled": True, "size": "10Gi", **storage_class},
        # the audit device (enabled by make bootstrap's step 3) writes here, not to the pod
        "auditStorage": {"enabled": True, "size": "10Gi", **storage_class},
        "readinessProbe": {"enabled": True, "path": VAULT_READY_WHEN_SEALED},
        # the listener's certificate (the cluster PKI's Application issues it), and the CA
        # the pod's own CLI (VAULT_ADDR https://127.0.0.1:8200) verifies it with
        "volumes": [{"name": "tls", "secret": {"secretName": VAULT_TLS_SECRET, "defaultMode": 0o440}}],
        "volumeMounts": [{"name": "tls", "mountPath": VAULT_TLS_MOUNT, "readOnly": True}],
        "extraEnvironmentVars": {"VAULT_CACERT": f"{VAULT_TLS_MOUNT}/ca.crt"},
        # one raft peer per zone: a zone lost keeps the quorum (the chart's anti-affinity
        # already keeps them on different nodes); production refuses to schedule otherwise
        "topologySpreadConstraints": [
            {
                "maxSkew": 1,
                "topologyKey": ZONE_TOPOLOGY_KEY,
                "whenUnsatisfiable": "DoNotSchedule" if cluster.production else "ScheduleAnyway",
                "labelSelector": {"matchLabels": VAULT_SERVER_PODS},
            }
        ],
    }
    if unseal is not None:
        # the KMS key is used through the pod's IAM role (IRSA), never through keys in a file
        server["serviceAccount"] = {"annotations": {"eks.amazonaws.com/role-arn": unseal.role_arn}}
    return server


def _vault_injector(cluster: ClusterFacts) -> dict[str, Any]:
    replicas = cluster.replicas()
    label, value = APP_AGENT_LABEL
    return {
        "enabled": True,
        "replicas": replicas,
        # a pod that needs the agent is refused while the injector is down, rather than started
        # without its token; the selector keeps every other pod (operators' too) out of it
        "webhook": {"failurePolicy": "Fail", "objectSelector": {"matchLabels": {label: value}}},
        **({"podDisruptionBudget": {"maxUnavailable": 1}} if replicas > 1 else {}),
    }


_VAULT = Footprint(
    kube_version=parse_kube_version(">= 1.20.0-0", source="Chart.yaml (0.28.1)"),
    cluster_scoped=(
        ClusterScoped(kinds=CLUSTER_ROLES, source="templates/server-clusterrolebinding.yaml, injector-clusterrole*.yaml"),
        ClusterScoped(kinds=(MUTATING_WEBHOOK,), source="templates/injector-mutating-webhook.yaml"),
    ),
    patched_at_runtime=(
        PatchedAtRuntime(
            kind=MUTATING_WEBHOOK,
            name="vault-agent-injector-cfg",
            jq_paths=CA_BUNDLES,
            by="the agent injector (AGENT_INJECT_TLS_AUTO)",
            source="templates/injector-deployment.yaml L79-82; vault-k8s v1.4.2 subcommand/injector/command.go L420-447",
        ),
    ),
)


def _vault_footprint(cluster: ClusterFacts) -> Footprint:
    if cluster.modes == {"LOCAL"}:
        # dev mode: no injector, so no webhook; the server's auth-delegator binding remains
        return Footprint(kube_version=_VAULT.kube_version, cluster_scoped=_VAULT.cluster_scoped[:1])
    # its pods mount the listener certificate cert-manager issues (charts.ClusterPkiChart):
    # synced once cert-manager's kinds exist
    needs = (Crds(group="cert-manager.io", kinds=("Certificate", "ClusterIssuer"), source="charts.ClusterPkiChart (vault-server-tls)"),)
    return dataclasses.replace(_VAULT, needs=needs)


# --- External Secrets ------------------------------------------------------------------------


def _external_secrets(cluster: ClusterFacts) -> dict[str, Any]:
    replicas = cluster.replicas()
    return {
        "installCRDs": True,
        "replicaCount": replicas,
        # more than one controller needs leader election, which the chart leaves off
        "leaderElect": replicas > 1,
        "webhook": {"replicaCount": replicas},
        "certController": {"replicaCount": replicas},
        # render the ServiceMonitors whatever the cluster reports (skipIfMissing would drop
        # them silently when the sync ran before the Prometheus Operator's CRDs)
        "serviceMonitor": {"enabled": True, "renderMode": "alwaysRender"},
        # no cluster-wide right to mint any ServiceAccount's token: each namespace grants it
        # for its SecretStore's account by name (tiers/secrets/constructs.py; values.yaml L221-224)
        "rbac": {"serviceAccountTokenCreate": False},
    }


def _external_secrets_footprint(cluster: ClusterFacts) -> Footprint:
    return Footprint(
        kube_version=parse_kube_version(">= 1.19.0-0", source="deploy/charts/external-secrets/Chart.yaml (2.9.0)"),
        cluster_scoped=(
            ClusterScoped(kinds=CLUSTER_ROLES, source="templates/rbac.yaml, cert-controller-rbac.yaml"),
            ClusterScoped(kinds=(VALIDATING_WEBHOOK,), source="templates/validatingwebhook.yaml"),
        ),
        provides=_external_secrets_crds(),
        needs=(Crds(group="monitoring.coreos.com", kinds=("ServiceMonitor",), source="templates/servicemonitor.yaml"),),
        patched_at_runtime=_external_secrets_runtime_patches(),
    )


def _external_secrets_crds() -> tuple[Crds, ...]:
    """The CRDs the chart installs (secrets and their stores; the generators' own group),
    listed so the projects gate can order the Applications that use them after this one."""
    return (
        Crds(
            group="external-secrets.io",
            kinds=("ClusterExternalSecret", "ClusterPushSecret", "ClusterSecretStore", "ExternalSecret", "PushSecret", "SecretStore"),
            source="templates/crds/ (generated from deploy/crds/bundle.yaml)",
        ),
        Crds(
            group="generators.external-secrets.io",
            kinds=(
                "ACRAccessToken",
                "BeyondtrustWorkloadCredentialsDynamicSecret",
                "CloudsmithAccessToken",
                "ClusterGenerator",
                "ECRAuthorizationToken",
                "Fake",
                "GCRAccessToken",
                "GeneratorState",
                "GithubAccessToken",
                "GitlabDeployToken",
                "Grafana",
                "MFA",
                "Password",
                "QuayAccessToken",
                "SSHKey",
                "STSSessionToken",
                "UUID",
                "VaultDynamicSecret",
                "Webhook",
            ),
            source="templates/crds/ (generated from deploy/crds/bundle.yaml)",
        ),
    )


def _external_secrets_runtime_patches() -> tuple[PatchedAtRuntime, ...]:
    """The cert-controller writes the webhooks' CA and fills the webhook Secret the chart
    renders empty: Argo CD must ignore both or see drift forever."""
    return (
        *(
            PatchedAtRuntime(
                kind=VALIDATING_WEBHOOK,
                name=name,
                jq_paths=CA_BUNDLES,
                by="the cert-controller",
                source="pkg/controllers/webhookconfig/webhookconfig.go L120, L217-219",
            )
            for name in ("externalsecret-validate", "secretstore-validate")
        ),
        PatchedAtRuntime(
            kind=Kind("", "Secret"),
            name="external-secrets-webhook",
            jq_paths=(".data",),
            by="the cert-controller (the chart renders it empty)",
            source="templates/webhook-secret.yaml; pkg/controllers/crds/crds_controller.go L548",
        ),
    )


# --- Gatekeeper, Kyverno, Falco ---------------------------------------------------------------


def _gatekeeper(cluster: ClusterFacts) -> dict[str, Any]:
    values: dict[str, Any] = {"replicas": cluster.replicas(3), "auditInterval": 60, "constraintViolationsLimit": 100}
    if cluster.production:
        values |= _fail_closed_webhook(cluster)
    return values


def _fail_closed_webhook(cluster: ClusterFacts) -> dict[str, Any]:
    """Production is fail-closed: what Gatekeeper cannot review is refused (the chart's
    default, Ignore, admits it). So that an outage of Gatekeeper stops only what its
    constraints judge, the webhook is sent only those kinds (pods and workloads; not Nodes,
    Leases or anything else the cluster itself writes) and never the cluster's own namespaces,
    Argo CD's or an operator's (charts/gatekeeper/templates/
    gatekeeper-validating-webhook-configuration-validatingwebhookconfiguration.yaml L36-62 at
    v3.23.0: the exemption labels' NotIn, the custom rules)."""
    rules = [
        {
            "apiGroups": [group],
            "apiVersions": ["*"],
            "operations": ["CREATE", "UPDATE"],
            "resources": sorted(kind.lower() + "s" for kind in kinds),
        }
        for group, kinds in GATEKEEPER_POD_KINDS
    ]
    operators = {operator.namespace_in(cluster) for operator in operators_for(cluster)}
    exempt = sorted((PREEXISTING_NAMESPACES | {cluster.argocd_namespace} | operators) - set(cluster.namespaces))
    return {
        "validatingWebhookFailurePolicy": "Fail",
        "validatingWebhookCustomRules": rules,
        "validatingWebhookExemptNamespacesLabels": {"kubernetes.io/metadata.name": exempt},
    }


_GATEKEEPER = Footprint(
    # Chart.yaml declares no kubeVersion
    cluster_scoped=(
        ClusterScoped(
            kinds=CLUSTER_ROLES,
            source="templates/gatekeeper-manager-role-clusterrole.yaml, *-rolebinding-clusterrolebinding.yaml; "
            "hooks upgrade-crds-hook.yaml, namespace-post-install.yaml",
        ),
        ClusterScoped(
            kinds=(VALIDATING_WEBHOOK, MUTATING_WEBHOOK),
            source="templates/gatekeeper-{validating,mutating}-webhook-configuration-*.yaml",
        ),
    ),
    provides=(
        Crds(group="templates.gatekeeper.sh", kinds=("ConstraintTemplate",), source="crds/"),
        Crds(
            group="constraints.gatekeeper.sh",
            kinds=tuple(template.kind for template in GATEKEEPER_TEMPLATES),
            source="made by Gatekeeper from each ConstraintTemplate the cluster's admission folder renders "
            "(pkg/controller/constrainttemplate)",
        ),
        Crds(group="config.gatekeeper.sh", kinds=("Config",), source="crds/"),
        Crds(group="mutations.gatekeeper.sh", kinds=("Assign", "AssignImage", "AssignMetadata", "ModifySet"), source="crds/"),
        Crds(group="expansion.gatekeeper.sh", kinds=("ExpansionTemplate",), source="crds/"),
        Crds(group="externaldata.gatekeeper.sh", kinds=("Provider",), source="crds/"),
        Crds(group="syncset.gatekeeper.sh", kinds=("SyncSet",), source="crds/"),
        Crds(group="connection.gatekeeper.sh", kinds=("Connection",), source="crds/"),
        Crds(
            group="status.gatekeeper.sh",
            kinds=(
                "ConfigPodStatus",
                "ConnectionPodStatus",
                "ConstraintPodStatus",
                "ConstraintTemplatePodStatus",
                "ExpansionTemplatePodStatus",
                "MutatorPodStatus",
                "ProviderPodStatus",
            ),
            source="crds/",
        ),
    ),
    patched_at_runtime=(
        PatchedAtRuntime(
            kind=VALIDATING_WEBHOOK,
            name="gatekeeper-validating-webhook-configuration",
            jq_paths=CA_BUNDLES,
            by="Gatekeeper's cert-controller rotator",
            source="main.go L231-313; pkg/webhook/policy.go L738-753",
        ),
        PatchedAtRuntime(
            kind=MUTATING_WEBHOOK,
            name="gatekeeper-mutating-webhook-configuration",
            jq_paths=CA_BUNDLES,
            by="Gatekeeper's cert-controller rotator",
            source="main.go L231-313",
        ),
        PatchedAtRuntime(
            kind=Kind("", "Secret"),
            name="gatekeeper-webhook-server-cert",
            jq_paths=(".data",),
            by="Gatekeeper's cert-controller rotator (the chart renders it empty)",
            source="templates/gatekeeper-webhook-server-cert-secret.yaml",
        ),
    ),
)


def _kyverno(cluster: ClusterFacts) -> dict[str, Any]:
    return {"admissionController": {"replicas": cluster.replicas(3)}, "backgroundController": {"replicas": cluster.replicas()}}


_KYVERNO = Footprint(
    kube_version=parse_kube_version(">=1.25.0-0", source="charts/kyverno/Chart.yaml (3.9.0)"),
    cluster_scoped=(
        ClusterScoped(
            kinds=CLUSTER_ROLES, source="templates/*/clusterrole.yaml, clusterrolebinding.yaml; hooks/post-upgrade-migrate-resources.yaml"
        ),
    ),
    provides=(
        Crds(
            group="kyverno.io",
            kinds=(
                "CleanupPolicy",
                "ClusterCleanupPolicy",
                "ClusterPolicy",
                "GlobalContextEntry",
                "Policy",
                "PolicyException",
                "UpdateRequest",
            ),
            source="charts/crds/templates/kyverno.io/",
        ),
        Crds(
            group="reports.kyverno.io",
            kinds=("ClusterEphemeralReport", "EphemeralReport"),
            source="charts/crds/templates/reports.kyverno.io/",
        ),
        Crds(group="wgpolicyk8s.io", kinds=("ClusterPolicyReport", "PolicyReport"), source="charts/crds/templates/wgpolicyk8s.io/"),
        Crds(
            group="policies.kyverno.io",
            kinds=("DeletingPolicy", "GeneratingPolicy", "ImageValidatingPolicy", "MutatingPolicy", "PolicyException", "ValidatingPolicy"),
            source="the kyverno-api 0.0.1-alpha.4 subchart (Chart.yaml dependencies)",
        ),
    ),
    # Kyverno creates and updates its webhook configurations itself (pkg/config/config.go);
    # the chart renders none, so Argo CD tracks none. Its base ClusterRoles aggregate:
    patched_at_runtime=tuple(
        PatchedAtRuntime(
            kind=CLUSTER_ROLES[0],
            name=f"kyverno:{controller}",
            jq_paths=(".rules",),
            by="the API server's ClusterRole aggregation controller (aggregationRule)",
            source=f"templates/{controller}/clusterrole.yaml",
        )
        for controller in ("admission-controller", "background-controller", "cleanup-controller", "reports-controller")
    ),
)


def _falco(cluster: ClusterFacts) -> dict[str, Any]:
    """The modern eBPF probe, and the app's rules beside Falco's default ones."""
    rules = falco_rules_file(
        repositories=[target.settings.image.repository for target in cluster.targets],
        writable_paths=sorted({path for target in cluster.targets for path in target.settings.release.writable_paths}),
    )
    return {"driver": {"kind": "modern_ebpf"}, "falcosidekick": {"enabled": False}, "customRules": {RULES_FILE: rules}}


_FALCO = Footprint(
    # no kubeVersion, no ClusterRole with driver.kind modern_ebpf (templates/role.yaml needs
    # driver.kind auto); securitycontextconstraints.yaml renders on OpenShift only
)


def _argo_rollouts(cluster: ClusterFacts) -> dict[str, Any]:
    return {"controller": {"replicas": cluster.replicas()}, "dashboard": {"enabled": False}}


_ARGO_ROLLOUTS = Footprint(
    # no kubeVersion in charts/argo-rollouts/Chart.yaml
    cluster_scoped=(ClusterScoped(kinds=CLUSTER_ROLES, source="templates/controller/clusterrole*.yaml, aggregate-roles.yaml"),),
    provides=(
        Crds(
            group="argoproj.io",
            kinds=("AnalysisRun", "AnalysisTemplate", "ClusterAnalysisTemplate", "Experiment", "Rollout"),
            source="templates/crds/",
        ),
    ),
)


# --- KEDA, Kong ----------------------------------------------------------------------------------


def _keda(cluster: ClusterFacts) -> dict[str, Any]:
    return {"operator": {"replicaCount": cluster.replicas()}, "prometheus": {"operator": {"enabled": True}}}


_KEDA = Footprint(
    kube_version=parse_kube_version(">=v1.23.0-0", source="keda/Chart.yaml (2.20.2)"),
    writes=(
        Writes(
            namespace="kube-system",
            kinds=(Kind("rbac.authorization.k8s.io", "RoleBinding"),),
            source="templates/metrics-server/clusterrolebinding.yaml L24-42 (keda-operator-auth-reader)",
        ),
    ),
    cluster_scoped=(
        ClusterScoped(kinds=CLUSTER_ROLES, source="templates/manager/clusterrole*.yaml, metrics-server/clusterrolebinding.yaml, webhooks/"),
        ClusterScoped(kinds=(Kind("apiregistration.k8s.io", "APIService"),), source="templates/metrics-server/apiservice.yaml"),
        ClusterScoped(kinds=(VALIDATING_WEBHOOK,), source="templates/webhooks/validatingconfiguration.yaml"),
    ),
    provides=(
        Crds(
            group="keda.sh",
            kinds=("ClusterTriggerAuthentication", "ScaledJob", "ScaledObject", "TriggerAuthentication"),
            source="templates/crds/",
        ),
        Crds(group="eventing.keda.sh", kinds=("CloudEventSource", "ClusterCloudEventSource"), source="templates/crds/"),
    ),
    # prometheus.operator.enabled alone renders no ServiceMonitor (manager/servicemonitor.yaml
    # also needs prometheus.operator.serviceMonitor.enabled): it needs no CRD of another operator
    patched_at_runtime=(
        PatchedAtRuntime(
            kind=VALIDATING_WEBHOOK,
            name="keda-admission",
            jq_paths=CA_BUNDLES,
            by="KEDA's cert rotator (certificates.autoGenerated)",
            source="keda cmd/operator/main.go L343-360; cert-controller v0.16.0 pkg/rotator/rotator.go L420-441",
        ),
        PatchedAtRuntime(
            kind=Kind("apiregistration.k8s.io", "APIService"),
            name="v1beta1.external.metrics.k8s.io",
            jq_paths=(".spec.caBundle",),
            by="KEDA's cert rotator (certificates.autoGenerated)",
            source="cert-controller v0.16.0 pkg/rotator/rotator.go L459-467",
        ),
    ),
)


_GATEWAY_API_KINDS = (
    ("backendtlspolicies", "BackendTLSPolicy"),
    ("gatewayclasses", "GatewayClass"),
    ("gateways", "Gateway"),
    ("grpcroutes", "GRPCRoute"),
    ("httproutes", "HTTPRoute"),
    ("listenersets", "ListenerSet"),
    ("referencegrants", "ReferenceGrant"),
    ("tlsroutes", "TLSRoute"),
)
GATEWAY_API_MANIFESTS = UpstreamManifests(
    repository="kubernetes-sigs/gateway-api",
    tag="v1.6.1",
    files=tuple(f"config/crd/standard/gateway.networking.k8s.io_{plural}.yaml" for plural, _ in _GATEWAY_API_KINDS),
    objects=tuple(
        UpstreamObject(
            file=f"config/crd/standard/gateway.networking.k8s.io_{plural}.yaml",
            api_version="apiextensions.k8s.io/v1",
            kind="CustomResourceDefinition",
            name=f"{plural}.gateway.networking.k8s.io",
            cluster_scoped=True,
        )
        for plural, _ in _GATEWAY_API_KINDS
    ),
    source="gateway-api v1.6.1 config/crd/standard/ (the CRDs the mirror holds, one per file)",
)
"""The Gateway API's standard-channel CRDs the mirror holds (it leaves out TCPRoute, UDPRoute
and the safe-upgrades ValidatingAdmissionPolicy, which nothing here uses). No controller
ships them: Kong's ingress controller serves its kinds once they exist (it starts its Gateway
controllers when the CRDs appear). KIC 3.5 is built against Gateway API v1.3; the v1 kinds
this repository renders (GatewayClass, Gateway, HTTPRoute) are the same there."""

_GATEWAY_API = Footprint(
    # the CRDs use CEL validation rules (x-kubernetes-validations): Kubernetes 1.25 and later
    provides=(
        Crds(
            group="gateway.networking.k8s.io",
            kinds=tuple(sorted(kind for _, kind in _GATEWAY_API_KINDS)),
            source="config/crd/standard/ at v1.6.1",
        ),
    ),
)

KIC_VERSION = "3.5.13"
"""Kong's ingress controller, pinned below the chart's moving "3.5" tag."""
KONG_VERSION = "3.9.1"
"""Kong gateway, pinned below the chart's moving "3.9" tag (its plugin schemas were read here)."""
KONG_GATEWAY_CLASS = "kong"
"""The GatewayClass Kong's Application installs; each environment's edge Gateway names it."""


def _kong_gateway_class() -> dict[str, Any]:
    return {
        "apiVersion": "gateway.networking.k8s.io/v1",
        "kind": "GatewayClass",
        "metadata": {
            "name": KONG_GATEWAY_CLASS,
            # KIC serves a class only with this annotation: the chart's proxy is the class's one
            # data plane (no Kong operator provisions one per Gateway)
            "annotations": {"konghq.com/gatewayclass-unmanaged": "true"},
        },
        "spec": {"controllerName": "konghq.com/kic-gateway-controller"},
    }


def _kong(cluster: ClusterFacts) -> dict[str, Any]:
    issuer = f"{KONG_WEBHOOK_CERTIFICATE}-selfsigned"
    return {
        "controller": {
            "ingressController": {
                # the chart's default tag ("3.5") moves; the edge relies on 3.5.7's listener-derived
                # route protocols (KIC CHANGELOG 3.5.7)
                "image": {"tag": KIC_VERSION},
                "ingressClass": "kong",
                "admissionWebhook": {
                    # the certificate comes from cert-manager; its cainjector fills caBundle
                    "certificate": {"provided": True, "secretName": KONG_WEBHOOK_CERTIFICATE},
                    "annotations": {"cert-manager.io/inject-ca-from": f"{INGRESS_NAMESPACE}/{KONG_WEBHOOK_CERTIFICATE}"},
                },
            },
            "extraObjects": [
                {
                    "apiVersion": "cert-manager.io/v1",
                    "kind": "Issuer",
                    "metadata": {"name": issuer, "namespace": INGRESS_NAMESPACE},
                    "spec": {"selfSigned": {}},
                },
                {
                    "apiVersion": "cert-manager.io/v1",
                    "kind": "Certificate",
                    "metadata": {"name": KONG_WEBHOOK_CERTIFICATE, "namespace": INGRESS_NAMESPACE},
                    "spec": {
                        "secretName": KONG_WEBHOOK_CERTIFICATE,
                        # the webhook Service of the controller subchart (release "kong")
                        "dnsNames": [f"kong-controller-validation-webhook.{INGRESS_NAMESPACE}.svc"],
                        "issuerRef": {"kind": "Issuer", "name": issuer},
                        "duration": cluster.settings.certificates.webhooks.duration,
                        "renewBefore": cluster.settings.certificates.webhooks.renew_before,
                    },
                },
                _kong_gateway_class(),
            ],
        },
        "gateway": {
            "image": {"tag": KONG_VERSION},
            "replicaCount": cluster.replicas(3),
            "proxy": _KONG_PROXY,
            # Prometheus scrapes the status listener's /metrics (the edge's prometheus plugin
            # fills it per route; canary analyses read it); the Prometheus Operator syncs first
            "serviceMonitor": {"enabled": True, "trustCRDsExist": True},
        },
    }


_KONG_PROXY = {
    "type": "LoadBalancer",
    # a Network Load Balancer that hands Kong the caller's own address (rate limits and bot
    # rules count per client, not per node)
    "externalTrafficPolicy": "Local",
    "annotations": {
        "service.beta.kubernetes.io/aws-load-balancer-type": "nlb",
        "service.beta.kubernetes.io/aws-load-balancer-cross-zone-load-balancing-enabled": "true",
    },
}


_KONG = Footprint(
    # neither the ingress chart nor its kong 3.0.2 subcharts declare a kubeVersion
    cluster_scoped=(
        ClusterScoped(kinds=CLUSTER_ROLES, source="charts/kong/templates/controller-rbac-resources.yaml L90-115"),
        ClusterScoped(kinds=(VALIDATING_WEBHOOK,), source="charts/kong/templates/admission-webhook.yaml"),
        ClusterScoped(kinds=(Kind("networking.k8s.io", "IngressClass"),), source="charts/kong/templates/ingress-class.yaml"),
    ),
    provides=(
        Crds(
            group="configuration.konghq.com",
            kinds=(
                "IngressClassParameters",
                "KongClusterPlugin",
                "KongConsumer",
                "KongConsumerGroup",
                "KongCustomEntity",
                "KongIngress",
                "KongLicense",
                "KongPlugin",
                "KongUpstreamPolicy",
                "KongVault",
                "TCPIngress",
                "UDPIngress",
            ),
            source="charts/kong/crds/custom-resource-definitions.yaml (kubernetes-configuration v1.5.2)",
        ),
    ),
    needs=(
        Crds(group="cert-manager.io", kinds=("Certificate", "Issuer"), source="values controller.extraObjects (extraManifests.yaml)"),
        Crds(group="gateway.networking.k8s.io", kinds=("GatewayClass",), source="values controller.extraObjects (the kong class)"),
        Crds(
            group="monitoring.coreos.com",
            kinds=("ServiceMonitor",),
            source="charts/kong/templates/servicemonitor.yaml (gateway.serviceMonitor)",
        ),
    ),
    patched_at_runtime=(
        PatchedAtRuntime(
            kind=VALIDATING_WEBHOOK,
            name="kong-controller-kong-validations",
            jq_paths=CA_BUNDLES,
            by="cert-manager's cainjector (cert-manager.io/inject-ca-from)",
            source="charts/kong/templates/admission-webhook.yaml L36-52 (no caBundle when certificate.provided)",
        ),
    ),
)


PLATFORM_OPERATORS: tuple[OperatorChart, ...] = (
    OperatorChart(
        name="argo-cd",
        namespace=None,
        repo_url="https://argoproj.github.io/argo-helm",
        chart="argo-cd",
        version="10.1.1",
        app_version="v3.4.4",
        modes=EVERY_MODE,
        values=_argo_cd,
        footprint=static_footprint(_ARGO_CD),
        crds=CrdMirror(
            folder="argo-cd",
            note="the mirror holds v3.5.1's CRDs (the imports' pin): they add optional fields to v3.4.4's "
            "(tagPrefix on sources, sourceIntegrity and syncOverrun on projects), which nothing here sets; "
            "no argo-helm chart that ships v3.5.x was at hand",
            unused_fields=("tagPrefix", "sourceIntegrity", "syncOverrun"),
        ),
        bootstrap=True,
        prune=False,
    ),
    OperatorChart(
        name="cert-manager",
        namespace=CERT_MANAGER_NAMESPACE,
        repo_url="https://charts.jetstack.io",
        chart="cert-manager",
        version="v1.21.1",
        app_version="v1.21.1",
        modes=BEYOND_LOCAL,
        values=_cert_manager,
        footprint=_cert_manager_footprint,
        crds=CrdMirror(folder="cert-manager"),
    ),
    OperatorChart(
        name=PROMETHEUS_RELEASE,
        pod_security=NamespacePodSecurity(
            level="privileged",
            reason="its node exporter reads the node itself: host network, host PID namespace and the host's / , /proc and /sys",
            source="the prometheus-node-exporter subchart's daemonset.yaml (hostNetwork, hostPID, hostPath)",
        ),
        namespace=MONITORING_NAMESPACE,
        repo_url="https://prometheus-community.github.io/helm-charts",
        chart="kube-prometheus-stack",
        version="88.3.0",
        app_version="v0.93.0",
        modes=BEYOND_LOCAL,
        values=_kube_prometheus_stack,
        footprint=_kube_prometheus_stack_footprint,
        crds=CrdMirror(folder="prometheus-operator"),
    ),
    OperatorChart(
        name="vault",
        pod_security=NamespacePodSecurity(
            level="baseline",
            reason="the chart gives the server container allowPrivilegeEscalation false alone: no capabilities dropped, no seccomp profile",
            source="vault-helm v0.28.1 templates/_helpers.tpl L571-583",
        ),
        namespace=VAULT_NAMESPACE,
        repo_url="https://helm.releases.hashicorp.com",
        chart="vault",
        version="0.28.1",
        app_version="1.17.2",
        modes=EVERY_MODE,
        values=_vault,
        footprint=_vault_footprint,
    ),
    OperatorChart(
        name="external-secrets",
        namespace=EXTERNAL_SECRETS_NAMESPACE,
        repo_url="https://charts.external-secrets.io",
        chart="external-secrets",
        version="2.9.0",
        app_version="v2.9.0",
        modes=BEYOND_LOCAL,
        values=_external_secrets,
        footprint=_external_secrets_footprint,
        crds=CrdMirror(
            folder="external-secrets",
            note="the mirror holds the kinds this project authors or may author (9 of the chart's 25), at the chart's own tag",
        ),
    ),
    OperatorChart(
        name="gatekeeper",
        namespace="gatekeeper-system",
        repo_url="https://open-policy-agent.github.io/gatekeeper/charts",
        chart="gatekeeper",
        version="3.23.0",
        app_version="v3.23.0",
        modes=BEYOND_LOCAL,
        values=_gatekeeper,
        footprint=static_footprint(_GATEKEEPER),
        crds=CrdMirror(
            folder="gatekeeper", note="the mirror leaves out the status.gatekeeper.sh and connection kinds, which only Gatekeeper writes"
        ),
    ),
    OperatorChart(
        name="kyverno",
        namespace="kyverno",
        repo_url="https://kyverno.github.io/kyverno",
        chart="kyverno",
        version="3.9.0",
        app_version="v1.19.0",
        modes=BEYOND_LOCAL,
        values=_kyverno,
        footprint=static_footprint(_KYVERNO),
        crds=CrdMirror(
            folder="kyverno",
            note="the mirror holds the policy kinds (kyverno.io and policies.kyverno.io at v1.19.0); the reports and "
            "UpdateRequest kinds, which only Kyverno writes, are left out",
        ),
    ),
    OperatorChart(
        name="falco",
        namespace="falco",
        pod_security=NamespacePodSecurity(
            level="privileged",
            reason="Falco watches every process of the node through its eBPF probe: a privileged container in the "
            "host's PID namespace, with the host's /proc and /sys mounted",
            source="falco chart templates/pod-template.tpl (driver.kind modern_ebpf)",
        ),
        repo_url="https://falcosecurity.github.io/charts",
        chart="falco",
        version="7.1.0",
        app_version="0.42.1",
        modes=frozenset({"PRODUCTION"}),
        values=_falco,
        footprint=static_footprint(_FALCO),
    ),
    OperatorChart(
        name="argo-rollouts",
        namespace="argo-rollouts",
        repo_url="https://argoproj.github.io/argo-helm",
        chart="argo-rollouts",
        version="2.41.0",
        app_version="v1.9.0",
        modes=frozenset({"PRODUCTION"}),
        values=_argo_rollouts,
        footprint=static_footprint(_ARGO_ROLLOUTS),
        crds=CrdMirror(
            folder="argo-rollouts",
            note="the mirror holds v1.9.1's CRDs, identical to v1.9.0's (git diff v1.9.0 v1.9.1 -- manifests/crds is empty)",
        ),
    ),
    OperatorChart(
        name="keda",
        namespace="keda",
        repo_url="https://kedacore.github.io/charts",
        chart="keda",
        version="2.20.2",
        app_version="2.20.2",
        modes=BEYOND_LOCAL,
        values=_keda,
        footprint=static_footprint(_KEDA),
        crds=CrdMirror(folder="keda", note="the mirror leaves out eventing.keda.sh, which nothing here authors"),
    ),
    OperatorChart(
        name="gateway-api",
        namespace=None,
        repo_url=GATEWAY_API_MANIFESTS.repo_url,
        version=GATEWAY_API_MANIFESTS.tag,
        app_version=GATEWAY_API_MANIFESTS.tag,
        modes=BEYOND_LOCAL,
        manifests=GATEWAY_API_MANIFESTS,
        kustomization=lambda cluster: kustomization(GATEWAY_API_MANIFESTS, keep=cluster_part),
        footprint=static_footprint(_GATEWAY_API),
        crds=CrdMirror(folder="gateway-api"),
    ),
    OperatorChart(
        name="kong",
        namespace=INGRESS_NAMESPACE,
        repo_url="https://charts.konghq.com",
        chart="ingress",
        version="0.22.0",
        app_version=KONG_VERSION,
        modes=BEYOND_LOCAL,
        values=_kong,
        footprint=static_footprint(_KONG),
        crds=CrdMirror(
            folder="kong",
            note=f"the chart's Kong gateway 3.9 and ingress controller 3.5 tags move; pinned here to {KONG_VERSION} and "
            f"{KIC_VERSION}; every KIC 3.5.x "
            "requires kubernetes-configuration v1.5.2, whose CRDs the mirror holds",
        ),
    ),
)


def operators_for(cluster: ClusterFacts, operators: Sequence[OperatorChart] | None = None) -> list[OperatorChart]:
    """The operators a cluster needs (of every registered one unless given)."""
    return _operators_for(cluster, _registered() if operators is None else operators)


def operator_table(operators: Sequence[OperatorChart] | None = None) -> str:
    """The README's operator table (of every registered operator unless given)."""
    return _operator_table(_registered() if operators is None else operators)


def _registered() -> tuple[OperatorChart, ...]:
    """The platform's operators and the tiers' (the registry imports this module: read late)."""
    from .tiers.registry import OPERATORS

    return OPERATORS
