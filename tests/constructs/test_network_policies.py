"""Network policies follow the catalog's dependency graph: a service reaches what it uses, only."""

import cdk8s

from somaagent01_gitops.constructs.network_policies import AppNetworkPolicies, AppNetworkPoliciesProps


def policies(settings):
    chart = cdk8s.Testing.chart()
    AppNetworkPolicies(chart, "net", props=AppNetworkPoliciesProps(settings=settings))
    return {obj["metadata"]["name"]: obj["spec"] for obj in cdk8s.Testing.synth(chart)}


def egress_pod_labels(spec):
    return [peer.get("podSelector", {}).get("matchLabels") for rule in spec["egress"] for peer in rule["to"]]


def test_default_deny_selects_every_app_pod_both_ways(environment_by_name):
    deny = policies(environment_by_name["dev"].settings)["app-default-deny"]
    assert deny == {
        "podSelector": {"matchLabels": {"app.kubernetes.io/component": "app", "app.kubernetes.io/part-of": "somaagent01"}},
        "policyTypes": ["Ingress", "Egress"],
    }


def test_a_service_reaches_what_its_release_contract_says_only(environment_by_name):
    spec = policies(environment_by_name["dev"].settings)["tool-executor"]
    labels = egress_pod_labels(spec)
    assert {"strimzi.io/cluster": "somaagent01", "strimzi.io/kind": "Kafka"} in labels
    assert {"app.kubernetes.io/name": "opa"} in labels
    assert {"cnpg.io/cluster": "somaagent01-pg"} in labels, "the release's tool executor writes through the ORM"
    assert {"authzed.com/cluster": "spicedb"} not in labels and {"app": "keycloak", "app.kubernetes.io/instance": "keycloak"} not in labels
    worker = egress_pod_labels(policies(environment_by_name["dev"].settings)["delegation-worker"])
    assert {"cnpg.io/cluster": "somaagent01-pg"} in worker, "the delegation worker stores to Postgres (delegation_store.py)"
    gateway = egress_pod_labels(policies(environment_by_name["dev"].settings)["gateway"])
    assert {"authzed.com/cluster": "spicedb"} in gateway


def test_gateway_accepts_its_caller_and_the_ingress_controller(environment_by_name):
    ingress_from = policies(environment_by_name["dev"].settings)["gateway"]["ingress"][0]["from"]
    assert {
        "podSelector": {"matchLabels": {"app.kubernetes.io/name": "conversation-worker", "app.kubernetes.io/part-of": "somaagent01"}}
    } in ingress_from
    assert {"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "kong"}}} in ingress_from


def test_a_worker_accepts_only_the_scraper_and_a_portless_one_nothing(environment_by_name):
    ingress = policies(environment_by_name["dev"].settings)["memory-replicator"]["ingress"]
    assert ingress == [
        {
            "from": [{"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "monitoring"}}}],
            "ports": [{"port": 9403, "protocol": "TCP"}],
        }
    ]
    assert "ingress" not in policies(environment_by_name["dev"].settings)["delegation-worker"]


def test_external_services_are_reached_on_their_url_ports(environment_by_name):
    prod = policies(environment_by_name["prod"].settings)["conversation-worker"]
    external = [rule for rule in prod["egress"] if "ipBlock" in rule["to"][0]]
    assert {rule["ports"][0]["port"] for rule in external} == {443}
    assert all("10.0.0.0/8" in rule["to"][0]["ipBlock"]["except"] for rule in external)
    local = policies(environment_by_name["local"].settings)
    somabrain = {rule["ports"][0]["port"] for rule in local["conversation-worker"]["egress"] if "ipBlock" in rule["to"][0]}
    slm = {rule["ports"][0]["port"] for rule in local["gateway"]["egress"] if "ipBlock" in rule["to"][0]}
    assert (somabrain, slm) == ({9696}, {8090, 9696}), "LOCAL reaches the laptop's SomaBrain and (the gateway) SLM ports"
