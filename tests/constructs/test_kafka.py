"""The Kafka tier per profile, and the ACLs derived from who reads and writes what."""

import cdk8s
import pytest

from somaagent01_gitops.catalog import APP_SERVICES
from somaagent01_gitops.constructs.kafka import KafkaTier, KafkaTierProps, acls_for


def render(environment, region=None):
    chart = cdk8s.Testing.chart()
    KafkaTier(chart, "kafka", props=KafkaTierProps(settings=environment.settings, region_name=region))
    return cdk8s.Testing.synth(chart)


def of_kind(objects, kind):
    return [obj for obj in objects if obj["kind"] == kind]


def spec_named(name):
    return next(spec for spec in APP_SERVICES if spec.name == name)


def allowed(acls, topic):
    return {operation for acl in acls if acl.resource_type == "topic" and acl.name == topic for operation in acl.operations}


def test_a_service_that_only_reads_a_topic_cannot_write_it():
    acls = acls_for(spec_named("delegation-worker"), topic_name=lambda topic: topic)
    assert allowed(acls, "somastack.delegation") == {"Describe", "Read"}
    writer = acls_for(spec_named("delegation-gateway"), topic_name=lambda topic: topic)
    assert allowed(writer, "somastack.delegation") == {"Describe", "Write"}


def test_a_service_gets_nothing_it_does_not_use():
    acls = acls_for(spec_named("tool-executor"), topic_name=lambda topic: topic)
    topics = {acl.name for acl in acls if acl.resource_type == "topic"}
    assert topics == {"tool.requests", "tool.results"}
    assert [acl.name for acl in acls if acl.resource_type == "group"] == ["tool-executor"]
    producer_only = acls_for(spec_named("outbox-sync"), topic_name=lambda topic: topic)
    assert not [acl for acl in producer_only if acl.resource_type == "group"], "a producer joins no consumer group"


def test_local_runs_one_combined_node(environment_by_name):
    objects = render(environment_by_name["local"])
    (pool,) = of_kind(objects, "KafkaNodePool")
    assert pool["spec"]["replicas"] == 1 and sorted(pool["spec"]["roles"]) == ["broker", "controller"]
    assert not of_kind(objects, "KafkaMirrorMaker2")


def test_prod_runs_dedicated_controllers_brokers_tls_and_mirror_maker(environment_by_name):
    objects = render(environment_by_name["prod"], region="us-east-1")
    pools = {pool["metadata"]["name"]: pool["spec"] for pool in of_kind(objects, "KafkaNodePool")}
    assert pools["somaagent01-controllers"]["replicas"] == 3 and pools["somaagent01-controllers"]["roles"] == ["controller"]
    assert pools["somaagent01-brokers"]["replicas"] >= 3
    assert len(pools["somaagent01-brokers"]["storage"]["volumes"]) == 2
    (kafka,) = of_kind(objects, "Kafka")
    listeners = {listener["name"]: listener for listener in kafka["spec"]["kafka"]["listeners"]}
    assert listeners["tls"]["tls"] is True and listeners["tls"]["authentication"]["type"] == "scram-sha-512"
    assert kafka["spec"]["kafka"]["config"]["min.insync.replicas"] == 2
    assert kafka["spec"]["kafka"]["rack"]["topologyKey"] == "topology.kubernetes.io/zone"
    assert kafka["spec"]["kafka"]["tieredStorage"]["remoteStorageManager"]["config"]["s3.bucket.name"] == "soma-prod-us-east-1-kafka-tiered"
    (mirror,) = of_kind(objects, "KafkaMirrorMaker2")
    assert mirror["spec"]["mirrors"][0]["source"]["bootstrapServers"] == "kafka.eu-west-1.soma.internal:9094"
    assert mirror["spec"]["target"]["alias"] == "us-east-1"


def test_one_topic_per_catalog_topic_with_the_environment_replication(environment_by_name):
    topics = of_kind(render(environment_by_name["dev"]), "KafkaTopic")
    assert len(topics) == 9
    assert {topic["spec"]["replicas"] for topic in topics} == {3}
    config_updates = next(topic for topic in topics if topic["spec"]["topicName"] == "config_updates")
    assert config_updates["spec"]["partitions"] == 1 and config_updates["metadata"]["name"] == "config-updates"


def test_training_prefixes_topics_and_acls(environment_by_name):
    objects = render(environment_by_name["training"])
    assert all(topic["spec"]["topicName"].startswith("training.") for topic in of_kind(objects, "KafkaTopic"))
    users = {user["metadata"]["name"]: user for user in of_kind(objects, "KafkaUser")}
    names = {acl["resource"]["name"] for acl in users["tool-executor"]["spec"]["authorization"]["acls"] if acl["resource"]["type"] == "topic"}
    assert names == {"training.tool.requests", "training.tool.results"}


@pytest.mark.parametrize("environment", ["local", "dev"])
def test_every_kafka_service_has_a_user_and_no_mirror_users_outside_prod(environment_by_name, environment):
    users = {user["metadata"]["name"] for user in of_kind(render(environment_by_name[environment]), "KafkaUser")}
    assert users == {spec.name for spec in APP_SERVICES}


def test_prod_adds_mirror_maker_users(environment_by_name):
    users = {user["metadata"]["name"]: user for user in of_kind(render(environment_by_name["prod"], region="eu-west-1"), "KafkaUser")}
    reader = users["mirror-reader"]["spec"]["authorization"]["acls"]
    assert not any("Write" in acl["operations"] for acl in reader if acl["resource"]["type"] == "topic" and acl["resource"]["patternType"] == "literal")
    writer = users["mirror-maker"]["spec"]["authorization"]["acls"]
    assert {"type": "topic", "name": "us-east-1.", "patternType": "prefix"} in [acl["resource"] for acl in writer]
