"""In-cluster addresses of the platform's services, named in one place.

The data-tier constructs create objects with these names and the application services are
configured with these addresses, so the two cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from .catalog import APP_NAME, Dependency

KAFKA_CLUSTER = APP_NAME
"""Strimzi Kafka cluster name; Strimzi names the bootstrap Service ``<cluster>-kafka-bootstrap``."""
KAFKA_PLAIN_PORT = 9092
"""The in-cluster listener without TLS (SCRAM-SHA-512), for the app."""
KAFKA_TLS_PORT = 9093
"""The in-cluster TLS listener (SCRAM-SHA-512), for MirrorMaker 2 and app releases that speak TLS."""
KAFKA_EXTERNAL_PORT = 9094
"""The TLS listener on internal load balancers that the peer region's MirrorMaker 2 reads from."""
POSTGRES_CLUSTER = f"{APP_NAME}-pg"
"""CloudNativePG cluster name; CNPG names the read-write Service ``<cluster>-rw``."""
POSTGRES_PORT = 5432
POSTGRES_DATABASE = "somaagent01"
POSTGRES_OWNER = "soma"
"""Owns the app's database and tables: only the migrations log in as it."""
APP_GROUP_ROLE = "soma_app"
"""The app's services' group: read and write the app's tables, never alter or drop them."""
OPENFGA_DATABASE = "openfga"
OPENFGA_OWNER = "openfga"
OPENFGA_CREDENTIALS = "openfga-postgres-credentials"
"""The password Secret of OpenFGA's managed role (written from Vault)."""
REPLICATION_ROLE = "logical_replicator"
"""The role the peer region's subscription logs in as (password from Vault)."""
REDIS_SERVICE = "redis"
"""The app's Redis instance (``SA01_REDIS_URL``, ``REDIS_URL``): ACL users and TLS beyond LOCAL."""
REDIS_SESSIONS = "redis-sessions"
"""Beyond LOCAL, the instance of a release whose sessions client sends no password and no TLS
(``AppRelease.sessions_redis_plain``); in LOCAL the app's instance serves it too."""
REDIS_PORT = 6379
REDIS_TLS_SECRET = "redis-server-tls"
"""The app's Redis server certificate beyond LOCAL, from the environment's CA (``ca.crt``: that CA)."""
REDIS_CA_MOUNT = "/etc/soma/redis-ca"
"""Where an entrypoint finds the CA that signs the Redis server certificate (``ca.crt``)."""


def redis_url_secret(service: str) -> str:
    """The Secret holding one entrypoint's Redis URL (``url``: its ACL user and password)."""
    return f"{service}-redis"


KEYCLOAK = "keycloak"
"""The Keycloak resource; its operator names the Service ``<name>-service`` (8080)."""
KEYCLOAK_REALM = "somaagent"
KEYCLOAK_CLIENT_ID = "somaagent-api"
TEMPORAL_RELEASE = "temporal"
"""The Temporal chart's release; the frontend is ``<release>-frontend`` (7233)."""
SPICEDB = "spicedb"
"""The SpiceDBCluster; its operator names the Service like it (gRPC 50051)."""
SPICEDB_PORT = 50051
SPICEDB_SECRET = "spicedb"
"""SpiceDBCluster.spec.secretName: ``preshared_key`` and ``datastore_uri`` (from Vault)."""
OPA_SERVICE = "opa"
OPENFGA_SERVICE = "openfga"
WHISPER_SERVICE = "whisper"
WHISPER_PORT = 9001
"""The catalog's Whisper port: the servers' queue listens on it (the Service's port is the
overlay's ``whisper.port``, by default the same)."""


KAFKA_CA_SECRET = f"{KAFKA_CLUSTER}-cluster-ca-cert"
"""Strimzi publishes the cluster CA certificate (``ca.crt``) in this Secret."""
POSTGRES_APP_SECRET = f"{POSTGRES_CLUSTER}-app"
"""CloudNativePG writes the owner's generated credentials into this Secret."""
POSTGRES_CA_SECRET = f"{POSTGRES_CLUSTER}-ca"
"""CloudNativePG's cluster CA (``ca.crt``), which signs the server certificate in LOCAL."""
POSTGRES_SERVER_TLS_SECRET = f"{POSTGRES_CLUSTER}-server-tls"
"""Beyond LOCAL, the server certificate cert-manager issues from the environment's CA
(``pki.py``); its ``ca.crt`` is that CA. Not ``<cluster>-server``: CloudNativePG's own name."""


def postgres_ca_secret(mode: str) -> str:
    """The Secret whose ``ca.crt`` signs the Postgres server's certificate, for clients that
    verify it: beyond LOCAL the environment's CA, in LOCAL (no cert-manager) CloudNativePG's."""
    return POSTGRES_CA_SECRET if mode == "LOCAL" else POSTGRES_SERVER_TLS_SECRET


@dataclass(frozen=True, kw_only=True)
class Exposed:
    """Addresses the tiers built before the app exposed (``tiers/``); None where a tier is
    not rendered here, and its conventional address in the namespace serves."""

    kafka_plain: str | None = None
    kafka_tls: str | None = None
    postgres_host: str | None = None
    keycloak_url: str | None = None
    temporal_host: str | None = None
    spicedb_host: str | None = None
    redis_url: str | None = None
    """The app's Redis instance, without credentials (each entrypoint's URL adds its own)."""
    redis_sessions_host: str | None = None
    whisper_url: str | None = None
    """The Whisper Service's URL (its port is the overlay's)."""


@dataclass(frozen=True)
class Endpoints:
    """Addresses inside one namespace: what the tiers exposed, else (for tiers not rendered
    yet, Redis, OPA and OpenFGA, and for construct tests) the conventional names."""

    namespace: str
    kafka_tls: bool = False
    exposed: Exposed = field(default_factory=Exposed)

    def _host(self, service: str) -> str:
        return f"{service}.{self.namespace}.svc"

    @property
    def kafka_bootstrap_servers(self) -> str:
        # the client listener: TLS or plain (see tiers/kafka/constructs.py)
        exposed = self.exposed.kafka_tls if self.kafka_tls else self.exposed.kafka_plain
        return exposed or f"{self._host(KAFKA_CLUSTER + '-kafka-bootstrap')}:{KAFKA_TLS_PORT if self.kafka_tls else KAFKA_PLAIN_PORT}"

    @property
    def postgres_host(self) -> str:
        return self.exposed.postgres_host or self._host(POSTGRES_CLUSTER + "-rw")

    @property
    def redis_url(self) -> str:
        return self.exposed.redis_url or f"redis://{self._host(REDIS_SERVICE)}:{REDIS_PORT}/0"

    @property
    def redis_host(self) -> str:
        """The host of the release's sessions client (``REDIS_HOST``)."""
        return self.exposed.redis_sessions_host or self._host(REDIS_SERVICE)

    @property
    def keycloak_url(self) -> str:
        return self.exposed.keycloak_url or f"http://{self._host(KEYCLOAK + '-service')}:8080"

    @property
    def temporal_host(self) -> str:
        return self.exposed.temporal_host or f"{self._host(TEMPORAL_RELEASE + '-frontend')}:7233"

    @property
    def spicedb_host(self) -> str:
        return self.exposed.spicedb_host or self._host(SPICEDB)

    @property
    def opa_url(self) -> str:
        return f"http://{self._host(OPA_SERVICE)}:8181"

    def whisper_url(self, port: int) -> str:
        """The Whisper tier's URL, else its Service's at the overlay's port."""
        return self.exposed.whisper_url or f"http://{self._host(WHISPER_SERVICE)}:{port}"

    @property
    def openfga_url(self) -> str:
        return f"http://{self._host(OPENFGA_SERVICE)}:8080"

    def app_service_url(self, name: str, port: int) -> str:
        return f"http://{self._host(name)}:{port}"


@dataclass(frozen=True)
class InClusterPeer:
    """Which pods serve an in-cluster dependency, and on which TCP ports."""

    pod_labels: dict[str, str]
    ports: tuple[int, ...]


PENDING_PEERS: Mapping[Dependency, InClusterPeer] = MappingProxyType({})
"""In-cluster dependencies whose tiers have not landed yet (none now: OPA and OpenFGA landed
with issue 15). A tier declares the pods that serve it (``Tier.peers``); when it lands, its
entry leaves here."""
