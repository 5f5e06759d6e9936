"""Kubernetes idioms every tier shares, each defined once: object metadata with the
standard labels (``labels.py``), the zone topology key, container resources, the restricted Pod Security
contexts, the disruption budget, the StorageClass fallback, replicas per mode and the
Postgres CA mount.

Each tier binds them through its own generated types (Strimzi's, CloudNativePG's, an
operator's, cdk8s-plus' ``k8s``), but what they say is decided here, so no two tiers can
say it differently.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import Any

from cdk8s import ApiObject, ApiObjectMetadata, JsonPatch
from cdk8s_plus_27 import k8s
from constructs import Construct

from ..endpoints import postgres_ca_secret
from ..settings import Region, Resources
from .labels import standard_labels

ZONE_TOPOLOGY_KEY = "topology.kubernetes.io/zone"
"""The well-known node label holding the node's availability zone."""
HOSTNAME_TOPOLOGY_KEY = "kubernetes.io/hostname"
"""The well-known node label holding the node's name."""


def metadata(
    name: str,
    *,
    component: str,
    namespace: str | None = None,
    labels: Mapping[str, str] | None = None,
    annotations: Mapping[str, str] | None = None,
    finalizers: Sequence[str] | None = None,
) -> ApiObjectMetadata:
    """A custom resource's metadata: its name and the standard labels (then ``labels``)."""
    return ApiObjectMetadata(
        name=name,
        namespace=namespace,
        labels={**standard_labels(name, component=component), **(labels or {})},
        annotations=dict(annotations) if annotations is not None else None,
        finalizers=list(finalizers) if finalizers is not None else None,
    )


def k8s_metadata(name: str, *, component: str, annotations: Mapping[str, str] | None = None) -> k8s.ObjectMeta:
    """:func:`metadata` as cdk8s-plus' ``k8s`` objects take it."""
    return k8s.ObjectMeta(
        name=name,
        labels=standard_labels(name, component=component),
        annotations=dict(annotations) if annotations is not None else None,
    )


@functools.cache
def quantity(value: str) -> k8s.Quantity:
    """``k8s.Quantity.from_string``, made once per value: each is a round trip to the jsii
    kernel, and a Quantity is an immutable value any number of objects may share."""
    return k8s.Quantity.from_string(value)


@functools.cache
def int_or_string(value: int | str) -> k8s.IntOrString:
    """A port number, a port's name or a percentage as ``k8s.IntOrString``, made once per
    value (see :func:`quantity`)."""
    return k8s.IntOrString.from_number(value) if isinstance(value, int) else k8s.IntOrString.from_string(value)


def container_resources(resources: Resources) -> dict[str, dict[str, str]]:
    """A container's requests and limits as the API writes them; a binding with typed
    quantities wraps each value in its own type."""
    return {"requests": resources.requests.model_dump(), "limits": resources.limits.model_dump()}


def k8s_resources(resources: Resources) -> k8s.ResourceRequirements:
    """:func:`container_resources` as cdk8s-plus' ``k8s`` containers take them."""
    plain = container_resources(resources)
    return k8s.ResourceRequirements(
        requests={key: quantity(value) for key, value in plain["requests"].items()},
        limits={key: quantity(value) for key, value in plain["limits"].items()},
    )


PRIVATE_RANGES = ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16")
"""RFC 1918 addresses: left out of egress to the internet, so "anywhere outside" is not also
"anything in the cluster"."""

SECCOMP_PROFILE = "RuntimeDefault"
"""The container runtime's default seccomp profile (the restricted level accepts it or a Localhost one)."""
DROPPED_CAPABILITIES = ("ALL",)
"""The restricted level drops every capability (it would allow adding back NET_BIND_SERVICE)."""


def restricted_pod_security(uid: int) -> dict[str, Any]:
    """The pod-level security context of the restricted Pod Security Standard, running as
    the image's user ``uid`` (for Helm values, operators' pod templates and patches)."""
    return {
        "runAsNonRoot": True,
        "runAsUser": uid,
        "runAsGroup": uid,
        "fsGroup": uid,
        "seccompProfile": {"type": SECCOMP_PROFILE},
    }


def restricted_container_security(*, read_only_root: bool = False) -> dict[str, Any]:
    """The container-level security context of the restricted level; ``read_only_root``
    also makes the image's filesystem read-only."""
    return {
        "allowPrivilegeEscalation": False,
        **({"readOnlyRootFilesystem": True} if read_only_root else {}),
        "capabilities": {"drop": list(DROPPED_CAPABILITIES)},
    }


def restricted_pod_security_k8s(uid: int) -> k8s.PodSecurityContext:
    """:func:`restricted_pod_security` as cdk8s-plus' ``k8s`` pods take it."""
    return k8s.PodSecurityContext(
        run_as_non_root=True,
        run_as_user=uid,
        run_as_group=uid,
        fs_group=uid,
        seccomp_profile=k8s.SeccompProfile(type=SECCOMP_PROFILE),
    )


def restricted_container_security_k8s(uid: int) -> k8s.SecurityContext:
    """:func:`restricted_container_security` with a read-only root, as cdk8s-plus' ``k8s``
    containers take it, and more written out on the container itself: the user, the
    seccomp profile, and privileged mode off."""
    return k8s.SecurityContext(
        allow_privilege_escalation=False,
        privileged=False,
        read_only_root_filesystem=True,
        run_as_non_root=True,
        run_as_user=uid,
        capabilities=k8s.Capabilities(drop=list(DROPPED_CAPABILITIES)),
        seccomp_profile=k8s.SeccompProfile(type=SECCOMP_PROFILE),
    )


def disruption_budget(scope: Construct, *, name: str, component: str, selector: Mapping[str, str]) -> k8s.KubePodDisruptionBudget:
    """A voluntary eviction (a node drain) takes at most one of the selected pods at a time.
    Its construct id is ``disruption-budget``: one per scope."""
    return k8s.KubePodDisruptionBudget(
        scope,
        "disruption-budget",
        metadata=k8s_metadata(name, component=component),
        spec=k8s.PodDisruptionBudgetSpec(
            max_unavailable=int_or_string(1),
            selector=k8s.LabelSelector(match_labels=dict(selector)),
        ),
    )


def storage_class_of(own: str | None, region: Region | None) -> str | None:
    """A tier's StorageClass: its own setting, else its production region's, else None
    (the cluster's default)."""
    return own or (region.storage_class if region is not None else None)


def default_replicas(mode: str) -> int:
    """Replicas of a runtime service whose settings leave them out: one in LOCAL, three in
    PRODUCTION, two in between."""
    return {"LOCAL": 1, "PRODUCTION": 3}.get(mode, 2)


POSTGRES_CA_MOUNT = "/etc/postgres/ca"
"""Where a Postgres client's pod finds the cluster CA's ``ca.crt`` (``sslmode=verify-full``)."""


def postgres_ca_volume(mode: str) -> dict[str, Any]:
    """Only ``ca.crt`` of the Secret holding the CA that signs the server (endpoints.
    postgres_ca_secret): CloudNativePG's CA Secret also holds the CA's key, cert-manager's the
    server's."""
    secret = postgres_ca_secret(mode)
    return {"name": "postgres-ca", "secret": {"secretName": secret, "items": [{"key": "ca.crt", "path": "ca.crt"}]}}


def postgres_ca_mount() -> dict[str, Any]:
    """:func:`postgres_ca_volume`, read-only at :data:`POSTGRES_CA_MOUNT`."""
    return {"name": "postgres-ca", "mountPath": POSTGRES_CA_MOUNT, "readOnly": True}


def skip_annotations(skips: Mapping[str, str]) -> dict[str, str] | None:
    """checkov checks an object knowingly does not meet, each with its reason, as the
    ``checkov.io/skipN: CHECK_ID=reason`` annotations checkov reads on the object it flags."""
    return {f"checkov.io/skip{index}": f"{check}={reason}" for index, (check, reason) in enumerate(sorted(skips.items()), 1)} or None


def spread_over_zones_and_hosts(selector: Mapping[str, str]) -> list[k8s.TopologySpreadConstraint]:
    """Replicas spread over zones, then over nodes within them: a lost zone or a drained node
    takes at most its share. Best effort both (``ScheduleAnyway``): a zone or node short of
    room still gets the pod rather than leaving it pending; the disruption budget bounds what a
    drain takes at once."""
    return [
        k8s.TopologySpreadConstraint(
            max_skew=1,
            topology_key=key,
            when_unsatisfiable="ScheduleAnyway",
            label_selector=k8s.LabelSelector(match_labels=dict(selector)),
        )
        for key in (ZONE_TOPOLOGY_KEY, HOSTNAME_TOPOLOGY_KEY)
    ]


def deployment_with_sidecars(
    scope: Construct, id: str, *, metadata: k8s.ObjectMeta, spec: k8s.DeploymentSpec, sidecars: Sequence[str]
) -> ApiObject:
    """A Deployment whose named init containers keep running beside the containers (native
    sidecars: ``restartPolicy: Always``, on by default since Kubernetes 1.29): started before
    them, stopped after them. cdk8s-plus-27's 1.27 bindings lack the field and drop it from a
    patched typed object, so the typed object is built aside, rendered, and written plain."""
    draft = Construct(scope, f"{id}-draft")
    rendered = k8s.KubeDeployment(draft, id, metadata=metadata, spec=spec).to_json()
    scope.node.try_remove_child(draft.node.id)
    init_containers = rendered["spec"]["template"]["spec"].get("initContainers", [])
    missing = set(sidecars) - {container["name"] for container in init_containers}
    if missing:
        raise ValueError(f"{metadata.name}: no init container {', '.join(sorted(missing))} to run as a sidecar")
    for container in init_containers:
        if container["name"] in sidecars:
            container["restartPolicy"] = "Always"
    meta = rendered["metadata"]
    deployment = ApiObject(
        scope,
        id,
        api_version="apps/v1",
        kind="Deployment",
        metadata=ApiObjectMetadata(name=meta["name"], labels=meta.get("labels"), annotations=meta.get("annotations")),
    )
    deployment.add_json_patch(JsonPatch.add("/spec", rendered["spec"]))
    return deployment
