"""The Postgres tier per profile: HA, Timescale, backups for PITR, replication across regions."""

import cdk8s

from somaagent01_gitops.constructs.postgres import PostgresTier, PostgresTierProps
from somaagent01_gitops.settings import EnvironmentSettings


def render(settings, environment="env", region=None):
    chart = cdk8s.Testing.chart()
    PostgresTier(chart, "pg", props=PostgresTierProps(settings=settings, region_name=region, environment=environment))
    return cdk8s.Testing.synth(chart)


def of_kind(objects, kind):
    return [obj for obj in objects if obj["kind"] == kind]


def cluster_spec(objects):
    (cluster,) = of_kind(objects, "Cluster")
    return cluster["spec"]


def test_local_is_one_instance_without_backups(environment_by_name):
    objects = render(environment_by_name["local"].settings)
    assert cluster_spec(objects)["instances"] == 1
    assert not of_kind(objects, "ScheduledBackup") and not of_kind(objects, "ObjectStore")
    assert "monitoring" not in cluster_spec(objects)


def test_timescale_is_preloaded_and_created_in_the_app_database(environment_by_name):
    spec = cluster_spec(render(environment_by_name["dev"].settings))
    assert spec["postgresql"]["shared_preload_libraries"] == ["timescaledb"]
    initdb = spec["bootstrap"]["initdb"]
    assert (initdb["database"], initdb["owner"]) == ("somaagent01", "soma")
    assert initdb["postInitApplicationSQL"] == ["CREATE EXTENSION IF NOT EXISTS timescaledb"]


def test_openfga_gets_its_database_and_owner_without_a_password_in_the_manifest(environment_by_name):
    objects = render(environment_by_name["dev"].settings)
    (database,) = of_kind(objects, "Database")
    assert (database["spec"]["name"], database["spec"]["owner"]) == ("openfga", "openfga")
    role = cluster_spec(objects)["managed"]["roles"][0]
    assert role["passwordSecret"] == {"name": "openfga-postgres-credentials"}


def test_beyond_local_wal_is_archived_and_backups_are_scheduled(environment_by_name):
    objects = render(environment_by_name["qa"].settings, environment="qa")
    assert cluster_spec(objects)["instances"] == 2
    assert cluster_spec(objects)["plugins"] == [
        {
            "enabled": True,  # the CRD's default, written out: the drift gate's rule
            "isWALArchiver": True,
            "name": "barman-cloud.cloudnative-pg.io",
            "parameters": {"barmanObjectName": "somaagent01-pg-backups"},
        }
    ]
    (store,) = of_kind(objects, "ObjectStore")
    assert store["spec"]["configuration"]["destinationPath"] == "s3://soma-qa-postgres-backups/qa"
    assert store["spec"]["retentionPolicy"] == "7d"
    (scheduled,) = of_kind(objects, "ScheduledBackup")
    assert scheduled["spec"]["method"] == "plugin"


def test_prod_has_quorum_synchronous_replicas_zone_anti_affinity_and_replication(environment_by_name):
    objects = render(environment_by_name["prod"].settings, environment="prod", region="us-east-1")
    spec = cluster_spec(objects)
    assert spec["instances"] >= 3
    assert spec["postgresql"]["synchronous"] == {"dataDurability": "required", "method": "any", "number": 1}
    assert spec["affinity"]["topologyKey"] == "topology.kubernetes.io/zone" and spec["affinity"]["podAntiAffinityType"] == "required"
    (publication,) = of_kind(objects, "Publication")
    tables = [obj["table"] for obj in publication["spec"]["target"]["objects"]]
    assert tables == [{"name": "agent_settings", "schema": "public"}, {"name": "tenants", "schema": "public"}]
    (subscription,) = of_kind(objects, "Subscription")
    assert subscription["spec"]["externalClusterName"] == "somaagent01-pg-eu-west-1"
    peer = next(cluster for cluster in spec["externalClusters"] if cluster["name"] == "somaagent01-pg-eu-west-1")
    assert peer["connectionParameters"]["host"] == "postgres.eu-west-1.soma.internal"
    assert peer["sslRootCert"] == {"key": "ca.crt", "name": "postgres-peer-eu-west-1-ca"}
    (exposed,) = spec["managed"]["services"]["additional"]
    assert exposed["selectorType"] == "rw" and exposed["serviceTemplate"]["spec"]["type"] == "LoadBalancer"


def test_the_recovery_switch_bootstraps_from_the_object_store(environment_by_name):
    data = environment_by_name["dev"].settings.model_dump(by_alias=True)
    data["postgres"]["recovery"] = {"source_server": "somaagent01-pg", "target_time": "2026-11-27T23:00:00Z"}
    restored = EnvironmentSettings.model_validate(data)
    spec = cluster_spec(render(restored))
    assert spec["bootstrap"] == {
        "recovery": {
            "database": "somaagent01",
            "owner": "soma",
            "recoveryTarget": {"targetTime": "2026-11-27T23:00:00Z"},
            "source": "origin",
        }
    }
    origin = spec["externalClusters"][0]
    assert origin["plugin"]["parameters"] == {"barmanObjectName": "somaagent01-pg-backups", "serverName": "somaagent01-pg"}
