"""The SomaAgent01 application tier: every catalog entrypoint, sized by the overlay."""

from __future__ import annotations

from dataclasses import dataclass

from constructs import Construct

from ..catalog import APP_SERVICES, AppServiceSpec, Dependency, topic_name
from ..endpoints import KAFKA_CA_SECRET, POSTGRES_APP_SECRET, POSTGRES_CA_SECRET, Endpoints
from ..settings import EnvironmentSettings
from .app_service import AppService, AppServiceProps, SecretFile, SecretKey

KAFKA_CA_DIR = "/etc/kafka/ca"
POSTGRES_CA_DIR = "/etc/postgres/ca"


@dataclass(frozen=True, kw_only=True)
class AppServicesProps:
    """What the application tier is given."""

    settings: EnvironmentSettings
    """The environment's settings."""
    zone_spread: bool = False
    """Spread every service over zones (production regions). Default: false."""


class AppServices(Construct):
    """One :class:`AppService` per catalog entry, configured from the environment."""

    def __init__(self, scope: Construct, id: str, *, props: AppServicesProps) -> None:
        super().__init__(scope, id)
        settings = props.settings
        sizing = settings.services.by_name()
        endpoints = Endpoints(settings.namespace, kafka_tls=settings.kafka.tls)
        self.services: dict[str, AppService] = {}
        for spec in APP_SERVICES:
            self.services[spec.name] = AppService(
                self,
                spec.name,
                props=AppServiceProps(
                    spec=spec,
                    image=f"{settings.image.repository}:{settings.image.tag}",
                    image_pull_policy=settings.image.pull_policy,
                    sizing=sizing[spec.name],
                    config=service_config(spec, settings=settings, endpoints=endpoints),
                    secret_env=service_secrets(spec),
                    secret_files=service_secret_files(spec, settings=settings),
                    scratch_volume_size=settings.scratch_volume_size,
                    zone_spread=props.zone_spread,
                    policy_skips=policy_skips(spec, settings=settings),
                ),
            )


def service_config(spec: AppServiceSpec, *, settings: EnvironmentSettings, endpoints: Endpoints) -> dict[str, str]:
    """The non-secret settings of one service: common ones, what its dependencies need, its own."""
    config = {
        "SOMA_AGENT_MODE": settings.mode,
        "LOG_LEVEL": settings.log_level,
        "SOMA_TENANT_ID": settings.tenant_id,
    }
    needs = spec.depends_on
    if Dependency.KAFKA in needs:
        config["KAFKA_BOOTSTRAP_SERVERS"] = endpoints.kafka_bootstrap_servers
        config["KAFKA_SECURITY_PROTOCOL"] = "SASL_SSL" if settings.kafka.tls else "SASL_PLAINTEXT"
        config["KAFKA_SASL_MECHANISM"] = "SCRAM-SHA-512"
        config["KAFKA_SASL_USERNAME"] = spec.name
        if settings.kafka.tls:
            config["KAFKA_SSL_CA_LOCATION"] = f"{KAFKA_CA_DIR}/ca.crt"
    if Dependency.POSTGRES in needs:
        config["POSTGRES_DSN"] = endpoints.postgres_dsn
        # libpq verifies the server against the cluster's CA and name (the app passes no
        # sslmode of its own: services/gateway/settings.py:151-164 at a169e468)
        config["PGSSLMODE"] = "verify-full"
        config["PGSSLROOTCERT"] = f"{POSTGRES_CA_DIR}/ca.crt"
    if Dependency.REDIS in needs:
        config["REDIS_URL"] = endpoints.redis_url
    if Dependency.OPA in needs:
        config["POLICY_BASE_URL"] = endpoints.opa_url
        config["POLICY_FAIL_OPEN"] = _flag(settings.policy.fail_open)
    if Dependency.OPENFGA in needs:
        config["OPENFGA_API_URL"] = endpoints.openfga_url
    if Dependency.SLM in needs:
        config["SLM_BASE_URL"] = settings.external.slm_base_url
        config["SLM_MODEL"] = settings.external.slm_model
    if Dependency.SOMABRAIN in needs:
        config["SOMA_BASE_URL"] = settings.external.somabrain_url
    for key, value in spec.settings.items():
        config[key] = _resolve(value, settings=settings, endpoints=endpoints)
    return config


def _resolve(value: str, *, settings: EnvironmentSettings, endpoints: Endpoints) -> str:
    """A catalog setting's value in this environment; see AppServiceSpec.settings."""
    if not (value.startswith("{") and value.endswith("}") and ":" in value):
        return value
    kind, _, argument = value[1:-1].partition(":")
    if kind == "topic":
        return topic_name(argument, mode=settings.mode)
    if kind == "service":
        callee = next(spec for spec in APP_SERVICES if spec.name == argument)
        return endpoints.app_service_url(callee.name, callee.port)
    if kind == "policy":
        return _flag(getattr(settings.policy, argument))
    raise ValueError(f"catalog: unknown placeholder {value!r}")


def service_secrets(spec: AppServiceSpec) -> dict[str, SecretKey]:
    """Where each secret setting of a service comes from; no value is ever rendered.

    The catalog's secrets come from ``<service>-secrets`` (External Secrets fills it from
    Vault beyond LOCAL); the Kafka password from the service's KafkaUser Secret, which
    Strimzi's User Operator generates; the Postgres password from the Secret CloudNativePG
    generates for the database owner.
    """
    secrets = {name: SecretKey(f"{spec.name}-secrets", name) for name in spec.secrets}
    if Dependency.KAFKA in spec.depends_on:
        secrets["KAFKA_SASL_PASSWORD"] = SecretKey(spec.name, "password")
    if Dependency.POSTGRES in spec.depends_on:
        secrets["PGPASSWORD"] = SecretKey(POSTGRES_APP_SECRET, "password")
    return secrets


def service_secret_files(spec: AppServiceSpec, *, settings: EnvironmentSettings) -> list[SecretFile]:
    """CA certificates the clients verify their servers with: Strimzi's cluster CA, and the
    CA CloudNativePG issues the Postgres server certificate from (``<cluster>-ca``)."""
    files = []
    if Dependency.KAFKA in spec.depends_on and settings.kafka.tls:
        files.append(SecretFile(KAFKA_CA_SECRET, KAFKA_CA_DIR, keys=("ca.crt",)))
    if Dependency.POSTGRES in spec.depends_on:
        # only the certificate: CloudNativePG keeps the CA's private key (ca.key) in the same
        # Secret, and that CA also signs the client certificates it trusts
        files.append(SecretFile(POSTGRES_CA_SECRET, POSTGRES_CA_DIR, keys=("ca.crt",)))
    return files


def policy_skips(spec: AppServiceSpec, *, settings: EnvironmentSettings) -> dict[str, str]:
    """checkov checks a service knowingly does not meet, each with its reason."""
    skips = {
        "CKV_K8S_40": "the SomaAgent01 image is built to run as uid 1000 (service catalog)",
        "CKV_K8S_43": "images are pinned by tag per environment; digests are not published for the app image",
    }
    if service_secrets(spec):
        skips["CKV_K8S_35"] = "the app reads its secrets from environment variables, filled from a Secret by reference"
    if settings.mode == "LOCAL":
        skips["CKV_K8S_14"] = "LOCAL runs the image built on the laptop, tagged latest"
        skips["CKV_K8S_15"] = "LOCAL uses the image loaded into kind/k3d, which cannot be pulled"
    return skips


def _flag(value: bool) -> str:
    return "true" if value else "false"
