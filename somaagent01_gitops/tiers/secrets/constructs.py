"""Secrets from Vault in one environment namespace, through External Secrets (v2.9.0).

A ``SecretStore`` per namespace, not one ``ClusterSecretStore`` per cluster: each
namespace's store logs in to Vault as its own ServiceAccount through its own Kubernetes-auth
role, whose policy reads that environment's folder only, so no namespace can name another
environment's secrets. The controller may mint a token for that one ServiceAccount only: the
chart's cluster-wide ``serviceaccounts/token`` grant is switched off
(``rbac.serviceAccountTokenCreate: false``, operators.py) and each namespace grants it here
by name, as the chart's values.yaml says to.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from cdk8s_plus_27 import k8s
from constructs import Construct

from imports.externalsecrets.io.external_secrets import (
    ExternalSecret,
    ExternalSecretSpec,
    ExternalSecretSpecData,
    ExternalSecretSpecDataRemoteRef,
    ExternalSecretSpecRefreshPolicy,
    ExternalSecretSpecSecretStoreRef,
    ExternalSecretSpecSecretStoreRefKind,
    ExternalSecretSpecTarget,
    ExternalSecretSpecTargetCreationPolicy,
    ExternalSecretSpecTargetDeletionPolicy,
    ExternalSecretSpecTargetTemplate,
    ExternalSecretSpecTargetTemplateMetadata,
    SecretStore,
    SecretStoreSpec,
    SecretStoreSpecProvider,
    SecretStoreSpecProviderVault,
    SecretStoreSpecProviderVaultAuth,
    SecretStoreSpecProviderVaultAuthKubernetes,
    SecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef,
    SecretStoreSpecProviderVaultCaProvider,
    SecretStoreSpecProviderVaultCaProviderType,
    SecretStoreSpecProviderVaultVersion,
)

from ...argocd import WAVE_AFTER_EVERYTHING, WAVE_ANNOTATION, WAVE_PLATFORM
from ...constructs.idioms import k8s_metadata, metadata
from ...vault import (
    EXTERNAL_SECRETS_NAMESPACE,
    STORE_NAME,
    STORE_SERVICE_ACCOUNT,
    VAULT_AUDIENCE,
    VAULT_KUBERNETES_AUTH,
    VAULT_KV_MOUNT,
    VaultSecret,
    store_role,
)

WAVE_VAULT_ACCESS = WAVE_PLATFORM - 2
"""The store's ServiceAccount and the token grant: before the store, which External Secrets
marks not Ready (and Argo CD Degraded, failing the sync) while its account is missing."""
WAVE_VAULT_SECRETS = WAVE_PLATFORM - 1
"""The store and the ExternalSecrets: before the custom resources (wave 0) and workloads that
read their Secrets (a KafkaUser whose password Secret is missing is NotReady, Degraded too)."""
ESO_CONTROLLER = (EXTERNAL_SECRETS_NAMESPACE, "external-secrets")
"""(namespace, ServiceAccount) of the External Secrets controller: the chart's Application
installs it into ``external-secrets`` under the release name ``external-secrets``
(templates/_helpers.tpl ``external-secrets.serviceAccountName``: the full name)."""


@dataclass(frozen=True, kw_only=True)
class VaultSecretStoreProps:
    """One namespace's door to Vault."""

    namespace: str
    """The environment namespace: names the Vault role the store logs in as."""
    vault_address: str
    """Vault's in-cluster URL (https)."""
    ca_secret: str
    """The namespace's Secret whose ``ca.crt`` verifies Vault's listener."""


class VaultSecretStore(Construct):
    """The namespace's SecretStore on Vault, the ServiceAccount it logs in as, and the grant
    that lets the controller mint that account's token (and no other's)."""

    def __init__(self, scope: Construct, id: str, *, props: VaultSecretStoreProps) -> None:
        super().__init__(scope, id)
        self.service_account = k8s.KubeServiceAccount(
            self,
            "service-account",
            metadata=k8s_metadata(STORE_SERVICE_ACCOUNT, component="secrets", annotations=_wave(WAVE_VAULT_ACCESS)),
            automount_service_account_token=False,
        )
        self.token_role = k8s.KubeRole(
            self,
            "token-role",
            metadata=k8s_metadata(f"{STORE_SERVICE_ACCOUNT}-token", component="secrets", annotations=_wave(WAVE_VAULT_ACCESS)),
            rules=[
                k8s.PolicyRule(
                    api_groups=[""], resources=["serviceaccounts/token"], resource_names=[STORE_SERVICE_ACCOUNT], verbs=["create"]
                )
            ],
        )
        controller_namespace, controller = ESO_CONTROLLER
        self.token_binding = k8s.KubeRoleBinding(
            self,
            "token-binding",
            metadata=k8s_metadata(f"{STORE_SERVICE_ACCOUNT}-token", component="secrets", annotations=_wave(WAVE_VAULT_ACCESS)),
            role_ref=k8s.RoleRef(api_group="rbac.authorization.k8s.io", kind="Role", name=f"{STORE_SERVICE_ACCOUNT}-token"),
            subjects=[k8s.Subject(kind="ServiceAccount", name=controller, namespace=controller_namespace)],
        )
        self.store = _store(self, props)


def _store(scope: Construct, props: VaultSecretStoreProps) -> SecretStore:
    """Vault's KV engine through the namespace's role, over TLS verified with ``ca_secret``."""
    return SecretStore(
        scope,
        "store",
        metadata=metadata(STORE_NAME, component="secrets", annotations=_wave(WAVE_VAULT_SECRETS)),
        spec=SecretStoreSpec(
            provider=SecretStoreSpecProvider(
                vault=SecretStoreSpecProviderVault(
                    server=props.vault_address,
                    ca_provider=SecretStoreSpecProviderVaultCaProvider(
                        type=SecretStoreSpecProviderVaultCaProviderType.SECRET, name=props.ca_secret, key="ca.crt"
                    ),
                    path=VAULT_KV_MOUNT,
                    version=SecretStoreSpecProviderVaultVersion.V2,
                    auth=SecretStoreSpecProviderVaultAuth(
                        kubernetes=SecretStoreSpecProviderVaultAuthKubernetes(
                            mount_path=VAULT_KUBERNETES_AUTH,
                            role=store_role(props.namespace),
                            service_account_ref=SecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef(
                                name=STORE_SERVICE_ACCOUNT, audiences=[VAULT_AUDIENCE]
                            ),
                        )
                    ),
                )
            )
        ),
    )


@dataclass(frozen=True, kw_only=True)
class VaultSecretsProps:
    """The Secrets one environment reads from Vault."""

    folder: str
    """The environment's folder in Vault's KV engine (``<mount>/<folder>/<key>``)."""
    secrets: Sequence[VaultSecret]
    """What the tiers declared, one ExternalSecret each."""


class VaultSecrets(Construct):
    """One ExternalSecret per declared Secret, named like it: External Secrets writes (and
    owns) the Secret, reads Vault again every refresh interval, and keeps the Secret if the
    ExternalSecret goes (a pod still mounting it keeps running)."""

    def __init__(self, scope: Construct, id: str, *, props: VaultSecretsProps) -> None:
        super().__init__(scope, id)
        self.external_secrets = {secret.name: self._external_secret(secret, props.folder) for secret in props.secrets}

    def _external_secret(self, secret: VaultSecret, folder: str) -> ExternalSecret:
        return ExternalSecret(
            self,
            secret.name,
            metadata=metadata(
                secret.name,
                component="secrets",
                annotations=_wave(WAVE_AFTER_EVERYTHING if secret.written_after_sync else WAVE_VAULT_SECRETS),
            ),
            spec=ExternalSecretSpec(
                refresh_interval=secret.refresh_interval,
                refresh_policy=ExternalSecretSpecRefreshPolicy.ON_CHANGE if secret.refreshed_on_change_only else None,
                secret_store_ref=ExternalSecretSpecSecretStoreRef(name=STORE_NAME, kind=ExternalSecretSpecSecretStoreRefKind.SECRET_STORE),
                target=ExternalSecretSpecTarget(
                    name=secret.name,
                    creation_policy=ExternalSecretSpecTargetCreationPolicy.OWNER,
                    deletion_policy=ExternalSecretSpecTargetDeletionPolicy.RETAIN,
                    template=_template(secret),
                ),
                data=[
                    ExternalSecretSpecData(
                        secret_key=key,
                        remote_ref=ExternalSecretSpecDataRemoteRef(key=f"{folder}/{secret.path}", property=vault_property),
                    )
                    for key, vault_property in secret.read_keys
                ],
            ),
        )


def _template(secret: VaultSecret) -> ExternalSecretSpecTargetTemplate | None:
    """The Secret's type, its fixed keys beside the ones read from Vault, and the labels and
    annotations its reader needs."""
    if secret.type == "Opaque" and not secret.literals and not secret.templates and not secret.labels and not secret.annotations:
        return None
    fixed = {**secret.literals, **secret.templates}
    data = {key: fixed.get(key, "{{ ." + key + " }}") for key in secret.keys} if fixed else None
    metadata = (
        ExternalSecretSpecTargetTemplateMetadata(labels=dict(secret.labels) or None, annotations=dict(secret.annotations) or None)
        if secret.labels or secret.annotations
        else None
    )
    return ExternalSecretSpecTargetTemplate(
        type=None if secret.type == "Opaque" and data is None else secret.type, data=data, metadata=metadata
    )


def _wave(wave: int) -> dict[str, str]:
    return {WAVE_ANNOTATION: str(wave)}
