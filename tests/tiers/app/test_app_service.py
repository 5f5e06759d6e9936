"""AppService renders what a platform engineer expects of one service, and only that."""

import cdk8s
import pytest

from somaagent01_gitops.releases import A169E468
from somaagent01_gitops.settings import ServiceSettings
from somaagent01_gitops.tiers.app.app_service import AppService, AppServiceProps, CanaryPlan, SecretFile, SecretKey, VaultAgent

GATEWAY = A169E468.service("gateway")
WORKER = A169E468.service("tool-executor")


def render(spec=GATEWAY, vault_agent=None, canary=None, **sizing):
    chart = cdk8s.Testing.chart()
    AppService(
        chart,
        "svc",
        props=AppServiceProps(
            spec=spec,
            image="registry.example/app:1.2.3",
            sizing=ServiceSettings.model_validate(sizing),
            config={"LOG_LEVEL": "INFO"},
            secret_env={"SECRET_KEY": SecretKey("somaagent01-app", "SECRET_KEY")},
            secret_files=[SecretFile("kafka-ca", "/etc/kafka/ca")],
            policy_skips={"CKV_K8S_40": "uid 1000"},
            vault_agent=vault_agent,
            canary=canary,
        ),
    )
    return cdk8s.Testing.synth(chart)


def of_kind(objects, kind):
    return [obj for obj in objects if obj["kind"] == kind]


def pod_spec(objects):
    return of_kind(objects, "Deployment")[0]["spec"]["template"]["spec"]


def test_snapshot(snapshot):
    assert render(replicas=2, autoscaling={"min_replicas": 2, "max_replicas": 4}) == snapshot


def test_one_replica_renders_the_core_objects_without_a_pdb_or_hpa():
    kinds = sorted(obj["kind"] for obj in render(replicas=1))
    assert kinds == ["ConfigMap", "Deployment", "Service", "ServiceAccount"]


@pytest.mark.parametrize("replicas", [2, 5])
def test_a_pdb_exists_exactly_when_more_than_one_replica_runs(replicas):
    (pdb,) = of_kind(render(replicas=replicas), "PodDisruptionBudget")
    assert pdb["spec"]["maxUnavailable"] == 1
    assert pdb["spec"]["selector"]["matchLabels"]["app.kubernetes.io/name"] == "gateway"


def test_autoscaling_adds_an_hpa_and_leaves_replicas_to_it():
    objects = render(autoscaling={"min_replicas": 3, "max_replicas": 9, "target_cpu_utilization": 60})
    (hpa,) = of_kind(objects, "HorizontalPodAutoscaler")
    assert hpa["apiVersion"] == "autoscaling/v2"
    assert (hpa["spec"]["minReplicas"], hpa["spec"]["maxReplicas"]) == (3, 9)
    assert hpa["spec"]["metrics"][0]["resource"]["target"]["averageUtilization"] == 60
    assert "replicas" not in of_kind(objects, "Deployment")[0]["spec"]
    assert of_kind(objects, "PodDisruptionBudget"), "an HPA floor of 3 still needs a PDB"


def test_probes_hit_the_release_endpoints_on_the_named_port():
    container = pod_spec(render())["containers"][0]
    # services/gateway/urls.py:53-54 at a169e468
    assert container["readinessProbe"]["httpGet"] == {"path": "/api/health/", "port": "http"}
    assert container["livenessProbe"]["httpGet"] == {"path": "/health/", "port": "http"}
    assert container["ports"] == [{"containerPort": 9000, "name": "http", "protocol": "TCP"}]


def test_a_worker_exposes_its_metrics_port_through_its_service():
    objects = render(WORKER)
    (service,) = of_kind(objects, "Service")
    assert service["spec"]["ports"] == [{"name": "metrics", "port": 9090, "protocol": "TCP", "targetPort": "metrics"}]
    assert pod_spec(objects)["containers"][0]["readinessProbe"]["httpGet"]["path"] == "/metrics"


def test_security_context_is_restricted():
    spec = pod_spec(render())
    container = spec["containers"][0]["securityContext"]
    assert spec["securityContext"]["runAsUser"] == 1000
    assert spec["securityContext"]["seccompProfile"] == {"type": "RuntimeDefault"}
    assert container["readOnlyRootFilesystem"] is True
    assert container["allowPrivilegeEscalation"] is False
    assert container["capabilities"] == {"drop": ["ALL"]}
    assert spec["automountServiceAccountToken"] is False


def test_secrets_come_from_the_secret_by_reference_never_by_value():
    container = pod_spec(render())["containers"][0]
    refs = {env["name"]: env["valueFrom"]["secretKeyRef"] for env in container["env"]}
    assert refs == {"SECRET_KEY": {"key": "SECRET_KEY", "name": "somaagent01-app"}}
    assert all("value" not in env for env in container["env"])


def test_secret_files_are_mounted_read_only():
    spec = pod_spec(render())
    assert {"mountPath": "/etc/kafka/ca", "name": "kafka-ca", "readOnly": True} in spec["containers"][0]["volumeMounts"]
    assert {"name": "kafka-ca", "secret": {"secretName": "kafka-ca"}} in spec["volumes"]


def test_resources_come_from_the_sizing():
    container = pod_spec(render(resources={"requests": {"cpu": "300m", "memory": "1Gi"}, "limits": {"cpu": "2", "memory": "2Gi"}}))[
        "containers"
    ][0]
    assert container["resources"] == {"limits": {"cpu": "2", "memory": "2Gi"}, "requests": {"cpu": "300m", "memory": "1Gi"}}


def test_a_config_change_changes_the_pod_template():
    first = render()
    chart = cdk8s.Testing.chart()
    AppService(
        chart,
        "svc",
        props=AppServiceProps(
            spec=GATEWAY,
            image="registry.example/app:1.2.3",
            sizing=ServiceSettings(),
            config={"LOG_LEVEL": "DEBUG"},
        ),
    )
    second = cdk8s.Testing.synth(chart)
    checksum = lambda objects: pod_spec_meta(objects)["annotations"]["checksum/config"]  # noqa: E731
    assert checksum(first) != checksum(second)


def pod_spec_meta(objects):
    return of_kind(objects, "Deployment")[0]["spec"]["template"]["metadata"]


def test_policy_skips_become_checkov_annotations_with_their_reason():
    annotations = of_kind(render(), "Deployment")[0]["metadata"]["annotations"]
    assert annotations == {"checkov.io/skip1": "CKV_K8S_40=uid 1000"}


def test_an_entrypoint_without_a_port_gets_no_service_and_no_probe():
    objects = render(spec=A169E468.service("delegation-worker"))
    assert not of_kind(objects, "Service")
    (container,) = pod_spec(objects)["containers"]
    assert "readinessProbe" not in container and "livenessProbe" not in container and "ports" not in container


def test_vault_agent_keeps_a_token_for_the_apps_own_client_from_a_token_only_it_mounts():
    agent = VaultAgent(
        role="soma-prod-gateway", vault_address="https://vault-active.vault.svc:8200", ca_secret="vault-trust", audience="vault"
    )
    objects = render(vault_agent=agent)
    template = of_kind(objects, "Deployment")[0]["spec"]["template"]
    annotations = template["metadata"]["annotations"]
    assert {key: value for key, value in annotations.items() if key.startswith("vault.hashicorp.com/")} == {
        "vault.hashicorp.com/agent-inject": "true",
        "vault.hashicorp.com/role": "soma-prod-gateway",
        "vault.hashicorp.com/agent-inject-token": "true",
        "vault.hashicorp.com/agent-service-account-token-volume-name": "vault-token",
        # the agent proxies the app's calls, over TLS verified against the namespace's anchor
        "vault.hashicorp.com/service": "https://vault-active.vault.svc:8200",
        "vault.hashicorp.com/tls-secret": "vault-trust",
        "vault.hashicorp.com/ca-cert": "/vault/tls/ca.crt",
        "vault.hashicorp.com/agent-cache-enable": "true",
    }
    (volume,) = [volume for volume in template["spec"]["volumes"] if volume["name"] == "vault-token"]
    assert volume["projected"]["sources"] == [{"serviceAccountToken": {"path": "token", "audience": "vault", "expirationSeconds": 600}}]
    assert template["spec"]["automountServiceAccountToken"] is False
    assert template["metadata"]["labels"]["vault.hashicorp.com/agent-inject"] == "true", "the injector's webhook selects it"
    assert not any(mount["name"] == "vault-token" for mount in template["spec"]["containers"][0]["volumeMounts"]), "only the agent"
    without = of_kind(render(), "Deployment")[0]["spec"]["template"]
    assert not any(
        key.startswith("vault.hashicorp.com/") for key in {**without["metadata"]["annotations"], **without["metadata"]["labels"]}
    )


def test_a_canary_is_a_rollout_over_the_deployment_which_the_hpa_then_scales():
    """HPA, PDB, ConfigMap checksum and selectors keep working when a Rollout runs the pods."""
    plain = render(autoscaling={"min_replicas": 3, "max_replicas": 9})
    objects = render(canary=CanaryPlan(steps=[(10, "1m")]), autoscaling={"min_replicas": 3, "max_replicas": 9})
    (rollout,) = of_kind(objects, "Rollout")
    (deployment,) = of_kind(objects, "Deployment")
    assert rollout["spec"]["workloadRef"]["name"] == deployment["metadata"]["name"] == "gateway"
    assert rollout["spec"]["selector"] == deployment["spec"]["selector"]
    assert rollout["spec"]["replicas"] == 3, "the HPA's floor to start from"
    (hpa,) = of_kind(objects, "HorizontalPodAutoscaler")
    assert hpa["spec"]["scaleTargetRef"] == {"apiVersion": "argoproj.io/v1alpha1", "kind": "Rollout", "name": "gateway"}
    assert hpa["metadata"]["annotations"] == {"argocd.argoproj.io/sync-wave": "20"}, "with its Rollout, in the last wave"
    assert "annotations" not in of_kind(plain, "HorizontalPodAutoscaler")[0]["metadata"]
    assert of_kind(plain, "HorizontalPodAutoscaler")[0]["spec"]["scaleTargetRef"]["kind"] == "Deployment"
    assert of_kind(objects, "PodDisruptionBudget") == of_kind(plain, "PodDisruptionBudget")
    assert deployment["spec"]["template"] == of_kind(plain, "Deployment")[0]["spec"]["template"], "one template, checksum included"
    assert "replicas" not in deployment["spec"], "the Rollouts controller scales it down"
    fixed = render(canary=CanaryPlan(steps=[(10, "1m")]), replicas=2)
    assert of_kind(fixed, "Rollout")[0]["spec"]["replicas"] == 2 and "replicas" not in of_kind(fixed, "Deployment")[0]["spec"]


def test_a_worker_with_a_metrics_port_gets_a_pod_monitor_where_prometheus_runs():
    chart = cdk8s.Testing.chart()
    for name, spec in (("worker", WORKER), ("gateway", GATEWAY)):
        AppService(
            chart,
            name,
            props=AppServiceProps(spec=spec, image="registry.example/app:1", sizing=ServiceSettings(), config={}, monitoring=True),
        )
    (monitor,) = of_kind(cdk8s.Testing.synth(chart), "PodMonitor")
    assert monitor["metadata"]["name"] == "tool-executor", "the gateway serves no /metrics at this release"
    assert monitor["spec"]["podMetricsEndpoints"] == [{"port": "metrics", "path": "/metrics"}]
    assert monitor["spec"]["selector"]["matchLabels"] == {
        "app.kubernetes.io/name": "tool-executor",
        "app.kubernetes.io/part-of": "somaagent01",
    }
    assert not of_kind(render(spec=WORKER), "PodMonitor"), "none without the Prometheus Operator (LOCAL)"
