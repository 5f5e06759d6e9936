"""The app tier: one service per catalog entry, configured from the environment."""

import cdk8s
import pytest

from somaagent01_gitops.catalog import Dependency
from somaagent01_gitops.endpoints import Endpoints
from somaagent01_gitops.releases import A169E468
from somaagent01_gitops.tiers.app.app_services import AppServices, AppServicesProps, service_env
from tests.conftest import MODES, make_settings, peer_pods

APP_SERVICES = A169E468.services
PROD_SIZING = {
    "gateway": {"replicas": 3, "autoscaling": {"min_replicas": 3, "max_replicas": 12}},
    "conversation-worker": {"replicas": 5, "autoscaling": {"min_replicas": 5, "max_replicas": 20}},
    "tool-executor": {"replicas": 3},
}
"""Production sizing: two services scale on CPU, one runs a fixed count."""


def render(settings, zone_spread=False):
    chart = cdk8s.Testing.chart()
    AppServices(chart, "app", props=AppServicesProps(settings=settings, zone_spread=zone_spread, postgres=peer_pods()[Dependency.POSTGRES]))
    return cdk8s.Testing.synth(chart)


def deployments(objects):
    return {obj["metadata"]["name"]: obj for obj in objects if obj["kind"] == "Deployment"}


def configs(objects):
    return {obj["metadata"]["name"]: obj["data"] for obj in objects if obj["kind"] == "ConfigMap"}


@pytest.mark.parametrize("mode", ["LOCAL", "PRODUCTION"])
def test_snapshot(mode, snapshot):
    assert render(make_settings(mode), zone_spread=mode == "PRODUCTION") == snapshot


def test_every_service_of_the_release_is_deployed():
    assert set(deployments(render(make_settings()))) == {spec.name for spec in APP_SERVICES}


def test_local_runs_one_replica_and_prod_the_counts_it_is_sized_to():
    local = deployments(render(make_settings("LOCAL")))
    assert {deployment["spec"]["replicas"] for deployment in local.values()} == {1}
    prod = render(make_settings("PRODUCTION", services=PROD_SIZING))
    hpas = {obj["metadata"]["name"]: obj["spec"]["minReplicas"] for obj in prod if obj["kind"] == "HorizontalPodAutoscaler"}
    assert hpas == {"gateway": 3, "conversation-worker": 5}
    assert deployments(prod)["tool-executor"]["spec"]["replicas"] == 3


def test_no_image_is_latest_outside_local():
    for mode in MODES:
        images = {d["spec"]["template"]["spec"]["containers"][0]["image"] for d in deployments(render(make_settings(mode))).values()}
        assert all(image.endswith(":latest") == (mode == "LOCAL") for image in images), (mode, images)


def test_training_prefixes_every_topic():
    training = configs(render(make_settings("TRAINING")))
    assert training["conversation-worker-config"]["CONVERSATION_INBOUND"] == "training.conversation.inbound"
    dev = configs(render(make_settings()))
    assert dev["conversation-worker-config"]["CONVERSATION_INBOUND"] == "conversation.inbound"


def test_a_service_gets_connection_settings_only_for_what_it_uses():
    settings = make_settings()
    env = service_env(A169E468.service("tool-executor"), release=A169E468, settings=settings, endpoints=Endpoints(settings.namespace))
    assert (
        env.config["KAFKA_BOOTSTRAP_SERVERS"]
        == env.config["SA01_KAFKA_BOOTSTRAP_SERVERS"]
        == "somaagent01-kafka-bootstrap.soma-dev.svc:9092"
    )
    assert env.config["POLICY_BASE_URL"] == env.config["SA01_POLICY_URL"] == "http://opa.soma-dev.svc:8181"
    assert env.config["SA01_POLICY_DATA_PATH"] == "/v1/data/soma/policy/allow", "the app's Rego package is soma.policy"
    assert "SA01_TEMPORAL_HOST" not in env.config and "SPICEDB_HOST" not in env.config and "SA01_LLM_API_URL" not in env.config


def test_config_maps_hold_no_secret_setting():
    from somaagent01_gitops.tiers.app.app_services import SECRET_FILLS

    secret_names = {
        setting.name
        for setting in A169E468.settings.values()
        if setting.fill in SECRET_FILLS or setting.fill in ("postgres_uri", "kafka_sasl_password")
    }
    for mode in MODES:
        for data in configs(render(make_settings(mode))).values():
            assert not secret_names & set(data)
            assert not any("password" in value.lower() for value in data.values())


def test_zone_spread_only_where_asked():
    settings = make_settings("PRODUCTION")
    spread = deployments(render(settings, zone_spread=True))["gateway"]["spec"]["template"]["spec"]
    assert spread["topologySpreadConstraints"][0]["topologyKey"] == "topology.kubernetes.io/zone"
    assert "topologySpreadConstraints" not in deployments(render(settings))["gateway"]["spec"]["template"]["spec"]


def test_local_knowingly_skips_the_pull_checks_with_reasons():
    local = deployments(render(make_settings("LOCAL")))["gateway"]["metadata"]["annotations"]
    dev = deployments(render(make_settings()))["gateway"]["metadata"]["annotations"]
    assert any(value.startswith("CKV_K8S_14=") for value in local.values())
    assert not any(value.startswith("CKV_K8S_14=") for value in dev.values())


def test_kafka_and_postgres_credentials_are_wired_by_reference():
    prod = deployments(render(make_settings("PRODUCTION")))["gateway"]
    container = prod["spec"]["template"]["spec"]["containers"][0]
    refs = {env["name"]: env["valueFrom"]["secretKeyRef"] for env in container["env"] if "secretKeyRef" in env.get("valueFrom", {})}
    assert refs["KAFKA_SASL_PASSWORD"] == {"key": "password", "name": "gateway"}, "the KafkaUser's generated Secret"
    assert refs["SA01_DB_DSN"] == {"key": "uri", "name": "gateway-postgres-uri"}, "its own role's URI, not the owner's"
    config = configs(render(make_settings("PRODUCTION")))["gateway-config"]
    # the release's client cannot do TLS (catalog.APP_KAFKA_TLS): SCRAM on the plain listener,
    # which only app pods reach; the CNI encrypts the traffic in prod (platform.yaml)
    assert config["KAFKA_BOOTSTRAP_SERVERS"] == "somaagent01-kafka-bootstrap.soma-prod.svc:9092"
    assert (config["KAFKA_SECURITY_PROTOCOL"], config["KAFKA_SASL_USERNAME"]) == ("SASL_PLAINTEXT", "gateway")
    assert not any(mount["mountPath"] == "/etc/kafka/ca" for mount in container["volumeMounts"])


def test_local_kafka_is_plaintext_but_still_authenticated():
    config = configs(render(make_settings("LOCAL")))["tool-executor-config"]
    assert config["KAFKA_BOOTSTRAP_SERVERS"].endswith(":9092")
    assert config["KAFKA_SECURITY_PROTOCOL"] == "SASL_PLAINTEXT"


@pytest.mark.parametrize(("mode", "ca"), [("LOCAL", "somaagent01-pg-ca"), ("DEVELOPMENT", "somaagent01-pg-server-tls")])
def test_clients_verify_the_postgres_server_against_the_ca_that_signs_it(mode, ca):
    objects = render(make_settings(mode))
    config = configs(objects)["gateway-config"]
    # the app passes no sslmode itself and reads a ?sslmode= suffix as the database name
    assert "SA01_DB_DSN" not in config, "from CloudNativePG's Secret, by reference"
    assert (config["PGSSLMODE"], config["PGSSLROOTCERT"]) == ("verify-full", "/etc/postgres/ca/ca.crt")
    pod = deployments(objects)["gateway"]["spec"]["template"]["spec"]
    assert {"mountPath": "/etc/postgres/ca", "name": ca, "readOnly": True} in pod["containers"][0]["volumeMounts"]
    # only the certificate: the Secret also holds a private key (the CA's, or the server's)
    assert {"name": ca, "secret": {"items": [{"key": "ca.crt", "path": "ca.crt"}], "secretName": ca}} in pod["volumes"]


def every_mode():
    return [(mode, make_settings(mode)) for mode in MODES]


def rendered_env(deployment):
    (container,) = deployment["spec"]["template"]["spec"]["containers"]
    return container, {env["name"] for env in container.get("env", [])}


def test_every_required_setting_of_the_contract_is_rendered_and_nothing_else():
    """The contract decides the env: required settings present, stale names absent."""
    for name, settings in every_mode():
        objects = render(settings)
        data = configs(objects)
        for spec in settings.release.services:
            container, env = rendered_env(deployments(objects)[spec.name])
            names = env | set(data[f"{spec.name}-config"]) - {"POD_IP"}
            contract = {setting.name: setting for setting in (settings.release.settings[n] for n in spec.reads_settings)}
            missing = {n for n, setting in contract.items() if setting.required} - names
            assert not missing, (name, spec.name, missing)
            stale = names - set(contract) - {"POD_IP"}
            assert not stale, (name, spec.name, "renders settings the release does not read", stale)
            assert container["command"] == list(spec.command)


def test_ports_services_and_probes_agree_with_the_contract():
    objects = render(make_settings("PRODUCTION"))
    services = {obj["metadata"]["name"]: obj for obj in objects if obj["kind"] == "Service"}
    data = configs(objects)
    for spec in A169E468.services:
        container, _ = rendered_env(deployments(objects)[spec.name])
        if spec.port is None:
            assert spec.name not in services and "readinessProbe" not in container
            continue
        (port,) = container["ports"]
        (service_port,) = services[spec.name]["spec"]["ports"]
        assert port["containerPort"] == service_port["port"] == spec.port
        if spec.port_setting:
            assert data[f"{spec.name}-config"][spec.port_setting] == str(spec.port), "the code listens where the Service points"
        assert container["readinessProbe"]["httpGet"]["path"] == spec.readiness_path
        assert container["livenessProbe"]["httpGet"]["path"] == spec.liveness_path


def test_probes_pass_django_host_checks_with_the_pod_ip():
    gateway = deployments(render(make_settings("PRODUCTION")))["gateway"]
    container, _ = rendered_env(gateway)
    env = {item["name"]: item for item in container["env"]}
    assert env["POD_IP"]["valueFrom"]["fieldRef"]["fieldPath"] == "status.podIP"
    names = [item["name"] for item in container["env"]]
    assert names.index("POD_IP") < names.index("SA01_ALLOWED_HOSTS"), "Kubernetes expands $(POD_IP) only after it is defined"
    assert env["SA01_ALLOWED_HOSTS"]["value"] == "$(POD_IP),gateway,gateway.soma-prod.svc"


def test_environment_and_deployment_mode_take_values_every_loader_accepts():
    # AAAS would load SomaBrain in-process (aaas/brain.py:20), which the image lacks
    accepted_environment, accepted_mode = {"DEV", "STAGING", "PROD"}, {"DEV", "PROD"}
    for _, settings in every_mode():
        config = configs(render(settings))["gateway-config"]
        assert config["SA01_ENVIRONMENT"] in accepted_environment and config["SA01_DEPLOYMENT_MODE"] in accepted_mode


def test_migrations_run_as_a_sync_hook_between_the_database_and_the_workloads():
    objects = render(make_settings())
    job = next(obj for obj in objects if obj["kind"] == "Job" and obj["metadata"]["name"] == "somaagent01-migrate")
    annotations = job["metadata"]["annotations"]
    assert annotations["argocd.argoproj.io/hook"] == "Sync"
    assert annotations["argocd.argoproj.io/hook-delete-policy"] == "BeforeHookCreation"
    assert 0 < int(annotations["argocd.argoproj.io/sync-wave"]) < 10, "after the Cluster (0), before the Deployments (10)"
    pod = job["spec"]["template"]["spec"]
    (container,) = pod["containers"]
    assert container["command"] == ["python", "manage.py", "migrate", "--noinput"]
    assert container["securityContext"]["allowPrivilegeEscalation"] is False and pod["securityContext"]["runAsNonRoot"] is True
    assert job["spec"]["activeDeadlineSeconds"] == 900
    env = {item["name"] for item in container["env"]}
    assert {setting.name for setting in A169E468.settings.values() if setting.name in A169E468.migrate_settings and setting.required} <= env
    dsn = next(item for item in container["env"] if item["name"] == "SA01_DB_DSN")
    assert dsn["valueFrom"]["secretKeyRef"] == {"key": "uri", "name": "somaagent01-pg-app"}, "the migrations alone log in as the owner"


def test_after_the_migrations_the_app_group_may_change_rows_but_never_tables():
    objects = render(make_settings())
    job = next(obj for obj in objects if obj["kind"] == "Job" and obj["metadata"]["name"] == "somaagent01-grants")
    assert job["metadata"]["annotations"]["argocd.argoproj.io/sync-wave"] == "6", "after the migrations (5), before the workloads (10)"
    (container,) = job["spec"]["template"]["spec"]["containers"]
    command = container["command"]
    assert command[:4] == ["psql", "-v", "ON_ERROR_STOP=1", "-c"]
    sql = command[4]
    assert "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO soma_app;" in sql
    assert "ALTER DEFAULT PRIVILEGES FOR ROLE soma IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO soma_app;" in sql
    assert not any(word in sql for word in ("TRUNCATE", "CREATE", "ALL PRIVILEGES", "REFERENCES", "TRIGGER")), "rows only"
    env = {item["name"]: item.get("value") or item["valueFrom"]["secretKeyRef"] for item in container["env"]}
    assert env["PGPASSWORD"] == {"key": "password", "name": "somaagent01-pg-app"} and env["PGSSLMODE"] == "verify-full"
    assert not any("PGPASSWORD" in part or "postgresql://" in part for part in command), "no password in the command line"


def test_prod_mode_gets_the_hosts_it_demands():
    prod = configs(render(make_settings("PRODUCTION")))["gateway-config"]
    assert prod["SA01_DEPLOYMENT_MODE"] == "PROD"
    assert prod["POSTGRES_HOST"] == "somaagent01-pg-rw.soma-prod.svc" and prod["REDIS_HOST"] == "redis.soma-prod.svc"
    # Vault Agent's proxy beside it, which speaks TLS to the active server (a standby answers
    # the app's health check with 429, which it takes for down)
    assert prod["VAULT_ADDR"] == "http://127.0.0.1:8200"
    gateway = deployments(render(make_settings("PRODUCTION")))["gateway"]["spec"]["template"]["metadata"]["annotations"]
    assert gateway["vault.hashicorp.com/service"] == "https://vault-active.vault.svc:8200"
    assert configs(render(make_settings("LOCAL")))["gateway-config"]["VAULT_ADDR"] == "http://vault.vault.svc:8200", "dev mode"


@pytest.mark.parametrize(
    ("mode", "on", "agent"), [("LOCAL", True, False), ("DEVELOPMENT", False, False), ("TRAINING", True, True), ("PRODUCTION", True, True)]
)
def test_the_apps_own_vault_client_gets_its_token_from_vault_agent_where_it_is_on(mode, on, agent):
    objects = render(make_settings(mode))
    for name, deployment in deployments(objects).items():
        config = configs(objects)[f"{name}-config"]
        annotations = deployment["spec"]["template"]["metadata"]["annotations"]
        assert (config.get("VAULT_TOKEN_FILE") == "/vault/secrets/token") is on, name
        namespace = make_settings(mode).namespace
        assert (annotations.get("vault.hashicorp.com/role") == f"{namespace}-{name}") is agent, name
        volumes = {volume["name"]: volume for volume in deployment["spec"]["template"]["spec"]["volumes"]}
        # LOCAL: dev mode's root token, from the hand-made Secret, where the agent would write one
        assert ("vault-dev-token" in volumes) is (mode == "LOCAL" and on), name
    job = next(obj for obj in objects if obj["kind"] == "Job")
    assert "vault.hashicorp.com/agent-inject" not in (job["spec"]["template"]["metadata"].get("annotations") or {}), (
        "a sidecar would keep the Job running"
    )


def test_the_migrations_without_an_agent_name_vault_itself_not_an_agents_listener():
    job = next(obj for obj in render(make_settings("PRODUCTION")) if obj["kind"] == "Job")
    (container,) = job["spec"]["template"]["spec"]["containers"]
    env = {item["name"]: item.get("value") for item in container["env"]}
    assert env["VAULT_ADDR"] == "https://vault-active.vault.svc:8200", "nothing listens on 127.0.0.1 in a pod without the agent"


def test_the_code_can_write_where_it_writes():
    pod = deployments(render(make_settings()))["gateway"]["spec"]["template"]["spec"]
    (container,) = pod["containers"]
    assert {"mountPath": "/app/admin/logs", "name": "writable-0"} in container["volumeMounts"]
    assert any(volume["name"] == "writable-0" and "emptyDir" in volume for volume in pod["volumes"])


def test_an_image_pinned_by_digest_runs_by_digest_and_is_pulled_if_not_present():
    digest = "sha256:" + "1" * 64
    objects = render(make_settings("PRODUCTION", image={"digest": digest}))
    pods = [obj["spec"]["template"]["spec"] for obj in objects if obj["kind"] in ("Deployment", "Job")]
    containers = [container for pod in pods for container in pod["containers"] if "somaagent01" in container["image"]]
    assert containers and all(container["image"].endswith(f":1.0.0@{digest}") for container in containers)
    assert {container["imagePullPolicy"] for container in containers} == {"IfNotPresent"}
