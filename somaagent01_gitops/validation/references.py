"""Gate: every reference in a rendered object resolves, per cluster and namespace.

A Secret a pod mounts, the ServiceAccount it runs as, the StorageClass its volume claims,
the pods a Service or NetworkPolicy selects, the target of an HPA, the Secrets a custom
resource names (KafkaUser, MirrorMaker 2, CloudNativePG roles and external clusters,
ObjectStore credentials, Keycloak's database and pod template, the realm's placeholders,
SpiceDB's secret and patches, a Certificate's issuer and an issuer's key pair, an
ExternalSecret's store and a store's CA, the Secret Vault Agent's injector mounts): each must
be an object the same cluster renders (in the right namespace), or one a declared runtime
producer creates there (``producers.py``: what an operator makes for an object we render),
or, in LOCAL, a Secret made by hand. Anything
else is a finding naming the object, the field and the missing name: on a cluster it is a
pod stuck in ContainerCreating, a Service with no endpoints, an operator that never
reconciles. Selectors that match only a tier a later issue renders are listed, not hidden.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..footprints import POD, SECRET, Kind, RuntimeProducer
from ..kinds import api_group
from ..pki import CERT_MANAGER_NAMESPACE
from ..producers import PendingTier
from ..vault import TLS_SECRET_ANNOTATION
from .findings import Finding

WORKLOADS = {
    "Deployment": "spec.template",
    "StatefulSet": "spec.template",
    "DaemonSet": "spec.template",
    "Job": "spec.template",
    "CronJob": "spec.jobTemplate.spec.template",
}
"""Each workload kind and where its pod template is."""
BUILTIN_NAMES = {(Kind("", "ServiceAccount"), "default")}
"""Objects every namespace has."""


@dataclass(frozen=True)
class Placed:
    """One object as a cluster receives it: its file, and the namespace it lands in."""

    file: str
    manifest: Mapping[str, Any]
    namespace: str | None

    @property
    def kind(self) -> Kind:
        api_version = str(self.manifest.get("apiVersion", ""))
        return Kind(api_group(api_version), str(self.manifest.get("kind", "")))

    @property
    def name(self) -> str:
        return str((self.manifest.get("metadata") or {}).get("name", ""))

    @property
    def label(self) -> str:
        return f"{self.kind.kind} {self.namespace + '/' if self.namespace else ''}{self.name}"


@dataclass(frozen=True)
class Reference:
    field: str
    kind: Kind
    name: str = ""
    selector: Mapping[str, str] | None = None
    cluster_scoped: bool = False
    namespace: str | None = None
    """Where the referenced object lives when not beside the referrer (a ClusterIssuer's Secret)."""


@dataclass
class _Cluster:
    names: set[tuple[Kind, str, str]] = field(default_factory=set)
    pods: dict[str, list[Mapping[str, str]]] = field(default_factory=lambda: defaultdict(list))


def _get(node: Any, *path: str | int) -> Any:
    for part in path:
        if isinstance(part, int):
            node = node[part] if isinstance(node, list) and part < len(node) else None
        else:
            node = node.get(part) if isinstance(node, Mapping) else None
        if node is None:
            return None
    return node


def _items(node: Any) -> Iterator[tuple[int, Any]]:
    return enumerate(node) if isinstance(node, list) else iter(())


def pod_spec_references(spec: Mapping[str, Any], prefix: str) -> Iterator[Reference]:
    """What a pod spec needs: Secrets, ConfigMaps, claims, its ServiceAccount and priority."""
    for group in ("initContainers", "containers"):
        for index, container in _items(spec.get(group)):
            yield from _container_references(container, f"{prefix}.{group}[{index}]")
    for index, volume in _items(spec.get("volumes")):
        yield from _volume_references(volume, f"{prefix}.volumes[{index}]")
    if spec.get("serviceAccountName"):
        yield Reference(f"{prefix}.serviceAccountName", Kind("", "ServiceAccount"), spec["serviceAccountName"])
    if spec.get("priorityClassName"):
        yield Reference(
            f"{prefix}.priorityClassName", Kind("scheduling.k8s.io", "PriorityClass"), spec["priorityClassName"], cluster_scoped=True
        )
    for index, secret in _items(spec.get("imagePullSecrets")):
        yield Reference(f"{prefix}.imagePullSecrets[{index}].name", SECRET, secret.get("name", ""))


def _container_references(container: Mapping[str, Any], where: str) -> Iterator[Reference]:
    """The Secrets and ConfigMaps one container's environment reads; optional ones may be
    missing, so they are no reference."""
    for env_index, env in _items(container.get("env")):
        for key, kind in (("secretKeyRef", SECRET), ("configMapKeyRef", Kind("", "ConfigMap"))):
            ref = _get(env, "valueFrom", key)
            if ref and not ref.get("optional"):
                yield Reference(f"{where}.env[{env_index}].valueFrom.{key}.name", kind, ref.get("name", ""))
    for env_index, source in _items(container.get("envFrom")):
        for key, kind in (("secretRef", SECRET), ("configMapRef", Kind("", "ConfigMap"))):
            ref = source.get(key)
            if ref and not ref.get("optional"):
                yield Reference(f"{where}.envFrom[{env_index}].{key}.name", kind, ref.get("name", ""))


def _volume_references(volume: Mapping[str, Any], where: str) -> Iterator[Reference]:
    """What one volume mounts: a Secret, a ConfigMap, a claim, or the sources it projects
    (optional Secrets and ConfigMaps may be missing, so they are no reference)."""
    if volume.get("secret") and not volume["secret"].get("optional"):
        yield Reference(f"{where}.secret.secretName", SECRET, volume["secret"].get("secretName", ""))
    if volume.get("configMap") and not volume["configMap"].get("optional"):
        yield Reference(f"{where}.configMap.name", Kind("", "ConfigMap"), volume["configMap"].get("name", ""))
    if volume.get("persistentVolumeClaim"):
        yield Reference(
            f"{where}.persistentVolumeClaim.claimName",
            Kind("", "PersistentVolumeClaim"),
            volume["persistentVolumeClaim"].get("claimName", ""),
        )
    for source_index, source in _items(_get(volume, "projected", "sources")):
        for key, kind in (("secret", SECRET), ("configMap", Kind("", "ConfigMap"))):
            if source.get(key) and not source[key].get("optional"):
                yield Reference(f"{where}.projected.sources[{source_index}].{key}.name", kind, source[key].get("name", ""))


def _storage_class(field_path: str, name: Any) -> Iterator[Reference]:
    if name:
        yield Reference(field_path, Kind("storage.k8s.io", "StorageClass"), str(name), cluster_scoped=True)


def _selected(field_path: str, selector: Any) -> Iterator[Reference]:
    labels = selector.get("matchLabels") if isinstance(selector, Mapping) and "matchLabels" in selector else selector
    if isinstance(labels, Mapping) and labels:
        yield Reference(field_path, POD, selector={str(key): str(value) for key, value in labels.items()})


def references_of(placed: Placed) -> Iterator[Reference]:
    """Every reference one object makes: a workload's are its pod template's; other kinds
    have a reader of their own (:data:`_BY_KIND`), custom resources one per API group
    (:data:`_BY_GROUP`); any other object references nothing we check."""
    kind = placed.kind
    if kind.group in ("apps", "batch") and kind.kind in WORKLOADS:
        yield from _workload_references(placed)
    elif kind in _BY_KIND:
        yield from _BY_KIND[kind](placed)
    elif kind.group in _BY_GROUP:
        yield from _BY_GROUP[kind.group](placed)


def _spec(placed: Placed) -> Mapping[str, Any]:
    return placed.manifest.get("spec") or {}


def _pod_template(placed: Placed) -> tuple[str, Mapping[str, Any]]:
    """A workload's pod template and its path."""
    path = WORKLOADS[placed.kind.kind]
    return path, _get(placed.manifest, *path.split(".")) or {}


def _workload_references(placed: Placed) -> Iterator[Reference]:
    """The pod template's references (the Secret Vault Agent's injector mounts among them),
    and the StorageClasses of its volume claim templates."""
    spec = _spec(placed)
    path, template = _pod_template(placed)
    yield from pod_spec_references(template.get("spec") or {}, f"{path}.spec")
    annotations = _get(template, "metadata", "annotations") or {}
    if annotations.get(TLS_SECRET_ANNOTATION):
        yield Reference(f"{path}.metadata.annotations[{TLS_SECRET_ANNOTATION}]", SECRET, annotations[TLS_SECRET_ANNOTATION])
    for index, claim in _items(spec.get("volumeClaimTemplates")):
        yield from _storage_class(f"spec.volumeClaimTemplates[{index}].spec.storageClassName", _get(claim, "spec", "storageClassName"))


def _claim_references(placed: Placed) -> Iterator[Reference]:
    yield from _storage_class("spec.storageClassName", _spec(placed).get("storageClassName"))


def _selector_references(placed: Placed) -> Iterator[Reference]:
    """A Service or PodDisruptionBudget: the pods it selects."""
    yield from _selected("spec.selector", _spec(placed).get("selector"))


def _network_policy_references(placed: Placed) -> Iterator[Reference]:
    """The pods a NetworkPolicy applies to, and its peers selected by pod in its own
    namespace (a peer with a namespaceSelector selects in other namespaces: not checked)."""
    spec = _spec(placed)
    yield from _selected("spec.podSelector", spec.get("podSelector"))
    for direction, peers in (("ingress", "from"), ("egress", "to")):
        for index, rule in _items(spec.get(direction)):
            for peer_index, peer in _items(rule.get(peers)):
                if "podSelector" in peer and "namespaceSelector" not in peer:
                    yield from _selected(f"spec.{direction}[{index}].{peers}[{peer_index}].podSelector", peer["podSelector"])


def _autoscaler_references(placed: Placed) -> Iterator[Reference]:
    """The workload an HPA scales."""
    target = _spec(placed).get("scaleTargetRef") or {}
    group = api_group(str(target.get("apiVersion", "")))
    yield Reference("spec.scaleTargetRef", Kind(group, str(target.get("kind", ""))), str(target.get("name", "")))


def _spicedb_references(placed: Placed) -> Iterator[Reference]:
    """SpiceDB's own Secret, and the Secrets its patches mount into the pod template."""
    spec = _spec(placed)
    yield Reference("spec.secretName", SECRET, str(spec.get("secretName", "")))
    for index, patch in _items(spec.get("patches")):
        for where, volume in _volumes(
            f"spec.patches[{index}].patch.spec.template.spec", _get(patch, "patch", "spec", "template", "spec") or {}
        ):
            yield Reference(f"{where}.secret.secretName", SECRET, volume["secret"].get("secretName", ""))


def _object_store_references(placed: Placed) -> Iterator[Reference]:
    """The Secrets an ObjectStore's S3 credentials are read from."""
    credentials = _get(_spec(placed), "configuration", "s3Credentials") or {}
    for key in ("accessKeyId", "secretAccessKey", "sessionToken", "region"):
        if isinstance(credentials.get(key), Mapping) and credentials[key].get("name"):
            yield Reference(f"spec.configuration.s3Credentials.{key}.name", SECRET, credentials[key]["name"])


def _volumes(where: str, pod_spec: Mapping[str, Any]) -> Iterator[tuple[str, Mapping[str, Any]]]:
    for index, volume in _items(pod_spec.get("volumes")):
        if isinstance(volume.get("secret"), Mapping):
            yield f"{where}.volumes[{index}]", volume


def _keycloak_references(placed: Placed) -> Iterator[Reference]:
    spec = placed.manifest.get("spec") or {}
    if placed.kind.kind == "Keycloak":
        for key in ("usernameSecret", "passwordSecret"):
            if _get(spec, "db", key, "name"):
                yield Reference(f"spec.db.{key}.name", SECRET, spec["db"][key]["name"])
        pod_spec = _get(spec, "unsupported", "podTemplate", "spec") or {}
        for where, volume in _volumes("spec.unsupported.podTemplate.spec", pod_spec):
            yield Reference(f"{where}.secret.secretName", SECRET, volume["secret"].get("secretName", ""))
    elif placed.kind.kind == "KeycloakRealmImport":
        yield Reference("spec.keycloakCRName", Kind("k8s.keycloak.org", "Keycloak"), str(spec.get("keycloakCRName", "")))
        for name, placeholder in sorted((spec.get("placeholders") or {}).items()):
            yield Reference(f"spec.placeholders.{name}.secret.name", SECRET, str(_get(placeholder, "secret", "name") or ""))


def _strimzi_references(placed: Placed) -> Iterator[Reference]:
    obj, kind = placed.manifest, placed.kind
    spec = obj.get("spec") or {}
    cluster = ((obj.get("metadata") or {}).get("labels") or {}).get("strimzi.io/cluster")
    if kind.kind in ("KafkaTopic", "KafkaUser", "KafkaNodePool") and cluster:
        yield Reference("metadata.labels.strimzi.io/cluster", Kind("kafka.strimzi.io", "Kafka"), cluster)
    if kind.kind == "KafkaNodePool":
        storage = spec.get("storage") or {}
        yield from _storage_class("spec.storage.class", storage.get("class"))
        for index, volume in _items(storage.get("volumes")):
            yield from _storage_class(f"spec.storage.volumes[{index}].class", volume.get("class"))
    if kind.kind == "KafkaMirrorMaker2":
        ends = [("spec.target", spec.get("target") or {})]
        ends += [(f"spec.mirrors[{index}].source", mirror.get("source") or {}) for index, mirror in _items(spec.get("mirrors"))]
        for where, end in ends:
            secret = _get(end, "authentication", "passwordSecret", "secretName")
            if secret:
                yield Reference(f"{where}.authentication.passwordSecret.secretName", SECRET, secret)
            for index, certificate in _items(_get(end, "tls", "trustedCertificates")):
                yield Reference(f"{where}.tls.trustedCertificates[{index}].secretName", SECRET, certificate.get("secretName", ""))


def _cnpg_references(placed: Placed) -> Iterator[Reference]:
    obj, kind = placed.manifest, placed.kind
    spec = obj.get("spec") or {}
    cnpg_cluster = Kind("postgresql.cnpg.io", "Cluster")
    if kind.kind in ("ScheduledBackup", "Database", "Publication", "Subscription"):
        yield Reference("spec.cluster.name", cnpg_cluster, str(_get(spec, "cluster", "name") or ""))
    if kind.kind != "Cluster":
        return
    for index, role in _items(_get(spec, "managed", "roles")):
        if _get(role, "passwordSecret", "name"):
            yield Reference(f"spec.managed.roles[{index}].passwordSecret.name", SECRET, role["passwordSecret"]["name"])
    for index, external in _items(spec.get("externalClusters")):
        for key in ("password", "sslRootCert", "sslCert", "sslKey"):
            if _get(external, key, "name"):
                yield Reference(f"spec.externalClusters[{index}].{key}.name", SECRET, external[key]["name"])
        store = _get(external, "plugin", "parameters", "barmanObjectName")
        if store:
            yield Reference(
                f"spec.externalClusters[{index}].plugin.parameters.barmanObjectName", Kind("barmancloud.cnpg.io", "ObjectStore"), store
            )
    for index, plugin in _items(spec.get("plugins")):
        store = _get(plugin, "parameters", "barmanObjectName")
        if store:
            yield Reference(f"spec.plugins[{index}].parameters.barmanObjectName", Kind("barmancloud.cnpg.io", "ObjectStore"), store)
    yield from _storage_class("spec.storage.storageClass", _get(spec, "storage", "storageClass"))
    yield from _storage_class("spec.walStorage.storageClass", _get(spec, "walStorage", "storageClass"))


def _cert_manager_references(placed: Placed) -> Iterator[Reference]:
    """A Certificate's issuer; a CA issuer's key pair (a ClusterIssuer's in cert-manager's
    cluster resource namespace)."""
    spec = _spec(placed)
    issuer = spec.get("issuerRef")
    if placed.kind.kind == "Certificate" and isinstance(issuer, Mapping):
        kind = str(issuer.get("kind") or "Issuer")
        yield Reference(
            "spec.issuerRef", Kind("cert-manager.io", kind), str(issuer.get("name", "")), cluster_scoped=kind == "ClusterIssuer"
        )
    secret = _get(spec, "ca", "secretName")
    if placed.kind.kind in ("Issuer", "ClusterIssuer") and secret:
        cluster_issuer = placed.kind.kind == "ClusterIssuer"
        yield Reference("spec.ca.secretName", SECRET, str(secret), namespace=CERT_MANAGER_NAMESPACE if cluster_issuer else None)


def _external_secrets_references(placed: Placed) -> Iterator[Reference]:
    """An ExternalSecret's store; a store's CA Secret."""
    spec = _spec(placed)
    store = spec.get("secretStoreRef")
    if placed.kind.kind == "ExternalSecret" and isinstance(store, Mapping):
        kind = str(store.get("kind") or "SecretStore")
        yield Reference(
            "spec.secretStoreRef",
            Kind("external-secrets.io", kind),
            str(store.get("name", "")),
            cluster_scoped=kind == "ClusterSecretStore",
        )
    ca = _get(spec, "provider", "vault", "caProvider") or {}
    if placed.kind.kind == "SecretStore" and ca.get("type") == "Secret":
        yield Reference("spec.provider.vault.caProvider.name", SECRET, str(ca.get("name", "")))


def _clickhouse_references(placed: Placed) -> Iterator[Reference]:
    """The Secrets a ClickHouseInstallation's users read their settings from (``valueFrom``)."""
    users = _get(_spec(placed), "configuration", "users") or {}
    for setting, value in sorted(users.items()) if isinstance(users, Mapping) else ():
        secret = _get(value, "valueFrom", "secretKeyRef", "name") if isinstance(value, Mapping) else None
        if secret:
            yield Reference(f"spec.configuration.users[{setting}].valueFrom.secretKeyRef.name", SECRET, str(secret))


_Reader = Callable[[Placed], Iterator[Reference]]

_BY_KIND: dict[Kind, _Reader] = {
    Kind("", "PersistentVolumeClaim"): _claim_references,
    Kind("", "Service"): _selector_references,
    Kind("policy", "PodDisruptionBudget"): _selector_references,
    Kind("networking.k8s.io", "NetworkPolicy"): _network_policy_references,
    Kind("autoscaling", "HorizontalPodAutoscaler"): _autoscaler_references,
    Kind("authzed.com", "SpiceDBCluster"): _spicedb_references,
    Kind("barmancloud.cnpg.io", "ObjectStore"): _object_store_references,
}
"""The reader of each built-in or single custom kind whose references are checked."""

_BY_GROUP: dict[str, _Reader] = {
    "kafka.strimzi.io": _strimzi_references,
    "postgresql.cnpg.io": _cnpg_references,
    "k8s.keycloak.org": _keycloak_references,
    "cert-manager.io": _cert_manager_references,
    "external-secrets.io": _external_secrets_references,
    "clickhouse.altinity.com": _clickhouse_references,
}
"""The reader of every kind of an operator's API group (it tells the kinds apart)."""


def _pod_labels(placed: Placed) -> Mapping[str, str] | None:
    if placed.kind.group in ("apps", "batch") and placed.kind.kind in WORKLOADS:
        return _get(_pod_template(placed)[1], "metadata", "labels") or {}
    if placed.kind == POD:
        return (placed.manifest.get("metadata") or {}).get("labels") or {}
    return None


def _index(objects: Sequence[Placed], producers: Sequence[RuntimeProducer]) -> _Cluster:
    cluster = _Cluster()
    for placed in objects:
        cluster.names.add((placed.kind, placed.namespace or "", placed.name))
        labels = _pod_labels(placed)
        if labels is not None and placed.namespace:
            cluster.pods[placed.namespace].append(labels)
        for producer in producers:
            if producer.trigger != placed.kind or not placed.namespace:
                continue
            if producer.name:
                cluster.names.add((producer.creates, placed.namespace, producer.name.format(name=placed.name)))
            if producer.creates == POD:
                cluster.pods[placed.namespace].extend(producer.pod_labels(placed.name, placed.manifest))
    return cluster


def _matches(selector: Mapping[str, str], labels: Mapping[str, str]) -> bool:
    return all(labels.get(key) == value for key, value in selector.items())


def check(
    placed_by_cluster: Mapping[str, Sequence[Placed]],
    *,
    producers: Sequence[RuntimeProducer],
    hand_made: Mapping[str, set[str]],
    pending: Sequence[PendingTier],
) -> tuple[list[Finding], list[str], int]:
    """Findings, the references left to pending tiers (listed), and how many were checked.
    ``hand_made``: namespace -> Secrets created by hand (LOCAL's)."""
    findings: list[Finding] = []
    waiting: list[str] = []
    checked = 0
    for _cluster_name, objects in sorted(placed_by_cluster.items()):
        index = _index(objects, producers)
        for placed in objects:
            for reference in references_of(placed):
                checked += 1
                problem = _resolve(reference, placed, index, hand_made)
                if problem is None:
                    continue
                tier = next(
                    (tier for tier in pending if reference.selector is not None and _matches(reference.selector, tier.labels)), None
                )
                if tier is not None:
                    waiting.append(f"{placed.file}: {placed.label}: {reference.field}: selects {tier.name} pods ({tier.why})")
                else:
                    findings.append(Finding(placed.file, placed.label, "references", f"{reference.field}: {problem}"))
    return findings, waiting, checked


def _resolve(reference: Reference, placed: Placed, index: _Cluster, hand_made: Mapping[str, set[str]]) -> str | None:
    """None when the reference resolves, else what is missing."""
    namespace = "" if reference.cluster_scoped else (reference.namespace or placed.namespace or "")
    if reference.selector is not None:
        if any(_matches(reference.selector, labels) for labels in index.pods.get(namespace, ())):
            return None
        shown = ", ".join(f"{key}={value}" for key, value in sorted(reference.selector.items()))
        return f"selects no pod in {namespace} ({shown}): no workload renders one and no operator is declared to start one"
    if (reference.kind, namespace, reference.name) in index.names or (reference.kind, reference.name) in BUILTIN_NAMES:
        return None
    if reference.kind == SECRET and reference.name in hand_made.get(namespace, set()):
        return None
    where = "the cluster" if reference.cluster_scoped else namespace
    return f"{reference.kind} {reference.name!r} in {where}: nothing renders it, no declared runtime producer creates it there" + (
        ", and it is not made by hand in LOCAL" if reference.kind == SECRET else ""
    )
