"""OpenFGA's migration, servers, Service, disruption budget, network policies, PodMonitor and model Job."""

import json

import cdk8s
import pytest

from somaagent01_gitops.endpoints import InClusterPeer
from somaagent01_gitops.settings.types import Resources
from somaagent01_gitops.tiers.openfga.constructs import OpenFga, OpenFgaProps, model_job_name, model_script

MODEL = {"schema_version": "1.1", "type_definitions": [{"type": "user", "relations": {}, "metadata": None}]}
BASE = {
    "image": "openfga/openfga:v1.8.3",
    "replicas": 1,
    "resources": Resources(),
    "datastore_uri": "postgres://pg-rw.soma-x.svc:5432/openfga?sslmode=verify-full&sslrootcert=/etc/postgres/ca/ca.crt",
    "credentials_secret": "openfga-postgres-credentials",
    "postgres_ca_secret": "pg-ca",
    "postgres": InClusterPeer({"cnpg.io/cluster": "pg"}, (5432,)),
    "preshared_key_secret": "openfga-secrets",
    "authorization_model": MODEL,
    "store_name": "somaagent01",
}
PROD = {**BASE, "replicas": 3, "zone_spread": True, "monitoring": True}


def render(**props):
    chart = cdk8s.Testing.chart()
    OpenFga(chart, "openfga", props=OpenFgaProps(**props))
    return {(obj["kind"], obj["metadata"]["name"]): obj for obj in cdk8s.Testing.synth(chart)}


def env_of(container):
    return {var["name"]: var.get("value", var.get("valueFrom")) for var in container["env"]}


@pytest.mark.parametrize("props", [BASE, PROD], ids=["one", "prod"])
def test_snapshot(props, snapshot):
    assert render(**props) == snapshot


def test_the_schema_migrates_before_the_servers_start():
    objects = render(**BASE)
    job = objects[("Job", "openfga-migrate")]
    assert job["metadata"]["annotations"]["argocd.argoproj.io/hook"] == "Sync"
    assert int(job["metadata"]["annotations"]["argocd.argoproj.io/sync-wave"]) < 10
    assert job["spec"]["template"]["spec"]["containers"][0]["args"] == ["migrate"]


def test_the_password_and_key_come_from_secrets_and_never_sit_in_a_uri():
    server = render(**BASE)[("Deployment", "openfga")]["spec"]["template"]["spec"]["containers"][0]
    env = env_of(server)
    assert "@" not in env["OPENFGA_DATASTORE_URI"] and "sslmode=verify-full" in env["OPENFGA_DATASTORE_URI"]
    assert env["OPENFGA_DATASTORE_PASSWORD"] == {"secretKeyRef": {"key": "password", "name": "openfga-postgres-credentials"}}
    assert env["OPENFGA_AUTHN_METHOD"] == "preshared"
    assert env["OPENFGA_AUTHN_PRESHARED_KEYS"] == {"secretKeyRef": {"key": "preshared_key", "name": "openfga-secrets"}}
    assert env["OPENFGA_PLAYGROUND_ENABLED"] == "false", "the playground hands out the first key"
    assert [port["containerPort"] for port in server["ports"]] == [8080, 8081, 2112]
    assert server["readinessProbe"]["grpc"] == {"port": 8081}


def test_a_new_model_is_a_new_job_that_writes_it_once():
    objects = render(**BASE)
    name = model_job_name(OpenFgaProps(**BASE))
    job = objects[("Job", name)]
    assert json.loads(objects[("ConfigMap", name)]["data"]["model.json"]) == MODEL
    assert int(job["metadata"]["annotations"]["argocd.argoproj.io/sync-wave"]) > 10, "after the servers are healthy"
    changed = {**MODEL, "type_definitions": [*MODEL["type_definitions"], {"type": "tenant", "relations": {}, "metadata": None}]}
    assert model_job_name(OpenFgaProps(**{**BASE, "authorization_model": changed})) != name
    container = job["spec"]["template"]["spec"]["containers"][0]
    assert "env" not in container, "the key is read from a file"


def test_the_model_script_finds_the_store_by_name_before_creating_it():
    script = model_script("somaagent01")
    assert script.index("/stores?name=somaagent01") < script.index('-d \'{"name":"somaagent01"}\'')
    assert "authorization-models" in script and "Bearer" not in script.split("\n")[3], "no key on a command line"


def test_only_its_jobs_clients_and_prometheus_reach_it_and_it_reaches_postgres_only():
    objects = render(**PROD)
    policy = objects[("NetworkPolicy", "openfga")]["spec"]
    api, metrics = policy["ingress"]
    assert [peer["podSelector"]["matchLabels"] for peer in api["from"]] == [{"app.kubernetes.io/name": "openfga-model"}]
    assert metrics["ports"] == [{"port": 2112, "protocol": "TCP"}]
    assert policy["egress"][1] == {
        "to": [{"podSelector": {"matchLabels": {"cnpg.io/cluster": "pg"}}}],
        "ports": [{"port": 5432, "protocol": "TCP"}],
    }
    model = objects[("NetworkPolicy", "openfga-model")]
    assert "ingress" not in model["spec"] and model["spec"]["egress"][1]["ports"] == [{"port": 8080, "protocol": "TCP"}]
    assert ("PodDisruptionBudget", "openfga") in objects and ("PodMonitor", "openfga") in objects


def test_the_model_script_is_sound_shell_that_reads_the_stores_id_from_openfgas_answers(tmp_path):
    """The script as busybox's sh would parse it, and its id pipeline over the shapes of
    ListStores and CreateStore answers (openfga/api openfga/v1/openfga_service.proto)."""
    import subprocess

    script = model_script("somaagent01")
    assert subprocess.run(["sh", "-n", "-c", script], check=False).returncode == 0
    pick = script.split("\n")[4].split("| ", 1)[1].removesuffix(" || true)")
    answers = {
        '{"stores":[{"id":"01HVMMBCMGZNT3SED4Z17ECXCA","name":"somaagent01"}],"continuation_token":""}': "01HVMMBCMGZNT3SED4Z17ECXCA",
        '{"stores":[],"continuation_token":""}': "",
        '{"id":"01HVMMBD123","name":"somaagent01","created_at":"2026-12-07T00:00:00Z"}': "01HVMMBD123",
    }
    for answer, store in answers.items():
        found = subprocess.run(["sh", "-c", f"printf '%s' '{answer}' | {pick}"], capture_output=True, text=True, check=True).stdout
        assert found.strip() == store
