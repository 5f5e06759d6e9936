"""Secrets that come from Vault: what each tier declares it reads, and where in Vault.

Beyond LOCAL, Vault is the single source of secrets: each tier declares the Secrets its
objects reference that no operator generates (``Tier.vault_secrets``), and the secrets tier
renders, per environment namespace, the External Secrets objects that write them from Vault.
In LOCAL (no Vault beyond dev mode) they are created by hand: ``make bootstrap
CLUSTER=local`` prints the commands.

Vault holds them in one KV version 2 engine, ``soma/``, one folder per environment
(``soma/<environment>/<key>``): a prod region reads its environment's folder, so what both
regions must agree on (the replication password, the mirror reader's password) is one key
both read. Each Vault cluster holds its own copy of that folder: open-source Vault has no
cross-cluster replication, so the bootstrap writes it into each region's Vault (Vault
Enterprise's performance replication would replace that step).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

VAULT_NAMESPACE = "vault"
"""Where the Vault chart's Application installs it (operators.py)."""
VAULT_PORT = 8200
VAULT_ACTIVE_ADDR = f"https://vault-active.{VAULT_NAMESPACE}.svc:{VAULT_PORT}"
"""The active server only (the chart's ``vault-active`` Service, from ``service_registration
"kubernetes"``): the app's secret manager checks ``/v1/sys/health`` in PROD mode and treats a
standby's 429 as unreachable (unified_secret_manager.py:51-71, urllib raises on it), and the
``vault`` Service picks any server."""
VAULT_TLS_SECRET = "vault-server-tls"
"""Vault's listener certificate (``tls.crt``, ``tls.key``, ``ca.crt``), from the cluster CA."""
VAULT_TLS_MOUNT = f"/vault/userconfig/{VAULT_TLS_SECRET}"
"""Where the server pods mount it (operators.py: server.volumes)."""
VAULT_SERVER_NAMES = (
    *(
        name
        for service in ("vault", "vault-active", "vault-standby")
        for name in (service, f"{service}.{VAULT_NAMESPACE}", f"{service}.{VAULT_NAMESPACE}.svc")
    ),
    # each server by its pod name, as the raft peers join each other (retry_join)
    "*.vault-internal",
    f"*.vault-internal.{VAULT_NAMESPACE}.svc",
)
"""Every name clients reach Vault by: the chart's Services (release ``vault``) and the
headless ``vault-internal`` the raft peers use; 127.0.0.1 is the server's own CLI
(the chart's ``VAULT_ADDR`` in the pod, server-statefulset.yaml)."""
VAULT_TRUST_SECRET = "vault-trust"
"""In each environment namespace: a certificate from the cluster CA that no one presents,
whose Secret's ``ca.crt`` is that CA, so the namespace's store and Vault Agents verify Vault
with a trust anchor cert-manager keeps current, not a copy."""
VAULT_SERVER_PODS = {"app.kubernetes.io/name": "vault", "app.kubernetes.io/instance": "vault", "component": "server"}
"""The chart's labels on the server pods (values.yaml server.affinity, release ``vault``)."""
VAULT_KV_MOUNT = "soma"
"""The KV version 2 secrets engine every environment's secrets live in."""
VAULT_KUBERNETES_AUTH = "kubernetes"
"""The Kubernetes auth method's mount path."""
EXTERNAL_SECRETS_NAMESPACE = "external-secrets"
"""Where External Secrets' Application installs it (operators.py), release ``external-secrets``."""
STORE_NAME = "vault"
"""Each environment namespace's SecretStore."""
VAULT_AUDIENCE = "vault"
"""The ``aud`` claim the stores' tokens carry and the roles accept (nothing else's token will do)."""
STORE_SERVICE_ACCOUNT = "external-secrets-vault"
"""The ServiceAccount each namespace's SecretStore logs in to Vault as (bound to one role)."""


def store_role(namespace: str) -> str:
    """The Vault Kubernetes-auth role of one namespace's SecretStore."""
    return f"{namespace}-external-secrets"


def store_policy(namespace: str) -> str:
    """The Vault policy of that role: read on its environment's folder only."""
    return f"{namespace}-external-secrets-read"


@dataclass(frozen=True, kw_only=True)
class VaultSecret:
    """One Secret written from Vault into an environment namespace: its name, type and keys,
    the Vault key it is read from, how often it is read again, and what reads it."""

    name: str
    """The Secret's name in the namespace."""
    keys: tuple[str, ...]
    """The keys the Secret holds (Vault properties of the same names, except ``literals``)."""
    type: str = "Opaque"
    """The Secret's type. Default: Opaque; CloudNativePG's managed roles need
    ``kubernetes.io/basic-auth``."""
    literals: Mapping[str, str] = field(default_factory=dict)
    """Keys whose value is fixed, not a secret (a managed role's ``username`` must equal the
    role): written by the template, not read from Vault. Default: none."""
    vault_key: str = ""
    """The key below the environment's folder it is read from. Default: the Secret's name;
    two Secrets that must hold the same value name one key."""
    refresh_interval: str = "1h"
    """How often External Secrets reads Vault again (a rotation reaches the Secret within it).
    Default: 1h, the controller's own default, written out."""
    refreshed_on_change_only: bool = False
    """Read again only when the ExternalSecret changes in Git (External Secrets'
    ``refreshPolicy: OnChange``): for a value whose replacement must be announced with it (a
    CA, whose generation its readers act on). Default: false (read every refresh interval)."""
    contract: str
    """What reads it and what it must hold."""
    templates: Mapping[str, str] = field(default_factory=dict)
    """Keys built from Vault properties by External Secrets' template (version 2), e.g. a URI
    holding a password; the properties they use are in ``template_reads``. Default: none."""
    template_reads: tuple[str, ...] = ()
    """Vault properties only the templates use (not keys of the Secret). Default: none."""
    properties: Mapping[str, str] = field(default_factory=dict)
    """Secret key -> the Vault property it is read from, where the names differ (Strimzi's
    ``ca.crt`` from the CA's ``tls.crt``). Default: the same name."""
    labels: Mapping[str, str] = field(default_factory=dict)
    """Labels the Secret must carry for its reader (Strimzi's on a CA it is given). Default: none."""
    annotations: Mapping[str, str] = field(default_factory=dict)
    """Annotations likewise. Default: none."""
    written_after_sync: bool = False
    """Its value exists only once the environment runs (a key Keycloak makes when it imports
    the realm), so its ExternalSecret syncs after every other wave (``WAVE_AFTER_EVERYTHING``):
    anywhere earlier it would stay unready and hold every later wave of a fresh environment.
    Default: false (before its readers)."""
    local_values: Mapping[str, str] = field(default_factory=dict)
    """Keys whose hand-made LOCAL value is built from other values (a URI holding a password),
    as a shell expression over :func:`shell_variable` names. Default: none; each is random."""

    @property
    def path(self) -> str:
        return self.vault_key or self.name

    @property
    def vault_properties(self) -> tuple[str, ...]:
        """The Vault properties it reads, in the order of its keys."""
        return tuple(vault_property for _, vault_property in self.read_keys)

    @property
    def read_keys(self) -> tuple[tuple[str, str], ...]:
        """(name in the template, Vault property) of everything read from Vault."""
        direct = [(key, self.properties.get(key, key)) for key in self.keys if key not in self.literals and key not in self.templates]
        return (*direct, *((name, name) for name in self.template_reads))


def store_policy_hcl(folder: str, secrets: Sequence[VaultSecret]) -> str:
    """The policy of one namespace's store: read on exactly the keys its Secrets come from."""
    paths = sorted({f"{VAULT_KV_MOUNT}/data/{folder}/{secret.path}" for secret in secrets})
    return "".join(f'path "{path}" {{\n  capabilities = ["read"]\n}}\n' for path in paths)


def configuration_commands(*, namespace: str, folder: str, secrets: Sequence[VaultSecret]) -> list[str]:
    """Idempotent ``vault`` commands that let one namespace's store read its Secrets: its
    policy and its Kubernetes-auth role, bound to its ServiceAccount in its namespace only;
    then what a human writes into Vault (the keys, never values)."""
    policy, role = store_policy(namespace), store_role(namespace)
    lines = [
        f"vault policy write {policy} - <<'HCL'\n{store_policy_hcl(folder, secrets)}HCL",
        f"vault write auth/{VAULT_KUBERNETES_AUTH}/role/{role} bound_service_account_names={STORE_SERVICE_ACCOUNT} "
        f"bound_service_account_namespaces={namespace} audience={VAULT_AUDIENCE} token_policies={policy} token_ttl=15m",
    ]
    lines.append(
        "# then write each key (passwords: letters and digits only, e.g. $(openssl rand -hex 24): connection URIs carry "
        "them; in prod/ the same values in every region's Vault)"
    )
    later = {secret.path for secret in secrets if secret.written_after_sync}
    for path in sorted({secret.path for secret in secrets} - later):
        lines.append(_kv_put(folder, path, secrets))
    if later:
        lines.append("# after the first sync (their values exist only once the environment runs; see each contract)")
        lines += [_kv_put(folder, path, secrets) for path in sorted(later)]
    return lines


def _kv_put(folder: str, path: str, secrets: Sequence[VaultSecret]) -> str:
    properties = sorted({key for secret in secrets if secret.path == path for key in secret.vault_properties})
    return f"# vault kv put -mount={VAULT_KV_MOUNT} {folder}/{path} " + " ".join(f"{key}=..." for key in properties)


VAULT_AUDIT_LOG = "/vault/audit/vault_audit.log"
"""The file audit device's log, on the chart's audit volume (operators.py: server.auditStorage)."""

ENGINE_COMMANDS = (
    f"vault audit list | grep -q '^file/' || vault audit enable file file_path={VAULT_AUDIT_LOG}",
    f"vault secrets list | grep -q '^{VAULT_KV_MOUNT}/' || vault secrets enable -path={VAULT_KV_MOUNT} -version=2 kv",
    f"vault auth list | grep -q '^{VAULT_KUBERNETES_AUTH}/' || vault auth enable -path={VAULT_KUBERNETES_AUTH} kubernetes",
    f"vault write auth/{VAULT_KUBERNETES_AUTH}/config kubernetes_host=https://kubernetes.default.svc",
)
"""Once per Vault: the audit log, the KV engine and the Kubernetes auth method (each enabled
only if absent)."""


def shell_variable(path: str, key: str) -> str:
    """The shell variable LOCAL's hand-made value of ``key`` at ``path`` is held in, so
    Secrets that share a Vault key share the value there too."""
    return "SOMA_" + "".join(character if character.isalnum() else "_" for character in f"{path}_{key}").upper()


# --- the app's own Vault client (Vault Agent injection) --------------------------------------

APP_KV_MOUNT = "secret"
"""The KV version 2 engine the app's secret manager reads and writes: ``load_kv_secret``'s
default mount (services/common/vault_secrets.py:61-70); the release offers no setting for it."""
APP_SECRET_PATHS = ("agent/api_keys", "agent/credentials")
"""Where it keeps the LLM providers' API keys and other credentials
(services/common/unified_secret_manager.py:25-27), also not a setting: every environment on a
cluster shares them (Vault Enterprise namespaces, ``VAULT_NAMESPACE``, would separate them)."""
APP_SECRET_WRITERS = frozenset({"gateway"})
"""Entrypoints that write there too: the gateway serves the admin API that sets provider
keys (admin/core/api/llm.py through get_secret_manager); the others only read."""
APP_TOKEN_FILE = "/vault/secrets/token"
"""Where Vault Agent writes the pod's Vault token (``agent-inject-token``: the secrets volume,
vault-k8s v1.4.2 agent-inject/agent/config.go L263-270); ``VAULT_TOKEN_FILE`` names it."""
APP_VAULT_PROXY = f"http://127.0.0.1:{VAULT_PORT}"
"""The app's ``VAULT_ADDR`` where Vault Agent runs beside it: the agent's cache listener
(``agent-cache-enable``; plain HTTP on the pod's loopback only, vault-k8s v1.4.2
agent-inject/agent/config.go L317-324) forwards to Vault over TLS, verifying it with the
namespace's trust anchor. The release's clients verify Vault with the system CAs (its health
check is a bare ``urllib`` call, unified_secret_manager.py:56-71), which would refuse the
cluster CA; the agent is what speaks TLS."""
TLS_SECRET_ANNOTATION = "vault.hashicorp.com/tls-secret"
"""The pod annotation naming the Secret the injector mounts into the agent (vault-k8s v1.4.2
agent-inject/agent/annotations.go L186-188)."""
APP_VAULT_CA_MOUNT = "/vault/tls"
"""Where the injector mounts ``tls-secret`` into the agent (agent-inject/agent/container_volume.go L20-21)."""
VAULT_DEV_ADDR = f"http://vault.{VAULT_NAMESPACE}.svc:{VAULT_PORT}"
"""LOCAL's dev-mode Vault (no listener TLS in dev mode)."""
VAULT_DEV_ROOT_TOKEN = "root"
"""Dev mode's root token, the chart's default (values.yaml ``server.dev.devRootToken``), which
the Application leaves as it is: not a secret, dev mode keeps nothing past a restart."""
VAULT_DEV_TOKEN_SECRET = "vault-dev-token"
"""LOCAL's hand-made Secret holding that token; the app reads it as ``VAULT_TOKEN_FILE``."""
APP_AGENT_LABEL = ("vault.hashicorp.com/agent-inject", "true")
"""The pod label the injector's webhook selects (operators.py: its objectSelector), so that
refusing a pod while the injector is down (failurePolicy Fail) touches only pods that need
the agent, never an operator's."""
APP_TOKEN_VOLUME = "vault-token"
"""The projected ServiceAccount token (audience ``vault``) only Vault Agent mounts: the app's
own containers get no Kubernetes token (``agent-service-account-token-volume-name``,
agent-inject/agent/agent.go L761-795)."""


def app_role(namespace: str, service: str) -> str:
    """The Vault role of one entrypoint's Vault Agent."""
    return f"{namespace}-{service}"


def app_policy_hcl(service: str) -> str:
    """Its policy: read the app's paths; the writers also write and delete there."""
    writes = service in APP_SECRET_WRITERS
    capabilities = '["create", "read", "update", "delete"]' if writes else '["read"]'
    lines = []
    for path in APP_SECRET_PATHS:
        lines.append(f'path "{APP_KV_MOUNT}/data/{path}" {{\n  capabilities = {capabilities}\n}}\n')
        if writes:
            lines.append(f'path "{APP_KV_MOUNT}/metadata/{path}/*" {{\n  capabilities = ["delete"]\n}}\n')
    return "".join(lines)


def app_configuration_commands(*, namespace: str, services: Sequence[str]) -> list[str]:
    """Per entrypoint with a Vault client: its policy and its role, bound to its own
    ServiceAccount in its namespace, for the ``vault`` audience."""
    lines = []
    for service in services:
        role = app_role(namespace, service)
        lines += [
            f"vault policy write {role} - <<'HCL'\n{app_policy_hcl(service)}HCL",
            f"vault write auth/{VAULT_KUBERNETES_AUTH}/role/{role} bound_service_account_names={service} "
            f"bound_service_account_namespaces={namespace} audience={VAULT_AUDIENCE} token_policies={role} token_ttl=1h",
        ]
    return lines
