"""The SomaAgent01 app as a release exposes it: one typed contract per release.

Each release says which entrypoints its image runs, on which ports, with which probes, what
settings each entrypoint reads (required or not, with the file and line it was read from),
what it depends on, which topics it reads and writes and the group it consumes with, and
the defects no manifest can fix. Overlays select a release (``app_release``); the next one
is a new entry here plus a snapshot review. Read from the app's code at the commit (see
``shared/design/service-catalog.md``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from .catalog import AppServiceSpec, Dependency


@dataclass(frozen=True)
class Setting:
    """One environment variable a release reads, and how the platform fills it."""

    name: str
    fill: str
    """How the environment gives it (a key of tiers/app/app_services.py's resolver)."""
    required: bool = False
    """The entrypoint fails to start without it."""
    source: str = ""
    """Where the release reads it (file:line at the commit)."""


@dataclass(frozen=True)
class RedisAccess:
    """What one entrypoint does on the app's Redis (``SA01_REDIS_URL``/``REDIS_URL``): the
    key patterns it reads and writes, those it only reads, the command categories it needs,
    and calls its code makes, which the tests replay with ``ACL DRYRUN`` on a real Redis
    loaded with the rendered ACL file. Its ACL user is given exactly this."""

    keys: tuple[str, ...] = ()
    """Key patterns it reads and writes (``~``)."""
    read_keys: tuple[str, ...] = ()
    """Key patterns it only reads (``%R~``)."""
    categories: tuple[str, ...] = ("connection",)
    """ACL command categories (``+@``); ``dangerous`` ones are always taken away."""
    commands: tuple[str, ...] = ()
    """Single commands allowed after that (``+<command>``): INFO is a dangerous one in Redis
    7.0, EVAL is all a client needs of ``@scripting`` (which also holds SCRIPT FLUSH)."""
    calls: tuple[tuple[str, ...], ...] = ()
    """Commands its code sends, as sent (the ACL must allow each)."""
    source: str = ""
    """Where the release makes them (file:line at the commit)."""


@dataclass(frozen=True, kw_only=True)
class PublicPaths:
    """How the release's public entrypoint (the gateway) splits its URL space at the edge,
    by path prefix (the longest prefix that matches a request decides)."""

    bearer: tuple[str, ...]
    """Called with a Keycloak access token: where the edge validates JWTs, it refuses these
    without a valid one."""
    anonymous: tuple[str, ...]
    """API calls made before the caller holds a token (login, token refresh, signed
    webhooks): forwarded without one."""
    web: tuple[str, ...]
    """The web UI's files, fetched by browsers: forwarded without a token."""
    closed: tuple[str, ...]
    """Never forwarded from outside (the admin site, health checks): the edge answers 404."""
    source: str
    """Where the release defines them."""


@dataclass(frozen=True)
class AppRelease:
    """The app's contract at one release."""

    name: str
    """The commit (or tag) the image was built from."""
    settings: Mapping[str, Setting]
    services: tuple[AppServiceSpec, ...]
    kafka_tls: bool
    """Its Kafka client can speak TLS."""
    migrate_command: tuple[str, ...]
    """Brings the database schema to this release; runs before the workloads."""
    migrate_settings: tuple[str, ...]
    """The settings the migration reads."""
    writable_paths: tuple[str, ...] = ()
    """Directories its code writes besides /tmp (the pods' root filesystem is read-only)."""
    defects: tuple[str, ...] = ()
    """What no manifest can fix at this release (the README lists them)."""
    redis_access: Mapping[str, RedisAccess] = field(default_factory=dict)
    """Each entrypoint that depends on Redis -> what it does there (its ACL user's rules)."""
    fail_open_settings: tuple[str, ...] = ()
    """Settings that make a client let a request through when its policy or authorization
    service cannot answer: the mode's posture fills each (posture.py), and production's is
    false. Default: none."""
    public_paths: PublicPaths | None = None
    """What its public entrypoint serves to the internet, for the edge. Default: none (the
    edge refuses to publish a release that does not say)."""
    plain_redis_clients: tuple[str, ...] = ()
    """Entrypoints whose sessions and lockout client builds its URL from ``REDIS_HOST`` and
    ``REDIS_PORT`` with no password and no TLS: beyond LOCAL they get a Redis instance of
    their own that needs neither, which nothing else may reach. Default: none."""

    def service(self, name: str) -> AppServiceSpec:
        return next(spec for spec in self.services if spec.name == name)

    @property
    def consumer_groups(self) -> list[str]:
        return sorted({spec.consumer_group for spec in self.services if spec.consumer_group})

    def __post_init__(self) -> None:
        names = [spec.name for spec in self.services]
        if len(names) != len(set(names)):
            raise ValueError(f"release {self.name}: duplicate service names {names}")
        for spec in self.services:
            unknown = set(spec.reads_settings) - set(self.settings)
            if unknown:
                raise ValueError(f"release {self.name}: {spec.name} reads settings the release does not declare: {sorted(unknown)}")
            if spec.calls - set(names):
                raise ValueError(f"release {self.name}: {spec.name} calls unknown services {sorted(spec.calls - set(names))}")
        if set(self.fail_open_settings) - set(self.settings):
            raise ValueError(f"release {self.name}: fail_open_settings must be settings of the release: {self.fail_open_settings}")
        redis_users = {spec.name for spec in self.services if Dependency.REDIS in spec.depends_on}
        if not set(self.plain_redis_clients) <= redis_users:
            raise ValueError(f"release {self.name}: plain_redis_clients must depend on Redis: {sorted(self.plain_redis_clients)}")
        if set(self.redis_access) != redis_users:
            raise ValueError(
                f"release {self.name}: redis_access must name exactly the entrypoints that depend on Redis {sorted(redis_users)}, "
                f"not {sorted(self.redis_access)}"
            )


def _settings(*settings: Setting) -> dict[str, Setting]:
    return {setting.name: setting for setting in settings}


_SETTINGS_PY = "services/gateway/settings.py"

A169E468_SETTINGS = _settings(
    # every entrypoint runs django.setup() with the gateway's settings
    Setting("SA01_DB_DSN", "postgres_uri", required=True, source=f"{_SETTINGS_PY}:133-146 (password inside; no query string)"),
    Setting("PGSSLMODE", "postgres_sslmode", source="libpq (psycopg 3.2.3): Django's OPTIONS set no sslmode, settings.py:151-164"),
    Setting("PGSSLROOTCERT", "postgres_sslrootcert", source="libpq (psycopg 3.2.3)"),
    Setting("SA01_REDIS_URL", "redis_url", required=True, source=f"{_SETTINGS_PY}:211"),
    Setting("REDIS_URL", "redis_url", source="admin/common/pkce.py:143-146 (OAuth login raises without it); tool_executor/config.py"),
    Setting("POSTGRES_HOST", "postgres_host", source="config/settings_registry.py:46-50 (required in PROD mode)"),
    Setting(
        "VAULT_ADDR", "vault_addr", source="config/settings_registry.py:46-50, 173-193 (required in PROD mode); vault_secrets.py:90-104"
    ),
    Setting(
        "VAULT_TOKEN_FILE",
        "vault_token_file",
        source="services/common/vault_secrets.py:90-97 (the token of the app's own Vault reads and writes: "
        "unified_secret_manager.py, provider API keys and credentials)",
    ),
    Setting("SA01_KEYCLOAK_URL", "keycloak_url", required=True, source=f"{_SETTINGS_PY}:272"),
    Setting("SECRET_KEY", "django_secret_key", required=True, source=f"{_SETTINGS_PY}:33-52 (required outside dev)"),
    Setting("SA01_ALLOWED_HOSTS", "allowed_hosts", required=True, source=f"{_SETTINGS_PY}:33-52 (kubelet probes send the pod IP as Host)"),
    Setting("SA01_ENVIRONMENT", "sa01_environment", source=f"{_SETTINGS_PY}:24-30; admin/core/config/models.py:82-97 (DEV|STAGING|PROD)"),
    Setting(
        "SA01_DEPLOYMENT_MODE",
        "sa01_deployment_mode",
        source="config/settings_registry.py:361-384, admin/core/config/models.py:86,95 (DEV and PROD accepted by every loader; "
        "AAAS switches on in-process SomaBrain, aaas/brain.py:20, which the image lacks)",
    ),
    Setting("SA01_TENANT_ID", "tenant_id", source="config/settings_registry.py:222"),
    Setting("LOG_LEVEL", "log_level", source=f"{_SETTINGS_PY}:352"),
    # Kafka
    Setting("SA01_KAFKA_BOOTSTRAP_SERVERS", "kafka_bootstrap", required=True, source=f"{_SETTINGS_PY}:220; delegation_worker/main.py:41"),
    Setting("KAFKA_BOOTSTRAP_SERVERS", "kafka_bootstrap", source="tool_executor/config.py:27; delegation_gateway/temporal_worker.py:29-32"),
    Setting("KAFKA_SECURITY_PROTOCOL", "kafka_security_protocol", source="conversation_worker/main.py:68; memory_replicator/main.py:75"),
    Setting("KAFKA_SASL_MECHANISM", "kafka_sasl_mechanism", source="conversation_worker/main.py:69"),
    Setting("KAFKA_SASL_USERNAME", "kafka_sasl_username", source="conversation_worker/main.py:70"),
    Setting("KAFKA_SASL_PASSWORD", "kafka_sasl_password", source="conversation_worker/main.py:71"),
    # topics and groups (TRAINING prefixes every topic, so each is set)
    Setting("CONVERSATION_INBOUND", "topic:conversation.inbound", source="conversation_worker/main.py:74"),
    Setting("CONVERSATION_OUTBOUND", "topic:conversation.outbound", source="conversation_worker/main.py:75"),
    Setting("CONVERSATION_GROUP", "group", source="conversation_worker/main.py:76"),
    Setting("TOOL_REQUESTS_TOPIC", "topic:tool.requests", source="tool_executor/config.py:59-89"),
    Setting("TOOL_RESULTS_TOPIC", "topic:tool.results", source="tool_executor/result_publisher.py:63-64"),
    Setting("TOOL_EXECUTOR_GROUP", "group", source="tool_executor/config.py:59-89"),
    Setting("TASK_FEEDBACK_TOPIC", "topic:task.feedback.dlq", source="tool_executor/result_publisher.py:149"),
    Setting("MEMORY_WAL_TOPIC", "topic:memory.wal", source="memory_replicator/main.py:87; tool_executor/result_publisher.py:235"),
    Setting("MEMORY_REPLICATOR_GROUP", "group", source="memory_replicator/main.py:88"),
    Setting("DELEGATION_TOPIC", "topic:somastack.delegation", source="delegation_worker/main.py:37"),
    Setting("DELEGATION_GROUP", "group", source="delegation_worker/main.py:38"),
    Setting("A2A_TOPIC", "topic:a2a", source="delegation_gateway/temporal_worker.py:36 (its dead letters go to <A2A_TOPIC>.dlq)"),
    Setting("A2A_OUT_TOPIC", "topic:a2a.out", source="delegation_gateway/main.py:143, 159 (the publisher temporal_worker.py:39 uses)"),
    # metrics ports, set so that container, Service and monitor agree
    Setting("CONVERSATION_METRICS_PORT", "port", source="conversation_worker/main.py:53-55 (default 9091)"),
    Setting("TOOL_EXECUTOR_METRICS_PORT", "port", source="tool_executor/metrics.py:50-53 (default 9090)"),
    Setting("REPLICATOR_METRICS_PORT", "port", source="memory_replicator/main.py:60-64 (default 9403)"),
    # policy (OPA)
    Setting("SA01_POLICY_URL", "opa_url", required=True, source="policy_client.py:39-47 (SA01_POLICY_URL or SA01_OPA_URL)"),
    Setting("SA01_OPA_URL", "opa_url", source=f"{_SETTINGS_PY}:242; admin/core/api/health.py:171 (the deep health check)"),
    Setting(
        "SA01_POLICY_DATA_PATH",
        "opa_data_path",
        source="policy_client.py:57 (default /v1/data/soma/allow; the Rego package is soma.policy)",
    ),
    Setting("POLICY_BASE_URL", "opa_url", source="tool_executor/main.py:66"),
    # runtime services
    Setting("SA01_TEMPORAL_HOST", "temporal_host", source=f"{_SETTINGS_PY}:214 (default localhost:7233); providers.py:122"),
    Setting("SPICEDB_HOST", "spicedb_host", source="config/settings_registry.py:186"),
    Setting("SPICEDB_PORT", "spicedb_port", source="config/settings_registry.py:187"),
    Setting("SPICEDB_TOKEN", "spicedb_token", source="config/settings_registry.py:188"),
    Setting("SA01_KEYCLOAK_REALM", "keycloak_realm", source=f"{_SETTINGS_PY}:273"),
    Setting("SA01_KEYCLOAK_CLIENT_ID", "keycloak_client_id", source=f"{_SETTINGS_PY}:274"),
    Setting("SA01_KEYCLOAK_CLIENT_SECRET", "keycloak_client_secret", source=f"{_SETTINGS_PY}:275"),
    Setting("SA01_JWT_JWKS_URL", "jwks_url", source=f"{_SETTINGS_PY}:285"),
    Setting("SA01_AUTH_REQUIRED", "auth_required", source=f"{_SETTINGS_PY}:234"),
    Setting(
        "SA01_AUTHZ_FAIL_OPEN",
        "authz_fail_open",
        source="config/settings_registry.py:217-218, 320-321; admin/common/session_manager.py:544-566 (SpiceDB down: "
        "the token's role permissions instead of none)",
    ),
    Setting("REDIS_HOST", "redis_host", source="session_manager.py:133-143; settings_registry.py:139-142 (sessions ignore SA01_REDIS_URL)"),
    Setting("REDIS_PORT", "redis_port", source="settings_registry.py:139-142"),
    # external services
    Setting("SA01_SOMA_BASE_URL", "somabrain_url", source=f"{_SETTINGS_PY}:239"),
    Setting("SA01_LLM_API_URL", "llm_api_url", source=f"{_SETTINGS_PY}:252"),
    Setting("SA01_LLM_API_KEY", "llm_api_key", source=f"{_SETTINGS_PY}:253"),
    Setting(
        "SA01_WHISPER_URL",
        "whisper_url",
        source=f"{_SETTINGS_PY}:245 (default http://localhost:9100); admin/voice/api.py:77-87, 224-228 (POST /asr, GET /health)",
    ),
    Setting("SA01_WORKER_GATEWAY_BASE", "service:gateway", source="conversation_worker/main.py:108; temporal_worker.py:73-75"),
    Setting("SA01_GATEWAY_BASE", "service:gateway", source="tool_executor/tools.py:375-383 (the attachment tool)"),
    Setting("SA01_LLM_MODEL", "slm_model", source="conversation_worker/main.py:118"),
    Setting("SA01_GATEWAY_INTERNAL_TOKEN", "gateway_internal_token", source="conversation_worker (sent as X-Internal-Token)"),
)
"""The settings release a169e468 reads that the platform fills."""

_COMMON = (
    "SA01_DB_DSN",
    "PGSSLMODE",
    "PGSSLROOTCERT",
    "SA01_REDIS_URL",
    "SA01_KEYCLOAK_URL",
    "SECRET_KEY",
    "SA01_ALLOWED_HOSTS",
    "SA01_ENVIRONMENT",
    "SA01_DEPLOYMENT_MODE",
    "SA01_TENANT_ID",
    "LOG_LEVEL",
    "POSTGRES_HOST",
    "REDIS_HOST",
    "VAULT_ADDR",
)
"""What django.setup() with the gateway's settings reads: every entrypoint."""
_SERVICE = (*_COMMON, "VAULT_TOKEN_FILE")
"""What every long-running entrypoint reads: with the Vault token its secret manager uses
(the migrations Job reads no secret from Vault)."""
_KAFKA = (
    "SA01_KAFKA_BOOTSTRAP_SERVERS",
    "KAFKA_BOOTSTRAP_SERVERS",
    "KAFKA_SECURITY_PROTOCOL",
    "KAFKA_SASL_MECHANISM",
    "KAFKA_SASL_USERNAME",
    "KAFKA_SASL_PASSWORD",
)
_POLICY = ("SA01_POLICY_URL", "SA01_POLICY_DATA_PATH")
_CONVERSATION = (
    *_SERVICE,
    *_KAFKA,
    *_POLICY,
    "CONVERSATION_INBOUND",
    "CONVERSATION_OUTBOUND",
    "SA01_WORKER_GATEWAY_BASE",
    "SA01_GATEWAY_INTERNAL_TOKEN",
    "SA01_SOMA_BASE_URL",
    "SA01_LLM_MODEL",
)
_CONVERSATION_DEPENDENCIES = frozenset({Dependency.KAFKA, Dependency.POSTGRES, Dependency.REDIS, Dependency.OPA, Dependency.SOMABRAIN})


_GATEWAY_REDIS = RedisAccess(
    keys=(
        ":1:*",  # Django's cache (settings.py:305-310: no KEY_PREFIX, version 1)
        "asgi*",  # channels_redis' layer (settings.py:316-321: prefix asgi)
        "oauth_state:*",  # admin/common/pkce.py:135
        "rate_limit:*",  # services/common/rate_limiter.py:63
        "skins:*",  # services/common/skins_store.py:39-45
        "feature_flags:*",  # services/common/feature_flags_store.py:20-26
        "ui_settings:*",  # services/common/ui_settings_store.py:20
        "gateway:api_keys",  # services/common/api_key_store.py (a hash)
    ),
    categories=("connection", "read", "write", "keyspace", "transaction"),
    commands=("eval", "info"),
    calls=(
        ("INFO",),  # admin/core/infrastructure/health_checker.py:182 (the readiness and health APIs)
        ("SET", ":1:health_check", "ok", "EX", "5"),
        ("GET", ":1:health_check"),
        ("ZADD", "asgi:group:chat", "1700000000", "specific.abc!"),
        ("BZPOPMIN", "asgispecific.abc!", "5"),
        ("EVAL", "return redis.call('INCR', KEYS[1])", "1", "rate_limit:tenant:minute"),
        ("SETEX", "oauth_state:abc", "600", "{}"),
        ("GET", "oauth_state:abc"),
        ("MULTI",),
        ("EXEC",),
        ("GET", "skins:tenant"),
        ("HSET", "feature_flags:tenant", "flag", "true"),
        ("HGETALL", "feature_flags:tenant"),
        ("EXISTS", "ui_settings:v1"),
        ("HSET", "gateway:api_keys", "key-id", "{}"),
    ),
    source="admin/core/api/health.py:61-70; admin/core/infrastructure/health_checker.py:182; admin/common/pkce.py:207-261; "
    "services/common/*_store.py; rate_limiter.py; channels_redis 4.1.0 (EVAL only)",
)
_FEATURE_FLAG_READER = RedisAccess(
    read_keys=("feature_flags:*",),
    categories=("connection", "read"),
    calls=(("HGETALL", "feature_flags:tenant"), ("HGET", "feature_flags:tenant", "flag"), ("GET", "feature_flags:tenant:profile")),
    source="services/conversation_worker/main.py:195 (FeatureFlagsStore, feature_flags_store.py:26-60)",
)
_NO_REDIS_CALLS = RedisAccess(
    calls=(("PING",),),
    source="declared in the catalog's dependency map; no call at this release (BudgetManager's URL is 'reserved for future use', "
    "budget_manager.py:19-25)",
)


def _python(module: str) -> tuple[str, ...]:
    return ("python3", "-m", module)


A169E468 = AppRelease(
    name="a169e468",
    settings=A169E468_SETTINGS,
    kafka_tls=False,  # aiokafka built without an ssl_context: SASL_SSL fails at start
    migrate_command=("python", "manage.py", "migrate", "--noinput"),  # infra/standalone/start.sh:38
    migrate_settings=_COMMON,  # manage.py loads services.gateway.settings
    writable_paths=("/app/admin/logs",),  # admin/core/helpers/print_style.py:40-45 (PrintStyle's log files)
    public_paths=PublicPaths(
        bearer=("/api/v2",),
        anonymous=(
            "/api/v2/auth",  # token, refresh, login, register, SSO (admin/api.py:103; admin/auth/api.py:79-311)
            "/api/v2/webhooks",  # the billing provider's signed callbacks (admin/api.py:177)
            "/api/v2/invitations",  # accepting an invitation comes before having an account (admin/api.py:187)
        ),
        web=("/",),  # the web UI's files, served to any path outside admin/ and api/ (services/gateway/urls.py:56)
        closed=("/admin", "/api/health", "/health"),  # Django's admin site and the probes (services/gateway/urls.py:49, 53-54)
        source="services/gateway/urls.py:47-57; admin/api.py:88-240 (the Ninja routers under /api/v2)",
    ),
    services=(
        AppServiceSpec(
            name="gateway",
            command=("uvicorn", "services.gateway.asgi:application", "--host", "0.0.0.0", "--port", "9000"),
            port=9000,
            port_name="http",
            readiness_path="/api/health/",  # services/gateway/urls.py:53 (static)
            liveness_path="/health/",  # services/gateway/urls.py:54
            depends_on=frozenset(
                {
                    Dependency.KAFKA,
                    Dependency.POSTGRES,
                    Dependency.REDIS,
                    Dependency.OPA,
                    Dependency.KEYCLOAK,
                    Dependency.TEMPORAL,
                    Dependency.SPICEDB,
                    Dependency.SLM,
                    Dependency.SOMABRAIN,
                    Dependency.WHISPER,  # admin/voice/api.py:77-87 (the only caller: nothing under services/ else)
                }
            ),
            reads_settings=(
                *_SERVICE,
                *_KAFKA,
                *_POLICY,
                "SA01_TEMPORAL_HOST",
                "SPICEDB_HOST",
                "SPICEDB_PORT",
                "SPICEDB_TOKEN",
                "SA01_KEYCLOAK_REALM",
                "SA01_KEYCLOAK_CLIENT_ID",
                "SA01_KEYCLOAK_CLIENT_SECRET",
                "SA01_JWT_JWKS_URL",
                "SA01_AUTH_REQUIRED",
                "SA01_AUTHZ_FAIL_OPEN",
                "REDIS_PORT",
                "REDIS_URL",
                "SA01_LLM_API_URL",
                "SA01_LLM_API_KEY",
                "CONVERSATION_INBOUND",
                "SA01_SOMA_BASE_URL",
                "SA01_OPA_URL",
                "SA01_WHISPER_URL",
            ),
            # config updates to the inbound topic (admin/features/api/flags.py:53-62); no consumer
            writes=frozenset({"conversation.inbound"}),
        ),
        AppServiceSpec(
            name="conversation-worker",
            command=_python("services.conversation_worker.main"),
            port=9091,
            port_name="metrics",
            port_setting="CONVERSATION_METRICS_PORT",
            readiness_path="/metrics",
            liveness_path="/metrics",
            depends_on=_CONVERSATION_DEPENDENCIES,
            reads_settings=(*_CONVERSATION, "CONVERSATION_GROUP", "CONVERSATION_METRICS_PORT"),
            reads=frozenset({"conversation.inbound"}),  # main.py:74-76, 140
            writes=frozenset({"conversation.outbound", "conversation.inbound.dlq"}),  # main.py:117; dlq.py:45
            consumer_group="conversation-worker",
            calls=frozenset({"gateway"}),
        ),
        AppServiceSpec(
            name="conversation-temporal-worker",
            command=_python("services.conversation_worker.temporal_worker"),
            depends_on=_CONVERSATION_DEPENDENCIES | {Dependency.TEMPORAL},
            reads_settings=(*_CONVERSATION, "SA01_TEMPORAL_HOST"),  # temporal_worker.py:129-130 (queue 'conversation')
            writes=frozenset({"conversation.outbound", "conversation.inbound.dlq"}),  # temporal_worker.py:59, 113
            calls=frozenset({"gateway"}),
        ),
        AppServiceSpec(
            name="tool-executor",
            command=_python("services.tool_executor.main"),
            port=9090,
            port_name="metrics",
            port_setting="TOOL_EXECUTOR_METRICS_PORT",
            readiness_path="/metrics",
            liveness_path="/metrics",
            depends_on=frozenset({Dependency.KAFKA, Dependency.POSTGRES, Dependency.REDIS, Dependency.OPA, Dependency.SOMABRAIN}),
            reads_settings=(
                *_SERVICE,
                *_KAFKA,
                *_POLICY,
                "POLICY_BASE_URL",
                "TOOL_REQUESTS_TOPIC",
                "TOOL_RESULTS_TOPIC",
                "TOOL_EXECUTOR_GROUP",
                "TASK_FEEDBACK_TOPIC",
                "MEMORY_WAL_TOPIC",
                "CONVERSATION_OUTBOUND",
                "TOOL_EXECUTOR_METRICS_PORT",
                "REDIS_URL",
                "SA01_SOMA_BASE_URL",
                "SA01_GATEWAY_BASE",
                "SA01_GATEWAY_INTERNAL_TOKEN",
            ),
            reads=frozenset({"tool.requests"}),  # tool_executor/main.py:150-154
            # result_publisher.py:63-64, 117, 149, 235
            writes=frozenset({"tool.results", "conversation.outbound", "memory.wal", "task.feedback.dlq"}),
            consumer_group="tool-executor",
            calls=frozenset({"gateway"}),  # the attachment tool (tools.py:375-383)
        ),
        AppServiceSpec(
            name="memory-replicator",
            command=_python("services.memory_replicator.main"),
            port=9403,
            port_name="metrics",
            port_setting="REPLICATOR_METRICS_PORT",
            readiness_path="/metrics",
            liveness_path="/metrics",
            depends_on=frozenset({Dependency.KAFKA, Dependency.POSTGRES}),
            reads_settings=(*_SERVICE, *_KAFKA, "MEMORY_WAL_TOPIC", "MEMORY_REPLICATOR_GROUP", "REPLICATOR_METRICS_PORT"),
            reads=frozenset({"memory.wal"}),  # main.py:87, 94
            writes=frozenset({"memory.wal.dlq"}),  # main.py:91, 108
            consumer_group="memory-replicator",
        ),
        AppServiceSpec(
            name="delegation-worker",
            command=_python("services.delegation_worker.main"),
            depends_on=frozenset({Dependency.KAFKA, Dependency.POSTGRES}),
            reads_settings=(*_SERVICE, *_KAFKA, "DELEGATION_TOPIC", "DELEGATION_GROUP"),
            reads=frozenset({"somastack.delegation"}),  # main.py:37, 54
            consumer_group="delegation-worker",
        ),
        AppServiceSpec(
            name="delegation-temporal-worker",
            command=_python("services.delegation_gateway.temporal_worker"),
            depends_on=frozenset({Dependency.KAFKA, Dependency.TEMPORAL, Dependency.POSTGRES, Dependency.REDIS}),
            # its activity builds KafkaSettings from the bootstrap servers only (temporal_worker.py:28-33):
            # no SASL settings are read (a defect below)
            reads_settings=(
                *_SERVICE,
                "SA01_KAFKA_BOOTSTRAP_SERVERS",
                "KAFKA_BOOTSTRAP_SERVERS",
                "A2A_TOPIC",
                "A2A_OUT_TOPIC",
                "SA01_TEMPORAL_HOST",
            ),
            writes=frozenset({"a2a.out", "a2a.dlq"}),  # main.py:143, 159; temporal_worker.py:36, 46
        ),
    ),
    redis_access={
        "gateway": _GATEWAY_REDIS,
        "conversation-worker": _FEATURE_FLAG_READER,
        "conversation-temporal-worker": _NO_REDIS_CALLS,
        "tool-executor": RedisAccess(
            keys=("policy:requeue:*",),  # requeue_store.py:36-51 (prefix policy:requeue, set policy:requeue:keys)
            categories=("connection", "read", "write", "keyspace"),
            calls=(("SET", "policy:requeue:abc", "{}"), ("SADD", "policy:requeue:keys", "abc"), ("SMEMBERS", "policy:requeue:keys")),
            source="services/tool_executor/main.py:73; services/common/requeue_store.py",
        ),
        "delegation-temporal-worker": _NO_REDIS_CALLS,
    },
    # admin/common/session_manager.py:133-158, account_lockout.py:120-140 (the login path,
    # admin/auth/api.py:124-362), through config/settings_registry.py:139-142
    plain_redis_clients=("gateway",),
    # the OPA client always fails closed (services/common/policy_client.py:62-63, 103-106:
    # POLICY_FAIL_OPEN is no longer read); the session's permissions fail open on this one
    fail_open_settings=("SA01_AUTHZ_FAIL_OPEN",),
    defects=(
        "services.conversation_worker fails to import: admin/core/application/__init__.py:11 imports a removed dto "
        "module (deleted in 147c22b7), so both conversation workers exit at start",
        "the tool executor imports fitz (PyMuPDF), pytesseract and PIL, which its requirements do not list",
        "the conversation worker calls /v1/llm/invoke while the gateway serves /api/v2/core/invoke",
        "gateway sessions and lockout build their Redis URL from REDIS_HOST/REDIS_PORT without a password "
        "(session_manager.py:133-143), not from SA01_REDIS_URL; PKCE reads REDIS_URL (admin/common/pkce.py:143-146)",
        "the delegation gateway's Temporal worker connects to Kafka without SASL (temporal_worker.py:28-33 builds "
        "KafkaSettings from the bootstrap servers only), which the SCRAM listener refuses",
        "SPICEDB_INSECURE=true sends no token, and with TLS the client trusts only the system CA roots "
        "(spicedb_client.py:118-127): an in-cluster SpiceDB with a private CA cannot be reached as it is",
        "REDIS_URL carries the entrypoint's Redis password: rate_limiter.py:82 logs it, redis_pool.py:90,134 fails to "
        "mask it, and GET /api/v2/core/settings/redis (settings_v2.py:59,126) returns it to any caller with a valid token",
        "SA01_DB_DSN's regex takes the password undecoded (settings.py:140), while CloudNativePG's uri percent-encodes "
        "it: a generated password with a reserved character would be sent wrong",
        "the gateway posts speech to {SA01_WHISPER_URL}/asr with a multipart part 'audio' (admin/voice/api.py:80-81), "
        "while the catalog's whisper.cpp server serves POST /inference with a part 'file' (whisper.cpp v1.9.3 "
        "examples/server/server.cpp): transcription fails against it as written",
    ),
)

RELEASES: dict[str, AppRelease] = {release.name: release for release in (A169E468,)}
DEFAULT_RELEASE = A169E468.name
