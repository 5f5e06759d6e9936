from __future__ import annotations

from pkgutil import extend_path
__path__ = extend_path(__path__, __name__)

import abc
import builtins
import datetime
import enum
import typing

import jsii
import publication
import typing_extensions

from jsii._type_checking import cached_type_hints, check_type


from ._jsii import *

class _LazyImport:
    def __init__(self, module_name: str) -> None:
        self._module_name = module_name
        self._module: typing.Any = None
    def __getattr__(self, name: str) -> typing.Any:
        if self._module is None:
            import importlib
            self._module = importlib.import_module(self._module_name)
        return getattr(self._module, name)

if typing.TYPE_CHECKING:

    import cdk8s as _cdk8s_d3d9af27
    import constructs as _constructs_77d1e7e8
else:

    _cdk8s_d3d9af27 = _LazyImport("cdk8s")
    _constructs_77d1e7e8 = _LazyImport("constructs")


class CiliumNetworkPolicy(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="cilium_iocilium.CiliumNetworkPolicy",
):
    '''CiliumNetworkPolicy is a Kubernetes third-party resource with an extended version of NetworkPolicy.

    :schema: CiliumNetworkPolicy
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]],
        spec: typing.Optional[typing.Union["CiliumNetworkPolicySpec", typing.Dict[builtins.str, typing.Any]]] = None,
        specs: typing.Optional[typing.Sequence[typing.Union["CiliumNetworkPolicySpecs", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''Defines a "CiliumNetworkPolicy" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: Spec is the desired Cilium specific rule specification.
        :param specs: Specs is a list of desired Cilium specific rule specification.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__552a57b6d5a99edbedc9fc89e5180449108732759223a87717d69567a747577f)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = CiliumNetworkPolicyProps(metadata=metadata, spec=spec, specs=specs)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]],
        spec: typing.Optional[typing.Union["CiliumNetworkPolicySpec", typing.Dict[builtins.str, typing.Any]]] = None,
        specs: typing.Optional[typing.Sequence[typing.Union["CiliumNetworkPolicySpecs", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "CiliumNetworkPolicy".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: Spec is the desired Cilium specific rule specification.
        :param specs: Specs is a list of desired Cilium specific rule specification.
        '''
        props = CiliumNetworkPolicyProps(metadata=metadata, spec=spec, specs=specs)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "CiliumNetworkPolicy".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicyProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec", "specs": "specs"},
)
class CiliumNetworkPolicyProps:
    def __init__(
        self,
        *,
        metadata: typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]],
        spec: typing.Optional[typing.Union["CiliumNetworkPolicySpec", typing.Dict[builtins.str, typing.Any]]] = None,
        specs: typing.Optional[typing.Sequence[typing.Union["CiliumNetworkPolicySpecs", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''CiliumNetworkPolicy is a Kubernetes third-party resource with an extended version of NetworkPolicy.

        :param metadata: 
        :param spec: Spec is the desired Cilium specific rule specification.
        :param specs: Specs is a list of desired Cilium specific rule specification.

        :schema: CiliumNetworkPolicy
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = CiliumNetworkPolicySpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a04da6b4d40cfbafe035e909d6e2a62bd4a2463c22c2774274c8ebd06e841381)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument specs", value=specs, expected_type=type_hints["specs"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "metadata": metadata,
        }
        if spec is not None:
            self._values["spec"] = spec
        if specs is not None:
            self._values["specs"] = specs

    @builtins.property
    def metadata(self) -> "_cdk8s_d3d9af27.ApiObjectMetadata":
        '''
        :schema: CiliumNetworkPolicy#metadata
        '''
        result = self._values.get("metadata")
        assert result is not None, "Required property 'metadata' is missing"
        return typing.cast("_cdk8s_d3d9af27.ApiObjectMetadata", result)

    @builtins.property
    def spec(self) -> typing.Optional["CiliumNetworkPolicySpec"]:
        '''Spec is the desired Cilium specific rule specification.

        :schema: CiliumNetworkPolicy#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["CiliumNetworkPolicySpec"], result)

    @builtins.property
    def specs(self) -> typing.Optional[typing.List["CiliumNetworkPolicySpecs"]]:
        '''Specs is a list of desired Cilium specific rule specification.

        :schema: CiliumNetworkPolicy#specs
        '''
        result = self._values.get("specs")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecs"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicyProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpec",
    jsii_struct_bases=[],
    name_mapping={
        "description": "description",
        "egress": "egress",
        "egress_deny": "egressDeny",
        "enable_default_deny": "enableDefaultDeny",
        "endpoint_selector": "endpointSelector",
        "ingress": "ingress",
        "ingress_deny": "ingressDeny",
        "labels": "labels",
        "log": "log",
        "node_selector": "nodeSelector",
    },
)
class CiliumNetworkPolicySpec:
    def __init__(
        self,
        *,
        description: typing.Optional[builtins.str] = None,
        egress: typing.Optional[typing.Sequence[typing.Any]] = None,
        egress_deny: typing.Optional[typing.Sequence[typing.Any]] = None,
        enable_default_deny: typing.Any = None,
        endpoint_selector: typing.Any = None,
        ingress: typing.Optional[typing.Sequence[typing.Any]] = None,
        ingress_deny: typing.Optional[typing.Sequence[typing.Any]] = None,
        labels: typing.Optional[typing.Sequence[typing.Any]] = None,
        log: typing.Any = None,
        node_selector: typing.Any = None,
    ) -> None:
        '''Spec is the desired Cilium specific rule specification.

        :param description: Description is a free form string, it can be used by the creator of the rule to store human readable explanation of the purpose of this rule. Rules cannot be identified by comment.
        :param egress: Egress is a list of EgressRule which are enforced at egress. If omitted or empty, this rule does not apply at egress.
        :param egress_deny: EgressDeny is a list of EgressDenyRule which are enforced at egress. Any rule inserted here will be denied regardless of the allowed egress rules in the 'egress' field. If omitted or empty, this rule does not apply at egress.
        :param enable_default_deny: EnableDefaultDeny determines whether this policy configures the subject endpoint(s) to have a default deny mode. If enabled, this causes all traffic not explicitly allowed by a network policy to be dropped. If not specified, the default is true for each traffic direction that has rules, and false otherwise. For example, if a policy only has Ingress or IngressDeny rules, then the default for ingress is true and egress is false. If multiple policies apply to an endpoint, that endpoint's default deny will be enabled if any policy requests it. This is useful for creating broad-based network policies that will not cause endpoints to enter default-deny mode.
        :param endpoint_selector: EndpointSelector selects all endpoints which should be subject to this rule. EndpointSelector and NodeSelector cannot be both empty and are mutually exclusive.
        :param ingress: Ingress is a list of IngressRule which are enforced at ingress. If omitted or empty, this rule does not apply at ingress.
        :param ingress_deny: IngressDeny is a list of IngressDenyRule which are enforced at ingress. Any rule inserted here will be denied regardless of the allowed ingress rules in the 'ingress' field. If omitted or empty, this rule does not apply at ingress.
        :param labels: Labels is a list of optional strings which can be used to re-identify the rule or to store metadata. It is possible to lookup or delete strings based on labels. Labels are not required to be unique, multiple rules can have overlapping or identical labels.
        :param log: Log specifies custom policy-specific Hubble logging configuration.
        :param node_selector: NodeSelector selects all nodes which should be subject to this rule. EndpointSelector and NodeSelector cannot be both empty and are mutually exclusive. Can only be used in CiliumClusterwideNetworkPolicies.

        :schema: CiliumNetworkPolicySpec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3d82a2f9b50ac7819712a46c4cf06e75fe5e0853d3b5f6dcc733018f6560ad18)
            check_type(argname="argument description", value=description, expected_type=type_hints["description"])
            check_type(argname="argument egress", value=egress, expected_type=type_hints["egress"])
            check_type(argname="argument egress_deny", value=egress_deny, expected_type=type_hints["egress_deny"])
            check_type(argname="argument enable_default_deny", value=enable_default_deny, expected_type=type_hints["enable_default_deny"])
            check_type(argname="argument endpoint_selector", value=endpoint_selector, expected_type=type_hints["endpoint_selector"])
            check_type(argname="argument ingress", value=ingress, expected_type=type_hints["ingress"])
            check_type(argname="argument ingress_deny", value=ingress_deny, expected_type=type_hints["ingress_deny"])
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
            check_type(argname="argument log", value=log, expected_type=type_hints["log"])
            check_type(argname="argument node_selector", value=node_selector, expected_type=type_hints["node_selector"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if description is not None:
            self._values["description"] = description
        if egress is not None:
            self._values["egress"] = egress
        if egress_deny is not None:
            self._values["egress_deny"] = egress_deny
        if enable_default_deny is not None:
            self._values["enable_default_deny"] = enable_default_deny
        if endpoint_selector is not None:
            self._values["endpoint_selector"] = endpoint_selector
        if ingress is not None:
            self._values["ingress"] = ingress
        if ingress_deny is not None:
            self._values["ingress_deny"] = ingress_deny
        if labels is not None:
            self._values["labels"] = labels
        if log is not None:
            self._values["log"] = log
        if node_selector is not None:
            self._values["node_selector"] = node_selector

    @builtins.property
    def description(self) -> typing.Optional[builtins.str]:
        '''Description is a free form string, it can be used by the creator of the rule to store human readable explanation of the purpose of this rule.

        Rules cannot be identified by comment.

        :schema: CiliumNetworkPolicySpec#description
        '''
        result = self._values.get("description")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def egress(self) -> typing.Optional[typing.List[typing.Any]]:
        '''Egress is a list of EgressRule which are enforced at egress.

        If omitted or empty, this rule does not apply at egress.

        :schema: CiliumNetworkPolicySpec#egress
        '''
        result = self._values.get("egress")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def egress_deny(self) -> typing.Optional[typing.List[typing.Any]]:
        '''EgressDeny is a list of EgressDenyRule which are enforced at egress.

        Any rule inserted here will be denied regardless of the allowed egress
        rules in the 'egress' field.
        If omitted or empty, this rule does not apply at egress.

        :schema: CiliumNetworkPolicySpec#egressDeny
        '''
        result = self._values.get("egress_deny")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def enable_default_deny(self) -> typing.Any:
        '''EnableDefaultDeny determines whether this policy configures the subject endpoint(s) to have a default deny mode.

        If enabled,
        this causes all traffic not explicitly allowed by a network policy
        to be dropped.

        If not specified, the default is true for each traffic direction
        that has rules, and false otherwise. For example, if a policy
        only has Ingress or IngressDeny rules, then the default for
        ingress is true and egress is false.

        If multiple policies apply to an endpoint, that endpoint's default deny
        will be enabled if any policy requests it.

        This is useful for creating broad-based network policies that will not
        cause endpoints to enter default-deny mode.

        :schema: CiliumNetworkPolicySpec#enableDefaultDeny
        '''
        result = self._values.get("enable_default_deny")
        return typing.cast(typing.Any, result)

    @builtins.property
    def endpoint_selector(self) -> typing.Any:
        '''EndpointSelector selects all endpoints which should be subject to this rule.

        EndpointSelector and NodeSelector cannot be both empty and
        are mutually exclusive.

        :schema: CiliumNetworkPolicySpec#endpointSelector
        '''
        result = self._values.get("endpoint_selector")
        return typing.cast(typing.Any, result)

    @builtins.property
    def ingress(self) -> typing.Optional[typing.List[typing.Any]]:
        '''Ingress is a list of IngressRule which are enforced at ingress.

        If omitted or empty, this rule does not apply at ingress.

        :schema: CiliumNetworkPolicySpec#ingress
        '''
        result = self._values.get("ingress")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def ingress_deny(self) -> typing.Optional[typing.List[typing.Any]]:
        '''IngressDeny is a list of IngressDenyRule which are enforced at ingress.

        Any rule inserted here will be denied regardless of the allowed ingress
        rules in the 'ingress' field.
        If omitted or empty, this rule does not apply at ingress.

        :schema: CiliumNetworkPolicySpec#ingressDeny
        '''
        result = self._values.get("ingress_deny")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.List[typing.Any]]:
        '''Labels is a list of optional strings which can be used to re-identify the rule or to store metadata.

        It is possible to lookup
        or delete strings based on labels. Labels are not required to be
        unique, multiple rules can have overlapping or identical labels.

        :schema: CiliumNetworkPolicySpec#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def log(self) -> typing.Any:
        '''Log specifies custom policy-specific Hubble logging configuration.

        :schema: CiliumNetworkPolicySpec#log
        '''
        result = self._values.get("log")
        return typing.cast(typing.Any, result)

    @builtins.property
    def node_selector(self) -> typing.Any:
        '''NodeSelector selects all nodes which should be subject to this rule.

        EndpointSelector and NodeSelector cannot be both empty and are mutually
        exclusive. Can only be used in CiliumClusterwideNetworkPolicies.

        :schema: CiliumNetworkPolicySpec#nodeSelector
        '''
        result = self._values.get("node_selector")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecs",
    jsii_struct_bases=[],
    name_mapping={
        "description": "description",
        "egress": "egress",
        "egress_deny": "egressDeny",
        "enable_default_deny": "enableDefaultDeny",
        "endpoint_selector": "endpointSelector",
        "ingress": "ingress",
        "ingress_deny": "ingressDeny",
        "labels": "labels",
        "log": "log",
        "node_selector": "nodeSelector",
    },
)
class CiliumNetworkPolicySpecs:
    def __init__(
        self,
        *,
        description: typing.Optional[builtins.str] = None,
        egress: typing.Optional[typing.Sequence[typing.Union["CiliumNetworkPolicySpecsEgress", typing.Dict[builtins.str, typing.Any]]]] = None,
        egress_deny: typing.Optional[typing.Sequence[typing.Union["CiliumNetworkPolicySpecsEgressDeny", typing.Dict[builtins.str, typing.Any]]]] = None,
        enable_default_deny: typing.Optional[typing.Union["CiliumNetworkPolicySpecsEnableDefaultDeny", typing.Dict[builtins.str, typing.Any]]] = None,
        endpoint_selector: typing.Optional[typing.Union["CiliumNetworkPolicySpecsEndpointSelector", typing.Dict[builtins.str, typing.Any]]] = None,
        ingress: typing.Optional[typing.Sequence[typing.Union["CiliumNetworkPolicySpecsIngress", typing.Dict[builtins.str, typing.Any]]]] = None,
        ingress_deny: typing.Optional[typing.Sequence[typing.Union["CiliumNetworkPolicySpecsIngressDeny", typing.Dict[builtins.str, typing.Any]]]] = None,
        labels: typing.Optional[typing.Sequence[typing.Union["CiliumNetworkPolicySpecsLabels", typing.Dict[builtins.str, typing.Any]]]] = None,
        log: typing.Optional[typing.Union["CiliumNetworkPolicySpecsLog", typing.Dict[builtins.str, typing.Any]]] = None,
        node_selector: typing.Optional[typing.Union["CiliumNetworkPolicySpecsNodeSelector", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Rule is a policy rule which must be applied to all endpoints which match the labels contained in the endpointSelector.

        Each rule is split into an ingress section which contains all rules
        applicable at ingress, and an egress section applicable at egress. For rule
        types such as ``L4Rule`` and ``CIDR`` which can be applied at both ingress and
        egress, both ingress and egress side have to either specifically allow the
        connection or one side has to be omitted.

        Either ingress, egress, or both can be provided. If both ingress and egress
        are omitted, the rule has no effect.

        :param description: Description is a free form string, it can be used by the creator of the rule to store human readable explanation of the purpose of this rule. Rules cannot be identified by comment.
        :param egress: Egress is a list of EgressRule which are enforced at egress. If omitted or empty, this rule does not apply at egress.
        :param egress_deny: EgressDeny is a list of EgressDenyRule which are enforced at egress. Any rule inserted here will be denied regardless of the allowed egress rules in the 'egress' field. If omitted or empty, this rule does not apply at egress.
        :param enable_default_deny: EnableDefaultDeny determines whether this policy configures the subject endpoint(s) to have a default deny mode. If enabled, this causes all traffic not explicitly allowed by a network policy to be dropped. If not specified, the default is true for each traffic direction that has rules, and false otherwise. For example, if a policy only has Ingress or IngressDeny rules, then the default for ingress is true and egress is false. If multiple policies apply to an endpoint, that endpoint's default deny will be enabled if any policy requests it. This is useful for creating broad-based network policies that will not cause endpoints to enter default-deny mode.
        :param endpoint_selector: EndpointSelector selects all endpoints which should be subject to this rule. EndpointSelector and NodeSelector cannot be both empty and are mutually exclusive.
        :param ingress: Ingress is a list of IngressRule which are enforced at ingress. If omitted or empty, this rule does not apply at ingress.
        :param ingress_deny: IngressDeny is a list of IngressDenyRule which are enforced at ingress. Any rule inserted here will be denied regardless of the allowed ingress rules in the 'ingress' field. If omitted or empty, this rule does not apply at ingress.
        :param labels: Labels is a list of optional strings which can be used to re-identify the rule or to store metadata. It is possible to lookup or delete strings based on labels. Labels are not required to be unique, multiple rules can have overlapping or identical labels.
        :param log: Log specifies custom policy-specific Hubble logging configuration.
        :param node_selector: NodeSelector selects all nodes which should be subject to this rule. EndpointSelector and NodeSelector cannot be both empty and are mutually exclusive. Can only be used in CiliumClusterwideNetworkPolicies.

        :schema: CiliumNetworkPolicySpecs
        '''
        if isinstance(enable_default_deny, dict):
            enable_default_deny = CiliumNetworkPolicySpecsEnableDefaultDeny(**enable_default_deny)
        if isinstance(endpoint_selector, dict):
            endpoint_selector = CiliumNetworkPolicySpecsEndpointSelector(**endpoint_selector)
        if isinstance(log, dict):
            log = CiliumNetworkPolicySpecsLog(**log)
        if isinstance(node_selector, dict):
            node_selector = CiliumNetworkPolicySpecsNodeSelector(**node_selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1c138761777568f176c0c2a3ad19c07f0aa4f7c4b417e5d5f7fc03e40d14d344)
            check_type(argname="argument description", value=description, expected_type=type_hints["description"])
            check_type(argname="argument egress", value=egress, expected_type=type_hints["egress"])
            check_type(argname="argument egress_deny", value=egress_deny, expected_type=type_hints["egress_deny"])
            check_type(argname="argument enable_default_deny", value=enable_default_deny, expected_type=type_hints["enable_default_deny"])
            check_type(argname="argument endpoint_selector", value=endpoint_selector, expected_type=type_hints["endpoint_selector"])
            check_type(argname="argument ingress", value=ingress, expected_type=type_hints["ingress"])
            check_type(argname="argument ingress_deny", value=ingress_deny, expected_type=type_hints["ingress_deny"])
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
            check_type(argname="argument log", value=log, expected_type=type_hints["log"])
            check_type(argname="argument node_selector", value=node_selector, expected_type=type_hints["node_selector"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if description is not None:
            self._values["description"] = description
        if egress is not None:
            self._values["egress"] = egress
        if egress_deny is not None:
            self._values["egress_deny"] = egress_deny
        if enable_default_deny is not None:
            self._values["enable_default_deny"] = enable_default_deny
        if endpoint_selector is not None:
            self._values["endpoint_selector"] = endpoint_selector
        if ingress is not None:
            self._values["ingress"] = ingress
        if ingress_deny is not None:
            self._values["ingress_deny"] = ingress_deny
        if labels is not None:
            self._values["labels"] = labels
        if log is not None:
            self._values["log"] = log
        if node_selector is not None:
            self._values["node_selector"] = node_selector

    @builtins.property
    def description(self) -> typing.Optional[builtins.str]:
        '''Description is a free form string, it can be used by the creator of the rule to store human readable explanation of the purpose of this rule.

        Rules cannot be identified by comment.

        :schema: CiliumNetworkPolicySpecs#description
        '''
        result = self._values.get("description")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def egress(self) -> typing.Optional[typing.List["CiliumNetworkPolicySpecsEgress"]]:
        '''Egress is a list of EgressRule which are enforced at egress.

        If omitted or empty, this rule does not apply at egress.

        :schema: CiliumNetworkPolicySpecs#egress
        '''
        result = self._values.get("egress")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecsEgress"]], result)

    @builtins.property
    def egress_deny(
        self,
    ) -> typing.Optional[typing.List["CiliumNetworkPolicySpecsEgressDeny"]]:
        '''EgressDeny is a list of EgressDenyRule which are enforced at egress.

        Any rule inserted here will be denied regardless of the allowed egress
        rules in the 'egress' field.
        If omitted or empty, this rule does not apply at egress.

        :schema: CiliumNetworkPolicySpecs#egressDeny
        '''
        result = self._values.get("egress_deny")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecsEgressDeny"]], result)

    @builtins.property
    def enable_default_deny(
        self,
    ) -> typing.Optional["CiliumNetworkPolicySpecsEnableDefaultDeny"]:
        '''EnableDefaultDeny determines whether this policy configures the subject endpoint(s) to have a default deny mode.

        If enabled,
        this causes all traffic not explicitly allowed by a network policy
        to be dropped.

        If not specified, the default is true for each traffic direction
        that has rules, and false otherwise. For example, if a policy
        only has Ingress or IngressDeny rules, then the default for
        ingress is true and egress is false.

        If multiple policies apply to an endpoint, that endpoint's default deny
        will be enabled if any policy requests it.

        This is useful for creating broad-based network policies that will not
        cause endpoints to enter default-deny mode.

        :schema: CiliumNetworkPolicySpecs#enableDefaultDeny
        '''
        result = self._values.get("enable_default_deny")
        return typing.cast(typing.Optional["CiliumNetworkPolicySpecsEnableDefaultDeny"], result)

    @builtins.property
    def endpoint_selector(
        self,
    ) -> typing.Optional["CiliumNetworkPolicySpecsEndpointSelector"]:
        '''EndpointSelector selects all endpoints which should be subject to this rule.

        EndpointSelector and NodeSelector cannot be both empty and
        are mutually exclusive.

        :schema: CiliumNetworkPolicySpecs#endpointSelector
        '''
        result = self._values.get("endpoint_selector")
        return typing.cast(typing.Optional["CiliumNetworkPolicySpecsEndpointSelector"], result)

    @builtins.property
    def ingress(
        self,
    ) -> typing.Optional[typing.List["CiliumNetworkPolicySpecsIngress"]]:
        '''Ingress is a list of IngressRule which are enforced at ingress.

        If omitted or empty, this rule does not apply at ingress.

        :schema: CiliumNetworkPolicySpecs#ingress
        '''
        result = self._values.get("ingress")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecsIngress"]], result)

    @builtins.property
    def ingress_deny(
        self,
    ) -> typing.Optional[typing.List["CiliumNetworkPolicySpecsIngressDeny"]]:
        '''IngressDeny is a list of IngressDenyRule which are enforced at ingress.

        Any rule inserted here will be denied regardless of the allowed ingress
        rules in the 'ingress' field.
        If omitted or empty, this rule does not apply at ingress.

        :schema: CiliumNetworkPolicySpecs#ingressDeny
        '''
        result = self._values.get("ingress_deny")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecsIngressDeny"]], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.List["CiliumNetworkPolicySpecsLabels"]]:
        '''Labels is a list of optional strings which can be used to re-identify the rule or to store metadata.

        It is possible to lookup
        or delete strings based on labels. Labels are not required to be
        unique, multiple rules can have overlapping or identical labels.

        :schema: CiliumNetworkPolicySpecs#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecsLabels"]], result)

    @builtins.property
    def log(self) -> typing.Optional["CiliumNetworkPolicySpecsLog"]:
        '''Log specifies custom policy-specific Hubble logging configuration.

        :schema: CiliumNetworkPolicySpecs#log
        '''
        result = self._values.get("log")
        return typing.cast(typing.Optional["CiliumNetworkPolicySpecsLog"], result)

    @builtins.property
    def node_selector(self) -> typing.Optional["CiliumNetworkPolicySpecsNodeSelector"]:
        '''NodeSelector selects all nodes which should be subject to this rule.

        EndpointSelector and NodeSelector cannot be both empty and are mutually
        exclusive. Can only be used in CiliumClusterwideNetworkPolicies.

        :schema: CiliumNetworkPolicySpecs#nodeSelector
        '''
        result = self._values.get("node_selector")
        return typing.cast(typing.Optional["CiliumNetworkPolicySpecsNodeSelector"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgress",
    jsii_struct_bases=[],
    name_mapping={
        "authentication": "authentication",
        "icmps": "icmps",
        "to_cidr": "toCidr",
        "to_cidr_set": "toCidrSet",
        "to_endpoints": "toEndpoints",
        "to_entities": "toEntities",
        "to_fqd_ns": "toFqdNs",
        "to_groups": "toGroups",
        "to_nodes": "toNodes",
        "to_ports": "toPorts",
        "to_requires": "toRequires",
        "to_services": "toServices",
    },
)
class CiliumNetworkPolicySpecsEgress:
    def __init__(
        self,
        *,
        authentication: typing.Optional[typing.Union["CiliumNetworkPolicySpecsEgressAuthentication", typing.Dict[builtins.str, typing.Any]]] = None,
        icmps: typing.Optional[typing.Sequence[typing.Union["CiliumNetworkPolicySpecsEgressIcmps", typing.Dict[builtins.str, typing.Any]]]] = None,
        to_cidr: typing.Optional[typing.Sequence[builtins.str]] = None,
        to_cidr_set: typing.Optional[typing.Sequence[typing.Union["CiliumNetworkPolicySpecsEgressToCidrSet", typing.Dict[builtins.str, typing.Any]]]] = None,
        to_endpoints: typing.Optional[typing.Sequence[typing.Union["CiliumNetworkPolicySpecsEgressToEndpoints", typing.Dict[builtins.str, typing.Any]]]] = None,
        to_entities: typing.Optional[typing.Sequence["CiliumNetworkPolicySpecsEgressToEntities"]] = None,
        to_fqd_ns: typing.Optional[typing.Sequence[typing.Union["CiliumNetworkPolicySpecsEgressToFqdNs", typing.Dict[builtins.str, typing.Any]]]] = None,
        to_groups: typing.Optional[typing.Sequence[typing.Union["CiliumNetworkPolicySpecsEgressToGroups", typing.Dict[builtins.str, typing.Any]]]] = None,
        to_nodes: typing.Optional[typing.Sequence[typing.Union["CiliumNetworkPolicySpecsEgressToNodes", typing.Dict[builtins.str, typing.Any]]]] = None,
        to_ports: typing.Optional[typing.Sequence[typing.Union["CiliumNetworkPolicySpecsEgressToPorts", typing.Dict[builtins.str, typing.Any]]]] = None,
        to_requires: typing.Optional[typing.Sequence[typing.Union["CiliumNetworkPolicySpecsEgressToRequires", typing.Dict[builtins.str, typing.Any]]]] = None,
        to_services: typing.Optional[typing.Sequence[typing.Union["CiliumNetworkPolicySpecsEgressToServices", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''EgressRule contains all rule types which can be applied at egress, i.e. network traffic that originates inside the endpoint and exits the endpoint selected by the endpointSelector.

        - All members of this structure are optional. If omitted or empty, the
          member will have no effect on the rule.
        - If multiple members of the structure are specified, then all members
          must match in order for the rule to take effect. The exception to this
          rule is the ToRequires member; the effects of any Requires field in any
          rule will apply to all other rules as well.
        - ToEndpoints, ToCIDR, ToCIDRSet, ToEntities, ToServices and ToGroups are
          mutually exclusive. Only one of these members may be present within an
          individual rule.

        :param authentication: Authentication is the required authentication type for the allowed traffic, if any.
        :param icmps: ICMPs is a list of ICMP rule identified by type number which the endpoint subject to the rule is allowed to connect to. Example: Any endpoint with the label "app=httpd" is allowed to initiate type 8 ICMP connections.
        :param to_cidr: ToCIDR is a list of IP blocks which the endpoint subject to the rule is allowed to initiate connections. Only connections destined for outside of the cluster and not targeting the host will be subject to CIDR rules. This will match on the destination IP address of outgoing connections. Adding a prefix into ToCIDR or into ToCIDRSet with no ExcludeCIDRs is equivalent. Overlaps are allowed between ToCIDR and ToCIDRSet. Example: Any endpoint with the label "app=database-proxy" is allowed to initiate connections to 10.2.3.0/24
        :param to_cidr_set: ToCIDRSet is a list of IP blocks which the endpoint subject to the rule is allowed to initiate connections to in addition to connections which are allowed via ToEndpoints, along with a list of subnets contained within their corresponding IP block to which traffic should not be allowed. This will match on the destination IP address of outgoing connections. Adding a prefix into ToCIDR or into ToCIDRSet with no ExcludeCIDRs is equivalent. Overlaps are allowed between ToCIDR and ToCIDRSet. Example: Any endpoint with the label "app=database-proxy" is allowed to initiate connections to 10.2.3.0/24 except from IPs in subnet 10.2.3.0/28.
        :param to_endpoints: ToEndpoints is a list of endpoints identified by an EndpointSelector to which the endpoints subject to the rule are allowed to communicate. Example: Any endpoint with the label "role=frontend" can communicate with any endpoint carrying the label "role=backend".
        :param to_entities: ToEntities is a list of special entities to which the endpoint subject to the rule is allowed to initiate connections. Supported entities are ``world``, ``cluster``, ``host``, ``remote-node``, ``kube-apiserver``, ``ingress``, ``init``, ``health``, ``unmanaged``, ``none`` and ``all``.
        :param to_fqd_ns: ToFQDN allows whitelisting DNS names in place of IPs. The IPs that result from DNS resolution of ``ToFQDN.MatchName``s are added to the same EgressRule object as ToCIDRSet entries, and behave accordingly. Any L4 and L7 rules within this EgressRule will also apply to these IPs. The DNS -> IP mapping is re-resolved periodically from within the cilium-agent, and the IPs in the DNS response are effected in the policy for selected pods as-is (i.e. the list of IPs is not modified in any way). Note: An explicit rule to allow for DNS traffic is needed for the pods, as ToFQDN counts as an egress rule and will enforce egress policy when PolicyEnforcment=default. Note: If the resolved IPs are IPs within the kubernetes cluster, the ToFQDN rule will not apply to that IP. Note: ToFQDN cannot occur in the same policy as other To* rules.
        :param to_groups: ToGroups is a directive that allows the integration with multiple outside providers. Currently, only AWS is supported, and the rule can select by multiple sub directives: Example: toGroups: - aws: securityGroupsIds: - 'sg-XXXXXXXXXXXXX'
        :param to_nodes: ToNodes is a list of nodes identified by an EndpointSelector to which endpoints subject to the rule is allowed to communicate.
        :param to_ports: ToPorts is a list of destination ports identified by port number and protocol which the endpoint subject to the rule is allowed to connect to. Example: Any endpoint with the label "role=frontend" is allowed to initiate connections to destination port 8080/tcp
        :param to_requires: ToRequires is a list of additional constraints which must be met in order for the selected endpoints to be able to connect to other endpoints. These additional constraints do no by itself grant access privileges and must always be accompanied with at least one matching ToEndpoints. Example: Any Endpoint with the label "team=A" requires any endpoint to which it communicates to also carry the label "team=A".
        :param to_services: ToServices is a list of services to which the endpoint subject to the rule is allowed to initiate connections. Currently Cilium only supports toServices for K8s services.

        :schema: CiliumNetworkPolicySpecsEgress
        '''
        if isinstance(authentication, dict):
            authentication = CiliumNetworkPolicySpecsEgressAuthentication(**authentication)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__05c013b28b6f19b40ff5a77b2cd455924d478d5cb152f1bcfab9f80e1c7b3f6d)
            check_type(argname="argument authentication", value=authentication, expected_type=type_hints["authentication"])
            check_type(argname="argument icmps", value=icmps, expected_type=type_hints["icmps"])
            check_type(argname="argument to_cidr", value=to_cidr, expected_type=type_hints["to_cidr"])
            check_type(argname="argument to_cidr_set", value=to_cidr_set, expected_type=type_hints["to_cidr_set"])
            check_type(argname="argument to_endpoints", value=to_endpoints, expected_type=type_hints["to_endpoints"])
            check_type(argname="argument to_entities", value=to_entities, expected_type=type_hints["to_entities"])
            check_type(argname="argument to_fqd_ns", value=to_fqd_ns, expected_type=type_hints["to_fqd_ns"])
            check_type(argname="argument to_groups", value=to_groups, expected_type=type_hints["to_groups"])
            check_type(argname="argument to_nodes", value=to_nodes, expected_type=type_hints["to_nodes"])
            check_type(argname="argument to_ports", value=to_ports, expected_type=type_hints["to_ports"])
            check_type(argname="argument to_requires", value=to_requires, expected_type=type_hints["to_requires"])
            check_type(argname="argument to_services", value=to_services, expected_type=type_hints["to_services"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if authentication is not None:
            self._values["authentication"] = authentication
        if icmps is not None:
            self._values["icmps"] = icmps
        if to_cidr is not None:
            self._values["to_cidr"] = to_cidr
        if to_cidr_set is not None:
            self._values["to_cidr_set"] = to_cidr_set
        if to_endpoints is not None:
            self._values["to_endpoints"] = to_endpoints
        if to_entities is not None:
            self._values["to_entities"] = to_entities
        if to_fqd_ns is not None:
            self._values["to_fqd_ns"] = to_fqd_ns
        if to_groups is not None:
            self._values["to_groups"] = to_groups
        if to_nodes is not None:
            self._values["to_nodes"] = to_nodes
        if to_ports is not None:
            self._values["to_ports"] = to_ports
        if to_requires is not None:
            self._values["to_requires"] = to_requires
        if to_services is not None:
            self._values["to_services"] = to_services

    @builtins.property
    def authentication(
        self,
    ) -> typing.Optional["CiliumNetworkPolicySpecsEgressAuthentication"]:
        '''Authentication is the required authentication type for the allowed traffic, if any.

        :schema: CiliumNetworkPolicySpecsEgress#authentication
        '''
        result = self._values.get("authentication")
        return typing.cast(typing.Optional["CiliumNetworkPolicySpecsEgressAuthentication"], result)

    @builtins.property
    def icmps(
        self,
    ) -> typing.Optional[typing.List["CiliumNetworkPolicySpecsEgressIcmps"]]:
        '''ICMPs is a list of ICMP rule identified by type number which the endpoint subject to the rule is allowed to connect to.

        Example:
        Any endpoint with the label "app=httpd" is allowed to initiate
        type 8 ICMP connections.

        :schema: CiliumNetworkPolicySpecsEgress#icmps
        '''
        result = self._values.get("icmps")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecsEgressIcmps"]], result)

    @builtins.property
    def to_cidr(self) -> typing.Optional[typing.List[builtins.str]]:
        '''ToCIDR is a list of IP blocks which the endpoint subject to the rule is allowed to initiate connections.

        Only connections destined for
        outside of the cluster and not targeting the host will be subject
        to CIDR rules.  This will match on the destination IP address of
        outgoing connections. Adding a prefix into ToCIDR or into ToCIDRSet
        with no ExcludeCIDRs is equivalent. Overlaps are allowed between
        ToCIDR and ToCIDRSet.

        Example:
        Any endpoint with the label "app=database-proxy" is allowed to
        initiate connections to 10.2.3.0/24

        :schema: CiliumNetworkPolicySpecsEgress#toCIDR
        '''
        result = self._values.get("to_cidr")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def to_cidr_set(
        self,
    ) -> typing.Optional[typing.List["CiliumNetworkPolicySpecsEgressToCidrSet"]]:
        '''ToCIDRSet is a list of IP blocks which the endpoint subject to the rule is allowed to initiate connections to in addition to connections which are allowed via ToEndpoints, along with a list of subnets contained within their corresponding IP block to which traffic should not be allowed.

        This will match on the destination IP address of outgoing
        connections. Adding a prefix into ToCIDR or into ToCIDRSet with no
        ExcludeCIDRs is equivalent. Overlaps are allowed between ToCIDR and
        ToCIDRSet.

        Example:
        Any endpoint with the label "app=database-proxy" is allowed to
        initiate connections to 10.2.3.0/24 except from IPs in subnet 10.2.3.0/28.

        :schema: CiliumNetworkPolicySpecsEgress#toCIDRSet
        '''
        result = self._values.get("to_cidr_set")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecsEgressToCidrSet"]], result)

    @builtins.property
    def to_endpoints(
        self,
    ) -> typing.Optional[typing.List["CiliumNetworkPolicySpecsEgressToEndpoints"]]:
        '''ToEndpoints is a list of endpoints identified by an EndpointSelector to which the endpoints subject to the rule are allowed to communicate.

        Example:
        Any endpoint with the label "role=frontend" can communicate with any
        endpoint carrying the label "role=backend".

        :schema: CiliumNetworkPolicySpecsEgress#toEndpoints
        '''
        result = self._values.get("to_endpoints")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecsEgressToEndpoints"]], result)

    @builtins.property
    def to_entities(
        self,
    ) -> typing.Optional[typing.List["CiliumNetworkPolicySpecsEgressToEntities"]]:
        '''ToEntities is a list of special entities to which the endpoint subject to the rule is allowed to initiate connections.

        Supported entities are
        ``world``, ``cluster``, ``host``, ``remote-node``, ``kube-apiserver``, ``ingress``, ``init``,
        ``health``, ``unmanaged``, ``none`` and ``all``.

        :schema: CiliumNetworkPolicySpecsEgress#toEntities
        '''
        result = self._values.get("to_entities")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecsEgressToEntities"]], result)

    @builtins.property
    def to_fqd_ns(
        self,
    ) -> typing.Optional[typing.List["CiliumNetworkPolicySpecsEgressToFqdNs"]]:
        '''ToFQDN allows whitelisting DNS names in place of IPs.

        The IPs that result
        from DNS resolution of ``ToFQDN.MatchName``s are added to the same
        EgressRule object as ToCIDRSet entries, and behave accordingly. Any L4 and
        L7 rules within this EgressRule will also apply to these IPs.
        The DNS -> IP mapping is re-resolved periodically from within the
        cilium-agent, and the IPs in the DNS response are effected in the policy
        for selected pods as-is (i.e. the list of IPs is not modified in any way).
        Note: An explicit rule to allow for DNS traffic is needed for the pods, as
        ToFQDN counts as an egress rule and will enforce egress policy when
        PolicyEnforcment=default.
        Note: If the resolved IPs are IPs within the kubernetes cluster, the
        ToFQDN rule will not apply to that IP.
        Note: ToFQDN cannot occur in the same policy as other To* rules.

        :schema: CiliumNetworkPolicySpecsEgress#toFQDNs
        '''
        result = self._values.get("to_fqd_ns")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecsEgressToFqdNs"]], result)

    @builtins.property
    def to_groups(
        self,
    ) -> typing.Optional[typing.List["CiliumNetworkPolicySpecsEgressToGroups"]]:
        '''ToGroups is a directive that allows the integration with multiple outside providers.

        Currently, only AWS is supported, and the rule can select by
        multiple sub directives:

        Example:
        toGroups:

        - aws:
          securityGroupsIds:
        - 'sg-XXXXXXXXXXXXX'

        :schema: CiliumNetworkPolicySpecsEgress#toGroups
        '''
        result = self._values.get("to_groups")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecsEgressToGroups"]], result)

    @builtins.property
    def to_nodes(
        self,
    ) -> typing.Optional[typing.List["CiliumNetworkPolicySpecsEgressToNodes"]]:
        '''ToNodes is a list of nodes identified by an EndpointSelector to which endpoints subject to the rule is allowed to communicate.

        :schema: CiliumNetworkPolicySpecsEgress#toNodes
        '''
        result = self._values.get("to_nodes")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecsEgressToNodes"]], result)

    @builtins.property
    def to_ports(
        self,
    ) -> typing.Optional[typing.List["CiliumNetworkPolicySpecsEgressToPorts"]]:
        '''ToPorts is a list of destination ports identified by port number and protocol which the endpoint subject to the rule is allowed to connect to.

        Example:
        Any endpoint with the label "role=frontend" is allowed to initiate
        connections to destination port 8080/tcp

        :schema: CiliumNetworkPolicySpecsEgress#toPorts
        '''
        result = self._values.get("to_ports")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecsEgressToPorts"]], result)

    @builtins.property
    def to_requires(
        self,
    ) -> typing.Optional[typing.List["CiliumNetworkPolicySpecsEgressToRequires"]]:
        '''ToRequires is a list of additional constraints which must be met in order for the selected endpoints to be able to connect to other endpoints.

        These additional constraints do no by itself grant access
        privileges and must always be accompanied with at least one matching
        ToEndpoints.

        Example:
        Any Endpoint with the label "team=A" requires any endpoint to which it
        communicates to also carry the label "team=A".

        :schema: CiliumNetworkPolicySpecsEgress#toRequires
        '''
        result = self._values.get("to_requires")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecsEgressToRequires"]], result)

    @builtins.property
    def to_services(
        self,
    ) -> typing.Optional[typing.List["CiliumNetworkPolicySpecsEgressToServices"]]:
        '''ToServices is a list of services to which the endpoint subject to the rule is allowed to initiate connections.

        Currently Cilium only supports toServices for K8s services.

        :schema: CiliumNetworkPolicySpecsEgress#toServices
        '''
        result = self._values.get("to_services")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecsEgressToServices"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsEgress(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressAuthentication",
    jsii_struct_bases=[],
    name_mapping={"mode": "mode"},
)
class CiliumNetworkPolicySpecsEgressAuthentication:
    def __init__(
        self,
        *,
        mode: "CiliumNetworkPolicySpecsEgressAuthenticationMode",
    ) -> None:
        '''Authentication is the required authentication type for the allowed traffic, if any.

        :param mode: Mode is the required authentication mode for the allowed traffic, if any.

        :schema: CiliumNetworkPolicySpecsEgressAuthentication
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1ceb889e8fc8599ba7b9e94001c14ecd82bd881430fe4e19a6b1ba1178ee649c)
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "mode": mode,
        }

    @builtins.property
    def mode(self) -> "CiliumNetworkPolicySpecsEgressAuthenticationMode":
        '''Mode is the required authentication mode for the allowed traffic, if any.

        :schema: CiliumNetworkPolicySpecsEgressAuthentication#mode
        '''
        result = self._values.get("mode")
        assert result is not None, "Required property 'mode' is missing"
        return typing.cast("CiliumNetworkPolicySpecsEgressAuthenticationMode", result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsEgressAuthentication(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressAuthenticationMode"
)
class CiliumNetworkPolicySpecsEgressAuthenticationMode(enum.Enum):
    '''Mode is the required authentication mode for the allowed traffic, if any.

    :schema: CiliumNetworkPolicySpecsEgressAuthenticationMode
    '''

    DISABLED = "DISABLED"
    '''disabled.'''
    REQUIRED = "REQUIRED"
    '''required.'''
    TEST_HYPHEN_ALWAYS_HYPHEN_FAIL = "TEST_HYPHEN_ALWAYS_HYPHEN_FAIL"
    '''test-always-fail.'''


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressDeny",
    jsii_struct_bases=[],
    name_mapping={
        "icmps": "icmps",
        "to_cidr": "toCidr",
        "to_cidr_set": "toCidrSet",
        "to_endpoints": "toEndpoints",
        "to_entities": "toEntities",
        "to_groups": "toGroups",
        "to_nodes": "toNodes",
        "to_ports": "toPorts",
        "to_requires": "toRequires",
        "to_services": "toServices",
    },
)
class CiliumNetworkPolicySpecsEgressDeny:
    def __init__(
        self,
        *,
        icmps: typing.Optional[typing.Sequence[typing.Union["CiliumNetworkPolicySpecsEgressDenyIcmps", typing.Dict[builtins.str, typing.Any]]]] = None,
        to_cidr: typing.Optional[typing.Sequence[builtins.str]] = None,
        to_cidr_set: typing.Optional[typing.Sequence[typing.Union["CiliumNetworkPolicySpecsEgressDenyToCidrSet", typing.Dict[builtins.str, typing.Any]]]] = None,
        to_endpoints: typing.Optional[typing.Sequence[typing.Union["CiliumNetworkPolicySpecsEgressDenyToEndpoints", typing.Dict[builtins.str, typing.Any]]]] = None,
        to_entities: typing.Optional[typing.Sequence["CiliumNetworkPolicySpecsEgressDenyToEntities"]] = None,
        to_groups: typing.Optional[typing.Sequence[typing.Union["CiliumNetworkPolicySpecsEgressDenyToGroups", typing.Dict[builtins.str, typing.Any]]]] = None,
        to_nodes: typing.Optional[typing.Sequence[typing.Union["CiliumNetworkPolicySpecsEgressDenyToNodes", typing.Dict[builtins.str, typing.Any]]]] = None,
        to_ports: typing.Optional[typing.Sequence[typing.Union["CiliumNetworkPolicySpecsEgressDenyToPorts", typing.Dict[builtins.str, typing.Any]]]] = None,
        to_requires: typing.Optional[typing.Sequence[typing.Union["CiliumNetworkPolicySpecsEgressDenyToRequires", typing.Dict[builtins.str, typing.Any]]]] = None,
        to_services: typing.Optional[typing.Sequence[typing.Union["CiliumNetworkPolicySpecsEgressDenyToServices", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''EgressDenyRule contains all rule types which can be applied at egress, i.e. network traffic that originates inside the endpoint and exits the endpoint selected by the endpointSelector.

        - All members of this structure are optional. If omitted or empty, the
          member will have no effect on the rule.
        - If multiple members of the structure are specified, then all members
          must match in order for the rule to take effect. The exception to this
          rule is the ToRequires member; the effects of any Requires field in any
          rule will apply to all other rules as well.
        - ToEndpoints, ToCIDR, ToCIDRSet, ToEntities, ToServices and ToGroups are
          mutually exclusive. Only one of these members may be present within an
          individual rule.

        :param icmps: ICMPs is a list of ICMP rule identified by type number which the endpoint subject to the rule is not allowed to connect to. Example: Any endpoint with the label "app=httpd" is not allowed to initiate type 8 ICMP connections.
        :param to_cidr: ToCIDR is a list of IP blocks which the endpoint subject to the rule is allowed to initiate connections. Only connections destined for outside of the cluster and not targeting the host will be subject to CIDR rules. This will match on the destination IP address of outgoing connections. Adding a prefix into ToCIDR or into ToCIDRSet with no ExcludeCIDRs is equivalent. Overlaps are allowed between ToCIDR and ToCIDRSet. Example: Any endpoint with the label "app=database-proxy" is allowed to initiate connections to 10.2.3.0/24
        :param to_cidr_set: ToCIDRSet is a list of IP blocks which the endpoint subject to the rule is allowed to initiate connections to in addition to connections which are allowed via ToEndpoints, along with a list of subnets contained within their corresponding IP block to which traffic should not be allowed. This will match on the destination IP address of outgoing connections. Adding a prefix into ToCIDR or into ToCIDRSet with no ExcludeCIDRs is equivalent. Overlaps are allowed between ToCIDR and ToCIDRSet. Example: Any endpoint with the label "app=database-proxy" is allowed to initiate connections to 10.2.3.0/24 except from IPs in subnet 10.2.3.0/28.
        :param to_endpoints: ToEndpoints is a list of endpoints identified by an EndpointSelector to which the endpoints subject to the rule are allowed to communicate. Example: Any endpoint with the label "role=frontend" can communicate with any endpoint carrying the label "role=backend".
        :param to_entities: ToEntities is a list of special entities to which the endpoint subject to the rule is allowed to initiate connections. Supported entities are ``world``, ``cluster``, ``host``, ``remote-node``, ``kube-apiserver``, ``ingress``, ``init``, ``health``, ``unmanaged``, ``none`` and ``all``.
        :param to_groups: ToGroups is a directive that allows the integration with multiple outside providers. Currently, only AWS is supported, and the rule can select by multiple sub directives: Example: toGroups: - aws: securityGroupsIds: - 'sg-XXXXXXXXXXXXX'
        :param to_nodes: ToNodes is a list of nodes identified by an EndpointSelector to which endpoints subject to the rule is allowed to communicate.
        :param to_ports: ToPorts is a list of destination ports identified by port number and protocol which the endpoint subject to the rule is not allowed to connect to. Example: Any endpoint with the label "role=frontend" is not allowed to initiate connections to destination port 8080/tcp
        :param to_requires: ToRequires is a list of additional constraints which must be met in order for the selected endpoints to be able to connect to other endpoints. These additional constraints do no by itself grant access privileges and must always be accompanied with at least one matching ToEndpoints. Example: Any Endpoint with the label "team=A" requires any endpoint to which it communicates to also carry the label "team=A".
        :param to_services: ToServices is a list of services to which the endpoint subject to the rule is allowed to initiate connections. Currently Cilium only supports toServices for K8s services.

        :schema: CiliumNetworkPolicySpecsEgressDeny
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__65c5350920a8931d1d6ce8db2a4a2b4fd21bea71e836d0fe1fec79e5e658bd2f)
            check_type(argname="argument icmps", value=icmps, expected_type=type_hints["icmps"])
            check_type(argname="argument to_cidr", value=to_cidr, expected_type=type_hints["to_cidr"])
            check_type(argname="argument to_cidr_set", value=to_cidr_set, expected_type=type_hints["to_cidr_set"])
            check_type(argname="argument to_endpoints", value=to_endpoints, expected_type=type_hints["to_endpoints"])
            check_type(argname="argument to_entities", value=to_entities, expected_type=type_hints["to_entities"])
            check_type(argname="argument to_groups", value=to_groups, expected_type=type_hints["to_groups"])
            check_type(argname="argument to_nodes", value=to_nodes, expected_type=type_hints["to_nodes"])
            check_type(argname="argument to_ports", value=to_ports, expected_type=type_hints["to_ports"])
            check_type(argname="argument to_requires", value=to_requires, expected_type=type_hints["to_requires"])
            check_type(argname="argument to_services", value=to_services, expected_type=type_hints["to_services"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if icmps is not None:
            self._values["icmps"] = icmps
        if to_cidr is not None:
            self._values["to_cidr"] = to_cidr
        if to_cidr_set is not None:
            self._values["to_cidr_set"] = to_cidr_set
        if to_endpoints is not None:
            self._values["to_endpoints"] = to_endpoints
        if to_entities is not None:
            self._values["to_entities"] = to_entities
        if to_groups is not None:
            self._values["to_groups"] = to_groups
        if to_nodes is not None:
            self._values["to_nodes"] = to_nodes
        if to_ports is not None:
            self._values["to_ports"] = to_ports
        if to_requires is not None:
            self._values["to_requires"] = to_requires
        if to_services is not None:
            self._values["to_services"] = to_services

    @builtins.property
    def icmps(
        self,
    ) -> typing.Optional[typing.List["CiliumNetworkPolicySpecsEgressDenyIcmps"]]:
        '''ICMPs is a list of ICMP rule identified by type number which the endpoint subject to the rule is not allowed to connect to.

        Example:
        Any endpoint with the label "app=httpd" is not allowed to initiate
        type 8 ICMP connections.

        :schema: CiliumNetworkPolicySpecsEgressDeny#icmps
        '''
        result = self._values.get("icmps")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecsEgressDenyIcmps"]], result)

    @builtins.property
    def to_cidr(self) -> typing.Optional[typing.List[builtins.str]]:
        '''ToCIDR is a list of IP blocks which the endpoint subject to the rule is allowed to initiate connections.

        Only connections destined for
        outside of the cluster and not targeting the host will be subject
        to CIDR rules.  This will match on the destination IP address of
        outgoing connections. Adding a prefix into ToCIDR or into ToCIDRSet
        with no ExcludeCIDRs is equivalent. Overlaps are allowed between
        ToCIDR and ToCIDRSet.

        Example:
        Any endpoint with the label "app=database-proxy" is allowed to
        initiate connections to 10.2.3.0/24

        :schema: CiliumNetworkPolicySpecsEgressDeny#toCIDR
        '''
        result = self._values.get("to_cidr")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def to_cidr_set(
        self,
    ) -> typing.Optional[typing.List["CiliumNetworkPolicySpecsEgressDenyToCidrSet"]]:
        '''ToCIDRSet is a list of IP blocks which the endpoint subject to the rule is allowed to initiate connections to in addition to connections which are allowed via ToEndpoints, along with a list of subnets contained within their corresponding IP block to which traffic should not be allowed.

        This will match on the destination IP address of outgoing
        connections. Adding a prefix into ToCIDR or into ToCIDRSet with no
        ExcludeCIDRs is equivalent. Overlaps are allowed between ToCIDR and
        ToCIDRSet.

        Example:
        Any endpoint with the label "app=database-proxy" is allowed to
        initiate connections to 10.2.3.0/24 except from IPs in subnet 10.2.3.0/28.

        :schema: CiliumNetworkPolicySpecsEgressDeny#toCIDRSet
        '''
        result = self._values.get("to_cidr_set")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecsEgressDenyToCidrSet"]], result)

    @builtins.property
    def to_endpoints(
        self,
    ) -> typing.Optional[typing.List["CiliumNetworkPolicySpecsEgressDenyToEndpoints"]]:
        '''ToEndpoints is a list of endpoints identified by an EndpointSelector to which the endpoints subject to the rule are allowed to communicate.

        Example:
        Any endpoint with the label "role=frontend" can communicate with any
        endpoint carrying the label "role=backend".

        :schema: CiliumNetworkPolicySpecsEgressDeny#toEndpoints
        '''
        result = self._values.get("to_endpoints")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecsEgressDenyToEndpoints"]], result)

    @builtins.property
    def to_entities(
        self,
    ) -> typing.Optional[typing.List["CiliumNetworkPolicySpecsEgressDenyToEntities"]]:
        '''ToEntities is a list of special entities to which the endpoint subject to the rule is allowed to initiate connections.

        Supported entities are
        ``world``, ``cluster``, ``host``, ``remote-node``, ``kube-apiserver``, ``ingress``, ``init``,
        ``health``, ``unmanaged``, ``none`` and ``all``.

        :schema: CiliumNetworkPolicySpecsEgressDeny#toEntities
        '''
        result = self._values.get("to_entities")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecsEgressDenyToEntities"]], result)

    @builtins.property
    def to_groups(
        self,
    ) -> typing.Optional[typing.List["CiliumNetworkPolicySpecsEgressDenyToGroups"]]:
        '''ToGroups is a directive that allows the integration with multiple outside providers.

        Currently, only AWS is supported, and the rule can select by
        multiple sub directives:

        Example:
        toGroups:

        - aws:
          securityGroupsIds:
        - 'sg-XXXXXXXXXXXXX'

        :schema: CiliumNetworkPolicySpecsEgressDeny#toGroups
        '''
        result = self._values.get("to_groups")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecsEgressDenyToGroups"]], result)

    @builtins.property
    def to_nodes(
        self,
    ) -> typing.Optional[typing.List["CiliumNetworkPolicySpecsEgressDenyToNodes"]]:
        '''ToNodes is a list of nodes identified by an EndpointSelector to which endpoints subject to the rule is allowed to communicate.

        :schema: CiliumNetworkPolicySpecsEgressDeny#toNodes
        '''
        result = self._values.get("to_nodes")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecsEgressDenyToNodes"]], result)

    @builtins.property
    def to_ports(
        self,
    ) -> typing.Optional[typing.List["CiliumNetworkPolicySpecsEgressDenyToPorts"]]:
        '''ToPorts is a list of destination ports identified by port number and protocol which the endpoint subject to the rule is not allowed to connect to.

        Example:
        Any endpoint with the label "role=frontend" is not allowed to initiate
        connections to destination port 8080/tcp

        :schema: CiliumNetworkPolicySpecsEgressDeny#toPorts
        '''
        result = self._values.get("to_ports")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecsEgressDenyToPorts"]], result)

    @builtins.property
    def to_requires(
        self,
    ) -> typing.Optional[typing.List["CiliumNetworkPolicySpecsEgressDenyToRequires"]]:
        '''ToRequires is a list of additional constraints which must be met in order for the selected endpoints to be able to connect to other endpoints.

        These additional constraints do no by itself grant access
        privileges and must always be accompanied with at least one matching
        ToEndpoints.

        Example:
        Any Endpoint with the label "team=A" requires any endpoint to which it
        communicates to also carry the label "team=A".

        :schema: CiliumNetworkPolicySpecsEgressDeny#toRequires
        '''
        result = self._values.get("to_requires")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecsEgressDenyToRequires"]], result)

    @builtins.property
    def to_services(
        self,
    ) -> typing.Optional[typing.List["CiliumNetworkPolicySpecsEgressDenyToServices"]]:
        '''ToServices is a list of services to which the endpoint subject to the rule is allowed to initiate connections.

        Currently Cilium only supports toServices for K8s services.

        :schema: CiliumNetworkPolicySpecsEgressDeny#toServices
        '''
        result = self._values.get("to_services")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecsEgressDenyToServices"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsEgressDeny(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressDenyIcmps",
    jsii_struct_bases=[],
    name_mapping={"fields": "fields"},
)
class CiliumNetworkPolicySpecsEgressDenyIcmps:
    def __init__(
        self,
        *,
        fields: typing.Optional[typing.Sequence[typing.Union["CiliumNetworkPolicySpecsEgressDenyIcmpsFields", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''ICMPRule is a list of ICMP fields.

        :param fields: Fields is a list of ICMP fields.

        :schema: CiliumNetworkPolicySpecsEgressDenyIcmps
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c25029e8afc35f972df11a0905121361a30be4a4432d2ba717596d6951ff60c6)
            check_type(argname="argument fields", value=fields, expected_type=type_hints["fields"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if fields is not None:
            self._values["fields"] = fields

    @builtins.property
    def fields(
        self,
    ) -> typing.Optional[typing.List["CiliumNetworkPolicySpecsEgressDenyIcmpsFields"]]:
        '''Fields is a list of ICMP fields.

        :schema: CiliumNetworkPolicySpecsEgressDenyIcmps#fields
        '''
        result = self._values.get("fields")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecsEgressDenyIcmpsFields"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsEgressDenyIcmps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressDenyIcmpsFields",
    jsii_struct_bases=[],
    name_mapping={"type": "type", "family": "family"},
)
class CiliumNetworkPolicySpecsEgressDenyIcmpsFields:
    def __init__(
        self,
        *,
        type: "CiliumNetworkPolicySpecsEgressDenyIcmpsFieldsType",
        family: typing.Optional["CiliumNetworkPolicySpecsEgressDenyIcmpsFieldsFamily"] = None,
    ) -> None:
        '''ICMPField is a ICMP field.

        :param type: Type is a ICMP-type. It should be an 8bit code (0-255), or it's CamelCase name (for example, "EchoReply"). Allowed ICMP types are: Ipv4: EchoReply | DestinationUnreachable | Redirect | Echo | EchoRequest | RouterAdvertisement | RouterSelection | TimeExceeded | ParameterProblem | Timestamp | TimestampReply | Photuris | ExtendedEcho Request | ExtendedEcho Reply Ipv6: DestinationUnreachable | PacketTooBig | TimeExceeded | ParameterProblem | EchoRequest | EchoReply | MulticastListenerQuery| MulticastListenerReport | MulticastListenerDone | RouterSolicitation | RouterAdvertisement | NeighborSolicitation | NeighborAdvertisement | RedirectMessage | RouterRenumbering | ICMPNodeInformationQuery | ICMPNodeInformationResponse | InverseNeighborDiscoverySolicitation | InverseNeighborDiscoveryAdvertisement | HomeAgentAddressDiscoveryRequest | HomeAgentAddressDiscoveryReply | MobilePrefixSolicitation | MobilePrefixAdvertisement | DuplicateAddressRequestCodeSuffix | DuplicateAddressConfirmationCodeSuffix | ExtendedEchoRequest | ExtendedEchoReply
        :param family: Family is a IP address version. Currently, we support ``IPv4`` and ``IPv6``. ``IPv4`` is set as default.

        :schema: CiliumNetworkPolicySpecsEgressDenyIcmpsFields
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d37dd8f664f5429ee1bd44a2786ea2dc4b393fa1744210ac4d74bf1acd8f6a1a)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument family", value=family, expected_type=type_hints["family"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "type": type,
        }
        if family is not None:
            self._values["family"] = family

    @builtins.property
    def type(self) -> "CiliumNetworkPolicySpecsEgressDenyIcmpsFieldsType":
        '''Type is a ICMP-type.

        It should be an 8bit code (0-255), or it's CamelCase name (for example, "EchoReply").
        Allowed ICMP types are:
        Ipv4: EchoReply | DestinationUnreachable | Redirect | Echo | EchoRequest |
        RouterAdvertisement | RouterSelection | TimeExceeded | ParameterProblem |
        Timestamp | TimestampReply | Photuris | ExtendedEcho Request | ExtendedEcho Reply
        Ipv6: DestinationUnreachable | PacketTooBig | TimeExceeded | ParameterProblem |
        EchoRequest | EchoReply | MulticastListenerQuery| MulticastListenerReport |
        MulticastListenerDone | RouterSolicitation | RouterAdvertisement | NeighborSolicitation |
        NeighborAdvertisement | RedirectMessage | RouterRenumbering | ICMPNodeInformationQuery |
        ICMPNodeInformationResponse | InverseNeighborDiscoverySolicitation | InverseNeighborDiscoveryAdvertisement |
        HomeAgentAddressDiscoveryRequest | HomeAgentAddressDiscoveryReply | MobilePrefixSolicitation |
        MobilePrefixAdvertisement | DuplicateAddressRequestCodeSuffix | DuplicateAddressConfirmationCodeSuffix |
        ExtendedEchoRequest | ExtendedEchoReply

        :schema: CiliumNetworkPolicySpecsEgressDenyIcmpsFields#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast("CiliumNetworkPolicySpecsEgressDenyIcmpsFieldsType", result)

    @builtins.property
    def family(
        self,
    ) -> typing.Optional["CiliumNetworkPolicySpecsEgressDenyIcmpsFieldsFamily"]:
        '''Family is a IP address version.

        Currently, we support ``IPv4`` and ``IPv6``.
        ``IPv4`` is set as default.

        :schema: CiliumNetworkPolicySpecsEgressDenyIcmpsFields#family
        '''
        result = self._values.get("family")
        return typing.cast(typing.Optional["CiliumNetworkPolicySpecsEgressDenyIcmpsFieldsFamily"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsEgressDenyIcmpsFields(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressDenyIcmpsFieldsFamily"
)
class CiliumNetworkPolicySpecsEgressDenyIcmpsFieldsFamily(enum.Enum):
    '''Family is a IP address version.

    Currently, we support ``IPv4`` and ``IPv6``.
    ``IPv4`` is set as default.

    :schema: CiliumNetworkPolicySpecsEgressDenyIcmpsFieldsFamily
    '''

    I_PV4 = "I_PV4"
    '''IPv4.'''
    I_PV6 = "I_PV6"
    '''IPv6.'''


class CiliumNetworkPolicySpecsEgressDenyIcmpsFieldsType(
    metaclass=jsii.JSIIMeta,
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressDenyIcmpsFieldsType",
):
    '''Type is a ICMP-type.

    It should be an 8bit code (0-255), or it's CamelCase name (for example, "EchoReply").
    Allowed ICMP types are:
    Ipv4: EchoReply | DestinationUnreachable | Redirect | Echo | EchoRequest |
    RouterAdvertisement | RouterSelection | TimeExceeded | ParameterProblem |
    Timestamp | TimestampReply | Photuris | ExtendedEcho Request | ExtendedEcho Reply
    Ipv6: DestinationUnreachable | PacketTooBig | TimeExceeded | ParameterProblem |
    EchoRequest | EchoReply | MulticastListenerQuery| MulticastListenerReport |
    MulticastListenerDone | RouterSolicitation | RouterAdvertisement | NeighborSolicitation |
    NeighborAdvertisement | RedirectMessage | RouterRenumbering | ICMPNodeInformationQuery |
    ICMPNodeInformationResponse | InverseNeighborDiscoverySolicitation | InverseNeighborDiscoveryAdvertisement |
    HomeAgentAddressDiscoveryRequest | HomeAgentAddressDiscoveryReply | MobilePrefixSolicitation |
    MobilePrefixAdvertisement | DuplicateAddressRequestCodeSuffix | DuplicateAddressConfirmationCodeSuffix |
    ExtendedEchoRequest | ExtendedEchoReply

    :schema: CiliumNetworkPolicySpecsEgressDenyIcmpsFieldsType
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "CiliumNetworkPolicySpecsEgressDenyIcmpsFieldsType":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b5d80f9fdf71e2c8b9503d14086a8572c95f0167c4900bef7745aad2f4b87ce6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("CiliumNetworkPolicySpecsEgressDenyIcmpsFieldsType", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "CiliumNetworkPolicySpecsEgressDenyIcmpsFieldsType":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__210aea48ebe3490ab2f52c1df5271a2b293e015dc80a2b5c97903a6772ada7f5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("CiliumNetworkPolicySpecsEgressDenyIcmpsFieldsType", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressDenyToCidrSet",
    jsii_struct_bases=[],
    name_mapping={
        "cidr": "cidr",
        "cidr_group_ref": "cidrGroupRef",
        "cidr_group_selector": "cidrGroupSelector",
        "except_": "except",
    },
)
class CiliumNetworkPolicySpecsEgressDenyToCidrSet:
    def __init__(
        self,
        *,
        cidr: typing.Optional[builtins.str] = None,
        cidr_group_ref: typing.Optional[builtins.str] = None,
        cidr_group_selector: typing.Optional[typing.Union["CiliumNetworkPolicySpecsEgressDenyToCidrSetCidrGroupSelector", typing.Dict[builtins.str, typing.Any]]] = None,
        except_: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''CIDRRule is a rule that specifies a CIDR prefix to/from which outside communication  is allowed, along with an optional list of subnets within that CIDR prefix to/from which outside communication is not allowed.

        :param cidr: CIDR is a CIDR prefix / IP Block.
        :param cidr_group_ref: CIDRGroupRef is a reference to a CiliumCIDRGroup object. A CiliumCIDRGroup contains a list of CIDRs that the endpoint, subject to the rule, can (Ingress/Egress) or cannot (IngressDeny/EgressDeny) receive connections from.
        :param cidr_group_selector: CIDRGroupSelector selects CiliumCIDRGroups by their labels, rather than by name.
        :param except_: ExceptCIDRs is a list of IP blocks which the endpoint subject to the rule is not allowed to initiate connections to. These CIDR prefixes should be contained within Cidr, using ExceptCIDRs together with CIDRGroupRef is not supported yet. These exceptions are only applied to the Cidr in this CIDRRule, and do not apply to any other CIDR prefixes in any other CIDRRules.

        :schema: CiliumNetworkPolicySpecsEgressDenyToCidrSet
        '''
        if isinstance(cidr_group_selector, dict):
            cidr_group_selector = CiliumNetworkPolicySpecsEgressDenyToCidrSetCidrGroupSelector(**cidr_group_selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f25ea4844f75a6e93773fc7dd49a9051bc912637126c0b381bd8a3827a165f67)
            check_type(argname="argument cidr", value=cidr, expected_type=type_hints["cidr"])
            check_type(argname="argument cidr_group_ref", value=cidr_group_ref, expected_type=type_hints["cidr_group_ref"])
            check_type(argname="argument cidr_group_selector", value=cidr_group_selector, expected_type=type_hints["cidr_group_selector"])
            check_type(argname="argument except_", value=except_, expected_type=type_hints["except_"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cidr is not None:
            self._values["cidr"] = cidr
        if cidr_group_ref is not None:
            self._values["cidr_group_ref"] = cidr_group_ref
        if cidr_group_selector is not None:
            self._values["cidr_group_selector"] = cidr_group_selector
        if except_ is not None:
            self._values["except_"] = except_

    @builtins.property
    def cidr(self) -> typing.Optional[builtins.str]:
        '''CIDR is a CIDR prefix / IP Block.

        :schema: CiliumNetworkPolicySpecsEgressDenyToCidrSet#cidr
        '''
        result = self._values.get("cidr")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cidr_group_ref(self) -> typing.Optional[builtins.str]:
        '''CIDRGroupRef is a reference to a CiliumCIDRGroup object.

        A CiliumCIDRGroup contains a list of CIDRs that the endpoint, subject to
        the rule, can (Ingress/Egress) or cannot (IngressDeny/EgressDeny) receive
        connections from.

        :schema: CiliumNetworkPolicySpecsEgressDenyToCidrSet#cidrGroupRef
        '''
        result = self._values.get("cidr_group_ref")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cidr_group_selector(
        self,
    ) -> typing.Optional["CiliumNetworkPolicySpecsEgressDenyToCidrSetCidrGroupSelector"]:
        '''CIDRGroupSelector selects CiliumCIDRGroups by their labels, rather than by name.

        :schema: CiliumNetworkPolicySpecsEgressDenyToCidrSet#cidrGroupSelector
        '''
        result = self._values.get("cidr_group_selector")
        return typing.cast(typing.Optional["CiliumNetworkPolicySpecsEgressDenyToCidrSetCidrGroupSelector"], result)

    @builtins.property
    def except_(self) -> typing.Optional[typing.List[builtins.str]]:
        '''ExceptCIDRs is a list of IP blocks which the endpoint subject to the rule is not allowed to initiate connections to.

        These CIDR prefixes should be
        contained within Cidr, using ExceptCIDRs together with CIDRGroupRef is not
        supported yet.
        These exceptions are only applied to the Cidr in this CIDRRule, and do not
        apply to any other CIDR prefixes in any other CIDRRules.

        :schema: CiliumNetworkPolicySpecsEgressDenyToCidrSet#except
        '''
        result = self._values.get("except_")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsEgressDenyToCidrSet(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressDenyToCidrSetCidrGroupSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class CiliumNetworkPolicySpecsEgressDenyToCidrSetCidrGroupSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["CiliumNetworkPolicySpecsEgressDenyToCidrSetCidrGroupSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''CIDRGroupSelector selects CiliumCIDRGroups by their labels, rather than by name.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: CiliumNetworkPolicySpecsEgressDenyToCidrSetCidrGroupSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9a065f2a0e2a586d67c864cc4645647b85ad0b05f54341413fa01c3bc026c616)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["CiliumNetworkPolicySpecsEgressDenyToCidrSetCidrGroupSelectorMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: CiliumNetworkPolicySpecsEgressDenyToCidrSetCidrGroupSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecsEgressDenyToCidrSetCidrGroupSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: CiliumNetworkPolicySpecsEgressDenyToCidrSetCidrGroupSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsEgressDenyToCidrSetCidrGroupSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressDenyToCidrSetCidrGroupSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class CiliumNetworkPolicySpecsEgressDenyToCidrSetCidrGroupSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: "CiliumNetworkPolicySpecsEgressDenyToCidrSetCidrGroupSelectorMatchExpressionsOperator",
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.

        :param key: key is the label key that the selector applies to.
        :param operator: operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.
        :param values: values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.

        :schema: CiliumNetworkPolicySpecsEgressDenyToCidrSetCidrGroupSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__733fbfcdb2a284633702ea74e376df853b82b94968b194d789bda83d0604dd89)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''key is the label key that the selector applies to.

        :schema: CiliumNetworkPolicySpecsEgressDenyToCidrSetCidrGroupSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(
        self,
    ) -> "CiliumNetworkPolicySpecsEgressDenyToCidrSetCidrGroupSelectorMatchExpressionsOperator":
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: CiliumNetworkPolicySpecsEgressDenyToCidrSetCidrGroupSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast("CiliumNetworkPolicySpecsEgressDenyToCidrSetCidrGroupSelectorMatchExpressionsOperator", result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''values is an array of string values.

        If the operator is In or NotIn,
        the values array must be non-empty. If the operator is Exists or DoesNotExist,
        the values array must be empty. This array is replaced during a strategic
        merge patch.

        :schema: CiliumNetworkPolicySpecsEgressDenyToCidrSetCidrGroupSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsEgressDenyToCidrSetCidrGroupSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressDenyToCidrSetCidrGroupSelectorMatchExpressionsOperator"
)
class CiliumNetworkPolicySpecsEgressDenyToCidrSetCidrGroupSelectorMatchExpressionsOperator(
    enum.Enum,
):
    '''operator represents a key's relationship to a set of values.

    Valid operators are In, NotIn, Exists and DoesNotExist.

    :schema: CiliumNetworkPolicySpecsEgressDenyToCidrSetCidrGroupSelectorMatchExpressionsOperator
    '''

    IN = "IN"
    '''In.'''
    NOT_IN = "NOT_IN"
    '''NotIn.'''
    EXISTS = "EXISTS"
    '''Exists.'''
    DOES_NOT_EXIST = "DOES_NOT_EXIST"
    '''DoesNotExist.'''


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressDenyToEndpoints",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class CiliumNetworkPolicySpecsEgressDenyToEndpoints:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["CiliumNetworkPolicySpecsEgressDenyToEndpointsMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''EndpointSelector is a wrapper for k8s LabelSelector.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: CiliumNetworkPolicySpecsEgressDenyToEndpoints
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1368eefe5b808c017ed52d03bc162eb33f5c192aaf7895d1f4c7c68e8f5a2194)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["CiliumNetworkPolicySpecsEgressDenyToEndpointsMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: CiliumNetworkPolicySpecsEgressDenyToEndpoints#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecsEgressDenyToEndpointsMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: CiliumNetworkPolicySpecsEgressDenyToEndpoints#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsEgressDenyToEndpoints(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressDenyToEndpointsMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class CiliumNetworkPolicySpecsEgressDenyToEndpointsMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: "CiliumNetworkPolicySpecsEgressDenyToEndpointsMatchExpressionsOperator",
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.

        :param key: key is the label key that the selector applies to.
        :param operator: operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.
        :param values: values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.

        :schema: CiliumNetworkPolicySpecsEgressDenyToEndpointsMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6aba55fae2dcf268cc93f01d0b0c9bb121a30d148518e945da76b4a3053583b0)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''key is the label key that the selector applies to.

        :schema: CiliumNetworkPolicySpecsEgressDenyToEndpointsMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(
        self,
    ) -> "CiliumNetworkPolicySpecsEgressDenyToEndpointsMatchExpressionsOperator":
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: CiliumNetworkPolicySpecsEgressDenyToEndpointsMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast("CiliumNetworkPolicySpecsEgressDenyToEndpointsMatchExpressionsOperator", result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''values is an array of string values.

        If the operator is In or NotIn,
        the values array must be non-empty. If the operator is Exists or DoesNotExist,
        the values array must be empty. This array is replaced during a strategic
        merge patch.

        :schema: CiliumNetworkPolicySpecsEgressDenyToEndpointsMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsEgressDenyToEndpointsMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressDenyToEndpointsMatchExpressionsOperator"
)
class CiliumNetworkPolicySpecsEgressDenyToEndpointsMatchExpressionsOperator(enum.Enum):
    '''operator represents a key's relationship to a set of values.

    Valid operators are In, NotIn, Exists and DoesNotExist.

    :schema: CiliumNetworkPolicySpecsEgressDenyToEndpointsMatchExpressionsOperator
    '''

    IN = "IN"
    '''In.'''
    NOT_IN = "NOT_IN"
    '''NotIn.'''
    EXISTS = "EXISTS"
    '''Exists.'''
    DOES_NOT_EXIST = "DOES_NOT_EXIST"
    '''DoesNotExist.'''


@jsii.enum(jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressDenyToEntities")
class CiliumNetworkPolicySpecsEgressDenyToEntities(enum.Enum):
    '''Entity specifies the class of receiver/sender endpoints that do not have individual identities.

    Entities are used to describe "outside of cluster",
    "host", etc.

    :schema: CiliumNetworkPolicySpecsEgressDenyToEntities
    '''

    ALL = "ALL"
    '''all.'''
    WORLD = "WORLD"
    '''world.'''
    CLUSTER = "CLUSTER"
    '''cluster.'''
    HOST = "HOST"
    '''host.'''
    INIT = "INIT"
    '''init.'''
    INGRESS = "INGRESS"
    '''ingress.'''
    UNMANAGED = "UNMANAGED"
    '''unmanaged.'''
    REMOTE_HYPHEN_NODE = "REMOTE_HYPHEN_NODE"
    '''remote-node.'''
    HEALTH = "HEALTH"
    '''health.'''
    NONE = "NONE"
    '''none.'''
    KUBE_HYPHEN_APISERVER = "KUBE_HYPHEN_APISERVER"
    '''kube-apiserver.'''


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressDenyToGroups",
    jsii_struct_bases=[],
    name_mapping={"aws": "aws"},
)
class CiliumNetworkPolicySpecsEgressDenyToGroups:
    def __init__(
        self,
        *,
        aws: typing.Optional[typing.Union["CiliumNetworkPolicySpecsEgressDenyToGroupsAws", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Groups structure to store all kinds of new integrations that needs a new derivative policy.

        :param aws: AWSGroup is an structure that can be used to whitelisting information from AWS integration.

        :schema: CiliumNetworkPolicySpecsEgressDenyToGroups
        '''
        if isinstance(aws, dict):
            aws = CiliumNetworkPolicySpecsEgressDenyToGroupsAws(**aws)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__25ff5452692ce0707fa615b92c97824f244a5fd65a6fcd185f3032a6b25067f9)
            check_type(argname="argument aws", value=aws, expected_type=type_hints["aws"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if aws is not None:
            self._values["aws"] = aws

    @builtins.property
    def aws(self) -> typing.Optional["CiliumNetworkPolicySpecsEgressDenyToGroupsAws"]:
        '''AWSGroup is an structure that can be used to whitelisting information from AWS integration.

        :schema: CiliumNetworkPolicySpecsEgressDenyToGroups#aws
        '''
        result = self._values.get("aws")
        return typing.cast(typing.Optional["CiliumNetworkPolicySpecsEgressDenyToGroupsAws"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsEgressDenyToGroups(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressDenyToGroupsAws",
    jsii_struct_bases=[],
    name_mapping={
        "labels": "labels",
        "region": "region",
        "security_groups_ids": "securityGroupsIds",
        "security_groups_names": "securityGroupsNames",
    },
)
class CiliumNetworkPolicySpecsEgressDenyToGroupsAws:
    def __init__(
        self,
        *,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        region: typing.Optional[builtins.str] = None,
        security_groups_ids: typing.Optional[typing.Sequence[builtins.str]] = None,
        security_groups_names: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''AWSGroup is an structure that can be used to whitelisting information from AWS integration.

        :param labels: 
        :param region: 
        :param security_groups_ids: 
        :param security_groups_names: 

        :schema: CiliumNetworkPolicySpecsEgressDenyToGroupsAws
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e7a581d51368b84b9f8c56b6361d7f33e7783bada742d82b55f473b14faefb59)
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
            check_type(argname="argument region", value=region, expected_type=type_hints["region"])
            check_type(argname="argument security_groups_ids", value=security_groups_ids, expected_type=type_hints["security_groups_ids"])
            check_type(argname="argument security_groups_names", value=security_groups_names, expected_type=type_hints["security_groups_names"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if labels is not None:
            self._values["labels"] = labels
        if region is not None:
            self._values["region"] = region
        if security_groups_ids is not None:
            self._values["security_groups_ids"] = security_groups_ids
        if security_groups_names is not None:
            self._values["security_groups_names"] = security_groups_names

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: CiliumNetworkPolicySpecsEgressDenyToGroupsAws#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def region(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CiliumNetworkPolicySpecsEgressDenyToGroupsAws#region
        '''
        result = self._values.get("region")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def security_groups_ids(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: CiliumNetworkPolicySpecsEgressDenyToGroupsAws#securityGroupsIds
        '''
        result = self._values.get("security_groups_ids")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def security_groups_names(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: CiliumNetworkPolicySpecsEgressDenyToGroupsAws#securityGroupsNames
        '''
        result = self._values.get("security_groups_names")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsEgressDenyToGroupsAws(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressDenyToNodes",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class CiliumNetworkPolicySpecsEgressDenyToNodes:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["CiliumNetworkPolicySpecsEgressDenyToNodesMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''EndpointSelector is a wrapper for k8s LabelSelector.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: CiliumNetworkPolicySpecsEgressDenyToNodes
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__530c75fc8ef5e236c40b844ced51a39ebae29caa4118c9ad3a4207ea953d3659)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["CiliumNetworkPolicySpecsEgressDenyToNodesMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: CiliumNetworkPolicySpecsEgressDenyToNodes#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecsEgressDenyToNodesMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: CiliumNetworkPolicySpecsEgressDenyToNodes#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsEgressDenyToNodes(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressDenyToNodesMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class CiliumNetworkPolicySpecsEgressDenyToNodesMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: "CiliumNetworkPolicySpecsEgressDenyToNodesMatchExpressionsOperator",
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.

        :param key: key is the label key that the selector applies to.
        :param operator: operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.
        :param values: values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.

        :schema: CiliumNetworkPolicySpecsEgressDenyToNodesMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__49e1d299b415f2e0fa9c5a04af0ad586a485182653654d50b9f02ce7a7a8ed75)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''key is the label key that the selector applies to.

        :schema: CiliumNetworkPolicySpecsEgressDenyToNodesMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(
        self,
    ) -> "CiliumNetworkPolicySpecsEgressDenyToNodesMatchExpressionsOperator":
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: CiliumNetworkPolicySpecsEgressDenyToNodesMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast("CiliumNetworkPolicySpecsEgressDenyToNodesMatchExpressionsOperator", result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''values is an array of string values.

        If the operator is In or NotIn,
        the values array must be non-empty. If the operator is Exists or DoesNotExist,
        the values array must be empty. This array is replaced during a strategic
        merge patch.

        :schema: CiliumNetworkPolicySpecsEgressDenyToNodesMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsEgressDenyToNodesMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressDenyToNodesMatchExpressionsOperator"
)
class CiliumNetworkPolicySpecsEgressDenyToNodesMatchExpressionsOperator(enum.Enum):
    '''operator represents a key's relationship to a set of values.

    Valid operators are In, NotIn, Exists and DoesNotExist.

    :schema: CiliumNetworkPolicySpecsEgressDenyToNodesMatchExpressionsOperator
    '''

    IN = "IN"
    '''In.'''
    NOT_IN = "NOT_IN"
    '''NotIn.'''
    EXISTS = "EXISTS"
    '''Exists.'''
    DOES_NOT_EXIST = "DOES_NOT_EXIST"
    '''DoesNotExist.'''


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressDenyToPorts",
    jsii_struct_bases=[],
    name_mapping={"ports": "ports"},
)
class CiliumNetworkPolicySpecsEgressDenyToPorts:
    def __init__(
        self,
        *,
        ports: typing.Optional[typing.Sequence[typing.Union["CiliumNetworkPolicySpecsEgressDenyToPortsPorts", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''PortDenyRule is a list of ports/protocol that should be used for deny policies.

        This structure lacks the L7Rules since it's not supported in deny
        policies.

        :param ports: Ports is a list of L4 port/protocol.

        :schema: CiliumNetworkPolicySpecsEgressDenyToPorts
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7f1f5fa216f27abf2f0e7a7429701ca24ad9ea1cf01f1bca41969afee4e75b44)
            check_type(argname="argument ports", value=ports, expected_type=type_hints["ports"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if ports is not None:
            self._values["ports"] = ports

    @builtins.property
    def ports(
        self,
    ) -> typing.Optional[typing.List["CiliumNetworkPolicySpecsEgressDenyToPortsPorts"]]:
        '''Ports is a list of L4 port/protocol.

        :schema: CiliumNetworkPolicySpecsEgressDenyToPorts#ports
        '''
        result = self._values.get("ports")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecsEgressDenyToPortsPorts"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsEgressDenyToPorts(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressDenyToPortsPorts",
    jsii_struct_bases=[],
    name_mapping={"port": "port", "end_port": "endPort", "protocol": "protocol"},
)
class CiliumNetworkPolicySpecsEgressDenyToPortsPorts:
    def __init__(
        self,
        *,
        port: builtins.str,
        end_port: typing.Optional[jsii.Number] = None,
        protocol: typing.Optional["CiliumNetworkPolicySpecsEgressDenyToPortsPortsProtocol"] = None,
    ) -> None:
        '''PortProtocol specifies an L4 port with an optional transport protocol.

        :param port: Port can be an L4 port number, or a name in the form of "http" or "http-8080".
        :param end_port: EndPort can only be an L4 port number.
        :param protocol: Protocol is the L4 protocol. If omitted or empty, any protocol matches. Accepted values: "TCP", "UDP", "SCTP", "ANY". Matching on ICMP is not supported. Named port specified for a container may narrow this down, but may not contradict this.

        :schema: CiliumNetworkPolicySpecsEgressDenyToPortsPorts
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__00925aefd356a38f17720cc28326fc49ef8ecf549d1c41dd364805abef7b0f96)
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument end_port", value=end_port, expected_type=type_hints["end_port"])
            check_type(argname="argument protocol", value=protocol, expected_type=type_hints["protocol"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "port": port,
        }
        if end_port is not None:
            self._values["end_port"] = end_port
        if protocol is not None:
            self._values["protocol"] = protocol

    @builtins.property
    def port(self) -> builtins.str:
        '''Port can be an L4 port number, or a name in the form of "http" or "http-8080".

        :schema: CiliumNetworkPolicySpecsEgressDenyToPortsPorts#port
        '''
        result = self._values.get("port")
        assert result is not None, "Required property 'port' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def end_port(self) -> typing.Optional[jsii.Number]:
        '''EndPort can only be an L4 port number.

        :schema: CiliumNetworkPolicySpecsEgressDenyToPortsPorts#endPort
        '''
        result = self._values.get("end_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def protocol(
        self,
    ) -> typing.Optional["CiliumNetworkPolicySpecsEgressDenyToPortsPortsProtocol"]:
        '''Protocol is the L4 protocol. If omitted or empty, any protocol matches. Accepted values: "TCP", "UDP", "SCTP", "ANY".

        Matching on ICMP is not supported.

        Named port specified for a container may narrow this down, but may not
        contradict this.

        :schema: CiliumNetworkPolicySpecsEgressDenyToPortsPorts#protocol
        '''
        result = self._values.get("protocol")
        return typing.cast(typing.Optional["CiliumNetworkPolicySpecsEgressDenyToPortsPortsProtocol"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsEgressDenyToPortsPorts(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressDenyToPortsPortsProtocol"
)
class CiliumNetworkPolicySpecsEgressDenyToPortsPortsProtocol(enum.Enum):
    '''Protocol is the L4 protocol. If omitted or empty, any protocol matches. Accepted values: "TCP", "UDP", "SCTP", "ANY".

    Matching on ICMP is not supported.

    Named port specified for a container may narrow this down, but may not
    contradict this.

    :schema: CiliumNetworkPolicySpecsEgressDenyToPortsPortsProtocol
    '''

    TCP = "TCP"
    '''TCP.'''
    UDP = "UDP"
    '''UDP.'''
    SCTP = "SCTP"
    '''SCTP.'''
    ANY = "ANY"
    '''ANY.'''


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressDenyToRequires",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class CiliumNetworkPolicySpecsEgressDenyToRequires:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["CiliumNetworkPolicySpecsEgressDenyToRequiresMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''EndpointSelector is a wrapper for k8s LabelSelector.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: CiliumNetworkPolicySpecsEgressDenyToRequires
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0c83bcf5a6477699f67dfbce083ae57a025d80fec675e13d1b9afcb4e1119eec)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["CiliumNetworkPolicySpecsEgressDenyToRequiresMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: CiliumNetworkPolicySpecsEgressDenyToRequires#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecsEgressDenyToRequiresMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: CiliumNetworkPolicySpecsEgressDenyToRequires#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsEgressDenyToRequires(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressDenyToRequiresMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class CiliumNetworkPolicySpecsEgressDenyToRequiresMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: "CiliumNetworkPolicySpecsEgressDenyToRequiresMatchExpressionsOperator",
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.

        :param key: key is the label key that the selector applies to.
        :param operator: operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.
        :param values: values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.

        :schema: CiliumNetworkPolicySpecsEgressDenyToRequiresMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__afe7b2b9a9f45be2ba01c8be2202e881b5442ce99293b97a7069c7ccbb2c0800)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''key is the label key that the selector applies to.

        :schema: CiliumNetworkPolicySpecsEgressDenyToRequiresMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(
        self,
    ) -> "CiliumNetworkPolicySpecsEgressDenyToRequiresMatchExpressionsOperator":
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: CiliumNetworkPolicySpecsEgressDenyToRequiresMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast("CiliumNetworkPolicySpecsEgressDenyToRequiresMatchExpressionsOperator", result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''values is an array of string values.

        If the operator is In or NotIn,
        the values array must be non-empty. If the operator is Exists or DoesNotExist,
        the values array must be empty. This array is replaced during a strategic
        merge patch.

        :schema: CiliumNetworkPolicySpecsEgressDenyToRequiresMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsEgressDenyToRequiresMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressDenyToRequiresMatchExpressionsOperator"
)
class CiliumNetworkPolicySpecsEgressDenyToRequiresMatchExpressionsOperator(enum.Enum):
    '''operator represents a key's relationship to a set of values.

    Valid operators are In, NotIn, Exists and DoesNotExist.

    :schema: CiliumNetworkPolicySpecsEgressDenyToRequiresMatchExpressionsOperator
    '''

    IN = "IN"
    '''In.'''
    NOT_IN = "NOT_IN"
    '''NotIn.'''
    EXISTS = "EXISTS"
    '''Exists.'''
    DOES_NOT_EXIST = "DOES_NOT_EXIST"
    '''DoesNotExist.'''


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressDenyToServices",
    jsii_struct_bases=[],
    name_mapping={
        "k8_s_service": "k8SService",
        "k8_s_service_selector": "k8SServiceSelector",
    },
)
class CiliumNetworkPolicySpecsEgressDenyToServices:
    def __init__(
        self,
        *,
        k8_s_service: typing.Optional[typing.Union["CiliumNetworkPolicySpecsEgressDenyToServicesK8SService", typing.Dict[builtins.str, typing.Any]]] = None,
        k8_s_service_selector: typing.Optional[typing.Union["CiliumNetworkPolicySpecsEgressDenyToServicesK8SServiceSelector", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Service selects policy targets that are bundled as part of a logical load-balanced service.

        Currently only Kubernetes-based Services are supported.

        :param k8_s_service: K8sService selects service by name and namespace pair.
        :param k8_s_service_selector: K8sServiceSelector selects services by k8s labels and namespace.

        :schema: CiliumNetworkPolicySpecsEgressDenyToServices
        '''
        if isinstance(k8_s_service, dict):
            k8_s_service = CiliumNetworkPolicySpecsEgressDenyToServicesK8SService(**k8_s_service)
        if isinstance(k8_s_service_selector, dict):
            k8_s_service_selector = CiliumNetworkPolicySpecsEgressDenyToServicesK8SServiceSelector(**k8_s_service_selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7d68010cb7629b4efeece0ffb7021ab23687505e88e0dbe8eed47ecb7db9261d)
            check_type(argname="argument k8_s_service", value=k8_s_service, expected_type=type_hints["k8_s_service"])
            check_type(argname="argument k8_s_service_selector", value=k8_s_service_selector, expected_type=type_hints["k8_s_service_selector"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if k8_s_service is not None:
            self._values["k8_s_service"] = k8_s_service
        if k8_s_service_selector is not None:
            self._values["k8_s_service_selector"] = k8_s_service_selector

    @builtins.property
    def k8_s_service(
        self,
    ) -> typing.Optional["CiliumNetworkPolicySpecsEgressDenyToServicesK8SService"]:
        '''K8sService selects service by name and namespace pair.

        :schema: CiliumNetworkPolicySpecsEgressDenyToServices#k8sService
        '''
        result = self._values.get("k8_s_service")
        return typing.cast(typing.Optional["CiliumNetworkPolicySpecsEgressDenyToServicesK8SService"], result)

    @builtins.property
    def k8_s_service_selector(
        self,
    ) -> typing.Optional["CiliumNetworkPolicySpecsEgressDenyToServicesK8SServiceSelector"]:
        '''K8sServiceSelector selects services by k8s labels and namespace.

        :schema: CiliumNetworkPolicySpecsEgressDenyToServices#k8sServiceSelector
        '''
        result = self._values.get("k8_s_service_selector")
        return typing.cast(typing.Optional["CiliumNetworkPolicySpecsEgressDenyToServicesK8SServiceSelector"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsEgressDenyToServices(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressDenyToServicesK8SService",
    jsii_struct_bases=[],
    name_mapping={"namespace": "namespace", "service_name": "serviceName"},
)
class CiliumNetworkPolicySpecsEgressDenyToServicesK8SService:
    def __init__(
        self,
        *,
        namespace: typing.Optional[builtins.str] = None,
        service_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''K8sService selects service by name and namespace pair.

        :param namespace: 
        :param service_name: 

        :schema: CiliumNetworkPolicySpecsEgressDenyToServicesK8SService
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fa3672666efd61f608ed38aeaae808fed26422ed9dde9a324ddda8f78976d2cf)
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
            check_type(argname="argument service_name", value=service_name, expected_type=type_hints["service_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if namespace is not None:
            self._values["namespace"] = namespace
        if service_name is not None:
            self._values["service_name"] = service_name

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CiliumNetworkPolicySpecsEgressDenyToServicesK8SService#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def service_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CiliumNetworkPolicySpecsEgressDenyToServicesK8SService#serviceName
        '''
        result = self._values.get("service_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsEgressDenyToServicesK8SService(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressDenyToServicesK8SServiceSelector",
    jsii_struct_bases=[],
    name_mapping={"selector": "selector", "namespace": "namespace"},
)
class CiliumNetworkPolicySpecsEgressDenyToServicesK8SServiceSelector:
    def __init__(
        self,
        *,
        selector: typing.Union["CiliumNetworkPolicySpecsEgressDenyToServicesK8SServiceSelectorSelector", typing.Dict[builtins.str, typing.Any]],
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''K8sServiceSelector selects services by k8s labels and namespace.

        :param selector: ServiceSelector is a label selector for k8s services.
        :param namespace: 

        :schema: CiliumNetworkPolicySpecsEgressDenyToServicesK8SServiceSelector
        '''
        if isinstance(selector, dict):
            selector = CiliumNetworkPolicySpecsEgressDenyToServicesK8SServiceSelectorSelector(**selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d33bce20788eb0632db8a43314f680b5903b624ffa5916fc30f4105fe6c204ff)
            check_type(argname="argument selector", value=selector, expected_type=type_hints["selector"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "selector": selector,
        }
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def selector(
        self,
    ) -> "CiliumNetworkPolicySpecsEgressDenyToServicesK8SServiceSelectorSelector":
        '''ServiceSelector is a label selector for k8s services.

        :schema: CiliumNetworkPolicySpecsEgressDenyToServicesK8SServiceSelector#selector
        '''
        result = self._values.get("selector")
        assert result is not None, "Required property 'selector' is missing"
        return typing.cast("CiliumNetworkPolicySpecsEgressDenyToServicesK8SServiceSelectorSelector", result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CiliumNetworkPolicySpecsEgressDenyToServicesK8SServiceSelector#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsEgressDenyToServicesK8SServiceSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressDenyToServicesK8SServiceSelectorSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class CiliumNetworkPolicySpecsEgressDenyToServicesK8SServiceSelectorSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["CiliumNetworkPolicySpecsEgressDenyToServicesK8SServiceSelectorSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''ServiceSelector is a label selector for k8s services.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: CiliumNetworkPolicySpecsEgressDenyToServicesK8SServiceSelectorSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__93c62ec6a1200637abe1dfd43de274a08750702ddda663c33bf4888dcba6d693)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["CiliumNetworkPolicySpecsEgressDenyToServicesK8SServiceSelectorSelectorMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: CiliumNetworkPolicySpecsEgressDenyToServicesK8SServiceSelectorSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecsEgressDenyToServicesK8SServiceSelectorSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: CiliumNetworkPolicySpecsEgressDenyToServicesK8SServiceSelectorSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsEgressDenyToServicesK8SServiceSelectorSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressDenyToServicesK8SServiceSelectorSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class CiliumNetworkPolicySpecsEgressDenyToServicesK8SServiceSelectorSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: "CiliumNetworkPolicySpecsEgressDenyToServicesK8SServiceSelectorSelectorMatchExpressionsOperator",
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.

        :param key: key is the label key that the selector applies to.
        :param operator: operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.
        :param values: values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.

        :schema: CiliumNetworkPolicySpecsEgressDenyToServicesK8SServiceSelectorSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e4333e3d823fce13b272f6225879111566d0a9239e7ccee7d38ea5ce88ced07c)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''key is the label key that the selector applies to.

        :schema: CiliumNetworkPolicySpecsEgressDenyToServicesK8SServiceSelectorSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(
        self,
    ) -> "CiliumNetworkPolicySpecsEgressDenyToServicesK8SServiceSelectorSelectorMatchExpressionsOperator":
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: CiliumNetworkPolicySpecsEgressDenyToServicesK8SServiceSelectorSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast("CiliumNetworkPolicySpecsEgressDenyToServicesK8SServiceSelectorSelectorMatchExpressionsOperator", result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''values is an array of string values.

        If the operator is In or NotIn,
        the values array must be non-empty. If the operator is Exists or DoesNotExist,
        the values array must be empty. This array is replaced during a strategic
        merge patch.

        :schema: CiliumNetworkPolicySpecsEgressDenyToServicesK8SServiceSelectorSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsEgressDenyToServicesK8SServiceSelectorSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressDenyToServicesK8SServiceSelectorSelectorMatchExpressionsOperator"
)
class CiliumNetworkPolicySpecsEgressDenyToServicesK8SServiceSelectorSelectorMatchExpressionsOperator(
    enum.Enum,
):
    '''operator represents a key's relationship to a set of values.

    Valid operators are In, NotIn, Exists and DoesNotExist.

    :schema: CiliumNetworkPolicySpecsEgressDenyToServicesK8SServiceSelectorSelectorMatchExpressionsOperator
    '''

    IN = "IN"
    '''In.'''
    NOT_IN = "NOT_IN"
    '''NotIn.'''
    EXISTS = "EXISTS"
    '''Exists.'''
    DOES_NOT_EXIST = "DOES_NOT_EXIST"
    '''DoesNotExist.'''


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressIcmps",
    jsii_struct_bases=[],
    name_mapping={"fields": "fields"},
)
class CiliumNetworkPolicySpecsEgressIcmps:
    def __init__(
        self,
        *,
        fields: typing.Optional[typing.Sequence[typing.Union["CiliumNetworkPolicySpecsEgressIcmpsFields", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''ICMPRule is a list of ICMP fields.

        :param fields: Fields is a list of ICMP fields.

        :schema: CiliumNetworkPolicySpecsEgressIcmps
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2cb47fec85ca2043611ce4ac09f7c80e58f988d0a5643c3a8593c4584a9cea70)
            check_type(argname="argument fields", value=fields, expected_type=type_hints["fields"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if fields is not None:
            self._values["fields"] = fields

    @builtins.property
    def fields(
        self,
    ) -> typing.Optional[typing.List["CiliumNetworkPolicySpecsEgressIcmpsFields"]]:
        '''Fields is a list of ICMP fields.

        :schema: CiliumNetworkPolicySpecsEgressIcmps#fields
        '''
        result = self._values.get("fields")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecsEgressIcmpsFields"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsEgressIcmps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressIcmpsFields",
    jsii_struct_bases=[],
    name_mapping={"type": "type", "family": "family"},
)
class CiliumNetworkPolicySpecsEgressIcmpsFields:
    def __init__(
        self,
        *,
        type: "CiliumNetworkPolicySpecsEgressIcmpsFieldsType",
        family: typing.Optional["CiliumNetworkPolicySpecsEgressIcmpsFieldsFamily"] = None,
    ) -> None:
        '''ICMPField is a ICMP field.

        :param type: Type is a ICMP-type. It should be an 8bit code (0-255), or it's CamelCase name (for example, "EchoReply"). Allowed ICMP types are: Ipv4: EchoReply | DestinationUnreachable | Redirect | Echo | EchoRequest | RouterAdvertisement | RouterSelection | TimeExceeded | ParameterProblem | Timestamp | TimestampReply | Photuris | ExtendedEcho Request | ExtendedEcho Reply Ipv6: DestinationUnreachable | PacketTooBig | TimeExceeded | ParameterProblem | EchoRequest | EchoReply | MulticastListenerQuery| MulticastListenerReport | MulticastListenerDone | RouterSolicitation | RouterAdvertisement | NeighborSolicitation | NeighborAdvertisement | RedirectMessage | RouterRenumbering | ICMPNodeInformationQuery | ICMPNodeInformationResponse | InverseNeighborDiscoverySolicitation | InverseNeighborDiscoveryAdvertisement | HomeAgentAddressDiscoveryRequest | HomeAgentAddressDiscoveryReply | MobilePrefixSolicitation | MobilePrefixAdvertisement | DuplicateAddressRequestCodeSuffix | DuplicateAddressConfirmationCodeSuffix | ExtendedEchoRequest | ExtendedEchoReply
        :param family: Family is a IP address version. Currently, we support ``IPv4`` and ``IPv6``. ``IPv4`` is set as default.

        :schema: CiliumNetworkPolicySpecsEgressIcmpsFields
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f85b446366ac7edb8f360d816cfc698276b060c5a540d17072798398def4aaad)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument family", value=family, expected_type=type_hints["family"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "type": type,
        }
        if family is not None:
            self._values["family"] = family

    @builtins.property
    def type(self) -> "CiliumNetworkPolicySpecsEgressIcmpsFieldsType":
        '''Type is a ICMP-type.

        It should be an 8bit code (0-255), or it's CamelCase name (for example, "EchoReply").
        Allowed ICMP types are:
        Ipv4: EchoReply | DestinationUnreachable | Redirect | Echo | EchoRequest |
        RouterAdvertisement | RouterSelection | TimeExceeded | ParameterProblem |
        Timestamp | TimestampReply | Photuris | ExtendedEcho Request | ExtendedEcho Reply
        Ipv6: DestinationUnreachable | PacketTooBig | TimeExceeded | ParameterProblem |
        EchoRequest | EchoReply | MulticastListenerQuery| MulticastListenerReport |
        MulticastListenerDone | RouterSolicitation | RouterAdvertisement | NeighborSolicitation |
        NeighborAdvertisement | RedirectMessage | RouterRenumbering | ICMPNodeInformationQuery |
        ICMPNodeInformationResponse | InverseNeighborDiscoverySolicitation | InverseNeighborDiscoveryAdvertisement |
        HomeAgentAddressDiscoveryRequest | HomeAgentAddressDiscoveryReply | MobilePrefixSolicitation |
        MobilePrefixAdvertisement | DuplicateAddressRequestCodeSuffix | DuplicateAddressConfirmationCodeSuffix |
        ExtendedEchoRequest | ExtendedEchoReply

        :schema: CiliumNetworkPolicySpecsEgressIcmpsFields#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast("CiliumNetworkPolicySpecsEgressIcmpsFieldsType", result)

    @builtins.property
    def family(
        self,
    ) -> typing.Optional["CiliumNetworkPolicySpecsEgressIcmpsFieldsFamily"]:
        '''Family is a IP address version.

        Currently, we support ``IPv4`` and ``IPv6``.
        ``IPv4`` is set as default.

        :schema: CiliumNetworkPolicySpecsEgressIcmpsFields#family
        '''
        result = self._values.get("family")
        return typing.cast(typing.Optional["CiliumNetworkPolicySpecsEgressIcmpsFieldsFamily"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsEgressIcmpsFields(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressIcmpsFieldsFamily")
class CiliumNetworkPolicySpecsEgressIcmpsFieldsFamily(enum.Enum):
    '''Family is a IP address version.

    Currently, we support ``IPv4`` and ``IPv6``.
    ``IPv4`` is set as default.

    :schema: CiliumNetworkPolicySpecsEgressIcmpsFieldsFamily
    '''

    I_PV4 = "I_PV4"
    '''IPv4.'''
    I_PV6 = "I_PV6"
    '''IPv6.'''


class CiliumNetworkPolicySpecsEgressIcmpsFieldsType(
    metaclass=jsii.JSIIMeta,
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressIcmpsFieldsType",
):
    '''Type is a ICMP-type.

    It should be an 8bit code (0-255), or it's CamelCase name (for example, "EchoReply").
    Allowed ICMP types are:
    Ipv4: EchoReply | DestinationUnreachable | Redirect | Echo | EchoRequest |
    RouterAdvertisement | RouterSelection | TimeExceeded | ParameterProblem |
    Timestamp | TimestampReply | Photuris | ExtendedEcho Request | ExtendedEcho Reply
    Ipv6: DestinationUnreachable | PacketTooBig | TimeExceeded | ParameterProblem |
    EchoRequest | EchoReply | MulticastListenerQuery| MulticastListenerReport |
    MulticastListenerDone | RouterSolicitation | RouterAdvertisement | NeighborSolicitation |
    NeighborAdvertisement | RedirectMessage | RouterRenumbering | ICMPNodeInformationQuery |
    ICMPNodeInformationResponse | InverseNeighborDiscoverySolicitation | InverseNeighborDiscoveryAdvertisement |
    HomeAgentAddressDiscoveryRequest | HomeAgentAddressDiscoveryReply | MobilePrefixSolicitation |
    MobilePrefixAdvertisement | DuplicateAddressRequestCodeSuffix | DuplicateAddressConfirmationCodeSuffix |
    ExtendedEchoRequest | ExtendedEchoReply

    :schema: CiliumNetworkPolicySpecsEgressIcmpsFieldsType
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "CiliumNetworkPolicySpecsEgressIcmpsFieldsType":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d5b722c9c3af71c6c9ab9006c1f8d7c66de4fdb9071952008317267da74de666)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("CiliumNetworkPolicySpecsEgressIcmpsFieldsType", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "CiliumNetworkPolicySpecsEgressIcmpsFieldsType":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d2c30dc05c7c4a62ccecb89aa6fbe87234c67cfb7b367b19b1b842c9ac72685d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("CiliumNetworkPolicySpecsEgressIcmpsFieldsType", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressToCidrSet",
    jsii_struct_bases=[],
    name_mapping={
        "cidr": "cidr",
        "cidr_group_ref": "cidrGroupRef",
        "cidr_group_selector": "cidrGroupSelector",
        "except_": "except",
    },
)
class CiliumNetworkPolicySpecsEgressToCidrSet:
    def __init__(
        self,
        *,
        cidr: typing.Optional[builtins.str] = None,
        cidr_group_ref: typing.Optional[builtins.str] = None,
        cidr_group_selector: typing.Optional[typing.Union["CiliumNetworkPolicySpecsEgressToCidrSetCidrGroupSelector", typing.Dict[builtins.str, typing.Any]]] = None,
        except_: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''CIDRRule is a rule that specifies a CIDR prefix to/from which outside communication  is allowed, along with an optional list of subnets within that CIDR prefix to/from which outside communication is not allowed.

        :param cidr: CIDR is a CIDR prefix / IP Block.
        :param cidr_group_ref: CIDRGroupRef is a reference to a CiliumCIDRGroup object. A CiliumCIDRGroup contains a list of CIDRs that the endpoint, subject to the rule, can (Ingress/Egress) or cannot (IngressDeny/EgressDeny) receive connections from.
        :param cidr_group_selector: CIDRGroupSelector selects CiliumCIDRGroups by their labels, rather than by name.
        :param except_: ExceptCIDRs is a list of IP blocks which the endpoint subject to the rule is not allowed to initiate connections to. These CIDR prefixes should be contained within Cidr, using ExceptCIDRs together with CIDRGroupRef is not supported yet. These exceptions are only applied to the Cidr in this CIDRRule, and do not apply to any other CIDR prefixes in any other CIDRRules.

        :schema: CiliumNetworkPolicySpecsEgressToCidrSet
        '''
        if isinstance(cidr_group_selector, dict):
            cidr_group_selector = CiliumNetworkPolicySpecsEgressToCidrSetCidrGroupSelector(**cidr_group_selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8954181548d4dddbe6e4d898a2ec603df282cca5e93f7ffd270ad5fcb979e830)
            check_type(argname="argument cidr", value=cidr, expected_type=type_hints["cidr"])
            check_type(argname="argument cidr_group_ref", value=cidr_group_ref, expected_type=type_hints["cidr_group_ref"])
            check_type(argname="argument cidr_group_selector", value=cidr_group_selector, expected_type=type_hints["cidr_group_selector"])
            check_type(argname="argument except_", value=except_, expected_type=type_hints["except_"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cidr is not None:
            self._values["cidr"] = cidr
        if cidr_group_ref is not None:
            self._values["cidr_group_ref"] = cidr_group_ref
        if cidr_group_selector is not None:
            self._values["cidr_group_selector"] = cidr_group_selector
        if except_ is not None:
            self._values["except_"] = except_

    @builtins.property
    def cidr(self) -> typing.Optional[builtins.str]:
        '''CIDR is a CIDR prefix / IP Block.

        :schema: CiliumNetworkPolicySpecsEgressToCidrSet#cidr
        '''
        result = self._values.get("cidr")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cidr_group_ref(self) -> typing.Optional[builtins.str]:
        '''CIDRGroupRef is a reference to a CiliumCIDRGroup object.

        A CiliumCIDRGroup contains a list of CIDRs that the endpoint, subject to
        the rule, can (Ingress/Egress) or cannot (IngressDeny/EgressDeny) receive
        connections from.

        :schema: CiliumNetworkPolicySpecsEgressToCidrSet#cidrGroupRef
        '''
        result = self._values.get("cidr_group_ref")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cidr_group_selector(
        self,
    ) -> typing.Optional["CiliumNetworkPolicySpecsEgressToCidrSetCidrGroupSelector"]:
        '''CIDRGroupSelector selects CiliumCIDRGroups by their labels, rather than by name.

        :schema: CiliumNetworkPolicySpecsEgressToCidrSet#cidrGroupSelector
        '''
        result = self._values.get("cidr_group_selector")
        return typing.cast(typing.Optional["CiliumNetworkPolicySpecsEgressToCidrSetCidrGroupSelector"], result)

    @builtins.property
    def except_(self) -> typing.Optional[typing.List[builtins.str]]:
        '''ExceptCIDRs is a list of IP blocks which the endpoint subject to the rule is not allowed to initiate connections to.

        These CIDR prefixes should be
        contained within Cidr, using ExceptCIDRs together with CIDRGroupRef is not
        supported yet.
        These exceptions are only applied to the Cidr in this CIDRRule, and do not
        apply to any other CIDR prefixes in any other CIDRRules.

        :schema: CiliumNetworkPolicySpecsEgressToCidrSet#except
        '''
        result = self._values.get("except_")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsEgressToCidrSet(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressToCidrSetCidrGroupSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class CiliumNetworkPolicySpecsEgressToCidrSetCidrGroupSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["CiliumNetworkPolicySpecsEgressToCidrSetCidrGroupSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''CIDRGroupSelector selects CiliumCIDRGroups by their labels, rather than by name.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: CiliumNetworkPolicySpecsEgressToCidrSetCidrGroupSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__599c463059992d6221772dab7760d526c934d7cdbce05890fbb99b21e429c390)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["CiliumNetworkPolicySpecsEgressToCidrSetCidrGroupSelectorMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: CiliumNetworkPolicySpecsEgressToCidrSetCidrGroupSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecsEgressToCidrSetCidrGroupSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: CiliumNetworkPolicySpecsEgressToCidrSetCidrGroupSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsEgressToCidrSetCidrGroupSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressToCidrSetCidrGroupSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class CiliumNetworkPolicySpecsEgressToCidrSetCidrGroupSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: "CiliumNetworkPolicySpecsEgressToCidrSetCidrGroupSelectorMatchExpressionsOperator",
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.

        :param key: key is the label key that the selector applies to.
        :param operator: operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.
        :param values: values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.

        :schema: CiliumNetworkPolicySpecsEgressToCidrSetCidrGroupSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0a891698a8af22a20e642b27c22cf3864406d3857720e4cf5a1e4d7fc95eb3ea)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''key is the label key that the selector applies to.

        :schema: CiliumNetworkPolicySpecsEgressToCidrSetCidrGroupSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(
        self,
    ) -> "CiliumNetworkPolicySpecsEgressToCidrSetCidrGroupSelectorMatchExpressionsOperator":
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: CiliumNetworkPolicySpecsEgressToCidrSetCidrGroupSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast("CiliumNetworkPolicySpecsEgressToCidrSetCidrGroupSelectorMatchExpressionsOperator", result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''values is an array of string values.

        If the operator is In or NotIn,
        the values array must be non-empty. If the operator is Exists or DoesNotExist,
        the values array must be empty. This array is replaced during a strategic
        merge patch.

        :schema: CiliumNetworkPolicySpecsEgressToCidrSetCidrGroupSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsEgressToCidrSetCidrGroupSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressToCidrSetCidrGroupSelectorMatchExpressionsOperator"
)
class CiliumNetworkPolicySpecsEgressToCidrSetCidrGroupSelectorMatchExpressionsOperator(
    enum.Enum,
):
    '''operator represents a key's relationship to a set of values.

    Valid operators are In, NotIn, Exists and DoesNotExist.

    :schema: CiliumNetworkPolicySpecsEgressToCidrSetCidrGroupSelectorMatchExpressionsOperator
    '''

    IN = "IN"
    '''In.'''
    NOT_IN = "NOT_IN"
    '''NotIn.'''
    EXISTS = "EXISTS"
    '''Exists.'''
    DOES_NOT_EXIST = "DOES_NOT_EXIST"
    '''DoesNotExist.'''


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressToEndpoints",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class CiliumNetworkPolicySpecsEgressToEndpoints:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["CiliumNetworkPolicySpecsEgressToEndpointsMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''EndpointSelector is a wrapper for k8s LabelSelector.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: CiliumNetworkPolicySpecsEgressToEndpoints
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__faa39b7b74483c40fc01c9895aa2d5cc1fb817bf93d9d359485fe42920e4b4fb)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["CiliumNetworkPolicySpecsEgressToEndpointsMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: CiliumNetworkPolicySpecsEgressToEndpoints#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecsEgressToEndpointsMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: CiliumNetworkPolicySpecsEgressToEndpoints#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsEgressToEndpoints(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressToEndpointsMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class CiliumNetworkPolicySpecsEgressToEndpointsMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: "CiliumNetworkPolicySpecsEgressToEndpointsMatchExpressionsOperator",
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.

        :param key: key is the label key that the selector applies to.
        :param operator: operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.
        :param values: values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.

        :schema: CiliumNetworkPolicySpecsEgressToEndpointsMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__dd8b14f30a6cc0ab8ba483c898e606a5db9a3561efbbc2230e2a61ce7326606e)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''key is the label key that the selector applies to.

        :schema: CiliumNetworkPolicySpecsEgressToEndpointsMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(
        self,
    ) -> "CiliumNetworkPolicySpecsEgressToEndpointsMatchExpressionsOperator":
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: CiliumNetworkPolicySpecsEgressToEndpointsMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast("CiliumNetworkPolicySpecsEgressToEndpointsMatchExpressionsOperator", result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''values is an array of string values.

        If the operator is In or NotIn,
        the values array must be non-empty. If the operator is Exists or DoesNotExist,
        the values array must be empty. This array is replaced during a strategic
        merge patch.

        :schema: CiliumNetworkPolicySpecsEgressToEndpointsMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsEgressToEndpointsMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressToEndpointsMatchExpressionsOperator"
)
class CiliumNetworkPolicySpecsEgressToEndpointsMatchExpressionsOperator(enum.Enum):
    '''operator represents a key's relationship to a set of values.

    Valid operators are In, NotIn, Exists and DoesNotExist.

    :schema: CiliumNetworkPolicySpecsEgressToEndpointsMatchExpressionsOperator
    '''

    IN = "IN"
    '''In.'''
    NOT_IN = "NOT_IN"
    '''NotIn.'''
    EXISTS = "EXISTS"
    '''Exists.'''
    DOES_NOT_EXIST = "DOES_NOT_EXIST"
    '''DoesNotExist.'''


@jsii.enum(jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressToEntities")
class CiliumNetworkPolicySpecsEgressToEntities(enum.Enum):
    '''Entity specifies the class of receiver/sender endpoints that do not have individual identities.

    Entities are used to describe "outside of cluster",
    "host", etc.

    :schema: CiliumNetworkPolicySpecsEgressToEntities
    '''

    ALL = "ALL"
    '''all.'''
    WORLD = "WORLD"
    '''world.'''
    CLUSTER = "CLUSTER"
    '''cluster.'''
    HOST = "HOST"
    '''host.'''
    INIT = "INIT"
    '''init.'''
    INGRESS = "INGRESS"
    '''ingress.'''
    UNMANAGED = "UNMANAGED"
    '''unmanaged.'''
    REMOTE_HYPHEN_NODE = "REMOTE_HYPHEN_NODE"
    '''remote-node.'''
    HEALTH = "HEALTH"
    '''health.'''
    NONE = "NONE"
    '''none.'''
    KUBE_HYPHEN_APISERVER = "KUBE_HYPHEN_APISERVER"
    '''kube-apiserver.'''


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressToFqdNs",
    jsii_struct_bases=[],
    name_mapping={"match_name": "matchName", "match_pattern": "matchPattern"},
)
class CiliumNetworkPolicySpecsEgressToFqdNs:
    def __init__(
        self,
        *,
        match_name: typing.Optional[builtins.str] = None,
        match_pattern: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param match_name: MatchName matches literal DNS names. A trailing "." is automatically added when missing.
        :param match_pattern: MatchPattern allows using wildcards to match DNS names. All wildcards are case insensitive. The wildcards are: - "*" matches 0 or more DNS valid characters, and may occur anywhere in the pattern. As a special case a "*" as the leftmost character, without a following "." matches all subdomains as well as the name to the right. A trailing "." is automatically added when missing. Examples: ``*.cilium.io`` matches subdomains of cilium at that level www.cilium.io and blog.cilium.io match, cilium.io and google.com do not ``*cilium.io`` matches cilium.io and all subdomains ends with "cilium.io" except those containing "." separator, subcilium.io and sub-cilium.io match, www.cilium.io and blog.cilium.io does not sub*.cilium.io matches subdomains of cilium where the subdomain component begins with "sub" sub.cilium.io and subdomain.cilium.io match, www.cilium.io, blog.cilium.io, cilium.io and google.com do not

        :schema: CiliumNetworkPolicySpecsEgressToFqdNs
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c306801b67632c496e8bdb745020cb6e959e5b6ec63cfc3015374bc99409a68a)
            check_type(argname="argument match_name", value=match_name, expected_type=type_hints["match_name"])
            check_type(argname="argument match_pattern", value=match_pattern, expected_type=type_hints["match_pattern"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_name is not None:
            self._values["match_name"] = match_name
        if match_pattern is not None:
            self._values["match_pattern"] = match_pattern

    @builtins.property
    def match_name(self) -> typing.Optional[builtins.str]:
        '''MatchName matches literal DNS names.

        A trailing "." is automatically added
        when missing.

        :schema: CiliumNetworkPolicySpecsEgressToFqdNs#matchName
        '''
        result = self._values.get("match_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def match_pattern(self) -> typing.Optional[builtins.str]:
        '''MatchPattern allows using wildcards to match DNS names.

        All wildcards are
        case insensitive. The wildcards are:

        - "*" matches 0 or more DNS valid characters, and may occur anywhere in
          the pattern. As a special case a "*" as the leftmost character, without a
          following "." matches all subdomains as well as the name to the right.
          A trailing "." is automatically added when missing.

        Examples:
        ``*.cilium.io`` matches subdomains of cilium at that level
        www.cilium.io and blog.cilium.io match, cilium.io and google.com do not
        ``*cilium.io`` matches cilium.io and all subdomains ends with "cilium.io"
        except those containing "." separator, subcilium.io and sub-cilium.io match,
        www.cilium.io and blog.cilium.io does not
        sub*.cilium.io matches subdomains of cilium where the subdomain component
        begins with "sub"
        sub.cilium.io and subdomain.cilium.io match, www.cilium.io,
        blog.cilium.io, cilium.io and google.com do not

        :schema: CiliumNetworkPolicySpecsEgressToFqdNs#matchPattern
        '''
        result = self._values.get("match_pattern")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsEgressToFqdNs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressToGroups",
    jsii_struct_bases=[],
    name_mapping={"aws": "aws"},
)
class CiliumNetworkPolicySpecsEgressToGroups:
    def __init__(
        self,
        *,
        aws: typing.Optional[typing.Union["CiliumNetworkPolicySpecsEgressToGroupsAws", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Groups structure to store all kinds of new integrations that needs a new derivative policy.

        :param aws: AWSGroup is an structure that can be used to whitelisting information from AWS integration.

        :schema: CiliumNetworkPolicySpecsEgressToGroups
        '''
        if isinstance(aws, dict):
            aws = CiliumNetworkPolicySpecsEgressToGroupsAws(**aws)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c9f71048123ee3576e4ca22913df8534e8e797751311361d9c6ee252ccc2cb4f)
            check_type(argname="argument aws", value=aws, expected_type=type_hints["aws"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if aws is not None:
            self._values["aws"] = aws

    @builtins.property
    def aws(self) -> typing.Optional["CiliumNetworkPolicySpecsEgressToGroupsAws"]:
        '''AWSGroup is an structure that can be used to whitelisting information from AWS integration.

        :schema: CiliumNetworkPolicySpecsEgressToGroups#aws
        '''
        result = self._values.get("aws")
        return typing.cast(typing.Optional["CiliumNetworkPolicySpecsEgressToGroupsAws"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsEgressToGroups(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressToGroupsAws",
    jsii_struct_bases=[],
    name_mapping={
        "labels": "labels",
        "region": "region",
        "security_groups_ids": "securityGroupsIds",
        "security_groups_names": "securityGroupsNames",
    },
)
class CiliumNetworkPolicySpecsEgressToGroupsAws:
    def __init__(
        self,
        *,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        region: typing.Optional[builtins.str] = None,
        security_groups_ids: typing.Optional[typing.Sequence[builtins.str]] = None,
        security_groups_names: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''AWSGroup is an structure that can be used to whitelisting information from AWS integration.

        :param labels: 
        :param region: 
        :param security_groups_ids: 
        :param security_groups_names: 

        :schema: CiliumNetworkPolicySpecsEgressToGroupsAws
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3e4719072fbdac9d05f3ee9356e43dbb11ba6ab677aa68560bb82b10a9a75f65)
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
            check_type(argname="argument region", value=region, expected_type=type_hints["region"])
            check_type(argname="argument security_groups_ids", value=security_groups_ids, expected_type=type_hints["security_groups_ids"])
            check_type(argname="argument security_groups_names", value=security_groups_names, expected_type=type_hints["security_groups_names"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if labels is not None:
            self._values["labels"] = labels
        if region is not None:
            self._values["region"] = region
        if security_groups_ids is not None:
            self._values["security_groups_ids"] = security_groups_ids
        if security_groups_names is not None:
            self._values["security_groups_names"] = security_groups_names

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: CiliumNetworkPolicySpecsEgressToGroupsAws#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def region(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CiliumNetworkPolicySpecsEgressToGroupsAws#region
        '''
        result = self._values.get("region")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def security_groups_ids(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: CiliumNetworkPolicySpecsEgressToGroupsAws#securityGroupsIds
        '''
        result = self._values.get("security_groups_ids")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def security_groups_names(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: CiliumNetworkPolicySpecsEgressToGroupsAws#securityGroupsNames
        '''
        result = self._values.get("security_groups_names")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsEgressToGroupsAws(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressToNodes",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class CiliumNetworkPolicySpecsEgressToNodes:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["CiliumNetworkPolicySpecsEgressToNodesMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''EndpointSelector is a wrapper for k8s LabelSelector.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: CiliumNetworkPolicySpecsEgressToNodes
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6d7332728cbe3b440ebe894c9e986d9f28072e5fbe3895c8d955e917e8488b76)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["CiliumNetworkPolicySpecsEgressToNodesMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: CiliumNetworkPolicySpecsEgressToNodes#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecsEgressToNodesMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: CiliumNetworkPolicySpecsEgressToNodes#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsEgressToNodes(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressToNodesMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class CiliumNetworkPolicySpecsEgressToNodesMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: "CiliumNetworkPolicySpecsEgressToNodesMatchExpressionsOperator",
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.

        :param key: key is the label key that the selector applies to.
        :param operator: operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.
        :param values: values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.

        :schema: CiliumNetworkPolicySpecsEgressToNodesMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__df44b416a1cbcba3089a09cd36b7b7d5dae3855e512d11a75ff3366f8ff34225)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''key is the label key that the selector applies to.

        :schema: CiliumNetworkPolicySpecsEgressToNodesMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(
        self,
    ) -> "CiliumNetworkPolicySpecsEgressToNodesMatchExpressionsOperator":
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: CiliumNetworkPolicySpecsEgressToNodesMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast("CiliumNetworkPolicySpecsEgressToNodesMatchExpressionsOperator", result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''values is an array of string values.

        If the operator is In or NotIn,
        the values array must be non-empty. If the operator is Exists or DoesNotExist,
        the values array must be empty. This array is replaced during a strategic
        merge patch.

        :schema: CiliumNetworkPolicySpecsEgressToNodesMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsEgressToNodesMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressToNodesMatchExpressionsOperator"
)
class CiliumNetworkPolicySpecsEgressToNodesMatchExpressionsOperator(enum.Enum):
    '''operator represents a key's relationship to a set of values.

    Valid operators are In, NotIn, Exists and DoesNotExist.

    :schema: CiliumNetworkPolicySpecsEgressToNodesMatchExpressionsOperator
    '''

    IN = "IN"
    '''In.'''
    NOT_IN = "NOT_IN"
    '''NotIn.'''
    EXISTS = "EXISTS"
    '''Exists.'''
    DOES_NOT_EXIST = "DOES_NOT_EXIST"
    '''DoesNotExist.'''


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressToPorts",
    jsii_struct_bases=[],
    name_mapping={
        "listener": "listener",
        "originating_tls": "originatingTls",
        "ports": "ports",
        "rules": "rules",
        "server_names": "serverNames",
        "terminating_tls": "terminatingTls",
    },
)
class CiliumNetworkPolicySpecsEgressToPorts:
    def __init__(
        self,
        *,
        listener: typing.Optional[typing.Union["CiliumNetworkPolicySpecsEgressToPortsListener", typing.Dict[builtins.str, typing.Any]]] = None,
        originating_tls: typing.Optional[typing.Union["CiliumNetworkPolicySpecsEgressToPortsOriginatingTls", typing.Dict[builtins.str, typing.Any]]] = None,
        ports: typing.Optional[typing.Sequence[typing.Union["CiliumNetworkPolicySpecsEgressToPortsPorts", typing.Dict[builtins.str, typing.Any]]]] = None,
        rules: typing.Optional[typing.Union["CiliumNetworkPolicySpecsEgressToPortsRules", typing.Dict[builtins.str, typing.Any]]] = None,
        server_names: typing.Optional[typing.Sequence[builtins.str]] = None,
        terminating_tls: typing.Optional[typing.Union["CiliumNetworkPolicySpecsEgressToPortsTerminatingTls", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''PortRule is a list of ports/protocol combinations with optional Layer 7 rules which must be met.

        :param listener: listener specifies the name of a custom Envoy listener to which this traffic should be redirected to.
        :param originating_tls: OriginatingTLS is the TLS context for the connections originated by the L7 proxy. For egress policy this specifies the client-side TLS parameters for the upstream connection originating from the L7 proxy to the remote destination. For ingress policy this specifies the client-side TLS parameters for the connection from the L7 proxy to the local endpoint.
        :param ports: Ports is a list of L4 port/protocol.
        :param rules: Rules is a list of additional port level rules which must be met in order for the PortRule to allow the traffic. If omitted or empty, no layer 7 rules are enforced.
        :param server_names: ServerNames is a list of allowed TLS SNI values. If not empty, then TLS must be present and one of the provided SNIs must be indicated in the TLS handshake.
        :param terminating_tls: TerminatingTLS is the TLS context for the connection terminated by the L7 proxy. For egress policy this specifies the server-side TLS parameters to be applied on the connections originated from the local endpoint and terminated by the L7 proxy. For ingress policy this specifies the server-side TLS parameters to be applied on the connections originated from a remote source and terminated by the L7 proxy.

        :schema: CiliumNetworkPolicySpecsEgressToPorts
        '''
        if isinstance(listener, dict):
            listener = CiliumNetworkPolicySpecsEgressToPortsListener(**listener)
        if isinstance(originating_tls, dict):
            originating_tls = CiliumNetworkPolicySpecsEgressToPortsOriginatingTls(**originating_tls)
        if isinstance(rules, dict):
            rules = CiliumNetworkPolicySpecsEgressToPortsRules(**rules)
        if isinstance(terminating_tls, dict):
            terminating_tls = CiliumNetworkPolicySpecsEgressToPortsTerminatingTls(**terminating_tls)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0dc2dd928aecfe8358ec60f975785feb10b4aa67e424bcabc6caf28c8e1b725a)
            check_type(argname="argument listener", value=listener, expected_type=type_hints["listener"])
            check_type(argname="argument originating_tls", value=originating_tls, expected_type=type_hints["originating_tls"])
            check_type(argname="argument ports", value=ports, expected_type=type_hints["ports"])
            check_type(argname="argument rules", value=rules, expected_type=type_hints["rules"])
            check_type(argname="argument server_names", value=server_names, expected_type=type_hints["server_names"])
            check_type(argname="argument terminating_tls", value=terminating_tls, expected_type=type_hints["terminating_tls"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if listener is not None:
            self._values["listener"] = listener
        if originating_tls is not None:
            self._values["originating_tls"] = originating_tls
        if ports is not None:
            self._values["ports"] = ports
        if rules is not None:
            self._values["rules"] = rules
        if server_names is not None:
            self._values["server_names"] = server_names
        if terminating_tls is not None:
            self._values["terminating_tls"] = terminating_tls

    @builtins.property
    def listener(
        self,
    ) -> typing.Optional["CiliumNetworkPolicySpecsEgressToPortsListener"]:
        '''listener specifies the name of a custom Envoy listener to which this traffic should be redirected to.

        :schema: CiliumNetworkPolicySpecsEgressToPorts#listener
        '''
        result = self._values.get("listener")
        return typing.cast(typing.Optional["CiliumNetworkPolicySpecsEgressToPortsListener"], result)

    @builtins.property
    def originating_tls(
        self,
    ) -> typing.Optional["CiliumNetworkPolicySpecsEgressToPortsOriginatingTls"]:
        '''OriginatingTLS is the TLS context for the connections originated by the L7 proxy.

        For egress policy this specifies the client-side TLS
        parameters for the upstream connection originating from the L7 proxy
        to the remote destination. For ingress policy this specifies the
        client-side TLS parameters for the connection from the L7 proxy to
        the local endpoint.

        :schema: CiliumNetworkPolicySpecsEgressToPorts#originatingTLS
        '''
        result = self._values.get("originating_tls")
        return typing.cast(typing.Optional["CiliumNetworkPolicySpecsEgressToPortsOriginatingTls"], result)

    @builtins.property
    def ports(
        self,
    ) -> typing.Optional[typing.List["CiliumNetworkPolicySpecsEgressToPortsPorts"]]:
        '''Ports is a list of L4 port/protocol.

        :schema: CiliumNetworkPolicySpecsEgressToPorts#ports
        '''
        result = self._values.get("ports")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecsEgressToPortsPorts"]], result)

    @builtins.property
    def rules(self) -> typing.Optional["CiliumNetworkPolicySpecsEgressToPortsRules"]:
        '''Rules is a list of additional port level rules which must be met in order for the PortRule to allow the traffic.

        If omitted or empty,
        no layer 7 rules are enforced.

        :schema: CiliumNetworkPolicySpecsEgressToPorts#rules
        '''
        result = self._values.get("rules")
        return typing.cast(typing.Optional["CiliumNetworkPolicySpecsEgressToPortsRules"], result)

    @builtins.property
    def server_names(self) -> typing.Optional[typing.List[builtins.str]]:
        '''ServerNames is a list of allowed TLS SNI values.

        If not empty, then
        TLS must be present and one of the provided SNIs must be indicated in the
        TLS handshake.

        :schema: CiliumNetworkPolicySpecsEgressToPorts#serverNames
        '''
        result = self._values.get("server_names")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def terminating_tls(
        self,
    ) -> typing.Optional["CiliumNetworkPolicySpecsEgressToPortsTerminatingTls"]:
        '''TerminatingTLS is the TLS context for the connection terminated by the L7 proxy.

        For egress policy this specifies the server-side TLS
        parameters to be applied on the connections originated from the local
        endpoint and terminated by the L7 proxy. For ingress policy this specifies
        the server-side TLS parameters to be applied on the connections
        originated from a remote source and terminated by the L7 proxy.

        :schema: CiliumNetworkPolicySpecsEgressToPorts#terminatingTLS
        '''
        result = self._values.get("terminating_tls")
        return typing.cast(typing.Optional["CiliumNetworkPolicySpecsEgressToPortsTerminatingTls"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsEgressToPorts(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressToPortsListener",
    jsii_struct_bases=[],
    name_mapping={
        "envoy_config": "envoyConfig",
        "name": "name",
        "priority": "priority",
    },
)
class CiliumNetworkPolicySpecsEgressToPortsListener:
    def __init__(
        self,
        *,
        envoy_config: typing.Union["CiliumNetworkPolicySpecsEgressToPortsListenerEnvoyConfig", typing.Dict[builtins.str, typing.Any]],
        name: builtins.str,
        priority: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''listener specifies the name of a custom Envoy listener to which this traffic should be redirected to.

        :param envoy_config: EnvoyConfig is a reference to the CEC or CCEC resource in which the listener is defined.
        :param name: Name is the name of the listener.
        :param priority: Priority for this Listener that is used when multiple rules would apply different listeners to a policy map entry. Behavior of this is implementation dependent.

        :schema: CiliumNetworkPolicySpecsEgressToPortsListener
        '''
        if isinstance(envoy_config, dict):
            envoy_config = CiliumNetworkPolicySpecsEgressToPortsListenerEnvoyConfig(**envoy_config)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1d2cd4f55685f20f135b3793548ed45a9643a841871f4b6f648f18f6f4c698d2)
            check_type(argname="argument envoy_config", value=envoy_config, expected_type=type_hints["envoy_config"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument priority", value=priority, expected_type=type_hints["priority"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "envoy_config": envoy_config,
            "name": name,
        }
        if priority is not None:
            self._values["priority"] = priority

    @builtins.property
    def envoy_config(
        self,
    ) -> "CiliumNetworkPolicySpecsEgressToPortsListenerEnvoyConfig":
        '''EnvoyConfig is a reference to the CEC or CCEC resource in which the listener is defined.

        :schema: CiliumNetworkPolicySpecsEgressToPortsListener#envoyConfig
        '''
        result = self._values.get("envoy_config")
        assert result is not None, "Required property 'envoy_config' is missing"
        return typing.cast("CiliumNetworkPolicySpecsEgressToPortsListenerEnvoyConfig", result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of the listener.

        :schema: CiliumNetworkPolicySpecsEgressToPortsListener#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def priority(self) -> typing.Optional[jsii.Number]:
        '''Priority for this Listener that is used when multiple rules would apply different listeners to a policy map entry.

        Behavior of this is implementation dependent.

        :schema: CiliumNetworkPolicySpecsEgressToPortsListener#priority
        '''
        result = self._values.get("priority")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsEgressToPortsListener(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressToPortsListenerEnvoyConfig",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "kind": "kind"},
)
class CiliumNetworkPolicySpecsEgressToPortsListenerEnvoyConfig:
    def __init__(
        self,
        *,
        name: builtins.str,
        kind: typing.Optional["CiliumNetworkPolicySpecsEgressToPortsListenerEnvoyConfigKind"] = None,
    ) -> None:
        '''EnvoyConfig is a reference to the CEC or CCEC resource in which the listener is defined.

        :param name: Name is the resource name of the CiliumEnvoyConfig or CiliumClusterwideEnvoyConfig where the listener is defined in.
        :param kind: Kind is the resource type being referred to. Defaults to CiliumEnvoyConfig or CiliumClusterwideEnvoyConfig for CiliumNetworkPolicy and CiliumClusterwideNetworkPolicy, respectively. The only case this is currently explicitly needed is when referring to a CiliumClusterwideEnvoyConfig from CiliumNetworkPolicy, as using a namespaced listener from a cluster scoped policy is not allowed. Default: CiliumEnvoyConfig or

        :schema: CiliumNetworkPolicySpecsEgressToPortsListenerEnvoyConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8d792261ac7f58eac30e75f75c43d495eb1a42d80498932614523f3d06479602)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if kind is not None:
            self._values["kind"] = kind

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the resource name of the CiliumEnvoyConfig or CiliumClusterwideEnvoyConfig where the listener is defined in.

        :schema: CiliumNetworkPolicySpecsEgressToPortsListenerEnvoyConfig#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def kind(
        self,
    ) -> typing.Optional["CiliumNetworkPolicySpecsEgressToPortsListenerEnvoyConfigKind"]:
        '''Kind is the resource type being referred to.

        Defaults to CiliumEnvoyConfig or
        CiliumClusterwideEnvoyConfig for CiliumNetworkPolicy and CiliumClusterwideNetworkPolicy,
        respectively. The only case this is currently explicitly needed is when referring to a
        CiliumClusterwideEnvoyConfig from CiliumNetworkPolicy, as using a namespaced listener
        from a cluster scoped policy is not allowed.

        :default: CiliumEnvoyConfig or

        :schema: CiliumNetworkPolicySpecsEgressToPortsListenerEnvoyConfig#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional["CiliumNetworkPolicySpecsEgressToPortsListenerEnvoyConfigKind"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsEgressToPortsListenerEnvoyConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressToPortsListenerEnvoyConfigKind"
)
class CiliumNetworkPolicySpecsEgressToPortsListenerEnvoyConfigKind(enum.Enum):
    '''Kind is the resource type being referred to.

    Defaults to CiliumEnvoyConfig or
    CiliumClusterwideEnvoyConfig for CiliumNetworkPolicy and CiliumClusterwideNetworkPolicy,
    respectively. The only case this is currently explicitly needed is when referring to a
    CiliumClusterwideEnvoyConfig from CiliumNetworkPolicy, as using a namespaced listener
    from a cluster scoped policy is not allowed.

    :default: CiliumEnvoyConfig or

    :schema: CiliumNetworkPolicySpecsEgressToPortsListenerEnvoyConfigKind
    '''

    CILIUM_ENVOY_CONFIG = "CILIUM_ENVOY_CONFIG"
    '''CiliumEnvoyConfig.'''
    CILIUM_CLUSTERWIDE_ENVOY_CONFIG = "CILIUM_CLUSTERWIDE_ENVOY_CONFIG"
    '''CiliumClusterwideEnvoyConfig.'''


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressToPortsOriginatingTls",
    jsii_struct_bases=[],
    name_mapping={
        "secret": "secret",
        "certificate": "certificate",
        "private_key": "privateKey",
        "trusted_ca": "trustedCa",
    },
)
class CiliumNetworkPolicySpecsEgressToPortsOriginatingTls:
    def __init__(
        self,
        *,
        secret: typing.Union["CiliumNetworkPolicySpecsEgressToPortsOriginatingTlsSecret", typing.Dict[builtins.str, typing.Any]],
        certificate: typing.Optional[builtins.str] = None,
        private_key: typing.Optional[builtins.str] = None,
        trusted_ca: typing.Optional[builtins.str] = None,
    ) -> None:
        '''OriginatingTLS is the TLS context for the connections originated by the L7 proxy.

        For egress policy this specifies the client-side TLS
        parameters for the upstream connection originating from the L7 proxy
        to the remote destination. For ingress policy this specifies the
        client-side TLS parameters for the connection from the L7 proxy to
        the local endpoint.

        :param secret: Secret is the secret that contains the certificates and private key for the TLS context. By default, Cilium will search in this secret for the following items: - 'ca.crt' - Which represents the trusted CA to verify remote source. - 'tls.crt' - Which represents the public key certificate. - 'tls.key' - Which represents the private key matching the public key certificate.
        :param certificate: Certificate is the file name or k8s secret item name for the certificate chain. If omitted, 'tls.crt' is assumed, if it exists. If given, the item must exist.
        :param private_key: PrivateKey is the file name or k8s secret item name for the private key matching the certificate chain. If omitted, 'tls.key' is assumed, if it exists. If given, the item must exist.
        :param trusted_ca: TrustedCA is the file name or k8s secret item name for the trusted CA. If omitted, 'ca.crt' is assumed, if it exists. If given, the item must exist.

        :schema: CiliumNetworkPolicySpecsEgressToPortsOriginatingTls
        '''
        if isinstance(secret, dict):
            secret = CiliumNetworkPolicySpecsEgressToPortsOriginatingTlsSecret(**secret)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__df0886bbd25c8f6ca4fd970184960edb30f448c2c6c03704609b8d9448e2d899)
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
            check_type(argname="argument certificate", value=certificate, expected_type=type_hints["certificate"])
            check_type(argname="argument private_key", value=private_key, expected_type=type_hints["private_key"])
            check_type(argname="argument trusted_ca", value=trusted_ca, expected_type=type_hints["trusted_ca"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "secret": secret,
        }
        if certificate is not None:
            self._values["certificate"] = certificate
        if private_key is not None:
            self._values["private_key"] = private_key
        if trusted_ca is not None:
            self._values["trusted_ca"] = trusted_ca

    @builtins.property
    def secret(self) -> "CiliumNetworkPolicySpecsEgressToPortsOriginatingTlsSecret":
        '''Secret is the secret that contains the certificates and private key for the TLS context.

        By default, Cilium will search in this secret for the following items:

        - 'ca.crt'  - Which represents the trusted CA to verify remote source.
        - 'tls.crt' - Which represents the public key certificate.
        - 'tls.key' - Which represents the private key matching the public key
          certificate.

        :schema: CiliumNetworkPolicySpecsEgressToPortsOriginatingTls#secret
        '''
        result = self._values.get("secret")
        assert result is not None, "Required property 'secret' is missing"
        return typing.cast("CiliumNetworkPolicySpecsEgressToPortsOriginatingTlsSecret", result)

    @builtins.property
    def certificate(self) -> typing.Optional[builtins.str]:
        '''Certificate is the file name or k8s secret item name for the certificate chain.

        If omitted, 'tls.crt' is assumed, if it exists. If given, the
        item must exist.

        :schema: CiliumNetworkPolicySpecsEgressToPortsOriginatingTls#certificate
        '''
        result = self._values.get("certificate")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def private_key(self) -> typing.Optional[builtins.str]:
        '''PrivateKey is the file name or k8s secret item name for the private key matching the certificate chain.

        If omitted, 'tls.key' is assumed, if it
        exists. If given, the item must exist.

        :schema: CiliumNetworkPolicySpecsEgressToPortsOriginatingTls#privateKey
        '''
        result = self._values.get("private_key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def trusted_ca(self) -> typing.Optional[builtins.str]:
        '''TrustedCA is the file name or k8s secret item name for the trusted CA.

        If omitted, 'ca.crt' is assumed, if it exists. If given, the item must
        exist.

        :schema: CiliumNetworkPolicySpecsEgressToPortsOriginatingTls#trustedCA
        '''
        result = self._values.get("trusted_ca")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsEgressToPortsOriginatingTls(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressToPortsOriginatingTlsSecret",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "namespace": "namespace"},
)
class CiliumNetworkPolicySpecsEgressToPortsOriginatingTlsSecret:
    def __init__(
        self,
        *,
        name: builtins.str,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Secret is the secret that contains the certificates and private key for the TLS context.

        By default, Cilium will search in this secret for the following items:

        - 'ca.crt'  - Which represents the trusted CA to verify remote source.
        - 'tls.crt' - Which represents the public key certificate.
        - 'tls.key' - Which represents the private key matching the public key
          certificate.

        :param name: Name is the name of the secret.
        :param namespace: Namespace is the namespace in which the secret exists. Context of use determines the default value if left out (e.g., "default").

        :schema: CiliumNetworkPolicySpecsEgressToPortsOriginatingTlsSecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a395c61e0558f7158f842b4d51bbb3e350352e5807df74bf11f06b8673d98216)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of the secret.

        :schema: CiliumNetworkPolicySpecsEgressToPortsOriginatingTlsSecret#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace is the namespace in which the secret exists.

        Context of use
        determines the default value if left out (e.g., "default").

        :schema: CiliumNetworkPolicySpecsEgressToPortsOriginatingTlsSecret#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsEgressToPortsOriginatingTlsSecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressToPortsPorts",
    jsii_struct_bases=[],
    name_mapping={"port": "port", "end_port": "endPort", "protocol": "protocol"},
)
class CiliumNetworkPolicySpecsEgressToPortsPorts:
    def __init__(
        self,
        *,
        port: builtins.str,
        end_port: typing.Optional[jsii.Number] = None,
        protocol: typing.Optional["CiliumNetworkPolicySpecsEgressToPortsPortsProtocol"] = None,
    ) -> None:
        '''PortProtocol specifies an L4 port with an optional transport protocol.

        :param port: Port can be an L4 port number, or a name in the form of "http" or "http-8080".
        :param end_port: EndPort can only be an L4 port number.
        :param protocol: Protocol is the L4 protocol. If omitted or empty, any protocol matches. Accepted values: "TCP", "UDP", "SCTP", "ANY". Matching on ICMP is not supported. Named port specified for a container may narrow this down, but may not contradict this.

        :schema: CiliumNetworkPolicySpecsEgressToPortsPorts
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2d5036e8482f1916597b6f7eff2252e2c8557393eb90cb15a0affad59ddde69a)
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument end_port", value=end_port, expected_type=type_hints["end_port"])
            check_type(argname="argument protocol", value=protocol, expected_type=type_hints["protocol"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "port": port,
        }
        if end_port is not None:
            self._values["end_port"] = end_port
        if protocol is not None:
            self._values["protocol"] = protocol

    @builtins.property
    def port(self) -> builtins.str:
        '''Port can be an L4 port number, or a name in the form of "http" or "http-8080".

        :schema: CiliumNetworkPolicySpecsEgressToPortsPorts#port
        '''
        result = self._values.get("port")
        assert result is not None, "Required property 'port' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def end_port(self) -> typing.Optional[jsii.Number]:
        '''EndPort can only be an L4 port number.

        :schema: CiliumNetworkPolicySpecsEgressToPortsPorts#endPort
        '''
        result = self._values.get("end_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def protocol(
        self,
    ) -> typing.Optional["CiliumNetworkPolicySpecsEgressToPortsPortsProtocol"]:
        '''Protocol is the L4 protocol. If omitted or empty, any protocol matches. Accepted values: "TCP", "UDP", "SCTP", "ANY".

        Matching on ICMP is not supported.

        Named port specified for a container may narrow this down, but may not
        contradict this.

        :schema: CiliumNetworkPolicySpecsEgressToPortsPorts#protocol
        '''
        result = self._values.get("protocol")
        return typing.cast(typing.Optional["CiliumNetworkPolicySpecsEgressToPortsPortsProtocol"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsEgressToPortsPorts(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressToPortsPortsProtocol"
)
class CiliumNetworkPolicySpecsEgressToPortsPortsProtocol(enum.Enum):
    '''Protocol is the L4 protocol. If omitted or empty, any protocol matches. Accepted values: "TCP", "UDP", "SCTP", "ANY".

    Matching on ICMP is not supported.

    Named port specified for a container may narrow this down, but may not
    contradict this.

    :schema: CiliumNetworkPolicySpecsEgressToPortsPortsProtocol
    '''

    TCP = "TCP"
    '''TCP.'''
    UDP = "UDP"
    '''UDP.'''
    SCTP = "SCTP"
    '''SCTP.'''
    ANY = "ANY"
    '''ANY.'''


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressToPortsRules",
    jsii_struct_bases=[],
    name_mapping={
        "dns": "dns",
        "http": "http",
        "kafka": "kafka",
        "l7": "l7",
        "l7_proto": "l7Proto",
    },
)
class CiliumNetworkPolicySpecsEgressToPortsRules:
    def __init__(
        self,
        *,
        dns: typing.Optional[typing.Sequence[typing.Union["CiliumNetworkPolicySpecsEgressToPortsRulesDns", typing.Dict[builtins.str, typing.Any]]]] = None,
        http: typing.Optional[typing.Sequence[typing.Union["CiliumNetworkPolicySpecsEgressToPortsRulesHttp", typing.Dict[builtins.str, typing.Any]]]] = None,
        kafka: typing.Optional[typing.Sequence[typing.Union["CiliumNetworkPolicySpecsEgressToPortsRulesKafka", typing.Dict[builtins.str, typing.Any]]]] = None,
        l7: typing.Optional[typing.Sequence[typing.Mapping[builtins.str, builtins.str]]] = None,
        l7_proto: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Rules is a list of additional port level rules which must be met in order for the PortRule to allow the traffic.

        If omitted or empty,
        no layer 7 rules are enforced.

        :param dns: DNS-specific rules.
        :param http: HTTP specific rules.
        :param kafka: Kafka-specific rules.
        :param l7: Key-value pair rules.
        :param l7_proto: Name of the L7 protocol for which the Key-value pair rules apply.

        :schema: CiliumNetworkPolicySpecsEgressToPortsRules
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1f8fc4a409ee2eff0ea95aeaca30577359b4de5fdefef2c43ccde2df50de3940)
            check_type(argname="argument dns", value=dns, expected_type=type_hints["dns"])
            check_type(argname="argument http", value=http, expected_type=type_hints["http"])
            check_type(argname="argument kafka", value=kafka, expected_type=type_hints["kafka"])
            check_type(argname="argument l7", value=l7, expected_type=type_hints["l7"])
            check_type(argname="argument l7_proto", value=l7_proto, expected_type=type_hints["l7_proto"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if dns is not None:
            self._values["dns"] = dns
        if http is not None:
            self._values["http"] = http
        if kafka is not None:
            self._values["kafka"] = kafka
        if l7 is not None:
            self._values["l7"] = l7
        if l7_proto is not None:
            self._values["l7_proto"] = l7_proto

    @builtins.property
    def dns(
        self,
    ) -> typing.Optional[typing.List["CiliumNetworkPolicySpecsEgressToPortsRulesDns"]]:
        '''DNS-specific rules.

        :schema: CiliumNetworkPolicySpecsEgressToPortsRules#dns
        '''
        result = self._values.get("dns")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecsEgressToPortsRulesDns"]], result)

    @builtins.property
    def http(
        self,
    ) -> typing.Optional[typing.List["CiliumNetworkPolicySpecsEgressToPortsRulesHttp"]]:
        '''HTTP specific rules.

        :schema: CiliumNetworkPolicySpecsEgressToPortsRules#http
        '''
        result = self._values.get("http")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecsEgressToPortsRulesHttp"]], result)

    @builtins.property
    def kafka(
        self,
    ) -> typing.Optional[typing.List["CiliumNetworkPolicySpecsEgressToPortsRulesKafka"]]:
        '''Kafka-specific rules.

        :schema: CiliumNetworkPolicySpecsEgressToPortsRules#kafka
        '''
        result = self._values.get("kafka")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecsEgressToPortsRulesKafka"]], result)

    @builtins.property
    def l7(
        self,
    ) -> typing.Optional[typing.List[typing.Mapping[builtins.str, builtins.str]]]:
        '''Key-value pair rules.

        :schema: CiliumNetworkPolicySpecsEgressToPortsRules#l7
        '''
        result = self._values.get("l7")
        return typing.cast(typing.Optional[typing.List[typing.Mapping[builtins.str, builtins.str]]], result)

    @builtins.property
    def l7_proto(self) -> typing.Optional[builtins.str]:
        '''Name of the L7 protocol for which the Key-value pair rules apply.

        :schema: CiliumNetworkPolicySpecsEgressToPortsRules#l7proto
        '''
        result = self._values.get("l7_proto")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsEgressToPortsRules(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressToPortsRulesDns",
    jsii_struct_bases=[],
    name_mapping={"match_name": "matchName", "match_pattern": "matchPattern"},
)
class CiliumNetworkPolicySpecsEgressToPortsRulesDns:
    def __init__(
        self,
        *,
        match_name: typing.Optional[builtins.str] = None,
        match_pattern: typing.Optional[builtins.str] = None,
    ) -> None:
        '''PortRuleDNS is a list of allowed DNS lookups.

        :param match_name: MatchName matches literal DNS names. A trailing "." is automatically added when missing.
        :param match_pattern: MatchPattern allows using wildcards to match DNS names. All wildcards are case insensitive. The wildcards are: - "*" matches 0 or more DNS valid characters, and may occur anywhere in the pattern. As a special case a "*" as the leftmost character, without a following "." matches all subdomains as well as the name to the right. A trailing "." is automatically added when missing. Examples: ``*.cilium.io`` matches subdomains of cilium at that level www.cilium.io and blog.cilium.io match, cilium.io and google.com do not ``*cilium.io`` matches cilium.io and all subdomains ends with "cilium.io" except those containing "." separator, subcilium.io and sub-cilium.io match, www.cilium.io and blog.cilium.io does not sub*.cilium.io matches subdomains of cilium where the subdomain component begins with "sub" sub.cilium.io and subdomain.cilium.io match, www.cilium.io, blog.cilium.io, cilium.io and google.com do not

        :schema: CiliumNetworkPolicySpecsEgressToPortsRulesDns
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__83efd41383486d823b8b60e8a2553fd74732f61628ed32e940a2ffabcb6b84b2)
            check_type(argname="argument match_name", value=match_name, expected_type=type_hints["match_name"])
            check_type(argname="argument match_pattern", value=match_pattern, expected_type=type_hints["match_pattern"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_name is not None:
            self._values["match_name"] = match_name
        if match_pattern is not None:
            self._values["match_pattern"] = match_pattern

    @builtins.property
    def match_name(self) -> typing.Optional[builtins.str]:
        '''MatchName matches literal DNS names.

        A trailing "." is automatically added
        when missing.

        :schema: CiliumNetworkPolicySpecsEgressToPortsRulesDns#matchName
        '''
        result = self._values.get("match_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def match_pattern(self) -> typing.Optional[builtins.str]:
        '''MatchPattern allows using wildcards to match DNS names.

        All wildcards are
        case insensitive. The wildcards are:

        - "*" matches 0 or more DNS valid characters, and may occur anywhere in
          the pattern. As a special case a "*" as the leftmost character, without a
          following "." matches all subdomains as well as the name to the right.
          A trailing "." is automatically added when missing.

        Examples:
        ``*.cilium.io`` matches subdomains of cilium at that level
        www.cilium.io and blog.cilium.io match, cilium.io and google.com do not
        ``*cilium.io`` matches cilium.io and all subdomains ends with "cilium.io"
        except those containing "." separator, subcilium.io and sub-cilium.io match,
        www.cilium.io and blog.cilium.io does not
        sub*.cilium.io matches subdomains of cilium where the subdomain component
        begins with "sub"
        sub.cilium.io and subdomain.cilium.io match, www.cilium.io,
        blog.cilium.io, cilium.io and google.com do not

        :schema: CiliumNetworkPolicySpecsEgressToPortsRulesDns#matchPattern
        '''
        result = self._values.get("match_pattern")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsEgressToPortsRulesDns(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressToPortsRulesHttp",
    jsii_struct_bases=[],
    name_mapping={
        "header_matches": "headerMatches",
        "headers": "headers",
        "host": "host",
        "method": "method",
        "path": "path",
    },
)
class CiliumNetworkPolicySpecsEgressToPortsRulesHttp:
    def __init__(
        self,
        *,
        header_matches: typing.Optional[typing.Sequence[typing.Union["CiliumNetworkPolicySpecsEgressToPortsRulesHttpHeaderMatches", typing.Dict[builtins.str, typing.Any]]]] = None,
        headers: typing.Optional[typing.Sequence[builtins.str]] = None,
        host: typing.Optional[builtins.str] = None,
        method: typing.Optional[builtins.str] = None,
        path: typing.Optional[builtins.str] = None,
    ) -> None:
        '''PortRuleHTTP is a list of HTTP protocol constraints.

        All fields are
        optional, if all fields are empty or missing, the rule does not have any
        effect.

        All fields of this type are extended POSIX regex as defined by IEEE Std
        1003.1, (i.e this follows the egrep/unix syntax, not the perl syntax)
        matched against the path of an incoming request. Currently it can contain
        characters disallowed from the conventional "path" part of a URL as defined
        by RFC 3986.

        :param header_matches: HeaderMatches is a list of HTTP headers which must be present and match against the given values. Mismatch field can be used to specify what to do when there is no match.
        :param headers: Headers is a list of HTTP headers which must be present in the request. If omitted or empty, requests are allowed regardless of headers present.
        :param host: Host is an extended POSIX regex matched against the host header of a request. Examples:. - foo.bar.com will match the host fooXbar.com or foo-bar.com - foo.bar.com will only match the host foo.bar.com If omitted or empty, the value of the host header is ignored.
        :param method: Method is an extended POSIX regex matched against the method of a request, e.g. "GET", "POST", "PUT", "PATCH", "DELETE", ... If omitted or empty, all methods are allowed.
        :param path: Path is an extended POSIX regex matched against the path of a request. Currently it can contain characters disallowed from the conventional "path" part of a URL as defined by RFC 3986. If omitted or empty, all paths are all allowed.

        :schema: CiliumNetworkPolicySpecsEgressToPortsRulesHttp
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__86cce248c9d91016ef8f9cc50b94a150ae1a9bdc108eead89edcd7be6a384a23)
            check_type(argname="argument header_matches", value=header_matches, expected_type=type_hints["header_matches"])
            check_type(argname="argument headers", value=headers, expected_type=type_hints["headers"])
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
            check_type(argname="argument method", value=method, expected_type=type_hints["method"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if header_matches is not None:
            self._values["header_matches"] = header_matches
        if headers is not None:
            self._values["headers"] = headers
        if host is not None:
            self._values["host"] = host
        if method is not None:
            self._values["method"] = method
        if path is not None:
            self._values["path"] = path

    @builtins.property
    def header_matches(
        self,
    ) -> typing.Optional[typing.List["CiliumNetworkPolicySpecsEgressToPortsRulesHttpHeaderMatches"]]:
        '''HeaderMatches is a list of HTTP headers which must be present and match against the given values.

        Mismatch field can be used
        to specify what to do when there is no match.

        :schema: CiliumNetworkPolicySpecsEgressToPortsRulesHttp#headerMatches
        '''
        result = self._values.get("header_matches")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecsEgressToPortsRulesHttpHeaderMatches"]], result)

    @builtins.property
    def headers(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Headers is a list of HTTP headers which must be present in the request.

        If omitted or empty, requests are allowed regardless of
        headers present.

        :schema: CiliumNetworkPolicySpecsEgressToPortsRulesHttp#headers
        '''
        result = self._values.get("headers")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def host(self) -> typing.Optional[builtins.str]:
        '''Host is an extended POSIX regex matched against the host header of a request. Examples:.

        - foo.bar.com will match the host fooXbar.com or foo-bar.com
        - foo.bar.com will only match the host foo.bar.com

        If omitted or empty, the value of the host header is ignored.

        :schema: CiliumNetworkPolicySpecsEgressToPortsRulesHttp#host
        '''
        result = self._values.get("host")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def method(self) -> typing.Optional[builtins.str]:
        '''Method is an extended POSIX regex matched against the method of a request, e.g. "GET", "POST", "PUT", "PATCH", "DELETE", ...

        If omitted or empty, all methods are allowed.

        :schema: CiliumNetworkPolicySpecsEgressToPortsRulesHttp#method
        '''
        result = self._values.get("method")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''Path is an extended POSIX regex matched against the path of a request.

        Currently it can contain characters disallowed from the
        conventional "path" part of a URL as defined by RFC 3986.

        If omitted or empty, all paths are all allowed.

        :schema: CiliumNetworkPolicySpecsEgressToPortsRulesHttp#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsEgressToPortsRulesHttp(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressToPortsRulesHttpHeaderMatches",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "mismatch": "mismatch",
        "secret": "secret",
        "value": "value",
    },
)
class CiliumNetworkPolicySpecsEgressToPortsRulesHttpHeaderMatches:
    def __init__(
        self,
        *,
        name: builtins.str,
        mismatch: typing.Optional["CiliumNetworkPolicySpecsEgressToPortsRulesHttpHeaderMatchesMismatch"] = None,
        secret: typing.Optional[typing.Union["CiliumNetworkPolicySpecsEgressToPortsRulesHttpHeaderMatchesSecret", typing.Dict[builtins.str, typing.Any]]] = None,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''HeaderMatch extends the HeaderValue for matching requirement of a named header field against an immediate string or a secret value.

        If none of the optional fields is present, then the
        header value is not matched, only presence of the header is enough.

        :param name: Name identifies the header.
        :param mismatch: Mismatch identifies what to do in case there is no match. The default is to drop the request. Otherwise the overall rule is still considered as matching, but the mismatches are logged in the access log.
        :param secret: Secret refers to a secret that contains the value to be matched against. The secret must only contain one entry. If the referred secret does not exist, and there is no "Value" specified, the match will fail.
        :param value: Value matches the exact value of the header. Can be specified either alone or together with "Secret"; will be used as the header value if the secret can not be found in the latter case.

        :schema: CiliumNetworkPolicySpecsEgressToPortsRulesHttpHeaderMatches
        '''
        if isinstance(secret, dict):
            secret = CiliumNetworkPolicySpecsEgressToPortsRulesHttpHeaderMatchesSecret(**secret)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9b5d2e6f317abbf4af9c87380a0d71f21d70ba0b7117d2d28f9142717747d75b)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument mismatch", value=mismatch, expected_type=type_hints["mismatch"])
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if mismatch is not None:
            self._values["mismatch"] = mismatch
        if secret is not None:
            self._values["secret"] = secret
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def name(self) -> builtins.str:
        '''Name identifies the header.

        :schema: CiliumNetworkPolicySpecsEgressToPortsRulesHttpHeaderMatches#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def mismatch(
        self,
    ) -> typing.Optional["CiliumNetworkPolicySpecsEgressToPortsRulesHttpHeaderMatchesMismatch"]:
        '''Mismatch identifies what to do in case there is no match.

        The default is
        to drop the request. Otherwise the overall rule is still considered as
        matching, but the mismatches are logged in the access log.

        :schema: CiliumNetworkPolicySpecsEgressToPortsRulesHttpHeaderMatches#mismatch
        '''
        result = self._values.get("mismatch")
        return typing.cast(typing.Optional["CiliumNetworkPolicySpecsEgressToPortsRulesHttpHeaderMatchesMismatch"], result)

    @builtins.property
    def secret(
        self,
    ) -> typing.Optional["CiliumNetworkPolicySpecsEgressToPortsRulesHttpHeaderMatchesSecret"]:
        '''Secret refers to a secret that contains the value to be matched against.

        The secret must only contain one entry. If the referred secret does not
        exist, and there is no "Value" specified, the match will fail.

        :schema: CiliumNetworkPolicySpecsEgressToPortsRulesHttpHeaderMatches#secret
        '''
        result = self._values.get("secret")
        return typing.cast(typing.Optional["CiliumNetworkPolicySpecsEgressToPortsRulesHttpHeaderMatchesSecret"], result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''Value matches the exact value of the header.

        Can be specified either
        alone or together with "Secret"; will be used as the header value if the
        secret can not be found in the latter case.

        :schema: CiliumNetworkPolicySpecsEgressToPortsRulesHttpHeaderMatches#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsEgressToPortsRulesHttpHeaderMatches(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressToPortsRulesHttpHeaderMatchesMismatch"
)
class CiliumNetworkPolicySpecsEgressToPortsRulesHttpHeaderMatchesMismatch(enum.Enum):
    '''Mismatch identifies what to do in case there is no match.

    The default is
    to drop the request. Otherwise the overall rule is still considered as
    matching, but the mismatches are logged in the access log.

    :schema: CiliumNetworkPolicySpecsEgressToPortsRulesHttpHeaderMatchesMismatch
    '''

    LOG = "LOG"
    '''LOG.'''
    ADD = "ADD"
    '''ADD.'''
    DELETE = "DELETE"
    '''DELETE.'''
    REPLACE = "REPLACE"
    '''REPLACE.'''


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressToPortsRulesHttpHeaderMatchesSecret",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "namespace": "namespace"},
)
class CiliumNetworkPolicySpecsEgressToPortsRulesHttpHeaderMatchesSecret:
    def __init__(
        self,
        *,
        name: builtins.str,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Secret refers to a secret that contains the value to be matched against.

        The secret must only contain one entry. If the referred secret does not
        exist, and there is no "Value" specified, the match will fail.

        :param name: Name is the name of the secret.
        :param namespace: Namespace is the namespace in which the secret exists. Context of use determines the default value if left out (e.g., "default").

        :schema: CiliumNetworkPolicySpecsEgressToPortsRulesHttpHeaderMatchesSecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8ab63a48bfb3829b927bb43b707a7f11305c564266920ba8ac01c3cfdbde1c69)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of the secret.

        :schema: CiliumNetworkPolicySpecsEgressToPortsRulesHttpHeaderMatchesSecret#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace is the namespace in which the secret exists.

        Context of use
        determines the default value if left out (e.g., "default").

        :schema: CiliumNetworkPolicySpecsEgressToPortsRulesHttpHeaderMatchesSecret#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsEgressToPortsRulesHttpHeaderMatchesSecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressToPortsRulesKafka",
    jsii_struct_bases=[],
    name_mapping={
        "api_key": "apiKey",
        "api_version": "apiVersion",
        "client_id": "clientId",
        "role": "role",
        "topic": "topic",
    },
)
class CiliumNetworkPolicySpecsEgressToPortsRulesKafka:
    def __init__(
        self,
        *,
        api_key: typing.Optional[builtins.str] = None,
        api_version: typing.Optional[builtins.str] = None,
        client_id: typing.Optional[builtins.str] = None,
        role: typing.Optional["CiliumNetworkPolicySpecsEgressToPortsRulesKafkaRole"] = None,
        topic: typing.Optional[builtins.str] = None,
    ) -> None:
        '''PortRule is a list of Kafka protocol constraints.

        All fields are
        optional, if all fields are empty or missing, the rule will match all
        Kafka messages.

        :param api_key: APIKey is a case-insensitive string matched against the key of a request, e.g. "produce", "fetch", "createtopic", "deletetopic", et al Reference: https://kafka.apache.org/protocol#protocol_api_keys. If omitted or empty, and if Role is not specified, then all keys are allowed.
        :param api_version: APIVersion is the version matched against the api version of the Kafka message. If set, it has to be a string representing a positive integer. If omitted or empty, all versions are allowed.
        :param client_id: ClientID is the client identifier as provided in the request. From Kafka protocol documentation: This is a user supplied identifier for the client application. The user can use any identifier they like and it will be used when logging errors, monitoring aggregates, etc. For example, one might want to monitor not just the requests per second overall, but the number coming from each client application (each of which could reside on multiple servers). This id acts as a logical grouping across all requests from a particular client. If omitted or empty, all client identifiers are allowed.
        :param role: Role is a case-insensitive string and describes a group of API keys necessary to perform certain higher-level Kafka operations such as "produce" or "consume". A Role automatically expands into all APIKeys required to perform the specified higher-level operation. The following values are supported: - "produce": Allow producing to the topics specified in the rule - "consume": Allow consuming from the topics specified in the rule This field is incompatible with the APIKey field, i.e APIKey and Role cannot both be specified in the same rule. If omitted or empty, and if APIKey is not specified, then all keys are allowed.
        :param topic: Topic is the topic name contained in the message. If a Kafka request contains multiple topics, then all topics must be allowed or the message will be rejected. This constraint is ignored if the matched request message type doesn't contain any topic. Maximum size of Topic can be 249 characters as per recent Kafka spec and allowed characters are a-z, A-Z, 0-9, -, . and _. Older Kafka versions had longer topic lengths of 255, but in Kafka 0.10 version the length was changed from 255 to 249. For compatibility reasons we are using 255. If omitted or empty, all topics are allowed.

        :schema: CiliumNetworkPolicySpecsEgressToPortsRulesKafka
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f3dd20df0036938ef173b2cc63adf94d48ed16932019ae114acbc4c4f250e881)
            check_type(argname="argument api_key", value=api_key, expected_type=type_hints["api_key"])
            check_type(argname="argument api_version", value=api_version, expected_type=type_hints["api_version"])
            check_type(argname="argument client_id", value=client_id, expected_type=type_hints["client_id"])
            check_type(argname="argument role", value=role, expected_type=type_hints["role"])
            check_type(argname="argument topic", value=topic, expected_type=type_hints["topic"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if api_key is not None:
            self._values["api_key"] = api_key
        if api_version is not None:
            self._values["api_version"] = api_version
        if client_id is not None:
            self._values["client_id"] = client_id
        if role is not None:
            self._values["role"] = role
        if topic is not None:
            self._values["topic"] = topic

    @builtins.property
    def api_key(self) -> typing.Optional[builtins.str]:
        '''APIKey is a case-insensitive string matched against the key of a request, e.g. "produce", "fetch", "createtopic", "deletetopic", et al Reference: https://kafka.apache.org/protocol#protocol_api_keys.

        If omitted or empty, and if Role is not specified, then all keys are allowed.

        :schema: CiliumNetworkPolicySpecsEgressToPortsRulesKafka#apiKey
        '''
        result = self._values.get("api_key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def api_version(self) -> typing.Optional[builtins.str]:
        '''APIVersion is the version matched against the api version of the Kafka message.

        If set, it has to be a string representing a positive
        integer.

        If omitted or empty, all versions are allowed.

        :schema: CiliumNetworkPolicySpecsEgressToPortsRulesKafka#apiVersion
        '''
        result = self._values.get("api_version")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def client_id(self) -> typing.Optional[builtins.str]:
        '''ClientID is the client identifier as provided in the request.

        From Kafka protocol documentation:
        This is a user supplied identifier for the client application. The
        user can use any identifier they like and it will be used when
        logging errors, monitoring aggregates, etc. For example, one might
        want to monitor not just the requests per second overall, but the
        number coming from each client application (each of which could
        reside on multiple servers). This id acts as a logical grouping
        across all requests from a particular client.

        If omitted or empty, all client identifiers are allowed.

        :schema: CiliumNetworkPolicySpecsEgressToPortsRulesKafka#clientID
        '''
        result = self._values.get("client_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def role(
        self,
    ) -> typing.Optional["CiliumNetworkPolicySpecsEgressToPortsRulesKafkaRole"]:
        '''Role is a case-insensitive string and describes a group of API keys necessary to perform certain higher-level Kafka operations such as "produce" or "consume".

        A Role automatically expands into all APIKeys required
        to perform the specified higher-level operation.

        The following values are supported:

        - "produce": Allow producing to the topics specified in the rule
        - "consume": Allow consuming from the topics specified in the rule

        This field is incompatible with the APIKey field, i.e APIKey and Role
        cannot both be specified in the same rule.

        If omitted or empty, and if APIKey is not specified, then all keys are
        allowed.

        :schema: CiliumNetworkPolicySpecsEgressToPortsRulesKafka#role
        '''
        result = self._values.get("role")
        return typing.cast(typing.Optional["CiliumNetworkPolicySpecsEgressToPortsRulesKafkaRole"], result)

    @builtins.property
    def topic(self) -> typing.Optional[builtins.str]:
        '''Topic is the topic name contained in the message.

        If a Kafka request
        contains multiple topics, then all topics must be allowed or the
        message will be rejected.

        This constraint is ignored if the matched request message type
        doesn't contain any topic. Maximum size of Topic can be 249
        characters as per recent Kafka spec and allowed characters are
        a-z, A-Z, 0-9, -, . and _.

        Older Kafka versions had longer topic lengths of 255, but in Kafka 0.10
        version the length was changed from 255 to 249. For compatibility
        reasons we are using 255.

        If omitted or empty, all topics are allowed.

        :schema: CiliumNetworkPolicySpecsEgressToPortsRulesKafka#topic
        '''
        result = self._values.get("topic")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsEgressToPortsRulesKafka(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressToPortsRulesKafkaRole"
)
class CiliumNetworkPolicySpecsEgressToPortsRulesKafkaRole(enum.Enum):
    '''Role is a case-insensitive string and describes a group of API keys necessary to perform certain higher-level Kafka operations such as "produce" or "consume".

    A Role automatically expands into all APIKeys required
    to perform the specified higher-level operation.

    The following values are supported:

    - "produce": Allow producing to the topics specified in the rule
    - "consume": Allow consuming from the topics specified in the rule

    This field is incompatible with the APIKey field, i.e APIKey and Role
    cannot both be specified in the same rule.

    If omitted or empty, and if APIKey is not specified, then all keys are
    allowed.

    :schema: CiliumNetworkPolicySpecsEgressToPortsRulesKafkaRole
    '''

    PRODUCE = "PRODUCE"
    '''produce.'''
    CONSUME = "CONSUME"
    '''consume.'''


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressToPortsTerminatingTls",
    jsii_struct_bases=[],
    name_mapping={
        "secret": "secret",
        "certificate": "certificate",
        "private_key": "privateKey",
        "trusted_ca": "trustedCa",
    },
)
class CiliumNetworkPolicySpecsEgressToPortsTerminatingTls:
    def __init__(
        self,
        *,
        secret: typing.Union["CiliumNetworkPolicySpecsEgressToPortsTerminatingTlsSecret", typing.Dict[builtins.str, typing.Any]],
        certificate: typing.Optional[builtins.str] = None,
        private_key: typing.Optional[builtins.str] = None,
        trusted_ca: typing.Optional[builtins.str] = None,
    ) -> None:
        '''TerminatingTLS is the TLS context for the connection terminated by the L7 proxy.

        For egress policy this specifies the server-side TLS
        parameters to be applied on the connections originated from the local
        endpoint and terminated by the L7 proxy. For ingress policy this specifies
        the server-side TLS parameters to be applied on the connections
        originated from a remote source and terminated by the L7 proxy.

        :param secret: Secret is the secret that contains the certificates and private key for the TLS context. By default, Cilium will search in this secret for the following items: - 'ca.crt' - Which represents the trusted CA to verify remote source. - 'tls.crt' - Which represents the public key certificate. - 'tls.key' - Which represents the private key matching the public key certificate.
        :param certificate: Certificate is the file name or k8s secret item name for the certificate chain. If omitted, 'tls.crt' is assumed, if it exists. If given, the item must exist.
        :param private_key: PrivateKey is the file name or k8s secret item name for the private key matching the certificate chain. If omitted, 'tls.key' is assumed, if it exists. If given, the item must exist.
        :param trusted_ca: TrustedCA is the file name or k8s secret item name for the trusted CA. If omitted, 'ca.crt' is assumed, if it exists. If given, the item must exist.

        :schema: CiliumNetworkPolicySpecsEgressToPortsTerminatingTls
        '''
        if isinstance(secret, dict):
            secret = CiliumNetworkPolicySpecsEgressToPortsTerminatingTlsSecret(**secret)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__60506cf85ee80036a672ace8ba7264d74f4b4299dc4f41f7844d1905c094b0c1)
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
            check_type(argname="argument certificate", value=certificate, expected_type=type_hints["certificate"])
            check_type(argname="argument private_key", value=private_key, expected_type=type_hints["private_key"])
            check_type(argname="argument trusted_ca", value=trusted_ca, expected_type=type_hints["trusted_ca"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "secret": secret,
        }
        if certificate is not None:
            self._values["certificate"] = certificate
        if private_key is not None:
            self._values["private_key"] = private_key
        if trusted_ca is not None:
            self._values["trusted_ca"] = trusted_ca

    @builtins.property
    def secret(self) -> "CiliumNetworkPolicySpecsEgressToPortsTerminatingTlsSecret":
        '''Secret is the secret that contains the certificates and private key for the TLS context.

        By default, Cilium will search in this secret for the following items:

        - 'ca.crt'  - Which represents the trusted CA to verify remote source.
        - 'tls.crt' - Which represents the public key certificate.
        - 'tls.key' - Which represents the private key matching the public key
          certificate.

        :schema: CiliumNetworkPolicySpecsEgressToPortsTerminatingTls#secret
        '''
        result = self._values.get("secret")
        assert result is not None, "Required property 'secret' is missing"
        return typing.cast("CiliumNetworkPolicySpecsEgressToPortsTerminatingTlsSecret", result)

    @builtins.property
    def certificate(self) -> typing.Optional[builtins.str]:
        '''Certificate is the file name or k8s secret item name for the certificate chain.

        If omitted, 'tls.crt' is assumed, if it exists. If given, the
        item must exist.

        :schema: CiliumNetworkPolicySpecsEgressToPortsTerminatingTls#certificate
        '''
        result = self._values.get("certificate")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def private_key(self) -> typing.Optional[builtins.str]:
        '''PrivateKey is the file name or k8s secret item name for the private key matching the certificate chain.

        If omitted, 'tls.key' is assumed, if it
        exists. If given, the item must exist.

        :schema: CiliumNetworkPolicySpecsEgressToPortsTerminatingTls#privateKey
        '''
        result = self._values.get("private_key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def trusted_ca(self) -> typing.Optional[builtins.str]:
        '''TrustedCA is the file name or k8s secret item name for the trusted CA.

        If omitted, 'ca.crt' is assumed, if it exists. If given, the item must
        exist.

        :schema: CiliumNetworkPolicySpecsEgressToPortsTerminatingTls#trustedCA
        '''
        result = self._values.get("trusted_ca")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsEgressToPortsTerminatingTls(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressToPortsTerminatingTlsSecret",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "namespace": "namespace"},
)
class CiliumNetworkPolicySpecsEgressToPortsTerminatingTlsSecret:
    def __init__(
        self,
        *,
        name: builtins.str,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Secret is the secret that contains the certificates and private key for the TLS context.

        By default, Cilium will search in this secret for the following items:

        - 'ca.crt'  - Which represents the trusted CA to verify remote source.
        - 'tls.crt' - Which represents the public key certificate.
        - 'tls.key' - Which represents the private key matching the public key
          certificate.

        :param name: Name is the name of the secret.
        :param namespace: Namespace is the namespace in which the secret exists. Context of use determines the default value if left out (e.g., "default").

        :schema: CiliumNetworkPolicySpecsEgressToPortsTerminatingTlsSecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d6d78a1f5b4ddc0cfbef3bbbf2a6ef1ad30e63a1bf0ee1dc7c2a50f4e002bd96)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of the secret.

        :schema: CiliumNetworkPolicySpecsEgressToPortsTerminatingTlsSecret#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace is the namespace in which the secret exists.

        Context of use
        determines the default value if left out (e.g., "default").

        :schema: CiliumNetworkPolicySpecsEgressToPortsTerminatingTlsSecret#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsEgressToPortsTerminatingTlsSecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressToRequires",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class CiliumNetworkPolicySpecsEgressToRequires:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["CiliumNetworkPolicySpecsEgressToRequiresMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''EndpointSelector is a wrapper for k8s LabelSelector.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: CiliumNetworkPolicySpecsEgressToRequires
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1cc1d3405289061c4677649f947bd6ba31fe410886da8a30491a315367d5cf3c)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["CiliumNetworkPolicySpecsEgressToRequiresMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: CiliumNetworkPolicySpecsEgressToRequires#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecsEgressToRequiresMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: CiliumNetworkPolicySpecsEgressToRequires#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsEgressToRequires(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressToRequiresMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class CiliumNetworkPolicySpecsEgressToRequiresMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: "CiliumNetworkPolicySpecsEgressToRequiresMatchExpressionsOperator",
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.

        :param key: key is the label key that the selector applies to.
        :param operator: operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.
        :param values: values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.

        :schema: CiliumNetworkPolicySpecsEgressToRequiresMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f239983b85dc43406469a554e3fa482c5efb1397f1cd099b821b7c9e123b132b)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''key is the label key that the selector applies to.

        :schema: CiliumNetworkPolicySpecsEgressToRequiresMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(
        self,
    ) -> "CiliumNetworkPolicySpecsEgressToRequiresMatchExpressionsOperator":
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: CiliumNetworkPolicySpecsEgressToRequiresMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast("CiliumNetworkPolicySpecsEgressToRequiresMatchExpressionsOperator", result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''values is an array of string values.

        If the operator is In or NotIn,
        the values array must be non-empty. If the operator is Exists or DoesNotExist,
        the values array must be empty. This array is replaced during a strategic
        merge patch.

        :schema: CiliumNetworkPolicySpecsEgressToRequiresMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsEgressToRequiresMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressToRequiresMatchExpressionsOperator"
)
class CiliumNetworkPolicySpecsEgressToRequiresMatchExpressionsOperator(enum.Enum):
    '''operator represents a key's relationship to a set of values.

    Valid operators are In, NotIn, Exists and DoesNotExist.

    :schema: CiliumNetworkPolicySpecsEgressToRequiresMatchExpressionsOperator
    '''

    IN = "IN"
    '''In.'''
    NOT_IN = "NOT_IN"
    '''NotIn.'''
    EXISTS = "EXISTS"
    '''Exists.'''
    DOES_NOT_EXIST = "DOES_NOT_EXIST"
    '''DoesNotExist.'''


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressToServices",
    jsii_struct_bases=[],
    name_mapping={
        "k8_s_service": "k8SService",
        "k8_s_service_selector": "k8SServiceSelector",
    },
)
class CiliumNetworkPolicySpecsEgressToServices:
    def __init__(
        self,
        *,
        k8_s_service: typing.Optional[typing.Union["CiliumNetworkPolicySpecsEgressToServicesK8SService", typing.Dict[builtins.str, typing.Any]]] = None,
        k8_s_service_selector: typing.Optional[typing.Union["CiliumNetworkPolicySpecsEgressToServicesK8SServiceSelector", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Service selects policy targets that are bundled as part of a logical load-balanced service.

        Currently only Kubernetes-based Services are supported.

        :param k8_s_service: K8sService selects service by name and namespace pair.
        :param k8_s_service_selector: K8sServiceSelector selects services by k8s labels and namespace.

        :schema: CiliumNetworkPolicySpecsEgressToServices
        '''
        if isinstance(k8_s_service, dict):
            k8_s_service = CiliumNetworkPolicySpecsEgressToServicesK8SService(**k8_s_service)
        if isinstance(k8_s_service_selector, dict):
            k8_s_service_selector = CiliumNetworkPolicySpecsEgressToServicesK8SServiceSelector(**k8_s_service_selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__de28244066db96e7b0280f42001f8822b5884f41788f91eb242e52dcada45d71)
            check_type(argname="argument k8_s_service", value=k8_s_service, expected_type=type_hints["k8_s_service"])
            check_type(argname="argument k8_s_service_selector", value=k8_s_service_selector, expected_type=type_hints["k8_s_service_selector"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if k8_s_service is not None:
            self._values["k8_s_service"] = k8_s_service
        if k8_s_service_selector is not None:
            self._values["k8_s_service_selector"] = k8_s_service_selector

    @builtins.property
    def k8_s_service(
        self,
    ) -> typing.Optional["CiliumNetworkPolicySpecsEgressToServicesK8SService"]:
        '''K8sService selects service by name and namespace pair.

        :schema: CiliumNetworkPolicySpecsEgressToServices#k8sService
        '''
        result = self._values.get("k8_s_service")
        return typing.cast(typing.Optional["CiliumNetworkPolicySpecsEgressToServicesK8SService"], result)

    @builtins.property
    def k8_s_service_selector(
        self,
    ) -> typing.Optional["CiliumNetworkPolicySpecsEgressToServicesK8SServiceSelector"]:
        '''K8sServiceSelector selects services by k8s labels and namespace.

        :schema: CiliumNetworkPolicySpecsEgressToServices#k8sServiceSelector
        '''
        result = self._values.get("k8_s_service_selector")
        return typing.cast(typing.Optional["CiliumNetworkPolicySpecsEgressToServicesK8SServiceSelector"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsEgressToServices(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressToServicesK8SService",
    jsii_struct_bases=[],
    name_mapping={"namespace": "namespace", "service_name": "serviceName"},
)
class CiliumNetworkPolicySpecsEgressToServicesK8SService:
    def __init__(
        self,
        *,
        namespace: typing.Optional[builtins.str] = None,
        service_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''K8sService selects service by name and namespace pair.

        :param namespace: 
        :param service_name: 

        :schema: CiliumNetworkPolicySpecsEgressToServicesK8SService
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__780cf5a9292601e1c14f2b5b758ffa14962e4d6c1599789e73bfad83dfe2fed0)
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
            check_type(argname="argument service_name", value=service_name, expected_type=type_hints["service_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if namespace is not None:
            self._values["namespace"] = namespace
        if service_name is not None:
            self._values["service_name"] = service_name

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CiliumNetworkPolicySpecsEgressToServicesK8SService#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def service_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CiliumNetworkPolicySpecsEgressToServicesK8SService#serviceName
        '''
        result = self._values.get("service_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsEgressToServicesK8SService(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressToServicesK8SServiceSelector",
    jsii_struct_bases=[],
    name_mapping={"selector": "selector", "namespace": "namespace"},
)
class CiliumNetworkPolicySpecsEgressToServicesK8SServiceSelector:
    def __init__(
        self,
        *,
        selector: typing.Union["CiliumNetworkPolicySpecsEgressToServicesK8SServiceSelectorSelector", typing.Dict[builtins.str, typing.Any]],
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''K8sServiceSelector selects services by k8s labels and namespace.

        :param selector: ServiceSelector is a label selector for k8s services.
        :param namespace: 

        :schema: CiliumNetworkPolicySpecsEgressToServicesK8SServiceSelector
        '''
        if isinstance(selector, dict):
            selector = CiliumNetworkPolicySpecsEgressToServicesK8SServiceSelectorSelector(**selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ceffd70157ddc1cd62cd6137fc56dbf51a0d42d98270022943c2aa177f65bb76)
            check_type(argname="argument selector", value=selector, expected_type=type_hints["selector"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "selector": selector,
        }
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def selector(
        self,
    ) -> "CiliumNetworkPolicySpecsEgressToServicesK8SServiceSelectorSelector":
        '''ServiceSelector is a label selector for k8s services.

        :schema: CiliumNetworkPolicySpecsEgressToServicesK8SServiceSelector#selector
        '''
        result = self._values.get("selector")
        assert result is not None, "Required property 'selector' is missing"
        return typing.cast("CiliumNetworkPolicySpecsEgressToServicesK8SServiceSelectorSelector", result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CiliumNetworkPolicySpecsEgressToServicesK8SServiceSelector#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsEgressToServicesK8SServiceSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressToServicesK8SServiceSelectorSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class CiliumNetworkPolicySpecsEgressToServicesK8SServiceSelectorSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["CiliumNetworkPolicySpecsEgressToServicesK8SServiceSelectorSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''ServiceSelector is a label selector for k8s services.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: CiliumNetworkPolicySpecsEgressToServicesK8SServiceSelectorSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__23f8c7af5bd7abd6e7d1898875f964262b5c81569f41ece66783a1bb335013d6)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["CiliumNetworkPolicySpecsEgressToServicesK8SServiceSelectorSelectorMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: CiliumNetworkPolicySpecsEgressToServicesK8SServiceSelectorSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecsEgressToServicesK8SServiceSelectorSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: CiliumNetworkPolicySpecsEgressToServicesK8SServiceSelectorSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsEgressToServicesK8SServiceSelectorSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressToServicesK8SServiceSelectorSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class CiliumNetworkPolicySpecsEgressToServicesK8SServiceSelectorSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: "CiliumNetworkPolicySpecsEgressToServicesK8SServiceSelectorSelectorMatchExpressionsOperator",
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.

        :param key: key is the label key that the selector applies to.
        :param operator: operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.
        :param values: values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.

        :schema: CiliumNetworkPolicySpecsEgressToServicesK8SServiceSelectorSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c8ebbf537f829e18f489e26ba7080b33c69ee8c63ce2fa93b644cb1813741bd2)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''key is the label key that the selector applies to.

        :schema: CiliumNetworkPolicySpecsEgressToServicesK8SServiceSelectorSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(
        self,
    ) -> "CiliumNetworkPolicySpecsEgressToServicesK8SServiceSelectorSelectorMatchExpressionsOperator":
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: CiliumNetworkPolicySpecsEgressToServicesK8SServiceSelectorSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast("CiliumNetworkPolicySpecsEgressToServicesK8SServiceSelectorSelectorMatchExpressionsOperator", result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''values is an array of string values.

        If the operator is In or NotIn,
        the values array must be non-empty. If the operator is Exists or DoesNotExist,
        the values array must be empty. This array is replaced during a strategic
        merge patch.

        :schema: CiliumNetworkPolicySpecsEgressToServicesK8SServiceSelectorSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsEgressToServicesK8SServiceSelectorSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEgressToServicesK8SServiceSelectorSelectorMatchExpressionsOperator"
)
class CiliumNetworkPolicySpecsEgressToServicesK8SServiceSelectorSelectorMatchExpressionsOperator(
    enum.Enum,
):
    '''operator represents a key's relationship to a set of values.

    Valid operators are In, NotIn, Exists and DoesNotExist.

    :schema: CiliumNetworkPolicySpecsEgressToServicesK8SServiceSelectorSelectorMatchExpressionsOperator
    '''

    IN = "IN"
    '''In.'''
    NOT_IN = "NOT_IN"
    '''NotIn.'''
    EXISTS = "EXISTS"
    '''Exists.'''
    DOES_NOT_EXIST = "DOES_NOT_EXIST"
    '''DoesNotExist.'''


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEnableDefaultDeny",
    jsii_struct_bases=[],
    name_mapping={"egress": "egress", "ingress": "ingress"},
)
class CiliumNetworkPolicySpecsEnableDefaultDeny:
    def __init__(
        self,
        *,
        egress: typing.Optional[builtins.bool] = None,
        ingress: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''EnableDefaultDeny determines whether this policy configures the subject endpoint(s) to have a default deny mode.

        If enabled,
        this causes all traffic not explicitly allowed by a network policy
        to be dropped.

        If not specified, the default is true for each traffic direction
        that has rules, and false otherwise. For example, if a policy
        only has Ingress or IngressDeny rules, then the default for
        ingress is true and egress is false.

        If multiple policies apply to an endpoint, that endpoint's default deny
        will be enabled if any policy requests it.

        This is useful for creating broad-based network policies that will not
        cause endpoints to enter default-deny mode.

        :param egress: Whether or not the endpoint should have a default-deny rule applied to egress traffic.
        :param ingress: Whether or not the endpoint should have a default-deny rule applied to ingress traffic.

        :schema: CiliumNetworkPolicySpecsEnableDefaultDeny
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__63be49e9aac633f328488989cba834da63bfe9ff681bd3ebd92605a9c748c04b)
            check_type(argname="argument egress", value=egress, expected_type=type_hints["egress"])
            check_type(argname="argument ingress", value=ingress, expected_type=type_hints["ingress"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if egress is not None:
            self._values["egress"] = egress
        if ingress is not None:
            self._values["ingress"] = ingress

    @builtins.property
    def egress(self) -> typing.Optional[builtins.bool]:
        '''Whether or not the endpoint should have a default-deny rule applied to egress traffic.

        :schema: CiliumNetworkPolicySpecsEnableDefaultDeny#egress
        '''
        result = self._values.get("egress")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def ingress(self) -> typing.Optional[builtins.bool]:
        '''Whether or not the endpoint should have a default-deny rule applied to ingress traffic.

        :schema: CiliumNetworkPolicySpecsEnableDefaultDeny#ingress
        '''
        result = self._values.get("ingress")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsEnableDefaultDeny(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEndpointSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class CiliumNetworkPolicySpecsEndpointSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["CiliumNetworkPolicySpecsEndpointSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''EndpointSelector selects all endpoints which should be subject to this rule.

        EndpointSelector and NodeSelector cannot be both empty and
        are mutually exclusive.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: CiliumNetworkPolicySpecsEndpointSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__992f400e47e5b92ce3afca9bb37a9c0ea2de8dbf58b343ab96bf28711d21a812)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["CiliumNetworkPolicySpecsEndpointSelectorMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: CiliumNetworkPolicySpecsEndpointSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecsEndpointSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: CiliumNetworkPolicySpecsEndpointSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsEndpointSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEndpointSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class CiliumNetworkPolicySpecsEndpointSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: "CiliumNetworkPolicySpecsEndpointSelectorMatchExpressionsOperator",
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.

        :param key: key is the label key that the selector applies to.
        :param operator: operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.
        :param values: values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.

        :schema: CiliumNetworkPolicySpecsEndpointSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1e0bab3e8bfa7c7083a5e0f667968209441cd2a27122a02bd873474e0b30ce86)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''key is the label key that the selector applies to.

        :schema: CiliumNetworkPolicySpecsEndpointSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(
        self,
    ) -> "CiliumNetworkPolicySpecsEndpointSelectorMatchExpressionsOperator":
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: CiliumNetworkPolicySpecsEndpointSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast("CiliumNetworkPolicySpecsEndpointSelectorMatchExpressionsOperator", result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''values is an array of string values.

        If the operator is In or NotIn,
        the values array must be non-empty. If the operator is Exists or DoesNotExist,
        the values array must be empty. This array is replaced during a strategic
        merge patch.

        :schema: CiliumNetworkPolicySpecsEndpointSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsEndpointSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsEndpointSelectorMatchExpressionsOperator"
)
class CiliumNetworkPolicySpecsEndpointSelectorMatchExpressionsOperator(enum.Enum):
    '''operator represents a key's relationship to a set of values.

    Valid operators are In, NotIn, Exists and DoesNotExist.

    :schema: CiliumNetworkPolicySpecsEndpointSelectorMatchExpressionsOperator
    '''

    IN = "IN"
    '''In.'''
    NOT_IN = "NOT_IN"
    '''NotIn.'''
    EXISTS = "EXISTS"
    '''Exists.'''
    DOES_NOT_EXIST = "DOES_NOT_EXIST"
    '''DoesNotExist.'''


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsIngress",
    jsii_struct_bases=[],
    name_mapping={
        "authentication": "authentication",
        "from_cidr": "fromCidr",
        "from_cidr_set": "fromCidrSet",
        "from_endpoints": "fromEndpoints",
        "from_entities": "fromEntities",
        "from_groups": "fromGroups",
        "from_nodes": "fromNodes",
        "from_requires": "fromRequires",
        "icmps": "icmps",
        "to_ports": "toPorts",
    },
)
class CiliumNetworkPolicySpecsIngress:
    def __init__(
        self,
        *,
        authentication: typing.Optional[typing.Union["CiliumNetworkPolicySpecsIngressAuthentication", typing.Dict[builtins.str, typing.Any]]] = None,
        from_cidr: typing.Optional[typing.Sequence[builtins.str]] = None,
        from_cidr_set: typing.Optional[typing.Sequence[typing.Union["CiliumNetworkPolicySpecsIngressFromCidrSet", typing.Dict[builtins.str, typing.Any]]]] = None,
        from_endpoints: typing.Optional[typing.Sequence[typing.Union["CiliumNetworkPolicySpecsIngressFromEndpoints", typing.Dict[builtins.str, typing.Any]]]] = None,
        from_entities: typing.Optional[typing.Sequence["CiliumNetworkPolicySpecsIngressFromEntities"]] = None,
        from_groups: typing.Optional[typing.Sequence[typing.Union["CiliumNetworkPolicySpecsIngressFromGroups", typing.Dict[builtins.str, typing.Any]]]] = None,
        from_nodes: typing.Optional[typing.Sequence[typing.Union["CiliumNetworkPolicySpecsIngressFromNodes", typing.Dict[builtins.str, typing.Any]]]] = None,
        from_requires: typing.Optional[typing.Sequence[typing.Union["CiliumNetworkPolicySpecsIngressFromRequires", typing.Dict[builtins.str, typing.Any]]]] = None,
        icmps: typing.Optional[typing.Sequence[typing.Union["CiliumNetworkPolicySpecsIngressIcmps", typing.Dict[builtins.str, typing.Any]]]] = None,
        to_ports: typing.Optional[typing.Sequence[typing.Union["CiliumNetworkPolicySpecsIngressToPorts", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''IngressRule contains all rule types which can be applied at ingress, i.e. network traffic that originates outside of the endpoint and is entering the endpoint selected by the endpointSelector.

        - All members of this structure are optional. If omitted or empty, the
          member will have no effect on the rule.
        - If multiple members are set, all of them need to match in order for
          the rule to take effect. The exception to this rule is FromRequires field;
          the effects of any Requires field in any rule will apply to all other
          rules as well.
        - FromEndpoints, FromCIDR, FromCIDRSet and FromEntities are mutually
          exclusive. Only one of these members may be present within an individual
          rule.

        :param authentication: Authentication is the required authentication type for the allowed traffic, if any.
        :param from_cidr: FromCIDR is a list of IP blocks which the endpoint subject to the rule is allowed to receive connections from. Only connections which do *not* originate from the cluster or from the local host are subject to CIDR rules. In order to allow in-cluster connectivity, use the FromEndpoints field. This will match on the source IP address of incoming connections. Adding a prefix into FromCIDR or into FromCIDRSet with no ExcludeCIDRs is equivalent. Overlaps are allowed between FromCIDR and FromCIDRSet. Example: Any endpoint with the label "app=my-legacy-pet" is allowed to receive connections from 10.3.9.1
        :param from_cidr_set: FromCIDRSet is a list of IP blocks which the endpoint subject to the rule is allowed to receive connections from in addition to FromEndpoints, along with a list of subnets contained within their corresponding IP block from which traffic should not be allowed. This will match on the source IP address of incoming connections. Adding a prefix into FromCIDR or into FromCIDRSet with no ExcludeCIDRs is equivalent. Overlaps are allowed between FromCIDR and FromCIDRSet. Example: Any endpoint with the label "app=my-legacy-pet" is allowed to receive connections from 10.0.0.0/8 except from IPs in subnet 10.96.0.0/12.
        :param from_endpoints: FromEndpoints is a list of endpoints identified by an EndpointSelector which are allowed to communicate with the endpoint subject to the rule. Example: Any endpoint with the label "role=backend" can be consumed by any endpoint carrying the label "role=frontend".
        :param from_entities: FromEntities is a list of special entities which the endpoint subject to the rule is allowed to receive connections from. Supported entities are ``world``, ``cluster``, ``host``, ``remote-node``, ``kube-apiserver``, ``ingress``, ``init``, ``health``, ``unmanaged``, ``none`` and ``all``.
        :param from_groups: FromGroups is a directive that allows the integration with multiple outside providers. Currently, only AWS is supported, and the rule can select by multiple sub directives: Example: FromGroups: - aws: securityGroupsIds: - 'sg-XXXXXXXXXXXXX'
        :param from_nodes: FromNodes is a list of nodes identified by an EndpointSelector which are allowed to communicate with the endpoint subject to the rule.
        :param from_requires: FromRequires is a list of additional constraints which must be met in order for the selected endpoints to be reachable. These additional constraints do no by itself grant access privileges and must always be accompanied with at least one matching FromEndpoints. Example: Any Endpoint with the label "team=A" requires consuming endpoint to also carry the label "team=A".
        :param icmps: ICMPs is a list of ICMP rule identified by type number which the endpoint subject to the rule is allowed to receive connections on. Example: Any endpoint with the label "app=httpd" can only accept incoming type 8 ICMP connections.
        :param to_ports: ToPorts is a list of destination ports identified by port number and protocol which the endpoint subject to the rule is allowed to receive connections on. Example: Any endpoint with the label "app=httpd" can only accept incoming connections on port 80/tcp.

        :schema: CiliumNetworkPolicySpecsIngress
        '''
        if isinstance(authentication, dict):
            authentication = CiliumNetworkPolicySpecsIngressAuthentication(**authentication)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__dcb822f9d042bdccdf0df416d58753f641eeb632b50314d3fefdb4d7d33a5135)
            check_type(argname="argument authentication", value=authentication, expected_type=type_hints["authentication"])
            check_type(argname="argument from_cidr", value=from_cidr, expected_type=type_hints["from_cidr"])
            check_type(argname="argument from_cidr_set", value=from_cidr_set, expected_type=type_hints["from_cidr_set"])
            check_type(argname="argument from_endpoints", value=from_endpoints, expected_type=type_hints["from_endpoints"])
            check_type(argname="argument from_entities", value=from_entities, expected_type=type_hints["from_entities"])
            check_type(argname="argument from_groups", value=from_groups, expected_type=type_hints["from_groups"])
            check_type(argname="argument from_nodes", value=from_nodes, expected_type=type_hints["from_nodes"])
            check_type(argname="argument from_requires", value=from_requires, expected_type=type_hints["from_requires"])
            check_type(argname="argument icmps", value=icmps, expected_type=type_hints["icmps"])
            check_type(argname="argument to_ports", value=to_ports, expected_type=type_hints["to_ports"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if authentication is not None:
            self._values["authentication"] = authentication
        if from_cidr is not None:
            self._values["from_cidr"] = from_cidr
        if from_cidr_set is not None:
            self._values["from_cidr_set"] = from_cidr_set
        if from_endpoints is not None:
            self._values["from_endpoints"] = from_endpoints
        if from_entities is not None:
            self._values["from_entities"] = from_entities
        if from_groups is not None:
            self._values["from_groups"] = from_groups
        if from_nodes is not None:
            self._values["from_nodes"] = from_nodes
        if from_requires is not None:
            self._values["from_requires"] = from_requires
        if icmps is not None:
            self._values["icmps"] = icmps
        if to_ports is not None:
            self._values["to_ports"] = to_ports

    @builtins.property
    def authentication(
        self,
    ) -> typing.Optional["CiliumNetworkPolicySpecsIngressAuthentication"]:
        '''Authentication is the required authentication type for the allowed traffic, if any.

        :schema: CiliumNetworkPolicySpecsIngress#authentication
        '''
        result = self._values.get("authentication")
        return typing.cast(typing.Optional["CiliumNetworkPolicySpecsIngressAuthentication"], result)

    @builtins.property
    def from_cidr(self) -> typing.Optional[typing.List[builtins.str]]:
        '''FromCIDR is a list of IP blocks which the endpoint subject to the rule is allowed to receive connections from.

        Only connections which
        do *not* originate from the cluster or from the local host are subject
        to CIDR rules. In order to allow in-cluster connectivity, use the
        FromEndpoints field.  This will match on the source IP address of
        incoming connections. Adding  a prefix into FromCIDR or into
        FromCIDRSet with no ExcludeCIDRs is  equivalent.  Overlaps are
        allowed between FromCIDR and FromCIDRSet.

        Example:
        Any endpoint with the label "app=my-legacy-pet" is allowed to receive
        connections from 10.3.9.1

        :schema: CiliumNetworkPolicySpecsIngress#fromCIDR
        '''
        result = self._values.get("from_cidr")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def from_cidr_set(
        self,
    ) -> typing.Optional[typing.List["CiliumNetworkPolicySpecsIngressFromCidrSet"]]:
        '''FromCIDRSet is a list of IP blocks which the endpoint subject to the rule is allowed to receive connections from in addition to FromEndpoints, along with a list of subnets contained within their corresponding IP block from which traffic should not be allowed.

        This will match on the source IP address of incoming connections. Adding
        a prefix into FromCIDR or into FromCIDRSet with no ExcludeCIDRs is
        equivalent. Overlaps are allowed between FromCIDR and FromCIDRSet.

        Example:
        Any endpoint with the label "app=my-legacy-pet" is allowed to receive
        connections from 10.0.0.0/8 except from IPs in subnet 10.96.0.0/12.

        :schema: CiliumNetworkPolicySpecsIngress#fromCIDRSet
        '''
        result = self._values.get("from_cidr_set")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecsIngressFromCidrSet"]], result)

    @builtins.property
    def from_endpoints(
        self,
    ) -> typing.Optional[typing.List["CiliumNetworkPolicySpecsIngressFromEndpoints"]]:
        '''FromEndpoints is a list of endpoints identified by an EndpointSelector which are allowed to communicate with the endpoint subject to the rule.

        Example:
        Any endpoint with the label "role=backend" can be consumed by any
        endpoint carrying the label "role=frontend".

        :schema: CiliumNetworkPolicySpecsIngress#fromEndpoints
        '''
        result = self._values.get("from_endpoints")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecsIngressFromEndpoints"]], result)

    @builtins.property
    def from_entities(
        self,
    ) -> typing.Optional[typing.List["CiliumNetworkPolicySpecsIngressFromEntities"]]:
        '''FromEntities is a list of special entities which the endpoint subject to the rule is allowed to receive connections from.

        Supported entities are
        ``world``, ``cluster``, ``host``, ``remote-node``, ``kube-apiserver``, ``ingress``, ``init``,
        ``health``, ``unmanaged``, ``none`` and ``all``.

        :schema: CiliumNetworkPolicySpecsIngress#fromEntities
        '''
        result = self._values.get("from_entities")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecsIngressFromEntities"]], result)

    @builtins.property
    def from_groups(
        self,
    ) -> typing.Optional[typing.List["CiliumNetworkPolicySpecsIngressFromGroups"]]:
        '''FromGroups is a directive that allows the integration with multiple outside providers.

        Currently, only AWS is supported, and the rule can select by
        multiple sub directives:

        Example:
        FromGroups:

        - aws:
          securityGroupsIds:
        - 'sg-XXXXXXXXXXXXX'

        :schema: CiliumNetworkPolicySpecsIngress#fromGroups
        '''
        result = self._values.get("from_groups")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecsIngressFromGroups"]], result)

    @builtins.property
    def from_nodes(
        self,
    ) -> typing.Optional[typing.List["CiliumNetworkPolicySpecsIngressFromNodes"]]:
        '''FromNodes is a list of nodes identified by an EndpointSelector which are allowed to communicate with the endpoint subject to the rule.

        :schema: CiliumNetworkPolicySpecsIngress#fromNodes
        '''
        result = self._values.get("from_nodes")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecsIngressFromNodes"]], result)

    @builtins.property
    def from_requires(
        self,
    ) -> typing.Optional[typing.List["CiliumNetworkPolicySpecsIngressFromRequires"]]:
        '''FromRequires is a list of additional constraints which must be met in order for the selected endpoints to be reachable.

        These
        additional constraints do no by itself grant access privileges and
        must always be accompanied with at least one matching FromEndpoints.

        Example:
        Any Endpoint with the label "team=A" requires consuming endpoint
        to also carry the label "team=A".

        :schema: CiliumNetworkPolicySpecsIngress#fromRequires
        '''
        result = self._values.get("from_requires")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecsIngressFromRequires"]], result)

    @builtins.property
    def icmps(
        self,
    ) -> typing.Optional[typing.List["CiliumNetworkPolicySpecsIngressIcmps"]]:
        '''ICMPs is a list of ICMP rule identified by type number which the endpoint subject to the rule is allowed to receive connections on.

        Example:
        Any endpoint with the label "app=httpd" can only accept incoming
        type 8 ICMP connections.

        :schema: CiliumNetworkPolicySpecsIngress#icmps
        '''
        result = self._values.get("icmps")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecsIngressIcmps"]], result)

    @builtins.property
    def to_ports(
        self,
    ) -> typing.Optional[typing.List["CiliumNetworkPolicySpecsIngressToPorts"]]:
        '''ToPorts is a list of destination ports identified by port number and protocol which the endpoint subject to the rule is allowed to receive connections on.

        Example:
        Any endpoint with the label "app=httpd" can only accept incoming
        connections on port 80/tcp.

        :schema: CiliumNetworkPolicySpecsIngress#toPorts
        '''
        result = self._values.get("to_ports")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecsIngressToPorts"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsIngress(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsIngressAuthentication",
    jsii_struct_bases=[],
    name_mapping={"mode": "mode"},
)
class CiliumNetworkPolicySpecsIngressAuthentication:
    def __init__(
        self,
        *,
        mode: "CiliumNetworkPolicySpecsIngressAuthenticationMode",
    ) -> None:
        '''Authentication is the required authentication type for the allowed traffic, if any.

        :param mode: Mode is the required authentication mode for the allowed traffic, if any.

        :schema: CiliumNetworkPolicySpecsIngressAuthentication
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__74de4486618816cb0aa0f12812cad36ef0c553a5230353cdd884f2eb79471533)
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "mode": mode,
        }

    @builtins.property
    def mode(self) -> "CiliumNetworkPolicySpecsIngressAuthenticationMode":
        '''Mode is the required authentication mode for the allowed traffic, if any.

        :schema: CiliumNetworkPolicySpecsIngressAuthentication#mode
        '''
        result = self._values.get("mode")
        assert result is not None, "Required property 'mode' is missing"
        return typing.cast("CiliumNetworkPolicySpecsIngressAuthenticationMode", result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsIngressAuthentication(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsIngressAuthenticationMode"
)
class CiliumNetworkPolicySpecsIngressAuthenticationMode(enum.Enum):
    '''Mode is the required authentication mode for the allowed traffic, if any.

    :schema: CiliumNetworkPolicySpecsIngressAuthenticationMode
    '''

    DISABLED = "DISABLED"
    '''disabled.'''
    REQUIRED = "REQUIRED"
    '''required.'''
    TEST_HYPHEN_ALWAYS_HYPHEN_FAIL = "TEST_HYPHEN_ALWAYS_HYPHEN_FAIL"
    '''test-always-fail.'''


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsIngressDeny",
    jsii_struct_bases=[],
    name_mapping={
        "from_cidr": "fromCidr",
        "from_cidr_set": "fromCidrSet",
        "from_endpoints": "fromEndpoints",
        "from_entities": "fromEntities",
        "from_groups": "fromGroups",
        "from_nodes": "fromNodes",
        "from_requires": "fromRequires",
        "icmps": "icmps",
        "to_ports": "toPorts",
    },
)
class CiliumNetworkPolicySpecsIngressDeny:
    def __init__(
        self,
        *,
        from_cidr: typing.Optional[typing.Sequence[builtins.str]] = None,
        from_cidr_set: typing.Optional[typing.Sequence[typing.Union["CiliumNetworkPolicySpecsIngressDenyFromCidrSet", typing.Dict[builtins.str, typing.Any]]]] = None,
        from_endpoints: typing.Optional[typing.Sequence[typing.Union["CiliumNetworkPolicySpecsIngressDenyFromEndpoints", typing.Dict[builtins.str, typing.Any]]]] = None,
        from_entities: typing.Optional[typing.Sequence["CiliumNetworkPolicySpecsIngressDenyFromEntities"]] = None,
        from_groups: typing.Optional[typing.Sequence[typing.Union["CiliumNetworkPolicySpecsIngressDenyFromGroups", typing.Dict[builtins.str, typing.Any]]]] = None,
        from_nodes: typing.Optional[typing.Sequence[typing.Union["CiliumNetworkPolicySpecsIngressDenyFromNodes", typing.Dict[builtins.str, typing.Any]]]] = None,
        from_requires: typing.Optional[typing.Sequence[typing.Union["CiliumNetworkPolicySpecsIngressDenyFromRequires", typing.Dict[builtins.str, typing.Any]]]] = None,
        icmps: typing.Optional[typing.Sequence[typing.Union["CiliumNetworkPolicySpecsIngressDenyIcmps", typing.Dict[builtins.str, typing.Any]]]] = None,
        to_ports: typing.Optional[typing.Sequence[typing.Union["CiliumNetworkPolicySpecsIngressDenyToPorts", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''IngressDenyRule contains all rule types which can be applied at ingress, i.e. network traffic that originates outside of the endpoint and is entering the endpoint selected by the endpointSelector.

        - All members of this structure are optional. If omitted or empty, the
          member will have no effect on the rule.
        - If multiple members are set, all of them need to match in order for
          the rule to take effect. The exception to this rule is FromRequires field;
          the effects of any Requires field in any rule will apply to all other
          rules as well.
        - FromEndpoints, FromCIDR, FromCIDRSet, FromGroups and FromEntities are mutually
          exclusive. Only one of these members may be present within an individual
          rule.

        :param from_cidr: FromCIDR is a list of IP blocks which the endpoint subject to the rule is allowed to receive connections from. Only connections which do *not* originate from the cluster or from the local host are subject to CIDR rules. In order to allow in-cluster connectivity, use the FromEndpoints field. This will match on the source IP address of incoming connections. Adding a prefix into FromCIDR or into FromCIDRSet with no ExcludeCIDRs is equivalent. Overlaps are allowed between FromCIDR and FromCIDRSet. Example: Any endpoint with the label "app=my-legacy-pet" is allowed to receive connections from 10.3.9.1
        :param from_cidr_set: FromCIDRSet is a list of IP blocks which the endpoint subject to the rule is allowed to receive connections from in addition to FromEndpoints, along with a list of subnets contained within their corresponding IP block from which traffic should not be allowed. This will match on the source IP address of incoming connections. Adding a prefix into FromCIDR or into FromCIDRSet with no ExcludeCIDRs is equivalent. Overlaps are allowed between FromCIDR and FromCIDRSet. Example: Any endpoint with the label "app=my-legacy-pet" is allowed to receive connections from 10.0.0.0/8 except from IPs in subnet 10.96.0.0/12.
        :param from_endpoints: FromEndpoints is a list of endpoints identified by an EndpointSelector which are allowed to communicate with the endpoint subject to the rule. Example: Any endpoint with the label "role=backend" can be consumed by any endpoint carrying the label "role=frontend".
        :param from_entities: FromEntities is a list of special entities which the endpoint subject to the rule is allowed to receive connections from. Supported entities are ``world``, ``cluster``, ``host``, ``remote-node``, ``kube-apiserver``, ``ingress``, ``init``, ``health``, ``unmanaged``, ``none`` and ``all``.
        :param from_groups: FromGroups is a directive that allows the integration with multiple outside providers. Currently, only AWS is supported, and the rule can select by multiple sub directives: Example: FromGroups: - aws: securityGroupsIds: - 'sg-XXXXXXXXXXXXX'
        :param from_nodes: FromNodes is a list of nodes identified by an EndpointSelector which are allowed to communicate with the endpoint subject to the rule.
        :param from_requires: FromRequires is a list of additional constraints which must be met in order for the selected endpoints to be reachable. These additional constraints do no by itself grant access privileges and must always be accompanied with at least one matching FromEndpoints. Example: Any Endpoint with the label "team=A" requires consuming endpoint to also carry the label "team=A".
        :param icmps: ICMPs is a list of ICMP rule identified by type number which the endpoint subject to the rule is not allowed to receive connections on. Example: Any endpoint with the label "app=httpd" can not accept incoming type 8 ICMP connections.
        :param to_ports: ToPorts is a list of destination ports identified by port number and protocol which the endpoint subject to the rule is not allowed to receive connections on. Example: Any endpoint with the label "app=httpd" can not accept incoming connections on port 80/tcp.

        :schema: CiliumNetworkPolicySpecsIngressDeny
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__237bac31695dadb6833757de3cedb2d4b53699ad73b27f4b4ca15579466089e7)
            check_type(argname="argument from_cidr", value=from_cidr, expected_type=type_hints["from_cidr"])
            check_type(argname="argument from_cidr_set", value=from_cidr_set, expected_type=type_hints["from_cidr_set"])
            check_type(argname="argument from_endpoints", value=from_endpoints, expected_type=type_hints["from_endpoints"])
            check_type(argname="argument from_entities", value=from_entities, expected_type=type_hints["from_entities"])
            check_type(argname="argument from_groups", value=from_groups, expected_type=type_hints["from_groups"])
            check_type(argname="argument from_nodes", value=from_nodes, expected_type=type_hints["from_nodes"])
            check_type(argname="argument from_requires", value=from_requires, expected_type=type_hints["from_requires"])
            check_type(argname="argument icmps", value=icmps, expected_type=type_hints["icmps"])
            check_type(argname="argument to_ports", value=to_ports, expected_type=type_hints["to_ports"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if from_cidr is not None:
            self._values["from_cidr"] = from_cidr
        if from_cidr_set is not None:
            self._values["from_cidr_set"] = from_cidr_set
        if from_endpoints is not None:
            self._values["from_endpoints"] = from_endpoints
        if from_entities is not None:
            self._values["from_entities"] = from_entities
        if from_groups is not None:
            self._values["from_groups"] = from_groups
        if from_nodes is not None:
            self._values["from_nodes"] = from_nodes
        if from_requires is not None:
            self._values["from_requires"] = from_requires
        if icmps is not None:
            self._values["icmps"] = icmps
        if to_ports is not None:
            self._values["to_ports"] = to_ports

    @builtins.property
    def from_cidr(self) -> typing.Optional[typing.List[builtins.str]]:
        '''FromCIDR is a list of IP blocks which the endpoint subject to the rule is allowed to receive connections from.

        Only connections which
        do *not* originate from the cluster or from the local host are subject
        to CIDR rules. In order to allow in-cluster connectivity, use the
        FromEndpoints field.  This will match on the source IP address of
        incoming connections. Adding  a prefix into FromCIDR or into
        FromCIDRSet with no ExcludeCIDRs is  equivalent.  Overlaps are
        allowed between FromCIDR and FromCIDRSet.

        Example:
        Any endpoint with the label "app=my-legacy-pet" is allowed to receive
        connections from 10.3.9.1

        :schema: CiliumNetworkPolicySpecsIngressDeny#fromCIDR
        '''
        result = self._values.get("from_cidr")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def from_cidr_set(
        self,
    ) -> typing.Optional[typing.List["CiliumNetworkPolicySpecsIngressDenyFromCidrSet"]]:
        '''FromCIDRSet is a list of IP blocks which the endpoint subject to the rule is allowed to receive connections from in addition to FromEndpoints, along with a list of subnets contained within their corresponding IP block from which traffic should not be allowed.

        This will match on the source IP address of incoming connections. Adding
        a prefix into FromCIDR or into FromCIDRSet with no ExcludeCIDRs is
        equivalent. Overlaps are allowed between FromCIDR and FromCIDRSet.

        Example:
        Any endpoint with the label "app=my-legacy-pet" is allowed to receive
        connections from 10.0.0.0/8 except from IPs in subnet 10.96.0.0/12.

        :schema: CiliumNetworkPolicySpecsIngressDeny#fromCIDRSet
        '''
        result = self._values.get("from_cidr_set")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecsIngressDenyFromCidrSet"]], result)

    @builtins.property
    def from_endpoints(
        self,
    ) -> typing.Optional[typing.List["CiliumNetworkPolicySpecsIngressDenyFromEndpoints"]]:
        '''FromEndpoints is a list of endpoints identified by an EndpointSelector which are allowed to communicate with the endpoint subject to the rule.

        Example:
        Any endpoint with the label "role=backend" can be consumed by any
        endpoint carrying the label "role=frontend".

        :schema: CiliumNetworkPolicySpecsIngressDeny#fromEndpoints
        '''
        result = self._values.get("from_endpoints")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecsIngressDenyFromEndpoints"]], result)

    @builtins.property
    def from_entities(
        self,
    ) -> typing.Optional[typing.List["CiliumNetworkPolicySpecsIngressDenyFromEntities"]]:
        '''FromEntities is a list of special entities which the endpoint subject to the rule is allowed to receive connections from.

        Supported entities are
        ``world``, ``cluster``, ``host``, ``remote-node``, ``kube-apiserver``, ``ingress``, ``init``,
        ``health``, ``unmanaged``, ``none`` and ``all``.

        :schema: CiliumNetworkPolicySpecsIngressDeny#fromEntities
        '''
        result = self._values.get("from_entities")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecsIngressDenyFromEntities"]], result)

    @builtins.property
    def from_groups(
        self,
    ) -> typing.Optional[typing.List["CiliumNetworkPolicySpecsIngressDenyFromGroups"]]:
        '''FromGroups is a directive that allows the integration with multiple outside providers.

        Currently, only AWS is supported, and the rule can select by
        multiple sub directives:

        Example:
        FromGroups:

        - aws:
          securityGroupsIds:
        - 'sg-XXXXXXXXXXXXX'

        :schema: CiliumNetworkPolicySpecsIngressDeny#fromGroups
        '''
        result = self._values.get("from_groups")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecsIngressDenyFromGroups"]], result)

    @builtins.property
    def from_nodes(
        self,
    ) -> typing.Optional[typing.List["CiliumNetworkPolicySpecsIngressDenyFromNodes"]]:
        '''FromNodes is a list of nodes identified by an EndpointSelector which are allowed to communicate with the endpoint subject to the rule.

        :schema: CiliumNetworkPolicySpecsIngressDeny#fromNodes
        '''
        result = self._values.get("from_nodes")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecsIngressDenyFromNodes"]], result)

    @builtins.property
    def from_requires(
        self,
    ) -> typing.Optional[typing.List["CiliumNetworkPolicySpecsIngressDenyFromRequires"]]:
        '''FromRequires is a list of additional constraints which must be met in order for the selected endpoints to be reachable.

        These
        additional constraints do no by itself grant access privileges and
        must always be accompanied with at least one matching FromEndpoints.

        Example:
        Any Endpoint with the label "team=A" requires consuming endpoint
        to also carry the label "team=A".

        :schema: CiliumNetworkPolicySpecsIngressDeny#fromRequires
        '''
        result = self._values.get("from_requires")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecsIngressDenyFromRequires"]], result)

    @builtins.property
    def icmps(
        self,
    ) -> typing.Optional[typing.List["CiliumNetworkPolicySpecsIngressDenyIcmps"]]:
        '''ICMPs is a list of ICMP rule identified by type number which the endpoint subject to the rule is not allowed to receive connections on.

        Example:
        Any endpoint with the label "app=httpd" can not accept incoming
        type 8 ICMP connections.

        :schema: CiliumNetworkPolicySpecsIngressDeny#icmps
        '''
        result = self._values.get("icmps")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecsIngressDenyIcmps"]], result)

    @builtins.property
    def to_ports(
        self,
    ) -> typing.Optional[typing.List["CiliumNetworkPolicySpecsIngressDenyToPorts"]]:
        '''ToPorts is a list of destination ports identified by port number and protocol which the endpoint subject to the rule is not allowed to receive connections on.

        Example:
        Any endpoint with the label "app=httpd" can not accept incoming
        connections on port 80/tcp.

        :schema: CiliumNetworkPolicySpecsIngressDeny#toPorts
        '''
        result = self._values.get("to_ports")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecsIngressDenyToPorts"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsIngressDeny(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsIngressDenyFromCidrSet",
    jsii_struct_bases=[],
    name_mapping={
        "cidr": "cidr",
        "cidr_group_ref": "cidrGroupRef",
        "cidr_group_selector": "cidrGroupSelector",
        "except_": "except",
    },
)
class CiliumNetworkPolicySpecsIngressDenyFromCidrSet:
    def __init__(
        self,
        *,
        cidr: typing.Optional[builtins.str] = None,
        cidr_group_ref: typing.Optional[builtins.str] = None,
        cidr_group_selector: typing.Optional[typing.Union["CiliumNetworkPolicySpecsIngressDenyFromCidrSetCidrGroupSelector", typing.Dict[builtins.str, typing.Any]]] = None,
        except_: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''CIDRRule is a rule that specifies a CIDR prefix to/from which outside communication  is allowed, along with an optional list of subnets within that CIDR prefix to/from which outside communication is not allowed.

        :param cidr: CIDR is a CIDR prefix / IP Block.
        :param cidr_group_ref: CIDRGroupRef is a reference to a CiliumCIDRGroup object. A CiliumCIDRGroup contains a list of CIDRs that the endpoint, subject to the rule, can (Ingress/Egress) or cannot (IngressDeny/EgressDeny) receive connections from.
        :param cidr_group_selector: CIDRGroupSelector selects CiliumCIDRGroups by their labels, rather than by name.
        :param except_: ExceptCIDRs is a list of IP blocks which the endpoint subject to the rule is not allowed to initiate connections to. These CIDR prefixes should be contained within Cidr, using ExceptCIDRs together with CIDRGroupRef is not supported yet. These exceptions are only applied to the Cidr in this CIDRRule, and do not apply to any other CIDR prefixes in any other CIDRRules.

        :schema: CiliumNetworkPolicySpecsIngressDenyFromCidrSet
        '''
        if isinstance(cidr_group_selector, dict):
            cidr_group_selector = CiliumNetworkPolicySpecsIngressDenyFromCidrSetCidrGroupSelector(**cidr_group_selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__cf4d2fbba2f7c6c4dda7e0e80115e80fcc8451819a4c4f8073c69d4fe4e0b786)
            check_type(argname="argument cidr", value=cidr, expected_type=type_hints["cidr"])
            check_type(argname="argument cidr_group_ref", value=cidr_group_ref, expected_type=type_hints["cidr_group_ref"])
            check_type(argname="argument cidr_group_selector", value=cidr_group_selector, expected_type=type_hints["cidr_group_selector"])
            check_type(argname="argument except_", value=except_, expected_type=type_hints["except_"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cidr is not None:
            self._values["cidr"] = cidr
        if cidr_group_ref is not None:
            self._values["cidr_group_ref"] = cidr_group_ref
        if cidr_group_selector is not None:
            self._values["cidr_group_selector"] = cidr_group_selector
        if except_ is not None:
            self._values["except_"] = except_

    @builtins.property
    def cidr(self) -> typing.Optional[builtins.str]:
        '''CIDR is a CIDR prefix / IP Block.

        :schema: CiliumNetworkPolicySpecsIngressDenyFromCidrSet#cidr
        '''
        result = self._values.get("cidr")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cidr_group_ref(self) -> typing.Optional[builtins.str]:
        '''CIDRGroupRef is a reference to a CiliumCIDRGroup object.

        A CiliumCIDRGroup contains a list of CIDRs that the endpoint, subject to
        the rule, can (Ingress/Egress) or cannot (IngressDeny/EgressDeny) receive
        connections from.

        :schema: CiliumNetworkPolicySpecsIngressDenyFromCidrSet#cidrGroupRef
        '''
        result = self._values.get("cidr_group_ref")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cidr_group_selector(
        self,
    ) -> typing.Optional["CiliumNetworkPolicySpecsIngressDenyFromCidrSetCidrGroupSelector"]:
        '''CIDRGroupSelector selects CiliumCIDRGroups by their labels, rather than by name.

        :schema: CiliumNetworkPolicySpecsIngressDenyFromCidrSet#cidrGroupSelector
        '''
        result = self._values.get("cidr_group_selector")
        return typing.cast(typing.Optional["CiliumNetworkPolicySpecsIngressDenyFromCidrSetCidrGroupSelector"], result)

    @builtins.property
    def except_(self) -> typing.Optional[typing.List[builtins.str]]:
        '''ExceptCIDRs is a list of IP blocks which the endpoint subject to the rule is not allowed to initiate connections to.

        These CIDR prefixes should be
        contained within Cidr, using ExceptCIDRs together with CIDRGroupRef is not
        supported yet.
        These exceptions are only applied to the Cidr in this CIDRRule, and do not
        apply to any other CIDR prefixes in any other CIDRRules.

        :schema: CiliumNetworkPolicySpecsIngressDenyFromCidrSet#except
        '''
        result = self._values.get("except_")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsIngressDenyFromCidrSet(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsIngressDenyFromCidrSetCidrGroupSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class CiliumNetworkPolicySpecsIngressDenyFromCidrSetCidrGroupSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["CiliumNetworkPolicySpecsIngressDenyFromCidrSetCidrGroupSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''CIDRGroupSelector selects CiliumCIDRGroups by their labels, rather than by name.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: CiliumNetworkPolicySpecsIngressDenyFromCidrSetCidrGroupSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2796dc251b8bcc416ab1c713c96f8103fd919fc3cb9066aefb488b811a6931e0)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["CiliumNetworkPolicySpecsIngressDenyFromCidrSetCidrGroupSelectorMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: CiliumNetworkPolicySpecsIngressDenyFromCidrSetCidrGroupSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecsIngressDenyFromCidrSetCidrGroupSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: CiliumNetworkPolicySpecsIngressDenyFromCidrSetCidrGroupSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsIngressDenyFromCidrSetCidrGroupSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsIngressDenyFromCidrSetCidrGroupSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class CiliumNetworkPolicySpecsIngressDenyFromCidrSetCidrGroupSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: "CiliumNetworkPolicySpecsIngressDenyFromCidrSetCidrGroupSelectorMatchExpressionsOperator",
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.

        :param key: key is the label key that the selector applies to.
        :param operator: operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.
        :param values: values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.

        :schema: CiliumNetworkPolicySpecsIngressDenyFromCidrSetCidrGroupSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e4abbce25b6cc78933ccf851bc85c757c93ec4e88315951284c3d13343b104b8)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''key is the label key that the selector applies to.

        :schema: CiliumNetworkPolicySpecsIngressDenyFromCidrSetCidrGroupSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(
        self,
    ) -> "CiliumNetworkPolicySpecsIngressDenyFromCidrSetCidrGroupSelectorMatchExpressionsOperator":
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: CiliumNetworkPolicySpecsIngressDenyFromCidrSetCidrGroupSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast("CiliumNetworkPolicySpecsIngressDenyFromCidrSetCidrGroupSelectorMatchExpressionsOperator", result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''values is an array of string values.

        If the operator is In or NotIn,
        the values array must be non-empty. If the operator is Exists or DoesNotExist,
        the values array must be empty. This array is replaced during a strategic
        merge patch.

        :schema: CiliumNetworkPolicySpecsIngressDenyFromCidrSetCidrGroupSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsIngressDenyFromCidrSetCidrGroupSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsIngressDenyFromCidrSetCidrGroupSelectorMatchExpressionsOperator"
)
class CiliumNetworkPolicySpecsIngressDenyFromCidrSetCidrGroupSelectorMatchExpressionsOperator(
    enum.Enum,
):
    '''operator represents a key's relationship to a set of values.

    Valid operators are In, NotIn, Exists and DoesNotExist.

    :schema: CiliumNetworkPolicySpecsIngressDenyFromCidrSetCidrGroupSelectorMatchExpressionsOperator
    '''

    IN = "IN"
    '''In.'''
    NOT_IN = "NOT_IN"
    '''NotIn.'''
    EXISTS = "EXISTS"
    '''Exists.'''
    DOES_NOT_EXIST = "DOES_NOT_EXIST"
    '''DoesNotExist.'''


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsIngressDenyFromEndpoints",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class CiliumNetworkPolicySpecsIngressDenyFromEndpoints:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["CiliumNetworkPolicySpecsIngressDenyFromEndpointsMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''EndpointSelector is a wrapper for k8s LabelSelector.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: CiliumNetworkPolicySpecsIngressDenyFromEndpoints
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__250e6c4fe1d7fa2ec00e951c21f0c05bdfa74162f009c2119d1655a7425b67c9)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["CiliumNetworkPolicySpecsIngressDenyFromEndpointsMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: CiliumNetworkPolicySpecsIngressDenyFromEndpoints#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecsIngressDenyFromEndpointsMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: CiliumNetworkPolicySpecsIngressDenyFromEndpoints#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsIngressDenyFromEndpoints(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsIngressDenyFromEndpointsMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class CiliumNetworkPolicySpecsIngressDenyFromEndpointsMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: "CiliumNetworkPolicySpecsIngressDenyFromEndpointsMatchExpressionsOperator",
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.

        :param key: key is the label key that the selector applies to.
        :param operator: operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.
        :param values: values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.

        :schema: CiliumNetworkPolicySpecsIngressDenyFromEndpointsMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__04986f83c0ddc92362e74ca09b64044beef0dc5f22ee6add33ed7db27be76502)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''key is the label key that the selector applies to.

        :schema: CiliumNetworkPolicySpecsIngressDenyFromEndpointsMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(
        self,
    ) -> "CiliumNetworkPolicySpecsIngressDenyFromEndpointsMatchExpressionsOperator":
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: CiliumNetworkPolicySpecsIngressDenyFromEndpointsMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast("CiliumNetworkPolicySpecsIngressDenyFromEndpointsMatchExpressionsOperator", result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''values is an array of string values.

        If the operator is In or NotIn,
        the values array must be non-empty. If the operator is Exists or DoesNotExist,
        the values array must be empty. This array is replaced during a strategic
        merge patch.

        :schema: CiliumNetworkPolicySpecsIngressDenyFromEndpointsMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsIngressDenyFromEndpointsMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsIngressDenyFromEndpointsMatchExpressionsOperator"
)
class CiliumNetworkPolicySpecsIngressDenyFromEndpointsMatchExpressionsOperator(
    enum.Enum,
):
    '''operator represents a key's relationship to a set of values.

    Valid operators are In, NotIn, Exists and DoesNotExist.

    :schema: CiliumNetworkPolicySpecsIngressDenyFromEndpointsMatchExpressionsOperator
    '''

    IN = "IN"
    '''In.'''
    NOT_IN = "NOT_IN"
    '''NotIn.'''
    EXISTS = "EXISTS"
    '''Exists.'''
    DOES_NOT_EXIST = "DOES_NOT_EXIST"
    '''DoesNotExist.'''


@jsii.enum(jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsIngressDenyFromEntities")
class CiliumNetworkPolicySpecsIngressDenyFromEntities(enum.Enum):
    '''Entity specifies the class of receiver/sender endpoints that do not have individual identities.

    Entities are used to describe "outside of cluster",
    "host", etc.

    :schema: CiliumNetworkPolicySpecsIngressDenyFromEntities
    '''

    ALL = "ALL"
    '''all.'''
    WORLD = "WORLD"
    '''world.'''
    CLUSTER = "CLUSTER"
    '''cluster.'''
    HOST = "HOST"
    '''host.'''
    INIT = "INIT"
    '''init.'''
    INGRESS = "INGRESS"
    '''ingress.'''
    UNMANAGED = "UNMANAGED"
    '''unmanaged.'''
    REMOTE_HYPHEN_NODE = "REMOTE_HYPHEN_NODE"
    '''remote-node.'''
    HEALTH = "HEALTH"
    '''health.'''
    NONE = "NONE"
    '''none.'''
    KUBE_HYPHEN_APISERVER = "KUBE_HYPHEN_APISERVER"
    '''kube-apiserver.'''


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsIngressDenyFromGroups",
    jsii_struct_bases=[],
    name_mapping={"aws": "aws"},
)
class CiliumNetworkPolicySpecsIngressDenyFromGroups:
    def __init__(
        self,
        *,
        aws: typing.Optional[typing.Union["CiliumNetworkPolicySpecsIngressDenyFromGroupsAws", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Groups structure to store all kinds of new integrations that needs a new derivative policy.

        :param aws: AWSGroup is an structure that can be used to whitelisting information from AWS integration.

        :schema: CiliumNetworkPolicySpecsIngressDenyFromGroups
        '''
        if isinstance(aws, dict):
            aws = CiliumNetworkPolicySpecsIngressDenyFromGroupsAws(**aws)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8c866b8df51c64f3dbfb9ad5338a2e1ce78dff30c14eae602f76e4e69b2e6a35)
            check_type(argname="argument aws", value=aws, expected_type=type_hints["aws"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if aws is not None:
            self._values["aws"] = aws

    @builtins.property
    def aws(
        self,
    ) -> typing.Optional["CiliumNetworkPolicySpecsIngressDenyFromGroupsAws"]:
        '''AWSGroup is an structure that can be used to whitelisting information from AWS integration.

        :schema: CiliumNetworkPolicySpecsIngressDenyFromGroups#aws
        '''
        result = self._values.get("aws")
        return typing.cast(typing.Optional["CiliumNetworkPolicySpecsIngressDenyFromGroupsAws"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsIngressDenyFromGroups(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsIngressDenyFromGroupsAws",
    jsii_struct_bases=[],
    name_mapping={
        "labels": "labels",
        "region": "region",
        "security_groups_ids": "securityGroupsIds",
        "security_groups_names": "securityGroupsNames",
    },
)
class CiliumNetworkPolicySpecsIngressDenyFromGroupsAws:
    def __init__(
        self,
        *,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        region: typing.Optional[builtins.str] = None,
        security_groups_ids: typing.Optional[typing.Sequence[builtins.str]] = None,
        security_groups_names: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''AWSGroup is an structure that can be used to whitelisting information from AWS integration.

        :param labels: 
        :param region: 
        :param security_groups_ids: 
        :param security_groups_names: 

        :schema: CiliumNetworkPolicySpecsIngressDenyFromGroupsAws
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0d14ee30c2b6238fdc302313e639ec0202b0f266c4a01c68116965f1dc824546)
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
            check_type(argname="argument region", value=region, expected_type=type_hints["region"])
            check_type(argname="argument security_groups_ids", value=security_groups_ids, expected_type=type_hints["security_groups_ids"])
            check_type(argname="argument security_groups_names", value=security_groups_names, expected_type=type_hints["security_groups_names"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if labels is not None:
            self._values["labels"] = labels
        if region is not None:
            self._values["region"] = region
        if security_groups_ids is not None:
            self._values["security_groups_ids"] = security_groups_ids
        if security_groups_names is not None:
            self._values["security_groups_names"] = security_groups_names

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: CiliumNetworkPolicySpecsIngressDenyFromGroupsAws#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def region(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CiliumNetworkPolicySpecsIngressDenyFromGroupsAws#region
        '''
        result = self._values.get("region")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def security_groups_ids(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: CiliumNetworkPolicySpecsIngressDenyFromGroupsAws#securityGroupsIds
        '''
        result = self._values.get("security_groups_ids")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def security_groups_names(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: CiliumNetworkPolicySpecsIngressDenyFromGroupsAws#securityGroupsNames
        '''
        result = self._values.get("security_groups_names")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsIngressDenyFromGroupsAws(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsIngressDenyFromNodes",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class CiliumNetworkPolicySpecsIngressDenyFromNodes:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["CiliumNetworkPolicySpecsIngressDenyFromNodesMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''EndpointSelector is a wrapper for k8s LabelSelector.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: CiliumNetworkPolicySpecsIngressDenyFromNodes
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__dd477728f7f5972124e8773035080586d58c498622b3bd46dd10b20c0f3ccd1a)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["CiliumNetworkPolicySpecsIngressDenyFromNodesMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: CiliumNetworkPolicySpecsIngressDenyFromNodes#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecsIngressDenyFromNodesMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: CiliumNetworkPolicySpecsIngressDenyFromNodes#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsIngressDenyFromNodes(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsIngressDenyFromNodesMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class CiliumNetworkPolicySpecsIngressDenyFromNodesMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: "CiliumNetworkPolicySpecsIngressDenyFromNodesMatchExpressionsOperator",
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.

        :param key: key is the label key that the selector applies to.
        :param operator: operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.
        :param values: values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.

        :schema: CiliumNetworkPolicySpecsIngressDenyFromNodesMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b3b945d58fe6a4f6a29aa7dea3591386050029a1199e50bfcf4a9db7e22dcbcd)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''key is the label key that the selector applies to.

        :schema: CiliumNetworkPolicySpecsIngressDenyFromNodesMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(
        self,
    ) -> "CiliumNetworkPolicySpecsIngressDenyFromNodesMatchExpressionsOperator":
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: CiliumNetworkPolicySpecsIngressDenyFromNodesMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast("CiliumNetworkPolicySpecsIngressDenyFromNodesMatchExpressionsOperator", result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''values is an array of string values.

        If the operator is In or NotIn,
        the values array must be non-empty. If the operator is Exists or DoesNotExist,
        the values array must be empty. This array is replaced during a strategic
        merge patch.

        :schema: CiliumNetworkPolicySpecsIngressDenyFromNodesMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsIngressDenyFromNodesMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsIngressDenyFromNodesMatchExpressionsOperator"
)
class CiliumNetworkPolicySpecsIngressDenyFromNodesMatchExpressionsOperator(enum.Enum):
    '''operator represents a key's relationship to a set of values.

    Valid operators are In, NotIn, Exists and DoesNotExist.

    :schema: CiliumNetworkPolicySpecsIngressDenyFromNodesMatchExpressionsOperator
    '''

    IN = "IN"
    '''In.'''
    NOT_IN = "NOT_IN"
    '''NotIn.'''
    EXISTS = "EXISTS"
    '''Exists.'''
    DOES_NOT_EXIST = "DOES_NOT_EXIST"
    '''DoesNotExist.'''


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsIngressDenyFromRequires",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class CiliumNetworkPolicySpecsIngressDenyFromRequires:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["CiliumNetworkPolicySpecsIngressDenyFromRequiresMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''EndpointSelector is a wrapper for k8s LabelSelector.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: CiliumNetworkPolicySpecsIngressDenyFromRequires
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e1dffc2372a79ef9207320fde4649bb16a52f2d1e4b08eea49d63d8ae58e7e6b)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["CiliumNetworkPolicySpecsIngressDenyFromRequiresMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: CiliumNetworkPolicySpecsIngressDenyFromRequires#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecsIngressDenyFromRequiresMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: CiliumNetworkPolicySpecsIngressDenyFromRequires#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsIngressDenyFromRequires(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsIngressDenyFromRequiresMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class CiliumNetworkPolicySpecsIngressDenyFromRequiresMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: "CiliumNetworkPolicySpecsIngressDenyFromRequiresMatchExpressionsOperator",
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.

        :param key: key is the label key that the selector applies to.
        :param operator: operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.
        :param values: values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.

        :schema: CiliumNetworkPolicySpecsIngressDenyFromRequiresMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b5baae97fad17837014fd4de8b946d124eb168130bbc8063e527bed66bfd91e5)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''key is the label key that the selector applies to.

        :schema: CiliumNetworkPolicySpecsIngressDenyFromRequiresMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(
        self,
    ) -> "CiliumNetworkPolicySpecsIngressDenyFromRequiresMatchExpressionsOperator":
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: CiliumNetworkPolicySpecsIngressDenyFromRequiresMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast("CiliumNetworkPolicySpecsIngressDenyFromRequiresMatchExpressionsOperator", result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''values is an array of string values.

        If the operator is In or NotIn,
        the values array must be non-empty. If the operator is Exists or DoesNotExist,
        the values array must be empty. This array is replaced during a strategic
        merge patch.

        :schema: CiliumNetworkPolicySpecsIngressDenyFromRequiresMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsIngressDenyFromRequiresMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsIngressDenyFromRequiresMatchExpressionsOperator"
)
class CiliumNetworkPolicySpecsIngressDenyFromRequiresMatchExpressionsOperator(
    enum.Enum,
):
    '''operator represents a key's relationship to a set of values.

    Valid operators are In, NotIn, Exists and DoesNotExist.

    :schema: CiliumNetworkPolicySpecsIngressDenyFromRequiresMatchExpressionsOperator
    '''

    IN = "IN"
    '''In.'''
    NOT_IN = "NOT_IN"
    '''NotIn.'''
    EXISTS = "EXISTS"
    '''Exists.'''
    DOES_NOT_EXIST = "DOES_NOT_EXIST"
    '''DoesNotExist.'''


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsIngressDenyIcmps",
    jsii_struct_bases=[],
    name_mapping={"fields": "fields"},
)
class CiliumNetworkPolicySpecsIngressDenyIcmps:
    def __init__(
        self,
        *,
        fields: typing.Optional[typing.Sequence[typing.Union["CiliumNetworkPolicySpecsIngressDenyIcmpsFields", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''ICMPRule is a list of ICMP fields.

        :param fields: Fields is a list of ICMP fields.

        :schema: CiliumNetworkPolicySpecsIngressDenyIcmps
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__830bf6123fe39d196b96a35478141ec7bb561a9346d647896e0eafbad47e37d6)
            check_type(argname="argument fields", value=fields, expected_type=type_hints["fields"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if fields is not None:
            self._values["fields"] = fields

    @builtins.property
    def fields(
        self,
    ) -> typing.Optional[typing.List["CiliumNetworkPolicySpecsIngressDenyIcmpsFields"]]:
        '''Fields is a list of ICMP fields.

        :schema: CiliumNetworkPolicySpecsIngressDenyIcmps#fields
        '''
        result = self._values.get("fields")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecsIngressDenyIcmpsFields"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsIngressDenyIcmps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsIngressDenyIcmpsFields",
    jsii_struct_bases=[],
    name_mapping={"type": "type", "family": "family"},
)
class CiliumNetworkPolicySpecsIngressDenyIcmpsFields:
    def __init__(
        self,
        *,
        type: "CiliumNetworkPolicySpecsIngressDenyIcmpsFieldsType",
        family: typing.Optional["CiliumNetworkPolicySpecsIngressDenyIcmpsFieldsFamily"] = None,
    ) -> None:
        '''ICMPField is a ICMP field.

        :param type: Type is a ICMP-type. It should be an 8bit code (0-255), or it's CamelCase name (for example, "EchoReply"). Allowed ICMP types are: Ipv4: EchoReply | DestinationUnreachable | Redirect | Echo | EchoRequest | RouterAdvertisement | RouterSelection | TimeExceeded | ParameterProblem | Timestamp | TimestampReply | Photuris | ExtendedEcho Request | ExtendedEcho Reply Ipv6: DestinationUnreachable | PacketTooBig | TimeExceeded | ParameterProblem | EchoRequest | EchoReply | MulticastListenerQuery| MulticastListenerReport | MulticastListenerDone | RouterSolicitation | RouterAdvertisement | NeighborSolicitation | NeighborAdvertisement | RedirectMessage | RouterRenumbering | ICMPNodeInformationQuery | ICMPNodeInformationResponse | InverseNeighborDiscoverySolicitation | InverseNeighborDiscoveryAdvertisement | HomeAgentAddressDiscoveryRequest | HomeAgentAddressDiscoveryReply | MobilePrefixSolicitation | MobilePrefixAdvertisement | DuplicateAddressRequestCodeSuffix | DuplicateAddressConfirmationCodeSuffix | ExtendedEchoRequest | ExtendedEchoReply
        :param family: Family is a IP address version. Currently, we support ``IPv4`` and ``IPv6``. ``IPv4`` is set as default.

        :schema: CiliumNetworkPolicySpecsIngressDenyIcmpsFields
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3afe25486ba24c5754b9124098c920cc42a3c6a9003a3cdb2f50a7ed04036b31)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument family", value=family, expected_type=type_hints["family"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "type": type,
        }
        if family is not None:
            self._values["family"] = family

    @builtins.property
    def type(self) -> "CiliumNetworkPolicySpecsIngressDenyIcmpsFieldsType":
        '''Type is a ICMP-type.

        It should be an 8bit code (0-255), or it's CamelCase name (for example, "EchoReply").
        Allowed ICMP types are:
        Ipv4: EchoReply | DestinationUnreachable | Redirect | Echo | EchoRequest |
        RouterAdvertisement | RouterSelection | TimeExceeded | ParameterProblem |
        Timestamp | TimestampReply | Photuris | ExtendedEcho Request | ExtendedEcho Reply
        Ipv6: DestinationUnreachable | PacketTooBig | TimeExceeded | ParameterProblem |
        EchoRequest | EchoReply | MulticastListenerQuery| MulticastListenerReport |
        MulticastListenerDone | RouterSolicitation | RouterAdvertisement | NeighborSolicitation |
        NeighborAdvertisement | RedirectMessage | RouterRenumbering | ICMPNodeInformationQuery |
        ICMPNodeInformationResponse | InverseNeighborDiscoverySolicitation | InverseNeighborDiscoveryAdvertisement |
        HomeAgentAddressDiscoveryRequest | HomeAgentAddressDiscoveryReply | MobilePrefixSolicitation |
        MobilePrefixAdvertisement | DuplicateAddressRequestCodeSuffix | DuplicateAddressConfirmationCodeSuffix |
        ExtendedEchoRequest | ExtendedEchoReply

        :schema: CiliumNetworkPolicySpecsIngressDenyIcmpsFields#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast("CiliumNetworkPolicySpecsIngressDenyIcmpsFieldsType", result)

    @builtins.property
    def family(
        self,
    ) -> typing.Optional["CiliumNetworkPolicySpecsIngressDenyIcmpsFieldsFamily"]:
        '''Family is a IP address version.

        Currently, we support ``IPv4`` and ``IPv6``.
        ``IPv4`` is set as default.

        :schema: CiliumNetworkPolicySpecsIngressDenyIcmpsFields#family
        '''
        result = self._values.get("family")
        return typing.cast(typing.Optional["CiliumNetworkPolicySpecsIngressDenyIcmpsFieldsFamily"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsIngressDenyIcmpsFields(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsIngressDenyIcmpsFieldsFamily"
)
class CiliumNetworkPolicySpecsIngressDenyIcmpsFieldsFamily(enum.Enum):
    '''Family is a IP address version.

    Currently, we support ``IPv4`` and ``IPv6``.
    ``IPv4`` is set as default.

    :schema: CiliumNetworkPolicySpecsIngressDenyIcmpsFieldsFamily
    '''

    I_PV4 = "I_PV4"
    '''IPv4.'''
    I_PV6 = "I_PV6"
    '''IPv6.'''


class CiliumNetworkPolicySpecsIngressDenyIcmpsFieldsType(
    metaclass=jsii.JSIIMeta,
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsIngressDenyIcmpsFieldsType",
):
    '''Type is a ICMP-type.

    It should be an 8bit code (0-255), or it's CamelCase name (for example, "EchoReply").
    Allowed ICMP types are:
    Ipv4: EchoReply | DestinationUnreachable | Redirect | Echo | EchoRequest |
    RouterAdvertisement | RouterSelection | TimeExceeded | ParameterProblem |
    Timestamp | TimestampReply | Photuris | ExtendedEcho Request | ExtendedEcho Reply
    Ipv6: DestinationUnreachable | PacketTooBig | TimeExceeded | ParameterProblem |
    EchoRequest | EchoReply | MulticastListenerQuery| MulticastListenerReport |
    MulticastListenerDone | RouterSolicitation | RouterAdvertisement | NeighborSolicitation |
    NeighborAdvertisement | RedirectMessage | RouterRenumbering | ICMPNodeInformationQuery |
    ICMPNodeInformationResponse | InverseNeighborDiscoverySolicitation | InverseNeighborDiscoveryAdvertisement |
    HomeAgentAddressDiscoveryRequest | HomeAgentAddressDiscoveryReply | MobilePrefixSolicitation |
    MobilePrefixAdvertisement | DuplicateAddressRequestCodeSuffix | DuplicateAddressConfirmationCodeSuffix |
    ExtendedEchoRequest | ExtendedEchoReply

    :schema: CiliumNetworkPolicySpecsIngressDenyIcmpsFieldsType
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "CiliumNetworkPolicySpecsIngressDenyIcmpsFieldsType":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__89d9a65f0d1db7a4b43e11c9371e5ebf1ff32fe72e0c560b446de92e22d7d05c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("CiliumNetworkPolicySpecsIngressDenyIcmpsFieldsType", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "CiliumNetworkPolicySpecsIngressDenyIcmpsFieldsType":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ec004f28782615bb11d9cb94c8099577ae126d058287c8756287e19fc725f085)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("CiliumNetworkPolicySpecsIngressDenyIcmpsFieldsType", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsIngressDenyToPorts",
    jsii_struct_bases=[],
    name_mapping={"ports": "ports"},
)
class CiliumNetworkPolicySpecsIngressDenyToPorts:
    def __init__(
        self,
        *,
        ports: typing.Optional[typing.Sequence[typing.Union["CiliumNetworkPolicySpecsIngressDenyToPortsPorts", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''PortDenyRule is a list of ports/protocol that should be used for deny policies.

        This structure lacks the L7Rules since it's not supported in deny
        policies.

        :param ports: Ports is a list of L4 port/protocol.

        :schema: CiliumNetworkPolicySpecsIngressDenyToPorts
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0a00d3f5a9ed4f77b9a8c7a48f15e9cac154fe2233790916a7feba1160c16fa6)
            check_type(argname="argument ports", value=ports, expected_type=type_hints["ports"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if ports is not None:
            self._values["ports"] = ports

    @builtins.property
    def ports(
        self,
    ) -> typing.Optional[typing.List["CiliumNetworkPolicySpecsIngressDenyToPortsPorts"]]:
        '''Ports is a list of L4 port/protocol.

        :schema: CiliumNetworkPolicySpecsIngressDenyToPorts#ports
        '''
        result = self._values.get("ports")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecsIngressDenyToPortsPorts"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsIngressDenyToPorts(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsIngressDenyToPortsPorts",
    jsii_struct_bases=[],
    name_mapping={"port": "port", "end_port": "endPort", "protocol": "protocol"},
)
class CiliumNetworkPolicySpecsIngressDenyToPortsPorts:
    def __init__(
        self,
        *,
        port: builtins.str,
        end_port: typing.Optional[jsii.Number] = None,
        protocol: typing.Optional["CiliumNetworkPolicySpecsIngressDenyToPortsPortsProtocol"] = None,
    ) -> None:
        '''PortProtocol specifies an L4 port with an optional transport protocol.

        :param port: Port can be an L4 port number, or a name in the form of "http" or "http-8080".
        :param end_port: EndPort can only be an L4 port number.
        :param protocol: Protocol is the L4 protocol. If omitted or empty, any protocol matches. Accepted values: "TCP", "UDP", "SCTP", "ANY". Matching on ICMP is not supported. Named port specified for a container may narrow this down, but may not contradict this.

        :schema: CiliumNetworkPolicySpecsIngressDenyToPortsPorts
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1f8fb9bb07256098bb044d7dc6c2724ea4e155a96f28f7d29664c4de2306cdda)
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument end_port", value=end_port, expected_type=type_hints["end_port"])
            check_type(argname="argument protocol", value=protocol, expected_type=type_hints["protocol"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "port": port,
        }
        if end_port is not None:
            self._values["end_port"] = end_port
        if protocol is not None:
            self._values["protocol"] = protocol

    @builtins.property
    def port(self) -> builtins.str:
        '''Port can be an L4 port number, or a name in the form of "http" or "http-8080".

        :schema: CiliumNetworkPolicySpecsIngressDenyToPortsPorts#port
        '''
        result = self._values.get("port")
        assert result is not None, "Required property 'port' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def end_port(self) -> typing.Optional[jsii.Number]:
        '''EndPort can only be an L4 port number.

        :schema: CiliumNetworkPolicySpecsIngressDenyToPortsPorts#endPort
        '''
        result = self._values.get("end_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def protocol(
        self,
    ) -> typing.Optional["CiliumNetworkPolicySpecsIngressDenyToPortsPortsProtocol"]:
        '''Protocol is the L4 protocol. If omitted or empty, any protocol matches. Accepted values: "TCP", "UDP", "SCTP", "ANY".

        Matching on ICMP is not supported.

        Named port specified for a container may narrow this down, but may not
        contradict this.

        :schema: CiliumNetworkPolicySpecsIngressDenyToPortsPorts#protocol
        '''
        result = self._values.get("protocol")
        return typing.cast(typing.Optional["CiliumNetworkPolicySpecsIngressDenyToPortsPortsProtocol"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsIngressDenyToPortsPorts(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsIngressDenyToPortsPortsProtocol"
)
class CiliumNetworkPolicySpecsIngressDenyToPortsPortsProtocol(enum.Enum):
    '''Protocol is the L4 protocol. If omitted or empty, any protocol matches. Accepted values: "TCP", "UDP", "SCTP", "ANY".

    Matching on ICMP is not supported.

    Named port specified for a container may narrow this down, but may not
    contradict this.

    :schema: CiliumNetworkPolicySpecsIngressDenyToPortsPortsProtocol
    '''

    TCP = "TCP"
    '''TCP.'''
    UDP = "UDP"
    '''UDP.'''
    SCTP = "SCTP"
    '''SCTP.'''
    ANY = "ANY"
    '''ANY.'''


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsIngressFromCidrSet",
    jsii_struct_bases=[],
    name_mapping={
        "cidr": "cidr",
        "cidr_group_ref": "cidrGroupRef",
        "cidr_group_selector": "cidrGroupSelector",
        "except_": "except",
    },
)
class CiliumNetworkPolicySpecsIngressFromCidrSet:
    def __init__(
        self,
        *,
        cidr: typing.Optional[builtins.str] = None,
        cidr_group_ref: typing.Optional[builtins.str] = None,
        cidr_group_selector: typing.Optional[typing.Union["CiliumNetworkPolicySpecsIngressFromCidrSetCidrGroupSelector", typing.Dict[builtins.str, typing.Any]]] = None,
        except_: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''CIDRRule is a rule that specifies a CIDR prefix to/from which outside communication  is allowed, along with an optional list of subnets within that CIDR prefix to/from which outside communication is not allowed.

        :param cidr: CIDR is a CIDR prefix / IP Block.
        :param cidr_group_ref: CIDRGroupRef is a reference to a CiliumCIDRGroup object. A CiliumCIDRGroup contains a list of CIDRs that the endpoint, subject to the rule, can (Ingress/Egress) or cannot (IngressDeny/EgressDeny) receive connections from.
        :param cidr_group_selector: CIDRGroupSelector selects CiliumCIDRGroups by their labels, rather than by name.
        :param except_: ExceptCIDRs is a list of IP blocks which the endpoint subject to the rule is not allowed to initiate connections to. These CIDR prefixes should be contained within Cidr, using ExceptCIDRs together with CIDRGroupRef is not supported yet. These exceptions are only applied to the Cidr in this CIDRRule, and do not apply to any other CIDR prefixes in any other CIDRRules.

        :schema: CiliumNetworkPolicySpecsIngressFromCidrSet
        '''
        if isinstance(cidr_group_selector, dict):
            cidr_group_selector = CiliumNetworkPolicySpecsIngressFromCidrSetCidrGroupSelector(**cidr_group_selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__10f9b385c76882050e40008812d89d44d26847d6d610f0e77920ddcf87c19488)
            check_type(argname="argument cidr", value=cidr, expected_type=type_hints["cidr"])
            check_type(argname="argument cidr_group_ref", value=cidr_group_ref, expected_type=type_hints["cidr_group_ref"])
            check_type(argname="argument cidr_group_selector", value=cidr_group_selector, expected_type=type_hints["cidr_group_selector"])
            check_type(argname="argument except_", value=except_, expected_type=type_hints["except_"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cidr is not None:
            self._values["cidr"] = cidr
        if cidr_group_ref is not None:
            self._values["cidr_group_ref"] = cidr_group_ref
        if cidr_group_selector is not None:
            self._values["cidr_group_selector"] = cidr_group_selector
        if except_ is not None:
            self._values["except_"] = except_

    @builtins.property
    def cidr(self) -> typing.Optional[builtins.str]:
        '''CIDR is a CIDR prefix / IP Block.

        :schema: CiliumNetworkPolicySpecsIngressFromCidrSet#cidr
        '''
        result = self._values.get("cidr")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cidr_group_ref(self) -> typing.Optional[builtins.str]:
        '''CIDRGroupRef is a reference to a CiliumCIDRGroup object.

        A CiliumCIDRGroup contains a list of CIDRs that the endpoint, subject to
        the rule, can (Ingress/Egress) or cannot (IngressDeny/EgressDeny) receive
        connections from.

        :schema: CiliumNetworkPolicySpecsIngressFromCidrSet#cidrGroupRef
        '''
        result = self._values.get("cidr_group_ref")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cidr_group_selector(
        self,
    ) -> typing.Optional["CiliumNetworkPolicySpecsIngressFromCidrSetCidrGroupSelector"]:
        '''CIDRGroupSelector selects CiliumCIDRGroups by their labels, rather than by name.

        :schema: CiliumNetworkPolicySpecsIngressFromCidrSet#cidrGroupSelector
        '''
        result = self._values.get("cidr_group_selector")
        return typing.cast(typing.Optional["CiliumNetworkPolicySpecsIngressFromCidrSetCidrGroupSelector"], result)

    @builtins.property
    def except_(self) -> typing.Optional[typing.List[builtins.str]]:
        '''ExceptCIDRs is a list of IP blocks which the endpoint subject to the rule is not allowed to initiate connections to.

        These CIDR prefixes should be
        contained within Cidr, using ExceptCIDRs together with CIDRGroupRef is not
        supported yet.
        These exceptions are only applied to the Cidr in this CIDRRule, and do not
        apply to any other CIDR prefixes in any other CIDRRules.

        :schema: CiliumNetworkPolicySpecsIngressFromCidrSet#except
        '''
        result = self._values.get("except_")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsIngressFromCidrSet(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsIngressFromCidrSetCidrGroupSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class CiliumNetworkPolicySpecsIngressFromCidrSetCidrGroupSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["CiliumNetworkPolicySpecsIngressFromCidrSetCidrGroupSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''CIDRGroupSelector selects CiliumCIDRGroups by their labels, rather than by name.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: CiliumNetworkPolicySpecsIngressFromCidrSetCidrGroupSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__16a78f1e94104a3a85fc752228828d566418df94b06e46b2ad4630cf335fe9a9)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["CiliumNetworkPolicySpecsIngressFromCidrSetCidrGroupSelectorMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: CiliumNetworkPolicySpecsIngressFromCidrSetCidrGroupSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecsIngressFromCidrSetCidrGroupSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: CiliumNetworkPolicySpecsIngressFromCidrSetCidrGroupSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsIngressFromCidrSetCidrGroupSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsIngressFromCidrSetCidrGroupSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class CiliumNetworkPolicySpecsIngressFromCidrSetCidrGroupSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: "CiliumNetworkPolicySpecsIngressFromCidrSetCidrGroupSelectorMatchExpressionsOperator",
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.

        :param key: key is the label key that the selector applies to.
        :param operator: operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.
        :param values: values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.

        :schema: CiliumNetworkPolicySpecsIngressFromCidrSetCidrGroupSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e800bd8d5fe94ff4290573b0e856bf311526b554d432e32893c8bd253f4c1fbd)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''key is the label key that the selector applies to.

        :schema: CiliumNetworkPolicySpecsIngressFromCidrSetCidrGroupSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(
        self,
    ) -> "CiliumNetworkPolicySpecsIngressFromCidrSetCidrGroupSelectorMatchExpressionsOperator":
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: CiliumNetworkPolicySpecsIngressFromCidrSetCidrGroupSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast("CiliumNetworkPolicySpecsIngressFromCidrSetCidrGroupSelectorMatchExpressionsOperator", result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''values is an array of string values.

        If the operator is In or NotIn,
        the values array must be non-empty. If the operator is Exists or DoesNotExist,
        the values array must be empty. This array is replaced during a strategic
        merge patch.

        :schema: CiliumNetworkPolicySpecsIngressFromCidrSetCidrGroupSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsIngressFromCidrSetCidrGroupSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsIngressFromCidrSetCidrGroupSelectorMatchExpressionsOperator"
)
class CiliumNetworkPolicySpecsIngressFromCidrSetCidrGroupSelectorMatchExpressionsOperator(
    enum.Enum,
):
    '''operator represents a key's relationship to a set of values.

    Valid operators are In, NotIn, Exists and DoesNotExist.

    :schema: CiliumNetworkPolicySpecsIngressFromCidrSetCidrGroupSelectorMatchExpressionsOperator
    '''

    IN = "IN"
    '''In.'''
    NOT_IN = "NOT_IN"
    '''NotIn.'''
    EXISTS = "EXISTS"
    '''Exists.'''
    DOES_NOT_EXIST = "DOES_NOT_EXIST"
    '''DoesNotExist.'''


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsIngressFromEndpoints",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class CiliumNetworkPolicySpecsIngressFromEndpoints:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["CiliumNetworkPolicySpecsIngressFromEndpointsMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''EndpointSelector is a wrapper for k8s LabelSelector.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: CiliumNetworkPolicySpecsIngressFromEndpoints
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5f042571e4d54df712e4ff99cbf447026642669e823d6fa5bcf613456512a4a7)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["CiliumNetworkPolicySpecsIngressFromEndpointsMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: CiliumNetworkPolicySpecsIngressFromEndpoints#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecsIngressFromEndpointsMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: CiliumNetworkPolicySpecsIngressFromEndpoints#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsIngressFromEndpoints(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsIngressFromEndpointsMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class CiliumNetworkPolicySpecsIngressFromEndpointsMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: "CiliumNetworkPolicySpecsIngressFromEndpointsMatchExpressionsOperator",
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.

        :param key: key is the label key that the selector applies to.
        :param operator: operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.
        :param values: values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.

        :schema: CiliumNetworkPolicySpecsIngressFromEndpointsMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__240a10a8f12d11717e4b60fceaf1dbbe786952d40fba8d46d589cc51a7a3e422)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''key is the label key that the selector applies to.

        :schema: CiliumNetworkPolicySpecsIngressFromEndpointsMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(
        self,
    ) -> "CiliumNetworkPolicySpecsIngressFromEndpointsMatchExpressionsOperator":
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: CiliumNetworkPolicySpecsIngressFromEndpointsMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast("CiliumNetworkPolicySpecsIngressFromEndpointsMatchExpressionsOperator", result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''values is an array of string values.

        If the operator is In or NotIn,
        the values array must be non-empty. If the operator is Exists or DoesNotExist,
        the values array must be empty. This array is replaced during a strategic
        merge patch.

        :schema: CiliumNetworkPolicySpecsIngressFromEndpointsMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsIngressFromEndpointsMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsIngressFromEndpointsMatchExpressionsOperator"
)
class CiliumNetworkPolicySpecsIngressFromEndpointsMatchExpressionsOperator(enum.Enum):
    '''operator represents a key's relationship to a set of values.

    Valid operators are In, NotIn, Exists and DoesNotExist.

    :schema: CiliumNetworkPolicySpecsIngressFromEndpointsMatchExpressionsOperator
    '''

    IN = "IN"
    '''In.'''
    NOT_IN = "NOT_IN"
    '''NotIn.'''
    EXISTS = "EXISTS"
    '''Exists.'''
    DOES_NOT_EXIST = "DOES_NOT_EXIST"
    '''DoesNotExist.'''


@jsii.enum(jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsIngressFromEntities")
class CiliumNetworkPolicySpecsIngressFromEntities(enum.Enum):
    '''Entity specifies the class of receiver/sender endpoints that do not have individual identities.

    Entities are used to describe "outside of cluster",
    "host", etc.

    :schema: CiliumNetworkPolicySpecsIngressFromEntities
    '''

    ALL = "ALL"
    '''all.'''
    WORLD = "WORLD"
    '''world.'''
    CLUSTER = "CLUSTER"
    '''cluster.'''
    HOST = "HOST"
    '''host.'''
    INIT = "INIT"
    '''init.'''
    INGRESS = "INGRESS"
    '''ingress.'''
    UNMANAGED = "UNMANAGED"
    '''unmanaged.'''
    REMOTE_HYPHEN_NODE = "REMOTE_HYPHEN_NODE"
    '''remote-node.'''
    HEALTH = "HEALTH"
    '''health.'''
    NONE = "NONE"
    '''none.'''
    KUBE_HYPHEN_APISERVER = "KUBE_HYPHEN_APISERVER"
    '''kube-apiserver.'''


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsIngressFromGroups",
    jsii_struct_bases=[],
    name_mapping={"aws": "aws"},
)
class CiliumNetworkPolicySpecsIngressFromGroups:
    def __init__(
        self,
        *,
        aws: typing.Optional[typing.Union["CiliumNetworkPolicySpecsIngressFromGroupsAws", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Groups structure to store all kinds of new integrations that needs a new derivative policy.

        :param aws: AWSGroup is an structure that can be used to whitelisting information from AWS integration.

        :schema: CiliumNetworkPolicySpecsIngressFromGroups
        '''
        if isinstance(aws, dict):
            aws = CiliumNetworkPolicySpecsIngressFromGroupsAws(**aws)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__52181562b1ceda088af2db62c58ec7a73f6242b00f3b9e7531a7bfdf60b4288b)
            check_type(argname="argument aws", value=aws, expected_type=type_hints["aws"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if aws is not None:
            self._values["aws"] = aws

    @builtins.property
    def aws(self) -> typing.Optional["CiliumNetworkPolicySpecsIngressFromGroupsAws"]:
        '''AWSGroup is an structure that can be used to whitelisting information from AWS integration.

        :schema: CiliumNetworkPolicySpecsIngressFromGroups#aws
        '''
        result = self._values.get("aws")
        return typing.cast(typing.Optional["CiliumNetworkPolicySpecsIngressFromGroupsAws"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsIngressFromGroups(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsIngressFromGroupsAws",
    jsii_struct_bases=[],
    name_mapping={
        "labels": "labels",
        "region": "region",
        "security_groups_ids": "securityGroupsIds",
        "security_groups_names": "securityGroupsNames",
    },
)
class CiliumNetworkPolicySpecsIngressFromGroupsAws:
    def __init__(
        self,
        *,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        region: typing.Optional[builtins.str] = None,
        security_groups_ids: typing.Optional[typing.Sequence[builtins.str]] = None,
        security_groups_names: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''AWSGroup is an structure that can be used to whitelisting information from AWS integration.

        :param labels: 
        :param region: 
        :param security_groups_ids: 
        :param security_groups_names: 

        :schema: CiliumNetworkPolicySpecsIngressFromGroupsAws
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6822fed8ffc207bce5bf8479ed3595150c7c2a4cec3385840eef2bcdaed0bc7b)
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
            check_type(argname="argument region", value=region, expected_type=type_hints["region"])
            check_type(argname="argument security_groups_ids", value=security_groups_ids, expected_type=type_hints["security_groups_ids"])
            check_type(argname="argument security_groups_names", value=security_groups_names, expected_type=type_hints["security_groups_names"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if labels is not None:
            self._values["labels"] = labels
        if region is not None:
            self._values["region"] = region
        if security_groups_ids is not None:
            self._values["security_groups_ids"] = security_groups_ids
        if security_groups_names is not None:
            self._values["security_groups_names"] = security_groups_names

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: CiliumNetworkPolicySpecsIngressFromGroupsAws#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def region(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CiliumNetworkPolicySpecsIngressFromGroupsAws#region
        '''
        result = self._values.get("region")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def security_groups_ids(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: CiliumNetworkPolicySpecsIngressFromGroupsAws#securityGroupsIds
        '''
        result = self._values.get("security_groups_ids")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def security_groups_names(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: CiliumNetworkPolicySpecsIngressFromGroupsAws#securityGroupsNames
        '''
        result = self._values.get("security_groups_names")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsIngressFromGroupsAws(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsIngressFromNodes",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class CiliumNetworkPolicySpecsIngressFromNodes:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["CiliumNetworkPolicySpecsIngressFromNodesMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''EndpointSelector is a wrapper for k8s LabelSelector.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: CiliumNetworkPolicySpecsIngressFromNodes
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__cc2b5cc052c615fa462657d7ba669bd510aa07b9c66ee048efbb798133445822)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["CiliumNetworkPolicySpecsIngressFromNodesMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: CiliumNetworkPolicySpecsIngressFromNodes#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecsIngressFromNodesMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: CiliumNetworkPolicySpecsIngressFromNodes#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsIngressFromNodes(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsIngressFromNodesMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class CiliumNetworkPolicySpecsIngressFromNodesMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: "CiliumNetworkPolicySpecsIngressFromNodesMatchExpressionsOperator",
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.

        :param key: key is the label key that the selector applies to.
        :param operator: operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.
        :param values: values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.

        :schema: CiliumNetworkPolicySpecsIngressFromNodesMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__43ba059bb18f1f6e82a1a8b02eb5bce3cff96fd4dc164c3f2c7052058a86f65c)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''key is the label key that the selector applies to.

        :schema: CiliumNetworkPolicySpecsIngressFromNodesMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(
        self,
    ) -> "CiliumNetworkPolicySpecsIngressFromNodesMatchExpressionsOperator":
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: CiliumNetworkPolicySpecsIngressFromNodesMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast("CiliumNetworkPolicySpecsIngressFromNodesMatchExpressionsOperator", result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''values is an array of string values.

        If the operator is In or NotIn,
        the values array must be non-empty. If the operator is Exists or DoesNotExist,
        the values array must be empty. This array is replaced during a strategic
        merge patch.

        :schema: CiliumNetworkPolicySpecsIngressFromNodesMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsIngressFromNodesMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsIngressFromNodesMatchExpressionsOperator"
)
class CiliumNetworkPolicySpecsIngressFromNodesMatchExpressionsOperator(enum.Enum):
    '''operator represents a key's relationship to a set of values.

    Valid operators are In, NotIn, Exists and DoesNotExist.

    :schema: CiliumNetworkPolicySpecsIngressFromNodesMatchExpressionsOperator
    '''

    IN = "IN"
    '''In.'''
    NOT_IN = "NOT_IN"
    '''NotIn.'''
    EXISTS = "EXISTS"
    '''Exists.'''
    DOES_NOT_EXIST = "DOES_NOT_EXIST"
    '''DoesNotExist.'''


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsIngressFromRequires",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class CiliumNetworkPolicySpecsIngressFromRequires:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["CiliumNetworkPolicySpecsIngressFromRequiresMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''EndpointSelector is a wrapper for k8s LabelSelector.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: CiliumNetworkPolicySpecsIngressFromRequires
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bb2de64a343cc1b166a8f5d09d5dd8a7f193542f25390dec478d9184589ed420)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["CiliumNetworkPolicySpecsIngressFromRequiresMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: CiliumNetworkPolicySpecsIngressFromRequires#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecsIngressFromRequiresMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: CiliumNetworkPolicySpecsIngressFromRequires#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsIngressFromRequires(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsIngressFromRequiresMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class CiliumNetworkPolicySpecsIngressFromRequiresMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: "CiliumNetworkPolicySpecsIngressFromRequiresMatchExpressionsOperator",
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.

        :param key: key is the label key that the selector applies to.
        :param operator: operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.
        :param values: values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.

        :schema: CiliumNetworkPolicySpecsIngressFromRequiresMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__58454d6ba2ead5988d9dab47b501380e37c65d85d13cb99b2fa665704241a215)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''key is the label key that the selector applies to.

        :schema: CiliumNetworkPolicySpecsIngressFromRequiresMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(
        self,
    ) -> "CiliumNetworkPolicySpecsIngressFromRequiresMatchExpressionsOperator":
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: CiliumNetworkPolicySpecsIngressFromRequiresMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast("CiliumNetworkPolicySpecsIngressFromRequiresMatchExpressionsOperator", result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''values is an array of string values.

        If the operator is In or NotIn,
        the values array must be non-empty. If the operator is Exists or DoesNotExist,
        the values array must be empty. This array is replaced during a strategic
        merge patch.

        :schema: CiliumNetworkPolicySpecsIngressFromRequiresMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsIngressFromRequiresMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsIngressFromRequiresMatchExpressionsOperator"
)
class CiliumNetworkPolicySpecsIngressFromRequiresMatchExpressionsOperator(enum.Enum):
    '''operator represents a key's relationship to a set of values.

    Valid operators are In, NotIn, Exists and DoesNotExist.

    :schema: CiliumNetworkPolicySpecsIngressFromRequiresMatchExpressionsOperator
    '''

    IN = "IN"
    '''In.'''
    NOT_IN = "NOT_IN"
    '''NotIn.'''
    EXISTS = "EXISTS"
    '''Exists.'''
    DOES_NOT_EXIST = "DOES_NOT_EXIST"
    '''DoesNotExist.'''


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsIngressIcmps",
    jsii_struct_bases=[],
    name_mapping={"fields": "fields"},
)
class CiliumNetworkPolicySpecsIngressIcmps:
    def __init__(
        self,
        *,
        fields: typing.Optional[typing.Sequence[typing.Union["CiliumNetworkPolicySpecsIngressIcmpsFields", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''ICMPRule is a list of ICMP fields.

        :param fields: Fields is a list of ICMP fields.

        :schema: CiliumNetworkPolicySpecsIngressIcmps
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__58f66f392a940a0e4a1b0e3d066a8f691ae8d7eee70b77a0ee5752eef7380261)
            check_type(argname="argument fields", value=fields, expected_type=type_hints["fields"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if fields is not None:
            self._values["fields"] = fields

    @builtins.property
    def fields(
        self,
    ) -> typing.Optional[typing.List["CiliumNetworkPolicySpecsIngressIcmpsFields"]]:
        '''Fields is a list of ICMP fields.

        :schema: CiliumNetworkPolicySpecsIngressIcmps#fields
        '''
        result = self._values.get("fields")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecsIngressIcmpsFields"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsIngressIcmps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsIngressIcmpsFields",
    jsii_struct_bases=[],
    name_mapping={"type": "type", "family": "family"},
)
class CiliumNetworkPolicySpecsIngressIcmpsFields:
    def __init__(
        self,
        *,
        type: "CiliumNetworkPolicySpecsIngressIcmpsFieldsType",
        family: typing.Optional["CiliumNetworkPolicySpecsIngressIcmpsFieldsFamily"] = None,
    ) -> None:
        '''ICMPField is a ICMP field.

        :param type: Type is a ICMP-type. It should be an 8bit code (0-255), or it's CamelCase name (for example, "EchoReply"). Allowed ICMP types are: Ipv4: EchoReply | DestinationUnreachable | Redirect | Echo | EchoRequest | RouterAdvertisement | RouterSelection | TimeExceeded | ParameterProblem | Timestamp | TimestampReply | Photuris | ExtendedEcho Request | ExtendedEcho Reply Ipv6: DestinationUnreachable | PacketTooBig | TimeExceeded | ParameterProblem | EchoRequest | EchoReply | MulticastListenerQuery| MulticastListenerReport | MulticastListenerDone | RouterSolicitation | RouterAdvertisement | NeighborSolicitation | NeighborAdvertisement | RedirectMessage | RouterRenumbering | ICMPNodeInformationQuery | ICMPNodeInformationResponse | InverseNeighborDiscoverySolicitation | InverseNeighborDiscoveryAdvertisement | HomeAgentAddressDiscoveryRequest | HomeAgentAddressDiscoveryReply | MobilePrefixSolicitation | MobilePrefixAdvertisement | DuplicateAddressRequestCodeSuffix | DuplicateAddressConfirmationCodeSuffix | ExtendedEchoRequest | ExtendedEchoReply
        :param family: Family is a IP address version. Currently, we support ``IPv4`` and ``IPv6``. ``IPv4`` is set as default.

        :schema: CiliumNetworkPolicySpecsIngressIcmpsFields
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a1bf992682447e798293d24225761c39f28b582146edd3a6becaa2c979704932)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument family", value=family, expected_type=type_hints["family"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "type": type,
        }
        if family is not None:
            self._values["family"] = family

    @builtins.property
    def type(self) -> "CiliumNetworkPolicySpecsIngressIcmpsFieldsType":
        '''Type is a ICMP-type.

        It should be an 8bit code (0-255), or it's CamelCase name (for example, "EchoReply").
        Allowed ICMP types are:
        Ipv4: EchoReply | DestinationUnreachable | Redirect | Echo | EchoRequest |
        RouterAdvertisement | RouterSelection | TimeExceeded | ParameterProblem |
        Timestamp | TimestampReply | Photuris | ExtendedEcho Request | ExtendedEcho Reply
        Ipv6: DestinationUnreachable | PacketTooBig | TimeExceeded | ParameterProblem |
        EchoRequest | EchoReply | MulticastListenerQuery| MulticastListenerReport |
        MulticastListenerDone | RouterSolicitation | RouterAdvertisement | NeighborSolicitation |
        NeighborAdvertisement | RedirectMessage | RouterRenumbering | ICMPNodeInformationQuery |
        ICMPNodeInformationResponse | InverseNeighborDiscoverySolicitation | InverseNeighborDiscoveryAdvertisement |
        HomeAgentAddressDiscoveryRequest | HomeAgentAddressDiscoveryReply | MobilePrefixSolicitation |
        MobilePrefixAdvertisement | DuplicateAddressRequestCodeSuffix | DuplicateAddressConfirmationCodeSuffix |
        ExtendedEchoRequest | ExtendedEchoReply

        :schema: CiliumNetworkPolicySpecsIngressIcmpsFields#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast("CiliumNetworkPolicySpecsIngressIcmpsFieldsType", result)

    @builtins.property
    def family(
        self,
    ) -> typing.Optional["CiliumNetworkPolicySpecsIngressIcmpsFieldsFamily"]:
        '''Family is a IP address version.

        Currently, we support ``IPv4`` and ``IPv6``.
        ``IPv4`` is set as default.

        :schema: CiliumNetworkPolicySpecsIngressIcmpsFields#family
        '''
        result = self._values.get("family")
        return typing.cast(typing.Optional["CiliumNetworkPolicySpecsIngressIcmpsFieldsFamily"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsIngressIcmpsFields(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsIngressIcmpsFieldsFamily"
)
class CiliumNetworkPolicySpecsIngressIcmpsFieldsFamily(enum.Enum):
    '''Family is a IP address version.

    Currently, we support ``IPv4`` and ``IPv6``.
    ``IPv4`` is set as default.

    :schema: CiliumNetworkPolicySpecsIngressIcmpsFieldsFamily
    '''

    I_PV4 = "I_PV4"
    '''IPv4.'''
    I_PV6 = "I_PV6"
    '''IPv6.'''


class CiliumNetworkPolicySpecsIngressIcmpsFieldsType(
    metaclass=jsii.JSIIMeta,
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsIngressIcmpsFieldsType",
):
    '''Type is a ICMP-type.

    It should be an 8bit code (0-255), or it's CamelCase name (for example, "EchoReply").
    Allowed ICMP types are:
    Ipv4: EchoReply | DestinationUnreachable | Redirect | Echo | EchoRequest |
    RouterAdvertisement | RouterSelection | TimeExceeded | ParameterProblem |
    Timestamp | TimestampReply | Photuris | ExtendedEcho Request | ExtendedEcho Reply
    Ipv6: DestinationUnreachable | PacketTooBig | TimeExceeded | ParameterProblem |
    EchoRequest | EchoReply | MulticastListenerQuery| MulticastListenerReport |
    MulticastListenerDone | RouterSolicitation | RouterAdvertisement | NeighborSolicitation |
    NeighborAdvertisement | RedirectMessage | RouterRenumbering | ICMPNodeInformationQuery |
    ICMPNodeInformationResponse | InverseNeighborDiscoverySolicitation | InverseNeighborDiscoveryAdvertisement |
    HomeAgentAddressDiscoveryRequest | HomeAgentAddressDiscoveryReply | MobilePrefixSolicitation |
    MobilePrefixAdvertisement | DuplicateAddressRequestCodeSuffix | DuplicateAddressConfirmationCodeSuffix |
    ExtendedEchoRequest | ExtendedEchoReply

    :schema: CiliumNetworkPolicySpecsIngressIcmpsFieldsType
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "CiliumNetworkPolicySpecsIngressIcmpsFieldsType":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__59bd44bab6e6f056eb149750758ef3d2ce16470f5e1342538f86d8ca0783e09e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("CiliumNetworkPolicySpecsIngressIcmpsFieldsType", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "CiliumNetworkPolicySpecsIngressIcmpsFieldsType":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__904daa4b4f56cd67dc09472aaca633125f9b234fc5b8ce10c88778a0f7280827)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("CiliumNetworkPolicySpecsIngressIcmpsFieldsType", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsIngressToPorts",
    jsii_struct_bases=[],
    name_mapping={
        "listener": "listener",
        "originating_tls": "originatingTls",
        "ports": "ports",
        "rules": "rules",
        "server_names": "serverNames",
        "terminating_tls": "terminatingTls",
    },
)
class CiliumNetworkPolicySpecsIngressToPorts:
    def __init__(
        self,
        *,
        listener: typing.Optional[typing.Union["CiliumNetworkPolicySpecsIngressToPortsListener", typing.Dict[builtins.str, typing.Any]]] = None,
        originating_tls: typing.Optional[typing.Union["CiliumNetworkPolicySpecsIngressToPortsOriginatingTls", typing.Dict[builtins.str, typing.Any]]] = None,
        ports: typing.Optional[typing.Sequence[typing.Union["CiliumNetworkPolicySpecsIngressToPortsPorts", typing.Dict[builtins.str, typing.Any]]]] = None,
        rules: typing.Optional[typing.Union["CiliumNetworkPolicySpecsIngressToPortsRules", typing.Dict[builtins.str, typing.Any]]] = None,
        server_names: typing.Optional[typing.Sequence[builtins.str]] = None,
        terminating_tls: typing.Optional[typing.Union["CiliumNetworkPolicySpecsIngressToPortsTerminatingTls", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''PortRule is a list of ports/protocol combinations with optional Layer 7 rules which must be met.

        :param listener: listener specifies the name of a custom Envoy listener to which this traffic should be redirected to.
        :param originating_tls: OriginatingTLS is the TLS context for the connections originated by the L7 proxy. For egress policy this specifies the client-side TLS parameters for the upstream connection originating from the L7 proxy to the remote destination. For ingress policy this specifies the client-side TLS parameters for the connection from the L7 proxy to the local endpoint.
        :param ports: Ports is a list of L4 port/protocol.
        :param rules: Rules is a list of additional port level rules which must be met in order for the PortRule to allow the traffic. If omitted or empty, no layer 7 rules are enforced.
        :param server_names: ServerNames is a list of allowed TLS SNI values. If not empty, then TLS must be present and one of the provided SNIs must be indicated in the TLS handshake.
        :param terminating_tls: TerminatingTLS is the TLS context for the connection terminated by the L7 proxy. For egress policy this specifies the server-side TLS parameters to be applied on the connections originated from the local endpoint and terminated by the L7 proxy. For ingress policy this specifies the server-side TLS parameters to be applied on the connections originated from a remote source and terminated by the L7 proxy.

        :schema: CiliumNetworkPolicySpecsIngressToPorts
        '''
        if isinstance(listener, dict):
            listener = CiliumNetworkPolicySpecsIngressToPortsListener(**listener)
        if isinstance(originating_tls, dict):
            originating_tls = CiliumNetworkPolicySpecsIngressToPortsOriginatingTls(**originating_tls)
        if isinstance(rules, dict):
            rules = CiliumNetworkPolicySpecsIngressToPortsRules(**rules)
        if isinstance(terminating_tls, dict):
            terminating_tls = CiliumNetworkPolicySpecsIngressToPortsTerminatingTls(**terminating_tls)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9854c061c13a52c61bf4a6e3feac1606635c82ff1f7ffba31001f0382a54ad9b)
            check_type(argname="argument listener", value=listener, expected_type=type_hints["listener"])
            check_type(argname="argument originating_tls", value=originating_tls, expected_type=type_hints["originating_tls"])
            check_type(argname="argument ports", value=ports, expected_type=type_hints["ports"])
            check_type(argname="argument rules", value=rules, expected_type=type_hints["rules"])
            check_type(argname="argument server_names", value=server_names, expected_type=type_hints["server_names"])
            check_type(argname="argument terminating_tls", value=terminating_tls, expected_type=type_hints["terminating_tls"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if listener is not None:
            self._values["listener"] = listener
        if originating_tls is not None:
            self._values["originating_tls"] = originating_tls
        if ports is not None:
            self._values["ports"] = ports
        if rules is not None:
            self._values["rules"] = rules
        if server_names is not None:
            self._values["server_names"] = server_names
        if terminating_tls is not None:
            self._values["terminating_tls"] = terminating_tls

    @builtins.property
    def listener(
        self,
    ) -> typing.Optional["CiliumNetworkPolicySpecsIngressToPortsListener"]:
        '''listener specifies the name of a custom Envoy listener to which this traffic should be redirected to.

        :schema: CiliumNetworkPolicySpecsIngressToPorts#listener
        '''
        result = self._values.get("listener")
        return typing.cast(typing.Optional["CiliumNetworkPolicySpecsIngressToPortsListener"], result)

    @builtins.property
    def originating_tls(
        self,
    ) -> typing.Optional["CiliumNetworkPolicySpecsIngressToPortsOriginatingTls"]:
        '''OriginatingTLS is the TLS context for the connections originated by the L7 proxy.

        For egress policy this specifies the client-side TLS
        parameters for the upstream connection originating from the L7 proxy
        to the remote destination. For ingress policy this specifies the
        client-side TLS parameters for the connection from the L7 proxy to
        the local endpoint.

        :schema: CiliumNetworkPolicySpecsIngressToPorts#originatingTLS
        '''
        result = self._values.get("originating_tls")
        return typing.cast(typing.Optional["CiliumNetworkPolicySpecsIngressToPortsOriginatingTls"], result)

    @builtins.property
    def ports(
        self,
    ) -> typing.Optional[typing.List["CiliumNetworkPolicySpecsIngressToPortsPorts"]]:
        '''Ports is a list of L4 port/protocol.

        :schema: CiliumNetworkPolicySpecsIngressToPorts#ports
        '''
        result = self._values.get("ports")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecsIngressToPortsPorts"]], result)

    @builtins.property
    def rules(self) -> typing.Optional["CiliumNetworkPolicySpecsIngressToPortsRules"]:
        '''Rules is a list of additional port level rules which must be met in order for the PortRule to allow the traffic.

        If omitted or empty,
        no layer 7 rules are enforced.

        :schema: CiliumNetworkPolicySpecsIngressToPorts#rules
        '''
        result = self._values.get("rules")
        return typing.cast(typing.Optional["CiliumNetworkPolicySpecsIngressToPortsRules"], result)

    @builtins.property
    def server_names(self) -> typing.Optional[typing.List[builtins.str]]:
        '''ServerNames is a list of allowed TLS SNI values.

        If not empty, then
        TLS must be present and one of the provided SNIs must be indicated in the
        TLS handshake.

        :schema: CiliumNetworkPolicySpecsIngressToPorts#serverNames
        '''
        result = self._values.get("server_names")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def terminating_tls(
        self,
    ) -> typing.Optional["CiliumNetworkPolicySpecsIngressToPortsTerminatingTls"]:
        '''TerminatingTLS is the TLS context for the connection terminated by the L7 proxy.

        For egress policy this specifies the server-side TLS
        parameters to be applied on the connections originated from the local
        endpoint and terminated by the L7 proxy. For ingress policy this specifies
        the server-side TLS parameters to be applied on the connections
        originated from a remote source and terminated by the L7 proxy.

        :schema: CiliumNetworkPolicySpecsIngressToPorts#terminatingTLS
        '''
        result = self._values.get("terminating_tls")
        return typing.cast(typing.Optional["CiliumNetworkPolicySpecsIngressToPortsTerminatingTls"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsIngressToPorts(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsIngressToPortsListener",
    jsii_struct_bases=[],
    name_mapping={
        "envoy_config": "envoyConfig",
        "name": "name",
        "priority": "priority",
    },
)
class CiliumNetworkPolicySpecsIngressToPortsListener:
    def __init__(
        self,
        *,
        envoy_config: typing.Union["CiliumNetworkPolicySpecsIngressToPortsListenerEnvoyConfig", typing.Dict[builtins.str, typing.Any]],
        name: builtins.str,
        priority: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''listener specifies the name of a custom Envoy listener to which this traffic should be redirected to.

        :param envoy_config: EnvoyConfig is a reference to the CEC or CCEC resource in which the listener is defined.
        :param name: Name is the name of the listener.
        :param priority: Priority for this Listener that is used when multiple rules would apply different listeners to a policy map entry. Behavior of this is implementation dependent.

        :schema: CiliumNetworkPolicySpecsIngressToPortsListener
        '''
        if isinstance(envoy_config, dict):
            envoy_config = CiliumNetworkPolicySpecsIngressToPortsListenerEnvoyConfig(**envoy_config)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ee05fd54b7c94dba4df6d423c2088ad11c819005600da3e2e44638b7949929f2)
            check_type(argname="argument envoy_config", value=envoy_config, expected_type=type_hints["envoy_config"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument priority", value=priority, expected_type=type_hints["priority"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "envoy_config": envoy_config,
            "name": name,
        }
        if priority is not None:
            self._values["priority"] = priority

    @builtins.property
    def envoy_config(
        self,
    ) -> "CiliumNetworkPolicySpecsIngressToPortsListenerEnvoyConfig":
        '''EnvoyConfig is a reference to the CEC or CCEC resource in which the listener is defined.

        :schema: CiliumNetworkPolicySpecsIngressToPortsListener#envoyConfig
        '''
        result = self._values.get("envoy_config")
        assert result is not None, "Required property 'envoy_config' is missing"
        return typing.cast("CiliumNetworkPolicySpecsIngressToPortsListenerEnvoyConfig", result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of the listener.

        :schema: CiliumNetworkPolicySpecsIngressToPortsListener#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def priority(self) -> typing.Optional[jsii.Number]:
        '''Priority for this Listener that is used when multiple rules would apply different listeners to a policy map entry.

        Behavior of this is implementation dependent.

        :schema: CiliumNetworkPolicySpecsIngressToPortsListener#priority
        '''
        result = self._values.get("priority")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsIngressToPortsListener(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsIngressToPortsListenerEnvoyConfig",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "kind": "kind"},
)
class CiliumNetworkPolicySpecsIngressToPortsListenerEnvoyConfig:
    def __init__(
        self,
        *,
        name: builtins.str,
        kind: typing.Optional["CiliumNetworkPolicySpecsIngressToPortsListenerEnvoyConfigKind"] = None,
    ) -> None:
        '''EnvoyConfig is a reference to the CEC or CCEC resource in which the listener is defined.

        :param name: Name is the resource name of the CiliumEnvoyConfig or CiliumClusterwideEnvoyConfig where the listener is defined in.
        :param kind: Kind is the resource type being referred to. Defaults to CiliumEnvoyConfig or CiliumClusterwideEnvoyConfig for CiliumNetworkPolicy and CiliumClusterwideNetworkPolicy, respectively. The only case this is currently explicitly needed is when referring to a CiliumClusterwideEnvoyConfig from CiliumNetworkPolicy, as using a namespaced listener from a cluster scoped policy is not allowed. Default: CiliumEnvoyConfig or

        :schema: CiliumNetworkPolicySpecsIngressToPortsListenerEnvoyConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__22a176e3b51169d4562677e4e9ebb277467ca5fb9c527a5d9dc64a2640ad9d51)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if kind is not None:
            self._values["kind"] = kind

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the resource name of the CiliumEnvoyConfig or CiliumClusterwideEnvoyConfig where the listener is defined in.

        :schema: CiliumNetworkPolicySpecsIngressToPortsListenerEnvoyConfig#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def kind(
        self,
    ) -> typing.Optional["CiliumNetworkPolicySpecsIngressToPortsListenerEnvoyConfigKind"]:
        '''Kind is the resource type being referred to.

        Defaults to CiliumEnvoyConfig or
        CiliumClusterwideEnvoyConfig for CiliumNetworkPolicy and CiliumClusterwideNetworkPolicy,
        respectively. The only case this is currently explicitly needed is when referring to a
        CiliumClusterwideEnvoyConfig from CiliumNetworkPolicy, as using a namespaced listener
        from a cluster scoped policy is not allowed.

        :default: CiliumEnvoyConfig or

        :schema: CiliumNetworkPolicySpecsIngressToPortsListenerEnvoyConfig#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional["CiliumNetworkPolicySpecsIngressToPortsListenerEnvoyConfigKind"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsIngressToPortsListenerEnvoyConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsIngressToPortsListenerEnvoyConfigKind"
)
class CiliumNetworkPolicySpecsIngressToPortsListenerEnvoyConfigKind(enum.Enum):
    '''Kind is the resource type being referred to.

    Defaults to CiliumEnvoyConfig or
    CiliumClusterwideEnvoyConfig for CiliumNetworkPolicy and CiliumClusterwideNetworkPolicy,
    respectively. The only case this is currently explicitly needed is when referring to a
    CiliumClusterwideEnvoyConfig from CiliumNetworkPolicy, as using a namespaced listener
    from a cluster scoped policy is not allowed.

    :default: CiliumEnvoyConfig or

    :schema: CiliumNetworkPolicySpecsIngressToPortsListenerEnvoyConfigKind
    '''

    CILIUM_ENVOY_CONFIG = "CILIUM_ENVOY_CONFIG"
    '''CiliumEnvoyConfig.'''
    CILIUM_CLUSTERWIDE_ENVOY_CONFIG = "CILIUM_CLUSTERWIDE_ENVOY_CONFIG"
    '''CiliumClusterwideEnvoyConfig.'''


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsIngressToPortsOriginatingTls",
    jsii_struct_bases=[],
    name_mapping={
        "secret": "secret",
        "certificate": "certificate",
        "private_key": "privateKey",
        "trusted_ca": "trustedCa",
    },
)
class CiliumNetworkPolicySpecsIngressToPortsOriginatingTls:
    def __init__(
        self,
        *,
        secret: typing.Union["CiliumNetworkPolicySpecsIngressToPortsOriginatingTlsSecret", typing.Dict[builtins.str, typing.Any]],
        certificate: typing.Optional[builtins.str] = None,
        private_key: typing.Optional[builtins.str] = None,
        trusted_ca: typing.Optional[builtins.str] = None,
    ) -> None:
        '''OriginatingTLS is the TLS context for the connections originated by the L7 proxy.

        For egress policy this specifies the client-side TLS
        parameters for the upstream connection originating from the L7 proxy
        to the remote destination. For ingress policy this specifies the
        client-side TLS parameters for the connection from the L7 proxy to
        the local endpoint.

        :param secret: Secret is the secret that contains the certificates and private key for the TLS context. By default, Cilium will search in this secret for the following items: - 'ca.crt' - Which represents the trusted CA to verify remote source. - 'tls.crt' - Which represents the public key certificate. - 'tls.key' - Which represents the private key matching the public key certificate.
        :param certificate: Certificate is the file name or k8s secret item name for the certificate chain. If omitted, 'tls.crt' is assumed, if it exists. If given, the item must exist.
        :param private_key: PrivateKey is the file name or k8s secret item name for the private key matching the certificate chain. If omitted, 'tls.key' is assumed, if it exists. If given, the item must exist.
        :param trusted_ca: TrustedCA is the file name or k8s secret item name for the trusted CA. If omitted, 'ca.crt' is assumed, if it exists. If given, the item must exist.

        :schema: CiliumNetworkPolicySpecsIngressToPortsOriginatingTls
        '''
        if isinstance(secret, dict):
            secret = CiliumNetworkPolicySpecsIngressToPortsOriginatingTlsSecret(**secret)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5239aa75bfce6b3dc9085bcf127b42c46578a82849ddcc6d68b3af7e108d2f26)
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
            check_type(argname="argument certificate", value=certificate, expected_type=type_hints["certificate"])
            check_type(argname="argument private_key", value=private_key, expected_type=type_hints["private_key"])
            check_type(argname="argument trusted_ca", value=trusted_ca, expected_type=type_hints["trusted_ca"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "secret": secret,
        }
        if certificate is not None:
            self._values["certificate"] = certificate
        if private_key is not None:
            self._values["private_key"] = private_key
        if trusted_ca is not None:
            self._values["trusted_ca"] = trusted_ca

    @builtins.property
    def secret(self) -> "CiliumNetworkPolicySpecsIngressToPortsOriginatingTlsSecret":
        '''Secret is the secret that contains the certificates and private key for the TLS context.

        By default, Cilium will search in this secret for the following items:

        - 'ca.crt'  - Which represents the trusted CA to verify remote source.
        - 'tls.crt' - Which represents the public key certificate.
        - 'tls.key' - Which represents the private key matching the public key
          certificate.

        :schema: CiliumNetworkPolicySpecsIngressToPortsOriginatingTls#secret
        '''
        result = self._values.get("secret")
        assert result is not None, "Required property 'secret' is missing"
        return typing.cast("CiliumNetworkPolicySpecsIngressToPortsOriginatingTlsSecret", result)

    @builtins.property
    def certificate(self) -> typing.Optional[builtins.str]:
        '''Certificate is the file name or k8s secret item name for the certificate chain.

        If omitted, 'tls.crt' is assumed, if it exists. If given, the
        item must exist.

        :schema: CiliumNetworkPolicySpecsIngressToPortsOriginatingTls#certificate
        '''
        result = self._values.get("certificate")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def private_key(self) -> typing.Optional[builtins.str]:
        '''PrivateKey is the file name or k8s secret item name for the private key matching the certificate chain.

        If omitted, 'tls.key' is assumed, if it
        exists. If given, the item must exist.

        :schema: CiliumNetworkPolicySpecsIngressToPortsOriginatingTls#privateKey
        '''
        result = self._values.get("private_key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def trusted_ca(self) -> typing.Optional[builtins.str]:
        '''TrustedCA is the file name or k8s secret item name for the trusted CA.

        If omitted, 'ca.crt' is assumed, if it exists. If given, the item must
        exist.

        :schema: CiliumNetworkPolicySpecsIngressToPortsOriginatingTls#trustedCA
        '''
        result = self._values.get("trusted_ca")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsIngressToPortsOriginatingTls(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsIngressToPortsOriginatingTlsSecret",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "namespace": "namespace"},
)
class CiliumNetworkPolicySpecsIngressToPortsOriginatingTlsSecret:
    def __init__(
        self,
        *,
        name: builtins.str,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Secret is the secret that contains the certificates and private key for the TLS context.

        By default, Cilium will search in this secret for the following items:

        - 'ca.crt'  - Which represents the trusted CA to verify remote source.
        - 'tls.crt' - Which represents the public key certificate.
        - 'tls.key' - Which represents the private key matching the public key
          certificate.

        :param name: Name is the name of the secret.
        :param namespace: Namespace is the namespace in which the secret exists. Context of use determines the default value if left out (e.g., "default").

        :schema: CiliumNetworkPolicySpecsIngressToPortsOriginatingTlsSecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ae6adf8bea1c9ada7ecde421fb05041aa94bfb64dc43709e1aaf92aa15c7630d)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of the secret.

        :schema: CiliumNetworkPolicySpecsIngressToPortsOriginatingTlsSecret#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace is the namespace in which the secret exists.

        Context of use
        determines the default value if left out (e.g., "default").

        :schema: CiliumNetworkPolicySpecsIngressToPortsOriginatingTlsSecret#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsIngressToPortsOriginatingTlsSecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsIngressToPortsPorts",
    jsii_struct_bases=[],
    name_mapping={"port": "port", "end_port": "endPort", "protocol": "protocol"},
)
class CiliumNetworkPolicySpecsIngressToPortsPorts:
    def __init__(
        self,
        *,
        port: builtins.str,
        end_port: typing.Optional[jsii.Number] = None,
        protocol: typing.Optional["CiliumNetworkPolicySpecsIngressToPortsPortsProtocol"] = None,
    ) -> None:
        '''PortProtocol specifies an L4 port with an optional transport protocol.

        :param port: Port can be an L4 port number, or a name in the form of "http" or "http-8080".
        :param end_port: EndPort can only be an L4 port number.
        :param protocol: Protocol is the L4 protocol. If omitted or empty, any protocol matches. Accepted values: "TCP", "UDP", "SCTP", "ANY". Matching on ICMP is not supported. Named port specified for a container may narrow this down, but may not contradict this.

        :schema: CiliumNetworkPolicySpecsIngressToPortsPorts
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2f7ad45db8c4ea44d0ae2e07bbededb8550dfb404198963ace7299154a92685c)
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument end_port", value=end_port, expected_type=type_hints["end_port"])
            check_type(argname="argument protocol", value=protocol, expected_type=type_hints["protocol"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "port": port,
        }
        if end_port is not None:
            self._values["end_port"] = end_port
        if protocol is not None:
            self._values["protocol"] = protocol

    @builtins.property
    def port(self) -> builtins.str:
        '''Port can be an L4 port number, or a name in the form of "http" or "http-8080".

        :schema: CiliumNetworkPolicySpecsIngressToPortsPorts#port
        '''
        result = self._values.get("port")
        assert result is not None, "Required property 'port' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def end_port(self) -> typing.Optional[jsii.Number]:
        '''EndPort can only be an L4 port number.

        :schema: CiliumNetworkPolicySpecsIngressToPortsPorts#endPort
        '''
        result = self._values.get("end_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def protocol(
        self,
    ) -> typing.Optional["CiliumNetworkPolicySpecsIngressToPortsPortsProtocol"]:
        '''Protocol is the L4 protocol. If omitted or empty, any protocol matches. Accepted values: "TCP", "UDP", "SCTP", "ANY".

        Matching on ICMP is not supported.

        Named port specified for a container may narrow this down, but may not
        contradict this.

        :schema: CiliumNetworkPolicySpecsIngressToPortsPorts#protocol
        '''
        result = self._values.get("protocol")
        return typing.cast(typing.Optional["CiliumNetworkPolicySpecsIngressToPortsPortsProtocol"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsIngressToPortsPorts(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsIngressToPortsPortsProtocol"
)
class CiliumNetworkPolicySpecsIngressToPortsPortsProtocol(enum.Enum):
    '''Protocol is the L4 protocol. If omitted or empty, any protocol matches. Accepted values: "TCP", "UDP", "SCTP", "ANY".

    Matching on ICMP is not supported.

    Named port specified for a container may narrow this down, but may not
    contradict this.

    :schema: CiliumNetworkPolicySpecsIngressToPortsPortsProtocol
    '''

    TCP = "TCP"
    '''TCP.'''
    UDP = "UDP"
    '''UDP.'''
    SCTP = "SCTP"
    '''SCTP.'''
    ANY = "ANY"
    '''ANY.'''


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsIngressToPortsRules",
    jsii_struct_bases=[],
    name_mapping={
        "dns": "dns",
        "http": "http",
        "kafka": "kafka",
        "l7": "l7",
        "l7_proto": "l7Proto",
    },
)
class CiliumNetworkPolicySpecsIngressToPortsRules:
    def __init__(
        self,
        *,
        dns: typing.Optional[typing.Sequence[typing.Union["CiliumNetworkPolicySpecsIngressToPortsRulesDns", typing.Dict[builtins.str, typing.Any]]]] = None,
        http: typing.Optional[typing.Sequence[typing.Union["CiliumNetworkPolicySpecsIngressToPortsRulesHttp", typing.Dict[builtins.str, typing.Any]]]] = None,
        kafka: typing.Optional[typing.Sequence[typing.Union["CiliumNetworkPolicySpecsIngressToPortsRulesKafka", typing.Dict[builtins.str, typing.Any]]]] = None,
        l7: typing.Optional[typing.Sequence[typing.Mapping[builtins.str, builtins.str]]] = None,
        l7_proto: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Rules is a list of additional port level rules which must be met in order for the PortRule to allow the traffic.

        If omitted or empty,
        no layer 7 rules are enforced.

        :param dns: DNS-specific rules.
        :param http: HTTP specific rules.
        :param kafka: Kafka-specific rules.
        :param l7: Key-value pair rules.
        :param l7_proto: Name of the L7 protocol for which the Key-value pair rules apply.

        :schema: CiliumNetworkPolicySpecsIngressToPortsRules
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__409a850ab92ea34b3463e7e9e08ad286c2cf35ce22d93e330b719c924a30f9fa)
            check_type(argname="argument dns", value=dns, expected_type=type_hints["dns"])
            check_type(argname="argument http", value=http, expected_type=type_hints["http"])
            check_type(argname="argument kafka", value=kafka, expected_type=type_hints["kafka"])
            check_type(argname="argument l7", value=l7, expected_type=type_hints["l7"])
            check_type(argname="argument l7_proto", value=l7_proto, expected_type=type_hints["l7_proto"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if dns is not None:
            self._values["dns"] = dns
        if http is not None:
            self._values["http"] = http
        if kafka is not None:
            self._values["kafka"] = kafka
        if l7 is not None:
            self._values["l7"] = l7
        if l7_proto is not None:
            self._values["l7_proto"] = l7_proto

    @builtins.property
    def dns(
        self,
    ) -> typing.Optional[typing.List["CiliumNetworkPolicySpecsIngressToPortsRulesDns"]]:
        '''DNS-specific rules.

        :schema: CiliumNetworkPolicySpecsIngressToPortsRules#dns
        '''
        result = self._values.get("dns")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecsIngressToPortsRulesDns"]], result)

    @builtins.property
    def http(
        self,
    ) -> typing.Optional[typing.List["CiliumNetworkPolicySpecsIngressToPortsRulesHttp"]]:
        '''HTTP specific rules.

        :schema: CiliumNetworkPolicySpecsIngressToPortsRules#http
        '''
        result = self._values.get("http")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecsIngressToPortsRulesHttp"]], result)

    @builtins.property
    def kafka(
        self,
    ) -> typing.Optional[typing.List["CiliumNetworkPolicySpecsIngressToPortsRulesKafka"]]:
        '''Kafka-specific rules.

        :schema: CiliumNetworkPolicySpecsIngressToPortsRules#kafka
        '''
        result = self._values.get("kafka")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecsIngressToPortsRulesKafka"]], result)

    @builtins.property
    def l7(
        self,
    ) -> typing.Optional[typing.List[typing.Mapping[builtins.str, builtins.str]]]:
        '''Key-value pair rules.

        :schema: CiliumNetworkPolicySpecsIngressToPortsRules#l7
        '''
        result = self._values.get("l7")
        return typing.cast(typing.Optional[typing.List[typing.Mapping[builtins.str, builtins.str]]], result)

    @builtins.property
    def l7_proto(self) -> typing.Optional[builtins.str]:
        '''Name of the L7 protocol for which the Key-value pair rules apply.

        :schema: CiliumNetworkPolicySpecsIngressToPortsRules#l7proto
        '''
        result = self._values.get("l7_proto")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsIngressToPortsRules(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsIngressToPortsRulesDns",
    jsii_struct_bases=[],
    name_mapping={"match_name": "matchName", "match_pattern": "matchPattern"},
)
class CiliumNetworkPolicySpecsIngressToPortsRulesDns:
    def __init__(
        self,
        *,
        match_name: typing.Optional[builtins.str] = None,
        match_pattern: typing.Optional[builtins.str] = None,
    ) -> None:
        '''PortRuleDNS is a list of allowed DNS lookups.

        :param match_name: MatchName matches literal DNS names. A trailing "." is automatically added when missing.
        :param match_pattern: MatchPattern allows using wildcards to match DNS names. All wildcards are case insensitive. The wildcards are: - "*" matches 0 or more DNS valid characters, and may occur anywhere in the pattern. As a special case a "*" as the leftmost character, without a following "." matches all subdomains as well as the name to the right. A trailing "." is automatically added when missing. Examples: ``*.cilium.io`` matches subdomains of cilium at that level www.cilium.io and blog.cilium.io match, cilium.io and google.com do not ``*cilium.io`` matches cilium.io and all subdomains ends with "cilium.io" except those containing "." separator, subcilium.io and sub-cilium.io match, www.cilium.io and blog.cilium.io does not sub*.cilium.io matches subdomains of cilium where the subdomain component begins with "sub" sub.cilium.io and subdomain.cilium.io match, www.cilium.io, blog.cilium.io, cilium.io and google.com do not

        :schema: CiliumNetworkPolicySpecsIngressToPortsRulesDns
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__16a21091d1c72114538428b7e93f2aed82f6b4a9d5f59c1f5f6762b9774d7fd7)
            check_type(argname="argument match_name", value=match_name, expected_type=type_hints["match_name"])
            check_type(argname="argument match_pattern", value=match_pattern, expected_type=type_hints["match_pattern"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_name is not None:
            self._values["match_name"] = match_name
        if match_pattern is not None:
            self._values["match_pattern"] = match_pattern

    @builtins.property
    def match_name(self) -> typing.Optional[builtins.str]:
        '''MatchName matches literal DNS names.

        A trailing "." is automatically added
        when missing.

        :schema: CiliumNetworkPolicySpecsIngressToPortsRulesDns#matchName
        '''
        result = self._values.get("match_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def match_pattern(self) -> typing.Optional[builtins.str]:
        '''MatchPattern allows using wildcards to match DNS names.

        All wildcards are
        case insensitive. The wildcards are:

        - "*" matches 0 or more DNS valid characters, and may occur anywhere in
          the pattern. As a special case a "*" as the leftmost character, without a
          following "." matches all subdomains as well as the name to the right.
          A trailing "." is automatically added when missing.

        Examples:
        ``*.cilium.io`` matches subdomains of cilium at that level
        www.cilium.io and blog.cilium.io match, cilium.io and google.com do not
        ``*cilium.io`` matches cilium.io and all subdomains ends with "cilium.io"
        except those containing "." separator, subcilium.io and sub-cilium.io match,
        www.cilium.io and blog.cilium.io does not
        sub*.cilium.io matches subdomains of cilium where the subdomain component
        begins with "sub"
        sub.cilium.io and subdomain.cilium.io match, www.cilium.io,
        blog.cilium.io, cilium.io and google.com do not

        :schema: CiliumNetworkPolicySpecsIngressToPortsRulesDns#matchPattern
        '''
        result = self._values.get("match_pattern")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsIngressToPortsRulesDns(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsIngressToPortsRulesHttp",
    jsii_struct_bases=[],
    name_mapping={
        "header_matches": "headerMatches",
        "headers": "headers",
        "host": "host",
        "method": "method",
        "path": "path",
    },
)
class CiliumNetworkPolicySpecsIngressToPortsRulesHttp:
    def __init__(
        self,
        *,
        header_matches: typing.Optional[typing.Sequence[typing.Union["CiliumNetworkPolicySpecsIngressToPortsRulesHttpHeaderMatches", typing.Dict[builtins.str, typing.Any]]]] = None,
        headers: typing.Optional[typing.Sequence[builtins.str]] = None,
        host: typing.Optional[builtins.str] = None,
        method: typing.Optional[builtins.str] = None,
        path: typing.Optional[builtins.str] = None,
    ) -> None:
        '''PortRuleHTTP is a list of HTTP protocol constraints.

        All fields are
        optional, if all fields are empty or missing, the rule does not have any
        effect.

        All fields of this type are extended POSIX regex as defined by IEEE Std
        1003.1, (i.e this follows the egrep/unix syntax, not the perl syntax)
        matched against the path of an incoming request. Currently it can contain
        characters disallowed from the conventional "path" part of a URL as defined
        by RFC 3986.

        :param header_matches: HeaderMatches is a list of HTTP headers which must be present and match against the given values. Mismatch field can be used to specify what to do when there is no match.
        :param headers: Headers is a list of HTTP headers which must be present in the request. If omitted or empty, requests are allowed regardless of headers present.
        :param host: Host is an extended POSIX regex matched against the host header of a request. Examples:. - foo.bar.com will match the host fooXbar.com or foo-bar.com - foo.bar.com will only match the host foo.bar.com If omitted or empty, the value of the host header is ignored.
        :param method: Method is an extended POSIX regex matched against the method of a request, e.g. "GET", "POST", "PUT", "PATCH", "DELETE", ... If omitted or empty, all methods are allowed.
        :param path: Path is an extended POSIX regex matched against the path of a request. Currently it can contain characters disallowed from the conventional "path" part of a URL as defined by RFC 3986. If omitted or empty, all paths are all allowed.

        :schema: CiliumNetworkPolicySpecsIngressToPortsRulesHttp
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__893875b1fdce4cbaca12f5439ed34081ab2cc77bd7d1c4a4e4069676189fa755)
            check_type(argname="argument header_matches", value=header_matches, expected_type=type_hints["header_matches"])
            check_type(argname="argument headers", value=headers, expected_type=type_hints["headers"])
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
            check_type(argname="argument method", value=method, expected_type=type_hints["method"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if header_matches is not None:
            self._values["header_matches"] = header_matches
        if headers is not None:
            self._values["headers"] = headers
        if host is not None:
            self._values["host"] = host
        if method is not None:
            self._values["method"] = method
        if path is not None:
            self._values["path"] = path

    @builtins.property
    def header_matches(
        self,
    ) -> typing.Optional[typing.List["CiliumNetworkPolicySpecsIngressToPortsRulesHttpHeaderMatches"]]:
        '''HeaderMatches is a list of HTTP headers which must be present and match against the given values.

        Mismatch field can be used
        to specify what to do when there is no match.

        :schema: CiliumNetworkPolicySpecsIngressToPortsRulesHttp#headerMatches
        '''
        result = self._values.get("header_matches")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecsIngressToPortsRulesHttpHeaderMatches"]], result)

    @builtins.property
    def headers(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Headers is a list of HTTP headers which must be present in the request.

        If omitted or empty, requests are allowed regardless of
        headers present.

        :schema: CiliumNetworkPolicySpecsIngressToPortsRulesHttp#headers
        '''
        result = self._values.get("headers")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def host(self) -> typing.Optional[builtins.str]:
        '''Host is an extended POSIX regex matched against the host header of a request. Examples:.

        - foo.bar.com will match the host fooXbar.com or foo-bar.com
        - foo.bar.com will only match the host foo.bar.com

        If omitted or empty, the value of the host header is ignored.

        :schema: CiliumNetworkPolicySpecsIngressToPortsRulesHttp#host
        '''
        result = self._values.get("host")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def method(self) -> typing.Optional[builtins.str]:
        '''Method is an extended POSIX regex matched against the method of a request, e.g. "GET", "POST", "PUT", "PATCH", "DELETE", ...

        If omitted or empty, all methods are allowed.

        :schema: CiliumNetworkPolicySpecsIngressToPortsRulesHttp#method
        '''
        result = self._values.get("method")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''Path is an extended POSIX regex matched against the path of a request.

        Currently it can contain characters disallowed from the
        conventional "path" part of a URL as defined by RFC 3986.

        If omitted or empty, all paths are all allowed.

        :schema: CiliumNetworkPolicySpecsIngressToPortsRulesHttp#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsIngressToPortsRulesHttp(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsIngressToPortsRulesHttpHeaderMatches",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "mismatch": "mismatch",
        "secret": "secret",
        "value": "value",
    },
)
class CiliumNetworkPolicySpecsIngressToPortsRulesHttpHeaderMatches:
    def __init__(
        self,
        *,
        name: builtins.str,
        mismatch: typing.Optional["CiliumNetworkPolicySpecsIngressToPortsRulesHttpHeaderMatchesMismatch"] = None,
        secret: typing.Optional[typing.Union["CiliumNetworkPolicySpecsIngressToPortsRulesHttpHeaderMatchesSecret", typing.Dict[builtins.str, typing.Any]]] = None,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''HeaderMatch extends the HeaderValue for matching requirement of a named header field against an immediate string or a secret value.

        If none of the optional fields is present, then the
        header value is not matched, only presence of the header is enough.

        :param name: Name identifies the header.
        :param mismatch: Mismatch identifies what to do in case there is no match. The default is to drop the request. Otherwise the overall rule is still considered as matching, but the mismatches are logged in the access log.
        :param secret: Secret refers to a secret that contains the value to be matched against. The secret must only contain one entry. If the referred secret does not exist, and there is no "Value" specified, the match will fail.
        :param value: Value matches the exact value of the header. Can be specified either alone or together with "Secret"; will be used as the header value if the secret can not be found in the latter case.

        :schema: CiliumNetworkPolicySpecsIngressToPortsRulesHttpHeaderMatches
        '''
        if isinstance(secret, dict):
            secret = CiliumNetworkPolicySpecsIngressToPortsRulesHttpHeaderMatchesSecret(**secret)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1a9fb2cbc542ab6c44d30a2b2d476c81e185856a4edbcd1aec737d7714194ff7)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument mismatch", value=mismatch, expected_type=type_hints["mismatch"])
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if mismatch is not None:
            self._values["mismatch"] = mismatch
        if secret is not None:
            self._values["secret"] = secret
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def name(self) -> builtins.str:
        '''Name identifies the header.

        :schema: CiliumNetworkPolicySpecsIngressToPortsRulesHttpHeaderMatches#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def mismatch(
        self,
    ) -> typing.Optional["CiliumNetworkPolicySpecsIngressToPortsRulesHttpHeaderMatchesMismatch"]:
        '''Mismatch identifies what to do in case there is no match.

        The default is
        to drop the request. Otherwise the overall rule is still considered as
        matching, but the mismatches are logged in the access log.

        :schema: CiliumNetworkPolicySpecsIngressToPortsRulesHttpHeaderMatches#mismatch
        '''
        result = self._values.get("mismatch")
        return typing.cast(typing.Optional["CiliumNetworkPolicySpecsIngressToPortsRulesHttpHeaderMatchesMismatch"], result)

    @builtins.property
    def secret(
        self,
    ) -> typing.Optional["CiliumNetworkPolicySpecsIngressToPortsRulesHttpHeaderMatchesSecret"]:
        '''Secret refers to a secret that contains the value to be matched against.

        The secret must only contain one entry. If the referred secret does not
        exist, and there is no "Value" specified, the match will fail.

        :schema: CiliumNetworkPolicySpecsIngressToPortsRulesHttpHeaderMatches#secret
        '''
        result = self._values.get("secret")
        return typing.cast(typing.Optional["CiliumNetworkPolicySpecsIngressToPortsRulesHttpHeaderMatchesSecret"], result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''Value matches the exact value of the header.

        Can be specified either
        alone or together with "Secret"; will be used as the header value if the
        secret can not be found in the latter case.

        :schema: CiliumNetworkPolicySpecsIngressToPortsRulesHttpHeaderMatches#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsIngressToPortsRulesHttpHeaderMatches(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsIngressToPortsRulesHttpHeaderMatchesMismatch"
)
class CiliumNetworkPolicySpecsIngressToPortsRulesHttpHeaderMatchesMismatch(enum.Enum):
    '''Mismatch identifies what to do in case there is no match.

    The default is
    to drop the request. Otherwise the overall rule is still considered as
    matching, but the mismatches are logged in the access log.

    :schema: CiliumNetworkPolicySpecsIngressToPortsRulesHttpHeaderMatchesMismatch
    '''

    LOG = "LOG"
    '''LOG.'''
    ADD = "ADD"
    '''ADD.'''
    DELETE = "DELETE"
    '''DELETE.'''
    REPLACE = "REPLACE"
    '''REPLACE.'''


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsIngressToPortsRulesHttpHeaderMatchesSecret",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "namespace": "namespace"},
)
class CiliumNetworkPolicySpecsIngressToPortsRulesHttpHeaderMatchesSecret:
    def __init__(
        self,
        *,
        name: builtins.str,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Secret refers to a secret that contains the value to be matched against.

        The secret must only contain one entry. If the referred secret does not
        exist, and there is no "Value" specified, the match will fail.

        :param name: Name is the name of the secret.
        :param namespace: Namespace is the namespace in which the secret exists. Context of use determines the default value if left out (e.g., "default").

        :schema: CiliumNetworkPolicySpecsIngressToPortsRulesHttpHeaderMatchesSecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ad563aa9ecc81ebce71b4e10b2a1323cb779080842e379979a43ef029d81e5eb)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of the secret.

        :schema: CiliumNetworkPolicySpecsIngressToPortsRulesHttpHeaderMatchesSecret#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace is the namespace in which the secret exists.

        Context of use
        determines the default value if left out (e.g., "default").

        :schema: CiliumNetworkPolicySpecsIngressToPortsRulesHttpHeaderMatchesSecret#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsIngressToPortsRulesHttpHeaderMatchesSecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsIngressToPortsRulesKafka",
    jsii_struct_bases=[],
    name_mapping={
        "api_key": "apiKey",
        "api_version": "apiVersion",
        "client_id": "clientId",
        "role": "role",
        "topic": "topic",
    },
)
class CiliumNetworkPolicySpecsIngressToPortsRulesKafka:
    def __init__(
        self,
        *,
        api_key: typing.Optional[builtins.str] = None,
        api_version: typing.Optional[builtins.str] = None,
        client_id: typing.Optional[builtins.str] = None,
        role: typing.Optional["CiliumNetworkPolicySpecsIngressToPortsRulesKafkaRole"] = None,
        topic: typing.Optional[builtins.str] = None,
    ) -> None:
        '''PortRule is a list of Kafka protocol constraints.

        All fields are
        optional, if all fields are empty or missing, the rule will match all
        Kafka messages.

        :param api_key: APIKey is a case-insensitive string matched against the key of a request, e.g. "produce", "fetch", "createtopic", "deletetopic", et al Reference: https://kafka.apache.org/protocol#protocol_api_keys. If omitted or empty, and if Role is not specified, then all keys are allowed.
        :param api_version: APIVersion is the version matched against the api version of the Kafka message. If set, it has to be a string representing a positive integer. If omitted or empty, all versions are allowed.
        :param client_id: ClientID is the client identifier as provided in the request. From Kafka protocol documentation: This is a user supplied identifier for the client application. The user can use any identifier they like and it will be used when logging errors, monitoring aggregates, etc. For example, one might want to monitor not just the requests per second overall, but the number coming from each client application (each of which could reside on multiple servers). This id acts as a logical grouping across all requests from a particular client. If omitted or empty, all client identifiers are allowed.
        :param role: Role is a case-insensitive string and describes a group of API keys necessary to perform certain higher-level Kafka operations such as "produce" or "consume". A Role automatically expands into all APIKeys required to perform the specified higher-level operation. The following values are supported: - "produce": Allow producing to the topics specified in the rule - "consume": Allow consuming from the topics specified in the rule This field is incompatible with the APIKey field, i.e APIKey and Role cannot both be specified in the same rule. If omitted or empty, and if APIKey is not specified, then all keys are allowed.
        :param topic: Topic is the topic name contained in the message. If a Kafka request contains multiple topics, then all topics must be allowed or the message will be rejected. This constraint is ignored if the matched request message type doesn't contain any topic. Maximum size of Topic can be 249 characters as per recent Kafka spec and allowed characters are a-z, A-Z, 0-9, -, . and _. Older Kafka versions had longer topic lengths of 255, but in Kafka 0.10 version the length was changed from 255 to 249. For compatibility reasons we are using 255. If omitted or empty, all topics are allowed.

        :schema: CiliumNetworkPolicySpecsIngressToPortsRulesKafka
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4b337d9eea9fd97d88f87165527f34010d75d8ce3ad9060a2c3fe737103e9a1b)
            check_type(argname="argument api_key", value=api_key, expected_type=type_hints["api_key"])
            check_type(argname="argument api_version", value=api_version, expected_type=type_hints["api_version"])
            check_type(argname="argument client_id", value=client_id, expected_type=type_hints["client_id"])
            check_type(argname="argument role", value=role, expected_type=type_hints["role"])
            check_type(argname="argument topic", value=topic, expected_type=type_hints["topic"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if api_key is not None:
            self._values["api_key"] = api_key
        if api_version is not None:
            self._values["api_version"] = api_version
        if client_id is not None:
            self._values["client_id"] = client_id
        if role is not None:
            self._values["role"] = role
        if topic is not None:
            self._values["topic"] = topic

    @builtins.property
    def api_key(self) -> typing.Optional[builtins.str]:
        '''APIKey is a case-insensitive string matched against the key of a request, e.g. "produce", "fetch", "createtopic", "deletetopic", et al Reference: https://kafka.apache.org/protocol#protocol_api_keys.

        If omitted or empty, and if Role is not specified, then all keys are allowed.

        :schema: CiliumNetworkPolicySpecsIngressToPortsRulesKafka#apiKey
        '''
        result = self._values.get("api_key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def api_version(self) -> typing.Optional[builtins.str]:
        '''APIVersion is the version matched against the api version of the Kafka message.

        If set, it has to be a string representing a positive
        integer.

        If omitted or empty, all versions are allowed.

        :schema: CiliumNetworkPolicySpecsIngressToPortsRulesKafka#apiVersion
        '''
        result = self._values.get("api_version")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def client_id(self) -> typing.Optional[builtins.str]:
        '''ClientID is the client identifier as provided in the request.

        From Kafka protocol documentation:
        This is a user supplied identifier for the client application. The
        user can use any identifier they like and it will be used when
        logging errors, monitoring aggregates, etc. For example, one might
        want to monitor not just the requests per second overall, but the
        number coming from each client application (each of which could
        reside on multiple servers). This id acts as a logical grouping
        across all requests from a particular client.

        If omitted or empty, all client identifiers are allowed.

        :schema: CiliumNetworkPolicySpecsIngressToPortsRulesKafka#clientID
        '''
        result = self._values.get("client_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def role(
        self,
    ) -> typing.Optional["CiliumNetworkPolicySpecsIngressToPortsRulesKafkaRole"]:
        '''Role is a case-insensitive string and describes a group of API keys necessary to perform certain higher-level Kafka operations such as "produce" or "consume".

        A Role automatically expands into all APIKeys required
        to perform the specified higher-level operation.

        The following values are supported:

        - "produce": Allow producing to the topics specified in the rule
        - "consume": Allow consuming from the topics specified in the rule

        This field is incompatible with the APIKey field, i.e APIKey and Role
        cannot both be specified in the same rule.

        If omitted or empty, and if APIKey is not specified, then all keys are
        allowed.

        :schema: CiliumNetworkPolicySpecsIngressToPortsRulesKafka#role
        '''
        result = self._values.get("role")
        return typing.cast(typing.Optional["CiliumNetworkPolicySpecsIngressToPortsRulesKafkaRole"], result)

    @builtins.property
    def topic(self) -> typing.Optional[builtins.str]:
        '''Topic is the topic name contained in the message.

        If a Kafka request
        contains multiple topics, then all topics must be allowed or the
        message will be rejected.

        This constraint is ignored if the matched request message type
        doesn't contain any topic. Maximum size of Topic can be 249
        characters as per recent Kafka spec and allowed characters are
        a-z, A-Z, 0-9, -, . and _.

        Older Kafka versions had longer topic lengths of 255, but in Kafka 0.10
        version the length was changed from 255 to 249. For compatibility
        reasons we are using 255.

        If omitted or empty, all topics are allowed.

        :schema: CiliumNetworkPolicySpecsIngressToPortsRulesKafka#topic
        '''
        result = self._values.get("topic")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsIngressToPortsRulesKafka(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsIngressToPortsRulesKafkaRole"
)
class CiliumNetworkPolicySpecsIngressToPortsRulesKafkaRole(enum.Enum):
    '''Role is a case-insensitive string and describes a group of API keys necessary to perform certain higher-level Kafka operations such as "produce" or "consume".

    A Role automatically expands into all APIKeys required
    to perform the specified higher-level operation.

    The following values are supported:

    - "produce": Allow producing to the topics specified in the rule
    - "consume": Allow consuming from the topics specified in the rule

    This field is incompatible with the APIKey field, i.e APIKey and Role
    cannot both be specified in the same rule.

    If omitted or empty, and if APIKey is not specified, then all keys are
    allowed.

    :schema: CiliumNetworkPolicySpecsIngressToPortsRulesKafkaRole
    '''

    PRODUCE = "PRODUCE"
    '''produce.'''
    CONSUME = "CONSUME"
    '''consume.'''


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsIngressToPortsTerminatingTls",
    jsii_struct_bases=[],
    name_mapping={
        "secret": "secret",
        "certificate": "certificate",
        "private_key": "privateKey",
        "trusted_ca": "trustedCa",
    },
)
class CiliumNetworkPolicySpecsIngressToPortsTerminatingTls:
    def __init__(
        self,
        *,
        secret: typing.Union["CiliumNetworkPolicySpecsIngressToPortsTerminatingTlsSecret", typing.Dict[builtins.str, typing.Any]],
        certificate: typing.Optional[builtins.str] = None,
        private_key: typing.Optional[builtins.str] = None,
        trusted_ca: typing.Optional[builtins.str] = None,
    ) -> None:
        '''TerminatingTLS is the TLS context for the connection terminated by the L7 proxy.

        For egress policy this specifies the server-side TLS
        parameters to be applied on the connections originated from the local
        endpoint and terminated by the L7 proxy. For ingress policy this specifies
        the server-side TLS parameters to be applied on the connections
        originated from a remote source and terminated by the L7 proxy.

        :param secret: Secret is the secret that contains the certificates and private key for the TLS context. By default, Cilium will search in this secret for the following items: - 'ca.crt' - Which represents the trusted CA to verify remote source. - 'tls.crt' - Which represents the public key certificate. - 'tls.key' - Which represents the private key matching the public key certificate.
        :param certificate: Certificate is the file name or k8s secret item name for the certificate chain. If omitted, 'tls.crt' is assumed, if it exists. If given, the item must exist.
        :param private_key: PrivateKey is the file name or k8s secret item name for the private key matching the certificate chain. If omitted, 'tls.key' is assumed, if it exists. If given, the item must exist.
        :param trusted_ca: TrustedCA is the file name or k8s secret item name for the trusted CA. If omitted, 'ca.crt' is assumed, if it exists. If given, the item must exist.

        :schema: CiliumNetworkPolicySpecsIngressToPortsTerminatingTls
        '''
        if isinstance(secret, dict):
            secret = CiliumNetworkPolicySpecsIngressToPortsTerminatingTlsSecret(**secret)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2e308b1a1ca7af2ecb182db22410ad8c3069e9fe1943a83e7ad3f00df6538018)
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
            check_type(argname="argument certificate", value=certificate, expected_type=type_hints["certificate"])
            check_type(argname="argument private_key", value=private_key, expected_type=type_hints["private_key"])
            check_type(argname="argument trusted_ca", value=trusted_ca, expected_type=type_hints["trusted_ca"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "secret": secret,
        }
        if certificate is not None:
            self._values["certificate"] = certificate
        if private_key is not None:
            self._values["private_key"] = private_key
        if trusted_ca is not None:
            self._values["trusted_ca"] = trusted_ca

    @builtins.property
    def secret(self) -> "CiliumNetworkPolicySpecsIngressToPortsTerminatingTlsSecret":
        '''Secret is the secret that contains the certificates and private key for the TLS context.

        By default, Cilium will search in this secret for the following items:

        - 'ca.crt'  - Which represents the trusted CA to verify remote source.
        - 'tls.crt' - Which represents the public key certificate.
        - 'tls.key' - Which represents the private key matching the public key
          certificate.

        :schema: CiliumNetworkPolicySpecsIngressToPortsTerminatingTls#secret
        '''
        result = self._values.get("secret")
        assert result is not None, "Required property 'secret' is missing"
        return typing.cast("CiliumNetworkPolicySpecsIngressToPortsTerminatingTlsSecret", result)

    @builtins.property
    def certificate(self) -> typing.Optional[builtins.str]:
        '''Certificate is the file name or k8s secret item name for the certificate chain.

        If omitted, 'tls.crt' is assumed, if it exists. If given, the
        item must exist.

        :schema: CiliumNetworkPolicySpecsIngressToPortsTerminatingTls#certificate
        '''
        result = self._values.get("certificate")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def private_key(self) -> typing.Optional[builtins.str]:
        '''PrivateKey is the file name or k8s secret item name for the private key matching the certificate chain.

        If omitted, 'tls.key' is assumed, if it
        exists. If given, the item must exist.

        :schema: CiliumNetworkPolicySpecsIngressToPortsTerminatingTls#privateKey
        '''
        result = self._values.get("private_key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def trusted_ca(self) -> typing.Optional[builtins.str]:
        '''TrustedCA is the file name or k8s secret item name for the trusted CA.

        If omitted, 'ca.crt' is assumed, if it exists. If given, the item must
        exist.

        :schema: CiliumNetworkPolicySpecsIngressToPortsTerminatingTls#trustedCA
        '''
        result = self._values.get("trusted_ca")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsIngressToPortsTerminatingTls(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsIngressToPortsTerminatingTlsSecret",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "namespace": "namespace"},
)
class CiliumNetworkPolicySpecsIngressToPortsTerminatingTlsSecret:
    def __init__(
        self,
        *,
        name: builtins.str,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Secret is the secret that contains the certificates and private key for the TLS context.

        By default, Cilium will search in this secret for the following items:

        - 'ca.crt'  - Which represents the trusted CA to verify remote source.
        - 'tls.crt' - Which represents the public key certificate.
        - 'tls.key' - Which represents the private key matching the public key
          certificate.

        :param name: Name is the name of the secret.
        :param namespace: Namespace is the namespace in which the secret exists. Context of use determines the default value if left out (e.g., "default").

        :schema: CiliumNetworkPolicySpecsIngressToPortsTerminatingTlsSecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0033d9a36590226cf415fb583393c9c3487e372138c6b4d1f2d02e9650b35039)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of the secret.

        :schema: CiliumNetworkPolicySpecsIngressToPortsTerminatingTlsSecret#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace is the namespace in which the secret exists.

        Context of use
        determines the default value if left out (e.g., "default").

        :schema: CiliumNetworkPolicySpecsIngressToPortsTerminatingTlsSecret#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsIngressToPortsTerminatingTlsSecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsLabels",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "source": "source", "value": "value"},
)
class CiliumNetworkPolicySpecsLabels:
    def __init__(
        self,
        *,
        key: builtins.str,
        source: typing.Optional[builtins.str] = None,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Label is the Cilium's representation of a container label.

        :param key: 
        :param source: Source can be one of the above values (e.g.: LabelSourceContainer).
        :param value: 

        :schema: CiliumNetworkPolicySpecsLabels
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__dd2bc1c96dd30b12e5766f63c0a04488d1ba89d9d397fdaadac5f4357c7c3ddb)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument source", value=source, expected_type=type_hints["source"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
        }
        if source is not None:
            self._values["source"] = source
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: CiliumNetworkPolicySpecsLabels#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def source(self) -> typing.Optional[builtins.str]:
        '''Source can be one of the above values (e.g.: LabelSourceContainer).

        :schema: CiliumNetworkPolicySpecsLabels#source
        '''
        result = self._values.get("source")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''
        :schema: CiliumNetworkPolicySpecsLabels#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsLabels(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsLog",
    jsii_struct_bases=[],
    name_mapping={"value": "value"},
)
class CiliumNetworkPolicySpecsLog:
    def __init__(self, *, value: typing.Optional[builtins.str] = None) -> None:
        '''Log specifies custom policy-specific Hubble logging configuration.

        :param value: Value is a free-form string that is included in Hubble flows that match this policy. The string is limited to 32 printable characters.

        :schema: CiliumNetworkPolicySpecsLog
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__21470a77dc5416cd6aeb9d597e0b1e19f035b7ffded1c643d99619907170e95f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''Value is a free-form string that is included in Hubble flows that match this policy.

        The string is limited to 32 printable characters.

        :schema: CiliumNetworkPolicySpecsLog#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsLog(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsNodeSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class CiliumNetworkPolicySpecsNodeSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["CiliumNetworkPolicySpecsNodeSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''NodeSelector selects all nodes which should be subject to this rule.

        EndpointSelector and NodeSelector cannot be both empty and are mutually
        exclusive. Can only be used in CiliumClusterwideNetworkPolicies.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: CiliumNetworkPolicySpecsNodeSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__de070df369565a54ce133ed859e9692fe2ccc8aa643758a657a972e7888dcbd2)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["CiliumNetworkPolicySpecsNodeSelectorMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: CiliumNetworkPolicySpecsNodeSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["CiliumNetworkPolicySpecsNodeSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: CiliumNetworkPolicySpecsNodeSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsNodeSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsNodeSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class CiliumNetworkPolicySpecsNodeSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: "CiliumNetworkPolicySpecsNodeSelectorMatchExpressionsOperator",
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.

        :param key: key is the label key that the selector applies to.
        :param operator: operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.
        :param values: values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.

        :schema: CiliumNetworkPolicySpecsNodeSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__eb4a2465442a93e41220fe45d7e07f84d1145b5cefaa5cada33c57668ef8d7e8)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''key is the label key that the selector applies to.

        :schema: CiliumNetworkPolicySpecsNodeSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(
        self,
    ) -> "CiliumNetworkPolicySpecsNodeSelectorMatchExpressionsOperator":
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: CiliumNetworkPolicySpecsNodeSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast("CiliumNetworkPolicySpecsNodeSelectorMatchExpressionsOperator", result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''values is an array of string values.

        If the operator is In or NotIn,
        the values array must be non-empty. If the operator is Exists or DoesNotExist,
        the values array must be empty. This array is replaced during a strategic
        merge patch.

        :schema: CiliumNetworkPolicySpecsNodeSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "CiliumNetworkPolicySpecsNodeSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="cilium_iocilium.CiliumNetworkPolicySpecsNodeSelectorMatchExpressionsOperator"
)
class CiliumNetworkPolicySpecsNodeSelectorMatchExpressionsOperator(enum.Enum):
    '''operator represents a key's relationship to a set of values.

    Valid operators are In, NotIn, Exists and DoesNotExist.

    :schema: CiliumNetworkPolicySpecsNodeSelectorMatchExpressionsOperator
    '''

    IN = "IN"
    '''In.'''
    NOT_IN = "NOT_IN"
    '''NotIn.'''
    EXISTS = "EXISTS"
    '''Exists.'''
    DOES_NOT_EXIST = "DOES_NOT_EXIST"
    '''DoesNotExist.'''


__all__ = [
    "CiliumNetworkPolicy",
    "CiliumNetworkPolicyProps",
    "CiliumNetworkPolicySpec",
    "CiliumNetworkPolicySpecs",
    "CiliumNetworkPolicySpecsEgress",
    "CiliumNetworkPolicySpecsEgressAuthentication",
    "CiliumNetworkPolicySpecsEgressAuthenticationMode",
    "CiliumNetworkPolicySpecsEgressDeny",
    "CiliumNetworkPolicySpecsEgressDenyIcmps",
    "CiliumNetworkPolicySpecsEgressDenyIcmpsFields",
    "CiliumNetworkPolicySpecsEgressDenyIcmpsFieldsFamily",
    "CiliumNetworkPolicySpecsEgressDenyIcmpsFieldsType",
    "CiliumNetworkPolicySpecsEgressDenyToCidrSet",
    "CiliumNetworkPolicySpecsEgressDenyToCidrSetCidrGroupSelector",
    "CiliumNetworkPolicySpecsEgressDenyToCidrSetCidrGroupSelectorMatchExpressions",
    "CiliumNetworkPolicySpecsEgressDenyToCidrSetCidrGroupSelectorMatchExpressionsOperator",
    "CiliumNetworkPolicySpecsEgressDenyToEndpoints",
    "CiliumNetworkPolicySpecsEgressDenyToEndpointsMatchExpressions",
    "CiliumNetworkPolicySpecsEgressDenyToEndpointsMatchExpressionsOperator",
    "CiliumNetworkPolicySpecsEgressDenyToEntities",
    "CiliumNetworkPolicySpecsEgressDenyToGroups",
    "CiliumNetworkPolicySpecsEgressDenyToGroupsAws",
    "CiliumNetworkPolicySpecsEgressDenyToNodes",
    "CiliumNetworkPolicySpecsEgressDenyToNodesMatchExpressions",
    "CiliumNetworkPolicySpecsEgressDenyToNodesMatchExpressionsOperator",
    "CiliumNetworkPolicySpecsEgressDenyToPorts",
    "CiliumNetworkPolicySpecsEgressDenyToPortsPorts",
    "CiliumNetworkPolicySpecsEgressDenyToPortsPortsProtocol",
    "CiliumNetworkPolicySpecsEgressDenyToRequires",
    "CiliumNetworkPolicySpecsEgressDenyToRequiresMatchExpressions",
    "CiliumNetworkPolicySpecsEgressDenyToRequiresMatchExpressionsOperator",
    "CiliumNetworkPolicySpecsEgressDenyToServices",
    "CiliumNetworkPolicySpecsEgressDenyToServicesK8SService",
    "CiliumNetworkPolicySpecsEgressDenyToServicesK8SServiceSelector",
    "CiliumNetworkPolicySpecsEgressDenyToServicesK8SServiceSelectorSelector",
    "CiliumNetworkPolicySpecsEgressDenyToServicesK8SServiceSelectorSelectorMatchExpressions",
    "CiliumNetworkPolicySpecsEgressDenyToServicesK8SServiceSelectorSelectorMatchExpressionsOperator",
    "CiliumNetworkPolicySpecsEgressIcmps",
    "CiliumNetworkPolicySpecsEgressIcmpsFields",
    "CiliumNetworkPolicySpecsEgressIcmpsFieldsFamily",
    "CiliumNetworkPolicySpecsEgressIcmpsFieldsType",
    "CiliumNetworkPolicySpecsEgressToCidrSet",
    "CiliumNetworkPolicySpecsEgressToCidrSetCidrGroupSelector",
    "CiliumNetworkPolicySpecsEgressToCidrSetCidrGroupSelectorMatchExpressions",
    "CiliumNetworkPolicySpecsEgressToCidrSetCidrGroupSelectorMatchExpressionsOperator",
    "CiliumNetworkPolicySpecsEgressToEndpoints",
    "CiliumNetworkPolicySpecsEgressToEndpointsMatchExpressions",
    "CiliumNetworkPolicySpecsEgressToEndpointsMatchExpressionsOperator",
    "CiliumNetworkPolicySpecsEgressToEntities",
    "CiliumNetworkPolicySpecsEgressToFqdNs",
    "CiliumNetworkPolicySpecsEgressToGroups",
    "CiliumNetworkPolicySpecsEgressToGroupsAws",
    "CiliumNetworkPolicySpecsEgressToNodes",
    "CiliumNetworkPolicySpecsEgressToNodesMatchExpressions",
    "CiliumNetworkPolicySpecsEgressToNodesMatchExpressionsOperator",
    "CiliumNetworkPolicySpecsEgressToPorts",
    "CiliumNetworkPolicySpecsEgressToPortsListener",
    "CiliumNetworkPolicySpecsEgressToPortsListenerEnvoyConfig",
    "CiliumNetworkPolicySpecsEgressToPortsListenerEnvoyConfigKind",
    "CiliumNetworkPolicySpecsEgressToPortsOriginatingTls",
    "CiliumNetworkPolicySpecsEgressToPortsOriginatingTlsSecret",
    "CiliumNetworkPolicySpecsEgressToPortsPorts",
    "CiliumNetworkPolicySpecsEgressToPortsPortsProtocol",
    "CiliumNetworkPolicySpecsEgressToPortsRules",
    "CiliumNetworkPolicySpecsEgressToPortsRulesDns",
    "CiliumNetworkPolicySpecsEgressToPortsRulesHttp",
    "CiliumNetworkPolicySpecsEgressToPortsRulesHttpHeaderMatches",
    "CiliumNetworkPolicySpecsEgressToPortsRulesHttpHeaderMatchesMismatch",
    "CiliumNetworkPolicySpecsEgressToPortsRulesHttpHeaderMatchesSecret",
    "CiliumNetworkPolicySpecsEgressToPortsRulesKafka",
    "CiliumNetworkPolicySpecsEgressToPortsRulesKafkaRole",
    "CiliumNetworkPolicySpecsEgressToPortsTerminatingTls",
    "CiliumNetworkPolicySpecsEgressToPortsTerminatingTlsSecret",
    "CiliumNetworkPolicySpecsEgressToRequires",
    "CiliumNetworkPolicySpecsEgressToRequiresMatchExpressions",
    "CiliumNetworkPolicySpecsEgressToRequiresMatchExpressionsOperator",
    "CiliumNetworkPolicySpecsEgressToServices",
    "CiliumNetworkPolicySpecsEgressToServicesK8SService",
    "CiliumNetworkPolicySpecsEgressToServicesK8SServiceSelector",
    "CiliumNetworkPolicySpecsEgressToServicesK8SServiceSelectorSelector",
    "CiliumNetworkPolicySpecsEgressToServicesK8SServiceSelectorSelectorMatchExpressions",
    "CiliumNetworkPolicySpecsEgressToServicesK8SServiceSelectorSelectorMatchExpressionsOperator",
    "CiliumNetworkPolicySpecsEnableDefaultDeny",
    "CiliumNetworkPolicySpecsEndpointSelector",
    "CiliumNetworkPolicySpecsEndpointSelectorMatchExpressions",
    "CiliumNetworkPolicySpecsEndpointSelectorMatchExpressionsOperator",
    "CiliumNetworkPolicySpecsIngress",
    "CiliumNetworkPolicySpecsIngressAuthentication",
    "CiliumNetworkPolicySpecsIngressAuthenticationMode",
    "CiliumNetworkPolicySpecsIngressDeny",
    "CiliumNetworkPolicySpecsIngressDenyFromCidrSet",
    "CiliumNetworkPolicySpecsIngressDenyFromCidrSetCidrGroupSelector",
    "CiliumNetworkPolicySpecsIngressDenyFromCidrSetCidrGroupSelectorMatchExpressions",
    "CiliumNetworkPolicySpecsIngressDenyFromCidrSetCidrGroupSelectorMatchExpressionsOperator",
    "CiliumNetworkPolicySpecsIngressDenyFromEndpoints",
    "CiliumNetworkPolicySpecsIngressDenyFromEndpointsMatchExpressions",
    "CiliumNetworkPolicySpecsIngressDenyFromEndpointsMatchExpressionsOperator",
    "CiliumNetworkPolicySpecsIngressDenyFromEntities",
    "CiliumNetworkPolicySpecsIngressDenyFromGroups",
    "CiliumNetworkPolicySpecsIngressDenyFromGroupsAws",
    "CiliumNetworkPolicySpecsIngressDenyFromNodes",
    "CiliumNetworkPolicySpecsIngressDenyFromNodesMatchExpressions",
    "CiliumNetworkPolicySpecsIngressDenyFromNodesMatchExpressionsOperator",
    "CiliumNetworkPolicySpecsIngressDenyFromRequires",
    "CiliumNetworkPolicySpecsIngressDenyFromRequiresMatchExpressions",
    "CiliumNetworkPolicySpecsIngressDenyFromRequiresMatchExpressionsOperator",
    "CiliumNetworkPolicySpecsIngressDenyIcmps",
    "CiliumNetworkPolicySpecsIngressDenyIcmpsFields",
    "CiliumNetworkPolicySpecsIngressDenyIcmpsFieldsFamily",
    "CiliumNetworkPolicySpecsIngressDenyIcmpsFieldsType",
    "CiliumNetworkPolicySpecsIngressDenyToPorts",
    "CiliumNetworkPolicySpecsIngressDenyToPortsPorts",
    "CiliumNetworkPolicySpecsIngressDenyToPortsPortsProtocol",
    "CiliumNetworkPolicySpecsIngressFromCidrSet",
    "CiliumNetworkPolicySpecsIngressFromCidrSetCidrGroupSelector",
    "CiliumNetworkPolicySpecsIngressFromCidrSetCidrGroupSelectorMatchExpressions",
    "CiliumNetworkPolicySpecsIngressFromCidrSetCidrGroupSelectorMatchExpressionsOperator",
    "CiliumNetworkPolicySpecsIngressFromEndpoints",
    "CiliumNetworkPolicySpecsIngressFromEndpointsMatchExpressions",
    "CiliumNetworkPolicySpecsIngressFromEndpointsMatchExpressionsOperator",
    "CiliumNetworkPolicySpecsIngressFromEntities",
    "CiliumNetworkPolicySpecsIngressFromGroups",
    "CiliumNetworkPolicySpecsIngressFromGroupsAws",
    "CiliumNetworkPolicySpecsIngressFromNodes",
    "CiliumNetworkPolicySpecsIngressFromNodesMatchExpressions",
    "CiliumNetworkPolicySpecsIngressFromNodesMatchExpressionsOperator",
    "CiliumNetworkPolicySpecsIngressFromRequires",
    "CiliumNetworkPolicySpecsIngressFromRequiresMatchExpressions",
    "CiliumNetworkPolicySpecsIngressFromRequiresMatchExpressionsOperator",
    "CiliumNetworkPolicySpecsIngressIcmps",
    "CiliumNetworkPolicySpecsIngressIcmpsFields",
    "CiliumNetworkPolicySpecsIngressIcmpsFieldsFamily",
    "CiliumNetworkPolicySpecsIngressIcmpsFieldsType",
    "CiliumNetworkPolicySpecsIngressToPorts",
    "CiliumNetworkPolicySpecsIngressToPortsListener",
    "CiliumNetworkPolicySpecsIngressToPortsListenerEnvoyConfig",
    "CiliumNetworkPolicySpecsIngressToPortsListenerEnvoyConfigKind",
    "CiliumNetworkPolicySpecsIngressToPortsOriginatingTls",
    "CiliumNetworkPolicySpecsIngressToPortsOriginatingTlsSecret",
    "CiliumNetworkPolicySpecsIngressToPortsPorts",
    "CiliumNetworkPolicySpecsIngressToPortsPortsProtocol",
    "CiliumNetworkPolicySpecsIngressToPortsRules",
    "CiliumNetworkPolicySpecsIngressToPortsRulesDns",
    "CiliumNetworkPolicySpecsIngressToPortsRulesHttp",
    "CiliumNetworkPolicySpecsIngressToPortsRulesHttpHeaderMatches",
    "CiliumNetworkPolicySpecsIngressToPortsRulesHttpHeaderMatchesMismatch",
    "CiliumNetworkPolicySpecsIngressToPortsRulesHttpHeaderMatchesSecret",
    "CiliumNetworkPolicySpecsIngressToPortsRulesKafka",
    "CiliumNetworkPolicySpecsIngressToPortsRulesKafkaRole",
    "CiliumNetworkPolicySpecsIngressToPortsTerminatingTls",
    "CiliumNetworkPolicySpecsIngressToPortsTerminatingTlsSecret",
    "CiliumNetworkPolicySpecsLabels",
    "CiliumNetworkPolicySpecsLog",
    "CiliumNetworkPolicySpecsNodeSelector",
    "CiliumNetworkPolicySpecsNodeSelectorMatchExpressions",
    "CiliumNetworkPolicySpecsNodeSelectorMatchExpressionsOperator",
]

publication.publish()

def _typecheckingstub__552a57b6d5a99edbedc9fc89e5180449108732759223a87717d69567a747577f(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]],
    spec: typing.Optional[typing.Union[CiliumNetworkPolicySpec, typing.Dict[builtins.str, typing.Any]]] = None,
    specs: typing.Optional[typing.Sequence[typing.Union[CiliumNetworkPolicySpecs, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a04da6b4d40cfbafe035e909d6e2a62bd4a2463c22c2774274c8ebd06e841381(
    *,
    metadata: typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]],
    spec: typing.Optional[typing.Union[CiliumNetworkPolicySpec, typing.Dict[builtins.str, typing.Any]]] = None,
    specs: typing.Optional[typing.Sequence[typing.Union[CiliumNetworkPolicySpecs, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3d82a2f9b50ac7819712a46c4cf06e75fe5e0853d3b5f6dcc733018f6560ad18(
    *,
    description: typing.Optional[builtins.str] = None,
    egress: typing.Optional[typing.Sequence[typing.Any]] = None,
    egress_deny: typing.Optional[typing.Sequence[typing.Any]] = None,
    enable_default_deny: typing.Any = None,
    endpoint_selector: typing.Any = None,
    ingress: typing.Optional[typing.Sequence[typing.Any]] = None,
    ingress_deny: typing.Optional[typing.Sequence[typing.Any]] = None,
    labels: typing.Optional[typing.Sequence[typing.Any]] = None,
    log: typing.Any = None,
    node_selector: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1c138761777568f176c0c2a3ad19c07f0aa4f7c4b417e5d5f7fc03e40d14d344(
    *,
    description: typing.Optional[builtins.str] = None,
    egress: typing.Optional[typing.Sequence[typing.Union[CiliumNetworkPolicySpecsEgress, typing.Dict[builtins.str, typing.Any]]]] = None,
    egress_deny: typing.Optional[typing.Sequence[typing.Union[CiliumNetworkPolicySpecsEgressDeny, typing.Dict[builtins.str, typing.Any]]]] = None,
    enable_default_deny: typing.Optional[typing.Union[CiliumNetworkPolicySpecsEnableDefaultDeny, typing.Dict[builtins.str, typing.Any]]] = None,
    endpoint_selector: typing.Optional[typing.Union[CiliumNetworkPolicySpecsEndpointSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    ingress: typing.Optional[typing.Sequence[typing.Union[CiliumNetworkPolicySpecsIngress, typing.Dict[builtins.str, typing.Any]]]] = None,
    ingress_deny: typing.Optional[typing.Sequence[typing.Union[CiliumNetworkPolicySpecsIngressDeny, typing.Dict[builtins.str, typing.Any]]]] = None,
    labels: typing.Optional[typing.Sequence[typing.Union[CiliumNetworkPolicySpecsLabels, typing.Dict[builtins.str, typing.Any]]]] = None,
    log: typing.Optional[typing.Union[CiliumNetworkPolicySpecsLog, typing.Dict[builtins.str, typing.Any]]] = None,
    node_selector: typing.Optional[typing.Union[CiliumNetworkPolicySpecsNodeSelector, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__05c013b28b6f19b40ff5a77b2cd455924d478d5cb152f1bcfab9f80e1c7b3f6d(
    *,
    authentication: typing.Optional[typing.Union[CiliumNetworkPolicySpecsEgressAuthentication, typing.Dict[builtins.str, typing.Any]]] = None,
    icmps: typing.Optional[typing.Sequence[typing.Union[CiliumNetworkPolicySpecsEgressIcmps, typing.Dict[builtins.str, typing.Any]]]] = None,
    to_cidr: typing.Optional[typing.Sequence[builtins.str]] = None,
    to_cidr_set: typing.Optional[typing.Sequence[typing.Union[CiliumNetworkPolicySpecsEgressToCidrSet, typing.Dict[builtins.str, typing.Any]]]] = None,
    to_endpoints: typing.Optional[typing.Sequence[typing.Union[CiliumNetworkPolicySpecsEgressToEndpoints, typing.Dict[builtins.str, typing.Any]]]] = None,
    to_entities: typing.Optional[typing.Sequence[CiliumNetworkPolicySpecsEgressToEntities]] = None,
    to_fqd_ns: typing.Optional[typing.Sequence[typing.Union[CiliumNetworkPolicySpecsEgressToFqdNs, typing.Dict[builtins.str, typing.Any]]]] = None,
    to_groups: typing.Optional[typing.Sequence[typing.Union[CiliumNetworkPolicySpecsEgressToGroups, typing.Dict[builtins.str, typing.Any]]]] = None,
    to_nodes: typing.Optional[typing.Sequence[typing.Union[CiliumNetworkPolicySpecsEgressToNodes, typing.Dict[builtins.str, typing.Any]]]] = None,
    to_ports: typing.Optional[typing.Sequence[typing.Union[CiliumNetworkPolicySpecsEgressToPorts, typing.Dict[builtins.str, typing.Any]]]] = None,
    to_requires: typing.Optional[typing.Sequence[typing.Union[CiliumNetworkPolicySpecsEgressToRequires, typing.Dict[builtins.str, typing.Any]]]] = None,
    to_services: typing.Optional[typing.Sequence[typing.Union[CiliumNetworkPolicySpecsEgressToServices, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1ceb889e8fc8599ba7b9e94001c14ecd82bd881430fe4e19a6b1ba1178ee649c(
    *,
    mode: CiliumNetworkPolicySpecsEgressAuthenticationMode,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__65c5350920a8931d1d6ce8db2a4a2b4fd21bea71e836d0fe1fec79e5e658bd2f(
    *,
    icmps: typing.Optional[typing.Sequence[typing.Union[CiliumNetworkPolicySpecsEgressDenyIcmps, typing.Dict[builtins.str, typing.Any]]]] = None,
    to_cidr: typing.Optional[typing.Sequence[builtins.str]] = None,
    to_cidr_set: typing.Optional[typing.Sequence[typing.Union[CiliumNetworkPolicySpecsEgressDenyToCidrSet, typing.Dict[builtins.str, typing.Any]]]] = None,
    to_endpoints: typing.Optional[typing.Sequence[typing.Union[CiliumNetworkPolicySpecsEgressDenyToEndpoints, typing.Dict[builtins.str, typing.Any]]]] = None,
    to_entities: typing.Optional[typing.Sequence[CiliumNetworkPolicySpecsEgressDenyToEntities]] = None,
    to_groups: typing.Optional[typing.Sequence[typing.Union[CiliumNetworkPolicySpecsEgressDenyToGroups, typing.Dict[builtins.str, typing.Any]]]] = None,
    to_nodes: typing.Optional[typing.Sequence[typing.Union[CiliumNetworkPolicySpecsEgressDenyToNodes, typing.Dict[builtins.str, typing.Any]]]] = None,
    to_ports: typing.Optional[typing.Sequence[typing.Union[CiliumNetworkPolicySpecsEgressDenyToPorts, typing.Dict[builtins.str, typing.Any]]]] = None,
    to_requires: typing.Optional[typing.Sequence[typing.Union[CiliumNetworkPolicySpecsEgressDenyToRequires, typing.Dict[builtins.str, typing.Any]]]] = None,
    to_services: typing.Optional[typing.Sequence[typing.Union[CiliumNetworkPolicySpecsEgressDenyToServices, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c25029e8afc35f972df11a0905121361a30be4a4432d2ba717596d6951ff60c6(
    *,
    fields: typing.Optional[typing.Sequence[typing.Union[CiliumNetworkPolicySpecsEgressDenyIcmpsFields, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d37dd8f664f5429ee1bd44a2786ea2dc4b393fa1744210ac4d74bf1acd8f6a1a(
    *,
    type: CiliumNetworkPolicySpecsEgressDenyIcmpsFieldsType,
    family: typing.Optional[CiliumNetworkPolicySpecsEgressDenyIcmpsFieldsFamily] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b5d80f9fdf71e2c8b9503d14086a8572c95f0167c4900bef7745aad2f4b87ce6(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__210aea48ebe3490ab2f52c1df5271a2b293e015dc80a2b5c97903a6772ada7f5(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f25ea4844f75a6e93773fc7dd49a9051bc912637126c0b381bd8a3827a165f67(
    *,
    cidr: typing.Optional[builtins.str] = None,
    cidr_group_ref: typing.Optional[builtins.str] = None,
    cidr_group_selector: typing.Optional[typing.Union[CiliumNetworkPolicySpecsEgressDenyToCidrSetCidrGroupSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    except_: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9a065f2a0e2a586d67c864cc4645647b85ad0b05f54341413fa01c3bc026c616(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[CiliumNetworkPolicySpecsEgressDenyToCidrSetCidrGroupSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__733fbfcdb2a284633702ea74e376df853b82b94968b194d789bda83d0604dd89(
    *,
    key: builtins.str,
    operator: CiliumNetworkPolicySpecsEgressDenyToCidrSetCidrGroupSelectorMatchExpressionsOperator,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1368eefe5b808c017ed52d03bc162eb33f5c192aaf7895d1f4c7c68e8f5a2194(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[CiliumNetworkPolicySpecsEgressDenyToEndpointsMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6aba55fae2dcf268cc93f01d0b0c9bb121a30d148518e945da76b4a3053583b0(
    *,
    key: builtins.str,
    operator: CiliumNetworkPolicySpecsEgressDenyToEndpointsMatchExpressionsOperator,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__25ff5452692ce0707fa615b92c97824f244a5fd65a6fcd185f3032a6b25067f9(
    *,
    aws: typing.Optional[typing.Union[CiliumNetworkPolicySpecsEgressDenyToGroupsAws, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e7a581d51368b84b9f8c56b6361d7f33e7783bada742d82b55f473b14faefb59(
    *,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    region: typing.Optional[builtins.str] = None,
    security_groups_ids: typing.Optional[typing.Sequence[builtins.str]] = None,
    security_groups_names: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__530c75fc8ef5e236c40b844ced51a39ebae29caa4118c9ad3a4207ea953d3659(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[CiliumNetworkPolicySpecsEgressDenyToNodesMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__49e1d299b415f2e0fa9c5a04af0ad586a485182653654d50b9f02ce7a7a8ed75(
    *,
    key: builtins.str,
    operator: CiliumNetworkPolicySpecsEgressDenyToNodesMatchExpressionsOperator,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7f1f5fa216f27abf2f0e7a7429701ca24ad9ea1cf01f1bca41969afee4e75b44(
    *,
    ports: typing.Optional[typing.Sequence[typing.Union[CiliumNetworkPolicySpecsEgressDenyToPortsPorts, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__00925aefd356a38f17720cc28326fc49ef8ecf549d1c41dd364805abef7b0f96(
    *,
    port: builtins.str,
    end_port: typing.Optional[jsii.Number] = None,
    protocol: typing.Optional[CiliumNetworkPolicySpecsEgressDenyToPortsPortsProtocol] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0c83bcf5a6477699f67dfbce083ae57a025d80fec675e13d1b9afcb4e1119eec(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[CiliumNetworkPolicySpecsEgressDenyToRequiresMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__afe7b2b9a9f45be2ba01c8be2202e881b5442ce99293b97a7069c7ccbb2c0800(
    *,
    key: builtins.str,
    operator: CiliumNetworkPolicySpecsEgressDenyToRequiresMatchExpressionsOperator,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7d68010cb7629b4efeece0ffb7021ab23687505e88e0dbe8eed47ecb7db9261d(
    *,
    k8_s_service: typing.Optional[typing.Union[CiliumNetworkPolicySpecsEgressDenyToServicesK8SService, typing.Dict[builtins.str, typing.Any]]] = None,
    k8_s_service_selector: typing.Optional[typing.Union[CiliumNetworkPolicySpecsEgressDenyToServicesK8SServiceSelector, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fa3672666efd61f608ed38aeaae808fed26422ed9dde9a324ddda8f78976d2cf(
    *,
    namespace: typing.Optional[builtins.str] = None,
    service_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d33bce20788eb0632db8a43314f680b5903b624ffa5916fc30f4105fe6c204ff(
    *,
    selector: typing.Union[CiliumNetworkPolicySpecsEgressDenyToServicesK8SServiceSelectorSelector, typing.Dict[builtins.str, typing.Any]],
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__93c62ec6a1200637abe1dfd43de274a08750702ddda663c33bf4888dcba6d693(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[CiliumNetworkPolicySpecsEgressDenyToServicesK8SServiceSelectorSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e4333e3d823fce13b272f6225879111566d0a9239e7ccee7d38ea5ce88ced07c(
    *,
    key: builtins.str,
    operator: CiliumNetworkPolicySpecsEgressDenyToServicesK8SServiceSelectorSelectorMatchExpressionsOperator,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2cb47fec85ca2043611ce4ac09f7c80e58f988d0a5643c3a8593c4584a9cea70(
    *,
    fields: typing.Optional[typing.Sequence[typing.Union[CiliumNetworkPolicySpecsEgressIcmpsFields, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f85b446366ac7edb8f360d816cfc698276b060c5a540d17072798398def4aaad(
    *,
    type: CiliumNetworkPolicySpecsEgressIcmpsFieldsType,
    family: typing.Optional[CiliumNetworkPolicySpecsEgressIcmpsFieldsFamily] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d5b722c9c3af71c6c9ab9006c1f8d7c66de4fdb9071952008317267da74de666(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d2c30dc05c7c4a62ccecb89aa6fbe87234c67cfb7b367b19b1b842c9ac72685d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8954181548d4dddbe6e4d898a2ec603df282cca5e93f7ffd270ad5fcb979e830(
    *,
    cidr: typing.Optional[builtins.str] = None,
    cidr_group_ref: typing.Optional[builtins.str] = None,
    cidr_group_selector: typing.Optional[typing.Union[CiliumNetworkPolicySpecsEgressToCidrSetCidrGroupSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    except_: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__599c463059992d6221772dab7760d526c934d7cdbce05890fbb99b21e429c390(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[CiliumNetworkPolicySpecsEgressToCidrSetCidrGroupSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0a891698a8af22a20e642b27c22cf3864406d3857720e4cf5a1e4d7fc95eb3ea(
    *,
    key: builtins.str,
    operator: CiliumNetworkPolicySpecsEgressToCidrSetCidrGroupSelectorMatchExpressionsOperator,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__faa39b7b74483c40fc01c9895aa2d5cc1fb817bf93d9d359485fe42920e4b4fb(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[CiliumNetworkPolicySpecsEgressToEndpointsMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dd8b14f30a6cc0ab8ba483c898e606a5db9a3561efbbc2230e2a61ce7326606e(
    *,
    key: builtins.str,
    operator: CiliumNetworkPolicySpecsEgressToEndpointsMatchExpressionsOperator,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c306801b67632c496e8bdb745020cb6e959e5b6ec63cfc3015374bc99409a68a(
    *,
    match_name: typing.Optional[builtins.str] = None,
    match_pattern: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c9f71048123ee3576e4ca22913df8534e8e797751311361d9c6ee252ccc2cb4f(
    *,
    aws: typing.Optional[typing.Union[CiliumNetworkPolicySpecsEgressToGroupsAws, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3e4719072fbdac9d05f3ee9356e43dbb11ba6ab677aa68560bb82b10a9a75f65(
    *,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    region: typing.Optional[builtins.str] = None,
    security_groups_ids: typing.Optional[typing.Sequence[builtins.str]] = None,
    security_groups_names: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6d7332728cbe3b440ebe894c9e986d9f28072e5fbe3895c8d955e917e8488b76(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[CiliumNetworkPolicySpecsEgressToNodesMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__df44b416a1cbcba3089a09cd36b7b7d5dae3855e512d11a75ff3366f8ff34225(
    *,
    key: builtins.str,
    operator: CiliumNetworkPolicySpecsEgressToNodesMatchExpressionsOperator,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0dc2dd928aecfe8358ec60f975785feb10b4aa67e424bcabc6caf28c8e1b725a(
    *,
    listener: typing.Optional[typing.Union[CiliumNetworkPolicySpecsEgressToPortsListener, typing.Dict[builtins.str, typing.Any]]] = None,
    originating_tls: typing.Optional[typing.Union[CiliumNetworkPolicySpecsEgressToPortsOriginatingTls, typing.Dict[builtins.str, typing.Any]]] = None,
    ports: typing.Optional[typing.Sequence[typing.Union[CiliumNetworkPolicySpecsEgressToPortsPorts, typing.Dict[builtins.str, typing.Any]]]] = None,
    rules: typing.Optional[typing.Union[CiliumNetworkPolicySpecsEgressToPortsRules, typing.Dict[builtins.str, typing.Any]]] = None,
    server_names: typing.Optional[typing.Sequence[builtins.str]] = None,
    terminating_tls: typing.Optional[typing.Union[CiliumNetworkPolicySpecsEgressToPortsTerminatingTls, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1d2cd4f55685f20f135b3793548ed45a9643a841871f4b6f648f18f6f4c698d2(
    *,
    envoy_config: typing.Union[CiliumNetworkPolicySpecsEgressToPortsListenerEnvoyConfig, typing.Dict[builtins.str, typing.Any]],
    name: builtins.str,
    priority: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8d792261ac7f58eac30e75f75c43d495eb1a42d80498932614523f3d06479602(
    *,
    name: builtins.str,
    kind: typing.Optional[CiliumNetworkPolicySpecsEgressToPortsListenerEnvoyConfigKind] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__df0886bbd25c8f6ca4fd970184960edb30f448c2c6c03704609b8d9448e2d899(
    *,
    secret: typing.Union[CiliumNetworkPolicySpecsEgressToPortsOriginatingTlsSecret, typing.Dict[builtins.str, typing.Any]],
    certificate: typing.Optional[builtins.str] = None,
    private_key: typing.Optional[builtins.str] = None,
    trusted_ca: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a395c61e0558f7158f842b4d51bbb3e350352e5807df74bf11f06b8673d98216(
    *,
    name: builtins.str,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2d5036e8482f1916597b6f7eff2252e2c8557393eb90cb15a0affad59ddde69a(
    *,
    port: builtins.str,
    end_port: typing.Optional[jsii.Number] = None,
    protocol: typing.Optional[CiliumNetworkPolicySpecsEgressToPortsPortsProtocol] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1f8fc4a409ee2eff0ea95aeaca30577359b4de5fdefef2c43ccde2df50de3940(
    *,
    dns: typing.Optional[typing.Sequence[typing.Union[CiliumNetworkPolicySpecsEgressToPortsRulesDns, typing.Dict[builtins.str, typing.Any]]]] = None,
    http: typing.Optional[typing.Sequence[typing.Union[CiliumNetworkPolicySpecsEgressToPortsRulesHttp, typing.Dict[builtins.str, typing.Any]]]] = None,
    kafka: typing.Optional[typing.Sequence[typing.Union[CiliumNetworkPolicySpecsEgressToPortsRulesKafka, typing.Dict[builtins.str, typing.Any]]]] = None,
    l7: typing.Optional[typing.Sequence[typing.Mapping[builtins.str, builtins.str]]] = None,
    l7_proto: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__83efd41383486d823b8b60e8a2553fd74732f61628ed32e940a2ffabcb6b84b2(
    *,
    match_name: typing.Optional[builtins.str] = None,
    match_pattern: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__86cce248c9d91016ef8f9cc50b94a150ae1a9bdc108eead89edcd7be6a384a23(
    *,
    header_matches: typing.Optional[typing.Sequence[typing.Union[CiliumNetworkPolicySpecsEgressToPortsRulesHttpHeaderMatches, typing.Dict[builtins.str, typing.Any]]]] = None,
    headers: typing.Optional[typing.Sequence[builtins.str]] = None,
    host: typing.Optional[builtins.str] = None,
    method: typing.Optional[builtins.str] = None,
    path: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9b5d2e6f317abbf4af9c87380a0d71f21d70ba0b7117d2d28f9142717747d75b(
    *,
    name: builtins.str,
    mismatch: typing.Optional[CiliumNetworkPolicySpecsEgressToPortsRulesHttpHeaderMatchesMismatch] = None,
    secret: typing.Optional[typing.Union[CiliumNetworkPolicySpecsEgressToPortsRulesHttpHeaderMatchesSecret, typing.Dict[builtins.str, typing.Any]]] = None,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8ab63a48bfb3829b927bb43b707a7f11305c564266920ba8ac01c3cfdbde1c69(
    *,
    name: builtins.str,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f3dd20df0036938ef173b2cc63adf94d48ed16932019ae114acbc4c4f250e881(
    *,
    api_key: typing.Optional[builtins.str] = None,
    api_version: typing.Optional[builtins.str] = None,
    client_id: typing.Optional[builtins.str] = None,
    role: typing.Optional[CiliumNetworkPolicySpecsEgressToPortsRulesKafkaRole] = None,
    topic: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__60506cf85ee80036a672ace8ba7264d74f4b4299dc4f41f7844d1905c094b0c1(
    *,
    secret: typing.Union[CiliumNetworkPolicySpecsEgressToPortsTerminatingTlsSecret, typing.Dict[builtins.str, typing.Any]],
    certificate: typing.Optional[builtins.str] = None,
    private_key: typing.Optional[builtins.str] = None,
    trusted_ca: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d6d78a1f5b4ddc0cfbef3bbbf2a6ef1ad30e63a1bf0ee1dc7c2a50f4e002bd96(
    *,
    name: builtins.str,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1cc1d3405289061c4677649f947bd6ba31fe410886da8a30491a315367d5cf3c(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[CiliumNetworkPolicySpecsEgressToRequiresMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f239983b85dc43406469a554e3fa482c5efb1397f1cd099b821b7c9e123b132b(
    *,
    key: builtins.str,
    operator: CiliumNetworkPolicySpecsEgressToRequiresMatchExpressionsOperator,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__de28244066db96e7b0280f42001f8822b5884f41788f91eb242e52dcada45d71(
    *,
    k8_s_service: typing.Optional[typing.Union[CiliumNetworkPolicySpecsEgressToServicesK8SService, typing.Dict[builtins.str, typing.Any]]] = None,
    k8_s_service_selector: typing.Optional[typing.Union[CiliumNetworkPolicySpecsEgressToServicesK8SServiceSelector, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__780cf5a9292601e1c14f2b5b758ffa14962e4d6c1599789e73bfad83dfe2fed0(
    *,
    namespace: typing.Optional[builtins.str] = None,
    service_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ceffd70157ddc1cd62cd6137fc56dbf51a0d42d98270022943c2aa177f65bb76(
    *,
    selector: typing.Union[CiliumNetworkPolicySpecsEgressToServicesK8SServiceSelectorSelector, typing.Dict[builtins.str, typing.Any]],
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__23f8c7af5bd7abd6e7d1898875f964262b5c81569f41ece66783a1bb335013d6(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[CiliumNetworkPolicySpecsEgressToServicesK8SServiceSelectorSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c8ebbf537f829e18f489e26ba7080b33c69ee8c63ce2fa93b644cb1813741bd2(
    *,
    key: builtins.str,
    operator: CiliumNetworkPolicySpecsEgressToServicesK8SServiceSelectorSelectorMatchExpressionsOperator,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__63be49e9aac633f328488989cba834da63bfe9ff681bd3ebd92605a9c748c04b(
    *,
    egress: typing.Optional[builtins.bool] = None,
    ingress: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__992f400e47e5b92ce3afca9bb37a9c0ea2de8dbf58b343ab96bf28711d21a812(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[CiliumNetworkPolicySpecsEndpointSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1e0bab3e8bfa7c7083a5e0f667968209441cd2a27122a02bd873474e0b30ce86(
    *,
    key: builtins.str,
    operator: CiliumNetworkPolicySpecsEndpointSelectorMatchExpressionsOperator,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dcb822f9d042bdccdf0df416d58753f641eeb632b50314d3fefdb4d7d33a5135(
    *,
    authentication: typing.Optional[typing.Union[CiliumNetworkPolicySpecsIngressAuthentication, typing.Dict[builtins.str, typing.Any]]] = None,
    from_cidr: typing.Optional[typing.Sequence[builtins.str]] = None,
    from_cidr_set: typing.Optional[typing.Sequence[typing.Union[CiliumNetworkPolicySpecsIngressFromCidrSet, typing.Dict[builtins.str, typing.Any]]]] = None,
    from_endpoints: typing.Optional[typing.Sequence[typing.Union[CiliumNetworkPolicySpecsIngressFromEndpoints, typing.Dict[builtins.str, typing.Any]]]] = None,
    from_entities: typing.Optional[typing.Sequence[CiliumNetworkPolicySpecsIngressFromEntities]] = None,
    from_groups: typing.Optional[typing.Sequence[typing.Union[CiliumNetworkPolicySpecsIngressFromGroups, typing.Dict[builtins.str, typing.Any]]]] = None,
    from_nodes: typing.Optional[typing.Sequence[typing.Union[CiliumNetworkPolicySpecsIngressFromNodes, typing.Dict[builtins.str, typing.Any]]]] = None,
    from_requires: typing.Optional[typing.Sequence[typing.Union[CiliumNetworkPolicySpecsIngressFromRequires, typing.Dict[builtins.str, typing.Any]]]] = None,
    icmps: typing.Optional[typing.Sequence[typing.Union[CiliumNetworkPolicySpecsIngressIcmps, typing.Dict[builtins.str, typing.Any]]]] = None,
    to_ports: typing.Optional[typing.Sequence[typing.Union[CiliumNetworkPolicySpecsIngressToPorts, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__74de4486618816cb0aa0f12812cad36ef0c553a5230353cdd884f2eb79471533(
    *,
    mode: CiliumNetworkPolicySpecsIngressAuthenticationMode,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__237bac31695dadb6833757de3cedb2d4b53699ad73b27f4b4ca15579466089e7(
    *,
    from_cidr: typing.Optional[typing.Sequence[builtins.str]] = None,
    from_cidr_set: typing.Optional[typing.Sequence[typing.Union[CiliumNetworkPolicySpecsIngressDenyFromCidrSet, typing.Dict[builtins.str, typing.Any]]]] = None,
    from_endpoints: typing.Optional[typing.Sequence[typing.Union[CiliumNetworkPolicySpecsIngressDenyFromEndpoints, typing.Dict[builtins.str, typing.Any]]]] = None,
    from_entities: typing.Optional[typing.Sequence[CiliumNetworkPolicySpecsIngressDenyFromEntities]] = None,
    from_groups: typing.Optional[typing.Sequence[typing.Union[CiliumNetworkPolicySpecsIngressDenyFromGroups, typing.Dict[builtins.str, typing.Any]]]] = None,
    from_nodes: typing.Optional[typing.Sequence[typing.Union[CiliumNetworkPolicySpecsIngressDenyFromNodes, typing.Dict[builtins.str, typing.Any]]]] = None,
    from_requires: typing.Optional[typing.Sequence[typing.Union[CiliumNetworkPolicySpecsIngressDenyFromRequires, typing.Dict[builtins.str, typing.Any]]]] = None,
    icmps: typing.Optional[typing.Sequence[typing.Union[CiliumNetworkPolicySpecsIngressDenyIcmps, typing.Dict[builtins.str, typing.Any]]]] = None,
    to_ports: typing.Optional[typing.Sequence[typing.Union[CiliumNetworkPolicySpecsIngressDenyToPorts, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cf4d2fbba2f7c6c4dda7e0e80115e80fcc8451819a4c4f8073c69d4fe4e0b786(
    *,
    cidr: typing.Optional[builtins.str] = None,
    cidr_group_ref: typing.Optional[builtins.str] = None,
    cidr_group_selector: typing.Optional[typing.Union[CiliumNetworkPolicySpecsIngressDenyFromCidrSetCidrGroupSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    except_: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2796dc251b8bcc416ab1c713c96f8103fd919fc3cb9066aefb488b811a6931e0(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[CiliumNetworkPolicySpecsIngressDenyFromCidrSetCidrGroupSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e4abbce25b6cc78933ccf851bc85c757c93ec4e88315951284c3d13343b104b8(
    *,
    key: builtins.str,
    operator: CiliumNetworkPolicySpecsIngressDenyFromCidrSetCidrGroupSelectorMatchExpressionsOperator,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__250e6c4fe1d7fa2ec00e951c21f0c05bdfa74162f009c2119d1655a7425b67c9(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[CiliumNetworkPolicySpecsIngressDenyFromEndpointsMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__04986f83c0ddc92362e74ca09b64044beef0dc5f22ee6add33ed7db27be76502(
    *,
    key: builtins.str,
    operator: CiliumNetworkPolicySpecsIngressDenyFromEndpointsMatchExpressionsOperator,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8c866b8df51c64f3dbfb9ad5338a2e1ce78dff30c14eae602f76e4e69b2e6a35(
    *,
    aws: typing.Optional[typing.Union[CiliumNetworkPolicySpecsIngressDenyFromGroupsAws, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0d14ee30c2b6238fdc302313e639ec0202b0f266c4a01c68116965f1dc824546(
    *,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    region: typing.Optional[builtins.str] = None,
    security_groups_ids: typing.Optional[typing.Sequence[builtins.str]] = None,
    security_groups_names: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dd477728f7f5972124e8773035080586d58c498622b3bd46dd10b20c0f3ccd1a(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[CiliumNetworkPolicySpecsIngressDenyFromNodesMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b3b945d58fe6a4f6a29aa7dea3591386050029a1199e50bfcf4a9db7e22dcbcd(
    *,
    key: builtins.str,
    operator: CiliumNetworkPolicySpecsIngressDenyFromNodesMatchExpressionsOperator,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e1dffc2372a79ef9207320fde4649bb16a52f2d1e4b08eea49d63d8ae58e7e6b(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[CiliumNetworkPolicySpecsIngressDenyFromRequiresMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b5baae97fad17837014fd4de8b946d124eb168130bbc8063e527bed66bfd91e5(
    *,
    key: builtins.str,
    operator: CiliumNetworkPolicySpecsIngressDenyFromRequiresMatchExpressionsOperator,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__830bf6123fe39d196b96a35478141ec7bb561a9346d647896e0eafbad47e37d6(
    *,
    fields: typing.Optional[typing.Sequence[typing.Union[CiliumNetworkPolicySpecsIngressDenyIcmpsFields, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3afe25486ba24c5754b9124098c920cc42a3c6a9003a3cdb2f50a7ed04036b31(
    *,
    type: CiliumNetworkPolicySpecsIngressDenyIcmpsFieldsType,
    family: typing.Optional[CiliumNetworkPolicySpecsIngressDenyIcmpsFieldsFamily] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__89d9a65f0d1db7a4b43e11c9371e5ebf1ff32fe72e0c560b446de92e22d7d05c(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ec004f28782615bb11d9cb94c8099577ae126d058287c8756287e19fc725f085(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0a00d3f5a9ed4f77b9a8c7a48f15e9cac154fe2233790916a7feba1160c16fa6(
    *,
    ports: typing.Optional[typing.Sequence[typing.Union[CiliumNetworkPolicySpecsIngressDenyToPortsPorts, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1f8fb9bb07256098bb044d7dc6c2724ea4e155a96f28f7d29664c4de2306cdda(
    *,
    port: builtins.str,
    end_port: typing.Optional[jsii.Number] = None,
    protocol: typing.Optional[CiliumNetworkPolicySpecsIngressDenyToPortsPortsProtocol] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__10f9b385c76882050e40008812d89d44d26847d6d610f0e77920ddcf87c19488(
    *,
    cidr: typing.Optional[builtins.str] = None,
    cidr_group_ref: typing.Optional[builtins.str] = None,
    cidr_group_selector: typing.Optional[typing.Union[CiliumNetworkPolicySpecsIngressFromCidrSetCidrGroupSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    except_: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__16a78f1e94104a3a85fc752228828d566418df94b06e46b2ad4630cf335fe9a9(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[CiliumNetworkPolicySpecsIngressFromCidrSetCidrGroupSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e800bd8d5fe94ff4290573b0e856bf311526b554d432e32893c8bd253f4c1fbd(
    *,
    key: builtins.str,
    operator: CiliumNetworkPolicySpecsIngressFromCidrSetCidrGroupSelectorMatchExpressionsOperator,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5f042571e4d54df712e4ff99cbf447026642669e823d6fa5bcf613456512a4a7(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[CiliumNetworkPolicySpecsIngressFromEndpointsMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__240a10a8f12d11717e4b60fceaf1dbbe786952d40fba8d46d589cc51a7a3e422(
    *,
    key: builtins.str,
    operator: CiliumNetworkPolicySpecsIngressFromEndpointsMatchExpressionsOperator,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__52181562b1ceda088af2db62c58ec7a73f6242b00f3b9e7531a7bfdf60b4288b(
    *,
    aws: typing.Optional[typing.Union[CiliumNetworkPolicySpecsIngressFromGroupsAws, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6822fed8ffc207bce5bf8479ed3595150c7c2a4cec3385840eef2bcdaed0bc7b(
    *,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    region: typing.Optional[builtins.str] = None,
    security_groups_ids: typing.Optional[typing.Sequence[builtins.str]] = None,
    security_groups_names: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cc2b5cc052c615fa462657d7ba669bd510aa07b9c66ee048efbb798133445822(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[CiliumNetworkPolicySpecsIngressFromNodesMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__43ba059bb18f1f6e82a1a8b02eb5bce3cff96fd4dc164c3f2c7052058a86f65c(
    *,
    key: builtins.str,
    operator: CiliumNetworkPolicySpecsIngressFromNodesMatchExpressionsOperator,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bb2de64a343cc1b166a8f5d09d5dd8a7f193542f25390dec478d9184589ed420(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[CiliumNetworkPolicySpecsIngressFromRequiresMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__58454d6ba2ead5988d9dab47b501380e37c65d85d13cb99b2fa665704241a215(
    *,
    key: builtins.str,
    operator: CiliumNetworkPolicySpecsIngressFromRequiresMatchExpressionsOperator,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__58f66f392a940a0e4a1b0e3d066a8f691ae8d7eee70b77a0ee5752eef7380261(
    *,
    fields: typing.Optional[typing.Sequence[typing.Union[CiliumNetworkPolicySpecsIngressIcmpsFields, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a1bf992682447e798293d24225761c39f28b582146edd3a6becaa2c979704932(
    *,
    type: CiliumNetworkPolicySpecsIngressIcmpsFieldsType,
    family: typing.Optional[CiliumNetworkPolicySpecsIngressIcmpsFieldsFamily] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__59bd44bab6e6f056eb149750758ef3d2ce16470f5e1342538f86d8ca0783e09e(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__904daa4b4f56cd67dc09472aaca633125f9b234fc5b8ce10c88778a0f7280827(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9854c061c13a52c61bf4a6e3feac1606635c82ff1f7ffba31001f0382a54ad9b(
    *,
    listener: typing.Optional[typing.Union[CiliumNetworkPolicySpecsIngressToPortsListener, typing.Dict[builtins.str, typing.Any]]] = None,
    originating_tls: typing.Optional[typing.Union[CiliumNetworkPolicySpecsIngressToPortsOriginatingTls, typing.Dict[builtins.str, typing.Any]]] = None,
    ports: typing.Optional[typing.Sequence[typing.Union[CiliumNetworkPolicySpecsIngressToPortsPorts, typing.Dict[builtins.str, typing.Any]]]] = None,
    rules: typing.Optional[typing.Union[CiliumNetworkPolicySpecsIngressToPortsRules, typing.Dict[builtins.str, typing.Any]]] = None,
    server_names: typing.Optional[typing.Sequence[builtins.str]] = None,
    terminating_tls: typing.Optional[typing.Union[CiliumNetworkPolicySpecsIngressToPortsTerminatingTls, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ee05fd54b7c94dba4df6d423c2088ad11c819005600da3e2e44638b7949929f2(
    *,
    envoy_config: typing.Union[CiliumNetworkPolicySpecsIngressToPortsListenerEnvoyConfig, typing.Dict[builtins.str, typing.Any]],
    name: builtins.str,
    priority: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__22a176e3b51169d4562677e4e9ebb277467ca5fb9c527a5d9dc64a2640ad9d51(
    *,
    name: builtins.str,
    kind: typing.Optional[CiliumNetworkPolicySpecsIngressToPortsListenerEnvoyConfigKind] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5239aa75bfce6b3dc9085bcf127b42c46578a82849ddcc6d68b3af7e108d2f26(
    *,
    secret: typing.Union[CiliumNetworkPolicySpecsIngressToPortsOriginatingTlsSecret, typing.Dict[builtins.str, typing.Any]],
    certificate: typing.Optional[builtins.str] = None,
    private_key: typing.Optional[builtins.str] = None,
    trusted_ca: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ae6adf8bea1c9ada7ecde421fb05041aa94bfb64dc43709e1aaf92aa15c7630d(
    *,
    name: builtins.str,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2f7ad45db8c4ea44d0ae2e07bbededb8550dfb404198963ace7299154a92685c(
    *,
    port: builtins.str,
    end_port: typing.Optional[jsii.Number] = None,
    protocol: typing.Optional[CiliumNetworkPolicySpecsIngressToPortsPortsProtocol] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__409a850ab92ea34b3463e7e9e08ad286c2cf35ce22d93e330b719c924a30f9fa(
    *,
    dns: typing.Optional[typing.Sequence[typing.Union[CiliumNetworkPolicySpecsIngressToPortsRulesDns, typing.Dict[builtins.str, typing.Any]]]] = None,
    http: typing.Optional[typing.Sequence[typing.Union[CiliumNetworkPolicySpecsIngressToPortsRulesHttp, typing.Dict[builtins.str, typing.Any]]]] = None,
    kafka: typing.Optional[typing.Sequence[typing.Union[CiliumNetworkPolicySpecsIngressToPortsRulesKafka, typing.Dict[builtins.str, typing.Any]]]] = None,
    l7: typing.Optional[typing.Sequence[typing.Mapping[builtins.str, builtins.str]]] = None,
    l7_proto: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__16a21091d1c72114538428b7e93f2aed82f6b4a9d5f59c1f5f6762b9774d7fd7(
    *,
    match_name: typing.Optional[builtins.str] = None,
    match_pattern: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__893875b1fdce4cbaca12f5439ed34081ab2cc77bd7d1c4a4e4069676189fa755(
    *,
    header_matches: typing.Optional[typing.Sequence[typing.Union[CiliumNetworkPolicySpecsIngressToPortsRulesHttpHeaderMatches, typing.Dict[builtins.str, typing.Any]]]] = None,
    headers: typing.Optional[typing.Sequence[builtins.str]] = None,
    host: typing.Optional[builtins.str] = None,
    method: typing.Optional[builtins.str] = None,
    path: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1a9fb2cbc542ab6c44d30a2b2d476c81e185856a4edbcd1aec737d7714194ff7(
    *,
    name: builtins.str,
    mismatch: typing.Optional[CiliumNetworkPolicySpecsIngressToPortsRulesHttpHeaderMatchesMismatch] = None,
    secret: typing.Optional[typing.Union[CiliumNetworkPolicySpecsIngressToPortsRulesHttpHeaderMatchesSecret, typing.Dict[builtins.str, typing.Any]]] = None,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ad563aa9ecc81ebce71b4e10b2a1323cb779080842e379979a43ef029d81e5eb(
    *,
    name: builtins.str,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4b337d9eea9fd97d88f87165527f34010d75d8ce3ad9060a2c3fe737103e9a1b(
    *,
    api_key: typing.Optional[builtins.str] = None,
    api_version: typing.Optional[builtins.str] = None,
    client_id: typing.Optional[builtins.str] = None,
    role: typing.Optional[CiliumNetworkPolicySpecsIngressToPortsRulesKafkaRole] = None,
    topic: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2e308b1a1ca7af2ecb182db22410ad8c3069e9fe1943a83e7ad3f00df6538018(
    *,
    secret: typing.Union[CiliumNetworkPolicySpecsIngressToPortsTerminatingTlsSecret, typing.Dict[builtins.str, typing.Any]],
    certificate: typing.Optional[builtins.str] = None,
    private_key: typing.Optional[builtins.str] = None,
    trusted_ca: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0033d9a36590226cf415fb583393c9c3487e372138c6b4d1f2d02e9650b35039(
    *,
    name: builtins.str,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dd2bc1c96dd30b12e5766f63c0a04488d1ba89d9d397fdaadac5f4357c7c3ddb(
    *,
    key: builtins.str,
    source: typing.Optional[builtins.str] = None,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__21470a77dc5416cd6aeb9d597e0b1e19f035b7ffded1c643d99619907170e95f(
    *,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__de070df369565a54ce133ed859e9692fe2ccc8aa643758a657a972e7888dcbd2(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[CiliumNetworkPolicySpecsNodeSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__eb4a2465442a93e41220fe45d7e07f84d1145b5cefaa5cada33c57668ef8d7e8(
    *,
    key: builtins.str,
    operator: CiliumNetworkPolicySpecsNodeSelectorMatchExpressionsOperator,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass
