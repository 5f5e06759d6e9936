"""Rules of the settings model that a valid-looking overlay can still break."""

import re

import pytest
from pydantic import ValidationError

from somaagent01_gitops.settings import EnvironmentSettings, ServiceSettings

MINIMAL = {
    "mode": "DEVELOPMENT",
    "namespace": "soma-test",
    "cluster": "dev-cluster",
    "image": {"tag": "1.0.0"},
    "external": {
        "somabrain_url": "https://brain.example",
        "slm_base_url": "https://slm.example/v1",
        "slm_model": "m",
    },
    "postgres": {"instances": 2, "backup": {"bucket": "soma-test-backups"}},
    "qdrant": {"backup": {"bucket": "soma-test-qdrant", "region": "us-east-1"}},
    "clickhouse": {"replicas": 2, "backup": {"bucket": "soma-test-clickhouse", "region": "us-east-1"}},
    "redis": {"replicas": 2, "backup": {"bucket": "soma-test-redis", "region": "us-east-1"}},
    "identity": {"hostname": "auth.test.example"},
    "edge": {"hostname": "app.test.example"},
    "opa": {"bundle_url": "https://artifacts.example/somaagent01/{release}/policy-bundle.tar.gz"},
    "whisper": {"gpu": {"pool": "gpu"}, "autoscaling": {}},
}
PROD_DATA = {
    "kafka": {
        "brokers": 3,
        "controllers": 3,
        "replication_factor": 3,
        "min_insync_replicas": 2,
        "tls": True,
        "tiered_storage": {"image": "ghcr.io/org/kafka-tiered:1.2.0-kafka-4.3.1", "role_arn": "arn:aws:iam::111122223333:role/kafka"},
    },
    "postgres": {"instances": 3, "synchronous_replicas": 1, "backup": {}},
    "qdrant": {"replicas": 3, "replication_factor": 2, "backup": {}},
    "clickhouse": {"replicas": 2, "keeper_replicas": 3, "backup": {}},
    "redis": {"replicas": 3, "backup": {}},
    "opa": {"bundle_url": "https://artifacts.example/somaagent01/{release}/policy-bundle.tar.gz", "replicas": 3},
    "openfga": {"replicas": 3},
    "whisper": {"gpu": {"pool": "gpu"}, "autoscaling": {"min_replicas": 2}},
    "services": {"gateway": {"autoscaling": {"min_replicas": 2, "max_replicas": 4}, "canary": {}}},
    "image": {"tag": "1.0.0", "signed_by": {"issuer": "https://token.actions.githubusercontent.com", "subject_regexp": "^x$"}},
}
"""PRODUCTION's data tier; its buckets are per region (see ``region``)."""


def settings(**changes):
    return EnvironmentSettings.model_validate({**MINIMAL, **changes})


def test_defaults_fill_what_an_overlay_leaves_out():
    result = settings()
    gateway = result.sizing("gateway")
    assert gateway.replicas == 1
    assert gateway.resources.requests.cpu == "100m"
    assert result.policy.require_auth is True
    assert result.opa.replicas == 1 and result.openfga.replicas == 1
    assert result.image.pull_policy is None and result.image.pull == "Always"


def test_model_is_frozen():
    with pytest.raises(ValidationError):
        settings().log_level = "DEBUG"


def test_strict_mode_refuses_a_quoted_number():
    with pytest.raises(ValidationError, match="valid integer"):
        settings(services={"gateway": {"replicas": "3"}})


def test_latest_is_refused_outside_local_but_allowed_in_local():
    with pytest.raises(ValidationError, match="only allowed in LOCAL"):
        settings(image={"tag": "latest"})
    local = {key: value for key, value in MINIMAL.items() if key != "edge"}
    local |= {"mode": "LOCAL", "image": {"tag": "latest"}, "qdrant": {}, "clickhouse": {}, "redis": {}, "whisper": {}}
    assert EnvironmentSettings.model_validate(local).image.tag == "latest"


REGION = {
    "cluster": "prod-a",
    "zones": ["a", "b", "c"],
    "storage_class": "gp3",
    "peer_region": "eu-west-1",
    "kafka_bootstrap": "kafka.a.example:9094",
    "postgres_host": "pg.a.example",
    "clickhouse_hosts": ["ch-0.a.example"],
    "network_cidr": "10.1.0.0/16",
    "buckets": {
        "kafka_tiered_storage": "soma-a-tiered",
        "postgres_backups": "soma-a-backups",
        "qdrant_backups": "soma-a-qdrant",
        "clickhouse_backups": "soma-a-clickhouse",
        "redis_backups": "soma-a-redis",
        "thanos": "soma-a-thanos",
    },
}
REGION_B = {
    **REGION,
    "cluster": "prod-b",
    "peer_region": "us-east-1",
    "network_cidr": "10.2.0.0/16",
    "clickhouse_hosts": ["ch-0.b.example"],
    "buckets": {
        "kafka_tiered_storage": "soma-b-tiered",
        "postgres_backups": "soma-b-backups",
        "qdrant_backups": "soma-b-qdrant",
        "clickhouse_backups": "soma-b-clickhouse",
        "redis_backups": "soma-b-redis",
        "thanos": "soma-b-thanos",
    },
}


def test_production_needs_two_regions_that_peer_with_each_other():
    with pytest.raises(ValidationError, match="at least two regions"):
        settings(mode="PRODUCTION", cluster=None, **PROD_DATA, regions={"us-east-1": REGION})
    prod = settings(
        mode="PRODUCTION",
        cluster=None,
        **PROD_DATA,
        regions={"us-east-1": REGION, "eu-west-1": REGION_B},
    )
    assert sorted(prod.regions) == ["eu-west-1", "us-east-1"]


def test_each_region_has_a_cluster_of_its_own_and_prod_names_none_globally():
    regions = {"us-east-1": REGION, "eu-west-1": {**REGION_B, "cluster": "prod-a"}}
    with pytest.raises(ValidationError, match="cluster of its own"):
        settings(mode="PRODUCTION", cluster=None, **PROD_DATA, regions=regions)
    regions["eu-west-1"]["cluster"] = "prod-b"
    with pytest.raises(ValidationError, match="names a cluster per region"):
        settings(mode="PRODUCTION", **PROD_DATA, regions=regions)


def test_environments_outside_production_name_their_cluster():
    with pytest.raises(ValidationError, match="needs the name of the cluster"):
        settings(cluster=None)


def test_regions_are_refused_outside_production():
    region = REGION
    with pytest.raises(ValidationError, match="only PRODUCTION has regions"):
        settings(regions={"us-east-1": region})


def test_failing_open_is_no_setting_an_overlay_can_make():
    """The mode's posture decides it (posture.py): an overlay asking for it is refused by name."""
    for mode in ("LOCAL", "PRODUCTION"):
        with pytest.raises(ValidationError, match=r"policy\.fail_open"):
            settings(mode=mode, policy={"fail_open": False})


def test_the_policy_bundle_names_the_release_and_is_https_beyond_local():
    with pytest.raises(ValidationError, match=r"opa\.bundle_url\n.*string_pattern_mismatch"):
        settings(opa={"bundle_url": "https://artifacts.example/somaagent01/latest/policy.tar.gz"})
    with pytest.raises(ValidationError, match="downloads the bundle over https://"):
        settings(opa={"bundle_url": "http://artifacts.example/{release}/policy.tar.gz"})
    with pytest.raises(ValidationError, match=r"at least polling_min_seconds \(90\)"):
        settings(opa={"bundle_url": "https://a.example/{release}/b.tar.gz", "polling_min_seconds": 90, "polling_max_seconds": 60})
    assert settings().opa.bundle_for("a169e468") == "https://artifacts.example/somaagent01/a169e468/policy-bundle.tar.gz"


def test_requests_above_limits_are_refused():
    with pytest.raises(ValidationError, match="above the limit"):
        ServiceSettings.model_validate({"resources": {"requests": {"cpu": "2", "memory": "1Gi"}, "limits": {"cpu": "1", "memory": "2Gi"}}})


def test_autoscaling_owns_the_replica_floor():
    sizing = ServiceSettings.model_validate({"replicas": 1, "autoscaling": {"min_replicas": 3, "max_replicas": 6}})
    assert sizing.min_available_replicas == 3
    with pytest.raises(ValidationError, match="above max_replicas"):
        ServiceSettings.model_validate({"autoscaling": {"min_replicas": 7, "max_replicas": 6}})


def test_min_insync_replicas_at_or_above_replication_factor_is_refused():
    with pytest.raises(ValidationError, match="must be below replication_factor 3"):
        settings(kafka={"brokers": 3, "replication_factor": 3, "min_insync_replicas": 3})
    with pytest.raises(ValidationError, match="need at least as many brokers"):
        settings(kafka={"brokers": 1, "replication_factor": 3, "min_insync_replicas": 2})


def test_an_even_kraft_quorum_is_refused():
    with pytest.raises(ValidationError, match="odd number of voters"):
        settings(kafka={"brokers": 2})


def prod_with(regions=None, **data):
    regions = regions or {"us-east-1": REGION, "eu-west-1": REGION_B}
    merged = {key: {**PROD_DATA[key], **data.get(key, {})} for key in PROD_DATA}
    return settings(mode="PRODUCTION", cluster=None, regions=regions, **merged)


def test_production_data_tier_rules():
    assert prod_with().postgres.instances == 3
    with pytest.raises(ValidationError, match="Qdrant distributed on at least 3 peers, got 1"):
        prod_with(qdrant={"replicas": 1, "replication_factor": 1})
    with pytest.raises(ValidationError, match="every shard on at least 2 peers, got 1"):
        prod_with(qdrant={"replication_factor": 1})
    with pytest.raises(ValidationError, match="at least 3 instances, got 2"):
        prod_with(postgres={"instances": 2, "synchronous_replicas": 1})
    with pytest.raises(ValidationError, match="3 dedicated controllers"):
        prod_with(kafka={"controllers": 0})
    with pytest.raises(ValidationError, match="clients must use TLS"):
        prod_with(kafka={"tls": False})
    with pytest.raises(ValidationError, match="synchronous replicas"):
        prod_with(postgres={"synchronous_replicas": 0})


def test_backups_are_required_beyond_local_and_recovery_needs_them():
    with pytest.raises(ValidationError, match="needs backups"):
        settings(postgres={"instances": 2})
    with pytest.raises(ValidationError, match="recovery reads the object store"):
        settings(mode="LOCAL", postgres={"recovery": {"source_server": "old"}})


def test_each_region_writes_to_a_bucket_of_its_own():
    buckets = prod_with().regions
    assert buckets["us-east-1"].buckets.postgres_backups != buckets["eu-west-1"].buckets.postgres_backups
    assert prod_with().bucket("kafka_tiered_storage", "eu-west-1") == "soma-b-tiered"
    shared = {**REGION_B, "buckets": {**REGION_B["buckets"], "postgres_backups": "soma-a-backups"}}
    with pytest.raises(ValidationError, match="'soma-a-backups' is already region eu-west-1's") as refused:
        prod_with(regions={"us-east-1": REGION, "eu-west-1": shared})
    assert refused.value.errors()[0]["ctx"]["error"].path == ("regions", "us-east-1", "buckets", "postgres_backups")


def test_production_names_no_bucket_outside_its_regions():
    with pytest.raises(ValidationError, match="a bucket lives in one region") as refused:
        prod_with(postgres={"backup": {"bucket": "soma-one-bucket"}})
    assert refused.value.errors()[0]["ctx"]["error"].path == ("postgres", "backup", "bucket")
    missing = {**REGION_B, "buckets": {"postgres_backups": "soma-b-backups", "thanos": "soma-b-thanos"}}
    with pytest.raises(ValidationError, match=re.escape("required: kafka.tiered_storage is on")):
        prod_with(regions={"us-east-1": REGION, "eu-west-1": missing})


def test_outside_production_a_tier_names_its_bucket():
    with pytest.raises(ValidationError, match="required setting is missing") as refused:
        settings(postgres={"instances": 2, "backup": {}})
    assert refused.value.errors()[0]["ctx"]["error"].path == ("postgres", "backup", "bucket")
    assert settings().bucket("postgres_backups", None) == "soma-test-backups"


def test_kafka_versions_follow_the_pinned_strimzi():
    import typing

    from somaagent01_gitops.tiers.kafka.settings import KafkaVersion
    from somaagent01_gitops.tiers.kafka.versions import KAFKA_METADATA_VERSIONS, STRIMZI_VERSION
    from somaagent01_gitops.tiers.registry import OPERATORS

    assert set(typing.get_args(KafkaVersion)) == set(KAFKA_METADATA_VERSIONS)
    assert next(op for op in OPERATORS if op.name == "strimzi").app_version == STRIMZI_VERSION
    assert settings().kafka.kraft_metadata_version == "4.3-IV0"
    with pytest.raises(ValidationError, match=re.escape("'4.3-IV0' does not fit Kafka 4.2.1; allowed: 4.2-IV1")):
        settings(kafka={"version": "4.2.1", "metadata_version": "4.3-IV0"})
    with pytest.raises(ValidationError, match=re.escape("Input should be '4.2.0'")):
        settings(kafka={"version": "3.9.0"})


def test_tiered_storage_demands_its_image_identity_and_catalog_topics():
    with pytest.raises(ValidationError, match=re.escape("tiered_storage.image")):
        prod_with(kafka={"tiered_storage": {"role_arn": "arn:aws:iam::111122223333:role/r"}})
    tiered = {"image": "ghcr.io/org/kafka:1.2.0-kafka-4.3.1", "role_arn": "arn:aws:iam::111122223333:role/r"}
    with pytest.raises(ValidationError, match=re.escape("'no.such.topic' is not a catalog topic")):
        prod_with(kafka={"tiered_storage": {**tiered, "topics": ["no.such.topic"]}})
    assert prod_with(kafka={"tiered_storage": {**tiered, "topics": ["memory.wal"]}}).kafka.tiered_storage.tiered_topics == {"memory.wal"}


def test_each_replicated_table_names_a_writer_region_of_the_file():
    assert prod_with(postgres={"replicated_tables": {"public.tenants": "eu-west-1"}}).postgres.replicated_tables == {
        "public.tenants": "eu-west-1"
    }
    with pytest.raises(ValidationError, match="'ap-south-1' is not a region of this file"):
        prod_with(postgres={"replicated_tables": {"public.tenants": "ap-south-1"}})


def test_services_are_those_of_the_selected_release():
    assert settings(services={"conversation-temporal-worker": {"replicas": 2}}).sizing("conversation-temporal-worker").replicas == 2
    with pytest.raises(ValidationError, match="not a service of release a169e468; allowed: gateway, conversation-worker"):
        settings(services={"outbox-sync": {"replicas": 2}})
    with pytest.raises(ValidationError, match=re.escape("'v0.1' is not a known release; allowed: a169e468")):
        settings(app_release="v0.1")


def test_each_tier_states_its_own_mode_rules():
    from somaagent01_gitops.settings import Kafka, Postgres

    broken = {path for path, holds, _ in Kafka().mode_rules("PRODUCTION") if not holds}
    assert broken == {("brokers",), ("controllers",), ("replication_factor",), ("min_insync_replicas",), ("tls",), ("tiered_storage",)}
    assert Kafka().mode_rules("DEVELOPMENT") == []
    assert {path for path, holds, _ in Postgres().mode_rules("TRAINING") if not holds} == {("instances",), ("backup",)}
    assert all(holds for _, holds, _ in Postgres().mode_rules("LOCAL"))


def test_production_places_no_more_clickhouse_copies_than_a_region_has_zones():
    assert prod_with().clickhouse.keeper_replicas == 3, "three zones each"
    two_zones = {**REGION_B, "zones": ["a", "b"]}
    with pytest.raises(ValidationError, match="3 need as many zones, region eu-west-1 has 2; allowed: at most 2"):
        prod_with(regions={"us-east-1": REGION, "eu-west-1": two_zones})


def test_production_places_no_more_redis_copies_than_a_region_has_zones():
    assert prod_with().redis.replicas == 3, "a primary and two replicas, one per zone"
    with pytest.raises(ValidationError, match="4 need as many zones, region eu-west-1 has 3") as refused:
        prod_with(redis={"replicas": 4})
    assert refused.value.errors()[0]["ctx"]["error"].path == ("redis", "replicas")


def test_the_peer_region_reaches_every_clickhouse_shard_by_a_host_of_its_own():
    assert prod_with().regions["eu-west-1"].clickhouse_hosts == ["ch-0.b.example"]
    with pytest.raises(ValidationError, match="1 hosts for 2 shards; allowed: exactly one per shard") as refused:
        prod_with(clickhouse={"shards": 2})
    assert refused.value.errors()[0]["ctx"]["error"].path == ("regions", "eu-west-1", "clickhouse_hosts")


def test_production_syncs_a_signed_tag_only_with_the_keys_that_verify_it():
    from somaagent01_gitops.settings.model import GitOps

    url = "https://github.com/example/gitops.git"
    signed = GitOps(repo_url=url, production_revision="prod", signature_keys=["4AEE18F83AFDEB23"])
    assert (signed.production_revision, signed.signature_keys) == ("prod", ["4AEE18F83AFDEB23"])
    with pytest.raises(ValidationError, match="name at least one key ID"):
        GitOps(repo_url=url, production_revision="prod")
    with pytest.raises(ValidationError, match="name the signed tag production syncs"):
        GitOps(repo_url=url, signature_keys=["4AEE18F83AFDEB23"])
    with pytest.raises(ValidationError, match="signature_keys"):
        GitOps(repo_url=url, production_revision="prod", signature_keys=["not-a-key"])


def test_wireguard_encryption_needs_cilium_as_the_cni():
    from somaagent01_gitops.settings.model import ClusterSettings

    assert ClusterSettings(pod_traffic_encryption="cilium-wireguard", cni="cilium").cni == "cilium"
    with pytest.raises(ValidationError, match="needs Cilium as the CNI"):
        ClusterSettings(pod_traffic_encryption="cilium-wireguard")


def test_the_app_image_carries_tag_and_digest_and_a_digest_is_pulled_if_not_present():
    digest = "sha256:" + "0" * 64
    pinned = settings(image={"tag": "0.9.2", "digest": digest}).image
    assert pinned.reference == f"ghcr.io/somatechlat/somaagent01:0.9.2@{digest}" and pinned.pull == "IfNotPresent"
    tagged = settings(image={"tag": "0.9.2"}).image
    assert tagged.reference == "ghcr.io/somatechlat/somaagent01:0.9.2" and tagged.pull == "Always"
    assert settings(image={"tag": "0.9.2", "digest": digest, "pull_policy": "Always"}).image.pull == "Always", "an overlay may say"
    with pytest.raises(ValidationError):
        settings(image={"tag": "0.9.2", "digest": "sha256:short"})


def test_a_gpu_pool_names_its_nodes_and_holds_gpus_per_node_times_nodes():
    from somaagent01_gitops.settings.model import ClusterSettings, GpuPool

    pool = GpuPool.model_validate({"node_labels": {"soma.ai/node-pool": "gpu"}, "gpus_per_node": 4, "max_nodes": 3})
    assert pool.capacity == 12 and pool.taints == []
    with pytest.raises(ValidationError, match="at least 1 item"):
        GpuPool.model_validate({"node_labels": {}, "gpus_per_node": 1, "max_nodes": 1})
    assert GpuPool.model_validate({"node_labels": {"node.kubernetes.io/instance-type": "g5.xlarge"}, "gpus_per_node": 1, "max_nodes": 1})
    with pytest.raises(ValidationError):
        GpuPool.model_validate({"node_labels": {"pool": "-gpu-"}, "gpus_per_node": 1, "max_nodes": 1})
    assert (pool.servers(1), pool.servers(3)) == (12, 3), "a server's GPUs are on one node"
    cluster = ClusterSettings.model_validate({"gpu_pools": {"gpu": {**pool.model_dump(), "taints": [{"key": "nvidia.com/gpu"}]}}})
    assert cluster.gpu_pools["gpu"].taints[0].effect == "NoSchedule"


def test_a_canary_is_production_only_required_for_what_the_edge_publishes_and_judged_only_there():
    from somaagent01_gitops.settings.model import Canary

    assert [step.weight for step in Canary().steps] == [5, 25, 50] and Canary().analysis is True
    with pytest.raises(ValidationError, match="must rise step by step"):
        Canary.model_validate({"steps": [{"weight": 50}, {"weight": 25}]})
    with pytest.raises(ValidationError, match="only PRODUCTION's clusters run Argo Rollouts"):
        settings(services={"gateway": {"canary": {}}})
    prod = {**MINIMAL, **PROD_DATA, "mode": "PRODUCTION", "cluster": None, "regions": {"us-east-1": REGION, "eu-west-1": REGION_B}}
    with pytest.raises(ValidationError, match="PRODUCTION rolls out what the edge publishes as a canary"):
        EnvironmentSettings.model_validate({**prod, "services": {}})
    scaled = {"autoscaling": {"min_replicas": 2, "max_replicas": 4}}
    with pytest.raises(ValidationError, match="an HPA keeps: give autoscaling"):
        EnvironmentSettings.model_validate({**prod, "services": {"gateway": {"canary": {}}}})
    with pytest.raises(ValidationError, match="no edge metrics can judge it"):
        EnvironmentSettings.model_validate(
            {**prod, "services": {"gateway": {**scaled, "canary": {}}, "tool-executor": {**scaled, "canary": {}}}}
        )
    worker = {"gateway": {**scaled, "canary": {}}, "tool-executor": {**scaled, "canary": {"analysis": False}}}
    assert EnvironmentSettings.model_validate({**prod, "services": worker}).sizing("tool-executor").canary.analysis is False
