"""The Postgres tier per profile: HA, Timescale, backups for PITR, replication across regions."""

import cdk8s
import pytest
from pydantic import ValidationError

from somaagent01_gitops.settings import EnvironmentSettings
from somaagent01_gitops.tiers.postgres.constructs import PostgresTier, PostgresTierProps
from tests.conftest import make_settings, settings_data, shipped_targets

REPLICATED = {"postgres": {"replicated_tables": {"public.tenants": "us-east-1", "public.agent_settings": "us-east-1"}}}
"""Two tables replicated across the regions, both written in us-east-1."""


def render(settings, environment="env", region=None):
    chart = cdk8s.Testing.chart()
    PostgresTier(chart, "pg", props=PostgresTierProps(settings=settings, region_name=region, environment=environment))
    return cdk8s.Testing.synth(chart)


def render_prod(region, **overrides):
    return render(make_settings("PRODUCTION", **{**REPLICATED, **overrides}), environment="prod", region=region)


def of_kind(objects, kind):
    return [obj for obj in objects if obj["kind"] == kind]


def cluster_spec(objects):
    (cluster,) = of_kind(objects, "Cluster")
    return cluster["spec"]


@pytest.mark.parametrize(("mode", "region"), [("LOCAL", None), ("PRODUCTION", "us-east-1")])
def test_snapshot(mode, region, snapshot):
    settings = make_settings(mode, **(REPLICATED if mode == "PRODUCTION" else {}))
    assert render(settings, environment=mode.lower(), region=region) == snapshot


def test_local_is_one_instance_without_backups():
    objects = render(make_settings("LOCAL"))
    assert cluster_spec(objects)["instances"] == 1
    assert not of_kind(objects, "ScheduledBackup") and not of_kind(objects, "ObjectStore")
    assert "monitoring" not in cluster_spec(objects)


def test_timescale_is_preloaded_and_created_in_the_app_database():
    spec = cluster_spec(render(make_settings()))
    assert spec["postgresql"]["shared_preload_libraries"] == ["timescaledb"]
    initdb = spec["bootstrap"]["initdb"]
    assert (initdb["database"], initdb["owner"]) == ("somaagent01", "soma")
    assert initdb["postInitApplicationSQL"] == ["CREATE EXTENSION IF NOT EXISTS timescaledb"]


def test_openfga_gets_its_database_and_owner_without_a_password_in_the_manifest():
    objects = render(make_settings())
    (database,) = of_kind(objects, "Database")
    assert (database["spec"]["name"], database["spec"]["owner"]) == ("openfga", "openfga")
    role = cluster_spec(objects)["managed"]["roles"][0]
    assert role["passwordSecret"] == {"name": "openfga-postgres-credentials"}


def test_beyond_local_wal_is_archived_and_backups_are_scheduled():
    settings = make_settings(postgres={"instances": 2, "backup": {"bucket": "soma-qa-postgres-backups", "retention_days": 7}})
    objects = render(settings, environment="qa")
    assert cluster_spec(objects)["instances"] == 2
    assert cluster_spec(objects)["plugins"] == [
        {
            "enabled": True,  # the CRD's default, written out: the drift gate's rule
            "isWALArchiver": True,
            "name": "barman-cloud.cloudnative-pg.io",
            "parameters": {"barmanObjectName": "somaagent01-pg-backups", "serverName": "somaagent01-pg"},
        }
    ]
    (store,) = of_kind(objects, "ObjectStore")
    assert store["spec"]["configuration"]["destinationPath"] == "s3://soma-qa-postgres-backups/qa"
    assert store["spec"]["retentionPolicy"] == "7d"
    (scheduled,) = of_kind(objects, "ScheduledBackup")
    assert scheduled["spec"]["method"] == "plugin"


def test_prod_has_quorum_synchronous_replicas_zone_anti_affinity_and_replication():
    objects = render_prod("us-east-1")
    spec = cluster_spec(objects)
    assert spec["instances"] == 3
    assert spec["postgresql"]["synchronous"] == {"dataDurability": "required", "method": "any", "number": 1}
    assert spec["affinity"]["topologyKey"] == "topology.kubernetes.io/zone" and spec["affinity"]["podAntiAffinityType"] == "required"
    # us-east-1 writes both replicated tables: it publishes, eu-west-1 subscribes
    (publication,) = of_kind(objects, "Publication")
    tables = [obj["table"] for obj in publication["spec"]["target"]["objects"]]
    assert tables == [{"name": "agent_settings", "schema": "public"}, {"name": "tenants", "schema": "public"}]
    assert publication["spec"]["name"] == "soma_from_us_east_1"
    assert not of_kind(objects, "Subscription"), "nothing written in eu-west-1 comes here"
    peer = next(cluster for cluster in spec["externalClusters"] if cluster["name"] == "somaagent01-pg-eu-west-1")
    assert peer["connectionParameters"]["host"] == "postgres.eu-west-1.soma.internal"
    # the peer's server chains to the one prod CA: verified with this region's copy of it
    assert peer["sslRootCert"] == {"key": "ca.crt", "name": "somaagent01-pg-server-tls"}
    (exposed,) = spec["managed"]["services"]["additional"]
    assert exposed["selectorType"] == "rw" and exposed["serviceTemplate"]["spec"]["type"] == "LoadBalancer"


def test_the_recovery_switch_bootstraps_from_the_object_store():
    restored = make_settings(postgres={"recovery": {"source_server": "somaagent01-pg", "target_time": "2026-11-27T23:00:00Z"}})
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


def test_each_replicated_table_has_one_writer_and_the_other_region_subscribes():
    objects = render_prod("eu-west-1")
    assert not of_kind(objects, "Publication"), "eu-west-1 writes no replicated table"
    (subscription,) = of_kind(objects, "Subscription")
    assert subscription["spec"]["externalClusterName"] == "somaagent01-pg-us-east-1"
    assert subscription["spec"]["publicationName"] == "soma_from_us_east_1"
    assert subscription["spec"]["parameters"]["origin"] == "none"


def test_the_replication_role_may_read_what_the_initial_copy_selects():
    roles = cluster_spec(render_prod("us-east-1"))["managed"]["roles"]
    replicator = next(role for role in roles if role["name"] == "logical_replicator")
    assert replicator["replication"] is True and replicator["inRoles"] == ["pg_read_all_data"]


def test_a_peer_that_is_down_cannot_fill_the_wal_volume():
    spec = cluster_spec(render_prod("us-east-1", postgres={**REPLICATED["postgres"], "wal_storage_size": "50Gi"}))
    assert spec["postgresql"]["parameters"]["max_slot_wal_keep_size"] == "25600MB", "half of the 50Gi WAL volume"


def test_beyond_local_the_server_certificate_comes_from_the_environments_ca_and_covers_the_peers_name():
    objects = render_prod("eu-west-1")
    assert cluster_spec(objects)["certificates"] == {
        "serverTLSSecret": "somaagent01-pg-server-tls",
        "serverCASecret": "somaagent01-pg-server-tls",
    }
    (certificate,) = of_kind(objects, "Certificate")
    spec = certificate["spec"]
    assert (spec["secretName"], spec["issuerRef"]["name"]) == ("somaagent01-pg-server-tls", "soma-ca")
    assert {"somaagent01-pg-rw.soma-prod.svc", "somaagent01-pg-ro", "postgres.eu-west-1.soma.internal"} <= set(spec["dnsNames"])
    assert spec["secretTemplate"]["labels"] == {"cnpg.io/reload": ""}, "CloudNativePG reloads it when it is renewed"
    local = render(make_settings("LOCAL"))
    assert "certificates" not in cluster_spec(local) and of_kind(local, "Certificate") == [], "LOCAL runs no cert-manager"


def test_the_peer_service_is_an_internal_load_balancer_for_the_peer_network():
    spec = cluster_spec(render_prod("us-east-1"))
    (exposed,) = spec["managed"]["services"]["additional"]
    template = exposed["serviceTemplate"]
    assert template["metadata"]["annotations"] == {
        "service.beta.kubernetes.io/aws-load-balancer-internal": "true",
        "service.beta.kubernetes.io/aws-load-balancer-scheme": "internal",
        # a Network Load Balancer (instance targets) keeps the caller's address for pg_hba
        "service.beta.kubernetes.io/aws-load-balancer-type": "nlb",
        "service.beta.kubernetes.io/aws-load-balancer-cross-zone-load-balancing-enabled": "true",
    }
    assert template["metadata"]["name"] == "somaagent01-pg-peer-nlb", "a new Service: the old one's type cannot change"
    assert template["spec"]["loadBalancerSourceRanges"] == ["10.20.0.0/16"], "eu-west-1's network only"


def test_recovery_archives_under_a_new_server_name():
    data = settings_data(postgres={"recovery": {"source_server": "somaagent01-pg"}})
    spec = cluster_spec(render(EnvironmentSettings.model_validate(data)))
    (plugin,) = spec["plugins"]
    assert plugin["parameters"]["serverName"] == "somaagent01-pg-restored"
    assert spec["externalClusters"][0]["plugin"]["parameters"]["serverName"] == "somaagent01-pg"
    data["postgres"]["recovery"]["archive_server_name"] = "somaagent01-pg"
    with pytest.raises(ValidationError, match="must differ from source_server"):
        EnvironmentSettings.model_validate(data)


def test_prometheus_scrapes_postgres_through_an_explicit_pod_monitor():
    objects = render(make_settings())
    (monitor,) = of_kind(objects, "PodMonitor")
    assert monitor["spec"]["selector"] == {"matchLabels": {"cnpg.io/cluster": "somaagent01-pg", "cnpg.io/podRole": "instance"}}
    assert "monitoring" not in cluster_spec(objects), "enablePodMonitor is deprecated in 1.30"
    assert not of_kind(render(make_settings("LOCAL")), "PodMonitor"), "LOCAL runs no Prometheus Operator"


def test_the_postgres_image_is_pinned():
    assert cluster_spec(render(make_settings()))["imageName"].endswith(":16.9-22-ts2.19.3")
    with pytest.raises(ValidationError, match="moves: pin a full version tag"):
        make_settings(postgres={"image": "ghcr.io/clevyr/cloudnativepg-timescale:16-ts2"})


def test_no_plain_text_connection_and_the_replication_role_only_from_the_peer_over_tls(environments):
    from somaagent01_gitops.tiers.base import build_tiers
    from somaagent01_gitops.tiers.registry import TIERS

    def cluster_of(path):
        import cdk8s

        target = next(target for target in shipped_targets(environments) if target.path == path)
        chart = cdk8s.Testing.chart()
        build_tiers(chart, target, TIERS)
        (cluster,) = [obj for obj in cdk8s.Testing.synth(chart) if obj["kind"] == "Cluster"]
        return cluster["spec"]

    prod = cluster_of("prod/us-east-1")
    assert prod["postgresql"]["pg_hba"] == [
        "hostnossl all all all reject",
        "hostssl somaagent01 logical_replicator 10.20.0.0/16 scram-sha-256",
        "host all logical_replicator all reject",
        "host all all 10.20.0.0/16 reject",
    ]
    (service,) = prod["managed"]["services"]["additional"]
    template = service["serviceTemplate"]
    assert template["spec"]["externalTrafficPolicy"] == "Local", "the peer's address reaches pg_hba"
    assert template["metadata"]["annotations"]["service.beta.kubernetes.io/aws-load-balancer-type"] == "nlb"
    assert cluster_of("dev")["postgresql"]["pg_hba"] == ["hostnossl all all all reject"]
