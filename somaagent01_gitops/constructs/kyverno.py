"""Kyverno's admission policies for one cluster, in its CEL-based kinds (``policies.kyverno.io/v1``
at Kyverno 1.19.0): per environment namespace, probes required of what this repository
renders, and beyond that the app image's cosign signature where the environment names its
signer. Audit in DEVELOPMENT, Deny in TRAINING and PRODUCTION (the posture's action).

Facts read from Kyverno's CRDs at v1.19.0 (config/crds/policies.kyverno.io/): a
ValidatingPolicy is cluster-scoped and matches like a ValidatingAdmissionPolicy
(``matchConstraints``), its ``validations`` CEL see the object as ``object``; an
ImageValidatingPolicy matches images by glob (``matchImageReferences``) and verifies them
with ``verifyImageSignatures(image, [attestors.<name>])`` against cosign attestors
(``keyless.identities`` of issuer and subject).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from cdk8s import ApiObject, ApiObjectMetadata, JsonPatch
from constructs import Construct

from ..catalog import PROBE_EXCEPTION_ANNOTATION
from .gatekeeper import RENDERED_HERE
from .labels import standard_labels

API_VERSION = "policies.kyverno.io/v1"
ACTIONS = {"warn": "Warn", "dryrun": "Audit", "deny": "Deny"}
"""The posture's admission action in Kyverno's words."""

PROBES_EXPRESSION = (
    f"(has(object.metadata.annotations) && '{PROBE_EXCEPTION_ANNOTATION}' in object.metadata.annotations && "
    f"object.metadata.annotations['{PROBE_EXCEPTION_ANNOTATION}'] != '') || "
    "object.spec.template.spec.containers.all(c, has(c.readinessProbe) && has(c.livenessProbe))"
)
"""Every container of the workload's pods is probed, or the workload says why it cannot be."""

SIGNATURE_EXPRESSION = "images.containers.map(image, verifyImageSignatures(image, [attestors.cosign])).all(e, e > 0)"
"""Every app image of the pod carries a signature of the attestor (Kyverno's own CEL library)."""


@dataclass(frozen=True, kw_only=True)
class Signer:
    """Who signs the app image (cosign keyless)."""

    issuer: str
    subject_regexp: str


@dataclass(frozen=True, kw_only=True)
class EnvironmentPolicy:
    """What one environment's policies act on."""

    action: str
    """The posture's admission action (``warn``, ``dryrun``, ``deny``)."""
    app_repository: str
    """The app image's repository (its pods' images are verified)."""
    signer: Signer | None = None
    """Who signs the app image; None verifies no signature. Default: none."""


@dataclass(frozen=True, kw_only=True)
class KyvernoPoliciesProps:
    environments: Mapping[str, EnvironmentPolicy]
    """Environment namespace -> its policy."""


def _namespace(namespace: str) -> dict[str, object]:
    return {"matchLabels": {"kubernetes.io/metadata.name": namespace}}


MADE_HERE = "!has(object.metadata.ownerReferences) || size(object.metadata.ownerReferences) == 0"
"""What an operator makes (it may copy the custom resource's labels, and add containers of its
own) carries its owner reference: the operator's, not this repository's."""


def probes_spec(namespace: str, policy: EnvironmentPolicy) -> dict[str, object]:
    return {
        "validationActions": [ACTIONS[policy.action]],
        "matchConditions": [{"name": "made-here", "expression": MADE_HERE}],
        "matchConstraints": {
            "namespaceSelector": _namespace(namespace),
            "objectSelector": {"matchLabels": dict(RENDERED_HERE)},
            "resourceRules": [
                {
                    "apiGroups": ["apps"],
                    "apiVersions": ["v1"],
                    "operations": ["CREATE", "UPDATE"],
                    "resources": ["deployments", "statefulsets", "daemonsets"],
                }
            ],
        },
        "validations": [
            {
                "expression": PROBES_EXPRESSION,
                "message": f"every container needs a readiness and a liveness probe, or the workload says why not in {PROBE_EXCEPTION_ANNOTATION}",
            }
        ],
    }


def signature_spec(namespace: str, policy: EnvironmentPolicy) -> dict[str, object]:
    if policy.signer is None:
        raise ValueError(f"{namespace}: no signer to verify")
    return {
        "validationActions": [ACTIONS[policy.action]],
        "matchConstraints": {
            "namespaceSelector": _namespace(namespace),
            "resourceRules": [{"apiGroups": [""], "apiVersions": ["v1"], "operations": ["CREATE", "UPDATE"], "resources": ["pods"]}],
        },
        "matchImageReferences": [{"glob": f"{policy.app_repository}*"}],
        "attestors": [
            {
                "name": "cosign",
                "cosign": {"keyless": {"identities": [{"issuer": policy.signer.issuer, "subjectRegExp": policy.signer.subject_regexp}]}},
            }
        ],
        "validations": [
            {"expression": SIGNATURE_EXPRESSION, "message": f"{policy.app_repository} images must be signed by the release workflow"}
        ],
    }


class KyvernoPolicies(Construct):
    """Per environment: probes required, and where a signer is named, signatures verified."""

    def __init__(self, scope: Construct, id: str, *, props: KyvernoPoliciesProps) -> None:
        super().__init__(scope, id)
        self.policies = []
        for namespace, policy in sorted(props.environments.items()):
            self.policies.append(_policy(self, "ValidatingPolicy", f"probes-required-{namespace}", probes_spec(namespace, policy)))
            if policy.signer is not None:
                name = f"signed-images-{namespace}"
                self.policies.append(_policy(self, "ImageValidatingPolicy", name, signature_spec(namespace, policy)))


def _policy(scope: Construct, kind: str, name: str, spec: Mapping[str, object]) -> ApiObject:
    obj = ApiObject(
        scope,
        name,
        api_version=API_VERSION,
        kind=kind,
        metadata=ApiObjectMetadata(name=name, labels=standard_labels(name, component="admission")),
    )
    obj.add_json_patch(JsonPatch.add("/spec", dict(spec)))
    return obj
