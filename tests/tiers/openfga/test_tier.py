"""The OpenFGA tier's registration: every environment, on the openfga database over verified TLS,
its key from Vault, the model from model.py."""

import json

import cdk8s

from somaagent01_gitops.tiers.base import build_tiers
from somaagent01_gitops.tiers.openfga.model import AUTHORIZATION_MODEL
from somaagent01_gitops.tiers.openfga.tier import OpenFgaUnit
from somaagent01_gitops.tiers.registry import TIERS
from tests.conftest import shipped_targets


def target_of(environments, path):
    return next(target for target in shipped_targets(environments) if target.path == path)


def built(environments, path):
    chart = cdk8s.Testing.chart()
    build_tiers(chart, target_of(environments, path), TIERS)
    return {(obj["kind"], obj["metadata"]["name"]): obj for obj in cdk8s.Testing.synth(chart)}


def test_it_runs_on_the_openfga_database_verifying_the_servers_certificate(environments):
    for path, ca in (("local", "somaagent01-pg-ca"), ("prod/us-east-1", "somaagent01-pg-server-tls")):
        objects = built(environments, path)
        pod = objects[("Deployment", "openfga")]["spec"]["template"]["spec"]
        env = {var["name"]: var.get("value") for var in pod["containers"][0]["env"]}
        namespace = target_of(environments, path).settings.namespace
        assert env["OPENFGA_DATASTORE_URI"].startswith(f"postgres://somaagent01-pg-rw.{namespace}.svc:5432/openfga?sslmode=verify-full")
        assert pod["volumes"][0]["secret"]["secretName"] == ca, path
        assert ("Database", "somaagent01-pg-openfga") in objects


def test_its_key_comes_from_vault_and_its_model_from_the_data(environments):
    (secret,) = OpenFgaUnit().vault_secrets(target_of(environments, "dev"))
    assert secret.name == "openfga-secrets" and secret.keys == ("preshared_key",)
    objects = built(environments, "dev")
    assert ("ExternalSecret", "openfga-secrets") in objects
    (model,) = [obj for (kind, name), obj in objects.items() if kind == "ConfigMap" and name.startswith("openfga-model-")]
    assert json.loads(model["data"]["model.json"]) == AUTHORIZATION_MODEL
    assert built(environments, "prod/eu-west-1")[("Deployment", "openfga")]["spec"]["replicas"] == 3
