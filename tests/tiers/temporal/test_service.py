"""Temporal's chart values: persistence on the environment's Postgres over verified TLS,
restricted pods, and the default namespace made by a hook."""

import pytest
import yaml

from somaagent01_gitops.tiers.temporal.service import TEMPORAL
from tests.conftest import shipped_targets


@pytest.fixture(scope="module")
def targets(environments):
    return shipped_targets(environments)


def test_temporal_persists_on_the_environments_postgres_over_verified_tls(targets):
    prod = next(target for target in targets if target.path == "prod/us-east-1")
    server = TEMPORAL.values(prod)["server"]
    stores = server["config"]["persistence"]["datastores"]
    default, visibility = stores["default"]["sql"], stores["visibility"]["sql"]
    assert default["connectAddr"] == "somaagent01-pg-rw.soma-prod.svc:5432"
    assert (default["databaseName"], visibility["databaseName"]) == ("temporal", "temporal_visibility")
    assert default["createDatabase"] is False and default["manageSchema"] is True, "CloudNativePG creates the databases"
    assert default["existingSecret"] == "temporal-postgres-credentials" and "password" not in default
    assert (default["maxConns"], default["maxIdleConns"]) == (5, 5), "the server's default is no limit"
    assert default["tls"] == {
        "enabled": True,
        "caFile": "/etc/postgres/ca/ca.crt",
        "serverName": "somaagent01-pg-rw.soma-prod.svc",
        "enableHostVerification": True,
    }
    assert server["additionalVolumes"][0]["secret"]["items"] == [{"key": "ca.crt", "path": "ca.crt"}], "not the CA's key"


def test_temporal_pods_meet_the_restricted_pod_security_standard(targets):
    values = TEMPORAL.values(targets[0])
    assert values["server"]["securityContext"]["runAsNonRoot"] is True
    assert values["server"]["securityContext"]["seccompProfile"] == {"type": "RuntimeDefault"}
    for service in ("frontend", "history", "matching", "worker"):
        assert values["server"][service]["containerSecurityContext"] == {
            "allowPrivilegeEscalation": False,
            "capabilities": {"drop": ["ALL"]},
        }
    assert values["schema"]["securityContext"] == values["server"]["securityContext"]
    assert values["web"]["enabled"] is False and values["admintools"]["enabled"] is False


def test_the_default_namespace_is_made_by_a_hook_argo_cd_recreates_not_a_job_it_compares(targets):
    values = TEMPORAL.values(targets[0])
    assert values["server"]["config"]["namespaces"] == {"create": False}, "the chart's Job has a TTL and a fixed name"
    (text,) = values["extraObjects"]
    # the chart renders each entry with `tpl`, which takes a string (templates/extra-objects.yaml)
    assert isinstance(text, str)
    job = yaml.safe_load(text)
    assert (job["apiVersion"], job["kind"]) == ("batch/v1", "Job")
    assert job["metadata"]["annotations"] == {
        "argocd.argoproj.io/hook": "PostSync",
        "argocd.argoproj.io/hook-delete-policy": "BeforeHookCreation",
    }
    (container,) = job["spec"]["template"]["spec"]["containers"]
    assert "temporal operator namespace describe -n default ||" in container["args"][0]
    assert container["env"] == [{"name": "TEMPORAL_ADDRESS", "value": "temporal-frontend:7233"}]
    assert container["securityContext"]["capabilities"] == {"drop": ["ALL"]}


def test_the_charts_namespaced_kinds_are_declared_for_the_environments_project():
    from somaagent01_gitops.footprints import Kind
    from somaagent01_gitops.operator_types import ClusterFacts
    from somaagent01_gitops.tiers.temporal.service import TEMPORAL

    declared = set(TEMPORAL.footprint(ClusterFacts(name="-", targets=())).namespaced or ())
    assert declared == {Kind("", "ConfigMap"), Kind("", "Pod"), Kind("", "Service"), Kind("apps", "Deployment"), Kind("batch", "Job")}
