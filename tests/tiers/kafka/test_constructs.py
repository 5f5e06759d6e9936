"""The Kafka tier per profile, and the ACLs derived from who reads and writes what."""

import cdk8s
import pytest

from somaagent01_gitops.releases import A169E468
from somaagent01_gitops.tiers.kafka.constructs import KafkaTier, KafkaTierProps, acls_for
from tests.conftest import make_settings

APP_SERVICES = A169E468.services
THREE_BROKERS = {"kafka": {"brokers": 3, "replication_factor": 3, "min_insync_replicas": 2}}


def render(settings, region=None):
    chart = cdk8s.Testing.chart()
    KafkaTier(chart, "kafka", props=KafkaTierProps(settings=settings, region_name=region))
    return cdk8s.Testing.synth(chart)


def of_kind(objects, kind):
    return [obj for obj in objects if obj["kind"] == kind]


def spec_named(name):
    return next(spec for spec in APP_SERVICES if spec.name == name)


def allowed(acls, topic):
    return {operation for acl in acls if acl.resource_type == "topic" and acl.name == topic for operation in acl.operations}


@pytest.mark.parametrize(("mode", "region"), [("LOCAL", None), ("PRODUCTION", "us-east-1")])
def test_snapshot(mode, region, snapshot):
    assert render(make_settings(mode), region=region) == snapshot


def test_a_service_that_only_reads_a_topic_cannot_write_it():
    acls = acls_for(spec_named("delegation-worker"), topic_name=lambda topic: topic)
    assert allowed(acls, "somastack.delegation") == {"Describe", "Read"}
    writer = acls_for(spec_named("delegation-temporal-worker"), topic_name=lambda topic: topic)
    assert allowed(writer, "a2a.out") == {"Describe", "Write"} and not allowed(writer, "a2a")


def test_a_service_gets_nothing_it_does_not_use():
    acls = acls_for(spec_named("tool-executor"), topic_name=lambda topic: topic)
    topics = {acl.name for acl in acls if acl.resource_type == "topic"}
    # tool_executor/main.py:150-154, result_publisher.py:63-64, 117, 149, 235 at a169e468
    assert topics == {"tool.requests", "tool.results", "conversation.outbound", "memory.wal", "task.feedback.dlq"}
    assert allowed(acls, "conversation.outbound") == {"Describe", "Write"}
    assert [acl.name for acl in acls if acl.resource_type == "group"] == ["tool-executor"]
    producer_only = acls_for(spec_named("delegation-temporal-worker"), topic_name=lambda topic: topic)
    assert not [acl for acl in producer_only if acl.resource_type == "group"], "a producer joins no consumer group"


def test_local_runs_one_combined_node():
    objects = render(make_settings("LOCAL"))
    (pool,) = of_kind(objects, "KafkaNodePool")
    assert pool["spec"]["replicas"] == 1 and sorted(pool["spec"]["roles"]) == ["broker", "controller"]
    assert not of_kind(objects, "KafkaMirrorMaker2")


def test_prod_runs_dedicated_controllers_brokers_tls_and_mirror_maker():
    objects = render(make_settings("PRODUCTION", kafka={"volumes": 2}), region="us-east-1")
    pools = {pool["metadata"]["name"]: pool["spec"] for pool in of_kind(objects, "KafkaNodePool")}
    assert pools["somaagent01-controllers"]["replicas"] == 3 and pools["somaagent01-controllers"]["roles"] == ["controller"]
    assert pools["somaagent01-brokers"]["replicas"] == 3
    assert len(pools["somaagent01-brokers"]["storage"]["volumes"]) == 2
    (kafka,) = of_kind(objects, "Kafka")
    listeners = {listener["name"]: listener for listener in kafka["spec"]["kafka"]["listeners"]}
    assert listeners["tls"]["tls"] is True and listeners["tls"]["authentication"]["type"] == "scram-sha-512"
    assert kafka["spec"]["kafka"]["config"]["min.insync.replicas"] == 2
    assert kafka["spec"]["kafka"]["rack"]["topologyKey"] == "topology.kubernetes.io/zone"
    (mirror,) = of_kind(objects, "KafkaMirrorMaker2")
    assert mirror["spec"]["mirrors"][0]["source"]["bootstrapServers"] == "kafka.eu-west-1.soma.internal:9094"
    assert mirror["spec"]["target"]["alias"] == "us-east-1"


def test_one_topic_per_catalog_topic_with_the_environment_replication():
    topics = of_kind(render(make_settings(**THREE_BROKERS)), "KafkaTopic")
    assert len(topics) == 13  # the catalog's 9, three dead-letter topics and a2a.out
    assert {topic["spec"]["replicas"] for topic in topics} == {3}
    config_updates = next(topic for topic in topics if topic["spec"]["topicName"] == "config_updates")
    assert config_updates["spec"]["partitions"] == 1 and config_updates["metadata"]["name"] == "config-updates"


def test_training_prefixes_topics_and_acls():
    objects = render(make_settings("TRAINING"))
    assert all(topic["spec"]["topicName"].startswith("training.") for topic in of_kind(objects, "KafkaTopic"))
    users = {user["metadata"]["name"]: user for user in of_kind(objects, "KafkaUser")}
    names = {
        acl["resource"]["name"] for acl in users["tool-executor"]["spec"]["authorization"]["acls"] if acl["resource"]["type"] == "topic"
    }
    assert names == {f"training.{topic}" for topic in spec_named("tool-executor").reads | spec_named("tool-executor").writes}


@pytest.mark.parametrize("mode", ["LOCAL", "DEVELOPMENT"])
def test_every_kafka_service_has_a_user_and_no_mirror_users_outside_prod(mode):
    users = {user["metadata"]["name"] for user in of_kind(render(make_settings(mode)), "KafkaUser")}
    assert users == {spec.name for spec in APP_SERVICES if "KAFKA_SASL_USERNAME" in spec.reads_settings or spec.reads or spec.writes}


def test_prod_adds_mirror_maker_users():
    users = {user["metadata"]["name"]: user for user in of_kind(render(make_settings("PRODUCTION"), region="eu-west-1"), "KafkaUser")}
    reader = users["mirror-reader"]["spec"]["authorization"]["acls"]
    assert not any(
        "Write" in acl["operations"] for acl in reader if acl["resource"]["type"] == "topic" and acl["resource"]["patternType"] == "literal"
    )
    writer = users["mirror-maker"]["spec"]["authorization"]["acls"]
    assert {"type": "topic", "name": "us-east-1.", "patternType": "prefix"} in [acl["resource"] for acl in writer]
    # the peer's MirrorMaker 2 reads as mirror-reader with a client certificate the one
    # production CA signed (each region issues its own): no password crosses regions
    assert users["mirror-reader"]["spec"]["authentication"] == {"type": "tls-external"}
    assert users["mirror-maker"]["spec"]["authentication"] == {"type": "scram-sha-512"}


def test_the_cross_region_listener_admits_client_certificates_of_the_shared_ca_only():
    objects = render(make_settings("PRODUCTION"), region="eu-west-1")
    (kafka,) = of_kind(objects, "Kafka")
    (external,) = [listener for listener in kafka["spec"]["kafka"]["listeners"] if listener["name"] == "external"]
    assert external["authentication"] == {"type": "tls"} and external["tls"] is True
    assert kafka["spec"]["clientsCa"] == {"generateCertificateAuthority": False, "generateSecretOwnerReference": False}
    (mirror,) = of_kind(objects, "KafkaMirrorMaker2")
    source = mirror["spec"]["mirrors"][0]["source"]["authentication"]
    assert source == {"type": "tls", "certificateAndKey": {"secretName": "kafka-mirror-client", "certificate": "tls.crt", "key": "tls.key"}}
    (certificate,) = [obj for obj in of_kind(objects, "Certificate") if obj["metadata"]["name"] == "kafka-mirror-client"]
    assert certificate["spec"]["commonName"] == "mirror-reader" and certificate["spec"]["privateKey"]["encoding"] == "PKCS8"
    assert certificate["spec"]["usages"] == ["client auth", "digital signature"]


def test_every_consumer_group_a_service_uses_is_in_its_acls():
    for spec in APP_SERVICES:
        groups = [acl.name for acl in acls_for(spec, topic_name=lambda topic: topic) if acl.resource_type == "group"]
        assert groups == ([spec.consumer_group] if spec.reads else []), spec.name
    # the conversation worker dead-letters into <inbound>.dlq (services/common/dlq.py:45)
    worker = acls_for(spec_named("conversation-worker"), topic_name=lambda topic: topic)
    assert allowed(worker, "conversation.inbound.dlq") == {"Describe", "Write"}


def test_tiered_storage_runs_with_its_image_keys_identity_and_tiered_topics():
    objects = render(make_settings("PRODUCTION"), region="us-east-1")
    (kafka,) = of_kind(objects, "Kafka")
    spec = kafka["spec"]["kafka"]
    assert spec["image"] == "ghcr.io/somatechlat/kafka-tiered-storage:1.2.0-kafka-4.3.1"
    config = spec["tieredStorage"]["remoteStorageManager"]["config"]
    assert config["storage.s3.bucket.name"] == "soma-prod-us-east-1-kafka-tiered"
    assert config["storage.s3.region"] == "us-east-1"
    assert not [key for key in config if key.startswith("s3.")], "the plugin hands its backend only storage.* keys"
    assert config["storage.aws.credentials.provider.class"].endswith("WebIdentityTokenFileCredentialsProvider")
    assert "remote.log.storage.system.enable" not in spec["config"], "Strimzi writes it"
    role = spec["template"]["serviceAccount"]["metadata"]["annotations"]["eks.amazonaws.com/role-arn"]
    assert role == "arn:aws:iam::111122223333:role/soma-prod-kafka-tiered-storage"
    topics = {topic["spec"]["topicName"]: topic["spec"]["config"] for topic in of_kind(objects, "KafkaTopic")}
    assert all(config["remote.storage.enable"] is True and config["local.retention.ms"] == 24 * 3_600_000 for config in topics.values())
    dev = of_kind(render(make_settings(**THREE_BROKERS)), "KafkaTopic")
    assert not any("remote.storage.enable" in topic["spec"]["config"] for topic in dev)


def test_the_external_listener_is_an_internal_load_balancer_for_the_peer_only():
    (kafka,) = of_kind(render(make_settings("PRODUCTION"), region="us-east-1"), "Kafka")
    spec = kafka["spec"]["kafka"]
    external = next(listener for listener in spec["listeners"] if listener["name"] == "external")
    assert external["configuration"]["loadBalancerSourceRanges"] == ["10.20.0.0/16"], "eu-west-1's network only"
    internal = {
        "service.beta.kubernetes.io/aws-load-balancer-internal": "true",
        "service.beta.kubernetes.io/aws-load-balancer-scheme": "internal",
    }
    assert spec["template"]["externalBootstrapService"]["metadata"]["annotations"] == internal
    assert spec["template"]["perPodService"]["metadata"]["annotations"] == internal


def test_kafka_and_metadata_versions_are_pinned_and_controllers_sized_as_controllers():
    controller_sizing = {
        "controller_storage_size": "20Gi",
        "controller_resources": {"requests": {"cpu": "500m", "memory": "2Gi"}, "limits": {"cpu": "1", "memory": "2Gi"}},
        "resources": {"requests": {"cpu": "2", "memory": "8Gi"}, "limits": {"cpu": "4", "memory": "8Gi"}},
    }
    objects = render(make_settings("PRODUCTION", kafka=controller_sizing), region="eu-west-1")
    (kafka,) = of_kind(objects, "Kafka")
    assert (kafka["spec"]["kafka"]["version"], kafka["spec"]["kafka"]["metadataVersion"]) == ("4.3.1", "4.3-IV0")
    pools = {pool["metadata"]["name"]: pool["spec"] for pool in of_kind(objects, "KafkaNodePool")}
    controllers, brokers = pools["somaagent01-controllers"], pools["somaagent01-brokers"]
    assert [volume["size"] for volume in controllers["storage"]["volumes"]] == ["20Gi"]
    assert controllers["resources"]["limits"]["memory"] == "2Gi"
    assert brokers["resources"]["limits"]["memory"] == "8Gi"


def test_mirror_maker_checkpoints_the_apps_groups_with_exactly_the_acls_that_needs():
    consumer_groups = lambda: A169E468.consumer_groups  # noqa: E731
    objects = render(make_settings("PRODUCTION"), region="eu-west-1")
    (mirror,) = of_kind(objects, "KafkaMirrorMaker2")
    (spec,) = mirror["spec"]["mirrors"]
    assert sorted(spec["groupsPattern"].replace("\\", "").split("|")) == consumer_groups()
    # the groups are active here too, so MirrorMaker 2 would never write synced offsets
    assert spec["checkpointConnector"]["config"]["sync.group.offsets.enabled"] == "false"
    assert "heartbeatConnector" not in spec
    users = {user["metadata"]["name"]: user["spec"]["authorization"]["acls"] for user in of_kind(objects, "KafkaUser")}
    reader_groups = {acl["resource"]["name"]: acl["operations"] for acl in users["mirror-reader"] if acl["resource"]["type"] == "group"}
    assert reader_groups == {group: ["Describe"] for group in consumer_groups()}
    writer = [acl["resource"].get("name") for acl in users["mirror-maker"]]
    assert "heartbeats" not in writer
    # the checkpoint connector reads its own topic back (Strimzi 1.2.0's MirrorMaker 2 ACL rules)
    (checkpoints,) = [acl for acl in users["mirror-maker"] if acl["resource"].get("name") == "us-east-1.checkpoints.internal"]
    assert set(checkpoints["operations"]) == {"Create", "Describe", "Read", "Write"}


def test_app_clients_get_a_scram_listener_without_tls_open_only_to_app_pods():
    (kafka,) = of_kind(render(make_settings("PRODUCTION"), region="us-east-1"), "Kafka")
    listeners = {listener["name"]: listener for listener in kafka["spec"]["kafka"]["listeners"]}
    plain, tls = listeners["plain"], listeners["tls"]
    assert (plain["port"], plain["tls"], plain["authentication"]["type"]) == (9092, False, "scram-sha-512")
    app_pods = {"podSelector": {"matchLabels": {"app.kubernetes.io/component": "app", "app.kubernetes.io/part-of": "somaagent01"}}}
    assert plain["networkPolicyPeers"] == [app_pods]
    # TLS stays for MirrorMaker 2; the app's client at its release cannot do TLS
    assert tls["networkPolicyPeers"] == [{"podSelector": {"matchLabels": {"strimzi.io/kind": "KafkaMirrorMaker2"}}}]
