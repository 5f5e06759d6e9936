"""The release's migrations: a Sync hook Job between the database and the workloads, confined
by a NetworkPolicy to DNS and Postgres."""

import cdk8s

from somaagent01_gitops.endpoints import InClusterPeer
from somaagent01_gitops.tiers.app.app_service import SecretFile, SecretKey
from somaagent01_gitops.tiers.app.migrations import Migrations, MigrationsProps


def render(**changes):
    props = {
        "name": "app-migrate",
        "image": "registry.example/app:1.2.3",
        "command": ("python", "manage.py", "migrate", "--noinput"),
        "postgres": InClusterPeer({"cnpg.io/cluster": "somaagent01-pg"}, (5432,)),
        "config": {"PGSSLMODE": "verify-full", "LOG_LEVEL": "INFO"},
        "secret_env": {"SA01_DB_DSN": SecretKey("somaagent01-pg-app", "uri")},
        "pod_env": {"SA01_ALLOWED_HOSTS": "$(POD_IP)"},
        "secret_files": [SecretFile("somaagent01-pg-ca", "/etc/postgres/ca", keys=("ca.crt",))],
        "policy_skips": {"CKV_K8S_40": "uid 1000"},
        **changes,
    }
    chart = cdk8s.Testing.chart()
    Migrations(chart, "migrations", props=MigrationsProps(**props))
    return {obj["kind"]: obj for obj in cdk8s.Testing.synth(chart)}


def pod(objects):
    return objects["Job"]["spec"]["template"]["spec"]


def test_snapshot(snapshot):
    assert render() == snapshot


def test_a_sync_hook_recreated_at_every_sync_after_the_database_and_before_the_workloads():
    job = render()["Job"]
    annotations = job["metadata"]["annotations"]
    assert annotations["argocd.argoproj.io/hook"] == "Sync"
    assert annotations["argocd.argoproj.io/hook-delete-policy"] == "BeforeHookCreation"
    assert annotations["argocd.argoproj.io/sync-wave"] == "5", "after the custom resources (0), before the workloads (10)"
    assert annotations["checkov.io/skip1"] == "CKV_K8S_40=uid 1000"
    assert (job["spec"]["backoffLimit"], job["spec"]["activeDeadlineSeconds"]) == (3, 900)
    assert render(deadline_seconds=120)["Job"]["spec"]["activeDeadlineSeconds"] == 120


def test_the_pod_is_confined_before_it_starts_to_dns_and_postgres():
    objects = render()
    policy = objects["NetworkPolicy"]
    assert policy["metadata"]["annotations"] == {"argocd.argoproj.io/sync-wave": "4"}, "a wave before the Job"
    spec = policy["spec"]
    assert spec["podSelector"]["matchLabels"] == objects["Job"]["spec"]["template"]["metadata"]["labels"]
    assert spec["policyTypes"] == ["Ingress", "Egress"] and "ingress" not in spec, "nothing reaches it"
    dns, postgres = spec["egress"]
    assert dns["to"] == [
        {
            "namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "kube-system"}},
            "podSelector": {"matchLabels": {"k8s-app": "kube-dns"}},
        }
    ]
    assert dns["ports"] == [{"port": 53, "protocol": "UDP"}, {"port": 53, "protocol": "TCP"}]
    assert postgres == {
        "ports": [{"port": 5432, "protocol": "TCP"}],
        "to": [{"podSelector": {"matchLabels": {"cnpg.io/cluster": "somaagent01-pg"}}}],
    }


def test_the_command_and_settings_are_the_releases_and_secrets_come_by_reference():
    spec = pod(render())
    assert spec["restartPolicy"] == "Never" and spec["automountServiceAccountToken"] is False
    (container,) = spec["containers"]
    assert container["command"] == ["python", "manage.py", "migrate", "--noinput"]
    env = {item["name"]: item for item in container["env"]}
    assert env["SA01_DB_DSN"] == {"name": "SA01_DB_DSN", "valueFrom": {"secretKeyRef": {"key": "uri", "name": "somaagent01-pg-app"}}}
    assert (env["PGSSLMODE"]["value"], env["LOG_LEVEL"]["value"]) == ("verify-full", "INFO"), "a Job has no ConfigMap: inline"
    names = [item["name"] for item in container["env"]]
    assert names.index("POD_IP") < names.index("SA01_ALLOWED_HOSTS"), "Kubernetes expands $(POD_IP) only once defined"


def test_it_runs_restricted_with_a_writable_tmp_and_only_the_ca_certificate():
    spec = pod(render())
    (container,) = spec["containers"]
    assert spec["securityContext"]["runAsNonRoot"] is True and spec["securityContext"]["seccompProfile"] == {"type": "RuntimeDefault"}
    assert container["securityContext"]["readOnlyRootFilesystem"] is True
    assert container["securityContext"]["allowPrivilegeEscalation"] is False
    assert {"mountPath": "/tmp", "name": "tmp"} in container["volumeMounts"]
    assert {"mountPath": "/etc/postgres/ca", "name": "somaagent01-pg-ca", "readOnly": True} in container["volumeMounts"]
    ca = next(volume for volume in spec["volumes"] if volume["name"] == "somaagent01-pg-ca")
    assert ca["secret"] == {"items": [{"key": "ca.crt", "path": "ca.crt"}], "secretName": "somaagent01-pg-ca"}
