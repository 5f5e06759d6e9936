"""The environment's OpenFGA (v1.8.3): its schema migration, its servers, its Service, its
disruption budget, its network policies, its PodMonitor, and the Job that writes the
authorization model.

Facts read from OpenFGA at v1.8.3 (file and line): settings come from ``OPENFGA_*``
environment variables (cmd/root.go L23-25, cmd/run/flags.go); ``migrate`` reads the same
datastore variables (cmd/migrate/flags.go L13-25); a username and password given apart
replace those of the URI (pkg/storage/postgres/postgres.go L54-75), so the password never
sits in a URI; HTTP on 8080, gRPC on 8081, metrics on 2112, and a playground on 3000 unless
switched off (internal/server/config/config.go L632-676); the gRPC health check is served
without authentication (pkg/server/health/health.go L26-29); the released image is built on
Chainguard's static one (Dockerfile.goreleaser L1), whose user is 65532 (the pod sets it too).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from cdk8s_plus_27 import k8s
from constructs import Construct

from imports.monitoring.com.coreos import monitoring

from ...argocd import WAVE_ANNOTATION
from ...catalog import MONITORING_NAMESPACE
from ...constructs.idioms import (
    POSTGRES_CA_MOUNT,
    disruption_budget,
    int_or_string,
    k8s_metadata,
    k8s_resources,
    quantity,
    restricted_container_security_k8s,
    restricted_pod_security_k8s,
    skip_annotations,
    spread_over_zones_and_hosts,
)
from ...constructs.labels import standard_labels
from ...constructs.network import dns_egress, namespace, network_policy, pods, tcp
from ...constructs.pod_monitors import metrics_pod_monitor
from ...constructs.scheduled_call import CURL_IMAGE, CURL_POLICY_SKIPS, CURL_UID
from ...endpoints import OPENFGA_SERVICE, InClusterPeer
from ...settings.types import ResourceAmounts, Resources, pull_policy_of

OPENFGA_UID = 65532
"""Chainguard's static image's nonroot user."""
HTTP_PORT, GRPC_PORT, METRICS_PORT = 8080, 8081, 2112
POD_SELECTOR = {"app.kubernetes.io/name": OPENFGA_SERVICE}
MIGRATE = f"{OPENFGA_SERVICE}-migrate"
"""The schema Job, and the label its pod is selected by."""
MODEL_WRITER = f"{OPENFGA_SERVICE}-model"
"""The label of the model Job's pod (the Job's name adds the model's hash)."""
WAVE_MIGRATE = 5
"""After the database (custom resources, wave 0), before the servers (wave 10)."""
WAVE_MODEL = 11
"""After the servers are healthy (wave 10)."""
POLICY_SKIPS = {
    "CKV_K8S_40": "the OpenFGA image runs as Chainguard's nonroot uid 65532",
    "CKV_K8S_43": "the image is pinned by its release tag (digests: issue 15 item 10)",
    "CKV_K8S_35": "OpenFGA takes its preshared keys and datastore password from OPENFGA_* variables or a config file only "
    "(cmd/run/flags.go, cmd/migrate/flags.go); both come from Secrets by reference",
}
"""checkov checks the servers and the migration knowingly do not meet."""
SMALL_JOB = Resources(requests=ResourceAmounts(cpu="50m", memory="64Mi"), limits=ResourceAmounts(cpu="500m", memory="128Mi"))


@dataclass(frozen=True, kw_only=True)
class OpenFgaProps:
    """One environment's OpenFGA and what it stands on."""

    image: str
    """The OpenFGA image; it must run as uid 65532."""
    replicas: int
    """Servers; more than one gets a disruption budget."""
    resources: Resources
    """Each server's requests and limits."""
    datastore_uri: str
    """``postgres://host:port/database?sslmode=...``, without user or password."""
    credentials_secret: str
    """The database role's basic-auth Secret (``username``, ``password``)."""
    postgres_ca_secret: str
    """The Secret whose ``ca.crt`` verifies the Postgres server."""
    postgres: InClusterPeer
    """The pods that serve Postgres, and their ports."""
    preshared_key_secret: str
    """The Secret whose ``preshared_key`` every client (and the model Job) presents."""
    authorization_model: Mapping[str, Any]
    """The model as the API takes it; written by a Job named after its hash."""
    store_name: str
    """The store the model is written to (created when missing)."""
    clients: Sequence[str] = ()
    """Pods (by ``app.kubernetes.io/name``) that may call the API. Default: none (no entrypoint of
    the pinned release calls OpenFGA)."""
    zone_spread: bool = False
    """Spread the servers over zones (PRODUCTION). Default: false."""
    monitoring: bool = False
    """A PodMonitor (needs the Prometheus Operator's CRDs). Default: false."""


def model_json(props: OpenFgaProps) -> str:
    return json.dumps(props.authorization_model, sort_keys=True, separators=(",", ":"))


def model_job_name(props: OpenFgaProps) -> str:
    """The model Job's name, a hash of everything its pod is made of (the model, the script,
    the image, its resources): a Job's pod template is immutable, so any change is a new Job,
    and each model is written once."""
    made_of = [model_json(props), model_script(props.store_name), CURL_IMAGE, repr(SMALL_JOB), str(CURL_UID)]
    return f"{MODEL_WRITER}-{hashlib.sha256(chr(0).join(made_of).encode()).hexdigest()[:10]}"


class OpenFga(Construct):
    """The migration (a Sync hook), the servers, the Service, the disruption budget, the
    network policies, the PodMonitor and the model Job."""

    def __init__(self, scope: Construct, id: str, *, props: OpenFgaProps) -> None:
        super().__init__(scope, id)
        self.migrate = _migrate_job(self, props)
        self.deployment = k8s.KubeDeployment(
            self,
            "deployment",
            metadata=k8s.ObjectMeta(
                name=OPENFGA_SERVICE,
                labels=standard_labels(OPENFGA_SERVICE, component="authorization"),
                annotations=skip_annotations(POLICY_SKIPS),
            ),
            spec=k8s.DeploymentSpec(
                replicas=props.replicas,
                selector=k8s.LabelSelector(match_labels=POD_SELECTOR),
                template=k8s.PodTemplateSpec(
                    metadata=k8s.ObjectMeta(labels=standard_labels(OPENFGA_SERVICE, component="authorization")),
                    spec=_server_pod(props),
                ),
            ),
        )
        self.service = k8s.KubeService(
            self,
            "service",
            metadata=k8s_metadata(OPENFGA_SERVICE, component="authorization"),
            spec=k8s.ServiceSpec(
                selector=POD_SELECTOR,
                ports=[
                    k8s.ServicePort(name=name, port=port, target_port=int_or_string(port), protocol="TCP")
                    for name, port in (("http", HTTP_PORT), ("grpc", GRPC_PORT))
                ],
            ),
        )
        self.disruption_budget = (
            disruption_budget(self, name=OPENFGA_SERVICE, component="authorization", selector=POD_SELECTOR) if props.replicas > 1 else None
        )
        self.network_policies = _network_policies(self, props)
        self.model_job = _model_job(self, props)
        self.pod_monitor = _pod_monitor(self) if props.monitoring else None


def _datastore_env(props: OpenFgaProps) -> list[k8s.EnvVar]:
    def secret(key: str) -> k8s.EnvVarSource:
        return k8s.EnvVarSource(secret_key_ref=k8s.SecretKeySelector(name=props.credentials_secret, key=key))

    return [
        k8s.EnvVar(name="OPENFGA_DATASTORE_ENGINE", value="postgres"),
        k8s.EnvVar(name="OPENFGA_DATASTORE_PASSWORD", value_from=secret("password")),
        k8s.EnvVar(name="OPENFGA_DATASTORE_URI", value=props.datastore_uri),
        k8s.EnvVar(name="OPENFGA_DATASTORE_USERNAME", value_from=secret("username")),
    ]


def _server_env(props: OpenFgaProps) -> list[k8s.EnvVar]:
    plain = {
        "OPENFGA_AUTHN_METHOD": "preshared",
        "OPENFGA_DATASTORE_METRICS_ENABLED": "true",
        "OPENFGA_GRPC_ADDR": f"0.0.0.0:{GRPC_PORT}",
        "OPENFGA_HTTP_ADDR": f"0.0.0.0:{HTTP_PORT}",
        "OPENFGA_LOG_FORMAT": "json",
        "OPENFGA_METRICS_ADDR": f"0.0.0.0:{METRICS_PORT}",
        "OPENFGA_METRICS_ENABLED": "true",
        # on by default, and it would hand out the first preshared key (cmd/run/run.go L813-816)
        "OPENFGA_PLAYGROUND_ENABLED": "false",
    }
    key = k8s.EnvVarSource(secret_key_ref=k8s.SecretKeySelector(name=props.preshared_key_secret, key="preshared_key"))
    env = [k8s.EnvVar(name=name, value=value) for name, value in plain.items()]
    env.append(k8s.EnvVar(name="OPENFGA_AUTHN_PRESHARED_KEYS", value_from=key))
    return sorted([*env, *_datastore_env(props)], key=lambda var: var.name)


def _postgres_ca(props: OpenFgaProps) -> tuple[k8s.Volume, k8s.VolumeMount]:
    return (
        k8s.Volume(
            name="postgres-ca",
            secret=k8s.SecretVolumeSource(secret_name=props.postgres_ca_secret, items=[k8s.KeyToPath(key="ca.crt", path="ca.crt")]),
        ),
        k8s.VolumeMount(name="postgres-ca", mount_path=POSTGRES_CA_MOUNT, read_only=True),
    )


def _server_pod(props: OpenFgaProps) -> k8s.PodSpec:
    volume, mount = _postgres_ca(props)
    grpc_probe = k8s.GrpcAction(port=GRPC_PORT)
    container = k8s.Container(
        name=OPENFGA_SERVICE,
        image=props.image,
        image_pull_policy=pull_policy_of(props.image),
        args=["run"],
        ports=[
            k8s.ContainerPort(name=name, container_port=port, protocol="TCP")
            for name, port in (("http", HTTP_PORT), ("grpc", GRPC_PORT), ("metrics", METRICS_PORT))
        ],
        env=_server_env(props),
        resources=k8s_resources(props.resources),
        readiness_probe=k8s.Probe(grpc=grpc_probe, period_seconds=5, timeout_seconds=2),
        # alive while it listens: its health check also asks the datastore, and a Postgres
        # outage must not restart every server
        liveness_probe=k8s.Probe(tcp_socket=k8s.TcpSocketAction(port=int_or_string(GRPC_PORT)), period_seconds=20, failure_threshold=6),
        security_context=restricted_container_security_k8s(OPENFGA_UID),
        volume_mounts=[mount],
    )
    return k8s.PodSpec(
        automount_service_account_token=False,
        enable_service_links=False,
        security_context=restricted_pod_security_k8s(OPENFGA_UID),
        topology_spread_constraints=spread_over_zones_and_hosts(POD_SELECTOR) if props.zone_spread else None,
        containers=[container],
        volumes=[volume],
    )


def _migrate_job(scope: Construct, props: OpenFgaProps) -> k8s.KubeJob:
    """``openfga migrate``: a Sync hook recreated at every sync (a Job's template cannot change
    in place when the image does); it does nothing when the schema is current."""
    volume, mount = _postgres_ca(props)
    labels = standard_labels(MIGRATE, component="migrations")
    container = k8s.Container(
        name="migrate",
        image=props.image,
        image_pull_policy=pull_policy_of(props.image),
        args=["migrate"],
        env=_datastore_env(props),
        resources=k8s_resources(SMALL_JOB),
        security_context=restricted_container_security_k8s(OPENFGA_UID),
        volume_mounts=[mount],
    )
    return k8s.KubeJob(
        scope,
        "migrate",
        metadata=k8s.ObjectMeta(
            name=MIGRATE,
            labels=labels,
            annotations={
                **(skip_annotations(POLICY_SKIPS) or {}),
                WAVE_ANNOTATION: str(WAVE_MIGRATE),
                "argocd.argoproj.io/hook": "Sync",
                "argocd.argoproj.io/hook-delete-policy": "BeforeHookCreation",
            },
        ),
        spec=k8s.JobSpec(
            backoff_limit=3,
            active_deadline_seconds=600,
            template=k8s.PodTemplateSpec(
                metadata=k8s.ObjectMeta(labels=labels),
                spec=k8s.PodSpec(
                    restart_policy="Never",
                    automount_service_account_token=False,
                    enable_service_links=False,
                    security_context=restricted_pod_security_k8s(OPENFGA_UID),
                    containers=[container],
                    volumes=[volume],
                ),
            ),
        ),
    )


def model_script(store_name: str) -> str:
    """Find the store by name (create it when missing), then write the model to it. The key is
    handed to curl in a header file, never on its command line. Each call's answer is kept
    before it is read: a failed call then stops the script (``set -e``), where inside a
    pipeline it would read as "no such store" and make a second one."""
    api = f"http://{OPENFGA_SERVICE}:{HTTP_PORT}"
    pick_id = 'grep -o \'"id":"[^"]*"\' | head -n 1 | cut -d \'"\' -f 4'
    return (
        "set -eu\n"
        "umask 077\n"
        'printf "Authorization: Bearer %s\\n" "$(cat /secrets/preshared_key)" > /tmp/auth\n'
        f'stores=$(curl -fsS -H @/tmp/auth "{api}/stores?name={store_name}")\n'
        f'store=$(printf "%s" "$stores" | {pick_id} || true)\n'
        'if [ -z "$store" ]; then\n'
        f"  created=$(curl -fsS -H @/tmp/auth -H 'Content-Type: application/json' -d '{{\"name\":\"{store_name}\"}}' "
        f'"{api}/stores")\n'
        f'  store=$(printf "%s" "$created" | {pick_id})\n'
        "fi\n"
        'test -n "$store"\n'
        f"curl -fsS -H @/tmp/auth -H 'Content-Type: application/json' --data-binary @/model/model.json "
        f'"{api}/stores/$store/authorization-models"\n'
        f'echo; echo "store {store_name} ($store): model written"\n'
    )


def _model_job(scope: Construct, props: OpenFgaProps) -> k8s.KubeJob:
    name = model_job_name(props)
    labels = standard_labels(MODEL_WRITER, component="authorization")
    config = k8s.KubeConfigMap(
        scope, "model", metadata=k8s_metadata(name, component="authorization"), data={"model.json": model_json(props) + "\n"}
    )
    container = k8s.Container(
        name="write-model",
        image=CURL_IMAGE,
        image_pull_policy=pull_policy_of(CURL_IMAGE),
        command=["/bin/sh", "-c"],
        args=[model_script(props.store_name)],
        resources=k8s_resources(SMALL_JOB),
        security_context=restricted_container_security_k8s(CURL_UID),
        volume_mounts=[
            k8s.VolumeMount(name="model", mount_path="/model", read_only=True),
            k8s.VolumeMount(name="key", mount_path="/secrets", read_only=True),
            k8s.VolumeMount(name="tmp", mount_path="/tmp"),
        ],
    )
    return k8s.KubeJob(
        scope,
        "model-job",
        metadata=k8s.ObjectMeta(
            name=name, labels=labels, annotations={**(skip_annotations(CURL_POLICY_SKIPS) or {}), WAVE_ANNOTATION: str(WAVE_MODEL)}
        ),
        spec=k8s.JobSpec(
            backoff_limit=6,
            active_deadline_seconds=600,
            template=k8s.PodTemplateSpec(
                metadata=k8s.ObjectMeta(labels=labels),
                spec=k8s.PodSpec(
                    restart_policy="Never",
                    automount_service_account_token=False,
                    enable_service_links=False,
                    security_context=restricted_pod_security_k8s(CURL_UID),
                    containers=[container],
                    volumes=_model_volumes(props, config.name),
                ),
            ),
        ),
    )


def _model_volumes(props: OpenFgaProps, config_map: str) -> list[k8s.Volume]:
    """The model, the key (its one item, readable by the group only) and scratch for the header file."""
    return [
        k8s.Volume(name="model", config_map=k8s.ConfigMapVolumeSource(name=config_map)),
        k8s.Volume(
            name="key",
            secret=k8s.SecretVolumeSource(
                secret_name=props.preshared_key_secret,
                items=[k8s.KeyToPath(key="preshared_key", path="preshared_key")],
                default_mode=0o440,
            ),
        ),
        k8s.Volume(name="tmp", empty_dir=k8s.EmptyDirVolumeSource(size_limit=quantity("1Mi"))),
    ]


def _network_policies(scope: Construct, props: OpenFgaProps) -> list[k8s.KubeNetworkPolicy]:
    """The servers: in, their clients and the model Job on the API, Prometheus on metrics;
    out, DNS and Postgres. The migration and the model Job: nothing in; out, DNS and Postgres
    (migration) or the servers' HTTP port (model)."""
    postgres = k8s.NetworkPolicyEgressRule(to=[pods(props.postgres.pod_labels)], ports=[tcp(port) for port in props.postgres.ports])
    callers = [pods({"app.kubernetes.io/name": name}) for name in sorted({*props.clients, MODEL_WRITER})]
    servers = network_policy(
        scope,
        "network-policy",
        name=OPENFGA_SERVICE,
        selector=POD_SELECTOR,
        ingress=[
            k8s.NetworkPolicyIngressRule(from_=callers, ports=[tcp(HTTP_PORT), tcp(GRPC_PORT)]),
            k8s.NetworkPolicyIngressRule(from_=[namespace(MONITORING_NAMESPACE)], ports=[tcp(METRICS_PORT)]),
        ],
        egress=[dns_egress(), postgres],
    )
    migrate = network_policy(
        scope, "migrate-network-policy", name=MIGRATE, selector={"app.kubernetes.io/name": MIGRATE}, egress=[dns_egress(), postgres]
    )
    to_servers = k8s.NetworkPolicyEgressRule(to=[pods(POD_SELECTOR)], ports=[tcp(HTTP_PORT)])
    model = network_policy(
        scope,
        "model-network-policy",
        name=MODEL_WRITER,
        selector={"app.kubernetes.io/name": MODEL_WRITER},
        egress=[dns_egress(), to_servers],
    )
    # a Job's policy comes a wave before it, so the Job never runs unrestricted
    for policy, wave in ((migrate, WAVE_MIGRATE - 1), (model, WAVE_MODEL - 1)):
        policy.metadata.add_annotation(WAVE_ANNOTATION, str(wave))
    return [servers, migrate, model]


def _pod_monitor(scope: Construct) -> monitoring.PodMonitor:
    return metrics_pod_monitor(scope, name=OPENFGA_SERVICE, selector=POD_SELECTOR, port="metrics")
