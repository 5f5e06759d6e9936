"""The ClickHouse tier's registration."""

import cdk8s

from somaagent01_gitops.tiers.base import build_tiers
from somaagent01_gitops.tiers.clickhouse.tier import ClickHouseUnit
from somaagent01_gitops.tiers.registry import TIERS
from tests.conftest import shipped_targets


def test_its_password_is_declared_and_prod_is_sharded_in_the_regions_storage(environments):
    target = next(target for target in shipped_targets(environments) if target.path == "prod/eu-west-1")
    password, credentials = ClickHouseUnit().vault_secrets(target)
    assert (password.name, password.keys) == ("clickhouse-credentials", ("password",))
    assert (credentials.name, credentials.keys) == ("clickhouse-backup-credentials", ("access_key_id", "secret_access_key"))
    chart = cdk8s.Testing.chart()
    build_tiers(chart, target, TIERS)
    objects = {(obj["kind"], obj["metadata"]["name"]): obj for obj in cdk8s.Testing.synth(chart)}
    spec = objects[("ClickHouseInstallation", "clickhouse")]["spec"]
    assert spec["configuration"]["clusters"][0]["layout"] == {"shardsCount": 2, "replicasCount": 2}
    assert spec["templates"]["volumeClaimTemplates"][0]["spec"]["storageClassName"] == "gp3-encrypted", "encrypted at rest"
    assert ("ExternalSecret", "clickhouse-credentials") in objects
    script = objects[("CronJob", "clickhouse-backup")]["spec"]["jobTemplate"]["spec"]["template"]["spec"]["containers"][0]["command"][2]
    destination = "https://soma-prod-eu-west-1-clickhouse-backups.s3.eu-west-1.amazonaws.com/soma-prod/clickhouse/"
    assert destination in script, "the region's bucket"
    config = spec["configuration"]["files"]["config.d/backup_s3.xml"]
    assert f"<endpoint>{destination}</endpoint>" in config, "the servers hold the key for exactly that folder"
    (container,) = spec["templates"]["podTemplates"][0]["spec"]["containers"]
    assert {item["name"]: item["valueFrom"]["secretKeyRef"] for item in container["env"]} == {
        "BACKUP_S3_ACCESS_KEY_ID": {"name": "clickhouse-backup-credentials", "key": "access_key_id"},
        "BACKUP_S3_SECRET_ACCESS_KEY": {"name": "clickhouse-backup-credentials", "key": "secret_access_key"},
        "CLICKHOUSE_SOMA_PASSWORD": {"name": "clickhouse-credentials", "key": "password"},
    }
    certificate = objects[("Certificate", "clickhouse-server-tls")]["spec"]
    assert certificate["dnsNames"] == [
        "clickhouse-0.eu-west-1.soma.internal",
        "clickhouse-1.eu-west-1.soma.internal",
        "clickhouse-clickhouse.soma-prod.svc",
    ]
    assert certificate["issuerRef"]["name"] == "soma-ca", "PRODUCTION's CA, one for both regions: each verifies the other with it"
    remote = spec["configuration"]["files"]["config.d/remote_servers_global.xml"]
    assert "<host>clickhouse-1.us-east-1.soma.internal</host>" in remote, "the peer region's shards"
    assert {name for kind, name in objects if kind == "Service"} >= {"clickhouse-shard-0-peer", "clickhouse-shard-1-peer"}
    assert ClickHouseUnit.data_kinds == {
        ("clickhouse.altinity.com", "ClickHouseInstallation"),
        ("clickhouse-keeper.altinity.com", "ClickHouseKeeperInstallation"),
    }


def test_outside_production_no_region_is_read(environments):
    target = next(target for target in shipped_targets(environments) if target.path == "qa")
    chart = cdk8s.Testing.chart()
    build_tiers(chart, target, TIERS)
    objects = {(obj["kind"], obj["metadata"]["name"]): obj for obj in cdk8s.Testing.synth(chart)}
    assert ("Certificate", "clickhouse-server-tls") not in objects
    assert "config.d/remote_servers_global.xml" not in objects[("ClickHouseInstallation", "clickhouse")]["spec"]["configuration"].get(
        "files", {}
    )
