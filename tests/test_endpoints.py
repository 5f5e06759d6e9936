"""In-cluster addresses, named once for the tiers that create the objects and the clients."""

from somaagent01_gitops.catalog import Dependency
from somaagent01_gitops.endpoints import PENDING_PEERS, Endpoints, Exposed


def test_addresses_are_the_services_of_the_namespace():
    endpoints = Endpoints("soma-x")
    assert endpoints.postgres_host == "somaagent01-pg-rw.soma-x.svc", "CloudNativePG's read-write Service"
    assert endpoints.redis_url == "redis://redis.soma-x.svc:6379/0"
    assert endpoints.keycloak_url == "http://keycloak-service.soma-x.svc:8080", "the Keycloak operator's Service"
    assert endpoints.temporal_host == "temporal-frontend.soma-x.svc:7233"
    assert endpoints.spicedb_host == "spicedb.soma-x.svc"
    assert endpoints.opa_url == "http://opa.soma-x.svc:8181"
    assert endpoints.openfga_url == "http://openfga.soma-x.svc:8080"
    assert endpoints.app_service_url("gateway", 9000) == "http://gateway.soma-x.svc:9000"


def test_kafka_clients_use_the_tls_listener_only_when_told():
    assert Endpoints("soma-x").kafka_bootstrap_servers == "somaagent01-kafka-bootstrap.soma-x.svc:9092"
    assert Endpoints("soma-x", kafka_tls=True).kafka_bootstrap_servers == "somaagent01-kafka-bootstrap.soma-x.svc:9093"


def test_no_dependency_waits_for_its_tier_any_more():
    """OPA and OpenFGA were the last (issue 15): their tiers now declare the pods that serve them."""
    from somaagent01_gitops.tiers.base import in_cluster_peers
    from somaagent01_gitops.tiers.registry import TIERS

    assert dict(PENDING_PEERS) == {}
    peers = in_cluster_peers(TIERS)
    assert peers[Dependency.OPENFGA].ports == (8080, 8081) and peers[Dependency.OPA].ports == (8181,)


def test_redis_clients_reach_what_the_tier_exposed_else_the_conventional_instance():
    assert Endpoints("soma-x").redis_url == "redis://redis.soma-x.svc:6379/0"
    assert Endpoints("soma-x").redis_host == "redis.soma-x.svc"
    exposed = Exposed(redis_url="rediss://redis-master.soma-x.svc:6379/0", redis_sessions_host="redis-sessions-master.soma-x.svc")
    assert Endpoints("soma-x", exposed=exposed).redis_url == "rediss://redis-master.soma-x.svc:6379/0"
    assert Endpoints("soma-x", exposed=exposed).redis_host == "redis-sessions-master.soma-x.svc"
