"""The Redis tier's registration: LOCAL's one open instance; beyond LOCAL the app's instance
with ACL users and TLS, its sessions client's own instance, and every password from Vault."""

import cdk8s

from somaagent01_gitops.tiers.base import build_tiers
from somaagent01_gitops.tiers.redis.acl import acl_file, instance_users, template_hash
from somaagent01_gitops.tiers.redis.tier import RedisUnit
from somaagent01_gitops.tiers.registry import TIERS
from tests.conftest import shipped_targets


def target_of(environments, path):
    return next(target for target in shipped_targets(environments) if target.path == path)


def built(environments, path):
    chart = cdk8s.Testing.chart()
    exposed = build_tiers(chart, target_of(environments, path), TIERS)
    return exposed["redis"], {(obj["kind"], obj["metadata"]["name"]): obj for obj in cdk8s.Testing.synth(chart)}


def test_local_runs_one_instance_without_users_for_every_client(environments):
    exposed, objects = built(environments, "local")
    assert exposed.address_url == "redis://redis.soma-local.svc:6379/0" and exposed.sessions_host == "redis.soma-local.svc"
    assert RedisUnit().vault_secrets(target_of(environments, "local")) == ()
    assert not any(kind in ("RedisReplication", "RedisSentinel", "Certificate") and "redis" in name for kind, name in objects)
    gateway = objects[("ConfigMap", "gateway-config")]["data"]
    assert (gateway["SA01_REDIS_URL"], gateway["REDIS_HOST"]) == (exposed.address_url, exposed.sessions_host)


def test_beyond_local_each_entrypoint_logs_in_as_its_own_user_over_verified_tls(environments):
    target = target_of(environments, "prod/us-east-1")
    secrets = {secret.name: secret for secret in RedisUnit().vault_secrets(target)}
    users = target.settings.release.redis_access
    backup = {"redis-backup-user", "redis-backup-credentials"}
    assert set(secrets) == {"redis-auth", "redis-acl", *backup, *(f"{user}-redis" for user in users)}
    assert {secret.path for name, secret in secrets.items() if name != "redis-backup-credentials"} == {"redis-users"}, (
        "one Vault key, one property per user"
    )
    assert secrets["redis-acl"].templates["user.acl"] == acl_file(instance_users(users), template_hash)
    assert secrets["redis-backup-user"].vault_properties == ("backup",)
    assert secrets["redis-auth"].vault_properties == ("default",)
    assert secrets["gateway-redis"].templates["url"] == (
        "rediss://gateway:{{ .gateway | urlquery }}@redis-master.soma-prod.svc:6379/0?ssl_ca_certs=/etc/soma/redis-ca/ca.crt&ssl_check_hostname=true"
    )
    assert secrets["tool-executor-redis"].vault_properties == ("tool_executor",)


def test_beyond_local_the_sessions_client_gets_an_instance_of_its_own_only_it_reaches(environments):
    exposed, objects = built(environments, "qa")
    assert exposed.address_url == "rediss://redis-master.soma-qa.svc:6379/0"
    assert exposed.sessions_host == "redis-sessions-master.soma-qa.svc"
    sessions = objects[("RedisReplication", "redis-sessions")]["spec"]
    assert "TLS" not in sessions and "acl" not in sessions and "redisSecret" not in sessions["kubernetesConfig"]
    (clients, _) = objects[("NetworkPolicy", "redis-sessions")]["spec"]["ingress"]
    app_clients = [peer for peer in clients["from"] if "app.kubernetes.io/part-of" in peer.get("podSelector", {}).get("matchLabels", {})]
    assert [peer["podSelector"]["matchLabels"]["app.kubernetes.io/name"] for peer in app_clients] == ["gateway"]
    certificate = objects[("Certificate", "redis-server-tls")]["spec"]
    assert "redis-master.soma-qa.svc" in certificate["dnsNames"] and "client auth" in certificate["usages"]


def test_the_app_reads_its_url_from_its_secret_and_the_ca_from_the_certificate(environments):
    _, objects = built(environments, "dev")
    gateway = objects[("Deployment", "gateway")]["spec"]["template"]["spec"]
    (container,) = [c for c in gateway["containers"] if c["name"] == "gateway"]
    env = {item["name"]: item for item in container.get("env", [])}
    assert env["SA01_REDIS_URL"]["valueFrom"]["secretKeyRef"] == {"name": "gateway-redis", "key": "url"}
    assert env["REDIS_URL"]["valueFrom"]["secretKeyRef"] == {"name": "gateway-redis", "key": "url"}
    mounts = {mount["mountPath"]: mount["name"] for mount in container["volumeMounts"]}
    assert mounts["/etc/soma/redis-ca"] == "redis-server-tls"
    config = objects[("ConfigMap", "gateway-config")]["data"]
    assert config["REDIS_HOST"] == "redis-sessions-master.soma-dev.svc" and "SA01_REDIS_URL" not in config
    migrate = objects[("Job", "somaagent01-migrate")]["spec"]["template"]["spec"]["containers"][0]
    (url,) = [item for item in migrate["env"] if item["name"] == "SA01_REDIS_URL"]
    assert url == {"name": "SA01_REDIS_URL", "value": "rediss://redis-master.soma-dev.svc:6379/0"}, "required, never used: no user"


def test_beyond_local_the_apps_instance_is_backed_up_to_the_regions_bucket_and_admits_the_job(environments):
    _, objects = built(environments, "prod/eu-west-1")
    job = objects[("CronJob", "redis-backup")]["spec"]
    assert job["schedule"] == "30 2 * * *"
    upload = job["jobTemplate"]["spec"]["template"]["spec"]["containers"][0]["command"][2]
    assert "https://soma-prod-eu-west-1-redis-backups.s3.eu-west-1.amazonaws.com/soma-prod/redis/" in upload, "the region's own bucket"
    (clients, _) = objects[("NetworkPolicy", "redis")]["spec"]["ingress"]
    names = [peer["podSelector"]["matchLabels"].get("app.kubernetes.io/name") for peer in clients["from"] if "podSelector" in peer]
    assert "redis-backup" in names
    _, local = built(environments, "local")
    assert ("CronJob", "redis-backup") not in local
