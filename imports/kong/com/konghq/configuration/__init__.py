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


class KongConsumer(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="kong_comkonghqconfiguration.KongConsumer",
):
    '''KongConsumer is the Schema for the kongconsumers API.

    :schema: KongConsumer
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        consumer_groups: typing.Optional[typing.Sequence[builtins.str]] = None,
        credentials: typing.Optional[typing.Sequence[builtins.str]] = None,
        custom_id: typing.Optional[builtins.str] = None,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["KongConsumerSpec", typing.Dict[builtins.str, typing.Any]]] = None,
        username: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Defines a "KongConsumer" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param consumer_groups: ConsumerGroups are references to consumer groups (that consumer wants to be part of) provisioned in Kong.
        :param credentials: Credentials are references to secrets containing a credential to be provisioned in Kong.
        :param custom_id: CustomID is a Kong cluster-unique existing ID for the consumer - useful for mapping Kong with users in your existing database.
        :param metadata: 
        :param spec: KongConsumerSpec defines the specification of the KongConsumer.
        :param username: Username is a Kong cluster-unique username of the consumer.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__218b545c9285b4005663de901c1c4c4dcd303bf85fbe9e6ac3fe8e272a890d6b)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = KongConsumerProps(
            consumer_groups=consumer_groups,
            credentials=credentials,
            custom_id=custom_id,
            metadata=metadata,
            spec=spec,
            username=username,
        )

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        consumer_groups: typing.Optional[typing.Sequence[builtins.str]] = None,
        credentials: typing.Optional[typing.Sequence[builtins.str]] = None,
        custom_id: typing.Optional[builtins.str] = None,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["KongConsumerSpec", typing.Dict[builtins.str, typing.Any]]] = None,
        username: typing.Optional[builtins.str] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "KongConsumer".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param consumer_groups: ConsumerGroups are references to consumer groups (that consumer wants to be part of) provisioned in Kong.
        :param credentials: Credentials are references to secrets containing a credential to be provisioned in Kong.
        :param custom_id: CustomID is a Kong cluster-unique existing ID for the consumer - useful for mapping Kong with users in your existing database.
        :param metadata: 
        :param spec: KongConsumerSpec defines the specification of the KongConsumer.
        :param username: Username is a Kong cluster-unique username of the consumer.
        '''
        props = KongConsumerProps(
            consumer_groups=consumer_groups,
            credentials=credentials,
            custom_id=custom_id,
            metadata=metadata,
            spec=spec,
            username=username,
        )

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "KongConsumer".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="kong_comkonghqconfiguration.KongConsumerProps",
    jsii_struct_bases=[],
    name_mapping={
        "consumer_groups": "consumerGroups",
        "credentials": "credentials",
        "custom_id": "customId",
        "metadata": "metadata",
        "spec": "spec",
        "username": "username",
    },
)
class KongConsumerProps:
    def __init__(
        self,
        *,
        consumer_groups: typing.Optional[typing.Sequence[builtins.str]] = None,
        credentials: typing.Optional[typing.Sequence[builtins.str]] = None,
        custom_id: typing.Optional[builtins.str] = None,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["KongConsumerSpec", typing.Dict[builtins.str, typing.Any]]] = None,
        username: typing.Optional[builtins.str] = None,
    ) -> None:
        '''KongConsumer is the Schema for the kongconsumers API.

        :param consumer_groups: ConsumerGroups are references to consumer groups (that consumer wants to be part of) provisioned in Kong.
        :param credentials: Credentials are references to secrets containing a credential to be provisioned in Kong.
        :param custom_id: CustomID is a Kong cluster-unique existing ID for the consumer - useful for mapping Kong with users in your existing database.
        :param metadata: 
        :param spec: KongConsumerSpec defines the specification of the KongConsumer.
        :param username: Username is a Kong cluster-unique username of the consumer.

        :schema: KongConsumer
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = KongConsumerSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e051d1a918931b427dffdf023c33c5bfd9c8b385a5acf37203fee85b9c88f6ec)
            check_type(argname="argument consumer_groups", value=consumer_groups, expected_type=type_hints["consumer_groups"])
            check_type(argname="argument credentials", value=credentials, expected_type=type_hints["credentials"])
            check_type(argname="argument custom_id", value=custom_id, expected_type=type_hints["custom_id"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument username", value=username, expected_type=type_hints["username"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if consumer_groups is not None:
            self._values["consumer_groups"] = consumer_groups
        if credentials is not None:
            self._values["credentials"] = credentials
        if custom_id is not None:
            self._values["custom_id"] = custom_id
        if metadata is not None:
            self._values["metadata"] = metadata
        if spec is not None:
            self._values["spec"] = spec
        if username is not None:
            self._values["username"] = username

    @builtins.property
    def consumer_groups(self) -> typing.Optional[typing.List[builtins.str]]:
        '''ConsumerGroups are references to consumer groups (that consumer wants to be part of) provisioned in Kong.

        :schema: KongConsumer#consumerGroups
        '''
        result = self._values.get("consumer_groups")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def credentials(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Credentials are references to secrets containing a credential to be provisioned in Kong.

        :schema: KongConsumer#credentials
        '''
        result = self._values.get("credentials")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def custom_id(self) -> typing.Optional[builtins.str]:
        '''CustomID is a Kong cluster-unique existing ID for the consumer - useful for mapping Kong with users in your existing database.

        :schema: KongConsumer#custom_id
        '''
        result = self._values.get("custom_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: KongConsumer#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["KongConsumerSpec"]:
        '''KongConsumerSpec defines the specification of the KongConsumer.

        :schema: KongConsumer#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["KongConsumerSpec"], result)

    @builtins.property
    def username(self) -> typing.Optional[builtins.str]:
        '''Username is a Kong cluster-unique username of the consumer.

        :schema: KongConsumer#username
        '''
        result = self._values.get("username")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KongConsumerProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kong_comkonghqconfiguration.KongConsumerSpec",
    jsii_struct_bases=[],
    name_mapping={"control_plane_ref": "controlPlaneRef", "tags": "tags"},
)
class KongConsumerSpec:
    def __init__(
        self,
        *,
        control_plane_ref: typing.Optional[typing.Union["KongConsumerSpecControlPlaneRef", typing.Dict[builtins.str, typing.Any]]] = None,
        tags: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''KongConsumerSpec defines the specification of the KongConsumer.

        :param control_plane_ref: ControlPlaneRef is a reference to a ControlPlane this Consumer is associated with.
        :param tags: Tags is an optional set of tags applied to the consumer.

        :schema: KongConsumerSpec
        '''
        if isinstance(control_plane_ref, dict):
            control_plane_ref = KongConsumerSpecControlPlaneRef(**control_plane_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f6ccb25c6449b82a55b53d91a18fe736fd6382657e8eb7161fe8b5481c9bb7b6)
            check_type(argname="argument control_plane_ref", value=control_plane_ref, expected_type=type_hints["control_plane_ref"])
            check_type(argname="argument tags", value=tags, expected_type=type_hints["tags"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if control_plane_ref is not None:
            self._values["control_plane_ref"] = control_plane_ref
        if tags is not None:
            self._values["tags"] = tags

    @builtins.property
    def control_plane_ref(self) -> typing.Optional["KongConsumerSpecControlPlaneRef"]:
        '''ControlPlaneRef is a reference to a ControlPlane this Consumer is associated with.

        :schema: KongConsumerSpec#controlPlaneRef
        '''
        result = self._values.get("control_plane_ref")
        return typing.cast(typing.Optional["KongConsumerSpecControlPlaneRef"], result)

    @builtins.property
    def tags(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Tags is an optional set of tags applied to the consumer.

        :schema: KongConsumerSpec#tags
        '''
        result = self._values.get("tags")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KongConsumerSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kong_comkonghqconfiguration.KongConsumerSpecControlPlaneRef",
    jsii_struct_bases=[],
    name_mapping={
        "konnect_id": "konnectId",
        "konnect_namespaced_ref": "konnectNamespacedRef",
        "type": "type",
    },
)
class KongConsumerSpecControlPlaneRef:
    def __init__(
        self,
        *,
        konnect_id: typing.Optional[builtins.str] = None,
        konnect_namespaced_ref: typing.Optional[typing.Union["KongConsumerSpecControlPlaneRefKonnectNamespacedRef", typing.Dict[builtins.str, typing.Any]]] = None,
        type: typing.Optional["KongConsumerSpecControlPlaneRefType"] = None,
    ) -> None:
        '''ControlPlaneRef is a reference to a ControlPlane this Consumer is associated with.

        :param konnect_id: KonnectID is the schema for the KonnectID type. This field is required when the Type is konnectID.
        :param konnect_namespaced_ref: KonnectNamespacedRef is a reference to a Konnect Control Plane entity inside the cluster. It contains the name of the Konnect Control Plane. This field is required when the Type is konnectNamespacedRef.
        :param type: Type indicates the type of the control plane being referenced. Allowed values: - konnectID - konnectNamespacedRef - kic. The default is kic, which implies that the Control Plane is KIC.

        :schema: KongConsumerSpecControlPlaneRef
        '''
        if isinstance(konnect_namespaced_ref, dict):
            konnect_namespaced_ref = KongConsumerSpecControlPlaneRefKonnectNamespacedRef(**konnect_namespaced_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6790482e650d1e44f7eecd26d32a3672e9b085618103ff42a44d8e1e77b23d9c)
            check_type(argname="argument konnect_id", value=konnect_id, expected_type=type_hints["konnect_id"])
            check_type(argname="argument konnect_namespaced_ref", value=konnect_namespaced_ref, expected_type=type_hints["konnect_namespaced_ref"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if konnect_id is not None:
            self._values["konnect_id"] = konnect_id
        if konnect_namespaced_ref is not None:
            self._values["konnect_namespaced_ref"] = konnect_namespaced_ref
        if type is not None:
            self._values["type"] = type

    @builtins.property
    def konnect_id(self) -> typing.Optional[builtins.str]:
        '''KonnectID is the schema for the KonnectID type.

        This field is required when the Type is konnectID.

        :schema: KongConsumerSpecControlPlaneRef#konnectID
        '''
        result = self._values.get("konnect_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def konnect_namespaced_ref(
        self,
    ) -> typing.Optional["KongConsumerSpecControlPlaneRefKonnectNamespacedRef"]:
        '''KonnectNamespacedRef is a reference to a Konnect Control Plane entity inside the cluster.

        It contains the name of the Konnect Control Plane.
        This field is required when the Type is konnectNamespacedRef.

        :schema: KongConsumerSpecControlPlaneRef#konnectNamespacedRef
        '''
        result = self._values.get("konnect_namespaced_ref")
        return typing.cast(typing.Optional["KongConsumerSpecControlPlaneRefKonnectNamespacedRef"], result)

    @builtins.property
    def type(self) -> typing.Optional["KongConsumerSpecControlPlaneRefType"]:
        '''Type indicates the type of the control plane being referenced. Allowed values: - konnectID - konnectNamespacedRef - kic.

        The default is kic, which implies that the Control Plane is KIC.

        :schema: KongConsumerSpecControlPlaneRef#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional["KongConsumerSpecControlPlaneRefType"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KongConsumerSpecControlPlaneRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kong_comkonghqconfiguration.KongConsumerSpecControlPlaneRefKonnectNamespacedRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "namespace": "namespace"},
)
class KongConsumerSpecControlPlaneRefKonnectNamespacedRef:
    def __init__(
        self,
        *,
        name: builtins.str,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''KonnectNamespacedRef is a reference to a Konnect Control Plane entity inside the cluster.

        It contains the name of the Konnect Control Plane.
        This field is required when the Type is konnectNamespacedRef.

        :param name: Name is the name of the Konnect Control Plane.
        :param namespace: Namespace is the namespace where the Konnect Control Plane is in. Currently only cluster scoped resources (KongVault) are allowed to set ``konnectNamespacedRef.namespace``.

        :schema: KongConsumerSpecControlPlaneRefKonnectNamespacedRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5303bb92660a0e9c93bb987db1b4e699f3a530541ceebd7df6bff68537b18f2f)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of the Konnect Control Plane.

        :schema: KongConsumerSpecControlPlaneRefKonnectNamespacedRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace is the namespace where the Konnect Control Plane is in.

        Currently only cluster scoped resources (KongVault) are allowed to set ``konnectNamespacedRef.namespace``.

        :schema: KongConsumerSpecControlPlaneRefKonnectNamespacedRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KongConsumerSpecControlPlaneRefKonnectNamespacedRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="kong_comkonghqconfiguration.KongConsumerSpecControlPlaneRefType")
class KongConsumerSpecControlPlaneRefType(enum.Enum):
    '''Type indicates the type of the control plane being referenced. Allowed values: - konnectID - konnectNamespacedRef - kic.

    The default is kic, which implies that the Control Plane is KIC.

    :schema: KongConsumerSpecControlPlaneRefType
    '''

    KONNECT_ID = "KONNECT_ID"
    '''konnectID.'''
    KONNECT_NAMESPACED_REF = "KONNECT_NAMESPACED_REF"
    '''konnectNamespacedRef.'''
    KIC = "KIC"
    '''kic.'''


class KongPlugin(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="kong_comkonghqconfiguration.KongPlugin",
):
    '''KongPlugin is the Schema for the kongplugins API.

    :schema: KongPlugin
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        plugin: builtins.str,
        config: typing.Any = None,
        config_from: typing.Optional[typing.Union["KongPluginConfigFrom", typing.Dict[builtins.str, typing.Any]]] = None,
        config_patches: typing.Optional[typing.Sequence[typing.Union["KongPluginConfigPatches", typing.Dict[builtins.str, typing.Any]]]] = None,
        consumer_ref: typing.Optional[builtins.str] = None,
        disabled: typing.Optional[builtins.bool] = None,
        instance_name: typing.Optional[builtins.str] = None,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        ordering: typing.Optional[typing.Union["KongPluginOrdering", typing.Dict[builtins.str, typing.Any]]] = None,
        protocols: typing.Optional[typing.Sequence["KongPluginProtocols"]] = None,
        run_on: typing.Optional["KongPluginRunOn"] = None,
    ) -> None:
        '''Defines a "KongPlugin" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param plugin: PluginName is the name of the plugin to which to apply the config.
        :param config: Config contains the plugin configuration. It's a list of keys and values required to configure the plugin. Please read the documentation of the plugin being configured to set values in here. For any plugin in Kong, anything that goes in the ``config`` JSON key in the Admin API request, goes into this property. Only one of ``config`` or ``configFrom`` may be used in a KongPlugin, not both at once.
        :param config_from: ConfigFrom references a secret containing the plugin configuration. This should be used when the plugin configuration contains sensitive information, such as AWS credentials in the Lambda plugin or the client secret in the OIDC plugin. Only one of ``config`` or ``configFrom`` may be used in a KongPlugin, not both at once.
        :param config_patches: ConfigPatches represents JSON patches to the configuration of the plugin. Each item means a JSON patch to add something in the configuration, where path is specified in ``path`` and value is in ``valueFrom`` referencing a key in a secret. When Config is specified, patches will be applied to the configuration in Config. Otherwise, patches will be applied to an empty object.
        :param consumer_ref: ConsumerRef is a reference to a particular consumer.
        :param disabled: Disabled set if the plugin is disabled or not.
        :param instance_name: InstanceName is an optional custom name to identify an instance of the plugin. This is useful when running the same plugin in multiple contexts, for example, on multiple services.
        :param metadata: 
        :param ordering: Ordering overrides the normal plugin execution order. It's only available on Kong Enterprise. ``<phase>`` is a request processing phase (for example, ``access`` or ``body_filter``) and ``<plugin>`` is the name of the plugin that will run before or after the KongPlugin. For example, a KongPlugin with ``plugin: rate-limiting`` and ``before.access: ["key-auth"]`` will create a rate limiting plugin that limits requests *before* they are authenticated.
        :param protocols: Protocols configures plugin to run on requests received on specific protocols.
        :param run_on: RunOn configures the plugin to run on the first or the second or both nodes in case of a service mesh deployment.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6cc61b81277b7b15a6be310ef0b6b926fe8926e17e31bdad4b46165ad0708587)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = KongPluginProps(
            plugin=plugin,
            config=config,
            config_from=config_from,
            config_patches=config_patches,
            consumer_ref=consumer_ref,
            disabled=disabled,
            instance_name=instance_name,
            metadata=metadata,
            ordering=ordering,
            protocols=protocols,
            run_on=run_on,
        )

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        plugin: builtins.str,
        config: typing.Any = None,
        config_from: typing.Optional[typing.Union["KongPluginConfigFrom", typing.Dict[builtins.str, typing.Any]]] = None,
        config_patches: typing.Optional[typing.Sequence[typing.Union["KongPluginConfigPatches", typing.Dict[builtins.str, typing.Any]]]] = None,
        consumer_ref: typing.Optional[builtins.str] = None,
        disabled: typing.Optional[builtins.bool] = None,
        instance_name: typing.Optional[builtins.str] = None,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        ordering: typing.Optional[typing.Union["KongPluginOrdering", typing.Dict[builtins.str, typing.Any]]] = None,
        protocols: typing.Optional[typing.Sequence["KongPluginProtocols"]] = None,
        run_on: typing.Optional["KongPluginRunOn"] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "KongPlugin".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param plugin: PluginName is the name of the plugin to which to apply the config.
        :param config: Config contains the plugin configuration. It's a list of keys and values required to configure the plugin. Please read the documentation of the plugin being configured to set values in here. For any plugin in Kong, anything that goes in the ``config`` JSON key in the Admin API request, goes into this property. Only one of ``config`` or ``configFrom`` may be used in a KongPlugin, not both at once.
        :param config_from: ConfigFrom references a secret containing the plugin configuration. This should be used when the plugin configuration contains sensitive information, such as AWS credentials in the Lambda plugin or the client secret in the OIDC plugin. Only one of ``config`` or ``configFrom`` may be used in a KongPlugin, not both at once.
        :param config_patches: ConfigPatches represents JSON patches to the configuration of the plugin. Each item means a JSON patch to add something in the configuration, where path is specified in ``path`` and value is in ``valueFrom`` referencing a key in a secret. When Config is specified, patches will be applied to the configuration in Config. Otherwise, patches will be applied to an empty object.
        :param consumer_ref: ConsumerRef is a reference to a particular consumer.
        :param disabled: Disabled set if the plugin is disabled or not.
        :param instance_name: InstanceName is an optional custom name to identify an instance of the plugin. This is useful when running the same plugin in multiple contexts, for example, on multiple services.
        :param metadata: 
        :param ordering: Ordering overrides the normal plugin execution order. It's only available on Kong Enterprise. ``<phase>`` is a request processing phase (for example, ``access`` or ``body_filter``) and ``<plugin>`` is the name of the plugin that will run before or after the KongPlugin. For example, a KongPlugin with ``plugin: rate-limiting`` and ``before.access: ["key-auth"]`` will create a rate limiting plugin that limits requests *before* they are authenticated.
        :param protocols: Protocols configures plugin to run on requests received on specific protocols.
        :param run_on: RunOn configures the plugin to run on the first or the second or both nodes in case of a service mesh deployment.
        '''
        props = KongPluginProps(
            plugin=plugin,
            config=config,
            config_from=config_from,
            config_patches=config_patches,
            consumer_ref=consumer_ref,
            disabled=disabled,
            instance_name=instance_name,
            metadata=metadata,
            ordering=ordering,
            protocols=protocols,
            run_on=run_on,
        )

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "KongPlugin".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="kong_comkonghqconfiguration.KongPluginConfigFrom",
    jsii_struct_bases=[],
    name_mapping={"secret_key_ref": "secretKeyRef"},
)
class KongPluginConfigFrom:
    def __init__(
        self,
        *,
        secret_key_ref: typing.Union["KongPluginConfigFromSecretKeyRef", typing.Dict[builtins.str, typing.Any]],
    ) -> None:
        '''ConfigFrom references a secret containing the plugin configuration.

        This should be used when the plugin configuration contains sensitive information,
        such as AWS credentials in the Lambda plugin or the client secret in the OIDC plugin.
        Only one of ``config`` or ``configFrom`` may be used in a KongPlugin, not both at once.

        :param secret_key_ref: Specifies a name and a key of a secret to refer to. The namespace is implicitly set to the one of referring object.

        :schema: KongPluginConfigFrom
        '''
        if isinstance(secret_key_ref, dict):
            secret_key_ref = KongPluginConfigFromSecretKeyRef(**secret_key_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e75e0cca47b91626786e317bd6c7d7f68cf08e2472f5b8b0e6a22b7db44e9a42)
            check_type(argname="argument secret_key_ref", value=secret_key_ref, expected_type=type_hints["secret_key_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "secret_key_ref": secret_key_ref,
        }

    @builtins.property
    def secret_key_ref(self) -> "KongPluginConfigFromSecretKeyRef":
        '''Specifies a name and a key of a secret to refer to.

        The namespace is implicitly set to the one of referring object.

        :schema: KongPluginConfigFrom#secretKeyRef
        '''
        result = self._values.get("secret_key_ref")
        assert result is not None, "Required property 'secret_key_ref' is missing"
        return typing.cast("KongPluginConfigFromSecretKeyRef", result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KongPluginConfigFrom(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kong_comkonghqconfiguration.KongPluginConfigFromSecretKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name"},
)
class KongPluginConfigFromSecretKeyRef:
    def __init__(self, *, key: builtins.str, name: builtins.str) -> None:
        '''Specifies a name and a key of a secret to refer to.

        The namespace is implicitly set to the one of referring object.

        :param key: The key containing the value.
        :param name: The secret containing the key.

        :schema: KongPluginConfigFromSecretKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8603a5079242260e86d55c51a4b6e5065fe24fd2114afe2e69a0e9cdcc42306d)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "name": name,
        }

    @builtins.property
    def key(self) -> builtins.str:
        '''The key containing the value.

        :schema: KongPluginConfigFromSecretKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''The secret containing the key.

        :schema: KongPluginConfigFromSecretKeyRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KongPluginConfigFromSecretKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kong_comkonghqconfiguration.KongPluginConfigPatches",
    jsii_struct_bases=[],
    name_mapping={"path": "path", "value_from": "valueFrom"},
)
class KongPluginConfigPatches:
    def __init__(
        self,
        *,
        path: builtins.str,
        value_from: typing.Union["KongPluginConfigPatchesValueFrom", typing.Dict[builtins.str, typing.Any]],
    ) -> None:
        '''ConfigPatch is a JSON patch (RFC6902) to add values from Secret to the generated configuration.

        It is an equivalent of the following patch:
        ``{"op": "add", "path": {.Path}, "value": {.ComputedValueFrom}}``.

        :param path: Path is the JSON-Pointer value (RFC6901) that references a location within the target configuration.
        :param value_from: ValueFrom is the reference to a key of a secret where the patched value comes from.

        :schema: KongPluginConfigPatches
        '''
        if isinstance(value_from, dict):
            value_from = KongPluginConfigPatchesValueFrom(**value_from)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__60daed6e4e91b18b7c4b9eee09261acaf44590bf69776d35adcca5ee59a97b7c)
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument value_from", value=value_from, expected_type=type_hints["value_from"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "path": path,
            "value_from": value_from,
        }

    @builtins.property
    def path(self) -> builtins.str:
        '''Path is the JSON-Pointer value (RFC6901) that references a location within the target configuration.

        :schema: KongPluginConfigPatches#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value_from(self) -> "KongPluginConfigPatchesValueFrom":
        '''ValueFrom is the reference to a key of a secret where the patched value comes from.

        :schema: KongPluginConfigPatches#valueFrom
        '''
        result = self._values.get("value_from")
        assert result is not None, "Required property 'value_from' is missing"
        return typing.cast("KongPluginConfigPatchesValueFrom", result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KongPluginConfigPatches(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kong_comkonghqconfiguration.KongPluginConfigPatchesValueFrom",
    jsii_struct_bases=[],
    name_mapping={"secret_key_ref": "secretKeyRef"},
)
class KongPluginConfigPatchesValueFrom:
    def __init__(
        self,
        *,
        secret_key_ref: typing.Union["KongPluginConfigPatchesValueFromSecretKeyRef", typing.Dict[builtins.str, typing.Any]],
    ) -> None:
        '''ValueFrom is the reference to a key of a secret where the patched value comes from.

        :param secret_key_ref: Specifies a name and a key of a secret to refer to. The namespace is implicitly set to the one of referring object.

        :schema: KongPluginConfigPatchesValueFrom
        '''
        if isinstance(secret_key_ref, dict):
            secret_key_ref = KongPluginConfigPatchesValueFromSecretKeyRef(**secret_key_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__78891969b7203f08cf3134f6121e4aa7a7e17917e0b1306a5e0d2c1ac060ca05)
            check_type(argname="argument secret_key_ref", value=secret_key_ref, expected_type=type_hints["secret_key_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "secret_key_ref": secret_key_ref,
        }

    @builtins.property
    def secret_key_ref(self) -> "KongPluginConfigPatchesValueFromSecretKeyRef":
        '''Specifies a name and a key of a secret to refer to.

        The namespace is implicitly set to the one of referring object.

        :schema: KongPluginConfigPatchesValueFrom#secretKeyRef
        '''
        result = self._values.get("secret_key_ref")
        assert result is not None, "Required property 'secret_key_ref' is missing"
        return typing.cast("KongPluginConfigPatchesValueFromSecretKeyRef", result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KongPluginConfigPatchesValueFrom(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kong_comkonghqconfiguration.KongPluginConfigPatchesValueFromSecretKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name"},
)
class KongPluginConfigPatchesValueFromSecretKeyRef:
    def __init__(self, *, key: builtins.str, name: builtins.str) -> None:
        '''Specifies a name and a key of a secret to refer to.

        The namespace is implicitly set to the one of referring object.

        :param key: The key containing the value.
        :param name: The secret containing the key.

        :schema: KongPluginConfigPatchesValueFromSecretKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c8471b7b8ecc66de3b895f0379e6733f452695692bf4d13137706aa6459750b4)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "name": name,
        }

    @builtins.property
    def key(self) -> builtins.str:
        '''The key containing the value.

        :schema: KongPluginConfigPatchesValueFromSecretKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''The secret containing the key.

        :schema: KongPluginConfigPatchesValueFromSecretKeyRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KongPluginConfigPatchesValueFromSecretKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kong_comkonghqconfiguration.KongPluginOrdering",
    jsii_struct_bases=[],
    name_mapping={"after": "after", "before": "before"},
)
class KongPluginOrdering:
    def __init__(
        self,
        *,
        after: typing.Optional[typing.Mapping[builtins.str, typing.Sequence[builtins.str]]] = None,
        before: typing.Optional[typing.Mapping[builtins.str, typing.Sequence[builtins.str]]] = None,
    ) -> None:
        '''Ordering overrides the normal plugin execution order.

        It's only available on Kong Enterprise.
        ``<phase>`` is a request processing phase (for example, ``access`` or ``body_filter``) and
        ``<plugin>`` is the name of the plugin that will run before or after the KongPlugin.
        For example, a KongPlugin with ``plugin: rate-limiting`` and ``before.access: ["key-auth"]``
        will create a rate limiting plugin that limits requests *before* they are authenticated.

        :param after: PluginOrderingPhase indicates which plugins in a phase should affect the target plugin's order.
        :param before: PluginOrderingPhase indicates which plugins in a phase should affect the target plugin's order.

        :schema: KongPluginOrdering
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d52480e1ca90178eeff69d476a577c64c45e3f22dbea3b9597ca05c0838bebac)
            check_type(argname="argument after", value=after, expected_type=type_hints["after"])
            check_type(argname="argument before", value=before, expected_type=type_hints["before"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if after is not None:
            self._values["after"] = after
        if before is not None:
            self._values["before"] = before

    @builtins.property
    def after(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, typing.List[builtins.str]]]:
        '''PluginOrderingPhase indicates which plugins in a phase should affect the target plugin's order.

        :schema: KongPluginOrdering#after
        '''
        result = self._values.get("after")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, typing.List[builtins.str]]], result)

    @builtins.property
    def before(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, typing.List[builtins.str]]]:
        '''PluginOrderingPhase indicates which plugins in a phase should affect the target plugin's order.

        :schema: KongPluginOrdering#before
        '''
        result = self._values.get("before")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, typing.List[builtins.str]]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KongPluginOrdering(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="kong_comkonghqconfiguration.KongPluginProps",
    jsii_struct_bases=[],
    name_mapping={
        "plugin": "plugin",
        "config": "config",
        "config_from": "configFrom",
        "config_patches": "configPatches",
        "consumer_ref": "consumerRef",
        "disabled": "disabled",
        "instance_name": "instanceName",
        "metadata": "metadata",
        "ordering": "ordering",
        "protocols": "protocols",
        "run_on": "runOn",
    },
)
class KongPluginProps:
    def __init__(
        self,
        *,
        plugin: builtins.str,
        config: typing.Any = None,
        config_from: typing.Optional[typing.Union["KongPluginConfigFrom", typing.Dict[builtins.str, typing.Any]]] = None,
        config_patches: typing.Optional[typing.Sequence[typing.Union["KongPluginConfigPatches", typing.Dict[builtins.str, typing.Any]]]] = None,
        consumer_ref: typing.Optional[builtins.str] = None,
        disabled: typing.Optional[builtins.bool] = None,
        instance_name: typing.Optional[builtins.str] = None,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        ordering: typing.Optional[typing.Union["KongPluginOrdering", typing.Dict[builtins.str, typing.Any]]] = None,
        protocols: typing.Optional[typing.Sequence["KongPluginProtocols"]] = None,
        run_on: typing.Optional["KongPluginRunOn"] = None,
    ) -> None:
        '''KongPlugin is the Schema for the kongplugins API.

        :param plugin: PluginName is the name of the plugin to which to apply the config.
        :param config: Config contains the plugin configuration. It's a list of keys and values required to configure the plugin. Please read the documentation of the plugin being configured to set values in here. For any plugin in Kong, anything that goes in the ``config`` JSON key in the Admin API request, goes into this property. Only one of ``config`` or ``configFrom`` may be used in a KongPlugin, not both at once.
        :param config_from: ConfigFrom references a secret containing the plugin configuration. This should be used when the plugin configuration contains sensitive information, such as AWS credentials in the Lambda plugin or the client secret in the OIDC plugin. Only one of ``config`` or ``configFrom`` may be used in a KongPlugin, not both at once.
        :param config_patches: ConfigPatches represents JSON patches to the configuration of the plugin. Each item means a JSON patch to add something in the configuration, where path is specified in ``path`` and value is in ``valueFrom`` referencing a key in a secret. When Config is specified, patches will be applied to the configuration in Config. Otherwise, patches will be applied to an empty object.
        :param consumer_ref: ConsumerRef is a reference to a particular consumer.
        :param disabled: Disabled set if the plugin is disabled or not.
        :param instance_name: InstanceName is an optional custom name to identify an instance of the plugin. This is useful when running the same plugin in multiple contexts, for example, on multiple services.
        :param metadata: 
        :param ordering: Ordering overrides the normal plugin execution order. It's only available on Kong Enterprise. ``<phase>`` is a request processing phase (for example, ``access`` or ``body_filter``) and ``<plugin>`` is the name of the plugin that will run before or after the KongPlugin. For example, a KongPlugin with ``plugin: rate-limiting`` and ``before.access: ["key-auth"]`` will create a rate limiting plugin that limits requests *before* they are authenticated.
        :param protocols: Protocols configures plugin to run on requests received on specific protocols.
        :param run_on: RunOn configures the plugin to run on the first or the second or both nodes in case of a service mesh deployment.

        :schema: KongPlugin
        '''
        if isinstance(config_from, dict):
            config_from = KongPluginConfigFrom(**config_from)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(ordering, dict):
            ordering = KongPluginOrdering(**ordering)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f622af3e72dc3cea4cb8d41ce880bfb47898b0c1df86875fcfbc5deab7542c9e)
            check_type(argname="argument plugin", value=plugin, expected_type=type_hints["plugin"])
            check_type(argname="argument config", value=config, expected_type=type_hints["config"])
            check_type(argname="argument config_from", value=config_from, expected_type=type_hints["config_from"])
            check_type(argname="argument config_patches", value=config_patches, expected_type=type_hints["config_patches"])
            check_type(argname="argument consumer_ref", value=consumer_ref, expected_type=type_hints["consumer_ref"])
            check_type(argname="argument disabled", value=disabled, expected_type=type_hints["disabled"])
            check_type(argname="argument instance_name", value=instance_name, expected_type=type_hints["instance_name"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument ordering", value=ordering, expected_type=type_hints["ordering"])
            check_type(argname="argument protocols", value=protocols, expected_type=type_hints["protocols"])
            check_type(argname="argument run_on", value=run_on, expected_type=type_hints["run_on"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "plugin": plugin,
        }
        if config is not None:
            self._values["config"] = config
        if config_from is not None:
            self._values["config_from"] = config_from
        if config_patches is not None:
            self._values["config_patches"] = config_patches
        if consumer_ref is not None:
            self._values["consumer_ref"] = consumer_ref
        if disabled is not None:
            self._values["disabled"] = disabled
        if instance_name is not None:
            self._values["instance_name"] = instance_name
        if metadata is not None:
            self._values["metadata"] = metadata
        if ordering is not None:
            self._values["ordering"] = ordering
        if protocols is not None:
            self._values["protocols"] = protocols
        if run_on is not None:
            self._values["run_on"] = run_on

    @builtins.property
    def plugin(self) -> builtins.str:
        '''PluginName is the name of the plugin to which to apply the config.

        :schema: KongPlugin#plugin
        '''
        result = self._values.get("plugin")
        assert result is not None, "Required property 'plugin' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def config(self) -> typing.Any:
        '''Config contains the plugin configuration.

        It's a list of keys and values
        required to configure the plugin.
        Please read the documentation of the plugin being configured to set values
        in here. For any plugin in Kong, anything that goes in the ``config`` JSON
        key in the Admin API request, goes into this property.
        Only one of ``config`` or ``configFrom`` may be used in a KongPlugin, not both at once.

        :schema: KongPlugin#config
        '''
        result = self._values.get("config")
        return typing.cast(typing.Any, result)

    @builtins.property
    def config_from(self) -> typing.Optional["KongPluginConfigFrom"]:
        '''ConfigFrom references a secret containing the plugin configuration.

        This should be used when the plugin configuration contains sensitive information,
        such as AWS credentials in the Lambda plugin or the client secret in the OIDC plugin.
        Only one of ``config`` or ``configFrom`` may be used in a KongPlugin, not both at once.

        :schema: KongPlugin#configFrom
        '''
        result = self._values.get("config_from")
        return typing.cast(typing.Optional["KongPluginConfigFrom"], result)

    @builtins.property
    def config_patches(self) -> typing.Optional[typing.List["KongPluginConfigPatches"]]:
        '''ConfigPatches represents JSON patches to the configuration of the plugin.

        Each item means a JSON patch to add something in the configuration,
        where path is specified in ``path`` and value is in ``valueFrom`` referencing
        a key in a secret.
        When Config is specified, patches will be applied to the configuration in Config.
        Otherwise, patches will be applied to an empty object.

        :schema: KongPlugin#configPatches
        '''
        result = self._values.get("config_patches")
        return typing.cast(typing.Optional[typing.List["KongPluginConfigPatches"]], result)

    @builtins.property
    def consumer_ref(self) -> typing.Optional[builtins.str]:
        '''ConsumerRef is a reference to a particular consumer.

        :schema: KongPlugin#consumerRef
        '''
        result = self._values.get("consumer_ref")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def disabled(self) -> typing.Optional[builtins.bool]:
        '''Disabled set if the plugin is disabled or not.

        :schema: KongPlugin#disabled
        '''
        result = self._values.get("disabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def instance_name(self) -> typing.Optional[builtins.str]:
        '''InstanceName is an optional custom name to identify an instance of the plugin.

        This is useful when running the
        same plugin in multiple contexts, for example, on multiple services.

        :schema: KongPlugin#instance_name
        '''
        result = self._values.get("instance_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: KongPlugin#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def ordering(self) -> typing.Optional["KongPluginOrdering"]:
        '''Ordering overrides the normal plugin execution order.

        It's only available on Kong Enterprise.
        ``<phase>`` is a request processing phase (for example, ``access`` or ``body_filter``) and
        ``<plugin>`` is the name of the plugin that will run before or after the KongPlugin.
        For example, a KongPlugin with ``plugin: rate-limiting`` and ``before.access: ["key-auth"]``
        will create a rate limiting plugin that limits requests *before* they are authenticated.

        :schema: KongPlugin#ordering
        '''
        result = self._values.get("ordering")
        return typing.cast(typing.Optional["KongPluginOrdering"], result)

    @builtins.property
    def protocols(self) -> typing.Optional[typing.List["KongPluginProtocols"]]:
        '''Protocols configures plugin to run on requests received on specific protocols.

        :schema: KongPlugin#protocols
        '''
        result = self._values.get("protocols")
        return typing.cast(typing.Optional[typing.List["KongPluginProtocols"]], result)

    @builtins.property
    def run_on(self) -> typing.Optional["KongPluginRunOn"]:
        '''RunOn configures the plugin to run on the first or the second or both nodes in case of a service mesh deployment.

        :schema: KongPlugin#run_on
        '''
        result = self._values.get("run_on")
        return typing.cast(typing.Optional["KongPluginRunOn"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KongPluginProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="kong_comkonghqconfiguration.KongPluginProtocols")
class KongPluginProtocols(enum.Enum):
    '''KongProtocol is a valid Kong protocol.

    This alias is necessary to deal with https://github.com/kubernetes-sigs/controller-tools/issues/342

    :schema: KongPluginProtocols
    '''

    HTTP = "HTTP"
    '''http.'''
    HTTPS = "HTTPS"
    '''https.'''
    GRPC = "GRPC"
    '''grpc.'''
    GRPCS = "GRPCS"
    '''grpcs.'''
    TCP = "TCP"
    '''tcp.'''
    TLS = "TLS"
    '''tls.'''
    UDP = "UDP"
    '''udp.'''


@jsii.enum(jsii_type="kong_comkonghqconfiguration.KongPluginRunOn")
class KongPluginRunOn(enum.Enum):
    '''RunOn configures the plugin to run on the first or the second or both nodes in case of a service mesh deployment.

    :schema: KongPluginRunOn
    '''

    FIRST = "FIRST"
    '''first.'''
    SECOND = "SECOND"
    '''second.'''
    ALL = "ALL"
    '''all.'''


__all__ = [
    "KongConsumer",
    "KongConsumerProps",
    "KongConsumerSpec",
    "KongConsumerSpecControlPlaneRef",
    "KongConsumerSpecControlPlaneRefKonnectNamespacedRef",
    "KongConsumerSpecControlPlaneRefType",
    "KongPlugin",
    "KongPluginConfigFrom",
    "KongPluginConfigFromSecretKeyRef",
    "KongPluginConfigPatches",
    "KongPluginConfigPatchesValueFrom",
    "KongPluginConfigPatchesValueFromSecretKeyRef",
    "KongPluginOrdering",
    "KongPluginProps",
    "KongPluginProtocols",
    "KongPluginRunOn",
]

publication.publish()

def _typecheckingstub__218b545c9285b4005663de901c1c4c4dcd303bf85fbe9e6ac3fe8e272a890d6b(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    consumer_groups: typing.Optional[typing.Sequence[builtins.str]] = None,
    credentials: typing.Optional[typing.Sequence[builtins.str]] = None,
    custom_id: typing.Optional[builtins.str] = None,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[KongConsumerSpec, typing.Dict[builtins.str, typing.Any]]] = None,
    username: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e051d1a918931b427dffdf023c33c5bfd9c8b385a5acf37203fee85b9c88f6ec(
    *,
    consumer_groups: typing.Optional[typing.Sequence[builtins.str]] = None,
    credentials: typing.Optional[typing.Sequence[builtins.str]] = None,
    custom_id: typing.Optional[builtins.str] = None,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[KongConsumerSpec, typing.Dict[builtins.str, typing.Any]]] = None,
    username: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f6ccb25c6449b82a55b53d91a18fe736fd6382657e8eb7161fe8b5481c9bb7b6(
    *,
    control_plane_ref: typing.Optional[typing.Union[KongConsumerSpecControlPlaneRef, typing.Dict[builtins.str, typing.Any]]] = None,
    tags: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6790482e650d1e44f7eecd26d32a3672e9b085618103ff42a44d8e1e77b23d9c(
    *,
    konnect_id: typing.Optional[builtins.str] = None,
    konnect_namespaced_ref: typing.Optional[typing.Union[KongConsumerSpecControlPlaneRefKonnectNamespacedRef, typing.Dict[builtins.str, typing.Any]]] = None,
    type: typing.Optional[KongConsumerSpecControlPlaneRefType] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5303bb92660a0e9c93bb987db1b4e699f3a530541ceebd7df6bff68537b18f2f(
    *,
    name: builtins.str,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6cc61b81277b7b15a6be310ef0b6b926fe8926e17e31bdad4b46165ad0708587(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    plugin: builtins.str,
    config: typing.Any = None,
    config_from: typing.Optional[typing.Union[KongPluginConfigFrom, typing.Dict[builtins.str, typing.Any]]] = None,
    config_patches: typing.Optional[typing.Sequence[typing.Union[KongPluginConfigPatches, typing.Dict[builtins.str, typing.Any]]]] = None,
    consumer_ref: typing.Optional[builtins.str] = None,
    disabled: typing.Optional[builtins.bool] = None,
    instance_name: typing.Optional[builtins.str] = None,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    ordering: typing.Optional[typing.Union[KongPluginOrdering, typing.Dict[builtins.str, typing.Any]]] = None,
    protocols: typing.Optional[typing.Sequence[KongPluginProtocols]] = None,
    run_on: typing.Optional[KongPluginRunOn] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e75e0cca47b91626786e317bd6c7d7f68cf08e2472f5b8b0e6a22b7db44e9a42(
    *,
    secret_key_ref: typing.Union[KongPluginConfigFromSecretKeyRef, typing.Dict[builtins.str, typing.Any]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8603a5079242260e86d55c51a4b6e5065fe24fd2114afe2e69a0e9cdcc42306d(
    *,
    key: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__60daed6e4e91b18b7c4b9eee09261acaf44590bf69776d35adcca5ee59a97b7c(
    *,
    path: builtins.str,
    value_from: typing.Union[KongPluginConfigPatchesValueFrom, typing.Dict[builtins.str, typing.Any]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__78891969b7203f08cf3134f6121e4aa7a7e17917e0b1306a5e0d2c1ac060ca05(
    *,
    secret_key_ref: typing.Union[KongPluginConfigPatchesValueFromSecretKeyRef, typing.Dict[builtins.str, typing.Any]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c8471b7b8ecc66de3b895f0379e6733f452695692bf4d13137706aa6459750b4(
    *,
    key: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d52480e1ca90178eeff69d476a577c64c45e3f22dbea3b9597ca05c0838bebac(
    *,
    after: typing.Optional[typing.Mapping[builtins.str, typing.Sequence[builtins.str]]] = None,
    before: typing.Optional[typing.Mapping[builtins.str, typing.Sequence[builtins.str]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f622af3e72dc3cea4cb8d41ce880bfb47898b0c1df86875fcfbc5deab7542c9e(
    *,
    plugin: builtins.str,
    config: typing.Any = None,
    config_from: typing.Optional[typing.Union[KongPluginConfigFrom, typing.Dict[builtins.str, typing.Any]]] = None,
    config_patches: typing.Optional[typing.Sequence[typing.Union[KongPluginConfigPatches, typing.Dict[builtins.str, typing.Any]]]] = None,
    consumer_ref: typing.Optional[builtins.str] = None,
    disabled: typing.Optional[builtins.bool] = None,
    instance_name: typing.Optional[builtins.str] = None,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    ordering: typing.Optional[typing.Union[KongPluginOrdering, typing.Dict[builtins.str, typing.Any]]] = None,
    protocols: typing.Optional[typing.Sequence[KongPluginProtocols]] = None,
    run_on: typing.Optional[KongPluginRunOn] = None,
) -> None:
    """Type checking stubs"""
    pass
