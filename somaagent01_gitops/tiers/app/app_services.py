"""The SomaAgent01 application tier: every entrypoint of the selected release, sized by the overlay."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import PurePosixPath

from constructs import Construct

from ...catalog import APP_NAME, AppServiceSpec, Dependency, topic_name
from ...constructs.idioms import POSTGRES_CA_MOUNT
from ...endpoints import (
    APP_GROUP_ROLE,
    KAFKA_CA_SECRET,
    KEYCLOAK_CLIENT_ID,
    KEYCLOAK_REALM,
    POSTGRES_APP_SECRET,
    POSTGRES_DATABASE,
    POSTGRES_OWNER,
    POSTGRES_PORT,
    REDIS_CA_MOUNT,
    REDIS_PORT,
    REDIS_TLS_SECRET,
    SPICEDB_PORT,
    SPICEDB_SECRET,
    Endpoints,
    Exposed,
    InClusterPeer,
    postgres_ca_secret,
    redis_url_secret,
)
from ...operators import PROMETHEUS_URL
from ...posture import posture_of
from ...releases import AppRelease
from ...settings import EnvironmentSettings
from ...vault import (
    APP_TOKEN_FILE,
    APP_VAULT_PROXY,
    VAULT_ACTIVE_ADDR,
    VAULT_AUDIENCE,
    VAULT_DEV_ADDR,
    VAULT_DEV_TOKEN_SECRET,
    VAULT_TRUST_SECRET,
    app_role,
)
from ..edge.constructs import APP_ROUTES, kong_route_pattern
from .app_service import AppService, AppServiceProps, CanaryPlan, SecretFile, SecretKey, VaultAgent
from .canary import CanaryAnalysisProps
from .migrations import WAVE_MIGRATIONS, Migrations, MigrationsProps

KAFKA_CA_DIR = "/etc/kafka/ca"


@dataclass(frozen=True, kw_only=True)
class AppServicesProps:
    """What the application tier is given."""

    settings: EnvironmentSettings
    """The environment's settings."""
    zone_spread: bool = False
    """Spread every service over zones (production regions). Default: false."""
    postgres: InClusterPeer
    """The pods that serve Postgres and their ports, which the migrations may reach."""
    exposed: Exposed = field(default_factory=Exposed)
    """Addresses of the tiers rendered beside the app (Kafka, Postgres, Keycloak, Temporal,
    SpiceDB), handed over by the composition point. Default: none, so the conventional
    names in the namespace serve (construct tests)."""


class AppServices(Construct):
    """One :class:`AppService` per entrypoint of the selected release, configured from the
    environment with exactly the settings that entrypoint reads."""

    def __init__(self, scope: Construct, id: str, *, props: AppServicesProps) -> None:
        super().__init__(scope, id)
        settings = props.settings
        release = settings.release
        # the release's client uses TLS only if it can
        endpoints = Endpoints(settings.namespace, kafka_tls=settings.kafka.tls and release.kafka_tls, exposed=props.exposed)
        self.services: dict[str, AppService] = {spec.name: self._service(spec, props, endpoints) for spec in release.services}
        self.migrations = self._migrations(props, endpoints)
        self.grants = self._grants(props, endpoints)

    def _service(self, spec: AppServiceSpec, props: AppServicesProps, endpoints: Endpoints) -> AppService:
        settings = props.settings
        release = settings.release
        env = service_env(spec, release=release, settings=settings, endpoints=endpoints)
        return AppService(
            self,
            spec.name,
            props=AppServiceProps(
                spec=spec,
                image=settings.image.reference,
                image_pull_policy=settings.image.pull,
                sizing=settings.sizing(spec.name),
                config=env.config,
                secret_env=env.secrets,
                pod_env=env.pod,
                writable_paths=release.writable_paths,
                secret_files=service_secret_files(spec, release=release, settings=settings),
                scratch_volume_size=settings.scratch_volume_size,
                zone_spread=props.zone_spread,
                policy_skips=policy_skips(spec, has_secrets=bool(env.secrets), settings=settings),
                vault_agent=VaultAgent(
                    role=app_role(settings.namespace, spec.name),
                    vault_address=VAULT_ACTIVE_ADDR,
                    ca_secret=VAULT_TRUST_SECRET,
                    audience=VAULT_AUDIENCE,
                )
                if vault_agent(spec, settings)
                else None,
                canary=canary_plan(spec, settings),
                # LOCAL runs no Prometheus Operator, whose CRD a PodMonitor needs
                monitoring=settings.mode != "LOCAL",
            ),
        )

    def _grants(self, props: AppServicesProps, endpoints: Endpoints) -> Migrations:
        """The app group's privileges on the owner's tables: a Sync hook after the migrations,
        with psql from the cluster's own Postgres image, logged in as the owner (libpq's
        environment: no password in the command line)."""
        settings = props.settings
        ca = postgres_ca_secret(settings.mode)
        return Migrations(
            self,
            "grants",
            props=MigrationsProps(
                name=f"{APP_NAME}-grants",
                image=settings.postgres.image,
                command=("psql", "-v", "ON_ERROR_STOP=1", "-c", GRANTS_SQL),
                postgres=props.postgres,
                config={
                    "PGHOST": endpoints.postgres_host,
                    "PGPORT": str(POSTGRES_PORT),
                    "PGDATABASE": POSTGRES_DATABASE,
                    "PGSSLMODE": "verify-full",
                    "PGSSLROOTCERT": f"{POSTGRES_CA_MOUNT}/ca.crt",
                    "HOME": "/tmp",  # the uid has no home; psql looks for ~/.psqlrc
                },
                secret_env={"PGUSER": SecretKey(POSTGRES_APP_SECRET, "username"), "PGPASSWORD": SecretKey(POSTGRES_APP_SECRET, "password")},
                secret_files=[SecretFile(ca, POSTGRES_CA_MOUNT, keys=("ca.crt",))],
                policy_skips=GRANTS_POLICY_SKIPS,
                wave=WAVE_GRANTS,
            ),
        )

    def _migrations(self, props: AppServicesProps, endpoints: Endpoints) -> Migrations:
        """The schema first: with the settings django.setup() reads (the gateway's common ones)."""
        settings = props.settings
        release = settings.release
        migrate_spec = AppServiceSpec(
            name=f"{APP_NAME}-migrate",
            command=release.migrate_command,
            depends_on=frozenset({Dependency.POSTGRES}),
            reads_settings=release.migrate_settings,
        )
        migrate_env = service_env(migrate_spec, release=release, settings=settings, endpoints=endpoints, database_owner=True)
        return Migrations(
            self,
            "migrations",
            props=MigrationsProps(
                name=migrate_spec.name,
                image=settings.image.reference,
                image_pull_policy=settings.image.pull,
                command=release.migrate_command,
                postgres=props.postgres,
                config=migrate_env.config,
                secret_env=migrate_env.secrets,
                pod_env=migrate_env.pod,
                secret_files=service_secret_files(migrate_spec, release=release, settings=settings),
                policy_skips=policy_skips(migrate_spec, has_secrets=bool(migrate_env.secrets), settings=settings),
            ),
        )


GRANTS_SQL = (
    f"GRANT USAGE ON SCHEMA public TO {APP_GROUP_ROLE}; "
    f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {APP_GROUP_ROLE}; "
    f"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {APP_GROUP_ROLE}; "
    f"ALTER DEFAULT PRIVILEGES FOR ROLE {POSTGRES_OWNER} IN SCHEMA public "
    f"GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {APP_GROUP_ROLE}; "
    f"ALTER DEFAULT PRIVILEGES FOR ROLE {POSTGRES_OWNER} IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO {APP_GROUP_ROLE};"
)
"""What the app group may do: change rows of every table the migrations made (and will make),
never alter, drop or truncate one. Idempotent: the grants Job runs it at every sync."""
GRANTS_POLICY_SKIPS = {
    "CKV_K8S_40": "psql runs as the app's uid 1000, as the migrations do; nothing in it depends on the uid",
    "CKV_K8S_43": "the Postgres image is pinned by tag in the overlay (postgres.image), the cluster's own",
    "CKV_K8S_35": "libpq reads the owner's password from PGPASSWORD, filled from CloudNativePG's Secret by reference",
}
"""checkov checks the grants Job knowingly does not meet, each with its reason."""
WAVE_GRANTS = WAVE_MIGRATIONS + 1
"""After the migrations, which make the tables, before the workloads."""


@dataclass(frozen=True)
class ServiceEnv:
    """One entrypoint's settings: plain ones (its ConfigMap), from Secrets (by reference),
    and ones built from the pod itself (Kubernetes expands ``$(POD_IP)`` in them)."""

    config: dict[str, str]
    secrets: dict[str, SecretKey]
    pod: dict[str, str]


APP_SECRET = "somaagent01-app"
"""Secrets every entrypoint shares (Django's key, the internal token), from Vault."""
SECRET_FILLS: dict[str, tuple[str, str]] = {
    "django_secret_key": (APP_SECRET, "SECRET_KEY"),
    "gateway_internal_token": (APP_SECRET, "SA01_GATEWAY_INTERNAL_TOKEN"),
    "keycloak_client_secret": ("gateway-secrets", "SA01_KEYCLOAK_CLIENT_SECRET"),
    "llm_api_key": ("gateway-secrets", "SA01_LLM_API_KEY"),
    "spicedb_token": (SPICEDB_SECRET, "preshared_key"),
}
"""Settings filled from Vault-written Secrets: fill -> (Secret, key). producers.py's Vault
list is derived from this, so a new secret setting cannot lack its producer."""
SA01_ENVIRONMENT = {"LOCAL": "DEV", "DEVELOPMENT": "DEV", "TRAINING": "STAGING", "PRODUCTION": "PROD"}
SA01_DEPLOYMENT_MODE = {"LOCAL": "DEV", "DEVELOPMENT": "DEV", "TRAINING": "PROD", "PRODUCTION": "PROD"}
"""Values every loader of the release accepts (settings_registry.py:361-384 and the admin
loader take DEV and PROD; AAAS would load SomaBrain in-process, which the image lacks). PROD
requires POSTGRES_HOST, REDIS_HOST and VAULT_ADDR, which the platform sets."""
POLICY_DATA_PATH = "/v1/data/soma/policy/allow"
"""The decision of the app's Rego package ``soma.policy`` (the release's default names
``/v1/data/soma/allow``, which does not exist)."""


def database_role(service: str) -> str:
    """The login role of one entrypoint on the app's database (a member of the app group)."""
    return f"{POSTGRES_OWNER}_{service.replace('-', '_')}"


def database_credentials_secret(service: str) -> str:
    """The Secret holding that role's password (CloudNativePG's managed role reads it)."""
    return f"{service}-postgres-credentials"


def database_uri_secret(service: str) -> str:
    """The Secret holding that role's connection URI (``SA01_DB_DSN``: the password inside)."""
    return f"{service}-postgres-uri"


def reads_database(spec: AppServiceSpec, release: AppRelease) -> bool:
    return any(release.settings[name].fill == "postgres_uri" for name in spec.reads_settings)


def redis_client(spec: AppServiceSpec, settings: EnvironmentSettings) -> bool:
    """Whether ``spec`` logs in to the app's Redis as its own ACL user: beyond LOCAL (LOCAL's
    Redis has no users), where it depends on Redis; the migrations only need the setting."""
    return settings.mode != "LOCAL" and Dependency.REDIS in spec.depends_on


def uses_vault(settings: EnvironmentSettings) -> bool:
    """Whether the app's own Vault client is configured: where its PROD deployment mode
    demands it (TRAINING, PRODUCTION), and in LOCAL against its dev-mode Vault (where provider
    keys set through the admin API last until Vault restarts); DEVELOPMENT leaves it off."""
    return settings.mode in ("LOCAL", "TRAINING", "PRODUCTION")


def vault_client(spec: AppServiceSpec, settings: EnvironmentSettings) -> bool:
    """Whether ``spec``'s own Vault client runs here: the mode has it on and the entrypoint
    reads a Vault token (``VAULT_TOKEN_FILE``). The one test behind its token, its network
    path to Vault, its agent and its Vault role."""
    return uses_vault(settings) and "VAULT_TOKEN_FILE" in spec.reads_settings


def vault_agent(spec: AppServiceSpec, settings: EnvironmentSettings) -> bool:
    """Whether Vault Agent runs beside it: beyond LOCAL (LOCAL's dev-mode Vault takes the
    root token from a hand-made Secret, over plain HTTP)."""
    return vault_client(spec, settings) and settings.mode != "LOCAL"


def _vault_addr(spec: AppServiceSpec, settings: EnvironmentSettings) -> str:
    """Vault Agent's listener where the agent runs (it speaks TLS to Vault); LOCAL's dev-mode
    Vault; else the active server itself (the migrations, which only need the setting
    present in PROD mode and read nothing from Vault)."""
    if settings.mode == "LOCAL":
        return VAULT_DEV_ADDR
    return APP_VAULT_PROXY if vault_agent(spec, settings) else VAULT_ACTIVE_ADDR


def service_env(
    spec: AppServiceSpec, *, release: AppRelease, settings: EnvironmentSettings, endpoints: Endpoints, database_owner: bool = False
) -> ServiceEnv:
    """Every setting ``spec`` reads, filled for this environment; nothing it does not read."""
    env = ServiceEnv({}, {}, {})
    for name in spec.reads_settings:
        fill = release.settings[name].fill
        if fill in SECRET_FILLS:
            env.secrets[name] = SecretKey(*SECRET_FILLS[fill])
        elif fill == "postgres_uri":
            # the owner's (CloudNativePG writes it) for the migrations only; each entrypoint
            # its own role's, which may change rows but not tables
            secret = POSTGRES_APP_SECRET if database_owner else database_uri_secret(spec.name)
            env.secrets[name] = SecretKey(secret, "uri")
        elif fill == "redis_url" and redis_client(spec, settings):
            # its own ACL user's URL, password inside (the Redis tier writes it from Vault)
            env.secrets[name] = SecretKey(redis_url_secret(spec.name), "url")
        elif fill == "kafka_sasl_password":
            env.secrets[name] = SecretKey(spec.name, "password")  # the KafkaUser's Secret (User Operator)
        elif fill == "allowed_hosts":
            # kubelet probes send the pod IP as Host; callers use the Service's names
            names = [f"{spec.name}", f"{spec.name}.{settings.namespace}.svc"] if spec.port else []
            env.pod[name] = ",".join(["$(POD_IP)", *names])
        elif fill == "vault_addr":
            if uses_vault(settings):
                env.config[name] = _vault_addr(spec, settings)
        elif fill == "vault_token_file":
            if uses_vault(settings):
                env.config[name] = APP_TOKEN_FILE
        else:
            env.config[name] = _value(fill, spec, settings=settings, endpoints=endpoints)
    return env


def canary_plan(spec: AppServiceSpec, settings: EnvironmentSettings) -> CanaryPlan | None:
    """The overlay's canary of the service; its analysis reads the edge's routes to the app."""
    canary = settings.sizing(spec.name).canary
    if canary is None:
        return None
    analysis = (
        CanaryAnalysisProps(prometheus_url=PROMETHEUS_URL, route_pattern=kong_route_pattern(settings.namespace, APP_ROUTES))
        if canary.analysis
        else None
    )
    return CanaryPlan(steps=[(step.weight, step.pause) for step in canary.steps], analysis=analysis)


def _value(fill: str, spec: AppServiceSpec, *, settings: EnvironmentSettings, endpoints: Endpoints) -> str:
    kind, _, argument = fill.partition(":")
    simple = {
        "postgres_sslmode": "verify-full",
        "postgres_sslrootcert": f"{POSTGRES_CA_MOUNT}/ca.crt",
        "redis_url": endpoints.redis_url,
        "redis_host": endpoints.redis_host,
        "postgres_host": endpoints.postgres_host,
        "slm_model": settings.external.slm_model,
        "redis_port": str(REDIS_PORT),
        "keycloak_url": endpoints.keycloak_url,
        "keycloak_realm": KEYCLOAK_REALM,
        "keycloak_client_id": KEYCLOAK_CLIENT_ID,
        "jwks_url": f"{endpoints.keycloak_url}/realms/{KEYCLOAK_REALM}/protocol/openid-connect/certs",
        "sa01_environment": SA01_ENVIRONMENT[settings.mode],
        "sa01_deployment_mode": SA01_DEPLOYMENT_MODE[settings.mode],
        "tenant_id": settings.tenant_id,
        "log_level": settings.log_level,
        "kafka_bootstrap": endpoints.kafka_bootstrap_servers,
        "kafka_security_protocol": "SASL_SSL" if endpoints.kafka_tls else "SASL_PLAINTEXT",
        "kafka_sasl_mechanism": "SCRAM-SHA-512",
        "kafka_sasl_username": spec.name,
        "group": spec.consumer_group or "",
        "port": str(spec.port),
        "opa_url": endpoints.opa_url,
        "opa_data_path": POLICY_DATA_PATH,
        "temporal_host": endpoints.temporal_host,
        "spicedb_host": endpoints.spicedb_host,
        "spicedb_port": str(SPICEDB_PORT),
        "auth_required": _flag(settings.policy.require_auth),
        "authz_fail_open": _flag(posture_of(settings.mode).authz_fail_open),
        "somabrain_url": settings.external.somabrain_url,
        "llm_api_url": settings.external.slm_base_url,
        "whisper_url": endpoints.whisper_url(settings.whisper.port),
    }
    if fill in simple:
        if fill == "group" and not spec.consumer_group:
            raise ValueError(f"{spec.name} reads a group setting but consumes with no group")
        return simple[fill]
    if kind == "topic":
        return topic_name(argument, mode=settings.mode)
    if kind == "service":
        return endpoints.app_service_url(argument, settings.release.service(argument).port or 0)
    raise ValueError(f"release {settings.app_release}: no way to fill {fill!r} ({spec.name})")


def service_secret_files(spec: AppServiceSpec, *, release: AppRelease, settings: EnvironmentSettings) -> list[SecretFile]:
    """CA certificates the clients verify their servers with: Strimzi's cluster CA, the CA
    that signs the Postgres server's certificate (endpoints.postgres_ca_secret), beyond LOCAL
    the one that signs Redis'; in LOCAL, the dev-mode Vault's token."""
    files = []
    if Dependency.KAFKA in spec.depends_on and settings.kafka.tls and release.kafka_tls:
        files.append(SecretFile(KAFKA_CA_SECRET, KAFKA_CA_DIR, keys=("ca.crt",)))
    if "PGSSLROOTCERT" in spec.reads_settings:
        # only the certificate: the same Secret holds a private key (CloudNativePG's CA's,
        # which also signs the client certificates it trusts; or the server's)
        files.append(SecretFile(postgres_ca_secret(settings.mode), POSTGRES_CA_MOUNT, keys=("ca.crt",)))
    if redis_client(spec, settings):
        files.append(SecretFile(REDIS_TLS_SECRET, REDIS_CA_MOUNT, keys=("ca.crt",)))
    if settings.mode == "LOCAL" and vault_client(spec, settings):
        # where Vault Agent would write the token beyond LOCAL: dev mode's root token, by hand
        files.append(SecretFile(VAULT_DEV_TOKEN_SECRET, str(PurePosixPath(APP_TOKEN_FILE).parent), keys=("token",)))
    return files


def policy_skips(spec: AppServiceSpec, *, has_secrets: bool, settings: EnvironmentSettings) -> dict[str, str]:
    """checkov checks a service knowingly does not meet, each with its reason."""
    skips = {
        "CKV_K8S_40": "the SomaAgent01 image is built to run as uid 1000 (service catalog)",
        "CKV_K8S_43": "images are pinned by tag per environment; digests are not published for the app image",
    }
    if spec.port is None:
        skips["CKV_K8S_8"] = "it serves nothing over TCP: no liveness probe rather than one that always fails"
        skips["CKV_K8S_9"] = "it serves nothing over TCP: no readiness probe rather than one that always fails"
    if has_secrets:
        skips["CKV_K8S_35"] = "the app reads its secrets from environment variables, filled from a Secret by reference"
    if settings.mode == "LOCAL":
        skips["CKV_K8S_14"] = "LOCAL runs the image built on the laptop, tagged latest"
        skips["CKV_K8S_15"] = "LOCAL uses the image loaded into kind/k3d, which cannot be pulled"
    return skips


def _flag(value: bool) -> str:
    return "true" if value else "false"
