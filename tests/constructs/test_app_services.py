"""The app tier: one service per catalog entry, configured from the environment."""

import cdk8s

from somaagent01_gitops.catalog import APP_SERVICES
from somaagent01_gitops.constructs.app_services import AppServices, AppServicesProps, service_config
from somaagent01_gitops.endpoints import Endpoints


def render(settings, zone_spread=False):
    chart = cdk8s.Testing.chart()
    AppServices(chart, "app", props=AppServicesProps(settings=settings, zone_spread=zone_spread))
    return cdk8s.Testing.synth(chart)


def deployments(objects):
    return {obj["metadata"]["name"]: obj for obj in objects if obj["kind"] == "Deployment"}


def configs(objects):
    return {obj["metadata"]["name"]: obj["data"] for obj in objects if obj["kind"] == "ConfigMap"}


def test_every_catalog_service_is_deployed(environment_by_name):
    assert set(deployments(render(environment_by_name["dev"].settings))) == {spec.name for spec in APP_SERVICES}


def test_local_runs_one_replica_and_prod_the_catalog_counts(environment_by_name):
    local = deployments(render(environment_by_name["local"].settings))
    assert {deployment["spec"]["replicas"] for deployment in local.values()} == {1}
    prod = render(environment_by_name["prod"].settings)
    hpas = {obj["metadata"]["name"]: obj["spec"]["minReplicas"] for obj in prod if obj["kind"] == "HorizontalPodAutoscaler"}
    assert hpas == {"gateway": 3, "conversation-worker": 5}
    assert deployments(prod)["tool-executor"]["spec"]["replicas"] == 3


def test_no_image_is_latest_outside_local(environment_by_name):
    for name, environment in environment_by_name.items():
        images = {d["spec"]["template"]["spec"]["containers"][0]["image"] for d in deployments(render(environment.settings)).values()}
        assert all(image.endswith(":latest") == (name == "local") for image in images), (name, images)


def test_training_prefixes_every_topic(environment_by_name):
    training = configs(render(environment_by_name["training"].settings))
    assert training["conversation-worker-config"]["CONVERSATION_INBOUND"] == "training.conversation.inbound"
    dev = configs(render(environment_by_name["dev"].settings))
    assert dev["conversation-worker-config"]["CONVERSATION_INBOUND"] == "conversation.inbound"


def test_a_service_gets_connection_settings_only_for_what_it_uses(environment_by_name):
    settings = environment_by_name["dev"].settings
    tool_executor = next(spec for spec in APP_SERVICES if spec.name == "tool-executor")
    config = service_config(tool_executor, settings=settings, endpoints=Endpoints(settings.namespace))
    assert config["KAFKA_BOOTSTRAP_SERVERS"] == "somaagent01-kafka-bootstrap.soma-dev.svc:9092"
    assert config["POLICY_BASE_URL"] == "http://opa.soma-dev.svc:8181"
    assert "POSTGRES_DSN" not in config and "REDIS_URL" not in config and "SLM_BASE_URL" not in config


def test_config_maps_hold_no_secret_setting(environment_by_name):
    secret_names = {secret for spec in APP_SERVICES for secret in spec.secrets}
    for environment in environment_by_name.values():
        for data in configs(render(environment.settings)).values():
            assert not secret_names & set(data)
            assert not any("password" in value.lower() for value in data.values())


def test_zone_spread_only_where_asked(environment_by_name):
    settings = environment_by_name["prod"].settings
    spread = deployments(render(settings, zone_spread=True))["gateway"]["spec"]["template"]["spec"]
    assert spread["topologySpreadConstraints"][0]["topologyKey"] == "topology.kubernetes.io/zone"
    assert "topologySpreadConstraints" not in deployments(render(settings))["gateway"]["spec"]["template"]["spec"]


def test_local_knowingly_skips_the_pull_checks_with_reasons(environment_by_name):
    local = deployments(render(environment_by_name["local"].settings))["gateway"]["metadata"]["annotations"]
    dev = deployments(render(environment_by_name["dev"].settings))["gateway"]["metadata"]["annotations"]
    assert any(value.startswith("CKV_K8S_14=") for value in local.values())
    assert not any(value.startswith("CKV_K8S_14=") for value in dev.values())


def test_kafka_and_postgres_credentials_are_wired_by_reference(environment_by_name):
    prod = deployments(render(environment_by_name["prod"].settings))["gateway"]
    container = prod["spec"]["template"]["spec"]["containers"][0]
    refs = {env["name"]: env["valueFrom"]["secretKeyRef"] for env in container["env"]}
    assert refs["KAFKA_SASL_PASSWORD"] == {"key": "password", "name": "gateway"}, "the KafkaUser's generated Secret"
    assert refs["PGPASSWORD"] == {"key": "password", "name": "somaagent01-pg-app"}, "CloudNativePG's owner Secret"
    config = configs(render(environment_by_name["prod"].settings))["gateway-config"]
    assert config["KAFKA_BOOTSTRAP_SERVERS"] == "somaagent01-kafka-bootstrap.soma-prod.svc:9093"
    assert (config["KAFKA_SECURITY_PROTOCOL"], config["KAFKA_SASL_USERNAME"]) == ("SASL_SSL", "gateway")
    assert {"mountPath": "/etc/kafka/ca", "name": "somaagent01-cluster-ca-cert", "readOnly": True} in container["volumeMounts"]


def test_local_kafka_is_plaintext_but_still_authenticated(environment_by_name):
    config = configs(render(environment_by_name["local"].settings))["tool-executor-config"]
    assert config["KAFKA_BOOTSTRAP_SERVERS"].endswith(":9092")
    assert config["KAFKA_SECURITY_PROTOCOL"] == "SASL_PLAINTEXT"


def test_clients_verify_the_postgres_server_against_the_cluster_ca(environment_by_name):
    objects = render(environment_by_name["dev"].settings)
    config = configs(objects)["gateway-config"]
    # the app passes no sslmode itself and reads a ?sslmode= suffix as the database name
    assert config["POSTGRES_DSN"] == "postgresql://soma@somaagent01-pg-rw.soma-dev.svc:5432/somaagent01"
    assert (config["PGSSLMODE"], config["PGSSLROOTCERT"]) == ("verify-full", "/etc/postgres/ca/ca.crt")
    pod = deployments(objects)["gateway"]["spec"]["template"]["spec"]
    assert {"mountPath": "/etc/postgres/ca", "name": "somaagent01-pg-ca", "readOnly": True} in pod["containers"][0]["volumeMounts"]
    # only the certificate: the Secret also holds the CA's private key
    assert {
        "name": "somaagent01-pg-ca",
        "secret": {"items": [{"key": "ca.crt", "path": "ca.crt"}], "secretName": "somaagent01-pg-ca"},
    } in pod["volumes"]
