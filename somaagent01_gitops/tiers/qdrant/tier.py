"""The Qdrant tier's registration: in every environment its peers and its secrets (from Vault,
by hand in LOCAL); beyond LOCAL, TLS from the environment's CA and scheduled snapshots to
the environment's (or the region's) bucket."""

from __future__ import annotations

from collections.abc import Sequence

from constructs import Construct

from ...constructs.certificates import ServerCertificate, ServerCertificateProps
from ...constructs.idioms import storage_class_of
from ...constructs.network import object_storage
from ...settings import EnvironmentSettings
from ...targets import Target
from ...vault import VaultSecret, shell_variable
from ..base import Tier, TierContext
from .backup import QdrantBackupJob, QdrantBackupProps
from .constructs import API_KEY, CONFIG_KEY, QdrantCluster, QdrantClusterProps, server_names

QDRANT_SECRET = "qdrant-secrets"
"""The API key alone (``API_KEY``: Prometheus and the backup job send it) and Qdrant's
configuration file holding it and, with backups, the bucket's keys (``CONFIG_KEY``)."""
QDRANT_TLS_SECRET = "qdrant-server-tls"
S3_KEYS = ("access_key_id", "secret_access_key")
"""The bucket's access key, in the same Vault key as the API key (one Secret is built from it)."""


def config_file(settings: EnvironmentSettings, region_name: str | None, value: dict[str, str]) -> str:
    """Qdrant's ``config/local.yaml``: the API key and, with backups, snapshots stored in the
    bucket (``storage.snapshots_config``, config/config.yaml L10-17 at v1.11.0). ``value``
    gives each secret as the template writes it (External Secrets' or the shell's)."""
    lines = [f"service: {{api_key: '{value[API_KEY]}'}}"]
    backup = settings.qdrant.backup
    if backup is not None:
        bucket = settings.bucket("qdrant_backups", region_name)
        region = settings.bucket_region("qdrant_backups", region_name)
        s3 = f"{{bucket: {bucket}, region: {region}, access_key: '{value[S3_KEYS[0]]}', secret_key: '{value[S3_KEYS[1]]}'}}"
        lines.append(f"storage: {{snapshots_config: {{snapshots_storage: s3, s3_config: {s3}}}}}")
    return "\n".join(lines)


class QdrantUnit(Tier):
    """The environment's vector store."""

    name = "qdrant"

    def vault_secrets(self, target: Target) -> Sequence[VaultSecret]:
        settings = target.settings
        s3_keys = S3_KEYS if settings.qdrant.backup is not None else ()
        reads = (API_KEY, *s3_keys)
        return (
            VaultSecret(
                name=QDRANT_SECRET,
                keys=(API_KEY, CONFIG_KEY),
                templates={CONFIG_KEY: config_file(settings, target.region_name, {key: "{{ ." + key + " }}" for key in reads})},
                template_reads=s3_keys,
                local_values={CONFIG_KEY: config_file(settings, None, {API_KEY: "${" + shell_variable(QDRANT_SECRET, API_KEY) + "}"})}
                if settings.mode == "LOCAL"
                else {},
                contract="Qdrant's API key (letters and digits), which also signs the tenants' JWTs, and beyond LOCAL the "
                "access key of its backup bucket (write, read, list, delete): the key alone for Prometheus and the backup "
                "job, and all of them as Qdrant's config/local.yaml",
            ),
        )

    def build(self, scope: Construct, context: TierContext) -> QdrantCluster:
        target = context.target
        settings, qdrant = target.settings, target.settings.qdrant
        tls = settings.mode != "LOCAL"
        if tls:
            ServerCertificate(
                scope,
                "qdrant-certificate",
                props=ServerCertificateProps(
                    name=QDRANT_TLS_SECRET,
                    dns_names=server_names(settings.namespace),
                    component="vector-store",
                    lifetime=settings.certificates.servers,
                    # each peer presents it to the others, whose port requires a client
                    # certificate (src/common/helpers.rs L84-106 at v1.11.0)
                    client_auth=True,
                ),
            )
        if qdrant.backup is not None:
            _backup(scope, settings)
        return QdrantCluster(
            scope,
            "qdrant",
            props=QdrantClusterProps(
                namespace=settings.namespace,
                image=qdrant.image,
                replicas=qdrant.replicas,
                replication_factor=qdrant.replication_factor,
                write_consistency_factor=qdrant.write_consistency_factor,
                storage=qdrant.storage,
                storage_class=storage_class_of(qdrant.storage_class, target.region),
                resources=qdrant.resources,
                api_key_secret=QDRANT_SECRET,
                tls_secret=QDRANT_TLS_SECRET if tls else None,
                zone_spread=target.region is not None,
                # LOCAL runs no Prometheus Operator, whose CRD a PodMonitor needs
                monitoring=settings.mode != "LOCAL",
                snapshots_to_object_storage=object_storage(
                    settings.bucket_region("qdrant_backups", target.region_name), by_name=target.egress_by_name
                )
                if qdrant.backup is not None
                else None,
            ),
        )


def _backup(scope: Construct, settings: EnvironmentSettings) -> QdrantBackupJob:
    qdrant = settings.qdrant
    if qdrant.backup is None:
        raise ValueError("no Qdrant backup is set")
    return QdrantBackupJob(
        scope,
        "qdrant-backup",
        props=QdrantBackupProps(
            namespace=settings.namespace,
            replicas=qdrant.replicas,
            schedule=qdrant.backup.schedule,
            retention_days=qdrant.backup.retention_days,
            secret=QDRANT_SECRET,
            tls_secret=QDRANT_TLS_SECRET,
        ),
    )
