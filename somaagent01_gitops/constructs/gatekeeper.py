"""Gatekeeper's admission policies for one cluster: a ConstraintTemplate per rule (Rego), and
per environment namespace of the cluster a Constraint of each, acting as the environment's
posture says (dryrun in DEVELOPMENT, deny in TRAINING and PRODUCTION).

Facts read from Gatekeeper at v3.23.0 (website/docs/constrainttemplates.md L166-222): Rego v1
is opt-in per template, under ``targets[].code[]`` with ``engine: Rego`` and ``source.version:
"v1"``; the object under review is ``input.review.object``, the constraint's parameters
``input.parameters``; a ``violation`` set of ``{"msg": ...}`` denies. Gatekeeper makes each
template's constraint CRD (group ``constraints.gatekeeper.sh``) once the template is ready, so
a constraint is applied only after its template, and Argo CD skips its dry run until the CRD
exists. No typed binding can exist for those kinds: they are written as plain API objects,
and the crd-schemas gate validates their parameters against the templates' schemas.

Two scopes: what this repository renders (``app.kubernetes.io/managed-by: cdk8s``, and no owner
reference: an operator may copy a custom resource's labels onto what it makes) is held to
every rule; every pod and workload of the namespace, operators' and charts' included, to the
rules they all meet (no privilege or host namespace, a pinned image, an allowed registry).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from cdk8s import ApiObject, ApiObjectMetadata, JsonPatch
from constructs import Construct

from ..argocd import WAVE_ANNOTATION
from .labels import standard_labels

TARGET = "admission.k8s.gatekeeper.sh"
CONSTRAINTS_API = "constraints.gatekeeper.sh/v1beta1"
WAVE_TEMPLATES = 0
WAVE_CONSTRAINTS = 1
"""Templates first: Gatekeeper makes each constraint kind from its template."""
RENDERED_HERE = {"app.kubernetes.io/managed-by": "cdk8s"}
"""What this repository renders carries it (labels.standard_labels)."""
WORKLOAD_KINDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("apps", ("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet")),
    ("batch", ("Job", "CronJob")),
)
POD_KINDS: tuple[tuple[str, tuple[str, ...]], ...] = (("", ("Pod",)), *WORKLOAD_KINDS)

POD_SPEC_REGO = """
workload_kinds := {"Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job"}

pod_spec := input.review.object.spec if input.review.object.kind == "Pod"

pod_spec := input.review.object.spec.template.spec if input.review.object.kind in workload_kinds

pod_spec := input.review.object.spec.jobTemplate.spec.template.spec if input.review.object.kind == "CronJob"

containers contains container if some container in pod_spec.containers

containers contains container if some container in pod_spec.initContainers

containers contains container if some container in pod_spec.ephemeralContainers

# what a controller or an operator makes (a ReplicaSet of a Deployment, an operator's
# StatefulSet, which may carry the custom resource's labels) is its maker's, not this repository's
made_here if not input.review.object.metadata.ownerReferences
"""
"""The pod spec of the object under review, whatever its kind, and its every container."""


@dataclass(frozen=True, kw_only=True)
class PolicyTemplate:
    """One admission rule: its constraint kind, its parameters' schema, its Rego."""

    kind: str
    """The constraint kind Gatekeeper makes (the template's name is its lowercase)."""
    description: str
    rego: str
    """Rego v1 of package ``<kind lowercase>``, defining ``violation``."""
    parameters_schema: Mapping[str, Any]
    """The OpenAPI v3 schema of the constraint's ``parameters``."""
    kinds: tuple[tuple[str, tuple[str, ...]], ...]
    """What its constraints match: (API group, kinds)."""
    rendered_only: bool
    """Match only what this repository renders (``RENDERED_HERE``)."""

    @property
    def name(self) -> str:
        return self.kind.lower()


def _rego(kind: str, body: str, *, pods: bool = True) -> str:
    return f"package {kind.lower()}\n" + (POD_SPEC_REGO if pods else "") + body


REQUIRED_LABELS = PolicyTemplate(
    kind="SomaRequiredLabels",
    description="Workloads and their pod templates carry the labels every object of the platform has.",
    rego=_rego(
        "SomaRequiredLabels",
        """
violation contains {"msg": msg} if {
  made_here
  some label in input.parameters.labels
  not input.review.object.metadata.labels[label]
  msg := sprintf("%v %v has no label %v", [input.review.object.kind, input.review.object.metadata.name, label])
}

violation contains {"msg": msg} if {
  made_here
  input.review.object.kind != "Pod"
  some label in input.parameters.labels
  not pod_template_labels[label]
  msg := sprintf("%v %v: its pods have no label %v", [input.review.object.kind, input.review.object.metadata.name, label])
}

pod_template_labels := input.review.object.spec.template.metadata.labels if input.review.object.kind in workload_kinds

pod_template_labels := input.review.object.spec.jobTemplate.spec.template.metadata.labels if input.review.object.kind == "CronJob"
""",
    ),
    parameters_schema={"type": "object", "properties": {"labels": {"type": "array", "items": {"type": "string"}}}},
    kinds=WORKLOAD_KINDS,
    rendered_only=True,
)

RESOURCES_REQUIRED = PolicyTemplate(
    kind="SomaResourcesRequired",
    description="Every container requests CPU and memory and is limited in memory.",
    rego=_rego(
        "SomaResourcesRequired",
        """
required := [["requests", "cpu"], ["requests", "memory"], ["limits", "memory"]]

violation contains {"msg": msg} if {
  made_here
  some container in containers
  some pair in required
  not container.resources[pair[0]][pair[1]]
  msg := sprintf("container %v has no %v.%v", [container.name, pair[0], pair[1]])
}
""",
    ),
    parameters_schema={"type": "object"},
    kinds=WORKLOAD_KINDS,
    rendered_only=True,
)

NO_PRIVILEGE = PolicyTemplate(
    kind="SomaNoPrivilege",
    description="No privileged container, no privilege escalation, no host namespace, network or port.",
    rego=_rego(
        "SomaNoPrivilege",
        """
violation contains {"msg": msg} if {
  some field in ["hostNetwork", "hostPID", "hostIPC"]
  pod_spec[field] == true
  msg := sprintf("%v %v uses the host's namespace (%v)", [input.review.object.kind, input.review.object.metadata.name, field])
}

violation contains {"msg": msg} if {
  some container in containers
  container.securityContext.privileged == true
  msg := sprintf("container %v is privileged", [container.name])
}

violation contains {"msg": msg} if {
  some container in containers
  container.securityContext.allowPrivilegeEscalation == true
  msg := sprintf("container %v may escalate its privileges", [container.name])
}

violation contains {"msg": msg} if {
  some container in containers
  some port in container.ports
  port.hostPort
  msg := sprintf("container %v binds host port %v", [container.name, port.hostPort])
}
""",
    ),
    parameters_schema={"type": "object"},
    kinds=POD_KINDS,
    rendered_only=False,
)

PINNED_IMAGES = PolicyTemplate(
    kind="SomaPinnedImages",
    description="Every image names a tag other than latest, or a digest.",
    rego=_rego(
        "SomaPinnedImages",
        """
violation contains {"msg": msg} if {
  some container in containers
  not pinned(container.image)
  msg := sprintf("container %v: image %v is not pinned (a tag other than latest, or a digest)", [container.name, container.image])
}

pinned(image) if contains(image, "@sha256:")

pinned(image) if {
  not contains(image, "@")
  tag := tag_of(image)
  tag != ""
  tag != "latest"
}

tag_of(image) := tag if {
  last := regex.split("/", image)[count(regex.split("/", image)) - 1]
  parts := split(last, ":")
  count(parts) == 2
  tag := parts[1]
}

tag_of(image) := "" if {
  last := regex.split("/", image)[count(regex.split("/", image)) - 1]
  not contains(last, ":")
}
""",
    ),
    parameters_schema={"type": "object"},
    kinds=POD_KINDS,
    rendered_only=False,
)

ALLOWED_REGISTRIES = PolicyTemplate(
    kind="SomaAllowedRegistries",
    description="Images come only from the cluster's allowed registries (an image without one is docker.io's).",
    rego=_rego(
        "SomaAllowedRegistries",
        """
violation contains {"msg": msg} if {
  some container in containers
  registry := registry_of(container.image)
  not registry in {allowed | some allowed in input.parameters.registries}
  msg := sprintf("container %v: registry %v of image %v is not allowed", [container.name, registry, container.image])
}

registry_of(image) := first if {
  first := split(image, "/")[0]
  count(split(image, "/")) > 1
  is_host(first)
}

registry_of(image) := "docker.io" if {
  first := split(image, "/")[0]
  not is_host(first)
}

registry_of(image) := "docker.io" if count(split(image, "/")) == 1

is_host(name) if contains(name, ".")

is_host(name) if contains(name, ":")

is_host("localhost")
""",
    ),
    parameters_schema={"type": "object", "properties": {"registries": {"type": "array", "items": {"type": "string"}}}},
    kinds=POD_KINDS,
    rendered_only=False,
)

TEMPLATES: tuple[PolicyTemplate, ...] = (REQUIRED_LABELS, RESOURCES_REQUIRED, NO_PRIVILEGE, PINNED_IMAGES, ALLOWED_REGISTRIES)
"""Every admission rule, each exercised by a real Rego interpreter in the tests."""


@dataclass(frozen=True, kw_only=True)
class GatekeeperPoliciesProps:
    """The cluster's environments and what their constraints are given."""

    actions: Mapping[str, str]
    """Environment namespace -> what a violation does there (``deny``, ``dryrun``, ``warn``)."""
    required_labels: Sequence[str]
    """Labels every rendered workload and its pods carry."""
    allowed_registries: Sequence[str]
    """Registries pods may pull from."""


def parameters_of(template: PolicyTemplate, props: GatekeeperPoliciesProps) -> dict[str, Any]:
    if template is REQUIRED_LABELS:
        return {"labels": sorted(props.required_labels)}
    if template is ALLOWED_REGISTRIES:
        return {"registries": sorted(props.allowed_registries)}
    return {}


def constraint_match(template: PolicyTemplate, namespace: str) -> dict[str, Any]:
    match: dict[str, Any] = {
        "kinds": [{"apiGroups": [group], "kinds": list(kinds)} for group, kinds in template.kinds],
        "namespaces": [namespace],
    }
    if template.rendered_only:
        match["labelSelector"] = {"matchLabels": dict(RENDERED_HERE)}
    return match


class GatekeeperPolicies(Construct):
    """The templates, and each environment's constraints."""

    def __init__(self, scope: Construct, id: str, *, props: GatekeeperPoliciesProps) -> None:
        super().__init__(scope, id)
        self.templates = [_template(self, template) for template in TEMPLATES]
        self.constraints = [
            _constraint(self, template, namespace=namespace, action=action, props=props)
            for namespace, action in sorted(props.actions.items())
            for template in TEMPLATES
        ]


def _with_spec(obj: ApiObject, spec: Mapping[str, Any]) -> ApiObject:
    """A plain API object's spec (cdk8s' Python ApiObject takes none as an argument)."""
    obj.add_json_patch(JsonPatch.add("/spec", dict(spec)))
    return obj


def _template(scope: Construct, template: PolicyTemplate) -> ApiObject:
    obj = ApiObject(
        scope,
        f"template-{template.name}",
        api_version="templates.gatekeeper.sh/v1",
        kind="ConstraintTemplate",
        metadata=ApiObjectMetadata(
            name=template.name,
            labels=standard_labels(template.name, component="admission"),
            annotations={"description": template.description, WAVE_ANNOTATION: str(WAVE_TEMPLATES)},
        ),
    )
    return _with_spec(
        obj,
        {
            "crd": {"spec": {"names": {"kind": template.kind}, "validation": {"openAPIV3Schema": dict(template.parameters_schema)}}},
            "targets": [{"target": TARGET, "code": [{"engine": "Rego", "source": {"version": "v1", "rego": template.rego}}]}],
        },
    )


def _constraint(scope: Construct, template: PolicyTemplate, *, namespace: str, action: str, props: GatekeeperPoliciesProps) -> ApiObject:
    # one constraint of each kind per environment: named after its namespace
    name = namespace
    obj = ApiObject(
        scope,
        f"constraint-{template.name}-{namespace}",
        api_version=CONSTRAINTS_API,
        kind=template.kind,
        metadata=ApiObjectMetadata(
            name=name,
            labels=standard_labels(name, component="admission"),
            annotations={
                WAVE_ANNOTATION: str(WAVE_CONSTRAINTS),
                # its CRD exists once Gatekeeper has read the template
                "argocd.argoproj.io/sync-options": "SkipDryRunOnMissingResource=true",
            },
        ),
    )
    return _with_spec(
        obj, {"enforcementAction": action, "match": constraint_match(template, namespace), "parameters": parameters_of(template, props)}
    )
