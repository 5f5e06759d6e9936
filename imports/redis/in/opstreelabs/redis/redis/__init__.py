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


class Redis(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="redis_inopstreelabsredisredis.Redis",
):
    '''Redis is the Schema for the redis API.

    :schema: Redis
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["RedisSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "Redis" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: RedisSpec defines the desired state of Redis.
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2c2ba995153ac9df22620e340b60718516dbddbf966064d9c74fed358d874b17)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = RedisProps(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["RedisSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "Redis".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: RedisSpec defines the desired state of Redis.
        :param metadata: 
        '''
        props = RedisProps(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "Redis".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="redis_inopstreelabsredisredis.RedisProps",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class RedisProps:
    def __init__(
        self,
        *,
        spec: typing.Union["RedisSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Redis is the Schema for the redis API.

        :param spec: RedisSpec defines the desired state of Redis.
        :param metadata: 

        :schema: Redis
        '''
        if isinstance(spec, dict):
            spec = RedisSpec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__62cf8b453be97fcbdd1e97b9a89312c5fc6c96d0cf745bcb1e5ceda8f1ab56fc)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "RedisSpec":
        '''RedisSpec defines the desired state of Redis.

        :schema: Redis#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("RedisSpec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: Redis#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RedisProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class RedisReplication(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="redis_inopstreelabsredisredis.RedisReplication",
):
    '''Redis is the Schema for the redis API.

    :schema: RedisReplication
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["RedisReplicationSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "RedisReplication" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: 
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8cf8df6c9e00723e739dcbbc9694c4897af6f2e1c5e6090e1f9e2006cac9eb28)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = RedisReplicationProps(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["RedisReplicationSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "RedisReplication".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: 
        :param metadata: 
        '''
        props = RedisReplicationProps(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "RedisReplication".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="redis_inopstreelabsredisredis.RedisReplicationProps",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class RedisReplicationProps:
    def __init__(
        self,
        *,
        spec: typing.Union["RedisReplicationSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Redis is the Schema for the redis API.

        :param spec: 
        :param metadata: 

        :schema: RedisReplication
        '''
        if isinstance(spec, dict):
            spec = RedisReplicationSpec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__802984d03cd19d26f2d65661797498b75ac436b79bea9ec023fb7e2d5886e039)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "RedisReplicationSpec":
        '''
        :schema: RedisReplication#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("RedisReplicationSpec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: RedisReplication#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RedisReplicationProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="redis_inopstreelabsredisredis.RedisReplicationSpec",
    jsii_struct_bases=[],
    name_mapping={
        "cluster_size": "clusterSize",
        "kubernetes_config": "kubernetesConfig",
        "acl": "acl",
        "affinity": "affinity",
        "env": "env",
        "host_port": "hostPort",
        "init_container": "initContainer",
        "liveness_probe": "livenessProbe",
        "node_selector": "nodeSelector",
        "pdb": "pdb",
        "pod_management_policy": "podManagementPolicy",
        "pod_security_context": "podSecurityContext",
        "priority_class_name": "priorityClassName",
        "readiness_probe": "readinessProbe",
        "redis_config": "redisConfig",
        "redis_exporter": "redisExporter",
        "security_context": "securityContext",
        "sentinel": "sentinel",
        "service_account_name": "serviceAccountName",
        "sidecars": "sidecars",
        "storage": "storage",
        "termination_grace_period_seconds": "terminationGracePeriodSeconds",
        "tls": "tls",
        "tolerations": "tolerations",
        "topology_spread_constraints": "topologySpreadConstraints",
    },
)
class RedisReplicationSpec:
    def __init__(
        self,
        *,
        cluster_size: jsii.Number,
        kubernetes_config: typing.Union["RedisReplicationSpecKubernetesConfig", typing.Dict[builtins.str, typing.Any]],
        acl: typing.Optional[typing.Union["RedisReplicationSpecAcl", typing.Dict[builtins.str, typing.Any]]] = None,
        affinity: typing.Optional[typing.Union["RedisReplicationSpecAffinity", typing.Dict[builtins.str, typing.Any]]] = None,
        env: typing.Optional[typing.Sequence[typing.Union["RedisReplicationSpecEnv", typing.Dict[builtins.str, typing.Any]]]] = None,
        host_port: typing.Optional[jsii.Number] = None,
        init_container: typing.Optional[typing.Union["RedisReplicationSpecInitContainer", typing.Dict[builtins.str, typing.Any]]] = None,
        liveness_probe: typing.Optional[typing.Union["RedisReplicationSpecLivenessProbe", typing.Dict[builtins.str, typing.Any]]] = None,
        node_selector: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        pdb: typing.Optional[typing.Union["RedisReplicationSpecPdb", typing.Dict[builtins.str, typing.Any]]] = None,
        pod_management_policy: typing.Optional["RedisReplicationSpecPodManagementPolicy"] = None,
        pod_security_context: typing.Optional[typing.Union["RedisReplicationSpecPodSecurityContext", typing.Dict[builtins.str, typing.Any]]] = None,
        priority_class_name: typing.Optional[builtins.str] = None,
        readiness_probe: typing.Optional[typing.Union["RedisReplicationSpecReadinessProbe", typing.Dict[builtins.str, typing.Any]]] = None,
        redis_config: typing.Optional[typing.Union["RedisReplicationSpecRedisConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        redis_exporter: typing.Optional[typing.Union["RedisReplicationSpecRedisExporter", typing.Dict[builtins.str, typing.Any]]] = None,
        security_context: typing.Optional[typing.Union["RedisReplicationSpecSecurityContext", typing.Dict[builtins.str, typing.Any]]] = None,
        sentinel: typing.Optional[typing.Union["RedisReplicationSpecSentinel", typing.Dict[builtins.str, typing.Any]]] = None,
        service_account_name: typing.Optional[builtins.str] = None,
        sidecars: typing.Optional[typing.Sequence[typing.Union["RedisReplicationSpecSidecars", typing.Dict[builtins.str, typing.Any]]]] = None,
        storage: typing.Optional[typing.Union["RedisReplicationSpecStorage", typing.Dict[builtins.str, typing.Any]]] = None,
        termination_grace_period_seconds: typing.Optional[jsii.Number] = None,
        tls: typing.Optional[typing.Union["RedisReplicationSpecTls", typing.Dict[builtins.str, typing.Any]]] = None,
        tolerations: typing.Optional[typing.Sequence[typing.Union["RedisReplicationSpecTolerations", typing.Dict[builtins.str, typing.Any]]]] = None,
        topology_spread_constraints: typing.Optional[typing.Sequence[typing.Union["RedisReplicationSpecTopologySpreadConstraints", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param cluster_size: 
        :param kubernetes_config: KubernetesConfig will be the JSON struct for Basic Redis Config.
        :param acl: 
        :param affinity: Affinity is a group of affinity scheduling rules.
        :param env: 
        :param host_port: 
        :param init_container: InitContainer for each Redis pods.
        :param liveness_probe: Probe describes a health check to be performed against a container to determine whether it is alive or ready to receive traffic.
        :param node_selector: 
        :param pdb: RedisPodDisruptionBudget configure a PodDisruptionBudget on the resource (leader/follower).
        :param pod_management_policy: PodManagementPolicy controls how pods are created during initial scale up, when replacing pods on nodes, or when scaling down. This field is immutable on an existing StatefulSet; changing it for a running cluster requires recreating the StatefulSet (e.g. via the redis.opstreelabs.in/recreate-statefulset annotation), otherwise the change is ignored.
        :param pod_security_context: PodSecurityContext holds pod-level security attributes and common container settings. Some fields are also present in container.securityContext. Field values of container.securityContext take precedence over field values of PodSecurityContext.
        :param priority_class_name: 
        :param readiness_probe: Probe describes a health check to be performed against a container to determine whether it is alive or ready to receive traffic.
        :param redis_config: RedisConfig defines the external configuration of Redis.
        :param redis_exporter: RedisExporter interface will have the information for redis exporter related stuff.
        :param security_context: SecurityContext holds security configuration that will be applied to a container. Some fields are present in both SecurityContext and PodSecurityContext. When both are set, the values in SecurityContext take precedence.
        :param sentinel: 
        :param service_account_name: 
        :param sidecars: 
        :param storage: Storage is the interface to add pvc and pv support in redis.
        :param termination_grace_period_seconds: 
        :param tls: TLS Configuration for redis instances.
        :param tolerations: 
        :param topology_spread_constraints: 

        :schema: RedisReplicationSpec
        '''
        if isinstance(kubernetes_config, dict):
            kubernetes_config = RedisReplicationSpecKubernetesConfig(**kubernetes_config)
        if isinstance(acl, dict):
            acl = RedisReplicationSpecAcl(**acl)
        if isinstance(affinity, dict):
            affinity = RedisReplicationSpecAffinity(**affinity)
        if isinstance(init_container, dict):
            init_container = RedisReplicationSpecInitContainer(**init_container)
        if isinstance(liveness_probe, dict):
            liveness_probe = RedisReplicationSpecLivenessProbe(**liveness_probe)
        if isinstance(pdb, dict):
            pdb = RedisReplicationSpecPdb(**pdb)
        if isinstance(pod_security_context, dict):
            pod_security_context = RedisReplicationSpecPodSecurityContext(**pod_security_context)
        if isinstance(readiness_probe, dict):
            readiness_probe = RedisReplicationSpecReadinessProbe(**readiness_probe)
        if isinstance(redis_config, dict):
            redis_config = RedisReplicationSpecRedisConfig(**redis_config)
        if isinstance(redis_exporter, dict):
            redis_exporter = RedisReplicationSpecRedisExporter(**redis_exporter)
        if isinstance(security_context, dict):
            security_context = RedisReplicationSpecSecurityContext(**security_context)
        if isinstance(sentinel, dict):
            sentinel = RedisReplicationSpecSentinel(**sentinel)
        if isinstance(storage, dict):
            storage = RedisReplicationSpecStorage(**storage)
        if isinstance(tls, dict):
            tls = RedisReplicationSpecTls(**tls)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__81b5509cfce2330f878450905508b3c4ec3fcda7a29aa03b5947f0c5a8b816fa)
            check_type(argname="argument cluster_size", value=cluster_size, expected_type=type_hints["cluster_size"])
            check_type(argname="argument kubernetes_config", value=kubernetes_config, expected_type=type_hints["kubernetes_config"])
            check_type(argname="argument acl", value=acl, expected_type=type_hints["acl"])
            check_type(argname="argument affinity", value=affinity, expected_type=type_hints["affinity"])
            check_type(argname="argument env", value=env, expected_type=type_hints["env"])
            check_type(argname="argument host_port", value=host_port, expected_type=type_hints["host_port"])
            check_type(argname="argument init_container", value=init_container, expected_type=type_hints["init_container"])
            check_type(argname="argument liveness_probe", value=liveness_probe, expected_type=type_hints["liveness_probe"])
            check_type(argname="argument node_selector", value=node_selector, expected_type=type_hints["node_selector"])
            check_type(argname="argument pdb", value=pdb, expected_type=type_hints["pdb"])
            check_type(argname="argument pod_management_policy", value=pod_management_policy, expected_type=type_hints["pod_management_policy"])
            check_type(argname="argument pod_security_context", value=pod_security_context, expected_type=type_hints["pod_security_context"])
            check_type(argname="argument priority_class_name", value=priority_class_name, expected_type=type_hints["priority_class_name"])
            check_type(argname="argument readiness_probe", value=readiness_probe, expected_type=type_hints["readiness_probe"])
            check_type(argname="argument redis_config", value=redis_config, expected_type=type_hints["redis_config"])
            check_type(argname="argument redis_exporter", value=redis_exporter, expected_type=type_hints["redis_exporter"])
            check_type(argname="argument security_context", value=security_context, expected_type=type_hints["security_context"])
            check_type(argname="argument sentinel", value=sentinel, expected_type=type_hints["sentinel"])
            check_type(argname="argument service_account_name", value=service_account_name, expected_type=type_hints["service_account_name"])
            check_type(argname="argument sidecars", value=sidecars, expected_type=type_hints["sidecars"])
            check_type(argname="argument storage", value=storage, expected_type=type_hints["storage"])
            check_type(argname="argument termination_grace_period_seconds", value=termination_grace_period_seconds, expected_type=type_hints["termination_grace_period_seconds"])
            check_type(argname="argument tls", value=tls, expected_type=type_hints["tls"])
            check_type(argname="argument tolerations", value=tolerations, expected_type=type_hints["tolerations"])
            check_type(argname="argument topology_spread_constraints", value=topology_spread_constraints, expected_type=type_hints["topology_spread_constraints"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "cluster_size": cluster_size,
            "kubernetes_config": kubernetes_config,
        }
        if acl is not None:
            self._values["acl"] = acl
        if affinity is not None:
            self._values["affinity"] = affinity
        if env is not None:
            self._values["env"] = env
        if host_port is not None:
            self._values["host_port"] = host_port
        if init_container is not None:
            self._values["init_container"] = init_container
        if liveness_probe is not None:
            self._values["liveness_probe"] = liveness_probe
        if node_selector is not None:
            self._values["node_selector"] = node_selector
        if pdb is not None:
            self._values["pdb"] = pdb
        if pod_management_policy is not None:
            self._values["pod_management_policy"] = pod_management_policy
        if pod_security_context is not None:
            self._values["pod_security_context"] = pod_security_context
        if priority_class_name is not None:
            self._values["priority_class_name"] = priority_class_name
        if readiness_probe is not None:
            self._values["readiness_probe"] = readiness_probe
        if redis_config is not None:
            self._values["redis_config"] = redis_config
        if redis_exporter is not None:
            self._values["redis_exporter"] = redis_exporter
        if security_context is not None:
            self._values["security_context"] = security_context
        if sentinel is not None:
            self._values["sentinel"] = sentinel
        if service_account_name is not None:
            self._values["service_account_name"] = service_account_name
        if sidecars is not None:
            self._values["sidecars"] = sidecars
        if storage is not None:
            self._values["storage"] = storage
        if termination_grace_period_seconds is not None:
            self._values["termination_grace_period_seconds"] = termination_grace_period_seconds
        if tls is not None:
            self._values["tls"] = tls
        if tolerations is not None:
            self._values["tolerations"] = tolerations
        if topology_spread_constraints is not None:
            self._values["topology_spread_constraints"] = topology_spread_constraints

    @builtins.property
    def cluster_size(self) -> jsii.Number:
        '''
        :schema: RedisReplicationSpec#clusterSize
        '''
        result = self._values.get("cluster_size")
        assert result is not None, "Required property 'cluster_size' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def kubernetes_config(self) -> "RedisReplicationSpecKubernetesConfig":
        '''KubernetesConfig will be the JSON struct for Basic Redis Config.

        :schema: RedisReplicationSpec#kubernetesConfig
        '''
        result = self._values.get("kubernetes_config")
        assert result is not None, "Required property 'kubernetes_config' is missing"
        return typing.cast("RedisReplicationSpecKubernetesConfig", result)

    @builtins.property
    def acl(self) -> typing.Optional["RedisReplicationSpecAcl"]:
        '''
        :schema: RedisReplicationSpec#acl
        '''
        result = self._values.get("acl")
        return typing.cast(typing.Optional["RedisReplicationSpecAcl"], result)

    @builtins.property
    def affinity(self) -> typing.Optional["RedisReplicationSpecAffinity"]:
        '''Affinity is a group of affinity scheduling rules.

        :schema: RedisReplicationSpec#affinity
        '''
        result = self._values.get("affinity")
        return typing.cast(typing.Optional["RedisReplicationSpecAffinity"], result)

    @builtins.property
    def env(self) -> typing.Optional[typing.List["RedisReplicationSpecEnv"]]:
        '''
        :schema: RedisReplicationSpec#env
        '''
        result = self._values.get("env")
        return typing.cast(typing.Optional[typing.List["RedisReplicationSpecEnv"]], result)

    @builtins.property
    def host_port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: RedisReplicationSpec#hostPort
        '''
        result = self._values.get("host_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def init_container(self) -> typing.Optional["RedisReplicationSpecInitContainer"]:
        '''InitContainer for each Redis pods.

        :schema: RedisReplicationSpec#initContainer
        '''
        result = self._values.get("init_container")
        return typing.cast(typing.Optional["RedisReplicationSpecInitContainer"], result)

    @builtins.property
    def liveness_probe(self) -> typing.Optional["RedisReplicationSpecLivenessProbe"]:
        '''Probe describes a health check to be performed against a container to determine whether it is alive or ready to receive traffic.

        :schema: RedisReplicationSpec#livenessProbe
        '''
        result = self._values.get("liveness_probe")
        return typing.cast(typing.Optional["RedisReplicationSpecLivenessProbe"], result)

    @builtins.property
    def node_selector(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: RedisReplicationSpec#nodeSelector
        '''
        result = self._values.get("node_selector")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def pdb(self) -> typing.Optional["RedisReplicationSpecPdb"]:
        '''RedisPodDisruptionBudget configure a PodDisruptionBudget on the resource (leader/follower).

        :schema: RedisReplicationSpec#pdb
        '''
        result = self._values.get("pdb")
        return typing.cast(typing.Optional["RedisReplicationSpecPdb"], result)

    @builtins.property
    def pod_management_policy(
        self,
    ) -> typing.Optional["RedisReplicationSpecPodManagementPolicy"]:
        '''PodManagementPolicy controls how pods are created during initial scale up, when replacing pods on nodes, or when scaling down.

        This field is immutable
        on an existing StatefulSet; changing it for a running cluster requires
        recreating the StatefulSet (e.g. via the
        redis.opstreelabs.in/recreate-statefulset annotation), otherwise the change
        is ignored.

        :schema: RedisReplicationSpec#podManagementPolicy
        '''
        result = self._values.get("pod_management_policy")
        return typing.cast(typing.Optional["RedisReplicationSpecPodManagementPolicy"], result)

    @builtins.property
    def pod_security_context(
        self,
    ) -> typing.Optional["RedisReplicationSpecPodSecurityContext"]:
        '''PodSecurityContext holds pod-level security attributes and common container settings.

        Some fields are also present in container.securityContext.  Field values of
        container.securityContext take precedence over field values of PodSecurityContext.

        :schema: RedisReplicationSpec#podSecurityContext
        '''
        result = self._values.get("pod_security_context")
        return typing.cast(typing.Optional["RedisReplicationSpecPodSecurityContext"], result)

    @builtins.property
    def priority_class_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: RedisReplicationSpec#priorityClassName
        '''
        result = self._values.get("priority_class_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def readiness_probe(self) -> typing.Optional["RedisReplicationSpecReadinessProbe"]:
        '''Probe describes a health check to be performed against a container to determine whether it is alive or ready to receive traffic.

        :schema: RedisReplicationSpec#readinessProbe
        '''
        result = self._values.get("readiness_probe")
        return typing.cast(typing.Optional["RedisReplicationSpecReadinessProbe"], result)

    @builtins.property
    def redis_config(self) -> typing.Optional["RedisReplicationSpecRedisConfig"]:
        '''RedisConfig defines the external configuration of Redis.

        :schema: RedisReplicationSpec#redisConfig
        '''
        result = self._values.get("redis_config")
        return typing.cast(typing.Optional["RedisReplicationSpecRedisConfig"], result)

    @builtins.property
    def redis_exporter(self) -> typing.Optional["RedisReplicationSpecRedisExporter"]:
        '''RedisExporter interface will have the information for redis exporter related stuff.

        :schema: RedisReplicationSpec#redisExporter
        '''
        result = self._values.get("redis_exporter")
        return typing.cast(typing.Optional["RedisReplicationSpecRedisExporter"], result)

    @builtins.property
    def security_context(
        self,
    ) -> typing.Optional["RedisReplicationSpecSecurityContext"]:
        '''SecurityContext holds security configuration that will be applied to a container.

        Some fields are present in both SecurityContext and PodSecurityContext.  When both
        are set, the values in SecurityContext take precedence.

        :schema: RedisReplicationSpec#securityContext
        '''
        result = self._values.get("security_context")
        return typing.cast(typing.Optional["RedisReplicationSpecSecurityContext"], result)

    @builtins.property
    def sentinel(self) -> typing.Optional["RedisReplicationSpecSentinel"]:
        '''
        :schema: RedisReplicationSpec#sentinel
        '''
        result = self._values.get("sentinel")
        return typing.cast(typing.Optional["RedisReplicationSpecSentinel"], result)

    @builtins.property
    def service_account_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: RedisReplicationSpec#serviceAccountName
        '''
        result = self._values.get("service_account_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sidecars(self) -> typing.Optional[typing.List["RedisReplicationSpecSidecars"]]:
        '''
        :schema: RedisReplicationSpec#sidecars
        '''
        result = self._values.get("sidecars")
        return typing.cast(typing.Optional[typing.List["RedisReplicationSpecSidecars"]], result)

    @builtins.property
    def storage(self) -> typing.Optional["RedisReplicationSpecStorage"]:
        '''Storage is the interface to add pvc and pv support in redis.

        :schema: RedisReplicationSpec#storage
        '''
        result = self._values.get("storage")
        return typing.cast(typing.Optional["RedisReplicationSpecStorage"], result)

    @builtins.property
    def termination_grace_period_seconds(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: RedisReplicationSpec#terminationGracePeriodSeconds
        '''
        result = self._values.get("termination_grace_period_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def tls(self) -> typing.Optional["RedisReplicationSpecTls"]:
        '''TLS Configuration for redis instances.

        :schema: RedisReplicationSpec#TLS
        '''
        result = self._values.get("tls")
        return typing.cast(typing.Optional["RedisReplicationSpecTls"], result)

    @builtins.property
    def tolerations(
        self,
    ) -> typing.Optional[typing.List["RedisReplicationSpecTolerations"]]:
        '''
        :schema: RedisReplicationSpec#tolerations
        '''
        result = self._values.get("tolerations")
        return typing.cast(typing.Optional[typing.List["RedisReplicationSpecTolerations"]], result)

    @builtins.property
    def topology_spread_constraints(
        self,
    ) -> typing.Optional[typing.List["RedisReplicationSpecTopologySpreadConstraints"]]:
        '''
        :schema: RedisReplicationSpec#topologySpreadConstraints
        '''
        result = self._values.get("topology_spread_constraints")
        return typing.cast(typing.Optional[typing.List["RedisReplicationSpecTopologySpreadConstraints"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RedisReplicationSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="redis_inopstreelabsredisredis.RedisReplicationSpecAcl",
    jsii_struct_bases=[],
    name_mapping={
        "persistent_volume_claim": "persistentVolumeClaim",
        "secret": "secret",
    },
)
class RedisReplicationSpecAcl:
    def __init__(
        self,
        *,
        persistent_volume_claim: typing.Optional[builtins.str] = None,
        secret: typing.Any = None,
    ) -> None:
        '''
        :param persistent_volume_claim: PersistentVolumeClaim-based ACL configuration Specify the PVC name to mount ACL file from persistent storage The operator mounts the PVC at /data/redis so Redis can read and update /data/redis/user.acl This feature requires the GenerateConfigInInitContainer feature gate to be enabled.
        :param secret: Secret-based ACL configuration. Adapts a Secret into a volume containing ACL rules. The contents of the target Secret's Data field will be presented in a volume as files using the keys in the Data field as the file names. Secret volumes support ownership management and SELinux relabeling.

        :schema: RedisReplicationSpecAcl
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a963129c11af67289d99224b99e02ed53ee5a10cde65a0a080dfe2fd8d8d100f)
            check_type(argname="argument persistent_volume_claim", value=persistent_volume_claim, expected_type=type_hints["persistent_volume_claim"])
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if persistent_volume_claim is not None:
            self._values["persistent_volume_claim"] = persistent_volume_claim
        if secret is not None:
            self._values["secret"] = secret

    @builtins.property
    def persistent_volume_claim(self) -> typing.Optional[builtins.str]:
        '''PersistentVolumeClaim-based ACL configuration Specify the PVC name to mount ACL file from persistent storage The operator mounts the PVC at /data/redis so Redis can read and update /data/redis/user.acl This feature requires the GenerateConfigInInitContainer feature gate to be enabled.

        :schema: RedisReplicationSpecAcl#persistentVolumeClaim
        '''
        result = self._values.get("persistent_volume_claim")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def secret(self) -> typing.Any:
        '''Secret-based ACL configuration.

        Adapts a Secret into a volume containing ACL rules.
        The contents of the target Secret's Data field will be presented in a volume
        as files using the keys in the Data field as the file names.
        Secret volumes support ownership management and SELinux relabeling.

        :schema: RedisReplicationSpecAcl#secret
        '''
        result = self._values.get("secret")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RedisReplicationSpecAcl(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="redis_inopstreelabsredisredis.RedisReplicationSpecAffinity",
    jsii_struct_bases=[],
    name_mapping={
        "node_affinity": "nodeAffinity",
        "pod_affinity": "podAffinity",
        "pod_anti_affinity": "podAntiAffinity",
    },
)
class RedisReplicationSpecAffinity:
    def __init__(
        self,
        *,
        node_affinity: typing.Any = None,
        pod_affinity: typing.Any = None,
        pod_anti_affinity: typing.Any = None,
    ) -> None:
        '''Affinity is a group of affinity scheduling rules.

        :param node_affinity: Describes node affinity scheduling rules for the pod.
        :param pod_affinity: Describes pod affinity scheduling rules (e.g. co-locate this pod in the same node, zone, etc. as some other pod(s)).
        :param pod_anti_affinity: Describes pod anti-affinity scheduling rules (e.g. avoid putting this pod in the same node, zone, etc. as some other pod(s)).

        :schema: RedisReplicationSpecAffinity
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1b800a6c66ba8c39bd1c4ea60553fd0d619f7492f802e6df4aa1decc1e2afe50)
            check_type(argname="argument node_affinity", value=node_affinity, expected_type=type_hints["node_affinity"])
            check_type(argname="argument pod_affinity", value=pod_affinity, expected_type=type_hints["pod_affinity"])
            check_type(argname="argument pod_anti_affinity", value=pod_anti_affinity, expected_type=type_hints["pod_anti_affinity"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if node_affinity is not None:
            self._values["node_affinity"] = node_affinity
        if pod_affinity is not None:
            self._values["pod_affinity"] = pod_affinity
        if pod_anti_affinity is not None:
            self._values["pod_anti_affinity"] = pod_anti_affinity

    @builtins.property
    def node_affinity(self) -> typing.Any:
        '''Describes node affinity scheduling rules for the pod.

        :schema: RedisReplicationSpecAffinity#nodeAffinity
        '''
        result = self._values.get("node_affinity")
        return typing.cast(typing.Any, result)

    @builtins.property
    def pod_affinity(self) -> typing.Any:
        '''Describes pod affinity scheduling rules (e.g. co-locate this pod in the same node, zone, etc. as some other pod(s)).

        :schema: RedisReplicationSpecAffinity#podAffinity
        '''
        result = self._values.get("pod_affinity")
        return typing.cast(typing.Any, result)

    @builtins.property
    def pod_anti_affinity(self) -> typing.Any:
        '''Describes pod anti-affinity scheduling rules (e.g. avoid putting this pod in the same node, zone, etc. as some other pod(s)).

        :schema: RedisReplicationSpecAffinity#podAntiAffinity
        '''
        result = self._values.get("pod_anti_affinity")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RedisReplicationSpecAffinity(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="redis_inopstreelabsredisredis.RedisReplicationSpecEnv",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value", "value_from": "valueFrom"},
)
class RedisReplicationSpecEnv:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Optional[builtins.str] = None,
        value_from: typing.Any = None,
    ) -> None:
        '''EnvVar represents an environment variable present in a Container.

        :param name: Name of the environment variable. Must be a C_IDENTIFIER.
        :param value: Variable references $(VAR_NAME) are expanded using the previously defined environment variables in the container and any service environment variables. If a variable cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless of whether the variable exists or not. Defaults to "". Default: .
        :param value_from: Source for the environment variable's value. Cannot be used if value is not empty.

        :schema: RedisReplicationSpecEnv
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__11438a3d02fa7ce40c5fc1475ebd4d21836806be280006ae750308b285c56e1e)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
            check_type(argname="argument value_from", value=value_from, expected_type=type_hints["value_from"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if value is not None:
            self._values["value"] = value
        if value_from is not None:
            self._values["value_from"] = value_from

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the environment variable.

        Must be a C_IDENTIFIER.

        :schema: RedisReplicationSpecEnv#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''Variable references $(VAR_NAME) are expanded using the previously defined environment variables in the container and any service environment variables.

        If a variable cannot be resolved,
        the reference in the input string will be unchanged. Double $$ are reduced
        to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e.
        "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)".
        Escaped references will never be expanded, regardless of whether the variable
        exists or not.
        Defaults to "".

        :default: .

        :schema: RedisReplicationSpecEnv#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value_from(self) -> typing.Any:
        '''Source for the environment variable's value.

        Cannot be used if value is not empty.

        :schema: RedisReplicationSpecEnv#valueFrom
        '''
        result = self._values.get("value_from")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RedisReplicationSpecEnv(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="redis_inopstreelabsredisredis.RedisReplicationSpecInitContainer",
    jsii_struct_bases=[],
    name_mapping={
        "image": "image",
        "args": "args",
        "command": "command",
        "enabled": "enabled",
        "env": "env",
        "image_pull_policy": "imagePullPolicy",
        "resources": "resources",
        "security_context": "securityContext",
    },
)
class RedisReplicationSpecInitContainer:
    def __init__(
        self,
        *,
        image: builtins.str,
        args: typing.Optional[typing.Sequence[builtins.str]] = None,
        command: typing.Optional[typing.Sequence[builtins.str]] = None,
        enabled: typing.Optional[builtins.bool] = None,
        env: typing.Optional[typing.Sequence[typing.Any]] = None,
        image_pull_policy: typing.Optional[builtins.str] = None,
        resources: typing.Any = None,
        security_context: typing.Any = None,
    ) -> None:
        '''InitContainer for each Redis pods.

        :param image: 
        :param args: 
        :param command: 
        :param enabled: 
        :param env: 
        :param image_pull_policy: PullPolicy describes a policy for if/when to pull a container image.
        :param resources: ResourceRequirements describes the compute resource requirements.
        :param security_context: SecurityContext holds security configuration that will be applied to a container. Some fields are present in both SecurityContext and PodSecurityContext. When both are set, the values in SecurityContext take precedence.

        :schema: RedisReplicationSpecInitContainer
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__910bdce6e7ba5cd9d89c71336b61a8d73853c2bb419d9afbb2edab443cce21ad)
            check_type(argname="argument image", value=image, expected_type=type_hints["image"])
            check_type(argname="argument args", value=args, expected_type=type_hints["args"])
            check_type(argname="argument command", value=command, expected_type=type_hints["command"])
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
            check_type(argname="argument env", value=env, expected_type=type_hints["env"])
            check_type(argname="argument image_pull_policy", value=image_pull_policy, expected_type=type_hints["image_pull_policy"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
            check_type(argname="argument security_context", value=security_context, expected_type=type_hints["security_context"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "image": image,
        }
        if args is not None:
            self._values["args"] = args
        if command is not None:
            self._values["command"] = command
        if enabled is not None:
            self._values["enabled"] = enabled
        if env is not None:
            self._values["env"] = env
        if image_pull_policy is not None:
            self._values["image_pull_policy"] = image_pull_policy
        if resources is not None:
            self._values["resources"] = resources
        if security_context is not None:
            self._values["security_context"] = security_context

    @builtins.property
    def image(self) -> builtins.str:
        '''
        :schema: RedisReplicationSpecInitContainer#image
        '''
        result = self._values.get("image")
        assert result is not None, "Required property 'image' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def args(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: RedisReplicationSpecInitContainer#args
        '''
        result = self._values.get("args")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def command(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: RedisReplicationSpecInitContainer#command
        '''
        result = self._values.get("command")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: RedisReplicationSpecInitContainer#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def env(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: RedisReplicationSpecInitContainer#env
        '''
        result = self._values.get("env")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def image_pull_policy(self) -> typing.Optional[builtins.str]:
        '''PullPolicy describes a policy for if/when to pull a container image.

        :schema: RedisReplicationSpecInitContainer#imagePullPolicy
        '''
        result = self._values.get("image_pull_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def resources(self) -> typing.Any:
        '''ResourceRequirements describes the compute resource requirements.

        :schema: RedisReplicationSpecInitContainer#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Any, result)

    @builtins.property
    def security_context(self) -> typing.Any:
        '''SecurityContext holds security configuration that will be applied to a container.

        Some fields are present in both SecurityContext and PodSecurityContext.  When both
        are set, the values in SecurityContext take precedence.

        :schema: RedisReplicationSpecInitContainer#securityContext
        '''
        result = self._values.get("security_context")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RedisReplicationSpecInitContainer(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="redis_inopstreelabsredisredis.RedisReplicationSpecKubernetesConfig",
    jsii_struct_bases=[],
    name_mapping={
        "image": "image",
        "ignore_annotations": "ignoreAnnotations",
        "image_pull_policy": "imagePullPolicy",
        "image_pull_secrets": "imagePullSecrets",
        "min_ready_seconds": "minReadySeconds",
        "persistent_volume_claim_retention_policy": "persistentVolumeClaimRetentionPolicy",
        "redis_secret": "redisSecret",
        "resources": "resources",
        "service": "service",
        "update_strategy": "updateStrategy",
    },
)
class RedisReplicationSpecKubernetesConfig:
    def __init__(
        self,
        *,
        image: builtins.str,
        ignore_annotations: typing.Optional[typing.Sequence[builtins.str]] = None,
        image_pull_policy: typing.Optional[builtins.str] = None,
        image_pull_secrets: typing.Optional[typing.Sequence[typing.Any]] = None,
        min_ready_seconds: typing.Optional[jsii.Number] = None,
        persistent_volume_claim_retention_policy: typing.Any = None,
        redis_secret: typing.Any = None,
        resources: typing.Any = None,
        service: typing.Any = None,
        update_strategy: typing.Any = None,
    ) -> None:
        '''KubernetesConfig will be the JSON struct for Basic Redis Config.

        :param image: 
        :param ignore_annotations: 
        :param image_pull_policy: PullPolicy describes a policy for if/when to pull a container image.
        :param image_pull_secrets: 
        :param min_ready_seconds: 
        :param persistent_volume_claim_retention_policy: StatefulSetPersistentVolumeClaimRetentionPolicy describes the policy used for PVCs created from the StatefulSet VolumeClaimTemplates.
        :param redis_secret: ExistingPasswordSecret is the struct to access the existing secret.
        :param resources: ResourceRequirements describes the compute resource requirements.
        :param service: ServiceConfig define the type of service to be created and its annotations.
        :param update_strategy: StatefulSetUpdateStrategy indicates the strategy that the StatefulSet controller will use to perform updates. It includes any additional parameters necessary to perform the update for the indicated strategy.

        :schema: RedisReplicationSpecKubernetesConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b3ce830664c439b77816e9d83a0d55c96c021c5bd699bb9c75d10ffc3a627af3)
            check_type(argname="argument image", value=image, expected_type=type_hints["image"])
            check_type(argname="argument ignore_annotations", value=ignore_annotations, expected_type=type_hints["ignore_annotations"])
            check_type(argname="argument image_pull_policy", value=image_pull_policy, expected_type=type_hints["image_pull_policy"])
            check_type(argname="argument image_pull_secrets", value=image_pull_secrets, expected_type=type_hints["image_pull_secrets"])
            check_type(argname="argument min_ready_seconds", value=min_ready_seconds, expected_type=type_hints["min_ready_seconds"])
            check_type(argname="argument persistent_volume_claim_retention_policy", value=persistent_volume_claim_retention_policy, expected_type=type_hints["persistent_volume_claim_retention_policy"])
            check_type(argname="argument redis_secret", value=redis_secret, expected_type=type_hints["redis_secret"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
            check_type(argname="argument service", value=service, expected_type=type_hints["service"])
            check_type(argname="argument update_strategy", value=update_strategy, expected_type=type_hints["update_strategy"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "image": image,
        }
        if ignore_annotations is not None:
            self._values["ignore_annotations"] = ignore_annotations
        if image_pull_policy is not None:
            self._values["image_pull_policy"] = image_pull_policy
        if image_pull_secrets is not None:
            self._values["image_pull_secrets"] = image_pull_secrets
        if min_ready_seconds is not None:
            self._values["min_ready_seconds"] = min_ready_seconds
        if persistent_volume_claim_retention_policy is not None:
            self._values["persistent_volume_claim_retention_policy"] = persistent_volume_claim_retention_policy
        if redis_secret is not None:
            self._values["redis_secret"] = redis_secret
        if resources is not None:
            self._values["resources"] = resources
        if service is not None:
            self._values["service"] = service
        if update_strategy is not None:
            self._values["update_strategy"] = update_strategy

    @builtins.property
    def image(self) -> builtins.str:
        '''
        :schema: RedisReplicationSpecKubernetesConfig#image
        '''
        result = self._values.get("image")
        assert result is not None, "Required property 'image' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def ignore_annotations(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: RedisReplicationSpecKubernetesConfig#ignoreAnnotations
        '''
        result = self._values.get("ignore_annotations")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def image_pull_policy(self) -> typing.Optional[builtins.str]:
        '''PullPolicy describes a policy for if/when to pull a container image.

        :schema: RedisReplicationSpecKubernetesConfig#imagePullPolicy
        '''
        result = self._values.get("image_pull_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_pull_secrets(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: RedisReplicationSpecKubernetesConfig#imagePullSecrets
        '''
        result = self._values.get("image_pull_secrets")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def min_ready_seconds(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: RedisReplicationSpecKubernetesConfig#minReadySeconds
        '''
        result = self._values.get("min_ready_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def persistent_volume_claim_retention_policy(self) -> typing.Any:
        '''StatefulSetPersistentVolumeClaimRetentionPolicy describes the policy used for PVCs created from the StatefulSet VolumeClaimTemplates.

        :schema: RedisReplicationSpecKubernetesConfig#persistentVolumeClaimRetentionPolicy
        '''
        result = self._values.get("persistent_volume_claim_retention_policy")
        return typing.cast(typing.Any, result)

    @builtins.property
    def redis_secret(self) -> typing.Any:
        '''ExistingPasswordSecret is the struct to access the existing secret.

        :schema: RedisReplicationSpecKubernetesConfig#redisSecret
        '''
        result = self._values.get("redis_secret")
        return typing.cast(typing.Any, result)

    @builtins.property
    def resources(self) -> typing.Any:
        '''ResourceRequirements describes the compute resource requirements.

        :schema: RedisReplicationSpecKubernetesConfig#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Any, result)

    @builtins.property
    def service(self) -> typing.Any:
        '''ServiceConfig define the type of service to be created and its annotations.

        :schema: RedisReplicationSpecKubernetesConfig#service
        '''
        result = self._values.get("service")
        return typing.cast(typing.Any, result)

    @builtins.property
    def update_strategy(self) -> typing.Any:
        '''StatefulSetUpdateStrategy indicates the strategy that the StatefulSet controller will use to perform updates.

        It includes any additional parameters
        necessary to perform the update for the indicated strategy.

        :schema: RedisReplicationSpecKubernetesConfig#updateStrategy
        '''
        result = self._values.get("update_strategy")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RedisReplicationSpecKubernetesConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="redis_inopstreelabsredisredis.RedisReplicationSpecLivenessProbe",
    jsii_struct_bases=[],
    name_mapping={
        "exec": "exec",
        "failure_threshold": "failureThreshold",
        "grpc": "grpc",
        "http_get": "httpGet",
        "initial_delay_seconds": "initialDelaySeconds",
        "period_seconds": "periodSeconds",
        "success_threshold": "successThreshold",
        "tcp_socket": "tcpSocket",
        "termination_grace_period_seconds": "terminationGracePeriodSeconds",
        "timeout_seconds": "timeoutSeconds",
    },
)
class RedisReplicationSpecLivenessProbe:
    def __init__(
        self,
        *,
        exec: typing.Any = None,
        failure_threshold: typing.Optional[jsii.Number] = None,
        grpc: typing.Any = None,
        http_get: typing.Any = None,
        initial_delay_seconds: typing.Optional[jsii.Number] = None,
        period_seconds: typing.Optional[jsii.Number] = None,
        success_threshold: typing.Optional[jsii.Number] = None,
        tcp_socket: typing.Any = None,
        termination_grace_period_seconds: typing.Optional[jsii.Number] = None,
        timeout_seconds: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''Probe describes a health check to be performed against a container to determine whether it is alive or ready to receive traffic.

        :param exec: Exec specifies the action to take.
        :param failure_threshold: Minimum consecutive failures for the probe to be considered failed after having succeeded. Defaults to 3. Minimum value is 1. Default: 3. Minimum value is 1.
        :param grpc: GRPC specifies an action involving a GRPC port.
        :param http_get: HTTPGet specifies the http request to perform.
        :param initial_delay_seconds: Number of seconds after the container has started before liveness probes are initiated. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
        :param period_seconds: How often (in seconds) to perform the probe. Default to 10 seconds. Minimum value is 1. Default: 10 seconds. Minimum value is 1.
        :param success_threshold: Minimum consecutive successes for the probe to be considered successful after having failed. Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1. Default: 1. Must be 1 for liveness and startup. Minimum value is 1.
        :param tcp_socket: TCPSocket specifies an action involving a TCP port.
        :param termination_grace_period_seconds: Optional duration in seconds the pod needs to terminate gracefully upon probe failure. The grace period is the duration in seconds after the processes running in the pod are sent a termination signal and the time when the processes are forcibly halted with a kill signal. Set this value longer than the expected cleanup time for your process. If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this value overrides the value provided by the pod spec. Value must be non-negative integer. The value zero indicates stop immediately via the kill signal (no opportunity to shut down). This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate. Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset.
        :param timeout_seconds: Number of seconds after which the probe times out. Defaults to 1 second. Minimum value is 1. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes Default: 1 second. Minimum value is 1.

        :schema: RedisReplicationSpecLivenessProbe
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__576c2619cfc68b889992dc420bd8feda49afd54624d9031b22d305c8edd8dae3)
            check_type(argname="argument exec", value=exec, expected_type=type_hints["exec"])
            check_type(argname="argument failure_threshold", value=failure_threshold, expected_type=type_hints["failure_threshold"])
            check_type(argname="argument grpc", value=grpc, expected_type=type_hints["grpc"])
            check_type(argname="argument http_get", value=http_get, expected_type=type_hints["http_get"])
            check_type(argname="argument initial_delay_seconds", value=initial_delay_seconds, expected_type=type_hints["initial_delay_seconds"])
            check_type(argname="argument period_seconds", value=period_seconds, expected_type=type_hints["period_seconds"])
            check_type(argname="argument success_threshold", value=success_threshold, expected_type=type_hints["success_threshold"])
            check_type(argname="argument tcp_socket", value=tcp_socket, expected_type=type_hints["tcp_socket"])
            check_type(argname="argument termination_grace_period_seconds", value=termination_grace_period_seconds, expected_type=type_hints["termination_grace_period_seconds"])
            check_type(argname="argument timeout_seconds", value=timeout_seconds, expected_type=type_hints["timeout_seconds"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exec is not None:
            self._values["exec"] = exec
        if failure_threshold is not None:
            self._values["failure_threshold"] = failure_threshold
        if grpc is not None:
            self._values["grpc"] = grpc
        if http_get is not None:
            self._values["http_get"] = http_get
        if initial_delay_seconds is not None:
            self._values["initial_delay_seconds"] = initial_delay_seconds
        if period_seconds is not None:
            self._values["period_seconds"] = period_seconds
        if success_threshold is not None:
            self._values["success_threshold"] = success_threshold
        if tcp_socket is not None:
            self._values["tcp_socket"] = tcp_socket
        if termination_grace_period_seconds is not None:
            self._values["termination_grace_period_seconds"] = termination_grace_period_seconds
        if timeout_seconds is not None:
            self._values["timeout_seconds"] = timeout_seconds

    @builtins.property
    def exec(self) -> typing.Any:
        '''Exec specifies the action to take.

        :schema: RedisReplicationSpecLivenessProbe#exec
        '''
        result = self._values.get("exec")
        return typing.cast(typing.Any, result)

    @builtins.property
    def failure_threshold(self) -> typing.Optional[jsii.Number]:
        '''Minimum consecutive failures for the probe to be considered failed after having succeeded.

        Defaults to 3. Minimum value is 1.

        :default: 3. Minimum value is 1.

        :schema: RedisReplicationSpecLivenessProbe#failureThreshold
        '''
        result = self._values.get("failure_threshold")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def grpc(self) -> typing.Any:
        '''GRPC specifies an action involving a GRPC port.

        :schema: RedisReplicationSpecLivenessProbe#grpc
        '''
        result = self._values.get("grpc")
        return typing.cast(typing.Any, result)

    @builtins.property
    def http_get(self) -> typing.Any:
        '''HTTPGet specifies the http request to perform.

        :schema: RedisReplicationSpecLivenessProbe#httpGet
        '''
        result = self._values.get("http_get")
        return typing.cast(typing.Any, result)

    @builtins.property
    def initial_delay_seconds(self) -> typing.Optional[jsii.Number]:
        '''Number of seconds after the container has started before liveness probes are initiated.

        More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes

        :schema: RedisReplicationSpecLivenessProbe#initialDelaySeconds
        '''
        result = self._values.get("initial_delay_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def period_seconds(self) -> typing.Optional[jsii.Number]:
        '''How often (in seconds) to perform the probe.

        Default to 10 seconds. Minimum value is 1.

        :default: 10 seconds. Minimum value is 1.

        :schema: RedisReplicationSpecLivenessProbe#periodSeconds
        '''
        result = self._values.get("period_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def success_threshold(self) -> typing.Optional[jsii.Number]:
        '''Minimum consecutive successes for the probe to be considered successful after having failed.

        Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.

        :default: 1. Must be 1 for liveness and startup. Minimum value is 1.

        :schema: RedisReplicationSpecLivenessProbe#successThreshold
        '''
        result = self._values.get("success_threshold")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def tcp_socket(self) -> typing.Any:
        '''TCPSocket specifies an action involving a TCP port.

        :schema: RedisReplicationSpecLivenessProbe#tcpSocket
        '''
        result = self._values.get("tcp_socket")
        return typing.cast(typing.Any, result)

    @builtins.property
    def termination_grace_period_seconds(self) -> typing.Optional[jsii.Number]:
        '''Optional duration in seconds the pod needs to terminate gracefully upon probe failure.

        The grace period is the duration in seconds after the processes running in the pod are sent
        a termination signal and the time when the processes are forcibly halted with a kill signal.
        Set this value longer than the expected cleanup time for your process.
        If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this
        value overrides the value provided by the pod spec.
        Value must be non-negative integer. The value zero indicates stop immediately via
        the kill signal (no opportunity to shut down).
        This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate.
        Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset.

        :schema: RedisReplicationSpecLivenessProbe#terminationGracePeriodSeconds
        '''
        result = self._values.get("termination_grace_period_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def timeout_seconds(self) -> typing.Optional[jsii.Number]:
        '''Number of seconds after which the probe times out.

        Defaults to 1 second. Minimum value is 1.
        More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes

        :default: 1 second. Minimum value is 1.

        :schema: RedisReplicationSpecLivenessProbe#timeoutSeconds
        '''
        result = self._values.get("timeout_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RedisReplicationSpecLivenessProbe(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="redis_inopstreelabsredisredis.RedisReplicationSpecPdb",
    jsii_struct_bases=[],
    name_mapping={
        "enabled": "enabled",
        "max_unavailable": "maxUnavailable",
        "min_available": "minAvailable",
    },
)
class RedisReplicationSpecPdb:
    def __init__(
        self,
        *,
        enabled: typing.Optional[builtins.bool] = None,
        max_unavailable: typing.Optional[jsii.Number] = None,
        min_available: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''RedisPodDisruptionBudget configure a PodDisruptionBudget on the resource (leader/follower).

        :param enabled: 
        :param max_unavailable: 
        :param min_available: 

        :schema: RedisReplicationSpecPdb
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__63fea0ab216dab96f7aae8c38510f12851a02e76b51794bc3bf3c7c1ed58a66f)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
            check_type(argname="argument max_unavailable", value=max_unavailable, expected_type=type_hints["max_unavailable"])
            check_type(argname="argument min_available", value=min_available, expected_type=type_hints["min_available"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if enabled is not None:
            self._values["enabled"] = enabled
        if max_unavailable is not None:
            self._values["max_unavailable"] = max_unavailable
        if min_available is not None:
            self._values["min_available"] = min_available

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: RedisReplicationSpecPdb#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def max_unavailable(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: RedisReplicationSpecPdb#maxUnavailable
        '''
        result = self._values.get("max_unavailable")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def min_available(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: RedisReplicationSpecPdb#minAvailable
        '''
        result = self._values.get("min_available")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RedisReplicationSpecPdb(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="redis_inopstreelabsredisredis.RedisReplicationSpecPodManagementPolicy"
)
class RedisReplicationSpecPodManagementPolicy(enum.Enum):
    '''PodManagementPolicy controls how pods are created during initial scale up, when replacing pods on nodes, or when scaling down.

    This field is immutable
    on an existing StatefulSet; changing it for a running cluster requires
    recreating the StatefulSet (e.g. via the
    redis.opstreelabs.in/recreate-statefulset annotation), otherwise the change
    is ignored.

    :schema: RedisReplicationSpecPodManagementPolicy
    '''

    ORDERED_READY = "ORDERED_READY"
    '''OrderedReady.'''
    PARALLEL = "PARALLEL"
    '''Parallel.'''


@jsii.data_type(
    jsii_type="redis_inopstreelabsredisredis.RedisReplicationSpecPodSecurityContext",
    jsii_struct_bases=[],
    name_mapping={
        "fs_group": "fsGroup",
        "fs_group_change_policy": "fsGroupChangePolicy",
        "run_as_group": "runAsGroup",
        "run_as_non_root": "runAsNonRoot",
        "run_as_user": "runAsUser",
        "seccomp_profile": "seccompProfile",
        "se_linux_options": "seLinuxOptions",
        "supplemental_groups": "supplementalGroups",
        "sysctls": "sysctls",
        "windows_options": "windowsOptions",
    },
)
class RedisReplicationSpecPodSecurityContext:
    def __init__(
        self,
        *,
        fs_group: typing.Optional[jsii.Number] = None,
        fs_group_change_policy: typing.Optional[builtins.str] = None,
        run_as_group: typing.Optional[jsii.Number] = None,
        run_as_non_root: typing.Optional[builtins.bool] = None,
        run_as_user: typing.Optional[jsii.Number] = None,
        seccomp_profile: typing.Any = None,
        se_linux_options: typing.Any = None,
        supplemental_groups: typing.Optional[typing.Sequence[jsii.Number]] = None,
        sysctls: typing.Optional[typing.Sequence[typing.Any]] = None,
        windows_options: typing.Any = None,
    ) -> None:
        '''PodSecurityContext holds pod-level security attributes and common container settings.

        Some fields are also present in container.securityContext.  Field values of
        container.securityContext take precedence over field values of PodSecurityContext.

        :param fs_group: A special supplemental group that applies to all containers in a pod. Some volume types allow the Kubelet to change the ownership of that volume to be owned by the pod: 1. The owning GID will be the FSGroup 2. The setgid bit is set (new files created in the volume will be owned by FSGroup) 3. The permission bits are OR'd with rw-rw---- If unset, the Kubelet will not modify the ownership and permissions of any volume. Note that this field cannot be set when spec.os.name is windows.
        :param fs_group_change_policy: fsGroupChangePolicy defines behavior of changing ownership and permission of the volume before being exposed inside Pod. This field will only apply to volume types which support fsGroup based ownership(and permissions). It will have no effect on ephemeral volume types such as: secret, configmaps and emptydir. Valid values are "OnRootMismatch" and "Always". If not specified, "Always" is used. Note that this field cannot be set when spec.os.name is windows.
        :param run_as_group: The GID to run the entrypoint of the container process. Uses runtime default if unset. May also be set in SecurityContext. If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence for that container. Note that this field cannot be set when spec.os.name is windows.
        :param run_as_non_root: Indicates that the container must run as a non-root user. If true, the Kubelet will validate the image at runtime to ensure that it does not run as UID 0 (root) and fail to start the container if it does. If unset or false, no such validation will be performed. May also be set in SecurityContext. If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
        :param run_as_user: The UID to run the entrypoint of the container process. Defaults to user specified in image metadata if unspecified. May also be set in SecurityContext. If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence for that container. Note that this field cannot be set when spec.os.name is windows. Default: user specified in image metadata if unspecified.
        :param seccomp_profile: The seccomp options to use by the containers in this pod. Note that this field cannot be set when spec.os.name is windows.
        :param se_linux_options: The SELinux context to be applied to all containers. If unspecified, the container runtime will allocate a random SELinux context for each container. May also be set in SecurityContext. If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence for that container. Note that this field cannot be set when spec.os.name is windows.
        :param supplemental_groups: A list of groups applied to the first process run in each container, in addition to the container's primary GID, the fsGroup (if specified), and group memberships defined in the container image for the uid of the container process. If unspecified, no additional groups are added to any container. Note that group memberships defined in the container image for the uid of the container process are still effective, even if they are not included in this list. Note that this field cannot be set when spec.os.name is windows.
        :param sysctls: Sysctls hold a list of namespaced sysctls used for the pod. Pods with unsupported sysctls (by the container runtime) might fail to launch. Note that this field cannot be set when spec.os.name is windows.
        :param windows_options: The Windows specific settings applied to all containers. If unspecified, the options within a container's SecurityContext will be used. If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence. Note that this field cannot be set when spec.os.name is linux.

        :schema: RedisReplicationSpecPodSecurityContext
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ad27303b2229ecb70a93081a9a081451eaebe0279791a7e523092980e9b0be86)
            check_type(argname="argument fs_group", value=fs_group, expected_type=type_hints["fs_group"])
            check_type(argname="argument fs_group_change_policy", value=fs_group_change_policy, expected_type=type_hints["fs_group_change_policy"])
            check_type(argname="argument run_as_group", value=run_as_group, expected_type=type_hints["run_as_group"])
            check_type(argname="argument run_as_non_root", value=run_as_non_root, expected_type=type_hints["run_as_non_root"])
            check_type(argname="argument run_as_user", value=run_as_user, expected_type=type_hints["run_as_user"])
            check_type(argname="argument seccomp_profile", value=seccomp_profile, expected_type=type_hints["seccomp_profile"])
            check_type(argname="argument se_linux_options", value=se_linux_options, expected_type=type_hints["se_linux_options"])
            check_type(argname="argument supplemental_groups", value=supplemental_groups, expected_type=type_hints["supplemental_groups"])
            check_type(argname="argument sysctls", value=sysctls, expected_type=type_hints["sysctls"])
            check_type(argname="argument windows_options", value=windows_options, expected_type=type_hints["windows_options"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if fs_group is not None:
            self._values["fs_group"] = fs_group
        if fs_group_change_policy is not None:
            self._values["fs_group_change_policy"] = fs_group_change_policy
        if run_as_group is not None:
            self._values["run_as_group"] = run_as_group
        if run_as_non_root is not None:
            self._values["run_as_non_root"] = run_as_non_root
        if run_as_user is not None:
            self._values["run_as_user"] = run_as_user
        if seccomp_profile is not None:
            self._values["seccomp_profile"] = seccomp_profile
        if se_linux_options is not None:
            self._values["se_linux_options"] = se_linux_options
        if supplemental_groups is not None:
            self._values["supplemental_groups"] = supplemental_groups
        if sysctls is not None:
            self._values["sysctls"] = sysctls
        if windows_options is not None:
            self._values["windows_options"] = windows_options

    @builtins.property
    def fs_group(self) -> typing.Optional[jsii.Number]:
        '''A special supplemental group that applies to all containers in a pod.

        Some volume types allow the Kubelet to change the ownership of that volume
        to be owned by the pod:

        1. The owning GID will be the FSGroup
        2. The setgid bit is set (new files created in the volume will be owned by FSGroup)
        3. The permission bits are OR'd with rw-rw----

        If unset, the Kubelet will not modify the ownership and permissions of any volume.
        Note that this field cannot be set when spec.os.name is windows.

        :schema: RedisReplicationSpecPodSecurityContext#fsGroup
        '''
        result = self._values.get("fs_group")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def fs_group_change_policy(self) -> typing.Optional[builtins.str]:
        '''fsGroupChangePolicy defines behavior of changing ownership and permission of the volume before being exposed inside Pod.

        This field will only apply to
        volume types which support fsGroup based ownership(and permissions).
        It will have no effect on ephemeral volume types such as: secret, configmaps
        and emptydir.
        Valid values are "OnRootMismatch" and "Always". If not specified, "Always" is used.
        Note that this field cannot be set when spec.os.name is windows.

        :schema: RedisReplicationSpecPodSecurityContext#fsGroupChangePolicy
        '''
        result = self._values.get("fs_group_change_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def run_as_group(self) -> typing.Optional[jsii.Number]:
        '''The GID to run the entrypoint of the container process.

        Uses runtime default if unset.
        May also be set in SecurityContext.  If set in both SecurityContext and
        PodSecurityContext, the value specified in SecurityContext takes precedence
        for that container.
        Note that this field cannot be set when spec.os.name is windows.

        :schema: RedisReplicationSpecPodSecurityContext#runAsGroup
        '''
        result = self._values.get("run_as_group")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def run_as_non_root(self) -> typing.Optional[builtins.bool]:
        '''Indicates that the container must run as a non-root user.

        If true, the Kubelet will validate the image at runtime to ensure that it
        does not run as UID 0 (root) and fail to start the container if it does.
        If unset or false, no such validation will be performed.
        May also be set in SecurityContext.  If set in both SecurityContext and
        PodSecurityContext, the value specified in SecurityContext takes precedence.

        :schema: RedisReplicationSpecPodSecurityContext#runAsNonRoot
        '''
        result = self._values.get("run_as_non_root")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def run_as_user(self) -> typing.Optional[jsii.Number]:
        '''The UID to run the entrypoint of the container process.

        Defaults to user specified in image metadata if unspecified.
        May also be set in SecurityContext.  If set in both SecurityContext and
        PodSecurityContext, the value specified in SecurityContext takes precedence
        for that container.
        Note that this field cannot be set when spec.os.name is windows.

        :default: user specified in image metadata if unspecified.

        :schema: RedisReplicationSpecPodSecurityContext#runAsUser
        '''
        result = self._values.get("run_as_user")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def seccomp_profile(self) -> typing.Any:
        '''The seccomp options to use by the containers in this pod.

        Note that this field cannot be set when spec.os.name is windows.

        :schema: RedisReplicationSpecPodSecurityContext#seccompProfile
        '''
        result = self._values.get("seccomp_profile")
        return typing.cast(typing.Any, result)

    @builtins.property
    def se_linux_options(self) -> typing.Any:
        '''The SELinux context to be applied to all containers.

        If unspecified, the container runtime will allocate a random SELinux context for each
        container.  May also be set in SecurityContext.  If set in
        both SecurityContext and PodSecurityContext, the value specified in SecurityContext
        takes precedence for that container.
        Note that this field cannot be set when spec.os.name is windows.

        :schema: RedisReplicationSpecPodSecurityContext#seLinuxOptions
        '''
        result = self._values.get("se_linux_options")
        return typing.cast(typing.Any, result)

    @builtins.property
    def supplemental_groups(self) -> typing.Optional[typing.List[jsii.Number]]:
        '''A list of groups applied to the first process run in each container, in addition to the container's primary GID, the fsGroup (if specified), and group memberships defined in the container image for the uid of the container process.

        If unspecified,
        no additional groups are added to any container. Note that group memberships
        defined in the container image for the uid of the container process are still effective,
        even if they are not included in this list.
        Note that this field cannot be set when spec.os.name is windows.

        :schema: RedisReplicationSpecPodSecurityContext#supplementalGroups
        '''
        result = self._values.get("supplemental_groups")
        return typing.cast(typing.Optional[typing.List[jsii.Number]], result)

    @builtins.property
    def sysctls(self) -> typing.Optional[typing.List[typing.Any]]:
        '''Sysctls hold a list of namespaced sysctls used for the pod.

        Pods with unsupported
        sysctls (by the container runtime) might fail to launch.
        Note that this field cannot be set when spec.os.name is windows.

        :schema: RedisReplicationSpecPodSecurityContext#sysctls
        '''
        result = self._values.get("sysctls")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def windows_options(self) -> typing.Any:
        '''The Windows specific settings applied to all containers.

        If unspecified, the options within a container's SecurityContext will be used.
        If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
        Note that this field cannot be set when spec.os.name is linux.

        :schema: RedisReplicationSpecPodSecurityContext#windowsOptions
        '''
        result = self._values.get("windows_options")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RedisReplicationSpecPodSecurityContext(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="redis_inopstreelabsredisredis.RedisReplicationSpecReadinessProbe",
    jsii_struct_bases=[],
    name_mapping={
        "exec": "exec",
        "failure_threshold": "failureThreshold",
        "grpc": "grpc",
        "http_get": "httpGet",
        "initial_delay_seconds": "initialDelaySeconds",
        "period_seconds": "periodSeconds",
        "success_threshold": "successThreshold",
        "tcp_socket": "tcpSocket",
        "termination_grace_period_seconds": "terminationGracePeriodSeconds",
        "timeout_seconds": "timeoutSeconds",
    },
)
class RedisReplicationSpecReadinessProbe:
    def __init__(
        self,
        *,
        exec: typing.Any = None,
        failure_threshold: typing.Optional[jsii.Number] = None,
        grpc: typing.Any = None,
        http_get: typing.Any = None,
        initial_delay_seconds: typing.Optional[jsii.Number] = None,
        period_seconds: typing.Optional[jsii.Number] = None,
        success_threshold: typing.Optional[jsii.Number] = None,
        tcp_socket: typing.Any = None,
        termination_grace_period_seconds: typing.Optional[jsii.Number] = None,
        timeout_seconds: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''Probe describes a health check to be performed against a container to determine whether it is alive or ready to receive traffic.

        :param exec: Exec specifies the action to take.
        :param failure_threshold: Minimum consecutive failures for the probe to be considered failed after having succeeded. Defaults to 3. Minimum value is 1. Default: 3. Minimum value is 1.
        :param grpc: GRPC specifies an action involving a GRPC port.
        :param http_get: HTTPGet specifies the http request to perform.
        :param initial_delay_seconds: Number of seconds after the container has started before liveness probes are initiated. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
        :param period_seconds: How often (in seconds) to perform the probe. Default to 10 seconds. Minimum value is 1. Default: 10 seconds. Minimum value is 1.
        :param success_threshold: Minimum consecutive successes for the probe to be considered successful after having failed. Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1. Default: 1. Must be 1 for liveness and startup. Minimum value is 1.
        :param tcp_socket: TCPSocket specifies an action involving a TCP port.
        :param termination_grace_period_seconds: Optional duration in seconds the pod needs to terminate gracefully upon probe failure. The grace period is the duration in seconds after the processes running in the pod are sent a termination signal and the time when the processes are forcibly halted with a kill signal. Set this value longer than the expected cleanup time for your process. If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this value overrides the value provided by the pod spec. Value must be non-negative integer. The value zero indicates stop immediately via the kill signal (no opportunity to shut down). This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate. Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset.
        :param timeout_seconds: Number of seconds after which the probe times out. Defaults to 1 second. Minimum value is 1. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes Default: 1 second. Minimum value is 1.

        :schema: RedisReplicationSpecReadinessProbe
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__80cb148e9831c1fba7b5915e54b488e9482d33e3dc42dbf6368a7c41c169a9eb)
            check_type(argname="argument exec", value=exec, expected_type=type_hints["exec"])
            check_type(argname="argument failure_threshold", value=failure_threshold, expected_type=type_hints["failure_threshold"])
            check_type(argname="argument grpc", value=grpc, expected_type=type_hints["grpc"])
            check_type(argname="argument http_get", value=http_get, expected_type=type_hints["http_get"])
            check_type(argname="argument initial_delay_seconds", value=initial_delay_seconds, expected_type=type_hints["initial_delay_seconds"])
            check_type(argname="argument period_seconds", value=period_seconds, expected_type=type_hints["period_seconds"])
            check_type(argname="argument success_threshold", value=success_threshold, expected_type=type_hints["success_threshold"])
            check_type(argname="argument tcp_socket", value=tcp_socket, expected_type=type_hints["tcp_socket"])
            check_type(argname="argument termination_grace_period_seconds", value=termination_grace_period_seconds, expected_type=type_hints["termination_grace_period_seconds"])
            check_type(argname="argument timeout_seconds", value=timeout_seconds, expected_type=type_hints["timeout_seconds"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exec is not None:
            self._values["exec"] = exec
        if failure_threshold is not None:
            self._values["failure_threshold"] = failure_threshold
        if grpc is not None:
            self._values["grpc"] = grpc
        if http_get is not None:
            self._values["http_get"] = http_get
        if initial_delay_seconds is not None:
            self._values["initial_delay_seconds"] = initial_delay_seconds
        if period_seconds is not None:
            self._values["period_seconds"] = period_seconds
        if success_threshold is not None:
            self._values["success_threshold"] = success_threshold
        if tcp_socket is not None:
            self._values["tcp_socket"] = tcp_socket
        if termination_grace_period_seconds is not None:
            self._values["termination_grace_period_seconds"] = termination_grace_period_seconds
        if timeout_seconds is not None:
            self._values["timeout_seconds"] = timeout_seconds

    @builtins.property
    def exec(self) -> typing.Any:
        '''Exec specifies the action to take.

        :schema: RedisReplicationSpecReadinessProbe#exec
        '''
        result = self._values.get("exec")
        return typing.cast(typing.Any, result)

    @builtins.property
    def failure_threshold(self) -> typing.Optional[jsii.Number]:
        '''Minimum consecutive failures for the probe to be considered failed after having succeeded.

        Defaults to 3. Minimum value is 1.

        :default: 3. Minimum value is 1.

        :schema: RedisReplicationSpecReadinessProbe#failureThreshold
        '''
        result = self._values.get("failure_threshold")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def grpc(self) -> typing.Any:
        '''GRPC specifies an action involving a GRPC port.

        :schema: RedisReplicationSpecReadinessProbe#grpc
        '''
        result = self._values.get("grpc")
        return typing.cast(typing.Any, result)

    @builtins.property
    def http_get(self) -> typing.Any:
        '''HTTPGet specifies the http request to perform.

        :schema: RedisReplicationSpecReadinessProbe#httpGet
        '''
        result = self._values.get("http_get")
        return typing.cast(typing.Any, result)

    @builtins.property
    def initial_delay_seconds(self) -> typing.Optional[jsii.Number]:
        '''Number of seconds after the container has started before liveness probes are initiated.

        More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes

        :schema: RedisReplicationSpecReadinessProbe#initialDelaySeconds
        '''
        result = self._values.get("initial_delay_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def period_seconds(self) -> typing.Optional[jsii.Number]:
        '''How often (in seconds) to perform the probe.

        Default to 10 seconds. Minimum value is 1.

        :default: 10 seconds. Minimum value is 1.

        :schema: RedisReplicationSpecReadinessProbe#periodSeconds
        '''
        result = self._values.get("period_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def success_threshold(self) -> typing.Optional[jsii.Number]:
        '''Minimum consecutive successes for the probe to be considered successful after having failed.

        Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.

        :default: 1. Must be 1 for liveness and startup. Minimum value is 1.

        :schema: RedisReplicationSpecReadinessProbe#successThreshold
        '''
        result = self._values.get("success_threshold")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def tcp_socket(self) -> typing.Any:
        '''TCPSocket specifies an action involving a TCP port.

        :schema: RedisReplicationSpecReadinessProbe#tcpSocket
        '''
        result = self._values.get("tcp_socket")
        return typing.cast(typing.Any, result)

    @builtins.property
    def termination_grace_period_seconds(self) -> typing.Optional[jsii.Number]:
        '''Optional duration in seconds the pod needs to terminate gracefully upon probe failure.

        The grace period is the duration in seconds after the processes running in the pod are sent
        a termination signal and the time when the processes are forcibly halted with a kill signal.
        Set this value longer than the expected cleanup time for your process.
        If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this
        value overrides the value provided by the pod spec.
        Value must be non-negative integer. The value zero indicates stop immediately via
        the kill signal (no opportunity to shut down).
        This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate.
        Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset.

        :schema: RedisReplicationSpecReadinessProbe#terminationGracePeriodSeconds
        '''
        result = self._values.get("termination_grace_period_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def timeout_seconds(self) -> typing.Optional[jsii.Number]:
        '''Number of seconds after which the probe times out.

        Defaults to 1 second. Minimum value is 1.
        More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes

        :default: 1 second. Minimum value is 1.

        :schema: RedisReplicationSpecReadinessProbe#timeoutSeconds
        '''
        result = self._values.get("timeout_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RedisReplicationSpecReadinessProbe(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="redis_inopstreelabsredisredis.RedisReplicationSpecRedisConfig",
    jsii_struct_bases=[],
    name_mapping={
        "additional_redis_config": "additionalRedisConfig",
        "dynamic_config": "dynamicConfig",
        "max_memory_percent_of_limit": "maxMemoryPercentOfLimit",
    },
)
class RedisReplicationSpecRedisConfig:
    def __init__(
        self,
        *,
        additional_redis_config: typing.Optional[builtins.str] = None,
        dynamic_config: typing.Optional[typing.Sequence[builtins.str]] = None,
        max_memory_percent_of_limit: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''RedisConfig defines the external configuration of Redis.

        :param additional_redis_config: 
        :param dynamic_config: 
        :param max_memory_percent_of_limit: MaxMemoryPercentOfLimit is the percentage of the Redis container memory limit to be used as maxmemory. When set with a memory limit, the operator also exports the computed value via the REDIS_MAX_MEMORY environment variable.

        :schema: RedisReplicationSpecRedisConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__69d1165f0547034219633c287460f776719d6b320fe6a2d92afa67ab01214c9b)
            check_type(argname="argument additional_redis_config", value=additional_redis_config, expected_type=type_hints["additional_redis_config"])
            check_type(argname="argument dynamic_config", value=dynamic_config, expected_type=type_hints["dynamic_config"])
            check_type(argname="argument max_memory_percent_of_limit", value=max_memory_percent_of_limit, expected_type=type_hints["max_memory_percent_of_limit"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if additional_redis_config is not None:
            self._values["additional_redis_config"] = additional_redis_config
        if dynamic_config is not None:
            self._values["dynamic_config"] = dynamic_config
        if max_memory_percent_of_limit is not None:
            self._values["max_memory_percent_of_limit"] = max_memory_percent_of_limit

    @builtins.property
    def additional_redis_config(self) -> typing.Optional[builtins.str]:
        '''
        :schema: RedisReplicationSpecRedisConfig#additionalRedisConfig
        '''
        result = self._values.get("additional_redis_config")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def dynamic_config(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: RedisReplicationSpecRedisConfig#dynamicConfig
        '''
        result = self._values.get("dynamic_config")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def max_memory_percent_of_limit(self) -> typing.Optional[jsii.Number]:
        '''MaxMemoryPercentOfLimit is the percentage of the Redis container memory limit to be used as maxmemory.

        When set with a memory limit, the operator also exports the computed value via the REDIS_MAX_MEMORY environment variable.

        :schema: RedisReplicationSpecRedisConfig#maxMemoryPercentOfLimit
        '''
        result = self._values.get("max_memory_percent_of_limit")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RedisReplicationSpecRedisConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="redis_inopstreelabsredisredis.RedisReplicationSpecRedisExporter",
    jsii_struct_bases=[],
    name_mapping={
        "image": "image",
        "enabled": "enabled",
        "env": "env",
        "image_pull_policy": "imagePullPolicy",
        "port": "port",
        "resources": "resources",
        "security_context": "securityContext",
    },
)
class RedisReplicationSpecRedisExporter:
    def __init__(
        self,
        *,
        image: builtins.str,
        enabled: typing.Optional[builtins.bool] = None,
        env: typing.Optional[typing.Sequence[typing.Any]] = None,
        image_pull_policy: typing.Optional[builtins.str] = None,
        port: typing.Optional[jsii.Number] = None,
        resources: typing.Any = None,
        security_context: typing.Any = None,
    ) -> None:
        '''RedisExporter interface will have the information for redis exporter related stuff.

        :param image: 
        :param enabled: 
        :param env: 
        :param image_pull_policy: PullPolicy describes a policy for if/when to pull a container image.
        :param port: 
        :param resources: ResourceRequirements describes the compute resource requirements.
        :param security_context: SecurityContext holds security configuration that will be applied to a container. Some fields are present in both SecurityContext and PodSecurityContext. When both are set, the values in SecurityContext take precedence.

        :schema: RedisReplicationSpecRedisExporter
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8797847418f21e6b3fe893f0b90a81dd413cd0b1cb145462a6d9140fd3fb6c7f)
            check_type(argname="argument image", value=image, expected_type=type_hints["image"])
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
            check_type(argname="argument env", value=env, expected_type=type_hints["env"])
            check_type(argname="argument image_pull_policy", value=image_pull_policy, expected_type=type_hints["image_pull_policy"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
            check_type(argname="argument security_context", value=security_context, expected_type=type_hints["security_context"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "image": image,
        }
        if enabled is not None:
            self._values["enabled"] = enabled
        if env is not None:
            self._values["env"] = env
        if image_pull_policy is not None:
            self._values["image_pull_policy"] = image_pull_policy
        if port is not None:
            self._values["port"] = port
        if resources is not None:
            self._values["resources"] = resources
        if security_context is not None:
            self._values["security_context"] = security_context

    @builtins.property
    def image(self) -> builtins.str:
        '''
        :schema: RedisReplicationSpecRedisExporter#image
        '''
        result = self._values.get("image")
        assert result is not None, "Required property 'image' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: RedisReplicationSpecRedisExporter#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def env(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: RedisReplicationSpecRedisExporter#env
        '''
        result = self._values.get("env")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def image_pull_policy(self) -> typing.Optional[builtins.str]:
        '''PullPolicy describes a policy for if/when to pull a container image.

        :schema: RedisReplicationSpecRedisExporter#imagePullPolicy
        '''
        result = self._values.get("image_pull_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: RedisReplicationSpecRedisExporter#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def resources(self) -> typing.Any:
        '''ResourceRequirements describes the compute resource requirements.

        :schema: RedisReplicationSpecRedisExporter#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Any, result)

    @builtins.property
    def security_context(self) -> typing.Any:
        '''SecurityContext holds security configuration that will be applied to a container.

        Some fields are present in both SecurityContext and PodSecurityContext.  When both
        are set, the values in SecurityContext take precedence.

        :schema: RedisReplicationSpecRedisExporter#securityContext
        '''
        result = self._values.get("security_context")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RedisReplicationSpecRedisExporter(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="redis_inopstreelabsredisredis.RedisReplicationSpecSecurityContext",
    jsii_struct_bases=[],
    name_mapping={
        "allow_privilege_escalation": "allowPrivilegeEscalation",
        "capabilities": "capabilities",
        "privileged": "privileged",
        "proc_mount": "procMount",
        "read_only_root_filesystem": "readOnlyRootFilesystem",
        "run_as_group": "runAsGroup",
        "run_as_non_root": "runAsNonRoot",
        "run_as_user": "runAsUser",
        "seccomp_profile": "seccompProfile",
        "se_linux_options": "seLinuxOptions",
        "windows_options": "windowsOptions",
    },
)
class RedisReplicationSpecSecurityContext:
    def __init__(
        self,
        *,
        allow_privilege_escalation: typing.Optional[builtins.bool] = None,
        capabilities: typing.Any = None,
        privileged: typing.Optional[builtins.bool] = None,
        proc_mount: typing.Optional[builtins.str] = None,
        read_only_root_filesystem: typing.Optional[builtins.bool] = None,
        run_as_group: typing.Optional[jsii.Number] = None,
        run_as_non_root: typing.Optional[builtins.bool] = None,
        run_as_user: typing.Optional[jsii.Number] = None,
        seccomp_profile: typing.Any = None,
        se_linux_options: typing.Any = None,
        windows_options: typing.Any = None,
    ) -> None:
        '''SecurityContext holds security configuration that will be applied to a container.

        Some fields are present in both SecurityContext and PodSecurityContext.  When both
        are set, the values in SecurityContext take precedence.

        :param allow_privilege_escalation: AllowPrivilegeEscalation controls whether a process can gain more privileges than its parent process. This bool directly controls if the no_new_privs flag will be set on the container process. AllowPrivilegeEscalation is true always when the container is: 1. run as Privileged 2. has CAP_SYS_ADMIN Note that this field cannot be set when spec.os.name is windows.
        :param capabilities: The capabilities to add/drop when running containers. Defaults to the default set of capabilities granted by the container runtime. Note that this field cannot be set when spec.os.name is windows. Default: the default set of capabilities granted by the container runtime.
        :param privileged: Run container in privileged mode. Processes in privileged containers are essentially equivalent to root on the host. Defaults to false. Note that this field cannot be set when spec.os.name is windows. Default: false.
        :param proc_mount: procMount denotes the type of proc mount to use for the containers. The default is DefaultProcMount which uses the container runtime defaults for readonly paths and masked paths. This requires the ProcMountType feature flag to be enabled. Note that this field cannot be set when spec.os.name is windows.
        :param read_only_root_filesystem: Whether this container has a read-only root filesystem. Default is false. Note that this field cannot be set when spec.os.name is windows. Default: false.
        :param run_as_group: The GID to run the entrypoint of the container process. Uses runtime default if unset. May also be set in PodSecurityContext. If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence. Note that this field cannot be set when spec.os.name is windows.
        :param run_as_non_root: Indicates that the container must run as a non-root user. If true, the Kubelet will validate the image at runtime to ensure that it does not run as UID 0 (root) and fail to start the container if it does. If unset or false, no such validation will be performed. May also be set in PodSecurityContext. If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
        :param run_as_user: The UID to run the entrypoint of the container process. Defaults to user specified in image metadata if unspecified. May also be set in PodSecurityContext. If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence. Note that this field cannot be set when spec.os.name is windows. Default: user specified in image metadata if unspecified.
        :param seccomp_profile: The seccomp options to use by this container. If seccomp options are provided at both the pod & container level, the container options override the pod options. Note that this field cannot be set when spec.os.name is windows.
        :param se_linux_options: The SELinux context to be applied to the container. If unspecified, the container runtime will allocate a random SELinux context for each container. May also be set in PodSecurityContext. If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence. Note that this field cannot be set when spec.os.name is windows.
        :param windows_options: The Windows specific settings applied to all containers. If unspecified, the options from the PodSecurityContext will be used. If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence. Note that this field cannot be set when spec.os.name is linux.

        :schema: RedisReplicationSpecSecurityContext
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__06d17b54bf94e9468efc888851302bfd8b5a2a727a9c7a314550f588dc63e5a7)
            check_type(argname="argument allow_privilege_escalation", value=allow_privilege_escalation, expected_type=type_hints["allow_privilege_escalation"])
            check_type(argname="argument capabilities", value=capabilities, expected_type=type_hints["capabilities"])
            check_type(argname="argument privileged", value=privileged, expected_type=type_hints["privileged"])
            check_type(argname="argument proc_mount", value=proc_mount, expected_type=type_hints["proc_mount"])
            check_type(argname="argument read_only_root_filesystem", value=read_only_root_filesystem, expected_type=type_hints["read_only_root_filesystem"])
            check_type(argname="argument run_as_group", value=run_as_group, expected_type=type_hints["run_as_group"])
            check_type(argname="argument run_as_non_root", value=run_as_non_root, expected_type=type_hints["run_as_non_root"])
            check_type(argname="argument run_as_user", value=run_as_user, expected_type=type_hints["run_as_user"])
            check_type(argname="argument seccomp_profile", value=seccomp_profile, expected_type=type_hints["seccomp_profile"])
            check_type(argname="argument se_linux_options", value=se_linux_options, expected_type=type_hints["se_linux_options"])
            check_type(argname="argument windows_options", value=windows_options, expected_type=type_hints["windows_options"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if allow_privilege_escalation is not None:
            self._values["allow_privilege_escalation"] = allow_privilege_escalation
        if capabilities is not None:
            self._values["capabilities"] = capabilities
        if privileged is not None:
            self._values["privileged"] = privileged
        if proc_mount is not None:
            self._values["proc_mount"] = proc_mount
        if read_only_root_filesystem is not None:
            self._values["read_only_root_filesystem"] = read_only_root_filesystem
        if run_as_group is not None:
            self._values["run_as_group"] = run_as_group
        if run_as_non_root is not None:
            self._values["run_as_non_root"] = run_as_non_root
        if run_as_user is not None:
            self._values["run_as_user"] = run_as_user
        if seccomp_profile is not None:
            self._values["seccomp_profile"] = seccomp_profile
        if se_linux_options is not None:
            self._values["se_linux_options"] = se_linux_options
        if windows_options is not None:
            self._values["windows_options"] = windows_options

    @builtins.property
    def allow_privilege_escalation(self) -> typing.Optional[builtins.bool]:
        '''AllowPrivilegeEscalation controls whether a process can gain more privileges than its parent process.

        This bool directly controls if
        the no_new_privs flag will be set on the container process.
        AllowPrivilegeEscalation is true always when the container is:

        1. run as Privileged
        2. has CAP_SYS_ADMIN
           Note that this field cannot be set when spec.os.name is windows.

        :schema: RedisReplicationSpecSecurityContext#allowPrivilegeEscalation
        '''
        result = self._values.get("allow_privilege_escalation")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def capabilities(self) -> typing.Any:
        '''The capabilities to add/drop when running containers.

        Defaults to the default set of capabilities granted by the container runtime.
        Note that this field cannot be set when spec.os.name is windows.

        :default: the default set of capabilities granted by the container runtime.

        :schema: RedisReplicationSpecSecurityContext#capabilities
        '''
        result = self._values.get("capabilities")
        return typing.cast(typing.Any, result)

    @builtins.property
    def privileged(self) -> typing.Optional[builtins.bool]:
        '''Run container in privileged mode.

        Processes in privileged containers are essentially equivalent to root on the host.
        Defaults to false.
        Note that this field cannot be set when spec.os.name is windows.

        :default: false.

        :schema: RedisReplicationSpecSecurityContext#privileged
        '''
        result = self._values.get("privileged")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def proc_mount(self) -> typing.Optional[builtins.str]:
        '''procMount denotes the type of proc mount to use for the containers.

        The default is DefaultProcMount which uses the container runtime defaults for
        readonly paths and masked paths.
        This requires the ProcMountType feature flag to be enabled.
        Note that this field cannot be set when spec.os.name is windows.

        :schema: RedisReplicationSpecSecurityContext#procMount
        '''
        result = self._values.get("proc_mount")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def read_only_root_filesystem(self) -> typing.Optional[builtins.bool]:
        '''Whether this container has a read-only root filesystem.

        Default is false.
        Note that this field cannot be set when spec.os.name is windows.

        :default: false.

        :schema: RedisReplicationSpecSecurityContext#readOnlyRootFilesystem
        '''
        result = self._values.get("read_only_root_filesystem")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def run_as_group(self) -> typing.Optional[jsii.Number]:
        '''The GID to run the entrypoint of the container process.

        Uses runtime default if unset.
        May also be set in PodSecurityContext.  If set in both SecurityContext and
        PodSecurityContext, the value specified in SecurityContext takes precedence.
        Note that this field cannot be set when spec.os.name is windows.

        :schema: RedisReplicationSpecSecurityContext#runAsGroup
        '''
        result = self._values.get("run_as_group")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def run_as_non_root(self) -> typing.Optional[builtins.bool]:
        '''Indicates that the container must run as a non-root user.

        If true, the Kubelet will validate the image at runtime to ensure that it
        does not run as UID 0 (root) and fail to start the container if it does.
        If unset or false, no such validation will be performed.
        May also be set in PodSecurityContext.  If set in both SecurityContext and
        PodSecurityContext, the value specified in SecurityContext takes precedence.

        :schema: RedisReplicationSpecSecurityContext#runAsNonRoot
        '''
        result = self._values.get("run_as_non_root")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def run_as_user(self) -> typing.Optional[jsii.Number]:
        '''The UID to run the entrypoint of the container process.

        Defaults to user specified in image metadata if unspecified.
        May also be set in PodSecurityContext.  If set in both SecurityContext and
        PodSecurityContext, the value specified in SecurityContext takes precedence.
        Note that this field cannot be set when spec.os.name is windows.

        :default: user specified in image metadata if unspecified.

        :schema: RedisReplicationSpecSecurityContext#runAsUser
        '''
        result = self._values.get("run_as_user")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def seccomp_profile(self) -> typing.Any:
        '''The seccomp options to use by this container.

        If seccomp options are
        provided at both the pod & container level, the container options
        override the pod options.
        Note that this field cannot be set when spec.os.name is windows.

        :schema: RedisReplicationSpecSecurityContext#seccompProfile
        '''
        result = self._values.get("seccomp_profile")
        return typing.cast(typing.Any, result)

    @builtins.property
    def se_linux_options(self) -> typing.Any:
        '''The SELinux context to be applied to the container.

        If unspecified, the container runtime will allocate a random SELinux context for each
        container.  May also be set in PodSecurityContext.  If set in both SecurityContext and
        PodSecurityContext, the value specified in SecurityContext takes precedence.
        Note that this field cannot be set when spec.os.name is windows.

        :schema: RedisReplicationSpecSecurityContext#seLinuxOptions
        '''
        result = self._values.get("se_linux_options")
        return typing.cast(typing.Any, result)

    @builtins.property
    def windows_options(self) -> typing.Any:
        '''The Windows specific settings applied to all containers.

        If unspecified, the options from the PodSecurityContext will be used.
        If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
        Note that this field cannot be set when spec.os.name is linux.

        :schema: RedisReplicationSpecSecurityContext#windowsOptions
        '''
        result = self._values.get("windows_options")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RedisReplicationSpecSecurityContext(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="redis_inopstreelabsredisredis.RedisReplicationSpecSentinel",
    jsii_struct_bases=[],
    name_mapping={
        "image": "image",
        "size": "size",
        "additional_sentinel_config": "additionalSentinelConfig",
        "affinity": "affinity",
        "announce_hostnames": "announceHostnames",
        "down_after_milliseconds": "downAfterMilliseconds",
        "failover_timeout": "failoverTimeout",
        "ignore_annotations": "ignoreAnnotations",
        "image_pull_policy": "imagePullPolicy",
        "image_pull_secrets": "imagePullSecrets",
        "min_ready_seconds": "minReadySeconds",
        "node_selector": "nodeSelector",
        "parallel_syncs": "parallelSyncs",
        "persistent_volume_claim_retention_policy": "persistentVolumeClaimRetentionPolicy",
        "pod_security_context": "podSecurityContext",
        "priority_class_name": "priorityClassName",
        "quorum": "quorum",
        "redis_secret": "redisSecret",
        "resolve_hostnames": "resolveHostnames",
        "resources": "resources",
        "security_context": "securityContext",
        "service": "service",
        "service_account_name": "serviceAccountName",
        "termination_grace_period_seconds": "terminationGracePeriodSeconds",
        "tolerations": "tolerations",
        "topology_spread_constraints": "topologySpreadConstraints",
        "update_strategy": "updateStrategy",
    },
)
class RedisReplicationSpecSentinel:
    def __init__(
        self,
        *,
        image: builtins.str,
        size: jsii.Number,
        additional_sentinel_config: typing.Optional[builtins.str] = None,
        affinity: typing.Any = None,
        announce_hostnames: typing.Optional[builtins.str] = None,
        down_after_milliseconds: typing.Optional[builtins.str] = None,
        failover_timeout: typing.Optional[builtins.str] = None,
        ignore_annotations: typing.Optional[typing.Sequence[builtins.str]] = None,
        image_pull_policy: typing.Optional[builtins.str] = None,
        image_pull_secrets: typing.Optional[typing.Sequence[typing.Any]] = None,
        min_ready_seconds: typing.Optional[jsii.Number] = None,
        node_selector: typing.Any = None,
        parallel_syncs: typing.Optional[builtins.str] = None,
        persistent_volume_claim_retention_policy: typing.Any = None,
        pod_security_context: typing.Any = None,
        priority_class_name: typing.Optional[builtins.str] = None,
        quorum: typing.Optional[builtins.str] = None,
        redis_secret: typing.Any = None,
        resolve_hostnames: typing.Optional[builtins.str] = None,
        resources: typing.Any = None,
        security_context: typing.Any = None,
        service: typing.Any = None,
        service_account_name: typing.Optional[builtins.str] = None,
        termination_grace_period_seconds: typing.Optional[jsii.Number] = None,
        tolerations: typing.Optional[typing.Sequence[typing.Any]] = None,
        topology_spread_constraints: typing.Optional[typing.Sequence[typing.Any]] = None,
        update_strategy: typing.Any = None,
    ) -> None:
        '''
        :param image: 
        :param size: 
        :param additional_sentinel_config: 
        :param affinity: Affinity is a group of affinity scheduling rules.
        :param announce_hostnames: 
        :param down_after_milliseconds: 
        :param failover_timeout: 
        :param ignore_annotations: 
        :param image_pull_policy: PullPolicy describes a policy for if/when to pull a container image.
        :param image_pull_secrets: 
        :param min_ready_seconds: 
        :param node_selector: 
        :param parallel_syncs: 
        :param persistent_volume_claim_retention_policy: StatefulSetPersistentVolumeClaimRetentionPolicy describes the policy used for PVCs created from the StatefulSet VolumeClaimTemplates.
        :param pod_security_context: PodSecurityContext holds pod-level security attributes and common container settings. Some fields are also present in container.securityContext. Field values of container.securityContext take precedence over field values of PodSecurityContext.
        :param priority_class_name: 
        :param quorum: 
        :param redis_secret: ExistingPasswordSecret is the struct to access the existing secret.
        :param resolve_hostnames: 
        :param resources: ResourceRequirements describes the compute resource requirements.
        :param security_context: SecurityContext holds security configuration that will be applied to a container. Some fields are present in both SecurityContext and PodSecurityContext. When both are set, the values in SecurityContext take precedence.
        :param service: ServiceConfig define the type of service to be created and its annotations.
        :param service_account_name: 
        :param termination_grace_period_seconds: 
        :param tolerations: 
        :param topology_spread_constraints: 
        :param update_strategy: StatefulSetUpdateStrategy indicates the strategy that the StatefulSet controller will use to perform updates. It includes any additional parameters necessary to perform the update for the indicated strategy.

        :schema: RedisReplicationSpecSentinel
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__53142d54435f88abd48590f3cc04ec5f43a45e057af88b63df7f01ed41b525b1)
            check_type(argname="argument image", value=image, expected_type=type_hints["image"])
            check_type(argname="argument size", value=size, expected_type=type_hints["size"])
            check_type(argname="argument additional_sentinel_config", value=additional_sentinel_config, expected_type=type_hints["additional_sentinel_config"])
            check_type(argname="argument affinity", value=affinity, expected_type=type_hints["affinity"])
            check_type(argname="argument announce_hostnames", value=announce_hostnames, expected_type=type_hints["announce_hostnames"])
            check_type(argname="argument down_after_milliseconds", value=down_after_milliseconds, expected_type=type_hints["down_after_milliseconds"])
            check_type(argname="argument failover_timeout", value=failover_timeout, expected_type=type_hints["failover_timeout"])
            check_type(argname="argument ignore_annotations", value=ignore_annotations, expected_type=type_hints["ignore_annotations"])
            check_type(argname="argument image_pull_policy", value=image_pull_policy, expected_type=type_hints["image_pull_policy"])
            check_type(argname="argument image_pull_secrets", value=image_pull_secrets, expected_type=type_hints["image_pull_secrets"])
            check_type(argname="argument min_ready_seconds", value=min_ready_seconds, expected_type=type_hints["min_ready_seconds"])
            check_type(argname="argument node_selector", value=node_selector, expected_type=type_hints["node_selector"])
            check_type(argname="argument parallel_syncs", value=parallel_syncs, expected_type=type_hints["parallel_syncs"])
            check_type(argname="argument persistent_volume_claim_retention_policy", value=persistent_volume_claim_retention_policy, expected_type=type_hints["persistent_volume_claim_retention_policy"])
            check_type(argname="argument pod_security_context", value=pod_security_context, expected_type=type_hints["pod_security_context"])
            check_type(argname="argument priority_class_name", value=priority_class_name, expected_type=type_hints["priority_class_name"])
            check_type(argname="argument quorum", value=quorum, expected_type=type_hints["quorum"])
            check_type(argname="argument redis_secret", value=redis_secret, expected_type=type_hints["redis_secret"])
            check_type(argname="argument resolve_hostnames", value=resolve_hostnames, expected_type=type_hints["resolve_hostnames"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
            check_type(argname="argument security_context", value=security_context, expected_type=type_hints["security_context"])
            check_type(argname="argument service", value=service, expected_type=type_hints["service"])
            check_type(argname="argument service_account_name", value=service_account_name, expected_type=type_hints["service_account_name"])
            check_type(argname="argument termination_grace_period_seconds", value=termination_grace_period_seconds, expected_type=type_hints["termination_grace_period_seconds"])
            check_type(argname="argument tolerations", value=tolerations, expected_type=type_hints["tolerations"])
            check_type(argname="argument topology_spread_constraints", value=topology_spread_constraints, expected_type=type_hints["topology_spread_constraints"])
            check_type(argname="argument update_strategy", value=update_strategy, expected_type=type_hints["update_strategy"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "image": image,
            "size": size,
        }
        if additional_sentinel_config is not None:
            self._values["additional_sentinel_config"] = additional_sentinel_config
        if affinity is not None:
            self._values["affinity"] = affinity
        if announce_hostnames is not None:
            self._values["announce_hostnames"] = announce_hostnames
        if down_after_milliseconds is not None:
            self._values["down_after_milliseconds"] = down_after_milliseconds
        if failover_timeout is not None:
            self._values["failover_timeout"] = failover_timeout
        if ignore_annotations is not None:
            self._values["ignore_annotations"] = ignore_annotations
        if image_pull_policy is not None:
            self._values["image_pull_policy"] = image_pull_policy
        if image_pull_secrets is not None:
            self._values["image_pull_secrets"] = image_pull_secrets
        if min_ready_seconds is not None:
            self._values["min_ready_seconds"] = min_ready_seconds
        if node_selector is not None:
            self._values["node_selector"] = node_selector
        if parallel_syncs is not None:
            self._values["parallel_syncs"] = parallel_syncs
        if persistent_volume_claim_retention_policy is not None:
            self._values["persistent_volume_claim_retention_policy"] = persistent_volume_claim_retention_policy
        if pod_security_context is not None:
            self._values["pod_security_context"] = pod_security_context
        if priority_class_name is not None:
            self._values["priority_class_name"] = priority_class_name
        if quorum is not None:
            self._values["quorum"] = quorum
        if redis_secret is not None:
            self._values["redis_secret"] = redis_secret
        if resolve_hostnames is not None:
            self._values["resolve_hostnames"] = resolve_hostnames
        if resources is not None:
            self._values["resources"] = resources
        if security_context is not None:
            self._values["security_context"] = security_context
        if service is not None:
            self._values["service"] = service
        if service_account_name is not None:
            self._values["service_account_name"] = service_account_name
        if termination_grace_period_seconds is not None:
            self._values["termination_grace_period_seconds"] = termination_grace_period_seconds
        if tolerations is not None:
            self._values["tolerations"] = tolerations
        if topology_spread_constraints is not None:
            self._values["topology_spread_constraints"] = topology_spread_constraints
        if update_strategy is not None:
            self._values["update_strategy"] = update_strategy

    @builtins.property
    def image(self) -> builtins.str:
        '''
        :schema: RedisReplicationSpecSentinel#image
        '''
        result = self._values.get("image")
        assert result is not None, "Required property 'image' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def size(self) -> jsii.Number:
        '''
        :schema: RedisReplicationSpecSentinel#size
        '''
        result = self._values.get("size")
        assert result is not None, "Required property 'size' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def additional_sentinel_config(self) -> typing.Optional[builtins.str]:
        '''
        :schema: RedisReplicationSpecSentinel#additionalSentinelConfig
        '''
        result = self._values.get("additional_sentinel_config")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def affinity(self) -> typing.Any:
        '''Affinity is a group of affinity scheduling rules.

        :schema: RedisReplicationSpecSentinel#affinity
        '''
        result = self._values.get("affinity")
        return typing.cast(typing.Any, result)

    @builtins.property
    def announce_hostnames(self) -> typing.Optional[builtins.str]:
        '''
        :schema: RedisReplicationSpecSentinel#announceHostnames
        '''
        result = self._values.get("announce_hostnames")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def down_after_milliseconds(self) -> typing.Optional[builtins.str]:
        '''
        :schema: RedisReplicationSpecSentinel#downAfterMilliseconds
        '''
        result = self._values.get("down_after_milliseconds")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def failover_timeout(self) -> typing.Optional[builtins.str]:
        '''
        :schema: RedisReplicationSpecSentinel#failoverTimeout
        '''
        result = self._values.get("failover_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ignore_annotations(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: RedisReplicationSpecSentinel#ignoreAnnotations
        '''
        result = self._values.get("ignore_annotations")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def image_pull_policy(self) -> typing.Optional[builtins.str]:
        '''PullPolicy describes a policy for if/when to pull a container image.

        :schema: RedisReplicationSpecSentinel#imagePullPolicy
        '''
        result = self._values.get("image_pull_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_pull_secrets(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: RedisReplicationSpecSentinel#imagePullSecrets
        '''
        result = self._values.get("image_pull_secrets")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def min_ready_seconds(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: RedisReplicationSpecSentinel#minReadySeconds
        '''
        result = self._values.get("min_ready_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def node_selector(self) -> typing.Any:
        '''
        :schema: RedisReplicationSpecSentinel#nodeSelector
        '''
        result = self._values.get("node_selector")
        return typing.cast(typing.Any, result)

    @builtins.property
    def parallel_syncs(self) -> typing.Optional[builtins.str]:
        '''
        :schema: RedisReplicationSpecSentinel#parallelSyncs
        '''
        result = self._values.get("parallel_syncs")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def persistent_volume_claim_retention_policy(self) -> typing.Any:
        '''StatefulSetPersistentVolumeClaimRetentionPolicy describes the policy used for PVCs created from the StatefulSet VolumeClaimTemplates.

        :schema: RedisReplicationSpecSentinel#persistentVolumeClaimRetentionPolicy
        '''
        result = self._values.get("persistent_volume_claim_retention_policy")
        return typing.cast(typing.Any, result)

    @builtins.property
    def pod_security_context(self) -> typing.Any:
        '''PodSecurityContext holds pod-level security attributes and common container settings.

        Some fields are also present in container.securityContext.  Field values of
        container.securityContext take precedence over field values of PodSecurityContext.

        :schema: RedisReplicationSpecSentinel#podSecurityContext
        '''
        result = self._values.get("pod_security_context")
        return typing.cast(typing.Any, result)

    @builtins.property
    def priority_class_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: RedisReplicationSpecSentinel#priorityClassName
        '''
        result = self._values.get("priority_class_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def quorum(self) -> typing.Optional[builtins.str]:
        '''
        :schema: RedisReplicationSpecSentinel#quorum
        '''
        result = self._values.get("quorum")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def redis_secret(self) -> typing.Any:
        '''ExistingPasswordSecret is the struct to access the existing secret.

        :schema: RedisReplicationSpecSentinel#redisSecret
        '''
        result = self._values.get("redis_secret")
        return typing.cast(typing.Any, result)

    @builtins.property
    def resolve_hostnames(self) -> typing.Optional[builtins.str]:
        '''
        :schema: RedisReplicationSpecSentinel#resolveHostnames
        '''
        result = self._values.get("resolve_hostnames")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def resources(self) -> typing.Any:
        '''ResourceRequirements describes the compute resource requirements.

        :schema: RedisReplicationSpecSentinel#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Any, result)

    @builtins.property
    def security_context(self) -> typing.Any:
        '''SecurityContext holds security configuration that will be applied to a container.

        Some fields are present in both SecurityContext and PodSecurityContext.  When both
        are set, the values in SecurityContext take precedence.

        :schema: RedisReplicationSpecSentinel#securityContext
        '''
        result = self._values.get("security_context")
        return typing.cast(typing.Any, result)

    @builtins.property
    def service(self) -> typing.Any:
        '''ServiceConfig define the type of service to be created and its annotations.

        :schema: RedisReplicationSpecSentinel#service
        '''
        result = self._values.get("service")
        return typing.cast(typing.Any, result)

    @builtins.property
    def service_account_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: RedisReplicationSpecSentinel#serviceAccountName
        '''
        result = self._values.get("service_account_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def termination_grace_period_seconds(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: RedisReplicationSpecSentinel#terminationGracePeriodSeconds
        '''
        result = self._values.get("termination_grace_period_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def tolerations(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: RedisReplicationSpecSentinel#tolerations
        '''
        result = self._values.get("tolerations")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def topology_spread_constraints(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: RedisReplicationSpecSentinel#topologySpreadConstraints
        '''
        result = self._values.get("topology_spread_constraints")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def update_strategy(self) -> typing.Any:
        '''StatefulSetUpdateStrategy indicates the strategy that the StatefulSet controller will use to perform updates.

        It includes any additional parameters
        necessary to perform the update for the indicated strategy.

        :schema: RedisReplicationSpecSentinel#updateStrategy
        '''
        result = self._values.get("update_strategy")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RedisReplicationSpecSentinel(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="redis_inopstreelabsredisredis.RedisReplicationSpecSidecars",
    jsii_struct_bases=[],
    name_mapping={
        "image": "image",
        "name": "name",
        "command": "command",
        "env": "env",
        "image_pull_policy": "imagePullPolicy",
        "mount_path": "mountPath",
        "ports": "ports",
        "resources": "resources",
        "security_context": "securityContext",
    },
)
class RedisReplicationSpecSidecars:
    def __init__(
        self,
        *,
        image: builtins.str,
        name: builtins.str,
        command: typing.Optional[typing.Sequence[builtins.str]] = None,
        env: typing.Optional[typing.Sequence[typing.Any]] = None,
        image_pull_policy: typing.Optional[builtins.str] = None,
        mount_path: typing.Optional[typing.Sequence[typing.Any]] = None,
        ports: typing.Optional[typing.Sequence[typing.Any]] = None,
        resources: typing.Any = None,
        security_context: typing.Any = None,
    ) -> None:
        '''Sidecar for each Redis pods.

        :param image: 
        :param name: 
        :param command: 
        :param env: 
        :param image_pull_policy: PullPolicy describes a policy for if/when to pull a container image.
        :param mount_path: 
        :param ports: 
        :param resources: ResourceRequirements describes the compute resource requirements.
        :param security_context: SecurityContext holds security configuration that will be applied to a container. Some fields are present in both SecurityContext and PodSecurityContext. When both are set, the values in SecurityContext take precedence.

        :schema: RedisReplicationSpecSidecars
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ab801164e1aa023e590c5406dc953f3d7ad9e965c0b11af519bd843bb772ef6d)
            check_type(argname="argument image", value=image, expected_type=type_hints["image"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument command", value=command, expected_type=type_hints["command"])
            check_type(argname="argument env", value=env, expected_type=type_hints["env"])
            check_type(argname="argument image_pull_policy", value=image_pull_policy, expected_type=type_hints["image_pull_policy"])
            check_type(argname="argument mount_path", value=mount_path, expected_type=type_hints["mount_path"])
            check_type(argname="argument ports", value=ports, expected_type=type_hints["ports"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
            check_type(argname="argument security_context", value=security_context, expected_type=type_hints["security_context"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "image": image,
            "name": name,
        }
        if command is not None:
            self._values["command"] = command
        if env is not None:
            self._values["env"] = env
        if image_pull_policy is not None:
            self._values["image_pull_policy"] = image_pull_policy
        if mount_path is not None:
            self._values["mount_path"] = mount_path
        if ports is not None:
            self._values["ports"] = ports
        if resources is not None:
            self._values["resources"] = resources
        if security_context is not None:
            self._values["security_context"] = security_context

    @builtins.property
    def image(self) -> builtins.str:
        '''
        :schema: RedisReplicationSpecSidecars#image
        '''
        result = self._values.get("image")
        assert result is not None, "Required property 'image' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: RedisReplicationSpecSidecars#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def command(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: RedisReplicationSpecSidecars#command
        '''
        result = self._values.get("command")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def env(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: RedisReplicationSpecSidecars#env
        '''
        result = self._values.get("env")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def image_pull_policy(self) -> typing.Optional[builtins.str]:
        '''PullPolicy describes a policy for if/when to pull a container image.

        :schema: RedisReplicationSpecSidecars#imagePullPolicy
        '''
        result = self._values.get("image_pull_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def mount_path(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: RedisReplicationSpecSidecars#mountPath
        '''
        result = self._values.get("mount_path")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def ports(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: RedisReplicationSpecSidecars#ports
        '''
        result = self._values.get("ports")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def resources(self) -> typing.Any:
        '''ResourceRequirements describes the compute resource requirements.

        :schema: RedisReplicationSpecSidecars#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Any, result)

    @builtins.property
    def security_context(self) -> typing.Any:
        '''SecurityContext holds security configuration that will be applied to a container.

        Some fields are present in both SecurityContext and PodSecurityContext.  When both
        are set, the values in SecurityContext take precedence.

        :schema: RedisReplicationSpecSidecars#securityContext
        '''
        result = self._values.get("security_context")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RedisReplicationSpecSidecars(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="redis_inopstreelabsredisredis.RedisReplicationSpecStorage",
    jsii_struct_bases=[],
    name_mapping={
        "keep_after_delete": "keepAfterDelete",
        "volume_claim_template": "volumeClaimTemplate",
        "volume_mount": "volumeMount",
    },
)
class RedisReplicationSpecStorage:
    def __init__(
        self,
        *,
        keep_after_delete: typing.Optional[builtins.bool] = None,
        volume_claim_template: typing.Any = None,
        volume_mount: typing.Any = None,
    ) -> None:
        '''Storage is the interface to add pvc and pv support in redis.

        :param keep_after_delete: 
        :param volume_claim_template: PersistentVolumeClaim is a user's request for and claim to a persistent volume.
        :param volume_mount: Additional Volume is provided by user that is mounted on the pods.

        :schema: RedisReplicationSpecStorage
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__814a2bd11d556c0e58af1bbbf4dc28cf2f1d6ad6dd74345c99dcfca56493f0ee)
            check_type(argname="argument keep_after_delete", value=keep_after_delete, expected_type=type_hints["keep_after_delete"])
            check_type(argname="argument volume_claim_template", value=volume_claim_template, expected_type=type_hints["volume_claim_template"])
            check_type(argname="argument volume_mount", value=volume_mount, expected_type=type_hints["volume_mount"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if keep_after_delete is not None:
            self._values["keep_after_delete"] = keep_after_delete
        if volume_claim_template is not None:
            self._values["volume_claim_template"] = volume_claim_template
        if volume_mount is not None:
            self._values["volume_mount"] = volume_mount

    @builtins.property
    def keep_after_delete(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: RedisReplicationSpecStorage#keepAfterDelete
        '''
        result = self._values.get("keep_after_delete")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def volume_claim_template(self) -> typing.Any:
        '''PersistentVolumeClaim is a user's request for and claim to a persistent volume.

        :schema: RedisReplicationSpecStorage#volumeClaimTemplate
        '''
        result = self._values.get("volume_claim_template")
        return typing.cast(typing.Any, result)

    @builtins.property
    def volume_mount(self) -> typing.Any:
        '''Additional Volume is provided by user that is mounted on the pods.

        :schema: RedisReplicationSpecStorage#volumeMount
        '''
        result = self._values.get("volume_mount")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RedisReplicationSpecStorage(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="redis_inopstreelabsredisredis.RedisReplicationSpecTls",
    jsii_struct_bases=[],
    name_mapping={"secret": "secret", "ca": "ca", "cert": "cert", "key": "key"},
)
class RedisReplicationSpecTls:
    def __init__(
        self,
        *,
        secret: typing.Any,
        ca: typing.Optional[builtins.str] = None,
        cert: typing.Optional[builtins.str] = None,
        key: typing.Optional[builtins.str] = None,
    ) -> None:
        '''TLS Configuration for redis instances.

        :param secret: Reference to secret which contains the certificates.
        :param ca: 
        :param cert: 
        :param key: 

        :schema: RedisReplicationSpecTls
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a12525a50e84292bcbde44aa8bd9e0d43cfba1d020f62e2cbc7180677d3e712c)
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
            check_type(argname="argument ca", value=ca, expected_type=type_hints["ca"])
            check_type(argname="argument cert", value=cert, expected_type=type_hints["cert"])
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "secret": secret,
        }
        if ca is not None:
            self._values["ca"] = ca
        if cert is not None:
            self._values["cert"] = cert
        if key is not None:
            self._values["key"] = key

    @builtins.property
    def secret(self) -> typing.Any:
        '''Reference to secret which contains the certificates.

        :schema: RedisReplicationSpecTls#secret
        '''
        result = self._values.get("secret")
        assert result is not None, "Required property 'secret' is missing"
        return typing.cast(typing.Any, result)

    @builtins.property
    def ca(self) -> typing.Optional[builtins.str]:
        '''
        :schema: RedisReplicationSpecTls#ca
        '''
        result = self._values.get("ca")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cert(self) -> typing.Optional[builtins.str]:
        '''
        :schema: RedisReplicationSpecTls#cert
        '''
        result = self._values.get("cert")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: RedisReplicationSpecTls#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RedisReplicationSpecTls(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="redis_inopstreelabsredisredis.RedisReplicationSpecTolerations",
    jsii_struct_bases=[],
    name_mapping={
        "effect": "effect",
        "key": "key",
        "operator": "operator",
        "toleration_seconds": "tolerationSeconds",
        "value": "value",
    },
)
class RedisReplicationSpecTolerations:
    def __init__(
        self,
        *,
        effect: typing.Optional[builtins.str] = None,
        key: typing.Optional[builtins.str] = None,
        operator: typing.Optional[builtins.str] = None,
        toleration_seconds: typing.Optional[jsii.Number] = None,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The pod this Toleration is attached to tolerates any taint that matches the triple <key,value,effect> using the matching operator .

        :param effect: Effect indicates the taint effect to match. Empty means match all taint effects. When specified, allowed values are NoSchedule, PreferNoSchedule and NoExecute.
        :param key: Key is the taint key that the toleration applies to. Empty means match all taint keys. If the key is empty, operator must be Exists; this combination means to match all values and all keys.
        :param operator: Operator represents a key's relationship to the value. Valid operators are Exists and Equal. Defaults to Equal. Exists is equivalent to wildcard for value, so that a pod can tolerate all taints of a particular category. Default: Equal.
        :param toleration_seconds: TolerationSeconds represents the period of time the toleration (which must be of effect NoExecute, otherwise this field is ignored) tolerates the taint. By default, it is not set, which means tolerate the taint forever (do not evict). Zero and negative values will be treated as 0 (evict immediately) by the system.
        :param value: Value is the taint value the toleration matches to. If the operator is Exists, the value should be empty, otherwise just a regular string.

        :schema: RedisReplicationSpecTolerations
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__28c7a7df0e45e3b5075b6326b85d36f99a4bbaacdcb2f9d47f3ae57e590bca15)
            check_type(argname="argument effect", value=effect, expected_type=type_hints["effect"])
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument toleration_seconds", value=toleration_seconds, expected_type=type_hints["toleration_seconds"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if effect is not None:
            self._values["effect"] = effect
        if key is not None:
            self._values["key"] = key
        if operator is not None:
            self._values["operator"] = operator
        if toleration_seconds is not None:
            self._values["toleration_seconds"] = toleration_seconds
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def effect(self) -> typing.Optional[builtins.str]:
        '''Effect indicates the taint effect to match.

        Empty means match all taint effects.
        When specified, allowed values are NoSchedule, PreferNoSchedule and NoExecute.

        :schema: RedisReplicationSpecTolerations#effect
        '''
        result = self._values.get("effect")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''Key is the taint key that the toleration applies to.

        Empty means match all taint keys.
        If the key is empty, operator must be Exists; this combination means to match all values and all keys.

        :schema: RedisReplicationSpecTolerations#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def operator(self) -> typing.Optional[builtins.str]:
        '''Operator represents a key's relationship to the value.

        Valid operators are Exists and Equal. Defaults to Equal.
        Exists is equivalent to wildcard for value, so that a pod can
        tolerate all taints of a particular category.

        :default: Equal.

        :schema: RedisReplicationSpecTolerations#operator
        '''
        result = self._values.get("operator")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def toleration_seconds(self) -> typing.Optional[jsii.Number]:
        '''TolerationSeconds represents the period of time the toleration (which must be of effect NoExecute, otherwise this field is ignored) tolerates the taint.

        By default,
        it is not set, which means tolerate the taint forever (do not evict). Zero and
        negative values will be treated as 0 (evict immediately) by the system.

        :schema: RedisReplicationSpecTolerations#tolerationSeconds
        '''
        result = self._values.get("toleration_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''Value is the taint value the toleration matches to.

        If the operator is Exists, the value should be empty, otherwise just a regular string.

        :schema: RedisReplicationSpecTolerations#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RedisReplicationSpecTolerations(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="redis_inopstreelabsredisredis.RedisReplicationSpecTopologySpreadConstraints",
    jsii_struct_bases=[],
    name_mapping={
        "max_skew": "maxSkew",
        "topology_key": "topologyKey",
        "when_unsatisfiable": "whenUnsatisfiable",
        "label_selector": "labelSelector",
        "match_label_keys": "matchLabelKeys",
        "min_domains": "minDomains",
        "node_affinity_policy": "nodeAffinityPolicy",
        "node_taints_policy": "nodeTaintsPolicy",
    },
)
class RedisReplicationSpecTopologySpreadConstraints:
    def __init__(
        self,
        *,
        max_skew: jsii.Number,
        topology_key: builtins.str,
        when_unsatisfiable: builtins.str,
        label_selector: typing.Any = None,
        match_label_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
        min_domains: typing.Optional[jsii.Number] = None,
        node_affinity_policy: typing.Optional[builtins.str] = None,
        node_taints_policy: typing.Optional[builtins.str] = None,
    ) -> None:
        '''TopologySpreadConstraint specifies how to spread matching pods among the given topology.

        :param max_skew: MaxSkew describes the degree to which pods may be unevenly distributed. When ``whenUnsatisfiable=DoNotSchedule``, it is the maximum permitted difference between the number of matching pods in the target topology and the global minimum. The global minimum is the minimum number of matching pods in an eligible domain or zero if the number of eligible domains is less than MinDomains. For example, in a 3-zone cluster, MaxSkew is set to 1, and pods with the same labelSelector spread as 2/2/1: In this case, the global minimum is 1. | zone1 | zone2 | zone3 | | P P | P P | P | - if MaxSkew is 1, incoming pod can only be scheduled to zone3 to become 2/2/2; scheduling it onto zone1(zone2) would make the ActualSkew(3-1) on zone1(zone2) violate MaxSkew(1). - if MaxSkew is 2, incoming pod can be scheduled onto any zone. When ``whenUnsatisfiable=ScheduleAnyway``, it is used to give higher precedence to topologies that satisfy it. It's a required field. Default value is 1 and 0 is not allowed.
        :param topology_key: TopologyKey is the key of node labels. Nodes that have a label with this key and identical values are considered to be in the same topology. We consider each <key, value> as a "bucket", and try to put balanced number of pods into each bucket. We define a domain as a particular instance of a topology. Also, we define an eligible domain as a domain whose nodes meet the requirements of nodeAffinityPolicy and nodeTaintsPolicy. e.g. If TopologyKey is "kubernetes.io/hostname", each Node is a domain of that topology. And, if TopologyKey is "topology.kubernetes.io/zone", each zone is a domain of that topology. It's a required field.
        :param when_unsatisfiable: WhenUnsatisfiable indicates how to deal with a pod if it doesn't satisfy the spread constraint. - DoNotSchedule (default) tells the scheduler not to schedule it. - ScheduleAnyway tells the scheduler to schedule the pod in any location, but giving higher precedence to topologies that would help reduce the skew. A constraint is considered "Unsatisfiable" for an incoming pod if and only if every possible node assignment for that pod would violate "MaxSkew" on some topology. For example, in a 3-zone cluster, MaxSkew is set to 1, and pods with the same labelSelector spread as 3/1/1: | zone1 | zone2 | zone3 | | P P P | P | P | If WhenUnsatisfiable is set to DoNotSchedule, incoming pod can only be scheduled to zone2(zone3) to become 3/2/1(3/1/2) as ActualSkew(2-1) on zone2(zone3) satisfies MaxSkew(1). In other words, the cluster can still be imbalanced, but scheduler won't make it *more* imbalanced. It's a required field.
        :param label_selector: LabelSelector is used to find matching pods. Pods that match this label selector are counted to determine the number of pods in their corresponding topology domain.
        :param match_label_keys: MatchLabelKeys is a set of pod label keys to select the pods over which spreading will be calculated. The keys are used to lookup values from the incoming pod labels, those key-value labels are ANDed with labelSelector to select the group of existing pods over which spreading will be calculated for the incoming pod. The same key is forbidden to exist in both MatchLabelKeys and LabelSelector. MatchLabelKeys cannot be set when LabelSelector isn't set. Keys that don't exist in the incoming pod labels will be ignored. A null or empty list means only match against labelSelector. This is a beta field and requires the MatchLabelKeysInPodTopologySpread feature gate to be enabled (enabled by default).
        :param min_domains: MinDomains indicates a minimum number of eligible domains. When the number of eligible domains with matching topology keys is less than minDomains, Pod Topology Spread treats "global minimum" as 0, and then the calculation of Skew is performed. And when the number of eligible domains with matching topology keys equals or greater than minDomains, this value has no effect on scheduling. As a result, when the number of eligible domains is less than minDomains, scheduler won't schedule more than maxSkew Pods to those domains. If value is nil, the constraint behaves as if MinDomains is equal to 1. Valid values are integers greater than 0. When value is not nil, WhenUnsatisfiable must be DoNotSchedule. For example, in a 3-zone cluster, MaxSkew is set to 2, MinDomains is set to 5 and pods with the same labelSelector spread as 2/2/2: | zone1 | zone2 | zone3 | | P P | P P | P P | The number of domains is less than 5(MinDomains), so "global minimum" is treated as 0. In this situation, new pod with the same labelSelector cannot be scheduled, because computed skew will be 3(3 - 0) if new Pod is scheduled to any of the three zones, it will violate MaxSkew. This is a beta field and requires the MinDomainsInPodTopologySpread feature gate to be enabled (enabled by default).
        :param node_affinity_policy: NodeAffinityPolicy indicates how we will treat Pod's nodeAffinity/nodeSelector when calculating pod topology spread skew. Options are: - Honor: only nodes matching nodeAffinity/nodeSelector are included in the calculations. - Ignore: nodeAffinity/nodeSelector are ignored. All nodes are included in the calculations. If this value is nil, the behavior is equivalent to the Honor policy. This is a beta-level feature default enabled by the NodeInclusionPolicyInPodTopologySpread feature flag.
        :param node_taints_policy: NodeTaintsPolicy indicates how we will treat node taints when calculating pod topology spread skew. Options are: - Honor: nodes without taints, along with tainted nodes for which the incoming pod has a toleration, are included. - Ignore: node taints are ignored. All nodes are included. If this value is nil, the behavior is equivalent to the Ignore policy. This is a beta-level feature default enabled by the NodeInclusionPolicyInPodTopologySpread feature flag.

        :schema: RedisReplicationSpecTopologySpreadConstraints
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1036e5fe29745839c1ccfccab1ff716d49741874d624cae8879b2c73470e3007)
            check_type(argname="argument max_skew", value=max_skew, expected_type=type_hints["max_skew"])
            check_type(argname="argument topology_key", value=topology_key, expected_type=type_hints["topology_key"])
            check_type(argname="argument when_unsatisfiable", value=when_unsatisfiable, expected_type=type_hints["when_unsatisfiable"])
            check_type(argname="argument label_selector", value=label_selector, expected_type=type_hints["label_selector"])
            check_type(argname="argument match_label_keys", value=match_label_keys, expected_type=type_hints["match_label_keys"])
            check_type(argname="argument min_domains", value=min_domains, expected_type=type_hints["min_domains"])
            check_type(argname="argument node_affinity_policy", value=node_affinity_policy, expected_type=type_hints["node_affinity_policy"])
            check_type(argname="argument node_taints_policy", value=node_taints_policy, expected_type=type_hints["node_taints_policy"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "max_skew": max_skew,
            "topology_key": topology_key,
            "when_unsatisfiable": when_unsatisfiable,
        }
        if label_selector is not None:
            self._values["label_selector"] = label_selector
        if match_label_keys is not None:
            self._values["match_label_keys"] = match_label_keys
        if min_domains is not None:
            self._values["min_domains"] = min_domains
        if node_affinity_policy is not None:
            self._values["node_affinity_policy"] = node_affinity_policy
        if node_taints_policy is not None:
            self._values["node_taints_policy"] = node_taints_policy

    @builtins.property
    def max_skew(self) -> jsii.Number:
        '''MaxSkew describes the degree to which pods may be unevenly distributed.

        When ``whenUnsatisfiable=DoNotSchedule``, it is the maximum permitted difference
        between the number of matching pods in the target topology and the global minimum.
        The global minimum is the minimum number of matching pods in an eligible domain
        or zero if the number of eligible domains is less than MinDomains.
        For example, in a 3-zone cluster, MaxSkew is set to 1, and pods with the same
        labelSelector spread as 2/2/1:
        In this case, the global minimum is 1.
        | zone1 | zone2 | zone3 |
        |  P P  |  P P  |   P   |

        - if MaxSkew is 1, incoming pod can only be scheduled to zone3 to become 2/2/2;
          scheduling it onto zone1(zone2) would make the ActualSkew(3-1) on zone1(zone2)
          violate MaxSkew(1).
        - if MaxSkew is 2, incoming pod can be scheduled onto any zone.
          When ``whenUnsatisfiable=ScheduleAnyway``, it is used to give higher precedence
          to topologies that satisfy it.
          It's a required field. Default value is 1 and 0 is not allowed.

        :schema: RedisReplicationSpecTopologySpreadConstraints#maxSkew
        '''
        result = self._values.get("max_skew")
        assert result is not None, "Required property 'max_skew' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def topology_key(self) -> builtins.str:
        '''TopologyKey is the key of node labels.

        Nodes that have a label with this key
        and identical values are considered to be in the same topology.
        We consider each <key, value> as a "bucket", and try to put balanced number
        of pods into each bucket.
        We define a domain as a particular instance of a topology.
        Also, we define an eligible domain as a domain whose nodes meet the requirements of
        nodeAffinityPolicy and nodeTaintsPolicy.
        e.g. If TopologyKey is "kubernetes.io/hostname", each Node is a domain of that topology.
        And, if TopologyKey is "topology.kubernetes.io/zone", each zone is a domain of that topology.
        It's a required field.

        :schema: RedisReplicationSpecTopologySpreadConstraints#topologyKey
        '''
        result = self._values.get("topology_key")
        assert result is not None, "Required property 'topology_key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def when_unsatisfiable(self) -> builtins.str:
        '''WhenUnsatisfiable indicates how to deal with a pod if it doesn't satisfy the spread constraint.

        - DoNotSchedule (default) tells the scheduler not to schedule it.
        - ScheduleAnyway tells the scheduler to schedule the pod in any location,
          but giving higher precedence to topologies that would help reduce the
          skew.
          A constraint is considered "Unsatisfiable" for an incoming pod
          if and only if every possible node assignment for that pod would violate
          "MaxSkew" on some topology.
          For example, in a 3-zone cluster, MaxSkew is set to 1, and pods with the same
          labelSelector spread as 3/1/1:
          | zone1 | zone2 | zone3 |
          | P P P |   P   |   P   |
          If WhenUnsatisfiable is set to DoNotSchedule, incoming pod can only be scheduled
          to zone2(zone3) to become 3/2/1(3/1/2) as ActualSkew(2-1) on zone2(zone3) satisfies
          MaxSkew(1). In other words, the cluster can still be imbalanced, but scheduler
          won't make it *more* imbalanced.
          It's a required field.

        :schema: RedisReplicationSpecTopologySpreadConstraints#whenUnsatisfiable
        '''
        result = self._values.get("when_unsatisfiable")
        assert result is not None, "Required property 'when_unsatisfiable' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def label_selector(self) -> typing.Any:
        '''LabelSelector is used to find matching pods.

        Pods that match this label selector are counted to determine the number of pods
        in their corresponding topology domain.

        :schema: RedisReplicationSpecTopologySpreadConstraints#labelSelector
        '''
        result = self._values.get("label_selector")
        return typing.cast(typing.Any, result)

    @builtins.property
    def match_label_keys(self) -> typing.Optional[typing.List[builtins.str]]:
        '''MatchLabelKeys is a set of pod label keys to select the pods over which spreading will be calculated.

        The keys are used to lookup values from the
        incoming pod labels, those key-value labels are ANDed with labelSelector
        to select the group of existing pods over which spreading will be calculated
        for the incoming pod. The same key is forbidden to exist in both MatchLabelKeys and LabelSelector.
        MatchLabelKeys cannot be set when LabelSelector isn't set.
        Keys that don't exist in the incoming pod labels will
        be ignored. A null or empty list means only match against labelSelector.

        This is a beta field and requires the MatchLabelKeysInPodTopologySpread feature gate to be enabled (enabled by default).

        :schema: RedisReplicationSpecTopologySpreadConstraints#matchLabelKeys
        '''
        result = self._values.get("match_label_keys")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def min_domains(self) -> typing.Optional[jsii.Number]:
        '''MinDomains indicates a minimum number of eligible domains.

        When the number of eligible domains with matching topology keys is less than minDomains,
        Pod Topology Spread treats "global minimum" as 0, and then the calculation of Skew is performed.
        And when the number of eligible domains with matching topology keys equals or greater than minDomains,
        this value has no effect on scheduling.
        As a result, when the number of eligible domains is less than minDomains,
        scheduler won't schedule more than maxSkew Pods to those domains.
        If value is nil, the constraint behaves as if MinDomains is equal to 1.
        Valid values are integers greater than 0.
        When value is not nil, WhenUnsatisfiable must be DoNotSchedule.

        For example, in a 3-zone cluster, MaxSkew is set to 2, MinDomains is set to 5 and pods with the same
        labelSelector spread as 2/2/2:
        | zone1 | zone2 | zone3 |
        |  P P  |  P P  |  P P  |
        The number of domains is less than 5(MinDomains), so "global minimum" is treated as 0.
        In this situation, new pod with the same labelSelector cannot be scheduled,
        because computed skew will be 3(3 - 0) if new Pod is scheduled to any of the three zones,
        it will violate MaxSkew.

        This is a beta field and requires the MinDomainsInPodTopologySpread feature gate to be enabled (enabled by default).

        :schema: RedisReplicationSpecTopologySpreadConstraints#minDomains
        '''
        result = self._values.get("min_domains")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def node_affinity_policy(self) -> typing.Optional[builtins.str]:
        '''NodeAffinityPolicy indicates how we will treat Pod's nodeAffinity/nodeSelector when calculating pod topology spread skew.

        Options are:

        - Honor: only nodes matching nodeAffinity/nodeSelector are included in the calculations.
        - Ignore: nodeAffinity/nodeSelector are ignored. All nodes are included in the calculations.

        If this value is nil, the behavior is equivalent to the Honor policy.
        This is a beta-level feature default enabled by the NodeInclusionPolicyInPodTopologySpread feature flag.

        :schema: RedisReplicationSpecTopologySpreadConstraints#nodeAffinityPolicy
        '''
        result = self._values.get("node_affinity_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def node_taints_policy(self) -> typing.Optional[builtins.str]:
        '''NodeTaintsPolicy indicates how we will treat node taints when calculating pod topology spread skew.

        Options are:

        - Honor: nodes without taints, along with tainted nodes for which the incoming pod
          has a toleration, are included.
        - Ignore: node taints are ignored. All nodes are included.

        If this value is nil, the behavior is equivalent to the Ignore policy.
        This is a beta-level feature default enabled by the NodeInclusionPolicyInPodTopologySpread feature flag.

        :schema: RedisReplicationSpecTopologySpreadConstraints#nodeTaintsPolicy
        '''
        result = self._values.get("node_taints_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RedisReplicationSpecTopologySpreadConstraints(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class RedisSentinel(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="redis_inopstreelabsredisredis.RedisSentinel",
):
    '''Redis is the Schema for the redis API.

    :schema: RedisSentinel
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["RedisSentinelSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "RedisSentinel" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: 
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6af6ea84804dd6d803dcf090d5990173cae73e45965ae82994e5ede16c54cb99)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = RedisSentinelProps(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["RedisSentinelSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "RedisSentinel".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: 
        :param metadata: 
        '''
        props = RedisSentinelProps(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "RedisSentinel".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="redis_inopstreelabsredisredis.RedisSentinelProps",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class RedisSentinelProps:
    def __init__(
        self,
        *,
        spec: typing.Union["RedisSentinelSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Redis is the Schema for the redis API.

        :param spec: 
        :param metadata: 

        :schema: RedisSentinel
        '''
        if isinstance(spec, dict):
            spec = RedisSentinelSpec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ad8163b8008ef3e2bd3a73536a319b5ddcffc182cb0ebddffa0dc1932ce85f6f)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "RedisSentinelSpec":
        '''
        :schema: RedisSentinel#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("RedisSentinelSpec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: RedisSentinel#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RedisSentinelProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="redis_inopstreelabsredisredis.RedisSentinelSpec",
    jsii_struct_bases=[],
    name_mapping={
        "cluster_size": "clusterSize",
        "kubernetes_config": "kubernetesConfig",
        "affinity": "affinity",
        "env": "env",
        "host_port": "hostPort",
        "init_container": "initContainer",
        "liveness_probe": "livenessProbe",
        "node_selector": "nodeSelector",
        "pdb": "pdb",
        "pod_management_policy": "podManagementPolicy",
        "pod_security_context": "podSecurityContext",
        "priority_class_name": "priorityClassName",
        "readiness_probe": "readinessProbe",
        "redis_exporter": "redisExporter",
        "redis_sentinel_config": "redisSentinelConfig",
        "security_context": "securityContext",
        "service_account_name": "serviceAccountName",
        "sidecars": "sidecars",
        "termination_grace_period_seconds": "terminationGracePeriodSeconds",
        "tls": "tls",
        "tolerations": "tolerations",
        "topology_spread_constraints": "topologySpreadConstraints",
        "volume_mount": "volumeMount",
    },
)
class RedisSentinelSpec:
    def __init__(
        self,
        *,
        cluster_size: jsii.Number,
        kubernetes_config: typing.Union["RedisSentinelSpecKubernetesConfig", typing.Dict[builtins.str, typing.Any]],
        affinity: typing.Optional[typing.Union["RedisSentinelSpecAffinity", typing.Dict[builtins.str, typing.Any]]] = None,
        env: typing.Optional[typing.Sequence[typing.Union["RedisSentinelSpecEnv", typing.Dict[builtins.str, typing.Any]]]] = None,
        host_port: typing.Optional[jsii.Number] = None,
        init_container: typing.Optional[typing.Union["RedisSentinelSpecInitContainer", typing.Dict[builtins.str, typing.Any]]] = None,
        liveness_probe: typing.Optional[typing.Union["RedisSentinelSpecLivenessProbe", typing.Dict[builtins.str, typing.Any]]] = None,
        node_selector: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        pdb: typing.Optional[typing.Union["RedisSentinelSpecPdb", typing.Dict[builtins.str, typing.Any]]] = None,
        pod_management_policy: typing.Optional["RedisSentinelSpecPodManagementPolicy"] = None,
        pod_security_context: typing.Optional[typing.Union["RedisSentinelSpecPodSecurityContext", typing.Dict[builtins.str, typing.Any]]] = None,
        priority_class_name: typing.Optional[builtins.str] = None,
        readiness_probe: typing.Optional[typing.Union["RedisSentinelSpecReadinessProbe", typing.Dict[builtins.str, typing.Any]]] = None,
        redis_exporter: typing.Optional[typing.Union["RedisSentinelSpecRedisExporter", typing.Dict[builtins.str, typing.Any]]] = None,
        redis_sentinel_config: typing.Optional[typing.Union["RedisSentinelSpecRedisSentinelConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        security_context: typing.Optional[typing.Union["RedisSentinelSpecSecurityContext", typing.Dict[builtins.str, typing.Any]]] = None,
        service_account_name: typing.Optional[builtins.str] = None,
        sidecars: typing.Optional[typing.Sequence[typing.Union["RedisSentinelSpecSidecars", typing.Dict[builtins.str, typing.Any]]]] = None,
        termination_grace_period_seconds: typing.Optional[jsii.Number] = None,
        tls: typing.Optional[typing.Union["RedisSentinelSpecTls", typing.Dict[builtins.str, typing.Any]]] = None,
        tolerations: typing.Optional[typing.Sequence[typing.Union["RedisSentinelSpecTolerations", typing.Dict[builtins.str, typing.Any]]]] = None,
        topology_spread_constraints: typing.Optional[typing.Sequence[typing.Union["RedisSentinelSpecTopologySpreadConstraints", typing.Dict[builtins.str, typing.Any]]]] = None,
        volume_mount: typing.Optional[typing.Union["RedisSentinelSpecVolumeMount", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param cluster_size: 
        :param kubernetes_config: KubernetesConfig will be the JSON struct for Basic Redis Config.
        :param affinity: Affinity is a group of affinity scheduling rules.
        :param env: 
        :param host_port: 
        :param init_container: InitContainer for each Redis pods.
        :param liveness_probe: Probe describes a health check to be performed against a container to determine whether it is alive or ready to receive traffic.
        :param node_selector: 
        :param pdb: RedisPodDisruptionBudget configure a PodDisruptionBudget on the resource (leader/follower).
        :param pod_management_policy: PodManagementPolicy controls how pods are created during initial scale up, when replacing pods on nodes, or when scaling down. This field is immutable on an existing StatefulSet; changing it for a running cluster requires recreating the StatefulSet (e.g. via the redis.opstreelabs.in/recreate-statefulset annotation), otherwise the change is ignored.
        :param pod_security_context: PodSecurityContext holds pod-level security attributes and common container settings. Some fields are also present in container.securityContext. Field values of container.securityContext take precedence over field values of PodSecurityContext.
        :param priority_class_name: 
        :param readiness_probe: Probe describes a health check to be performed against a container to determine whether it is alive or ready to receive traffic.
        :param redis_exporter: RedisExporter interface will have the information for redis exporter related stuff.
        :param redis_sentinel_config: 
        :param security_context: SecurityContext holds security configuration that will be applied to a container. Some fields are present in both SecurityContext and PodSecurityContext. When both are set, the values in SecurityContext take precedence.
        :param service_account_name: 
        :param sidecars: 
        :param termination_grace_period_seconds: 
        :param tls: TLS Configuration for redis instances.
        :param tolerations: 
        :param topology_spread_constraints: 
        :param volume_mount: Additional Volume is provided by user that is mounted on the pods.

        :schema: RedisSentinelSpec
        '''
        if isinstance(kubernetes_config, dict):
            kubernetes_config = RedisSentinelSpecKubernetesConfig(**kubernetes_config)
        if isinstance(affinity, dict):
            affinity = RedisSentinelSpecAffinity(**affinity)
        if isinstance(init_container, dict):
            init_container = RedisSentinelSpecInitContainer(**init_container)
        if isinstance(liveness_probe, dict):
            liveness_probe = RedisSentinelSpecLivenessProbe(**liveness_probe)
        if isinstance(pdb, dict):
            pdb = RedisSentinelSpecPdb(**pdb)
        if isinstance(pod_security_context, dict):
            pod_security_context = RedisSentinelSpecPodSecurityContext(**pod_security_context)
        if isinstance(readiness_probe, dict):
            readiness_probe = RedisSentinelSpecReadinessProbe(**readiness_probe)
        if isinstance(redis_exporter, dict):
            redis_exporter = RedisSentinelSpecRedisExporter(**redis_exporter)
        if isinstance(redis_sentinel_config, dict):
            redis_sentinel_config = RedisSentinelSpecRedisSentinelConfig(**redis_sentinel_config)
        if isinstance(security_context, dict):
            security_context = RedisSentinelSpecSecurityContext(**security_context)
        if isinstance(tls, dict):
            tls = RedisSentinelSpecTls(**tls)
        if isinstance(volume_mount, dict):
            volume_mount = RedisSentinelSpecVolumeMount(**volume_mount)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f235f50173cf5c1b567671b5640dcfc6af3ed0c9525be66ae7b9c2f8b437994a)
            check_type(argname="argument cluster_size", value=cluster_size, expected_type=type_hints["cluster_size"])
            check_type(argname="argument kubernetes_config", value=kubernetes_config, expected_type=type_hints["kubernetes_config"])
            check_type(argname="argument affinity", value=affinity, expected_type=type_hints["affinity"])
            check_type(argname="argument env", value=env, expected_type=type_hints["env"])
            check_type(argname="argument host_port", value=host_port, expected_type=type_hints["host_port"])
            check_type(argname="argument init_container", value=init_container, expected_type=type_hints["init_container"])
            check_type(argname="argument liveness_probe", value=liveness_probe, expected_type=type_hints["liveness_probe"])
            check_type(argname="argument node_selector", value=node_selector, expected_type=type_hints["node_selector"])
            check_type(argname="argument pdb", value=pdb, expected_type=type_hints["pdb"])
            check_type(argname="argument pod_management_policy", value=pod_management_policy, expected_type=type_hints["pod_management_policy"])
            check_type(argname="argument pod_security_context", value=pod_security_context, expected_type=type_hints["pod_security_context"])
            check_type(argname="argument priority_class_name", value=priority_class_name, expected_type=type_hints["priority_class_name"])
            check_type(argname="argument readiness_probe", value=readiness_probe, expected_type=type_hints["readiness_probe"])
            check_type(argname="argument redis_exporter", value=redis_exporter, expected_type=type_hints["redis_exporter"])
            check_type(argname="argument redis_sentinel_config", value=redis_sentinel_config, expected_type=type_hints["redis_sentinel_config"])
            check_type(argname="argument security_context", value=security_context, expected_type=type_hints["security_context"])
            check_type(argname="argument service_account_name", value=service_account_name, expected_type=type_hints["service_account_name"])
            check_type(argname="argument sidecars", value=sidecars, expected_type=type_hints["sidecars"])
            check_type(argname="argument termination_grace_period_seconds", value=termination_grace_period_seconds, expected_type=type_hints["termination_grace_period_seconds"])
            check_type(argname="argument tls", value=tls, expected_type=type_hints["tls"])
            check_type(argname="argument tolerations", value=tolerations, expected_type=type_hints["tolerations"])
            check_type(argname="argument topology_spread_constraints", value=topology_spread_constraints, expected_type=type_hints["topology_spread_constraints"])
            check_type(argname="argument volume_mount", value=volume_mount, expected_type=type_hints["volume_mount"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "cluster_size": cluster_size,
            "kubernetes_config": kubernetes_config,
        }
        if affinity is not None:
            self._values["affinity"] = affinity
        if env is not None:
            self._values["env"] = env
        if host_port is not None:
            self._values["host_port"] = host_port
        if init_container is not None:
            self._values["init_container"] = init_container
        if liveness_probe is not None:
            self._values["liveness_probe"] = liveness_probe
        if node_selector is not None:
            self._values["node_selector"] = node_selector
        if pdb is not None:
            self._values["pdb"] = pdb
        if pod_management_policy is not None:
            self._values["pod_management_policy"] = pod_management_policy
        if pod_security_context is not None:
            self._values["pod_security_context"] = pod_security_context
        if priority_class_name is not None:
            self._values["priority_class_name"] = priority_class_name
        if readiness_probe is not None:
            self._values["readiness_probe"] = readiness_probe
        if redis_exporter is not None:
            self._values["redis_exporter"] = redis_exporter
        if redis_sentinel_config is not None:
            self._values["redis_sentinel_config"] = redis_sentinel_config
        if security_context is not None:
            self._values["security_context"] = security_context
        if service_account_name is not None:
            self._values["service_account_name"] = service_account_name
        if sidecars is not None:
            self._values["sidecars"] = sidecars
        if termination_grace_period_seconds is not None:
            self._values["termination_grace_period_seconds"] = termination_grace_period_seconds
        if tls is not None:
            self._values["tls"] = tls
        if tolerations is not None:
            self._values["tolerations"] = tolerations
        if topology_spread_constraints is not None:
            self._values["topology_spread_constraints"] = topology_spread_constraints
        if volume_mount is not None:
            self._values["volume_mount"] = volume_mount

    @builtins.property
    def cluster_size(self) -> jsii.Number:
        '''
        :schema: RedisSentinelSpec#clusterSize
        '''
        result = self._values.get("cluster_size")
        assert result is not None, "Required property 'cluster_size' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def kubernetes_config(self) -> "RedisSentinelSpecKubernetesConfig":
        '''KubernetesConfig will be the JSON struct for Basic Redis Config.

        :schema: RedisSentinelSpec#kubernetesConfig
        '''
        result = self._values.get("kubernetes_config")
        assert result is not None, "Required property 'kubernetes_config' is missing"
        return typing.cast("RedisSentinelSpecKubernetesConfig", result)

    @builtins.property
    def affinity(self) -> typing.Optional["RedisSentinelSpecAffinity"]:
        '''Affinity is a group of affinity scheduling rules.

        :schema: RedisSentinelSpec#affinity
        '''
        result = self._values.get("affinity")
        return typing.cast(typing.Optional["RedisSentinelSpecAffinity"], result)

    @builtins.property
    def env(self) -> typing.Optional[typing.List["RedisSentinelSpecEnv"]]:
        '''
        :schema: RedisSentinelSpec#env
        '''
        result = self._values.get("env")
        return typing.cast(typing.Optional[typing.List["RedisSentinelSpecEnv"]], result)

    @builtins.property
    def host_port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: RedisSentinelSpec#hostPort
        '''
        result = self._values.get("host_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def init_container(self) -> typing.Optional["RedisSentinelSpecInitContainer"]:
        '''InitContainer for each Redis pods.

        :schema: RedisSentinelSpec#initContainer
        '''
        result = self._values.get("init_container")
        return typing.cast(typing.Optional["RedisSentinelSpecInitContainer"], result)

    @builtins.property
    def liveness_probe(self) -> typing.Optional["RedisSentinelSpecLivenessProbe"]:
        '''Probe describes a health check to be performed against a container to determine whether it is alive or ready to receive traffic.

        :schema: RedisSentinelSpec#livenessProbe
        '''
        result = self._values.get("liveness_probe")
        return typing.cast(typing.Optional["RedisSentinelSpecLivenessProbe"], result)

    @builtins.property
    def node_selector(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: RedisSentinelSpec#nodeSelector
        '''
        result = self._values.get("node_selector")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def pdb(self) -> typing.Optional["RedisSentinelSpecPdb"]:
        '''RedisPodDisruptionBudget configure a PodDisruptionBudget on the resource (leader/follower).

        :schema: RedisSentinelSpec#pdb
        '''
        result = self._values.get("pdb")
        return typing.cast(typing.Optional["RedisSentinelSpecPdb"], result)

    @builtins.property
    def pod_management_policy(
        self,
    ) -> typing.Optional["RedisSentinelSpecPodManagementPolicy"]:
        '''PodManagementPolicy controls how pods are created during initial scale up, when replacing pods on nodes, or when scaling down.

        This field is immutable
        on an existing StatefulSet; changing it for a running cluster requires
        recreating the StatefulSet (e.g. via the
        redis.opstreelabs.in/recreate-statefulset annotation), otherwise the change
        is ignored.

        :schema: RedisSentinelSpec#podManagementPolicy
        '''
        result = self._values.get("pod_management_policy")
        return typing.cast(typing.Optional["RedisSentinelSpecPodManagementPolicy"], result)

    @builtins.property
    def pod_security_context(
        self,
    ) -> typing.Optional["RedisSentinelSpecPodSecurityContext"]:
        '''PodSecurityContext holds pod-level security attributes and common container settings.

        Some fields are also present in container.securityContext.  Field values of
        container.securityContext take precedence over field values of PodSecurityContext.

        :schema: RedisSentinelSpec#podSecurityContext
        '''
        result = self._values.get("pod_security_context")
        return typing.cast(typing.Optional["RedisSentinelSpecPodSecurityContext"], result)

    @builtins.property
    def priority_class_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: RedisSentinelSpec#priorityClassName
        '''
        result = self._values.get("priority_class_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def readiness_probe(self) -> typing.Optional["RedisSentinelSpecReadinessProbe"]:
        '''Probe describes a health check to be performed against a container to determine whether it is alive or ready to receive traffic.

        :schema: RedisSentinelSpec#readinessProbe
        '''
        result = self._values.get("readiness_probe")
        return typing.cast(typing.Optional["RedisSentinelSpecReadinessProbe"], result)

    @builtins.property
    def redis_exporter(self) -> typing.Optional["RedisSentinelSpecRedisExporter"]:
        '''RedisExporter interface will have the information for redis exporter related stuff.

        :schema: RedisSentinelSpec#redisExporter
        '''
        result = self._values.get("redis_exporter")
        return typing.cast(typing.Optional["RedisSentinelSpecRedisExporter"], result)

    @builtins.property
    def redis_sentinel_config(
        self,
    ) -> typing.Optional["RedisSentinelSpecRedisSentinelConfig"]:
        '''
        :schema: RedisSentinelSpec#redisSentinelConfig
        '''
        result = self._values.get("redis_sentinel_config")
        return typing.cast(typing.Optional["RedisSentinelSpecRedisSentinelConfig"], result)

    @builtins.property
    def security_context(self) -> typing.Optional["RedisSentinelSpecSecurityContext"]:
        '''SecurityContext holds security configuration that will be applied to a container.

        Some fields are present in both SecurityContext and PodSecurityContext.  When both
        are set, the values in SecurityContext take precedence.

        :schema: RedisSentinelSpec#securityContext
        '''
        result = self._values.get("security_context")
        return typing.cast(typing.Optional["RedisSentinelSpecSecurityContext"], result)

    @builtins.property
    def service_account_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: RedisSentinelSpec#serviceAccountName
        '''
        result = self._values.get("service_account_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sidecars(self) -> typing.Optional[typing.List["RedisSentinelSpecSidecars"]]:
        '''
        :schema: RedisSentinelSpec#sidecars
        '''
        result = self._values.get("sidecars")
        return typing.cast(typing.Optional[typing.List["RedisSentinelSpecSidecars"]], result)

    @builtins.property
    def termination_grace_period_seconds(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: RedisSentinelSpec#terminationGracePeriodSeconds
        '''
        result = self._values.get("termination_grace_period_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def tls(self) -> typing.Optional["RedisSentinelSpecTls"]:
        '''TLS Configuration for redis instances.

        :schema: RedisSentinelSpec#TLS
        '''
        result = self._values.get("tls")
        return typing.cast(typing.Optional["RedisSentinelSpecTls"], result)

    @builtins.property
    def tolerations(
        self,
    ) -> typing.Optional[typing.List["RedisSentinelSpecTolerations"]]:
        '''
        :schema: RedisSentinelSpec#tolerations
        '''
        result = self._values.get("tolerations")
        return typing.cast(typing.Optional[typing.List["RedisSentinelSpecTolerations"]], result)

    @builtins.property
    def topology_spread_constraints(
        self,
    ) -> typing.Optional[typing.List["RedisSentinelSpecTopologySpreadConstraints"]]:
        '''
        :schema: RedisSentinelSpec#topologySpreadConstraints
        '''
        result = self._values.get("topology_spread_constraints")
        return typing.cast(typing.Optional[typing.List["RedisSentinelSpecTopologySpreadConstraints"]], result)

    @builtins.property
    def volume_mount(self) -> typing.Optional["RedisSentinelSpecVolumeMount"]:
        '''Additional Volume is provided by user that is mounted on the pods.

        :schema: RedisSentinelSpec#volumeMount
        '''
        result = self._values.get("volume_mount")
        return typing.cast(typing.Optional["RedisSentinelSpecVolumeMount"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RedisSentinelSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="redis_inopstreelabsredisredis.RedisSentinelSpecAffinity",
    jsii_struct_bases=[],
    name_mapping={
        "node_affinity": "nodeAffinity",
        "pod_affinity": "podAffinity",
        "pod_anti_affinity": "podAntiAffinity",
    },
)
class RedisSentinelSpecAffinity:
    def __init__(
        self,
        *,
        node_affinity: typing.Any = None,
        pod_affinity: typing.Any = None,
        pod_anti_affinity: typing.Any = None,
    ) -> None:
        '''Affinity is a group of affinity scheduling rules.

        :param node_affinity: Describes node affinity scheduling rules for the pod.
        :param pod_affinity: Describes pod affinity scheduling rules (e.g. co-locate this pod in the same node, zone, etc. as some other pod(s)).
        :param pod_anti_affinity: Describes pod anti-affinity scheduling rules (e.g. avoid putting this pod in the same node, zone, etc. as some other pod(s)).

        :schema: RedisSentinelSpecAffinity
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__19076add7dfe26a8b2793779587854defb5d819e07a98ec0a1eed2818a6b5aa7)
            check_type(argname="argument node_affinity", value=node_affinity, expected_type=type_hints["node_affinity"])
            check_type(argname="argument pod_affinity", value=pod_affinity, expected_type=type_hints["pod_affinity"])
            check_type(argname="argument pod_anti_affinity", value=pod_anti_affinity, expected_type=type_hints["pod_anti_affinity"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if node_affinity is not None:
            self._values["node_affinity"] = node_affinity
        if pod_affinity is not None:
            self._values["pod_affinity"] = pod_affinity
        if pod_anti_affinity is not None:
            self._values["pod_anti_affinity"] = pod_anti_affinity

    @builtins.property
    def node_affinity(self) -> typing.Any:
        '''Describes node affinity scheduling rules for the pod.

        :schema: RedisSentinelSpecAffinity#nodeAffinity
        '''
        result = self._values.get("node_affinity")
        return typing.cast(typing.Any, result)

    @builtins.property
    def pod_affinity(self) -> typing.Any:
        '''Describes pod affinity scheduling rules (e.g. co-locate this pod in the same node, zone, etc. as some other pod(s)).

        :schema: RedisSentinelSpecAffinity#podAffinity
        '''
        result = self._values.get("pod_affinity")
        return typing.cast(typing.Any, result)

    @builtins.property
    def pod_anti_affinity(self) -> typing.Any:
        '''Describes pod anti-affinity scheduling rules (e.g. avoid putting this pod in the same node, zone, etc. as some other pod(s)).

        :schema: RedisSentinelSpecAffinity#podAntiAffinity
        '''
        result = self._values.get("pod_anti_affinity")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RedisSentinelSpecAffinity(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="redis_inopstreelabsredisredis.RedisSentinelSpecEnv",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value", "value_from": "valueFrom"},
)
class RedisSentinelSpecEnv:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Optional[builtins.str] = None,
        value_from: typing.Any = None,
    ) -> None:
        '''EnvVar represents an environment variable present in a Container.

        :param name: Name of the environment variable. Must be a C_IDENTIFIER.
        :param value: Variable references $(VAR_NAME) are expanded using the previously defined environment variables in the container and any service environment variables. If a variable cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless of whether the variable exists or not. Defaults to "". Default: .
        :param value_from: Source for the environment variable's value. Cannot be used if value is not empty.

        :schema: RedisSentinelSpecEnv
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0bba06cb2c4f33cb1c12a4b221837c1880ef6a421b4169e57ab25a1c387019f1)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
            check_type(argname="argument value_from", value=value_from, expected_type=type_hints["value_from"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if value is not None:
            self._values["value"] = value
        if value_from is not None:
            self._values["value_from"] = value_from

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the environment variable.

        Must be a C_IDENTIFIER.

        :schema: RedisSentinelSpecEnv#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''Variable references $(VAR_NAME) are expanded using the previously defined environment variables in the container and any service environment variables.

        If a variable cannot be resolved,
        the reference in the input string will be unchanged. Double $$ are reduced
        to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e.
        "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)".
        Escaped references will never be expanded, regardless of whether the variable
        exists or not.
        Defaults to "".

        :default: .

        :schema: RedisSentinelSpecEnv#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value_from(self) -> typing.Any:
        '''Source for the environment variable's value.

        Cannot be used if value is not empty.

        :schema: RedisSentinelSpecEnv#valueFrom
        '''
        result = self._values.get("value_from")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RedisSentinelSpecEnv(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="redis_inopstreelabsredisredis.RedisSentinelSpecInitContainer",
    jsii_struct_bases=[],
    name_mapping={
        "image": "image",
        "args": "args",
        "command": "command",
        "enabled": "enabled",
        "env": "env",
        "image_pull_policy": "imagePullPolicy",
        "resources": "resources",
        "security_context": "securityContext",
    },
)
class RedisSentinelSpecInitContainer:
    def __init__(
        self,
        *,
        image: builtins.str,
        args: typing.Optional[typing.Sequence[builtins.str]] = None,
        command: typing.Optional[typing.Sequence[builtins.str]] = None,
        enabled: typing.Optional[builtins.bool] = None,
        env: typing.Optional[typing.Sequence[typing.Any]] = None,
        image_pull_policy: typing.Optional[builtins.str] = None,
        resources: typing.Any = None,
        security_context: typing.Any = None,
    ) -> None:
        '''InitContainer for each Redis pods.

        :param image: 
        :param args: 
        :param command: 
        :param enabled: 
        :param env: 
        :param image_pull_policy: PullPolicy describes a policy for if/when to pull a container image.
        :param resources: ResourceRequirements describes the compute resource requirements.
        :param security_context: SecurityContext holds security configuration that will be applied to a container. Some fields are present in both SecurityContext and PodSecurityContext. When both are set, the values in SecurityContext take precedence.

        :schema: RedisSentinelSpecInitContainer
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__58fe2368aff9ddc1907a4a037f7ad45a7e3c9eb2dd4b03040fd4219c009fad9b)
            check_type(argname="argument image", value=image, expected_type=type_hints["image"])
            check_type(argname="argument args", value=args, expected_type=type_hints["args"])
            check_type(argname="argument command", value=command, expected_type=type_hints["command"])
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
            check_type(argname="argument env", value=env, expected_type=type_hints["env"])
            check_type(argname="argument image_pull_policy", value=image_pull_policy, expected_type=type_hints["image_pull_policy"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
            check_type(argname="argument security_context", value=security_context, expected_type=type_hints["security_context"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "image": image,
        }
        if args is not None:
            self._values["args"] = args
        if command is not None:
            self._values["command"] = command
        if enabled is not None:
            self._values["enabled"] = enabled
        if env is not None:
            self._values["env"] = env
        if image_pull_policy is not None:
            self._values["image_pull_policy"] = image_pull_policy
        if resources is not None:
            self._values["resources"] = resources
        if security_context is not None:
            self._values["security_context"] = security_context

    @builtins.property
    def image(self) -> builtins.str:
        '''
        :schema: RedisSentinelSpecInitContainer#image
        '''
        result = self._values.get("image")
        assert result is not None, "Required property 'image' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def args(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: RedisSentinelSpecInitContainer#args
        '''
        result = self._values.get("args")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def command(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: RedisSentinelSpecInitContainer#command
        '''
        result = self._values.get("command")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: RedisSentinelSpecInitContainer#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def env(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: RedisSentinelSpecInitContainer#env
        '''
        result = self._values.get("env")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def image_pull_policy(self) -> typing.Optional[builtins.str]:
        '''PullPolicy describes a policy for if/when to pull a container image.

        :schema: RedisSentinelSpecInitContainer#imagePullPolicy
        '''
        result = self._values.get("image_pull_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def resources(self) -> typing.Any:
        '''ResourceRequirements describes the compute resource requirements.

        :schema: RedisSentinelSpecInitContainer#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Any, result)

    @builtins.property
    def security_context(self) -> typing.Any:
        '''SecurityContext holds security configuration that will be applied to a container.

        Some fields are present in both SecurityContext and PodSecurityContext.  When both
        are set, the values in SecurityContext take precedence.

        :schema: RedisSentinelSpecInitContainer#securityContext
        '''
        result = self._values.get("security_context")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RedisSentinelSpecInitContainer(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="redis_inopstreelabsredisredis.RedisSentinelSpecKubernetesConfig",
    jsii_struct_bases=[],
    name_mapping={
        "image": "image",
        "ignore_annotations": "ignoreAnnotations",
        "image_pull_policy": "imagePullPolicy",
        "image_pull_secrets": "imagePullSecrets",
        "min_ready_seconds": "minReadySeconds",
        "persistent_volume_claim_retention_policy": "persistentVolumeClaimRetentionPolicy",
        "redis_secret": "redisSecret",
        "resources": "resources",
        "service": "service",
        "update_strategy": "updateStrategy",
    },
)
class RedisSentinelSpecKubernetesConfig:
    def __init__(
        self,
        *,
        image: builtins.str,
        ignore_annotations: typing.Optional[typing.Sequence[builtins.str]] = None,
        image_pull_policy: typing.Optional[builtins.str] = None,
        image_pull_secrets: typing.Optional[typing.Sequence[typing.Any]] = None,
        min_ready_seconds: typing.Optional[jsii.Number] = None,
        persistent_volume_claim_retention_policy: typing.Any = None,
        redis_secret: typing.Any = None,
        resources: typing.Any = None,
        service: typing.Any = None,
        update_strategy: typing.Any = None,
    ) -> None:
        '''KubernetesConfig will be the JSON struct for Basic Redis Config.

        :param image: 
        :param ignore_annotations: 
        :param image_pull_policy: PullPolicy describes a policy for if/when to pull a container image.
        :param image_pull_secrets: 
        :param min_ready_seconds: 
        :param persistent_volume_claim_retention_policy: StatefulSetPersistentVolumeClaimRetentionPolicy describes the policy used for PVCs created from the StatefulSet VolumeClaimTemplates.
        :param redis_secret: ExistingPasswordSecret is the struct to access the existing secret.
        :param resources: ResourceRequirements describes the compute resource requirements.
        :param service: ServiceConfig define the type of service to be created and its annotations.
        :param update_strategy: StatefulSetUpdateStrategy indicates the strategy that the StatefulSet controller will use to perform updates. It includes any additional parameters necessary to perform the update for the indicated strategy.

        :schema: RedisSentinelSpecKubernetesConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__08942358317a63fce0d47264e9b76e30554bd89172d759bf4bde8df594096f32)
            check_type(argname="argument image", value=image, expected_type=type_hints["image"])
            check_type(argname="argument ignore_annotations", value=ignore_annotations, expected_type=type_hints["ignore_annotations"])
            check_type(argname="argument image_pull_policy", value=image_pull_policy, expected_type=type_hints["image_pull_policy"])
            check_type(argname="argument image_pull_secrets", value=image_pull_secrets, expected_type=type_hints["image_pull_secrets"])
            check_type(argname="argument min_ready_seconds", value=min_ready_seconds, expected_type=type_hints["min_ready_seconds"])
            check_type(argname="argument persistent_volume_claim_retention_policy", value=persistent_volume_claim_retention_policy, expected_type=type_hints["persistent_volume_claim_retention_policy"])
            check_type(argname="argument redis_secret", value=redis_secret, expected_type=type_hints["redis_secret"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
            check_type(argname="argument service", value=service, expected_type=type_hints["service"])
            check_type(argname="argument update_strategy", value=update_strategy, expected_type=type_hints["update_strategy"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "image": image,
        }
        if ignore_annotations is not None:
            self._values["ignore_annotations"] = ignore_annotations
        if image_pull_policy is not None:
            self._values["image_pull_policy"] = image_pull_policy
        if image_pull_secrets is not None:
            self._values["image_pull_secrets"] = image_pull_secrets
        if min_ready_seconds is not None:
            self._values["min_ready_seconds"] = min_ready_seconds
        if persistent_volume_claim_retention_policy is not None:
            self._values["persistent_volume_claim_retention_policy"] = persistent_volume_claim_retention_policy
        if redis_secret is not None:
            self._values["redis_secret"] = redis_secret
        if resources is not None:
            self._values["resources"] = resources
        if service is not None:
            self._values["service"] = service
        if update_strategy is not None:
            self._values["update_strategy"] = update_strategy

    @builtins.property
    def image(self) -> builtins.str:
        '''
        :schema: RedisSentinelSpecKubernetesConfig#image
        '''
        result = self._values.get("image")
        assert result is not None, "Required property 'image' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def ignore_annotations(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: RedisSentinelSpecKubernetesConfig#ignoreAnnotations
        '''
        result = self._values.get("ignore_annotations")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def image_pull_policy(self) -> typing.Optional[builtins.str]:
        '''PullPolicy describes a policy for if/when to pull a container image.

        :schema: RedisSentinelSpecKubernetesConfig#imagePullPolicy
        '''
        result = self._values.get("image_pull_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_pull_secrets(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: RedisSentinelSpecKubernetesConfig#imagePullSecrets
        '''
        result = self._values.get("image_pull_secrets")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def min_ready_seconds(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: RedisSentinelSpecKubernetesConfig#minReadySeconds
        '''
        result = self._values.get("min_ready_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def persistent_volume_claim_retention_policy(self) -> typing.Any:
        '''StatefulSetPersistentVolumeClaimRetentionPolicy describes the policy used for PVCs created from the StatefulSet VolumeClaimTemplates.

        :schema: RedisSentinelSpecKubernetesConfig#persistentVolumeClaimRetentionPolicy
        '''
        result = self._values.get("persistent_volume_claim_retention_policy")
        return typing.cast(typing.Any, result)

    @builtins.property
    def redis_secret(self) -> typing.Any:
        '''ExistingPasswordSecret is the struct to access the existing secret.

        :schema: RedisSentinelSpecKubernetesConfig#redisSecret
        '''
        result = self._values.get("redis_secret")
        return typing.cast(typing.Any, result)

    @builtins.property
    def resources(self) -> typing.Any:
        '''ResourceRequirements describes the compute resource requirements.

        :schema: RedisSentinelSpecKubernetesConfig#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Any, result)

    @builtins.property
    def service(self) -> typing.Any:
        '''ServiceConfig define the type of service to be created and its annotations.

        :schema: RedisSentinelSpecKubernetesConfig#service
        '''
        result = self._values.get("service")
        return typing.cast(typing.Any, result)

    @builtins.property
    def update_strategy(self) -> typing.Any:
        '''StatefulSetUpdateStrategy indicates the strategy that the StatefulSet controller will use to perform updates.

        It includes any additional parameters
        necessary to perform the update for the indicated strategy.

        :schema: RedisSentinelSpecKubernetesConfig#updateStrategy
        '''
        result = self._values.get("update_strategy")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RedisSentinelSpecKubernetesConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="redis_inopstreelabsredisredis.RedisSentinelSpecLivenessProbe",
    jsii_struct_bases=[],
    name_mapping={
        "exec": "exec",
        "failure_threshold": "failureThreshold",
        "grpc": "grpc",
        "http_get": "httpGet",
        "initial_delay_seconds": "initialDelaySeconds",
        "period_seconds": "periodSeconds",
        "success_threshold": "successThreshold",
        "tcp_socket": "tcpSocket",
        "termination_grace_period_seconds": "terminationGracePeriodSeconds",
        "timeout_seconds": "timeoutSeconds",
    },
)
class RedisSentinelSpecLivenessProbe:
    def __init__(
        self,
        *,
        exec: typing.Any = None,
        failure_threshold: typing.Optional[jsii.Number] = None,
        grpc: typing.Any = None,
        http_get: typing.Any = None,
        initial_delay_seconds: typing.Optional[jsii.Number] = None,
        period_seconds: typing.Optional[jsii.Number] = None,
        success_threshold: typing.Optional[jsii.Number] = None,
        tcp_socket: typing.Any = None,
        termination_grace_period_seconds: typing.Optional[jsii.Number] = None,
        timeout_seconds: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''Probe describes a health check to be performed against a container to determine whether it is alive or ready to receive traffic.

        :param exec: Exec specifies the action to take.
        :param failure_threshold: Minimum consecutive failures for the probe to be considered failed after having succeeded. Defaults to 3. Minimum value is 1. Default: 3. Minimum value is 1.
        :param grpc: GRPC specifies an action involving a GRPC port.
        :param http_get: HTTPGet specifies the http request to perform.
        :param initial_delay_seconds: Number of seconds after the container has started before liveness probes are initiated. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
        :param period_seconds: How often (in seconds) to perform the probe. Default to 10 seconds. Minimum value is 1. Default: 10 seconds. Minimum value is 1.
        :param success_threshold: Minimum consecutive successes for the probe to be considered successful after having failed. Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1. Default: 1. Must be 1 for liveness and startup. Minimum value is 1.
        :param tcp_socket: TCPSocket specifies an action involving a TCP port.
        :param termination_grace_period_seconds: Optional duration in seconds the pod needs to terminate gracefully upon probe failure. The grace period is the duration in seconds after the processes running in the pod are sent a termination signal and the time when the processes are forcibly halted with a kill signal. Set this value longer than the expected cleanup time for your process. If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this value overrides the value provided by the pod spec. Value must be non-negative integer. The value zero indicates stop immediately via the kill signal (no opportunity to shut down). This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate. Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset.
        :param timeout_seconds: Number of seconds after which the probe times out. Defaults to 1 second. Minimum value is 1. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes Default: 1 second. Minimum value is 1.

        :schema: RedisSentinelSpecLivenessProbe
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__35893ac5033efe711538ff7f17f4cf64c6931a3d27763cd86f036a9181809105)
            check_type(argname="argument exec", value=exec, expected_type=type_hints["exec"])
            check_type(argname="argument failure_threshold", value=failure_threshold, expected_type=type_hints["failure_threshold"])
            check_type(argname="argument grpc", value=grpc, expected_type=type_hints["grpc"])
            check_type(argname="argument http_get", value=http_get, expected_type=type_hints["http_get"])
            check_type(argname="argument initial_delay_seconds", value=initial_delay_seconds, expected_type=type_hints["initial_delay_seconds"])
            check_type(argname="argument period_seconds", value=period_seconds, expected_type=type_hints["period_seconds"])
            check_type(argname="argument success_threshold", value=success_threshold, expected_type=type_hints["success_threshold"])
            check_type(argname="argument tcp_socket", value=tcp_socket, expected_type=type_hints["tcp_socket"])
            check_type(argname="argument termination_grace_period_seconds", value=termination_grace_period_seconds, expected_type=type_hints["termination_grace_period_seconds"])
            check_type(argname="argument timeout_seconds", value=timeout_seconds, expected_type=type_hints["timeout_seconds"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exec is not None:
            self._values["exec"] = exec
        if failure_threshold is not None:
            self._values["failure_threshold"] = failure_threshold
        if grpc is not None:
            self._values["grpc"] = grpc
        if http_get is not None:
            self._values["http_get"] = http_get
        if initial_delay_seconds is not None:
            self._values["initial_delay_seconds"] = initial_delay_seconds
        if period_seconds is not None:
            self._values["period_seconds"] = period_seconds
        if success_threshold is not None:
            self._values["success_threshold"] = success_threshold
        if tcp_socket is not None:
            self._values["tcp_socket"] = tcp_socket
        if termination_grace_period_seconds is not None:
            self._values["termination_grace_period_seconds"] = termination_grace_period_seconds
        if timeout_seconds is not None:
            self._values["timeout_seconds"] = timeout_seconds

    @builtins.property
    def exec(self) -> typing.Any:
        '''Exec specifies the action to take.

        :schema: RedisSentinelSpecLivenessProbe#exec
        '''
        result = self._values.get("exec")
        return typing.cast(typing.Any, result)

    @builtins.property
    def failure_threshold(self) -> typing.Optional[jsii.Number]:
        '''Minimum consecutive failures for the probe to be considered failed after having succeeded.

        Defaults to 3. Minimum value is 1.

        :default: 3. Minimum value is 1.

        :schema: RedisSentinelSpecLivenessProbe#failureThreshold
        '''
        result = self._values.get("failure_threshold")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def grpc(self) -> typing.Any:
        '''GRPC specifies an action involving a GRPC port.

        :schema: RedisSentinelSpecLivenessProbe#grpc
        '''
        result = self._values.get("grpc")
        return typing.cast(typing.Any, result)

    @builtins.property
    def http_get(self) -> typing.Any:
        '''HTTPGet specifies the http request to perform.

        :schema: RedisSentinelSpecLivenessProbe#httpGet
        '''
        result = self._values.get("http_get")
        return typing.cast(typing.Any, result)

    @builtins.property
    def initial_delay_seconds(self) -> typing.Optional[jsii.Number]:
        '''Number of seconds after the container has started before liveness probes are initiated.

        More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes

        :schema: RedisSentinelSpecLivenessProbe#initialDelaySeconds
        '''
        result = self._values.get("initial_delay_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def period_seconds(self) -> typing.Optional[jsii.Number]:
        '''How often (in seconds) to perform the probe.

        Default to 10 seconds. Minimum value is 1.

        :default: 10 seconds. Minimum value is 1.

        :schema: RedisSentinelSpecLivenessProbe#periodSeconds
        '''
        result = self._values.get("period_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def success_threshold(self) -> typing.Optional[jsii.Number]:
        '''Minimum consecutive successes for the probe to be considered successful after having failed.

        Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.

        :default: 1. Must be 1 for liveness and startup. Minimum value is 1.

        :schema: RedisSentinelSpecLivenessProbe#successThreshold
        '''
        result = self._values.get("success_threshold")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def tcp_socket(self) -> typing.Any:
        '''TCPSocket specifies an action involving a TCP port.

        :schema: RedisSentinelSpecLivenessProbe#tcpSocket
        '''
        result = self._values.get("tcp_socket")
        return typing.cast(typing.Any, result)

    @builtins.property
    def termination_grace_period_seconds(self) -> typing.Optional[jsii.Number]:
        '''Optional duration in seconds the pod needs to terminate gracefully upon probe failure.

        The grace period is the duration in seconds after the processes running in the pod are sent
        a termination signal and the time when the processes are forcibly halted with a kill signal.
        Set this value longer than the expected cleanup time for your process.
        If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this
        value overrides the value provided by the pod spec.
        Value must be non-negative integer. The value zero indicates stop immediately via
        the kill signal (no opportunity to shut down).
        This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate.
        Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset.

        :schema: RedisSentinelSpecLivenessProbe#terminationGracePeriodSeconds
        '''
        result = self._values.get("termination_grace_period_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def timeout_seconds(self) -> typing.Optional[jsii.Number]:
        '''Number of seconds after which the probe times out.

        Defaults to 1 second. Minimum value is 1.
        More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes

        :default: 1 second. Minimum value is 1.

        :schema: RedisSentinelSpecLivenessProbe#timeoutSeconds
        '''
        result = self._values.get("timeout_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RedisSentinelSpecLivenessProbe(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="redis_inopstreelabsredisredis.RedisSentinelSpecPdb",
    jsii_struct_bases=[],
    name_mapping={
        "enabled": "enabled",
        "max_unavailable": "maxUnavailable",
        "min_available": "minAvailable",
    },
)
class RedisSentinelSpecPdb:
    def __init__(
        self,
        *,
        enabled: typing.Optional[builtins.bool] = None,
        max_unavailable: typing.Optional[jsii.Number] = None,
        min_available: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''RedisPodDisruptionBudget configure a PodDisruptionBudget on the resource (leader/follower).

        :param enabled: 
        :param max_unavailable: 
        :param min_available: 

        :schema: RedisSentinelSpecPdb
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3e28e8f1e79be2e68c431f35d0236c7e879139e71e045e5de9dc18c9031fb1a4)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
            check_type(argname="argument max_unavailable", value=max_unavailable, expected_type=type_hints["max_unavailable"])
            check_type(argname="argument min_available", value=min_available, expected_type=type_hints["min_available"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if enabled is not None:
            self._values["enabled"] = enabled
        if max_unavailable is not None:
            self._values["max_unavailable"] = max_unavailable
        if min_available is not None:
            self._values["min_available"] = min_available

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: RedisSentinelSpecPdb#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def max_unavailable(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: RedisSentinelSpecPdb#maxUnavailable
        '''
        result = self._values.get("max_unavailable")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def min_available(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: RedisSentinelSpecPdb#minAvailable
        '''
        result = self._values.get("min_available")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RedisSentinelSpecPdb(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="redis_inopstreelabsredisredis.RedisSentinelSpecPodManagementPolicy"
)
class RedisSentinelSpecPodManagementPolicy(enum.Enum):
    '''PodManagementPolicy controls how pods are created during initial scale up, when replacing pods on nodes, or when scaling down.

    This field is immutable
    on an existing StatefulSet; changing it for a running cluster requires
    recreating the StatefulSet (e.g. via the
    redis.opstreelabs.in/recreate-statefulset annotation), otherwise the change
    is ignored.

    :schema: RedisSentinelSpecPodManagementPolicy
    '''

    ORDERED_READY = "ORDERED_READY"
    '''OrderedReady.'''
    PARALLEL = "PARALLEL"
    '''Parallel.'''


@jsii.data_type(
    jsii_type="redis_inopstreelabsredisredis.RedisSentinelSpecPodSecurityContext",
    jsii_struct_bases=[],
    name_mapping={
        "fs_group": "fsGroup",
        "fs_group_change_policy": "fsGroupChangePolicy",
        "run_as_group": "runAsGroup",
        "run_as_non_root": "runAsNonRoot",
        "run_as_user": "runAsUser",
        "seccomp_profile": "seccompProfile",
        "se_linux_options": "seLinuxOptions",
        "supplemental_groups": "supplementalGroups",
        "sysctls": "sysctls",
        "windows_options": "windowsOptions",
    },
)
class RedisSentinelSpecPodSecurityContext:
    def __init__(
        self,
        *,
        fs_group: typing.Optional[jsii.Number] = None,
        fs_group_change_policy: typing.Optional[builtins.str] = None,
        run_as_group: typing.Optional[jsii.Number] = None,
        run_as_non_root: typing.Optional[builtins.bool] = None,
        run_as_user: typing.Optional[jsii.Number] = None,
        seccomp_profile: typing.Any = None,
        se_linux_options: typing.Any = None,
        supplemental_groups: typing.Optional[typing.Sequence[jsii.Number]] = None,
        sysctls: typing.Optional[typing.Sequence[typing.Any]] = None,
        windows_options: typing.Any = None,
    ) -> None:
        '''PodSecurityContext holds pod-level security attributes and common container settings.

        Some fields are also present in container.securityContext.  Field values of
        container.securityContext take precedence over field values of PodSecurityContext.

        :param fs_group: A special supplemental group that applies to all containers in a pod. Some volume types allow the Kubelet to change the ownership of that volume to be owned by the pod: 1. The owning GID will be the FSGroup 2. The setgid bit is set (new files created in the volume will be owned by FSGroup) 3. The permission bits are OR'd with rw-rw---- If unset, the Kubelet will not modify the ownership and permissions of any volume. Note that this field cannot be set when spec.os.name is windows.
        :param fs_group_change_policy: fsGroupChangePolicy defines behavior of changing ownership and permission of the volume before being exposed inside Pod. This field will only apply to volume types which support fsGroup based ownership(and permissions). It will have no effect on ephemeral volume types such as: secret, configmaps and emptydir. Valid values are "OnRootMismatch" and "Always". If not specified, "Always" is used. Note that this field cannot be set when spec.os.name is windows.
        :param run_as_group: The GID to run the entrypoint of the container process. Uses runtime default if unset. May also be set in SecurityContext. If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence for that container. Note that this field cannot be set when spec.os.name is windows.
        :param run_as_non_root: Indicates that the container must run as a non-root user. If true, the Kubelet will validate the image at runtime to ensure that it does not run as UID 0 (root) and fail to start the container if it does. If unset or false, no such validation will be performed. May also be set in SecurityContext. If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
        :param run_as_user: The UID to run the entrypoint of the container process. Defaults to user specified in image metadata if unspecified. May also be set in SecurityContext. If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence for that container. Note that this field cannot be set when spec.os.name is windows. Default: user specified in image metadata if unspecified.
        :param seccomp_profile: The seccomp options to use by the containers in this pod. Note that this field cannot be set when spec.os.name is windows.
        :param se_linux_options: The SELinux context to be applied to all containers. If unspecified, the container runtime will allocate a random SELinux context for each container. May also be set in SecurityContext. If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence for that container. Note that this field cannot be set when spec.os.name is windows.
        :param supplemental_groups: A list of groups applied to the first process run in each container, in addition to the container's primary GID, the fsGroup (if specified), and group memberships defined in the container image for the uid of the container process. If unspecified, no additional groups are added to any container. Note that group memberships defined in the container image for the uid of the container process are still effective, even if they are not included in this list. Note that this field cannot be set when spec.os.name is windows.
        :param sysctls: Sysctls hold a list of namespaced sysctls used for the pod. Pods with unsupported sysctls (by the container runtime) might fail to launch. Note that this field cannot be set when spec.os.name is windows.
        :param windows_options: The Windows specific settings applied to all containers. If unspecified, the options within a container's SecurityContext will be used. If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence. Note that this field cannot be set when spec.os.name is linux.

        :schema: RedisSentinelSpecPodSecurityContext
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__14f1482fb395199206611ad8497b8e413994fed90165ba116082657e52f4b190)
            check_type(argname="argument fs_group", value=fs_group, expected_type=type_hints["fs_group"])
            check_type(argname="argument fs_group_change_policy", value=fs_group_change_policy, expected_type=type_hints["fs_group_change_policy"])
            check_type(argname="argument run_as_group", value=run_as_group, expected_type=type_hints["run_as_group"])
            check_type(argname="argument run_as_non_root", value=run_as_non_root, expected_type=type_hints["run_as_non_root"])
            check_type(argname="argument run_as_user", value=run_as_user, expected_type=type_hints["run_as_user"])
            check_type(argname="argument seccomp_profile", value=seccomp_profile, expected_type=type_hints["seccomp_profile"])
            check_type(argname="argument se_linux_options", value=se_linux_options, expected_type=type_hints["se_linux_options"])
            check_type(argname="argument supplemental_groups", value=supplemental_groups, expected_type=type_hints["supplemental_groups"])
            check_type(argname="argument sysctls", value=sysctls, expected_type=type_hints["sysctls"])
            check_type(argname="argument windows_options", value=windows_options, expected_type=type_hints["windows_options"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if fs_group is not None:
            self._values["fs_group"] = fs_group
        if fs_group_change_policy is not None:
            self._values["fs_group_change_policy"] = fs_group_change_policy
        if run_as_group is not None:
            self._values["run_as_group"] = run_as_group
        if run_as_non_root is not None:
            self._values["run_as_non_root"] = run_as_non_root
        if run_as_user is not None:
            self._values["run_as_user"] = run_as_user
        if seccomp_profile is not None:
            self._values["seccomp_profile"] = seccomp_profile
        if se_linux_options is not None:
            self._values["se_linux_options"] = se_linux_options
        if supplemental_groups is not None:
            self._values["supplemental_groups"] = supplemental_groups
        if sysctls is not None:
            self._values["sysctls"] = sysctls
        if windows_options is not None:
            self._values["windows_options"] = windows_options

    @builtins.property
    def fs_group(self) -> typing.Optional[jsii.Number]:
        '''A special supplemental group that applies to all containers in a pod.

        Some volume types allow the Kubelet to change the ownership of that volume
        to be owned by the pod:

        1. The owning GID will be the FSGroup
        2. The setgid bit is set (new files created in the volume will be owned by FSGroup)
        3. The permission bits are OR'd with rw-rw----

        If unset, the Kubelet will not modify the ownership and permissions of any volume.
        Note that this field cannot be set when spec.os.name is windows.

        :schema: RedisSentinelSpecPodSecurityContext#fsGroup
        '''
        result = self._values.get("fs_group")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def fs_group_change_policy(self) -> typing.Optional[builtins.str]:
        '''fsGroupChangePolicy defines behavior of changing ownership and permission of the volume before being exposed inside Pod.

        This field will only apply to
        volume types which support fsGroup based ownership(and permissions).
        It will have no effect on ephemeral volume types such as: secret, configmaps
        and emptydir.
        Valid values are "OnRootMismatch" and "Always". If not specified, "Always" is used.
        Note that this field cannot be set when spec.os.name is windows.

        :schema: RedisSentinelSpecPodSecurityContext#fsGroupChangePolicy
        '''
        result = self._values.get("fs_group_change_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def run_as_group(self) -> typing.Optional[jsii.Number]:
        '''The GID to run the entrypoint of the container process.

        Uses runtime default if unset.
        May also be set in SecurityContext.  If set in both SecurityContext and
        PodSecurityContext, the value specified in SecurityContext takes precedence
        for that container.
        Note that this field cannot be set when spec.os.name is windows.

        :schema: RedisSentinelSpecPodSecurityContext#runAsGroup
        '''
        result = self._values.get("run_as_group")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def run_as_non_root(self) -> typing.Optional[builtins.bool]:
        '''Indicates that the container must run as a non-root user.

        If true, the Kubelet will validate the image at runtime to ensure that it
        does not run as UID 0 (root) and fail to start the container if it does.
        If unset or false, no such validation will be performed.
        May also be set in SecurityContext.  If set in both SecurityContext and
        PodSecurityContext, the value specified in SecurityContext takes precedence.

        :schema: RedisSentinelSpecPodSecurityContext#runAsNonRoot
        '''
        result = self._values.get("run_as_non_root")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def run_as_user(self) -> typing.Optional[jsii.Number]:
        '''The UID to run the entrypoint of the container process.

        Defaults to user specified in image metadata if unspecified.
        May also be set in SecurityContext.  If set in both SecurityContext and
        PodSecurityContext, the value specified in SecurityContext takes precedence
        for that container.
        Note that this field cannot be set when spec.os.name is windows.

        :default: user specified in image metadata if unspecified.

        :schema: RedisSentinelSpecPodSecurityContext#runAsUser
        '''
        result = self._values.get("run_as_user")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def seccomp_profile(self) -> typing.Any:
        '''The seccomp options to use by the containers in this pod.

        Note that this field cannot be set when spec.os.name is windows.

        :schema: RedisSentinelSpecPodSecurityContext#seccompProfile
        '''
        result = self._values.get("seccomp_profile")
        return typing.cast(typing.Any, result)

    @builtins.property
    def se_linux_options(self) -> typing.Any:
        '''The SELinux context to be applied to all containers.

        If unspecified, the container runtime will allocate a random SELinux context for each
        container.  May also be set in SecurityContext.  If set in
        both SecurityContext and PodSecurityContext, the value specified in SecurityContext
        takes precedence for that container.
        Note that this field cannot be set when spec.os.name is windows.

        :schema: RedisSentinelSpecPodSecurityContext#seLinuxOptions
        '''
        result = self._values.get("se_linux_options")
        return typing.cast(typing.Any, result)

    @builtins.property
    def supplemental_groups(self) -> typing.Optional[typing.List[jsii.Number]]:
        '''A list of groups applied to the first process run in each container, in addition to the container's primary GID, the fsGroup (if specified), and group memberships defined in the container image for the uid of the container process.

        If unspecified,
        no additional groups are added to any container. Note that group memberships
        defined in the container image for the uid of the container process are still effective,
        even if they are not included in this list.
        Note that this field cannot be set when spec.os.name is windows.

        :schema: RedisSentinelSpecPodSecurityContext#supplementalGroups
        '''
        result = self._values.get("supplemental_groups")
        return typing.cast(typing.Optional[typing.List[jsii.Number]], result)

    @builtins.property
    def sysctls(self) -> typing.Optional[typing.List[typing.Any]]:
        '''Sysctls hold a list of namespaced sysctls used for the pod.

        Pods with unsupported
        sysctls (by the container runtime) might fail to launch.
        Note that this field cannot be set when spec.os.name is windows.

        :schema: RedisSentinelSpecPodSecurityContext#sysctls
        '''
        result = self._values.get("sysctls")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def windows_options(self) -> typing.Any:
        '''The Windows specific settings applied to all containers.

        If unspecified, the options within a container's SecurityContext will be used.
        If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
        Note that this field cannot be set when spec.os.name is linux.

        :schema: RedisSentinelSpecPodSecurityContext#windowsOptions
        '''
        result = self._values.get("windows_options")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RedisSentinelSpecPodSecurityContext(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="redis_inopstreelabsredisredis.RedisSentinelSpecReadinessProbe",
    jsii_struct_bases=[],
    name_mapping={
        "exec": "exec",
        "failure_threshold": "failureThreshold",
        "grpc": "grpc",
        "http_get": "httpGet",
        "initial_delay_seconds": "initialDelaySeconds",
        "period_seconds": "periodSeconds",
        "success_threshold": "successThreshold",
        "tcp_socket": "tcpSocket",
        "termination_grace_period_seconds": "terminationGracePeriodSeconds",
        "timeout_seconds": "timeoutSeconds",
    },
)
class RedisSentinelSpecReadinessProbe:
    def __init__(
        self,
        *,
        exec: typing.Any = None,
        failure_threshold: typing.Optional[jsii.Number] = None,
        grpc: typing.Any = None,
        http_get: typing.Any = None,
        initial_delay_seconds: typing.Optional[jsii.Number] = None,
        period_seconds: typing.Optional[jsii.Number] = None,
        success_threshold: typing.Optional[jsii.Number] = None,
        tcp_socket: typing.Any = None,
        termination_grace_period_seconds: typing.Optional[jsii.Number] = None,
        timeout_seconds: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''Probe describes a health check to be performed against a container to determine whether it is alive or ready to receive traffic.

        :param exec: Exec specifies the action to take.
        :param failure_threshold: Minimum consecutive failures for the probe to be considered failed after having succeeded. Defaults to 3. Minimum value is 1. Default: 3. Minimum value is 1.
        :param grpc: GRPC specifies an action involving a GRPC port.
        :param http_get: HTTPGet specifies the http request to perform.
        :param initial_delay_seconds: Number of seconds after the container has started before liveness probes are initiated. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
        :param period_seconds: How often (in seconds) to perform the probe. Default to 10 seconds. Minimum value is 1. Default: 10 seconds. Minimum value is 1.
        :param success_threshold: Minimum consecutive successes for the probe to be considered successful after having failed. Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1. Default: 1. Must be 1 for liveness and startup. Minimum value is 1.
        :param tcp_socket: TCPSocket specifies an action involving a TCP port.
        :param termination_grace_period_seconds: Optional duration in seconds the pod needs to terminate gracefully upon probe failure. The grace period is the duration in seconds after the processes running in the pod are sent a termination signal and the time when the processes are forcibly halted with a kill signal. Set this value longer than the expected cleanup time for your process. If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this value overrides the value provided by the pod spec. Value must be non-negative integer. The value zero indicates stop immediately via the kill signal (no opportunity to shut down). This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate. Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset.
        :param timeout_seconds: Number of seconds after which the probe times out. Defaults to 1 second. Minimum value is 1. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes Default: 1 second. Minimum value is 1.

        :schema: RedisSentinelSpecReadinessProbe
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__95aaf3d0b02c39c892c0104bbcbc03c79db85e868731c5b64269fef85ab54e1e)
            check_type(argname="argument exec", value=exec, expected_type=type_hints["exec"])
            check_type(argname="argument failure_threshold", value=failure_threshold, expected_type=type_hints["failure_threshold"])
            check_type(argname="argument grpc", value=grpc, expected_type=type_hints["grpc"])
            check_type(argname="argument http_get", value=http_get, expected_type=type_hints["http_get"])
            check_type(argname="argument initial_delay_seconds", value=initial_delay_seconds, expected_type=type_hints["initial_delay_seconds"])
            check_type(argname="argument period_seconds", value=period_seconds, expected_type=type_hints["period_seconds"])
            check_type(argname="argument success_threshold", value=success_threshold, expected_type=type_hints["success_threshold"])
            check_type(argname="argument tcp_socket", value=tcp_socket, expected_type=type_hints["tcp_socket"])
            check_type(argname="argument termination_grace_period_seconds", value=termination_grace_period_seconds, expected_type=type_hints["termination_grace_period_seconds"])
            check_type(argname="argument timeout_seconds", value=timeout_seconds, expected_type=type_hints["timeout_seconds"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exec is not None:
            self._values["exec"] = exec
        if failure_threshold is not None:
            self._values["failure_threshold"] = failure_threshold
        if grpc is not None:
            self._values["grpc"] = grpc
        if http_get is not None:
            self._values["http_get"] = http_get
        if initial_delay_seconds is not None:
            self._values["initial_delay_seconds"] = initial_delay_seconds
        if period_seconds is not None:
            self._values["period_seconds"] = period_seconds
        if success_threshold is not None:
            self._values["success_threshold"] = success_threshold
        if tcp_socket is not None:
            self._values["tcp_socket"] = tcp_socket
        if termination_grace_period_seconds is not None:
            self._values["termination_grace_period_seconds"] = termination_grace_period_seconds
        if timeout_seconds is not None:
            self._values["timeout_seconds"] = timeout_seconds

    @builtins.property
    def exec(self) -> typing.Any:
        '''Exec specifies the action to take.

        :schema: RedisSentinelSpecReadinessProbe#exec
        '''
        result = self._values.get("exec")
        return typing.cast(typing.Any, result)

    @builtins.property
    def failure_threshold(self) -> typing.Optional[jsii.Number]:
        '''Minimum consecutive failures for the probe to be considered failed after having succeeded.

        Defaults to 3. Minimum value is 1.

        :default: 3. Minimum value is 1.

        :schema: RedisSentinelSpecReadinessProbe#failureThreshold
        '''
        result = self._values.get("failure_threshold")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def grpc(self) -> typing.Any:
        '''GRPC specifies an action involving a GRPC port.

        :schema: RedisSentinelSpecReadinessProbe#grpc
        '''
        result = self._values.get("grpc")
        return typing.cast(typing.Any, result)

    @builtins.property
    def http_get(self) -> typing.Any:
        '''HTTPGet specifies the http request to perform.

        :schema: RedisSentinelSpecReadinessProbe#httpGet
        '''
        result = self._values.get("http_get")
        return typing.cast(typing.Any, result)

    @builtins.property
    def initial_delay_seconds(self) -> typing.Optional[jsii.Number]:
        '''Number of seconds after the container has started before liveness probes are initiated.

        More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes

        :schema: RedisSentinelSpecReadinessProbe#initialDelaySeconds
        '''
        result = self._values.get("initial_delay_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def period_seconds(self) -> typing.Optional[jsii.Number]:
        '''How often (in seconds) to perform the probe.

        Default to 10 seconds. Minimum value is 1.

        :default: 10 seconds. Minimum value is 1.

        :schema: RedisSentinelSpecReadinessProbe#periodSeconds
        '''
        result = self._values.get("period_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def success_threshold(self) -> typing.Optional[jsii.Number]:
        '''Minimum consecutive successes for the probe to be considered successful after having failed.

        Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.

        :default: 1. Must be 1 for liveness and startup. Minimum value is 1.

        :schema: RedisSentinelSpecReadinessProbe#successThreshold
        '''
        result = self._values.get("success_threshold")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def tcp_socket(self) -> typing.Any:
        '''TCPSocket specifies an action involving a TCP port.

        :schema: RedisSentinelSpecReadinessProbe#tcpSocket
        '''
        result = self._values.get("tcp_socket")
        return typing.cast(typing.Any, result)

    @builtins.property
    def termination_grace_period_seconds(self) -> typing.Optional[jsii.Number]:
        '''Optional duration in seconds the pod needs to terminate gracefully upon probe failure.

        The grace period is the duration in seconds after the processes running in the pod are sent
        a termination signal and the time when the processes are forcibly halted with a kill signal.
        Set this value longer than the expected cleanup time for your process.
        If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this
        value overrides the value provided by the pod spec.
        Value must be non-negative integer. The value zero indicates stop immediately via
        the kill signal (no opportunity to shut down).
        This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate.
        Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset.

        :schema: RedisSentinelSpecReadinessProbe#terminationGracePeriodSeconds
        '''
        result = self._values.get("termination_grace_period_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def timeout_seconds(self) -> typing.Optional[jsii.Number]:
        '''Number of seconds after which the probe times out.

        Defaults to 1 second. Minimum value is 1.
        More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes

        :default: 1 second. Minimum value is 1.

        :schema: RedisSentinelSpecReadinessProbe#timeoutSeconds
        '''
        result = self._values.get("timeout_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RedisSentinelSpecReadinessProbe(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="redis_inopstreelabsredisredis.RedisSentinelSpecRedisExporter",
    jsii_struct_bases=[],
    name_mapping={
        "image": "image",
        "enabled": "enabled",
        "env": "env",
        "image_pull_policy": "imagePullPolicy",
        "port": "port",
        "resources": "resources",
        "security_context": "securityContext",
    },
)
class RedisSentinelSpecRedisExporter:
    def __init__(
        self,
        *,
        image: builtins.str,
        enabled: typing.Optional[builtins.bool] = None,
        env: typing.Optional[typing.Sequence[typing.Any]] = None,
        image_pull_policy: typing.Optional[builtins.str] = None,
        port: typing.Optional[jsii.Number] = None,
        resources: typing.Any = None,
        security_context: typing.Any = None,
    ) -> None:
        '''RedisExporter interface will have the information for redis exporter related stuff.

        :param image: 
        :param enabled: 
        :param env: 
        :param image_pull_policy: PullPolicy describes a policy for if/when to pull a container image.
        :param port: 
        :param resources: ResourceRequirements describes the compute resource requirements.
        :param security_context: SecurityContext holds security configuration that will be applied to a container. Some fields are present in both SecurityContext and PodSecurityContext. When both are set, the values in SecurityContext take precedence.

        :schema: RedisSentinelSpecRedisExporter
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6f75c33c7dfc85b166063aca60d9d2d67b3128c7531fbec75a043a3cd81c447e)
            check_type(argname="argument image", value=image, expected_type=type_hints["image"])
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
            check_type(argname="argument env", value=env, expected_type=type_hints["env"])
            check_type(argname="argument image_pull_policy", value=image_pull_policy, expected_type=type_hints["image_pull_policy"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
            check_type(argname="argument security_context", value=security_context, expected_type=type_hints["security_context"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "image": image,
        }
        if enabled is not None:
            self._values["enabled"] = enabled
        if env is not None:
            self._values["env"] = env
        if image_pull_policy is not None:
            self._values["image_pull_policy"] = image_pull_policy
        if port is not None:
            self._values["port"] = port
        if resources is not None:
            self._values["resources"] = resources
        if security_context is not None:
            self._values["security_context"] = security_context

    @builtins.property
    def image(self) -> builtins.str:
        '''
        :schema: RedisSentinelSpecRedisExporter#image
        '''
        result = self._values.get("image")
        assert result is not None, "Required property 'image' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: RedisSentinelSpecRedisExporter#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def env(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: RedisSentinelSpecRedisExporter#env
        '''
        result = self._values.get("env")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def image_pull_policy(self) -> typing.Optional[builtins.str]:
        '''PullPolicy describes a policy for if/when to pull a container image.

        :schema: RedisSentinelSpecRedisExporter#imagePullPolicy
        '''
        result = self._values.get("image_pull_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: RedisSentinelSpecRedisExporter#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def resources(self) -> typing.Any:
        '''ResourceRequirements describes the compute resource requirements.

        :schema: RedisSentinelSpecRedisExporter#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Any, result)

    @builtins.property
    def security_context(self) -> typing.Any:
        '''SecurityContext holds security configuration that will be applied to a container.

        Some fields are present in both SecurityContext and PodSecurityContext.  When both
        are set, the values in SecurityContext take precedence.

        :schema: RedisSentinelSpecRedisExporter#securityContext
        '''
        result = self._values.get("security_context")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RedisSentinelSpecRedisExporter(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="redis_inopstreelabsredisredis.RedisSentinelSpecRedisSentinelConfig",
    jsii_struct_bases=[],
    name_mapping={
        "redis_replication_name": "redisReplicationName",
        "additional_sentinel_config": "additionalSentinelConfig",
        "announce_hostnames": "announceHostnames",
        "down_after_milliseconds": "downAfterMilliseconds",
        "failover_timeout": "failoverTimeout",
        "master_group_name": "masterGroupName",
        "parallel_syncs": "parallelSyncs",
        "quorum": "quorum",
        "redis_port": "redisPort",
        "redis_replication_password": "redisReplicationPassword",
        "resolve_hostnames": "resolveHostnames",
    },
)
class RedisSentinelSpecRedisSentinelConfig:
    def __init__(
        self,
        *,
        redis_replication_name: builtins.str,
        additional_sentinel_config: typing.Optional[builtins.str] = None,
        announce_hostnames: typing.Optional[builtins.str] = None,
        down_after_milliseconds: typing.Optional[builtins.str] = None,
        failover_timeout: typing.Optional[builtins.str] = None,
        master_group_name: typing.Optional[builtins.str] = None,
        parallel_syncs: typing.Optional[builtins.str] = None,
        quorum: typing.Optional[builtins.str] = None,
        redis_port: typing.Optional[builtins.str] = None,
        redis_replication_password: typing.Any = None,
        resolve_hostnames: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param redis_replication_name: 
        :param additional_sentinel_config: 
        :param announce_hostnames: 
        :param down_after_milliseconds: 
        :param failover_timeout: 
        :param master_group_name: 
        :param parallel_syncs: 
        :param quorum: 
        :param redis_port: 
        :param redis_replication_password: EnvVarSource represents a source for the value of an EnvVar.
        :param resolve_hostnames: 

        :schema: RedisSentinelSpecRedisSentinelConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__39bf2ebb7642779223dd21f25d47784f13f176c9be3b30cac73ae7c0b6e5f2d5)
            check_type(argname="argument redis_replication_name", value=redis_replication_name, expected_type=type_hints["redis_replication_name"])
            check_type(argname="argument additional_sentinel_config", value=additional_sentinel_config, expected_type=type_hints["additional_sentinel_config"])
            check_type(argname="argument announce_hostnames", value=announce_hostnames, expected_type=type_hints["announce_hostnames"])
            check_type(argname="argument down_after_milliseconds", value=down_after_milliseconds, expected_type=type_hints["down_after_milliseconds"])
            check_type(argname="argument failover_timeout", value=failover_timeout, expected_type=type_hints["failover_timeout"])
            check_type(argname="argument master_group_name", value=master_group_name, expected_type=type_hints["master_group_name"])
            check_type(argname="argument parallel_syncs", value=parallel_syncs, expected_type=type_hints["parallel_syncs"])
            check_type(argname="argument quorum", value=quorum, expected_type=type_hints["quorum"])
            check_type(argname="argument redis_port", value=redis_port, expected_type=type_hints["redis_port"])
            check_type(argname="argument redis_replication_password", value=redis_replication_password, expected_type=type_hints["redis_replication_password"])
            check_type(argname="argument resolve_hostnames", value=resolve_hostnames, expected_type=type_hints["resolve_hostnames"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "redis_replication_name": redis_replication_name,
        }
        if additional_sentinel_config is not None:
            self._values["additional_sentinel_config"] = additional_sentinel_config
        if announce_hostnames is not None:
            self._values["announce_hostnames"] = announce_hostnames
        if down_after_milliseconds is not None:
            self._values["down_after_milliseconds"] = down_after_milliseconds
        if failover_timeout is not None:
            self._values["failover_timeout"] = failover_timeout
        if master_group_name is not None:
            self._values["master_group_name"] = master_group_name
        if parallel_syncs is not None:
            self._values["parallel_syncs"] = parallel_syncs
        if quorum is not None:
            self._values["quorum"] = quorum
        if redis_port is not None:
            self._values["redis_port"] = redis_port
        if redis_replication_password is not None:
            self._values["redis_replication_password"] = redis_replication_password
        if resolve_hostnames is not None:
            self._values["resolve_hostnames"] = resolve_hostnames

    @builtins.property
    def redis_replication_name(self) -> builtins.str:
        '''
        :schema: RedisSentinelSpecRedisSentinelConfig#redisReplicationName
        '''
        result = self._values.get("redis_replication_name")
        assert result is not None, "Required property 'redis_replication_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def additional_sentinel_config(self) -> typing.Optional[builtins.str]:
        '''
        :schema: RedisSentinelSpecRedisSentinelConfig#additionalSentinelConfig
        '''
        result = self._values.get("additional_sentinel_config")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def announce_hostnames(self) -> typing.Optional[builtins.str]:
        '''
        :schema: RedisSentinelSpecRedisSentinelConfig#announceHostnames
        '''
        result = self._values.get("announce_hostnames")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def down_after_milliseconds(self) -> typing.Optional[builtins.str]:
        '''
        :schema: RedisSentinelSpecRedisSentinelConfig#downAfterMilliseconds
        '''
        result = self._values.get("down_after_milliseconds")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def failover_timeout(self) -> typing.Optional[builtins.str]:
        '''
        :schema: RedisSentinelSpecRedisSentinelConfig#failoverTimeout
        '''
        result = self._values.get("failover_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def master_group_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: RedisSentinelSpecRedisSentinelConfig#masterGroupName
        '''
        result = self._values.get("master_group_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def parallel_syncs(self) -> typing.Optional[builtins.str]:
        '''
        :schema: RedisSentinelSpecRedisSentinelConfig#parallelSyncs
        '''
        result = self._values.get("parallel_syncs")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def quorum(self) -> typing.Optional[builtins.str]:
        '''
        :schema: RedisSentinelSpecRedisSentinelConfig#quorum
        '''
        result = self._values.get("quorum")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def redis_port(self) -> typing.Optional[builtins.str]:
        '''
        :schema: RedisSentinelSpecRedisSentinelConfig#redisPort
        '''
        result = self._values.get("redis_port")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def redis_replication_password(self) -> typing.Any:
        '''EnvVarSource represents a source for the value of an EnvVar.

        :schema: RedisSentinelSpecRedisSentinelConfig#redisReplicationPassword
        '''
        result = self._values.get("redis_replication_password")
        return typing.cast(typing.Any, result)

    @builtins.property
    def resolve_hostnames(self) -> typing.Optional[builtins.str]:
        '''
        :schema: RedisSentinelSpecRedisSentinelConfig#resolveHostnames
        '''
        result = self._values.get("resolve_hostnames")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RedisSentinelSpecRedisSentinelConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="redis_inopstreelabsredisredis.RedisSentinelSpecSecurityContext",
    jsii_struct_bases=[],
    name_mapping={
        "allow_privilege_escalation": "allowPrivilegeEscalation",
        "capabilities": "capabilities",
        "privileged": "privileged",
        "proc_mount": "procMount",
        "read_only_root_filesystem": "readOnlyRootFilesystem",
        "run_as_group": "runAsGroup",
        "run_as_non_root": "runAsNonRoot",
        "run_as_user": "runAsUser",
        "seccomp_profile": "seccompProfile",
        "se_linux_options": "seLinuxOptions",
        "windows_options": "windowsOptions",
    },
)
class RedisSentinelSpecSecurityContext:
    def __init__(
        self,
        *,
        allow_privilege_escalation: typing.Optional[builtins.bool] = None,
        capabilities: typing.Any = None,
        privileged: typing.Optional[builtins.bool] = None,
        proc_mount: typing.Optional[builtins.str] = None,
        read_only_root_filesystem: typing.Optional[builtins.bool] = None,
        run_as_group: typing.Optional[jsii.Number] = None,
        run_as_non_root: typing.Optional[builtins.bool] = None,
        run_as_user: typing.Optional[jsii.Number] = None,
        seccomp_profile: typing.Any = None,
        se_linux_options: typing.Any = None,
        windows_options: typing.Any = None,
    ) -> None:
        '''SecurityContext holds security configuration that will be applied to a container.

        Some fields are present in both SecurityContext and PodSecurityContext.  When both
        are set, the values in SecurityContext take precedence.

        :param allow_privilege_escalation: AllowPrivilegeEscalation controls whether a process can gain more privileges than its parent process. This bool directly controls if the no_new_privs flag will be set on the container process. AllowPrivilegeEscalation is true always when the container is: 1. run as Privileged 2. has CAP_SYS_ADMIN Note that this field cannot be set when spec.os.name is windows.
        :param capabilities: The capabilities to add/drop when running containers. Defaults to the default set of capabilities granted by the container runtime. Note that this field cannot be set when spec.os.name is windows. Default: the default set of capabilities granted by the container runtime.
        :param privileged: Run container in privileged mode. Processes in privileged containers are essentially equivalent to root on the host. Defaults to false. Note that this field cannot be set when spec.os.name is windows. Default: false.
        :param proc_mount: procMount denotes the type of proc mount to use for the containers. The default is DefaultProcMount which uses the container runtime defaults for readonly paths and masked paths. This requires the ProcMountType feature flag to be enabled. Note that this field cannot be set when spec.os.name is windows.
        :param read_only_root_filesystem: Whether this container has a read-only root filesystem. Default is false. Note that this field cannot be set when spec.os.name is windows. Default: false.
        :param run_as_group: The GID to run the entrypoint of the container process. Uses runtime default if unset. May also be set in PodSecurityContext. If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence. Note that this field cannot be set when spec.os.name is windows.
        :param run_as_non_root: Indicates that the container must run as a non-root user. If true, the Kubelet will validate the image at runtime to ensure that it does not run as UID 0 (root) and fail to start the container if it does. If unset or false, no such validation will be performed. May also be set in PodSecurityContext. If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
        :param run_as_user: The UID to run the entrypoint of the container process. Defaults to user specified in image metadata if unspecified. May also be set in PodSecurityContext. If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence. Note that this field cannot be set when spec.os.name is windows. Default: user specified in image metadata if unspecified.
        :param seccomp_profile: The seccomp options to use by this container. If seccomp options are provided at both the pod & container level, the container options override the pod options. Note that this field cannot be set when spec.os.name is windows.
        :param se_linux_options: The SELinux context to be applied to the container. If unspecified, the container runtime will allocate a random SELinux context for each container. May also be set in PodSecurityContext. If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence. Note that this field cannot be set when spec.os.name is windows.
        :param windows_options: The Windows specific settings applied to all containers. If unspecified, the options from the PodSecurityContext will be used. If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence. Note that this field cannot be set when spec.os.name is linux.

        :schema: RedisSentinelSpecSecurityContext
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4da815f2e3337a3c476903f648b3d8287953766320ee34978f0b39692f899fda)
            check_type(argname="argument allow_privilege_escalation", value=allow_privilege_escalation, expected_type=type_hints["allow_privilege_escalation"])
            check_type(argname="argument capabilities", value=capabilities, expected_type=type_hints["capabilities"])
            check_type(argname="argument privileged", value=privileged, expected_type=type_hints["privileged"])
            check_type(argname="argument proc_mount", value=proc_mount, expected_type=type_hints["proc_mount"])
            check_type(argname="argument read_only_root_filesystem", value=read_only_root_filesystem, expected_type=type_hints["read_only_root_filesystem"])
            check_type(argname="argument run_as_group", value=run_as_group, expected_type=type_hints["run_as_group"])
            check_type(argname="argument run_as_non_root", value=run_as_non_root, expected_type=type_hints["run_as_non_root"])
            check_type(argname="argument run_as_user", value=run_as_user, expected_type=type_hints["run_as_user"])
            check_type(argname="argument seccomp_profile", value=seccomp_profile, expected_type=type_hints["seccomp_profile"])
            check_type(argname="argument se_linux_options", value=se_linux_options, expected_type=type_hints["se_linux_options"])
            check_type(argname="argument windows_options", value=windows_options, expected_type=type_hints["windows_options"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if allow_privilege_escalation is not None:
            self._values["allow_privilege_escalation"] = allow_privilege_escalation
        if capabilities is not None:
            self._values["capabilities"] = capabilities
        if privileged is not None:
            self._values["privileged"] = privileged
        if proc_mount is not None:
            self._values["proc_mount"] = proc_mount
        if read_only_root_filesystem is not None:
            self._values["read_only_root_filesystem"] = read_only_root_filesystem
        if run_as_group is not None:
            self._values["run_as_group"] = run_as_group
        if run_as_non_root is not None:
            self._values["run_as_non_root"] = run_as_non_root
        if run_as_user is not None:
            self._values["run_as_user"] = run_as_user
        if seccomp_profile is not None:
            self._values["seccomp_profile"] = seccomp_profile
        if se_linux_options is not None:
            self._values["se_linux_options"] = se_linux_options
        if windows_options is not None:
            self._values["windows_options"] = windows_options

    @builtins.property
    def allow_privilege_escalation(self) -> typing.Optional[builtins.bool]:
        '''AllowPrivilegeEscalation controls whether a process can gain more privileges than its parent process.

        This bool directly controls if
        the no_new_privs flag will be set on the container process.
        AllowPrivilegeEscalation is true always when the container is:

        1. run as Privileged
        2. has CAP_SYS_ADMIN
           Note that this field cannot be set when spec.os.name is windows.

        :schema: RedisSentinelSpecSecurityContext#allowPrivilegeEscalation
        '''
        result = self._values.get("allow_privilege_escalation")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def capabilities(self) -> typing.Any:
        '''The capabilities to add/drop when running containers.

        Defaults to the default set of capabilities granted by the container runtime.
        Note that this field cannot be set when spec.os.name is windows.

        :default: the default set of capabilities granted by the container runtime.

        :schema: RedisSentinelSpecSecurityContext#capabilities
        '''
        result = self._values.get("capabilities")
        return typing.cast(typing.Any, result)

    @builtins.property
    def privileged(self) -> typing.Optional[builtins.bool]:
        '''Run container in privileged mode.

        Processes in privileged containers are essentially equivalent to root on the host.
        Defaults to false.
        Note that this field cannot be set when spec.os.name is windows.

        :default: false.

        :schema: RedisSentinelSpecSecurityContext#privileged
        '''
        result = self._values.get("privileged")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def proc_mount(self) -> typing.Optional[builtins.str]:
        '''procMount denotes the type of proc mount to use for the containers.

        The default is DefaultProcMount which uses the container runtime defaults for
        readonly paths and masked paths.
        This requires the ProcMountType feature flag to be enabled.
        Note that this field cannot be set when spec.os.name is windows.

        :schema: RedisSentinelSpecSecurityContext#procMount
        '''
        result = self._values.get("proc_mount")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def read_only_root_filesystem(self) -> typing.Optional[builtins.bool]:
        '''Whether this container has a read-only root filesystem.

        Default is false.
        Note that this field cannot be set when spec.os.name is windows.

        :default: false.

        :schema: RedisSentinelSpecSecurityContext#readOnlyRootFilesystem
        '''
        result = self._values.get("read_only_root_filesystem")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def run_as_group(self) -> typing.Optional[jsii.Number]:
        '''The GID to run the entrypoint of the container process.

        Uses runtime default if unset.
        May also be set in PodSecurityContext.  If set in both SecurityContext and
        PodSecurityContext, the value specified in SecurityContext takes precedence.
        Note that this field cannot be set when spec.os.name is windows.

        :schema: RedisSentinelSpecSecurityContext#runAsGroup
        '''
        result = self._values.get("run_as_group")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def run_as_non_root(self) -> typing.Optional[builtins.bool]:
        '''Indicates that the container must run as a non-root user.

        If true, the Kubelet will validate the image at runtime to ensure that it
        does not run as UID 0 (root) and fail to start the container if it does.
        If unset or false, no such validation will be performed.
        May also be set in PodSecurityContext.  If set in both SecurityContext and
        PodSecurityContext, the value specified in SecurityContext takes precedence.

        :schema: RedisSentinelSpecSecurityContext#runAsNonRoot
        '''
        result = self._values.get("run_as_non_root")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def run_as_user(self) -> typing.Optional[jsii.Number]:
        '''The UID to run the entrypoint of the container process.

        Defaults to user specified in image metadata if unspecified.
        May also be set in PodSecurityContext.  If set in both SecurityContext and
        PodSecurityContext, the value specified in SecurityContext takes precedence.
        Note that this field cannot be set when spec.os.name is windows.

        :default: user specified in image metadata if unspecified.

        :schema: RedisSentinelSpecSecurityContext#runAsUser
        '''
        result = self._values.get("run_as_user")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def seccomp_profile(self) -> typing.Any:
        '''The seccomp options to use by this container.

        If seccomp options are
        provided at both the pod & container level, the container options
        override the pod options.
        Note that this field cannot be set when spec.os.name is windows.

        :schema: RedisSentinelSpecSecurityContext#seccompProfile
        '''
        result = self._values.get("seccomp_profile")
        return typing.cast(typing.Any, result)

    @builtins.property
    def se_linux_options(self) -> typing.Any:
        '''The SELinux context to be applied to the container.

        If unspecified, the container runtime will allocate a random SELinux context for each
        container.  May also be set in PodSecurityContext.  If set in both SecurityContext and
        PodSecurityContext, the value specified in SecurityContext takes precedence.
        Note that this field cannot be set when spec.os.name is windows.

        :schema: RedisSentinelSpecSecurityContext#seLinuxOptions
        '''
        result = self._values.get("se_linux_options")
        return typing.cast(typing.Any, result)

    @builtins.property
    def windows_options(self) -> typing.Any:
        '''The Windows specific settings applied to all containers.

        If unspecified, the options from the PodSecurityContext will be used.
        If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
        Note that this field cannot be set when spec.os.name is linux.

        :schema: RedisSentinelSpecSecurityContext#windowsOptions
        '''
        result = self._values.get("windows_options")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RedisSentinelSpecSecurityContext(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="redis_inopstreelabsredisredis.RedisSentinelSpecSidecars",
    jsii_struct_bases=[],
    name_mapping={
        "image": "image",
        "name": "name",
        "command": "command",
        "env": "env",
        "image_pull_policy": "imagePullPolicy",
        "mount_path": "mountPath",
        "ports": "ports",
        "resources": "resources",
        "security_context": "securityContext",
    },
)
class RedisSentinelSpecSidecars:
    def __init__(
        self,
        *,
        image: builtins.str,
        name: builtins.str,
        command: typing.Optional[typing.Sequence[builtins.str]] = None,
        env: typing.Optional[typing.Sequence[typing.Any]] = None,
        image_pull_policy: typing.Optional[builtins.str] = None,
        mount_path: typing.Optional[typing.Sequence[typing.Any]] = None,
        ports: typing.Optional[typing.Sequence[typing.Any]] = None,
        resources: typing.Any = None,
        security_context: typing.Any = None,
    ) -> None:
        '''Sidecar for each Redis pods.

        :param image: 
        :param name: 
        :param command: 
        :param env: 
        :param image_pull_policy: PullPolicy describes a policy for if/when to pull a container image.
        :param mount_path: 
        :param ports: 
        :param resources: ResourceRequirements describes the compute resource requirements.
        :param security_context: SecurityContext holds security configuration that will be applied to a container. Some fields are present in both SecurityContext and PodSecurityContext. When both are set, the values in SecurityContext take precedence.

        :schema: RedisSentinelSpecSidecars
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__83a1f2f490a15f3df31c25da83c76a4f29393305833034c492756bab40eedee6)
            check_type(argname="argument image", value=image, expected_type=type_hints["image"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument command", value=command, expected_type=type_hints["command"])
            check_type(argname="argument env", value=env, expected_type=type_hints["env"])
            check_type(argname="argument image_pull_policy", value=image_pull_policy, expected_type=type_hints["image_pull_policy"])
            check_type(argname="argument mount_path", value=mount_path, expected_type=type_hints["mount_path"])
            check_type(argname="argument ports", value=ports, expected_type=type_hints["ports"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
            check_type(argname="argument security_context", value=security_context, expected_type=type_hints["security_context"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "image": image,
            "name": name,
        }
        if command is not None:
            self._values["command"] = command
        if env is not None:
            self._values["env"] = env
        if image_pull_policy is not None:
            self._values["image_pull_policy"] = image_pull_policy
        if mount_path is not None:
            self._values["mount_path"] = mount_path
        if ports is not None:
            self._values["ports"] = ports
        if resources is not None:
            self._values["resources"] = resources
        if security_context is not None:
            self._values["security_context"] = security_context

    @builtins.property
    def image(self) -> builtins.str:
        '''
        :schema: RedisSentinelSpecSidecars#image
        '''
        result = self._values.get("image")
        assert result is not None, "Required property 'image' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: RedisSentinelSpecSidecars#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def command(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: RedisSentinelSpecSidecars#command
        '''
        result = self._values.get("command")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def env(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: RedisSentinelSpecSidecars#env
        '''
        result = self._values.get("env")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def image_pull_policy(self) -> typing.Optional[builtins.str]:
        '''PullPolicy describes a policy for if/when to pull a container image.

        :schema: RedisSentinelSpecSidecars#imagePullPolicy
        '''
        result = self._values.get("image_pull_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def mount_path(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: RedisSentinelSpecSidecars#mountPath
        '''
        result = self._values.get("mount_path")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def ports(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: RedisSentinelSpecSidecars#ports
        '''
        result = self._values.get("ports")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def resources(self) -> typing.Any:
        '''ResourceRequirements describes the compute resource requirements.

        :schema: RedisSentinelSpecSidecars#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Any, result)

    @builtins.property
    def security_context(self) -> typing.Any:
        '''SecurityContext holds security configuration that will be applied to a container.

        Some fields are present in both SecurityContext and PodSecurityContext.  When both
        are set, the values in SecurityContext take precedence.

        :schema: RedisSentinelSpecSidecars#securityContext
        '''
        result = self._values.get("security_context")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RedisSentinelSpecSidecars(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="redis_inopstreelabsredisredis.RedisSentinelSpecTls",
    jsii_struct_bases=[],
    name_mapping={"secret": "secret", "ca": "ca", "cert": "cert", "key": "key"},
)
class RedisSentinelSpecTls:
    def __init__(
        self,
        *,
        secret: typing.Any,
        ca: typing.Optional[builtins.str] = None,
        cert: typing.Optional[builtins.str] = None,
        key: typing.Optional[builtins.str] = None,
    ) -> None:
        '''TLS Configuration for redis instances.

        :param secret: Reference to secret which contains the certificates.
        :param ca: 
        :param cert: 
        :param key: 

        :schema: RedisSentinelSpecTls
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d5cf7f82c9880f1b29ffbfdacee2d544243a60c71e2e707cd7d66bf577204f0b)
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
            check_type(argname="argument ca", value=ca, expected_type=type_hints["ca"])
            check_type(argname="argument cert", value=cert, expected_type=type_hints["cert"])
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "secret": secret,
        }
        if ca is not None:
            self._values["ca"] = ca
        if cert is not None:
            self._values["cert"] = cert
        if key is not None:
            self._values["key"] = key

    @builtins.property
    def secret(self) -> typing.Any:
        '''Reference to secret which contains the certificates.

        :schema: RedisSentinelSpecTls#secret
        '''
        result = self._values.get("secret")
        assert result is not None, "Required property 'secret' is missing"
        return typing.cast(typing.Any, result)

    @builtins.property
    def ca(self) -> typing.Optional[builtins.str]:
        '''
        :schema: RedisSentinelSpecTls#ca
        '''
        result = self._values.get("ca")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cert(self) -> typing.Optional[builtins.str]:
        '''
        :schema: RedisSentinelSpecTls#cert
        '''
        result = self._values.get("cert")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: RedisSentinelSpecTls#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RedisSentinelSpecTls(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="redis_inopstreelabsredisredis.RedisSentinelSpecTolerations",
    jsii_struct_bases=[],
    name_mapping={
        "effect": "effect",
        "key": "key",
        "operator": "operator",
        "toleration_seconds": "tolerationSeconds",
        "value": "value",
    },
)
class RedisSentinelSpecTolerations:
    def __init__(
        self,
        *,
        effect: typing.Optional[builtins.str] = None,
        key: typing.Optional[builtins.str] = None,
        operator: typing.Optional[builtins.str] = None,
        toleration_seconds: typing.Optional[jsii.Number] = None,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The pod this Toleration is attached to tolerates any taint that matches the triple <key,value,effect> using the matching operator .

        :param effect: Effect indicates the taint effect to match. Empty means match all taint effects. When specified, allowed values are NoSchedule, PreferNoSchedule and NoExecute.
        :param key: Key is the taint key that the toleration applies to. Empty means match all taint keys. If the key is empty, operator must be Exists; this combination means to match all values and all keys.
        :param operator: Operator represents a key's relationship to the value. Valid operators are Exists and Equal. Defaults to Equal. Exists is equivalent to wildcard for value, so that a pod can tolerate all taints of a particular category. Default: Equal.
        :param toleration_seconds: TolerationSeconds represents the period of time the toleration (which must be of effect NoExecute, otherwise this field is ignored) tolerates the taint. By default, it is not set, which means tolerate the taint forever (do not evict). Zero and negative values will be treated as 0 (evict immediately) by the system.
        :param value: Value is the taint value the toleration matches to. If the operator is Exists, the value should be empty, otherwise just a regular string.

        :schema: RedisSentinelSpecTolerations
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0cf25bb1fb62a9e1565203cee9d721bc0099f7498112845570692d796b0aa26d)
            check_type(argname="argument effect", value=effect, expected_type=type_hints["effect"])
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument toleration_seconds", value=toleration_seconds, expected_type=type_hints["toleration_seconds"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if effect is not None:
            self._values["effect"] = effect
        if key is not None:
            self._values["key"] = key
        if operator is not None:
            self._values["operator"] = operator
        if toleration_seconds is not None:
            self._values["toleration_seconds"] = toleration_seconds
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def effect(self) -> typing.Optional[builtins.str]:
        '''Effect indicates the taint effect to match.

        Empty means match all taint effects.
        When specified, allowed values are NoSchedule, PreferNoSchedule and NoExecute.

        :schema: RedisSentinelSpecTolerations#effect
        '''
        result = self._values.get("effect")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''Key is the taint key that the toleration applies to.

        Empty means match all taint keys.
        If the key is empty, operator must be Exists; this combination means to match all values and all keys.

        :schema: RedisSentinelSpecTolerations#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def operator(self) -> typing.Optional[builtins.str]:
        '''Operator represents a key's relationship to the value.

        Valid operators are Exists and Equal. Defaults to Equal.
        Exists is equivalent to wildcard for value, so that a pod can
        tolerate all taints of a particular category.

        :default: Equal.

        :schema: RedisSentinelSpecTolerations#operator
        '''
        result = self._values.get("operator")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def toleration_seconds(self) -> typing.Optional[jsii.Number]:
        '''TolerationSeconds represents the period of time the toleration (which must be of effect NoExecute, otherwise this field is ignored) tolerates the taint.

        By default,
        it is not set, which means tolerate the taint forever (do not evict). Zero and
        negative values will be treated as 0 (evict immediately) by the system.

        :schema: RedisSentinelSpecTolerations#tolerationSeconds
        '''
        result = self._values.get("toleration_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''Value is the taint value the toleration matches to.

        If the operator is Exists, the value should be empty, otherwise just a regular string.

        :schema: RedisSentinelSpecTolerations#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RedisSentinelSpecTolerations(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="redis_inopstreelabsredisredis.RedisSentinelSpecTopologySpreadConstraints",
    jsii_struct_bases=[],
    name_mapping={
        "max_skew": "maxSkew",
        "topology_key": "topologyKey",
        "when_unsatisfiable": "whenUnsatisfiable",
        "label_selector": "labelSelector",
        "match_label_keys": "matchLabelKeys",
        "min_domains": "minDomains",
        "node_affinity_policy": "nodeAffinityPolicy",
        "node_taints_policy": "nodeTaintsPolicy",
    },
)
class RedisSentinelSpecTopologySpreadConstraints:
    def __init__(
        self,
        *,
        max_skew: jsii.Number,
        topology_key: builtins.str,
        when_unsatisfiable: builtins.str,
        label_selector: typing.Any = None,
        match_label_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
        min_domains: typing.Optional[jsii.Number] = None,
        node_affinity_policy: typing.Optional[builtins.str] = None,
        node_taints_policy: typing.Optional[builtins.str] = None,
    ) -> None:
        '''TopologySpreadConstraint specifies how to spread matching pods among the given topology.

        :param max_skew: MaxSkew describes the degree to which pods may be unevenly distributed. When ``whenUnsatisfiable=DoNotSchedule``, it is the maximum permitted difference between the number of matching pods in the target topology and the global minimum. The global minimum is the minimum number of matching pods in an eligible domain or zero if the number of eligible domains is less than MinDomains. For example, in a 3-zone cluster, MaxSkew is set to 1, and pods with the same labelSelector spread as 2/2/1: In this case, the global minimum is 1. | zone1 | zone2 | zone3 | | P P | P P | P | - if MaxSkew is 1, incoming pod can only be scheduled to zone3 to become 2/2/2; scheduling it onto zone1(zone2) would make the ActualSkew(3-1) on zone1(zone2) violate MaxSkew(1). - if MaxSkew is 2, incoming pod can be scheduled onto any zone. When ``whenUnsatisfiable=ScheduleAnyway``, it is used to give higher precedence to topologies that satisfy it. It's a required field. Default value is 1 and 0 is not allowed.
        :param topology_key: TopologyKey is the key of node labels. Nodes that have a label with this key and identical values are considered to be in the same topology. We consider each <key, value> as a "bucket", and try to put balanced number of pods into each bucket. We define a domain as a particular instance of a topology. Also, we define an eligible domain as a domain whose nodes meet the requirements of nodeAffinityPolicy and nodeTaintsPolicy. e.g. If TopologyKey is "kubernetes.io/hostname", each Node is a domain of that topology. And, if TopologyKey is "topology.kubernetes.io/zone", each zone is a domain of that topology. It's a required field.
        :param when_unsatisfiable: WhenUnsatisfiable indicates how to deal with a pod if it doesn't satisfy the spread constraint. - DoNotSchedule (default) tells the scheduler not to schedule it. - ScheduleAnyway tells the scheduler to schedule the pod in any location, but giving higher precedence to topologies that would help reduce the skew. A constraint is considered "Unsatisfiable" for an incoming pod if and only if every possible node assignment for that pod would violate "MaxSkew" on some topology. For example, in a 3-zone cluster, MaxSkew is set to 1, and pods with the same labelSelector spread as 3/1/1: | zone1 | zone2 | zone3 | | P P P | P | P | If WhenUnsatisfiable is set to DoNotSchedule, incoming pod can only be scheduled to zone2(zone3) to become 3/2/1(3/1/2) as ActualSkew(2-1) on zone2(zone3) satisfies MaxSkew(1). In other words, the cluster can still be imbalanced, but scheduler won't make it *more* imbalanced. It's a required field.
        :param label_selector: LabelSelector is used to find matching pods. Pods that match this label selector are counted to determine the number of pods in their corresponding topology domain.
        :param match_label_keys: MatchLabelKeys is a set of pod label keys to select the pods over which spreading will be calculated. The keys are used to lookup values from the incoming pod labels, those key-value labels are ANDed with labelSelector to select the group of existing pods over which spreading will be calculated for the incoming pod. The same key is forbidden to exist in both MatchLabelKeys and LabelSelector. MatchLabelKeys cannot be set when LabelSelector isn't set. Keys that don't exist in the incoming pod labels will be ignored. A null or empty list means only match against labelSelector. This is a beta field and requires the MatchLabelKeysInPodTopologySpread feature gate to be enabled (enabled by default).
        :param min_domains: MinDomains indicates a minimum number of eligible domains. When the number of eligible domains with matching topology keys is less than minDomains, Pod Topology Spread treats "global minimum" as 0, and then the calculation of Skew is performed. And when the number of eligible domains with matching topology keys equals or greater than minDomains, this value has no effect on scheduling. As a result, when the number of eligible domains is less than minDomains, scheduler won't schedule more than maxSkew Pods to those domains. If value is nil, the constraint behaves as if MinDomains is equal to 1. Valid values are integers greater than 0. When value is not nil, WhenUnsatisfiable must be DoNotSchedule. For example, in a 3-zone cluster, MaxSkew is set to 2, MinDomains is set to 5 and pods with the same labelSelector spread as 2/2/2: | zone1 | zone2 | zone3 | | P P | P P | P P | The number of domains is less than 5(MinDomains), so "global minimum" is treated as 0. In this situation, new pod with the same labelSelector cannot be scheduled, because computed skew will be 3(3 - 0) if new Pod is scheduled to any of the three zones, it will violate MaxSkew. This is a beta field and requires the MinDomainsInPodTopologySpread feature gate to be enabled (enabled by default).
        :param node_affinity_policy: NodeAffinityPolicy indicates how we will treat Pod's nodeAffinity/nodeSelector when calculating pod topology spread skew. Options are: - Honor: only nodes matching nodeAffinity/nodeSelector are included in the calculations. - Ignore: nodeAffinity/nodeSelector are ignored. All nodes are included in the calculations. If this value is nil, the behavior is equivalent to the Honor policy. This is a beta-level feature default enabled by the NodeInclusionPolicyInPodTopologySpread feature flag.
        :param node_taints_policy: NodeTaintsPolicy indicates how we will treat node taints when calculating pod topology spread skew. Options are: - Honor: nodes without taints, along with tainted nodes for which the incoming pod has a toleration, are included. - Ignore: node taints are ignored. All nodes are included. If this value is nil, the behavior is equivalent to the Ignore policy. This is a beta-level feature default enabled by the NodeInclusionPolicyInPodTopologySpread feature flag.

        :schema: RedisSentinelSpecTopologySpreadConstraints
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__cd425d4b44190817e85d803a61307ba6a82ed1db784c3c1f7584a164feb920f2)
            check_type(argname="argument max_skew", value=max_skew, expected_type=type_hints["max_skew"])
            check_type(argname="argument topology_key", value=topology_key, expected_type=type_hints["topology_key"])
            check_type(argname="argument when_unsatisfiable", value=when_unsatisfiable, expected_type=type_hints["when_unsatisfiable"])
            check_type(argname="argument label_selector", value=label_selector, expected_type=type_hints["label_selector"])
            check_type(argname="argument match_label_keys", value=match_label_keys, expected_type=type_hints["match_label_keys"])
            check_type(argname="argument min_domains", value=min_domains, expected_type=type_hints["min_domains"])
            check_type(argname="argument node_affinity_policy", value=node_affinity_policy, expected_type=type_hints["node_affinity_policy"])
            check_type(argname="argument node_taints_policy", value=node_taints_policy, expected_type=type_hints["node_taints_policy"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "max_skew": max_skew,
            "topology_key": topology_key,
            "when_unsatisfiable": when_unsatisfiable,
        }
        if label_selector is not None:
            self._values["label_selector"] = label_selector
        if match_label_keys is not None:
            self._values["match_label_keys"] = match_label_keys
        if min_domains is not None:
            self._values["min_domains"] = min_domains
        if node_affinity_policy is not None:
            self._values["node_affinity_policy"] = node_affinity_policy
        if node_taints_policy is not None:
            self._values["node_taints_policy"] = node_taints_policy

    @builtins.property
    def max_skew(self) -> jsii.Number:
        '''MaxSkew describes the degree to which pods may be unevenly distributed.

        When ``whenUnsatisfiable=DoNotSchedule``, it is the maximum permitted difference
        between the number of matching pods in the target topology and the global minimum.
        The global minimum is the minimum number of matching pods in an eligible domain
        or zero if the number of eligible domains is less than MinDomains.
        For example, in a 3-zone cluster, MaxSkew is set to 1, and pods with the same
        labelSelector spread as 2/2/1:
        In this case, the global minimum is 1.
        | zone1 | zone2 | zone3 |
        |  P P  |  P P  |   P   |

        - if MaxSkew is 1, incoming pod can only be scheduled to zone3 to become 2/2/2;
          scheduling it onto zone1(zone2) would make the ActualSkew(3-1) on zone1(zone2)
          violate MaxSkew(1).
        - if MaxSkew is 2, incoming pod can be scheduled onto any zone.
          When ``whenUnsatisfiable=ScheduleAnyway``, it is used to give higher precedence
          to topologies that satisfy it.
          It's a required field. Default value is 1 and 0 is not allowed.

        :schema: RedisSentinelSpecTopologySpreadConstraints#maxSkew
        '''
        result = self._values.get("max_skew")
        assert result is not None, "Required property 'max_skew' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def topology_key(self) -> builtins.str:
        '''TopologyKey is the key of node labels.

        Nodes that have a label with this key
        and identical values are considered to be in the same topology.
        We consider each <key, value> as a "bucket", and try to put balanced number
        of pods into each bucket.
        We define a domain as a particular instance of a topology.
        Also, we define an eligible domain as a domain whose nodes meet the requirements of
        nodeAffinityPolicy and nodeTaintsPolicy.
        e.g. If TopologyKey is "kubernetes.io/hostname", each Node is a domain of that topology.
        And, if TopologyKey is "topology.kubernetes.io/zone", each zone is a domain of that topology.
        It's a required field.

        :schema: RedisSentinelSpecTopologySpreadConstraints#topologyKey
        '''
        result = self._values.get("topology_key")
        assert result is not None, "Required property 'topology_key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def when_unsatisfiable(self) -> builtins.str:
        '''WhenUnsatisfiable indicates how to deal with a pod if it doesn't satisfy the spread constraint.

        - DoNotSchedule (default) tells the scheduler not to schedule it.
        - ScheduleAnyway tells the scheduler to schedule the pod in any location,
          but giving higher precedence to topologies that would help reduce the
          skew.
          A constraint is considered "Unsatisfiable" for an incoming pod
          if and only if every possible node assignment for that pod would violate
          "MaxSkew" on some topology.
          For example, in a 3-zone cluster, MaxSkew is set to 1, and pods with the same
          labelSelector spread as 3/1/1:
          | zone1 | zone2 | zone3 |
          | P P P |   P   |   P   |
          If WhenUnsatisfiable is set to DoNotSchedule, incoming pod can only be scheduled
          to zone2(zone3) to become 3/2/1(3/1/2) as ActualSkew(2-1) on zone2(zone3) satisfies
          MaxSkew(1). In other words, the cluster can still be imbalanced, but scheduler
          won't make it *more* imbalanced.
          It's a required field.

        :schema: RedisSentinelSpecTopologySpreadConstraints#whenUnsatisfiable
        '''
        result = self._values.get("when_unsatisfiable")
        assert result is not None, "Required property 'when_unsatisfiable' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def label_selector(self) -> typing.Any:
        '''LabelSelector is used to find matching pods.

        Pods that match this label selector are counted to determine the number of pods
        in their corresponding topology domain.

        :schema: RedisSentinelSpecTopologySpreadConstraints#labelSelector
        '''
        result = self._values.get("label_selector")
        return typing.cast(typing.Any, result)

    @builtins.property
    def match_label_keys(self) -> typing.Optional[typing.List[builtins.str]]:
        '''MatchLabelKeys is a set of pod label keys to select the pods over which spreading will be calculated.

        The keys are used to lookup values from the
        incoming pod labels, those key-value labels are ANDed with labelSelector
        to select the group of existing pods over which spreading will be calculated
        for the incoming pod. The same key is forbidden to exist in both MatchLabelKeys and LabelSelector.
        MatchLabelKeys cannot be set when LabelSelector isn't set.
        Keys that don't exist in the incoming pod labels will
        be ignored. A null or empty list means only match against labelSelector.

        This is a beta field and requires the MatchLabelKeysInPodTopologySpread feature gate to be enabled (enabled by default).

        :schema: RedisSentinelSpecTopologySpreadConstraints#matchLabelKeys
        '''
        result = self._values.get("match_label_keys")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def min_domains(self) -> typing.Optional[jsii.Number]:
        '''MinDomains indicates a minimum number of eligible domains.

        When the number of eligible domains with matching topology keys is less than minDomains,
        Pod Topology Spread treats "global minimum" as 0, and then the calculation of Skew is performed.
        And when the number of eligible domains with matching topology keys equals or greater than minDomains,
        this value has no effect on scheduling.
        As a result, when the number of eligible domains is less than minDomains,
        scheduler won't schedule more than maxSkew Pods to those domains.
        If value is nil, the constraint behaves as if MinDomains is equal to 1.
        Valid values are integers greater than 0.
        When value is not nil, WhenUnsatisfiable must be DoNotSchedule.

        For example, in a 3-zone cluster, MaxSkew is set to 2, MinDomains is set to 5 and pods with the same
        labelSelector spread as 2/2/2:
        | zone1 | zone2 | zone3 |
        |  P P  |  P P  |  P P  |
        The number of domains is less than 5(MinDomains), so "global minimum" is treated as 0.
        In this situation, new pod with the same labelSelector cannot be scheduled,
        because computed skew will be 3(3 - 0) if new Pod is scheduled to any of the three zones,
        it will violate MaxSkew.

        This is a beta field and requires the MinDomainsInPodTopologySpread feature gate to be enabled (enabled by default).

        :schema: RedisSentinelSpecTopologySpreadConstraints#minDomains
        '''
        result = self._values.get("min_domains")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def node_affinity_policy(self) -> typing.Optional[builtins.str]:
        '''NodeAffinityPolicy indicates how we will treat Pod's nodeAffinity/nodeSelector when calculating pod topology spread skew.

        Options are:

        - Honor: only nodes matching nodeAffinity/nodeSelector are included in the calculations.
        - Ignore: nodeAffinity/nodeSelector are ignored. All nodes are included in the calculations.

        If this value is nil, the behavior is equivalent to the Honor policy.
        This is a beta-level feature default enabled by the NodeInclusionPolicyInPodTopologySpread feature flag.

        :schema: RedisSentinelSpecTopologySpreadConstraints#nodeAffinityPolicy
        '''
        result = self._values.get("node_affinity_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def node_taints_policy(self) -> typing.Optional[builtins.str]:
        '''NodeTaintsPolicy indicates how we will treat node taints when calculating pod topology spread skew.

        Options are:

        - Honor: nodes without taints, along with tainted nodes for which the incoming pod
          has a toleration, are included.
        - Ignore: node taints are ignored. All nodes are included.

        If this value is nil, the behavior is equivalent to the Ignore policy.
        This is a beta-level feature default enabled by the NodeInclusionPolicyInPodTopologySpread feature flag.

        :schema: RedisSentinelSpecTopologySpreadConstraints#nodeTaintsPolicy
        '''
        result = self._values.get("node_taints_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RedisSentinelSpecTopologySpreadConstraints(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="redis_inopstreelabsredisredis.RedisSentinelSpecVolumeMount",
    jsii_struct_bases=[],
    name_mapping={"mount_path": "mountPath", "volume": "volume"},
)
class RedisSentinelSpecVolumeMount:
    def __init__(
        self,
        *,
        mount_path: typing.Optional[typing.Sequence[typing.Any]] = None,
        volume: typing.Optional[typing.Sequence[typing.Any]] = None,
    ) -> None:
        '''Additional Volume is provided by user that is mounted on the pods.

        :param mount_path: 
        :param volume: 

        :schema: RedisSentinelSpecVolumeMount
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f3b48264b2224aeb2db392f4327465e309389cbbf3a6279a20acd6d76ac22e7d)
            check_type(argname="argument mount_path", value=mount_path, expected_type=type_hints["mount_path"])
            check_type(argname="argument volume", value=volume, expected_type=type_hints["volume"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if mount_path is not None:
            self._values["mount_path"] = mount_path
        if volume is not None:
            self._values["volume"] = volume

    @builtins.property
    def mount_path(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: RedisSentinelSpecVolumeMount#mountPath
        '''
        result = self._values.get("mount_path")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def volume(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: RedisSentinelSpecVolumeMount#volume
        '''
        result = self._values.get("volume")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RedisSentinelSpecVolumeMount(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="redis_inopstreelabsredisredis.RedisSpec",
    jsii_struct_bases=[],
    name_mapping={
        "kubernetes_config": "kubernetesConfig",
        "acl": "acl",
        "affinity": "affinity",
        "env": "env",
        "host_port": "hostPort",
        "init_container": "initContainer",
        "liveness_probe": "livenessProbe",
        "node_selector": "nodeSelector",
        "pod_security_context": "podSecurityContext",
        "priority_class_name": "priorityClassName",
        "readiness_probe": "readinessProbe",
        "redis_config": "redisConfig",
        "redis_exporter": "redisExporter",
        "security_context": "securityContext",
        "service_account_name": "serviceAccountName",
        "sidecars": "sidecars",
        "storage": "storage",
        "termination_grace_period_seconds": "terminationGracePeriodSeconds",
        "tls": "tls",
        "tolerations": "tolerations",
    },
)
class RedisSpec:
    def __init__(
        self,
        *,
        kubernetes_config: typing.Union["RedisSpecKubernetesConfig", typing.Dict[builtins.str, typing.Any]],
        acl: typing.Optional[typing.Union["RedisSpecAcl", typing.Dict[builtins.str, typing.Any]]] = None,
        affinity: typing.Optional[typing.Union["RedisSpecAffinity", typing.Dict[builtins.str, typing.Any]]] = None,
        env: typing.Optional[typing.Sequence[typing.Union["RedisSpecEnv", typing.Dict[builtins.str, typing.Any]]]] = None,
        host_port: typing.Optional[jsii.Number] = None,
        init_container: typing.Optional[typing.Union["RedisSpecInitContainer", typing.Dict[builtins.str, typing.Any]]] = None,
        liveness_probe: typing.Optional[typing.Union["RedisSpecLivenessProbe", typing.Dict[builtins.str, typing.Any]]] = None,
        node_selector: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        pod_security_context: typing.Optional[typing.Union["RedisSpecPodSecurityContext", typing.Dict[builtins.str, typing.Any]]] = None,
        priority_class_name: typing.Optional[builtins.str] = None,
        readiness_probe: typing.Optional[typing.Union["RedisSpecReadinessProbe", typing.Dict[builtins.str, typing.Any]]] = None,
        redis_config: typing.Optional[typing.Union["RedisSpecRedisConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        redis_exporter: typing.Optional[typing.Union["RedisSpecRedisExporter", typing.Dict[builtins.str, typing.Any]]] = None,
        security_context: typing.Optional[typing.Union["RedisSpecSecurityContext", typing.Dict[builtins.str, typing.Any]]] = None,
        service_account_name: typing.Optional[builtins.str] = None,
        sidecars: typing.Optional[typing.Sequence[typing.Union["RedisSpecSidecars", typing.Dict[builtins.str, typing.Any]]]] = None,
        storage: typing.Optional[typing.Union["RedisSpecStorage", typing.Dict[builtins.str, typing.Any]]] = None,
        termination_grace_period_seconds: typing.Optional[jsii.Number] = None,
        tls: typing.Optional[typing.Union["RedisSpecTls", typing.Dict[builtins.str, typing.Any]]] = None,
        tolerations: typing.Optional[typing.Sequence[typing.Union["RedisSpecTolerations", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''RedisSpec defines the desired state of Redis.

        :param kubernetes_config: KubernetesConfig will be the JSON struct for Basic Redis Config.
        :param acl: 
        :param affinity: Affinity is a group of affinity scheduling rules.
        :param env: 
        :param host_port: 
        :param init_container: InitContainer for each Redis pods.
        :param liveness_probe: Probe describes a health check to be performed against a container to determine whether it is alive or ready to receive traffic.
        :param node_selector: 
        :param pod_security_context: PodSecurityContext holds pod-level security attributes and common container settings. Some fields are also present in container.securityContext. Field values of container.securityContext take precedence over field values of PodSecurityContext.
        :param priority_class_name: 
        :param readiness_probe: Probe describes a health check to be performed against a container to determine whether it is alive or ready to receive traffic.
        :param redis_config: RedisConfig defines the external configuration of Redis.
        :param redis_exporter: RedisExporter interface will have the information for redis exporter related stuff.
        :param security_context: SecurityContext holds security configuration that will be applied to a container. Some fields are present in both SecurityContext and PodSecurityContext. When both are set, the values in SecurityContext take precedence.
        :param service_account_name: 
        :param sidecars: 
        :param storage: Storage is the interface to add pvc and pv support in redis.
        :param termination_grace_period_seconds: 
        :param tls: TLS Configuration for redis instances.
        :param tolerations: 

        :schema: RedisSpec
        '''
        if isinstance(kubernetes_config, dict):
            kubernetes_config = RedisSpecKubernetesConfig(**kubernetes_config)
        if isinstance(acl, dict):
            acl = RedisSpecAcl(**acl)
        if isinstance(affinity, dict):
            affinity = RedisSpecAffinity(**affinity)
        if isinstance(init_container, dict):
            init_container = RedisSpecInitContainer(**init_container)
        if isinstance(liveness_probe, dict):
            liveness_probe = RedisSpecLivenessProbe(**liveness_probe)
        if isinstance(pod_security_context, dict):
            pod_security_context = RedisSpecPodSecurityContext(**pod_security_context)
        if isinstance(readiness_probe, dict):
            readiness_probe = RedisSpecReadinessProbe(**readiness_probe)
        if isinstance(redis_config, dict):
            redis_config = RedisSpecRedisConfig(**redis_config)
        if isinstance(redis_exporter, dict):
            redis_exporter = RedisSpecRedisExporter(**redis_exporter)
        if isinstance(security_context, dict):
            security_context = RedisSpecSecurityContext(**security_context)
        if isinstance(storage, dict):
            storage = RedisSpecStorage(**storage)
        if isinstance(tls, dict):
            tls = RedisSpecTls(**tls)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__242230988ad96ddb4b105cda3f69b2f3ce9c7fed3041c43b16b1d1f0520ab9b8)
            check_type(argname="argument kubernetes_config", value=kubernetes_config, expected_type=type_hints["kubernetes_config"])
            check_type(argname="argument acl", value=acl, expected_type=type_hints["acl"])
            check_type(argname="argument affinity", value=affinity, expected_type=type_hints["affinity"])
            check_type(argname="argument env", value=env, expected_type=type_hints["env"])
            check_type(argname="argument host_port", value=host_port, expected_type=type_hints["host_port"])
            check_type(argname="argument init_container", value=init_container, expected_type=type_hints["init_container"])
            check_type(argname="argument liveness_probe", value=liveness_probe, expected_type=type_hints["liveness_probe"])
            check_type(argname="argument node_selector", value=node_selector, expected_type=type_hints["node_selector"])
            check_type(argname="argument pod_security_context", value=pod_security_context, expected_type=type_hints["pod_security_context"])
            check_type(argname="argument priority_class_name", value=priority_class_name, expected_type=type_hints["priority_class_name"])
            check_type(argname="argument readiness_probe", value=readiness_probe, expected_type=type_hints["readiness_probe"])
            check_type(argname="argument redis_config", value=redis_config, expected_type=type_hints["redis_config"])
            check_type(argname="argument redis_exporter", value=redis_exporter, expected_type=type_hints["redis_exporter"])
            check_type(argname="argument security_context", value=security_context, expected_type=type_hints["security_context"])
            check_type(argname="argument service_account_name", value=service_account_name, expected_type=type_hints["service_account_name"])
            check_type(argname="argument sidecars", value=sidecars, expected_type=type_hints["sidecars"])
            check_type(argname="argument storage", value=storage, expected_type=type_hints["storage"])
            check_type(argname="argument termination_grace_period_seconds", value=termination_grace_period_seconds, expected_type=type_hints["termination_grace_period_seconds"])
            check_type(argname="argument tls", value=tls, expected_type=type_hints["tls"])
            check_type(argname="argument tolerations", value=tolerations, expected_type=type_hints["tolerations"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "kubernetes_config": kubernetes_config,
        }
        if acl is not None:
            self._values["acl"] = acl
        if affinity is not None:
            self._values["affinity"] = affinity
        if env is not None:
            self._values["env"] = env
        if host_port is not None:
            self._values["host_port"] = host_port
        if init_container is not None:
            self._values["init_container"] = init_container
        if liveness_probe is not None:
            self._values["liveness_probe"] = liveness_probe
        if node_selector is not None:
            self._values["node_selector"] = node_selector
        if pod_security_context is not None:
            self._values["pod_security_context"] = pod_security_context
        if priority_class_name is not None:
            self._values["priority_class_name"] = priority_class_name
        if readiness_probe is not None:
            self._values["readiness_probe"] = readiness_probe
        if redis_config is not None:
            self._values["redis_config"] = redis_config
        if redis_exporter is not None:
            self._values["redis_exporter"] = redis_exporter
        if security_context is not None:
            self._values["security_context"] = security_context
        if service_account_name is not None:
            self._values["service_account_name"] = service_account_name
        if sidecars is not None:
            self._values["sidecars"] = sidecars
        if storage is not None:
            self._values["storage"] = storage
        if termination_grace_period_seconds is not None:
            self._values["termination_grace_period_seconds"] = termination_grace_period_seconds
        if tls is not None:
            self._values["tls"] = tls
        if tolerations is not None:
            self._values["tolerations"] = tolerations

    @builtins.property
    def kubernetes_config(self) -> "RedisSpecKubernetesConfig":
        '''KubernetesConfig will be the JSON struct for Basic Redis Config.

        :schema: RedisSpec#kubernetesConfig
        '''
        result = self._values.get("kubernetes_config")
        assert result is not None, "Required property 'kubernetes_config' is missing"
        return typing.cast("RedisSpecKubernetesConfig", result)

    @builtins.property
    def acl(self) -> typing.Optional["RedisSpecAcl"]:
        '''
        :schema: RedisSpec#acl
        '''
        result = self._values.get("acl")
        return typing.cast(typing.Optional["RedisSpecAcl"], result)

    @builtins.property
    def affinity(self) -> typing.Optional["RedisSpecAffinity"]:
        '''Affinity is a group of affinity scheduling rules.

        :schema: RedisSpec#affinity
        '''
        result = self._values.get("affinity")
        return typing.cast(typing.Optional["RedisSpecAffinity"], result)

    @builtins.property
    def env(self) -> typing.Optional[typing.List["RedisSpecEnv"]]:
        '''
        :schema: RedisSpec#env
        '''
        result = self._values.get("env")
        return typing.cast(typing.Optional[typing.List["RedisSpecEnv"]], result)

    @builtins.property
    def host_port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: RedisSpec#hostPort
        '''
        result = self._values.get("host_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def init_container(self) -> typing.Optional["RedisSpecInitContainer"]:
        '''InitContainer for each Redis pods.

        :schema: RedisSpec#initContainer
        '''
        result = self._values.get("init_container")
        return typing.cast(typing.Optional["RedisSpecInitContainer"], result)

    @builtins.property
    def liveness_probe(self) -> typing.Optional["RedisSpecLivenessProbe"]:
        '''Probe describes a health check to be performed against a container to determine whether it is alive or ready to receive traffic.

        :schema: RedisSpec#livenessProbe
        '''
        result = self._values.get("liveness_probe")
        return typing.cast(typing.Optional["RedisSpecLivenessProbe"], result)

    @builtins.property
    def node_selector(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: RedisSpec#nodeSelector
        '''
        result = self._values.get("node_selector")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def pod_security_context(self) -> typing.Optional["RedisSpecPodSecurityContext"]:
        '''PodSecurityContext holds pod-level security attributes and common container settings.

        Some fields are also present in container.securityContext.  Field values of
        container.securityContext take precedence over field values of PodSecurityContext.

        :schema: RedisSpec#podSecurityContext
        '''
        result = self._values.get("pod_security_context")
        return typing.cast(typing.Optional["RedisSpecPodSecurityContext"], result)

    @builtins.property
    def priority_class_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: RedisSpec#priorityClassName
        '''
        result = self._values.get("priority_class_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def readiness_probe(self) -> typing.Optional["RedisSpecReadinessProbe"]:
        '''Probe describes a health check to be performed against a container to determine whether it is alive or ready to receive traffic.

        :schema: RedisSpec#readinessProbe
        '''
        result = self._values.get("readiness_probe")
        return typing.cast(typing.Optional["RedisSpecReadinessProbe"], result)

    @builtins.property
    def redis_config(self) -> typing.Optional["RedisSpecRedisConfig"]:
        '''RedisConfig defines the external configuration of Redis.

        :schema: RedisSpec#redisConfig
        '''
        result = self._values.get("redis_config")
        return typing.cast(typing.Optional["RedisSpecRedisConfig"], result)

    @builtins.property
    def redis_exporter(self) -> typing.Optional["RedisSpecRedisExporter"]:
        '''RedisExporter interface will have the information for redis exporter related stuff.

        :schema: RedisSpec#redisExporter
        '''
        result = self._values.get("redis_exporter")
        return typing.cast(typing.Optional["RedisSpecRedisExporter"], result)

    @builtins.property
    def security_context(self) -> typing.Optional["RedisSpecSecurityContext"]:
        '''SecurityContext holds security configuration that will be applied to a container.

        Some fields are present in both SecurityContext and PodSecurityContext.  When both
        are set, the values in SecurityContext take precedence.

        :schema: RedisSpec#securityContext
        '''
        result = self._values.get("security_context")
        return typing.cast(typing.Optional["RedisSpecSecurityContext"], result)

    @builtins.property
    def service_account_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: RedisSpec#serviceAccountName
        '''
        result = self._values.get("service_account_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sidecars(self) -> typing.Optional[typing.List["RedisSpecSidecars"]]:
        '''
        :schema: RedisSpec#sidecars
        '''
        result = self._values.get("sidecars")
        return typing.cast(typing.Optional[typing.List["RedisSpecSidecars"]], result)

    @builtins.property
    def storage(self) -> typing.Optional["RedisSpecStorage"]:
        '''Storage is the interface to add pvc and pv support in redis.

        :schema: RedisSpec#storage
        '''
        result = self._values.get("storage")
        return typing.cast(typing.Optional["RedisSpecStorage"], result)

    @builtins.property
    def termination_grace_period_seconds(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: RedisSpec#terminationGracePeriodSeconds
        '''
        result = self._values.get("termination_grace_period_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def tls(self) -> typing.Optional["RedisSpecTls"]:
        '''TLS Configuration for redis instances.

        :schema: RedisSpec#TLS
        '''
        result = self._values.get("tls")
        return typing.cast(typing.Optional["RedisSpecTls"], result)

    @builtins.property
    def tolerations(self) -> typing.Optional[typing.List["RedisSpecTolerations"]]:
        '''
        :schema: RedisSpec#tolerations
        '''
        result = self._values.get("tolerations")
        return typing.cast(typing.Optional[typing.List["RedisSpecTolerations"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RedisSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="redis_inopstreelabsredisredis.RedisSpecAcl",
    jsii_struct_bases=[],
    name_mapping={
        "persistent_volume_claim": "persistentVolumeClaim",
        "secret": "secret",
    },
)
class RedisSpecAcl:
    def __init__(
        self,
        *,
        persistent_volume_claim: typing.Optional[builtins.str] = None,
        secret: typing.Any = None,
    ) -> None:
        '''
        :param persistent_volume_claim: PersistentVolumeClaim-based ACL configuration Specify the PVC name to mount ACL file from persistent storage The operator mounts the PVC at /data/redis so Redis can read and update /data/redis/user.acl This feature requires the GenerateConfigInInitContainer feature gate to be enabled.
        :param secret: Secret-based ACL configuration. Adapts a Secret into a volume containing ACL rules. The contents of the target Secret's Data field will be presented in a volume as files using the keys in the Data field as the file names. Secret volumes support ownership management and SELinux relabeling.

        :schema: RedisSpecAcl
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d10d0ac467b36b6d0cf444a7e4a571de65bff35412b0d5f1fe0f0912158f37db)
            check_type(argname="argument persistent_volume_claim", value=persistent_volume_claim, expected_type=type_hints["persistent_volume_claim"])
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if persistent_volume_claim is not None:
            self._values["persistent_volume_claim"] = persistent_volume_claim
        if secret is not None:
            self._values["secret"] = secret

    @builtins.property
    def persistent_volume_claim(self) -> typing.Optional[builtins.str]:
        '''PersistentVolumeClaim-based ACL configuration Specify the PVC name to mount ACL file from persistent storage The operator mounts the PVC at /data/redis so Redis can read and update /data/redis/user.acl This feature requires the GenerateConfigInInitContainer feature gate to be enabled.

        :schema: RedisSpecAcl#persistentVolumeClaim
        '''
        result = self._values.get("persistent_volume_claim")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def secret(self) -> typing.Any:
        '''Secret-based ACL configuration.

        Adapts a Secret into a volume containing ACL rules.
        The contents of the target Secret's Data field will be presented in a volume
        as files using the keys in the Data field as the file names.
        Secret volumes support ownership management and SELinux relabeling.

        :schema: RedisSpecAcl#secret
        '''
        result = self._values.get("secret")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RedisSpecAcl(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="redis_inopstreelabsredisredis.RedisSpecAffinity",
    jsii_struct_bases=[],
    name_mapping={
        "node_affinity": "nodeAffinity",
        "pod_affinity": "podAffinity",
        "pod_anti_affinity": "podAntiAffinity",
    },
)
class RedisSpecAffinity:
    def __init__(
        self,
        *,
        node_affinity: typing.Any = None,
        pod_affinity: typing.Any = None,
        pod_anti_affinity: typing.Any = None,
    ) -> None:
        '''Affinity is a group of affinity scheduling rules.

        :param node_affinity: Describes node affinity scheduling rules for the pod.
        :param pod_affinity: Describes pod affinity scheduling rules (e.g. co-locate this pod in the same node, zone, etc. as some other pod(s)).
        :param pod_anti_affinity: Describes pod anti-affinity scheduling rules (e.g. avoid putting this pod in the same node, zone, etc. as some other pod(s)).

        :schema: RedisSpecAffinity
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c7d90860b40d0a683211f86ebb58a80cd6f48f5c724d3bc084744cebe0f88b08)
            check_type(argname="argument node_affinity", value=node_affinity, expected_type=type_hints["node_affinity"])
            check_type(argname="argument pod_affinity", value=pod_affinity, expected_type=type_hints["pod_affinity"])
            check_type(argname="argument pod_anti_affinity", value=pod_anti_affinity, expected_type=type_hints["pod_anti_affinity"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if node_affinity is not None:
            self._values["node_affinity"] = node_affinity
        if pod_affinity is not None:
            self._values["pod_affinity"] = pod_affinity
        if pod_anti_affinity is not None:
            self._values["pod_anti_affinity"] = pod_anti_affinity

    @builtins.property
    def node_affinity(self) -> typing.Any:
        '''Describes node affinity scheduling rules for the pod.

        :schema: RedisSpecAffinity#nodeAffinity
        '''
        result = self._values.get("node_affinity")
        return typing.cast(typing.Any, result)

    @builtins.property
    def pod_affinity(self) -> typing.Any:
        '''Describes pod affinity scheduling rules (e.g. co-locate this pod in the same node, zone, etc. as some other pod(s)).

        :schema: RedisSpecAffinity#podAffinity
        '''
        result = self._values.get("pod_affinity")
        return typing.cast(typing.Any, result)

    @builtins.property
    def pod_anti_affinity(self) -> typing.Any:
        '''Describes pod anti-affinity scheduling rules (e.g. avoid putting this pod in the same node, zone, etc. as some other pod(s)).

        :schema: RedisSpecAffinity#podAntiAffinity
        '''
        result = self._values.get("pod_anti_affinity")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RedisSpecAffinity(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="redis_inopstreelabsredisredis.RedisSpecEnv",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value", "value_from": "valueFrom"},
)
class RedisSpecEnv:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Optional[builtins.str] = None,
        value_from: typing.Any = None,
    ) -> None:
        '''EnvVar represents an environment variable present in a Container.

        :param name: Name of the environment variable. Must be a C_IDENTIFIER.
        :param value: Variable references $(VAR_NAME) are expanded using the previously defined environment variables in the container and any service environment variables. If a variable cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless of whether the variable exists or not. Defaults to "". Default: .
        :param value_from: Source for the environment variable's value. Cannot be used if value is not empty.

        :schema: RedisSpecEnv
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__df8541e44eef108a56ae6b6e4ec6d59c2e4f775696f59b1001bd90120ed3f79b)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
            check_type(argname="argument value_from", value=value_from, expected_type=type_hints["value_from"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if value is not None:
            self._values["value"] = value
        if value_from is not None:
            self._values["value_from"] = value_from

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the environment variable.

        Must be a C_IDENTIFIER.

        :schema: RedisSpecEnv#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''Variable references $(VAR_NAME) are expanded using the previously defined environment variables in the container and any service environment variables.

        If a variable cannot be resolved,
        the reference in the input string will be unchanged. Double $$ are reduced
        to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e.
        "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)".
        Escaped references will never be expanded, regardless of whether the variable
        exists or not.
        Defaults to "".

        :default: .

        :schema: RedisSpecEnv#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value_from(self) -> typing.Any:
        '''Source for the environment variable's value.

        Cannot be used if value is not empty.

        :schema: RedisSpecEnv#valueFrom
        '''
        result = self._values.get("value_from")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RedisSpecEnv(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="redis_inopstreelabsredisredis.RedisSpecInitContainer",
    jsii_struct_bases=[],
    name_mapping={
        "image": "image",
        "args": "args",
        "command": "command",
        "enabled": "enabled",
        "env": "env",
        "image_pull_policy": "imagePullPolicy",
        "resources": "resources",
        "security_context": "securityContext",
    },
)
class RedisSpecInitContainer:
    def __init__(
        self,
        *,
        image: builtins.str,
        args: typing.Optional[typing.Sequence[builtins.str]] = None,
        command: typing.Optional[typing.Sequence[builtins.str]] = None,
        enabled: typing.Optional[builtins.bool] = None,
        env: typing.Optional[typing.Sequence[typing.Any]] = None,
        image_pull_policy: typing.Optional[builtins.str] = None,
        resources: typing.Any = None,
        security_context: typing.Any = None,
    ) -> None:
        '''InitContainer for each Redis pods.

        :param image: 
        :param args: 
        :param command: 
        :param enabled: 
        :param env: 
        :param image_pull_policy: PullPolicy describes a policy for if/when to pull a container image.
        :param resources: ResourceRequirements describes the compute resource requirements.
        :param security_context: SecurityContext holds security configuration that will be applied to a container. Some fields are present in both SecurityContext and PodSecurityContext. When both are set, the values in SecurityContext take precedence.

        :schema: RedisSpecInitContainer
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__51c77f74d89b50befc2348b68025b430546a403a98b3dc9a327459bd4e43fd3e)
            check_type(argname="argument image", value=image, expected_type=type_hints["image"])
            check_type(argname="argument args", value=args, expected_type=type_hints["args"])
            check_type(argname="argument command", value=command, expected_type=type_hints["command"])
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
            check_type(argname="argument env", value=env, expected_type=type_hints["env"])
            check_type(argname="argument image_pull_policy", value=image_pull_policy, expected_type=type_hints["image_pull_policy"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
            check_type(argname="argument security_context", value=security_context, expected_type=type_hints["security_context"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "image": image,
        }
        if args is not None:
            self._values["args"] = args
        if command is not None:
            self._values["command"] = command
        if enabled is not None:
            self._values["enabled"] = enabled
        if env is not None:
            self._values["env"] = env
        if image_pull_policy is not None:
            self._values["image_pull_policy"] = image_pull_policy
        if resources is not None:
            self._values["resources"] = resources
        if security_context is not None:
            self._values["security_context"] = security_context

    @builtins.property
    def image(self) -> builtins.str:
        '''
        :schema: RedisSpecInitContainer#image
        '''
        result = self._values.get("image")
        assert result is not None, "Required property 'image' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def args(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: RedisSpecInitContainer#args
        '''
        result = self._values.get("args")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def command(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: RedisSpecInitContainer#command
        '''
        result = self._values.get("command")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: RedisSpecInitContainer#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def env(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: RedisSpecInitContainer#env
        '''
        result = self._values.get("env")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def image_pull_policy(self) -> typing.Optional[builtins.str]:
        '''PullPolicy describes a policy for if/when to pull a container image.

        :schema: RedisSpecInitContainer#imagePullPolicy
        '''
        result = self._values.get("image_pull_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def resources(self) -> typing.Any:
        '''ResourceRequirements describes the compute resource requirements.

        :schema: RedisSpecInitContainer#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Any, result)

    @builtins.property
    def security_context(self) -> typing.Any:
        '''SecurityContext holds security configuration that will be applied to a container.

        Some fields are present in both SecurityContext and PodSecurityContext.  When both
        are set, the values in SecurityContext take precedence.

        :schema: RedisSpecInitContainer#securityContext
        '''
        result = self._values.get("security_context")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RedisSpecInitContainer(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="redis_inopstreelabsredisredis.RedisSpecKubernetesConfig",
    jsii_struct_bases=[],
    name_mapping={
        "image": "image",
        "ignore_annotations": "ignoreAnnotations",
        "image_pull_policy": "imagePullPolicy",
        "image_pull_secrets": "imagePullSecrets",
        "min_ready_seconds": "minReadySeconds",
        "persistent_volume_claim_retention_policy": "persistentVolumeClaimRetentionPolicy",
        "redis_secret": "redisSecret",
        "resources": "resources",
        "service": "service",
        "update_strategy": "updateStrategy",
    },
)
class RedisSpecKubernetesConfig:
    def __init__(
        self,
        *,
        image: builtins.str,
        ignore_annotations: typing.Optional[typing.Sequence[builtins.str]] = None,
        image_pull_policy: typing.Optional[builtins.str] = None,
        image_pull_secrets: typing.Optional[typing.Sequence[typing.Any]] = None,
        min_ready_seconds: typing.Optional[jsii.Number] = None,
        persistent_volume_claim_retention_policy: typing.Any = None,
        redis_secret: typing.Any = None,
        resources: typing.Any = None,
        service: typing.Any = None,
        update_strategy: typing.Any = None,
    ) -> None:
        '''KubernetesConfig will be the JSON struct for Basic Redis Config.

        :param image: 
        :param ignore_annotations: 
        :param image_pull_policy: PullPolicy describes a policy for if/when to pull a container image.
        :param image_pull_secrets: 
        :param min_ready_seconds: 
        :param persistent_volume_claim_retention_policy: StatefulSetPersistentVolumeClaimRetentionPolicy describes the policy used for PVCs created from the StatefulSet VolumeClaimTemplates.
        :param redis_secret: ExistingPasswordSecret is the struct to access the existing secret.
        :param resources: ResourceRequirements describes the compute resource requirements.
        :param service: ServiceConfig define the type of service to be created and its annotations.
        :param update_strategy: StatefulSetUpdateStrategy indicates the strategy that the StatefulSet controller will use to perform updates. It includes any additional parameters necessary to perform the update for the indicated strategy.

        :schema: RedisSpecKubernetesConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1c2bc663e7f34f014fb3561f7190cad7a24f377525e5dbc483152075b11d234c)
            check_type(argname="argument image", value=image, expected_type=type_hints["image"])
            check_type(argname="argument ignore_annotations", value=ignore_annotations, expected_type=type_hints["ignore_annotations"])
            check_type(argname="argument image_pull_policy", value=image_pull_policy, expected_type=type_hints["image_pull_policy"])
            check_type(argname="argument image_pull_secrets", value=image_pull_secrets, expected_type=type_hints["image_pull_secrets"])
            check_type(argname="argument min_ready_seconds", value=min_ready_seconds, expected_type=type_hints["min_ready_seconds"])
            check_type(argname="argument persistent_volume_claim_retention_policy", value=persistent_volume_claim_retention_policy, expected_type=type_hints["persistent_volume_claim_retention_policy"])
            check_type(argname="argument redis_secret", value=redis_secret, expected_type=type_hints["redis_secret"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
            check_type(argname="argument service", value=service, expected_type=type_hints["service"])
            check_type(argname="argument update_strategy", value=update_strategy, expected_type=type_hints["update_strategy"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "image": image,
        }
        if ignore_annotations is not None:
            self._values["ignore_annotations"] = ignore_annotations
        if image_pull_policy is not None:
            self._values["image_pull_policy"] = image_pull_policy
        if image_pull_secrets is not None:
            self._values["image_pull_secrets"] = image_pull_secrets
        if min_ready_seconds is not None:
            self._values["min_ready_seconds"] = min_ready_seconds
        if persistent_volume_claim_retention_policy is not None:
            self._values["persistent_volume_claim_retention_policy"] = persistent_volume_claim_retention_policy
        if redis_secret is not None:
            self._values["redis_secret"] = redis_secret
        if resources is not None:
            self._values["resources"] = resources
        if service is not None:
            self._values["service"] = service
        if update_strategy is not None:
            self._values["update_strategy"] = update_strategy

    @builtins.property
    def image(self) -> builtins.str:
        '''
        :schema: RedisSpecKubernetesConfig#image
        '''
        result = self._values.get("image")
        assert result is not None, "Required property 'image' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def ignore_annotations(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: RedisSpecKubernetesConfig#ignoreAnnotations
        '''
        result = self._values.get("ignore_annotations")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def image_pull_policy(self) -> typing.Optional[builtins.str]:
        '''PullPolicy describes a policy for if/when to pull a container image.

        :schema: RedisSpecKubernetesConfig#imagePullPolicy
        '''
        result = self._values.get("image_pull_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_pull_secrets(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: RedisSpecKubernetesConfig#imagePullSecrets
        '''
        result = self._values.get("image_pull_secrets")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def min_ready_seconds(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: RedisSpecKubernetesConfig#minReadySeconds
        '''
        result = self._values.get("min_ready_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def persistent_volume_claim_retention_policy(self) -> typing.Any:
        '''StatefulSetPersistentVolumeClaimRetentionPolicy describes the policy used for PVCs created from the StatefulSet VolumeClaimTemplates.

        :schema: RedisSpecKubernetesConfig#persistentVolumeClaimRetentionPolicy
        '''
        result = self._values.get("persistent_volume_claim_retention_policy")
        return typing.cast(typing.Any, result)

    @builtins.property
    def redis_secret(self) -> typing.Any:
        '''ExistingPasswordSecret is the struct to access the existing secret.

        :schema: RedisSpecKubernetesConfig#redisSecret
        '''
        result = self._values.get("redis_secret")
        return typing.cast(typing.Any, result)

    @builtins.property
    def resources(self) -> typing.Any:
        '''ResourceRequirements describes the compute resource requirements.

        :schema: RedisSpecKubernetesConfig#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Any, result)

    @builtins.property
    def service(self) -> typing.Any:
        '''ServiceConfig define the type of service to be created and its annotations.

        :schema: RedisSpecKubernetesConfig#service
        '''
        result = self._values.get("service")
        return typing.cast(typing.Any, result)

    @builtins.property
    def update_strategy(self) -> typing.Any:
        '''StatefulSetUpdateStrategy indicates the strategy that the StatefulSet controller will use to perform updates.

        It includes any additional parameters
        necessary to perform the update for the indicated strategy.

        :schema: RedisSpecKubernetesConfig#updateStrategy
        '''
        result = self._values.get("update_strategy")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RedisSpecKubernetesConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="redis_inopstreelabsredisredis.RedisSpecLivenessProbe",
    jsii_struct_bases=[],
    name_mapping={
        "exec": "exec",
        "failure_threshold": "failureThreshold",
        "grpc": "grpc",
        "http_get": "httpGet",
        "initial_delay_seconds": "initialDelaySeconds",
        "period_seconds": "periodSeconds",
        "success_threshold": "successThreshold",
        "tcp_socket": "tcpSocket",
        "termination_grace_period_seconds": "terminationGracePeriodSeconds",
        "timeout_seconds": "timeoutSeconds",
    },
)
class RedisSpecLivenessProbe:
    def __init__(
        self,
        *,
        exec: typing.Any = None,
        failure_threshold: typing.Optional[jsii.Number] = None,
        grpc: typing.Any = None,
        http_get: typing.Any = None,
        initial_delay_seconds: typing.Optional[jsii.Number] = None,
        period_seconds: typing.Optional[jsii.Number] = None,
        success_threshold: typing.Optional[jsii.Number] = None,
        tcp_socket: typing.Any = None,
        termination_grace_period_seconds: typing.Optional[jsii.Number] = None,
        timeout_seconds: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''Probe describes a health check to be performed against a container to determine whether it is alive or ready to receive traffic.

        :param exec: Exec specifies the action to take.
        :param failure_threshold: Minimum consecutive failures for the probe to be considered failed after having succeeded. Defaults to 3. Minimum value is 1. Default: 3. Minimum value is 1.
        :param grpc: GRPC specifies an action involving a GRPC port.
        :param http_get: HTTPGet specifies the http request to perform.
        :param initial_delay_seconds: Number of seconds after the container has started before liveness probes are initiated. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
        :param period_seconds: How often (in seconds) to perform the probe. Default to 10 seconds. Minimum value is 1. Default: 10 seconds. Minimum value is 1.
        :param success_threshold: Minimum consecutive successes for the probe to be considered successful after having failed. Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1. Default: 1. Must be 1 for liveness and startup. Minimum value is 1.
        :param tcp_socket: TCPSocket specifies an action involving a TCP port.
        :param termination_grace_period_seconds: Optional duration in seconds the pod needs to terminate gracefully upon probe failure. The grace period is the duration in seconds after the processes running in the pod are sent a termination signal and the time when the processes are forcibly halted with a kill signal. Set this value longer than the expected cleanup time for your process. If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this value overrides the value provided by the pod spec. Value must be non-negative integer. The value zero indicates stop immediately via the kill signal (no opportunity to shut down). This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate. Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset.
        :param timeout_seconds: Number of seconds after which the probe times out. Defaults to 1 second. Minimum value is 1. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes Default: 1 second. Minimum value is 1.

        :schema: RedisSpecLivenessProbe
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0719243c428bef99c8e990936928680b01ea739364cbdfaffcfa2bf1809c7af6)
            check_type(argname="argument exec", value=exec, expected_type=type_hints["exec"])
            check_type(argname="argument failure_threshold", value=failure_threshold, expected_type=type_hints["failure_threshold"])
            check_type(argname="argument grpc", value=grpc, expected_type=type_hints["grpc"])
            check_type(argname="argument http_get", value=http_get, expected_type=type_hints["http_get"])
            check_type(argname="argument initial_delay_seconds", value=initial_delay_seconds, expected_type=type_hints["initial_delay_seconds"])
            check_type(argname="argument period_seconds", value=period_seconds, expected_type=type_hints["period_seconds"])
            check_type(argname="argument success_threshold", value=success_threshold, expected_type=type_hints["success_threshold"])
            check_type(argname="argument tcp_socket", value=tcp_socket, expected_type=type_hints["tcp_socket"])
            check_type(argname="argument termination_grace_period_seconds", value=termination_grace_period_seconds, expected_type=type_hints["termination_grace_period_seconds"])
            check_type(argname="argument timeout_seconds", value=timeout_seconds, expected_type=type_hints["timeout_seconds"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exec is not None:
            self._values["exec"] = exec
        if failure_threshold is not None:
            self._values["failure_threshold"] = failure_threshold
        if grpc is not None:
            self._values["grpc"] = grpc
        if http_get is not None:
            self._values["http_get"] = http_get
        if initial_delay_seconds is not None:
            self._values["initial_delay_seconds"] = initial_delay_seconds
        if period_seconds is not None:
            self._values["period_seconds"] = period_seconds
        if success_threshold is not None:
            self._values["success_threshold"] = success_threshold
        if tcp_socket is not None:
            self._values["tcp_socket"] = tcp_socket
        if termination_grace_period_seconds is not None:
            self._values["termination_grace_period_seconds"] = termination_grace_period_seconds
        if timeout_seconds is not None:
            self._values["timeout_seconds"] = timeout_seconds

    @builtins.property
    def exec(self) -> typing.Any:
        '''Exec specifies the action to take.

        :schema: RedisSpecLivenessProbe#exec
        '''
        result = self._values.get("exec")
        return typing.cast(typing.Any, result)

    @builtins.property
    def failure_threshold(self) -> typing.Optional[jsii.Number]:
        '''Minimum consecutive failures for the probe to be considered failed after having succeeded.

        Defaults to 3. Minimum value is 1.

        :default: 3. Minimum value is 1.

        :schema: RedisSpecLivenessProbe#failureThreshold
        '''
        result = self._values.get("failure_threshold")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def grpc(self) -> typing.Any:
        '''GRPC specifies an action involving a GRPC port.

        :schema: RedisSpecLivenessProbe#grpc
        '''
        result = self._values.get("grpc")
        return typing.cast(typing.Any, result)

    @builtins.property
    def http_get(self) -> typing.Any:
        '''HTTPGet specifies the http request to perform.

        :schema: RedisSpecLivenessProbe#httpGet
        '''
        result = self._values.get("http_get")
        return typing.cast(typing.Any, result)

    @builtins.property
    def initial_delay_seconds(self) -> typing.Optional[jsii.Number]:
        '''Number of seconds after the container has started before liveness probes are initiated.

        More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes

        :schema: RedisSpecLivenessProbe#initialDelaySeconds
        '''
        result = self._values.get("initial_delay_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def period_seconds(self) -> typing.Optional[jsii.Number]:
        '''How often (in seconds) to perform the probe.

        Default to 10 seconds. Minimum value is 1.

        :default: 10 seconds. Minimum value is 1.

        :schema: RedisSpecLivenessProbe#periodSeconds
        '''
        result = self._values.get("period_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def success_threshold(self) -> typing.Optional[jsii.Number]:
        '''Minimum consecutive successes for the probe to be considered successful after having failed.

        Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.

        :default: 1. Must be 1 for liveness and startup. Minimum value is 1.

        :schema: RedisSpecLivenessProbe#successThreshold
        '''
        result = self._values.get("success_threshold")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def tcp_socket(self) -> typing.Any:
        '''TCPSocket specifies an action involving a TCP port.

        :schema: RedisSpecLivenessProbe#tcpSocket
        '''
        result = self._values.get("tcp_socket")
        return typing.cast(typing.Any, result)

    @builtins.property
    def termination_grace_period_seconds(self) -> typing.Optional[jsii.Number]:
        '''Optional duration in seconds the pod needs to terminate gracefully upon probe failure.

        The grace period is the duration in seconds after the processes running in the pod are sent
        a termination signal and the time when the processes are forcibly halted with a kill signal.
        Set this value longer than the expected cleanup time for your process.
        If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this
        value overrides the value provided by the pod spec.
        Value must be non-negative integer. The value zero indicates stop immediately via
        the kill signal (no opportunity to shut down).
        This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate.
        Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset.

        :schema: RedisSpecLivenessProbe#terminationGracePeriodSeconds
        '''
        result = self._values.get("termination_grace_period_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def timeout_seconds(self) -> typing.Optional[jsii.Number]:
        '''Number of seconds after which the probe times out.

        Defaults to 1 second. Minimum value is 1.
        More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes

        :default: 1 second. Minimum value is 1.

        :schema: RedisSpecLivenessProbe#timeoutSeconds
        '''
        result = self._values.get("timeout_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RedisSpecLivenessProbe(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="redis_inopstreelabsredisredis.RedisSpecPodSecurityContext",
    jsii_struct_bases=[],
    name_mapping={
        "fs_group": "fsGroup",
        "fs_group_change_policy": "fsGroupChangePolicy",
        "run_as_group": "runAsGroup",
        "run_as_non_root": "runAsNonRoot",
        "run_as_user": "runAsUser",
        "seccomp_profile": "seccompProfile",
        "se_linux_options": "seLinuxOptions",
        "supplemental_groups": "supplementalGroups",
        "sysctls": "sysctls",
        "windows_options": "windowsOptions",
    },
)
class RedisSpecPodSecurityContext:
    def __init__(
        self,
        *,
        fs_group: typing.Optional[jsii.Number] = None,
        fs_group_change_policy: typing.Optional[builtins.str] = None,
        run_as_group: typing.Optional[jsii.Number] = None,
        run_as_non_root: typing.Optional[builtins.bool] = None,
        run_as_user: typing.Optional[jsii.Number] = None,
        seccomp_profile: typing.Any = None,
        se_linux_options: typing.Any = None,
        supplemental_groups: typing.Optional[typing.Sequence[jsii.Number]] = None,
        sysctls: typing.Optional[typing.Sequence[typing.Any]] = None,
        windows_options: typing.Any = None,
    ) -> None:
        '''PodSecurityContext holds pod-level security attributes and common container settings.

        Some fields are also present in container.securityContext.  Field values of
        container.securityContext take precedence over field values of PodSecurityContext.

        :param fs_group: A special supplemental group that applies to all containers in a pod. Some volume types allow the Kubelet to change the ownership of that volume to be owned by the pod: 1. The owning GID will be the FSGroup 2. The setgid bit is set (new files created in the volume will be owned by FSGroup) 3. The permission bits are OR'd with rw-rw---- If unset, the Kubelet will not modify the ownership and permissions of any volume. Note that this field cannot be set when spec.os.name is windows.
        :param fs_group_change_policy: fsGroupChangePolicy defines behavior of changing ownership and permission of the volume before being exposed inside Pod. This field will only apply to volume types which support fsGroup based ownership(and permissions). It will have no effect on ephemeral volume types such as: secret, configmaps and emptydir. Valid values are "OnRootMismatch" and "Always". If not specified, "Always" is used. Note that this field cannot be set when spec.os.name is windows.
        :param run_as_group: The GID to run the entrypoint of the container process. Uses runtime default if unset. May also be set in SecurityContext. If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence for that container. Note that this field cannot be set when spec.os.name is windows.
        :param run_as_non_root: Indicates that the container must run as a non-root user. If true, the Kubelet will validate the image at runtime to ensure that it does not run as UID 0 (root) and fail to start the container if it does. If unset or false, no such validation will be performed. May also be set in SecurityContext. If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
        :param run_as_user: The UID to run the entrypoint of the container process. Defaults to user specified in image metadata if unspecified. May also be set in SecurityContext. If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence for that container. Note that this field cannot be set when spec.os.name is windows. Default: user specified in image metadata if unspecified.
        :param seccomp_profile: The seccomp options to use by the containers in this pod. Note that this field cannot be set when spec.os.name is windows.
        :param se_linux_options: The SELinux context to be applied to all containers. If unspecified, the container runtime will allocate a random SELinux context for each container. May also be set in SecurityContext. If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence for that container. Note that this field cannot be set when spec.os.name is windows.
        :param supplemental_groups: A list of groups applied to the first process run in each container, in addition to the container's primary GID, the fsGroup (if specified), and group memberships defined in the container image for the uid of the container process. If unspecified, no additional groups are added to any container. Note that group memberships defined in the container image for the uid of the container process are still effective, even if they are not included in this list. Note that this field cannot be set when spec.os.name is windows.
        :param sysctls: Sysctls hold a list of namespaced sysctls used for the pod. Pods with unsupported sysctls (by the container runtime) might fail to launch. Note that this field cannot be set when spec.os.name is windows.
        :param windows_options: The Windows specific settings applied to all containers. If unspecified, the options within a container's SecurityContext will be used. If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence. Note that this field cannot be set when spec.os.name is linux.

        :schema: RedisSpecPodSecurityContext
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c6b77a9f033326831dd137c5a9eaf9bf3262a369393e969664eb94b96815c915)
            check_type(argname="argument fs_group", value=fs_group, expected_type=type_hints["fs_group"])
            check_type(argname="argument fs_group_change_policy", value=fs_group_change_policy, expected_type=type_hints["fs_group_change_policy"])
            check_type(argname="argument run_as_group", value=run_as_group, expected_type=type_hints["run_as_group"])
            check_type(argname="argument run_as_non_root", value=run_as_non_root, expected_type=type_hints["run_as_non_root"])
            check_type(argname="argument run_as_user", value=run_as_user, expected_type=type_hints["run_as_user"])
            check_type(argname="argument seccomp_profile", value=seccomp_profile, expected_type=type_hints["seccomp_profile"])
            check_type(argname="argument se_linux_options", value=se_linux_options, expected_type=type_hints["se_linux_options"])
            check_type(argname="argument supplemental_groups", value=supplemental_groups, expected_type=type_hints["supplemental_groups"])
            check_type(argname="argument sysctls", value=sysctls, expected_type=type_hints["sysctls"])
            check_type(argname="argument windows_options", value=windows_options, expected_type=type_hints["windows_options"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if fs_group is not None:
            self._values["fs_group"] = fs_group
        if fs_group_change_policy is not None:
            self._values["fs_group_change_policy"] = fs_group_change_policy
        if run_as_group is not None:
            self._values["run_as_group"] = run_as_group
        if run_as_non_root is not None:
            self._values["run_as_non_root"] = run_as_non_root
        if run_as_user is not None:
            self._values["run_as_user"] = run_as_user
        if seccomp_profile is not None:
            self._values["seccomp_profile"] = seccomp_profile
        if se_linux_options is not None:
            self._values["se_linux_options"] = se_linux_options
        if supplemental_groups is not None:
            self._values["supplemental_groups"] = supplemental_groups
        if sysctls is not None:
            self._values["sysctls"] = sysctls
        if windows_options is not None:
            self._values["windows_options"] = windows_options

    @builtins.property
    def fs_group(self) -> typing.Optional[jsii.Number]:
        '''A special supplemental group that applies to all containers in a pod.

        Some volume types allow the Kubelet to change the ownership of that volume
        to be owned by the pod:

        1. The owning GID will be the FSGroup
        2. The setgid bit is set (new files created in the volume will be owned by FSGroup)
        3. The permission bits are OR'd with rw-rw----

        If unset, the Kubelet will not modify the ownership and permissions of any volume.
        Note that this field cannot be set when spec.os.name is windows.

        :schema: RedisSpecPodSecurityContext#fsGroup
        '''
        result = self._values.get("fs_group")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def fs_group_change_policy(self) -> typing.Optional[builtins.str]:
        '''fsGroupChangePolicy defines behavior of changing ownership and permission of the volume before being exposed inside Pod.

        This field will only apply to
        volume types which support fsGroup based ownership(and permissions).
        It will have no effect on ephemeral volume types such as: secret, configmaps
        and emptydir.
        Valid values are "OnRootMismatch" and "Always". If not specified, "Always" is used.
        Note that this field cannot be set when spec.os.name is windows.

        :schema: RedisSpecPodSecurityContext#fsGroupChangePolicy
        '''
        result = self._values.get("fs_group_change_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def run_as_group(self) -> typing.Optional[jsii.Number]:
        '''The GID to run the entrypoint of the container process.

        Uses runtime default if unset.
        May also be set in SecurityContext.  If set in both SecurityContext and
        PodSecurityContext, the value specified in SecurityContext takes precedence
        for that container.
        Note that this field cannot be set when spec.os.name is windows.

        :schema: RedisSpecPodSecurityContext#runAsGroup
        '''
        result = self._values.get("run_as_group")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def run_as_non_root(self) -> typing.Optional[builtins.bool]:
        '''Indicates that the container must run as a non-root user.

        If true, the Kubelet will validate the image at runtime to ensure that it
        does not run as UID 0 (root) and fail to start the container if it does.
        If unset or false, no such validation will be performed.
        May also be set in SecurityContext.  If set in both SecurityContext and
        PodSecurityContext, the value specified in SecurityContext takes precedence.

        :schema: RedisSpecPodSecurityContext#runAsNonRoot
        '''
        result = self._values.get("run_as_non_root")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def run_as_user(self) -> typing.Optional[jsii.Number]:
        '''The UID to run the entrypoint of the container process.

        Defaults to user specified in image metadata if unspecified.
        May also be set in SecurityContext.  If set in both SecurityContext and
        PodSecurityContext, the value specified in SecurityContext takes precedence
        for that container.
        Note that this field cannot be set when spec.os.name is windows.

        :default: user specified in image metadata if unspecified.

        :schema: RedisSpecPodSecurityContext#runAsUser
        '''
        result = self._values.get("run_as_user")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def seccomp_profile(self) -> typing.Any:
        '''The seccomp options to use by the containers in this pod.

        Note that this field cannot be set when spec.os.name is windows.

        :schema: RedisSpecPodSecurityContext#seccompProfile
        '''
        result = self._values.get("seccomp_profile")
        return typing.cast(typing.Any, result)

    @builtins.property
    def se_linux_options(self) -> typing.Any:
        '''The SELinux context to be applied to all containers.

        If unspecified, the container runtime will allocate a random SELinux context for each
        container.  May also be set in SecurityContext.  If set in
        both SecurityContext and PodSecurityContext, the value specified in SecurityContext
        takes precedence for that container.
        Note that this field cannot be set when spec.os.name is windows.

        :schema: RedisSpecPodSecurityContext#seLinuxOptions
        '''
        result = self._values.get("se_linux_options")
        return typing.cast(typing.Any, result)

    @builtins.property
    def supplemental_groups(self) -> typing.Optional[typing.List[jsii.Number]]:
        '''A list of groups applied to the first process run in each container, in addition to the container's primary GID, the fsGroup (if specified), and group memberships defined in the container image for the uid of the container process.

        If unspecified,
        no additional groups are added to any container. Note that group memberships
        defined in the container image for the uid of the container process are still effective,
        even if they are not included in this list.
        Note that this field cannot be set when spec.os.name is windows.

        :schema: RedisSpecPodSecurityContext#supplementalGroups
        '''
        result = self._values.get("supplemental_groups")
        return typing.cast(typing.Optional[typing.List[jsii.Number]], result)

    @builtins.property
    def sysctls(self) -> typing.Optional[typing.List[typing.Any]]:
        '''Sysctls hold a list of namespaced sysctls used for the pod.

        Pods with unsupported
        sysctls (by the container runtime) might fail to launch.
        Note that this field cannot be set when spec.os.name is windows.

        :schema: RedisSpecPodSecurityContext#sysctls
        '''
        result = self._values.get("sysctls")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def windows_options(self) -> typing.Any:
        '''The Windows specific settings applied to all containers.

        If unspecified, the options within a container's SecurityContext will be used.
        If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
        Note that this field cannot be set when spec.os.name is linux.

        :schema: RedisSpecPodSecurityContext#windowsOptions
        '''
        result = self._values.get("windows_options")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RedisSpecPodSecurityContext(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="redis_inopstreelabsredisredis.RedisSpecReadinessProbe",
    jsii_struct_bases=[],
    name_mapping={
        "exec": "exec",
        "failure_threshold": "failureThreshold",
        "grpc": "grpc",
        "http_get": "httpGet",
        "initial_delay_seconds": "initialDelaySeconds",
        "period_seconds": "periodSeconds",
        "success_threshold": "successThreshold",
        "tcp_socket": "tcpSocket",
        "termination_grace_period_seconds": "terminationGracePeriodSeconds",
        "timeout_seconds": "timeoutSeconds",
    },
)
class RedisSpecReadinessProbe:
    def __init__(
        self,
        *,
        exec: typing.Any = None,
        failure_threshold: typing.Optional[jsii.Number] = None,
        grpc: typing.Any = None,
        http_get: typing.Any = None,
        initial_delay_seconds: typing.Optional[jsii.Number] = None,
        period_seconds: typing.Optional[jsii.Number] = None,
        success_threshold: typing.Optional[jsii.Number] = None,
        tcp_socket: typing.Any = None,
        termination_grace_period_seconds: typing.Optional[jsii.Number] = None,
        timeout_seconds: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''Probe describes a health check to be performed against a container to determine whether it is alive or ready to receive traffic.

        :param exec: Exec specifies the action to take.
        :param failure_threshold: Minimum consecutive failures for the probe to be considered failed after having succeeded. Defaults to 3. Minimum value is 1. Default: 3. Minimum value is 1.
        :param grpc: GRPC specifies an action involving a GRPC port.
        :param http_get: HTTPGet specifies the http request to perform.
        :param initial_delay_seconds: Number of seconds after the container has started before liveness probes are initiated. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes
        :param period_seconds: How often (in seconds) to perform the probe. Default to 10 seconds. Minimum value is 1. Default: 10 seconds. Minimum value is 1.
        :param success_threshold: Minimum consecutive successes for the probe to be considered successful after having failed. Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1. Default: 1. Must be 1 for liveness and startup. Minimum value is 1.
        :param tcp_socket: TCPSocket specifies an action involving a TCP port.
        :param termination_grace_period_seconds: Optional duration in seconds the pod needs to terminate gracefully upon probe failure. The grace period is the duration in seconds after the processes running in the pod are sent a termination signal and the time when the processes are forcibly halted with a kill signal. Set this value longer than the expected cleanup time for your process. If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this value overrides the value provided by the pod spec. Value must be non-negative integer. The value zero indicates stop immediately via the kill signal (no opportunity to shut down). This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate. Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset.
        :param timeout_seconds: Number of seconds after which the probe times out. Defaults to 1 second. Minimum value is 1. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes Default: 1 second. Minimum value is 1.

        :schema: RedisSpecReadinessProbe
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__85a88647ea0cc19d0ea4ba1a259b6e29572b1678a2552c1b104a671ec37c3988)
            check_type(argname="argument exec", value=exec, expected_type=type_hints["exec"])
            check_type(argname="argument failure_threshold", value=failure_threshold, expected_type=type_hints["failure_threshold"])
            check_type(argname="argument grpc", value=grpc, expected_type=type_hints["grpc"])
            check_type(argname="argument http_get", value=http_get, expected_type=type_hints["http_get"])
            check_type(argname="argument initial_delay_seconds", value=initial_delay_seconds, expected_type=type_hints["initial_delay_seconds"])
            check_type(argname="argument period_seconds", value=period_seconds, expected_type=type_hints["period_seconds"])
            check_type(argname="argument success_threshold", value=success_threshold, expected_type=type_hints["success_threshold"])
            check_type(argname="argument tcp_socket", value=tcp_socket, expected_type=type_hints["tcp_socket"])
            check_type(argname="argument termination_grace_period_seconds", value=termination_grace_period_seconds, expected_type=type_hints["termination_grace_period_seconds"])
            check_type(argname="argument timeout_seconds", value=timeout_seconds, expected_type=type_hints["timeout_seconds"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exec is not None:
            self._values["exec"] = exec
        if failure_threshold is not None:
            self._values["failure_threshold"] = failure_threshold
        if grpc is not None:
            self._values["grpc"] = grpc
        if http_get is not None:
            self._values["http_get"] = http_get
        if initial_delay_seconds is not None:
            self._values["initial_delay_seconds"] = initial_delay_seconds
        if period_seconds is not None:
            self._values["period_seconds"] = period_seconds
        if success_threshold is not None:
            self._values["success_threshold"] = success_threshold
        if tcp_socket is not None:
            self._values["tcp_socket"] = tcp_socket
        if termination_grace_period_seconds is not None:
            self._values["termination_grace_period_seconds"] = termination_grace_period_seconds
        if timeout_seconds is not None:
            self._values["timeout_seconds"] = timeout_seconds

    @builtins.property
    def exec(self) -> typing.Any:
        '''Exec specifies the action to take.

        :schema: RedisSpecReadinessProbe#exec
        '''
        result = self._values.get("exec")
        return typing.cast(typing.Any, result)

    @builtins.property
    def failure_threshold(self) -> typing.Optional[jsii.Number]:
        '''Minimum consecutive failures for the probe to be considered failed after having succeeded.

        Defaults to 3. Minimum value is 1.

        :default: 3. Minimum value is 1.

        :schema: RedisSpecReadinessProbe#failureThreshold
        '''
        result = self._values.get("failure_threshold")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def grpc(self) -> typing.Any:
        '''GRPC specifies an action involving a GRPC port.

        :schema: RedisSpecReadinessProbe#grpc
        '''
        result = self._values.get("grpc")
        return typing.cast(typing.Any, result)

    @builtins.property
    def http_get(self) -> typing.Any:
        '''HTTPGet specifies the http request to perform.

        :schema: RedisSpecReadinessProbe#httpGet
        '''
        result = self._values.get("http_get")
        return typing.cast(typing.Any, result)

    @builtins.property
    def initial_delay_seconds(self) -> typing.Optional[jsii.Number]:
        '''Number of seconds after the container has started before liveness probes are initiated.

        More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes

        :schema: RedisSpecReadinessProbe#initialDelaySeconds
        '''
        result = self._values.get("initial_delay_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def period_seconds(self) -> typing.Optional[jsii.Number]:
        '''How often (in seconds) to perform the probe.

        Default to 10 seconds. Minimum value is 1.

        :default: 10 seconds. Minimum value is 1.

        :schema: RedisSpecReadinessProbe#periodSeconds
        '''
        result = self._values.get("period_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def success_threshold(self) -> typing.Optional[jsii.Number]:
        '''Minimum consecutive successes for the probe to be considered successful after having failed.

        Defaults to 1. Must be 1 for liveness and startup. Minimum value is 1.

        :default: 1. Must be 1 for liveness and startup. Minimum value is 1.

        :schema: RedisSpecReadinessProbe#successThreshold
        '''
        result = self._values.get("success_threshold")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def tcp_socket(self) -> typing.Any:
        '''TCPSocket specifies an action involving a TCP port.

        :schema: RedisSpecReadinessProbe#tcpSocket
        '''
        result = self._values.get("tcp_socket")
        return typing.cast(typing.Any, result)

    @builtins.property
    def termination_grace_period_seconds(self) -> typing.Optional[jsii.Number]:
        '''Optional duration in seconds the pod needs to terminate gracefully upon probe failure.

        The grace period is the duration in seconds after the processes running in the pod are sent
        a termination signal and the time when the processes are forcibly halted with a kill signal.
        Set this value longer than the expected cleanup time for your process.
        If this value is nil, the pod's terminationGracePeriodSeconds will be used. Otherwise, this
        value overrides the value provided by the pod spec.
        Value must be non-negative integer. The value zero indicates stop immediately via
        the kill signal (no opportunity to shut down).
        This is a beta field and requires enabling ProbeTerminationGracePeriod feature gate.
        Minimum value is 1. spec.terminationGracePeriodSeconds is used if unset.

        :schema: RedisSpecReadinessProbe#terminationGracePeriodSeconds
        '''
        result = self._values.get("termination_grace_period_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def timeout_seconds(self) -> typing.Optional[jsii.Number]:
        '''Number of seconds after which the probe times out.

        Defaults to 1 second. Minimum value is 1.
        More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes

        :default: 1 second. Minimum value is 1.

        :schema: RedisSpecReadinessProbe#timeoutSeconds
        '''
        result = self._values.get("timeout_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RedisSpecReadinessProbe(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="redis_inopstreelabsredisredis.RedisSpecRedisConfig",
    jsii_struct_bases=[],
    name_mapping={
        "additional_redis_config": "additionalRedisConfig",
        "dynamic_config": "dynamicConfig",
        "max_memory_percent_of_limit": "maxMemoryPercentOfLimit",
    },
)
class RedisSpecRedisConfig:
    def __init__(
        self,
        *,
        additional_redis_config: typing.Optional[builtins.str] = None,
        dynamic_config: typing.Optional[typing.Sequence[builtins.str]] = None,
        max_memory_percent_of_limit: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''RedisConfig defines the external configuration of Redis.

        :param additional_redis_config: 
        :param dynamic_config: 
        :param max_memory_percent_of_limit: MaxMemoryPercentOfLimit is the percentage of the Redis container memory limit to be used as maxmemory. When set with a memory limit, the operator also exports the computed value via the REDIS_MAX_MEMORY environment variable.

        :schema: RedisSpecRedisConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b955489c6f695bd2321d515d15f418bf525cb89e0081133522cfb73404d26f64)
            check_type(argname="argument additional_redis_config", value=additional_redis_config, expected_type=type_hints["additional_redis_config"])
            check_type(argname="argument dynamic_config", value=dynamic_config, expected_type=type_hints["dynamic_config"])
            check_type(argname="argument max_memory_percent_of_limit", value=max_memory_percent_of_limit, expected_type=type_hints["max_memory_percent_of_limit"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if additional_redis_config is not None:
            self._values["additional_redis_config"] = additional_redis_config
        if dynamic_config is not None:
            self._values["dynamic_config"] = dynamic_config
        if max_memory_percent_of_limit is not None:
            self._values["max_memory_percent_of_limit"] = max_memory_percent_of_limit

    @builtins.property
    def additional_redis_config(self) -> typing.Optional[builtins.str]:
        '''
        :schema: RedisSpecRedisConfig#additionalRedisConfig
        '''
        result = self._values.get("additional_redis_config")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def dynamic_config(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: RedisSpecRedisConfig#dynamicConfig
        '''
        result = self._values.get("dynamic_config")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def max_memory_percent_of_limit(self) -> typing.Optional[jsii.Number]:
        '''MaxMemoryPercentOfLimit is the percentage of the Redis container memory limit to be used as maxmemory.

        When set with a memory limit, the operator also exports the computed value via the REDIS_MAX_MEMORY environment variable.

        :schema: RedisSpecRedisConfig#maxMemoryPercentOfLimit
        '''
        result = self._values.get("max_memory_percent_of_limit")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RedisSpecRedisConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="redis_inopstreelabsredisredis.RedisSpecRedisExporter",
    jsii_struct_bases=[],
    name_mapping={
        "image": "image",
        "enabled": "enabled",
        "env": "env",
        "image_pull_policy": "imagePullPolicy",
        "port": "port",
        "resources": "resources",
        "security_context": "securityContext",
    },
)
class RedisSpecRedisExporter:
    def __init__(
        self,
        *,
        image: builtins.str,
        enabled: typing.Optional[builtins.bool] = None,
        env: typing.Optional[typing.Sequence[typing.Any]] = None,
        image_pull_policy: typing.Optional[builtins.str] = None,
        port: typing.Optional[jsii.Number] = None,
        resources: typing.Any = None,
        security_context: typing.Any = None,
    ) -> None:
        '''RedisExporter interface will have the information for redis exporter related stuff.

        :param image: 
        :param enabled: 
        :param env: 
        :param image_pull_policy: PullPolicy describes a policy for if/when to pull a container image.
        :param port: 
        :param resources: ResourceRequirements describes the compute resource requirements.
        :param security_context: SecurityContext holds security configuration that will be applied to a container. Some fields are present in both SecurityContext and PodSecurityContext. When both are set, the values in SecurityContext take precedence.

        :schema: RedisSpecRedisExporter
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a86fd7c54240db0ed7beb19517ad16798407eccaa05ecdd5078589e9de878373)
            check_type(argname="argument image", value=image, expected_type=type_hints["image"])
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
            check_type(argname="argument env", value=env, expected_type=type_hints["env"])
            check_type(argname="argument image_pull_policy", value=image_pull_policy, expected_type=type_hints["image_pull_policy"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
            check_type(argname="argument security_context", value=security_context, expected_type=type_hints["security_context"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "image": image,
        }
        if enabled is not None:
            self._values["enabled"] = enabled
        if env is not None:
            self._values["env"] = env
        if image_pull_policy is not None:
            self._values["image_pull_policy"] = image_pull_policy
        if port is not None:
            self._values["port"] = port
        if resources is not None:
            self._values["resources"] = resources
        if security_context is not None:
            self._values["security_context"] = security_context

    @builtins.property
    def image(self) -> builtins.str:
        '''
        :schema: RedisSpecRedisExporter#image
        '''
        result = self._values.get("image")
        assert result is not None, "Required property 'image' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: RedisSpecRedisExporter#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def env(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: RedisSpecRedisExporter#env
        '''
        result = self._values.get("env")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def image_pull_policy(self) -> typing.Optional[builtins.str]:
        '''PullPolicy describes a policy for if/when to pull a container image.

        :schema: RedisSpecRedisExporter#imagePullPolicy
        '''
        result = self._values.get("image_pull_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: RedisSpecRedisExporter#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def resources(self) -> typing.Any:
        '''ResourceRequirements describes the compute resource requirements.

        :schema: RedisSpecRedisExporter#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Any, result)

    @builtins.property
    def security_context(self) -> typing.Any:
        '''SecurityContext holds security configuration that will be applied to a container.

        Some fields are present in both SecurityContext and PodSecurityContext.  When both
        are set, the values in SecurityContext take precedence.

        :schema: RedisSpecRedisExporter#securityContext
        '''
        result = self._values.get("security_context")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RedisSpecRedisExporter(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="redis_inopstreelabsredisredis.RedisSpecSecurityContext",
    jsii_struct_bases=[],
    name_mapping={
        "allow_privilege_escalation": "allowPrivilegeEscalation",
        "capabilities": "capabilities",
        "privileged": "privileged",
        "proc_mount": "procMount",
        "read_only_root_filesystem": "readOnlyRootFilesystem",
        "run_as_group": "runAsGroup",
        "run_as_non_root": "runAsNonRoot",
        "run_as_user": "runAsUser",
        "seccomp_profile": "seccompProfile",
        "se_linux_options": "seLinuxOptions",
        "windows_options": "windowsOptions",
    },
)
class RedisSpecSecurityContext:
    def __init__(
        self,
        *,
        allow_privilege_escalation: typing.Optional[builtins.bool] = None,
        capabilities: typing.Any = None,
        privileged: typing.Optional[builtins.bool] = None,
        proc_mount: typing.Optional[builtins.str] = None,
        read_only_root_filesystem: typing.Optional[builtins.bool] = None,
        run_as_group: typing.Optional[jsii.Number] = None,
        run_as_non_root: typing.Optional[builtins.bool] = None,
        run_as_user: typing.Optional[jsii.Number] = None,
        seccomp_profile: typing.Any = None,
        se_linux_options: typing.Any = None,
        windows_options: typing.Any = None,
    ) -> None:
        '''SecurityContext holds security configuration that will be applied to a container.

        Some fields are present in both SecurityContext and PodSecurityContext.  When both
        are set, the values in SecurityContext take precedence.

        :param allow_privilege_escalation: AllowPrivilegeEscalation controls whether a process can gain more privileges than its parent process. This bool directly controls if the no_new_privs flag will be set on the container process. AllowPrivilegeEscalation is true always when the container is: 1. run as Privileged 2. has CAP_SYS_ADMIN Note that this field cannot be set when spec.os.name is windows.
        :param capabilities: The capabilities to add/drop when running containers. Defaults to the default set of capabilities granted by the container runtime. Note that this field cannot be set when spec.os.name is windows. Default: the default set of capabilities granted by the container runtime.
        :param privileged: Run container in privileged mode. Processes in privileged containers are essentially equivalent to root on the host. Defaults to false. Note that this field cannot be set when spec.os.name is windows. Default: false.
        :param proc_mount: procMount denotes the type of proc mount to use for the containers. The default is DefaultProcMount which uses the container runtime defaults for readonly paths and masked paths. This requires the ProcMountType feature flag to be enabled. Note that this field cannot be set when spec.os.name is windows.
        :param read_only_root_filesystem: Whether this container has a read-only root filesystem. Default is false. Note that this field cannot be set when spec.os.name is windows. Default: false.
        :param run_as_group: The GID to run the entrypoint of the container process. Uses runtime default if unset. May also be set in PodSecurityContext. If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence. Note that this field cannot be set when spec.os.name is windows.
        :param run_as_non_root: Indicates that the container must run as a non-root user. If true, the Kubelet will validate the image at runtime to ensure that it does not run as UID 0 (root) and fail to start the container if it does. If unset or false, no such validation will be performed. May also be set in PodSecurityContext. If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
        :param run_as_user: The UID to run the entrypoint of the container process. Defaults to user specified in image metadata if unspecified. May also be set in PodSecurityContext. If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence. Note that this field cannot be set when spec.os.name is windows. Default: user specified in image metadata if unspecified.
        :param seccomp_profile: The seccomp options to use by this container. If seccomp options are provided at both the pod & container level, the container options override the pod options. Note that this field cannot be set when spec.os.name is windows.
        :param se_linux_options: The SELinux context to be applied to the container. If unspecified, the container runtime will allocate a random SELinux context for each container. May also be set in PodSecurityContext. If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence. Note that this field cannot be set when spec.os.name is windows.
        :param windows_options: The Windows specific settings applied to all containers. If unspecified, the options from the PodSecurityContext will be used. If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence. Note that this field cannot be set when spec.os.name is linux.

        :schema: RedisSpecSecurityContext
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c81b05ecd75e5ca1bce0a254e9d6d9af02bc53dbbdc494efa0d7655132a0e8d3)
            check_type(argname="argument allow_privilege_escalation", value=allow_privilege_escalation, expected_type=type_hints["allow_privilege_escalation"])
            check_type(argname="argument capabilities", value=capabilities, expected_type=type_hints["capabilities"])
            check_type(argname="argument privileged", value=privileged, expected_type=type_hints["privileged"])
            check_type(argname="argument proc_mount", value=proc_mount, expected_type=type_hints["proc_mount"])
            check_type(argname="argument read_only_root_filesystem", value=read_only_root_filesystem, expected_type=type_hints["read_only_root_filesystem"])
            check_type(argname="argument run_as_group", value=run_as_group, expected_type=type_hints["run_as_group"])
            check_type(argname="argument run_as_non_root", value=run_as_non_root, expected_type=type_hints["run_as_non_root"])
            check_type(argname="argument run_as_user", value=run_as_user, expected_type=type_hints["run_as_user"])
            check_type(argname="argument seccomp_profile", value=seccomp_profile, expected_type=type_hints["seccomp_profile"])
            check_type(argname="argument se_linux_options", value=se_linux_options, expected_type=type_hints["se_linux_options"])
            check_type(argname="argument windows_options", value=windows_options, expected_type=type_hints["windows_options"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if allow_privilege_escalation is not None:
            self._values["allow_privilege_escalation"] = allow_privilege_escalation
        if capabilities is not None:
            self._values["capabilities"] = capabilities
        if privileged is not None:
            self._values["privileged"] = privileged
        if proc_mount is not None:
            self._values["proc_mount"] = proc_mount
        if read_only_root_filesystem is not None:
            self._values["read_only_root_filesystem"] = read_only_root_filesystem
        if run_as_group is not None:
            self._values["run_as_group"] = run_as_group
        if run_as_non_root is not None:
            self._values["run_as_non_root"] = run_as_non_root
        if run_as_user is not None:
            self._values["run_as_user"] = run_as_user
        if seccomp_profile is not None:
            self._values["seccomp_profile"] = seccomp_profile
        if se_linux_options is not None:
            self._values["se_linux_options"] = se_linux_options
        if windows_options is not None:
            self._values["windows_options"] = windows_options

    @builtins.property
    def allow_privilege_escalation(self) -> typing.Optional[builtins.bool]:
        '''AllowPrivilegeEscalation controls whether a process can gain more privileges than its parent process.

        This bool directly controls if
        the no_new_privs flag will be set on the container process.
        AllowPrivilegeEscalation is true always when the container is:

        1. run as Privileged
        2. has CAP_SYS_ADMIN
           Note that this field cannot be set when spec.os.name is windows.

        :schema: RedisSpecSecurityContext#allowPrivilegeEscalation
        '''
        result = self._values.get("allow_privilege_escalation")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def capabilities(self) -> typing.Any:
        '''The capabilities to add/drop when running containers.

        Defaults to the default set of capabilities granted by the container runtime.
        Note that this field cannot be set when spec.os.name is windows.

        :default: the default set of capabilities granted by the container runtime.

        :schema: RedisSpecSecurityContext#capabilities
        '''
        result = self._values.get("capabilities")
        return typing.cast(typing.Any, result)

    @builtins.property
    def privileged(self) -> typing.Optional[builtins.bool]:
        '''Run container in privileged mode.

        Processes in privileged containers are essentially equivalent to root on the host.
        Defaults to false.
        Note that this field cannot be set when spec.os.name is windows.

        :default: false.

        :schema: RedisSpecSecurityContext#privileged
        '''
        result = self._values.get("privileged")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def proc_mount(self) -> typing.Optional[builtins.str]:
        '''procMount denotes the type of proc mount to use for the containers.

        The default is DefaultProcMount which uses the container runtime defaults for
        readonly paths and masked paths.
        This requires the ProcMountType feature flag to be enabled.
        Note that this field cannot be set when spec.os.name is windows.

        :schema: RedisSpecSecurityContext#procMount
        '''
        result = self._values.get("proc_mount")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def read_only_root_filesystem(self) -> typing.Optional[builtins.bool]:
        '''Whether this container has a read-only root filesystem.

        Default is false.
        Note that this field cannot be set when spec.os.name is windows.

        :default: false.

        :schema: RedisSpecSecurityContext#readOnlyRootFilesystem
        '''
        result = self._values.get("read_only_root_filesystem")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def run_as_group(self) -> typing.Optional[jsii.Number]:
        '''The GID to run the entrypoint of the container process.

        Uses runtime default if unset.
        May also be set in PodSecurityContext.  If set in both SecurityContext and
        PodSecurityContext, the value specified in SecurityContext takes precedence.
        Note that this field cannot be set when spec.os.name is windows.

        :schema: RedisSpecSecurityContext#runAsGroup
        '''
        result = self._values.get("run_as_group")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def run_as_non_root(self) -> typing.Optional[builtins.bool]:
        '''Indicates that the container must run as a non-root user.

        If true, the Kubelet will validate the image at runtime to ensure that it
        does not run as UID 0 (root) and fail to start the container if it does.
        If unset or false, no such validation will be performed.
        May also be set in PodSecurityContext.  If set in both SecurityContext and
        PodSecurityContext, the value specified in SecurityContext takes precedence.

        :schema: RedisSpecSecurityContext#runAsNonRoot
        '''
        result = self._values.get("run_as_non_root")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def run_as_user(self) -> typing.Optional[jsii.Number]:
        '''The UID to run the entrypoint of the container process.

        Defaults to user specified in image metadata if unspecified.
        May also be set in PodSecurityContext.  If set in both SecurityContext and
        PodSecurityContext, the value specified in SecurityContext takes precedence.
        Note that this field cannot be set when spec.os.name is windows.

        :default: user specified in image metadata if unspecified.

        :schema: RedisSpecSecurityContext#runAsUser
        '''
        result = self._values.get("run_as_user")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def seccomp_profile(self) -> typing.Any:
        '''The seccomp options to use by this container.

        If seccomp options are
        provided at both the pod & container level, the container options
        override the pod options.
        Note that this field cannot be set when spec.os.name is windows.

        :schema: RedisSpecSecurityContext#seccompProfile
        '''
        result = self._values.get("seccomp_profile")
        return typing.cast(typing.Any, result)

    @builtins.property
    def se_linux_options(self) -> typing.Any:
        '''The SELinux context to be applied to the container.

        If unspecified, the container runtime will allocate a random SELinux context for each
        container.  May also be set in PodSecurityContext.  If set in both SecurityContext and
        PodSecurityContext, the value specified in SecurityContext takes precedence.
        Note that this field cannot be set when spec.os.name is windows.

        :schema: RedisSpecSecurityContext#seLinuxOptions
        '''
        result = self._values.get("se_linux_options")
        return typing.cast(typing.Any, result)

    @builtins.property
    def windows_options(self) -> typing.Any:
        '''The Windows specific settings applied to all containers.

        If unspecified, the options from the PodSecurityContext will be used.
        If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.
        Note that this field cannot be set when spec.os.name is linux.

        :schema: RedisSpecSecurityContext#windowsOptions
        '''
        result = self._values.get("windows_options")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RedisSpecSecurityContext(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="redis_inopstreelabsredisredis.RedisSpecSidecars",
    jsii_struct_bases=[],
    name_mapping={
        "image": "image",
        "name": "name",
        "command": "command",
        "env": "env",
        "image_pull_policy": "imagePullPolicy",
        "mount_path": "mountPath",
        "ports": "ports",
        "resources": "resources",
        "security_context": "securityContext",
    },
)
class RedisSpecSidecars:
    def __init__(
        self,
        *,
        image: builtins.str,
        name: builtins.str,
        command: typing.Optional[typing.Sequence[builtins.str]] = None,
        env: typing.Optional[typing.Sequence[typing.Any]] = None,
        image_pull_policy: typing.Optional[builtins.str] = None,
        mount_path: typing.Optional[typing.Sequence[typing.Any]] = None,
        ports: typing.Optional[typing.Sequence[typing.Any]] = None,
        resources: typing.Any = None,
        security_context: typing.Any = None,
    ) -> None:
        '''Sidecar for each Redis pods.

        :param image: 
        :param name: 
        :param command: 
        :param env: 
        :param image_pull_policy: PullPolicy describes a policy for if/when to pull a container image.
        :param mount_path: 
        :param ports: 
        :param resources: ResourceRequirements describes the compute resource requirements.
        :param security_context: SecurityContext holds security configuration that will be applied to a container. Some fields are present in both SecurityContext and PodSecurityContext. When both are set, the values in SecurityContext take precedence.

        :schema: RedisSpecSidecars
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__772e44f9bf3850ba42ba3081e227b932c5f4f5379d5b069ef79573e98bd65b97)
            check_type(argname="argument image", value=image, expected_type=type_hints["image"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument command", value=command, expected_type=type_hints["command"])
            check_type(argname="argument env", value=env, expected_type=type_hints["env"])
            check_type(argname="argument image_pull_policy", value=image_pull_policy, expected_type=type_hints["image_pull_policy"])
            check_type(argname="argument mount_path", value=mount_path, expected_type=type_hints["mount_path"])
            check_type(argname="argument ports", value=ports, expected_type=type_hints["ports"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
            check_type(argname="argument security_context", value=security_context, expected_type=type_hints["security_context"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "image": image,
            "name": name,
        }
        if command is not None:
            self._values["command"] = command
        if env is not None:
            self._values["env"] = env
        if image_pull_policy is not None:
            self._values["image_pull_policy"] = image_pull_policy
        if mount_path is not None:
            self._values["mount_path"] = mount_path
        if ports is not None:
            self._values["ports"] = ports
        if resources is not None:
            self._values["resources"] = resources
        if security_context is not None:
            self._values["security_context"] = security_context

    @builtins.property
    def image(self) -> builtins.str:
        '''
        :schema: RedisSpecSidecars#image
        '''
        result = self._values.get("image")
        assert result is not None, "Required property 'image' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: RedisSpecSidecars#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def command(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: RedisSpecSidecars#command
        '''
        result = self._values.get("command")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def env(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: RedisSpecSidecars#env
        '''
        result = self._values.get("env")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def image_pull_policy(self) -> typing.Optional[builtins.str]:
        '''PullPolicy describes a policy for if/when to pull a container image.

        :schema: RedisSpecSidecars#imagePullPolicy
        '''
        result = self._values.get("image_pull_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def mount_path(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: RedisSpecSidecars#mountPath
        '''
        result = self._values.get("mount_path")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def ports(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: RedisSpecSidecars#ports
        '''
        result = self._values.get("ports")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def resources(self) -> typing.Any:
        '''ResourceRequirements describes the compute resource requirements.

        :schema: RedisSpecSidecars#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Any, result)

    @builtins.property
    def security_context(self) -> typing.Any:
        '''SecurityContext holds security configuration that will be applied to a container.

        Some fields are present in both SecurityContext and PodSecurityContext.  When both
        are set, the values in SecurityContext take precedence.

        :schema: RedisSpecSidecars#securityContext
        '''
        result = self._values.get("security_context")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RedisSpecSidecars(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="redis_inopstreelabsredisredis.RedisSpecStorage",
    jsii_struct_bases=[],
    name_mapping={
        "keep_after_delete": "keepAfterDelete",
        "volume_claim_template": "volumeClaimTemplate",
        "volume_mount": "volumeMount",
    },
)
class RedisSpecStorage:
    def __init__(
        self,
        *,
        keep_after_delete: typing.Optional[builtins.bool] = None,
        volume_claim_template: typing.Any = None,
        volume_mount: typing.Any = None,
    ) -> None:
        '''Storage is the interface to add pvc and pv support in redis.

        :param keep_after_delete: 
        :param volume_claim_template: PersistentVolumeClaim is a user's request for and claim to a persistent volume.
        :param volume_mount: Additional Volume is provided by user that is mounted on the pods.

        :schema: RedisSpecStorage
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__71c041d3aead35e12a4fc3924cdab9544d03ada337fbe9f1c0697817c4c7042a)
            check_type(argname="argument keep_after_delete", value=keep_after_delete, expected_type=type_hints["keep_after_delete"])
            check_type(argname="argument volume_claim_template", value=volume_claim_template, expected_type=type_hints["volume_claim_template"])
            check_type(argname="argument volume_mount", value=volume_mount, expected_type=type_hints["volume_mount"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if keep_after_delete is not None:
            self._values["keep_after_delete"] = keep_after_delete
        if volume_claim_template is not None:
            self._values["volume_claim_template"] = volume_claim_template
        if volume_mount is not None:
            self._values["volume_mount"] = volume_mount

    @builtins.property
    def keep_after_delete(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: RedisSpecStorage#keepAfterDelete
        '''
        result = self._values.get("keep_after_delete")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def volume_claim_template(self) -> typing.Any:
        '''PersistentVolumeClaim is a user's request for and claim to a persistent volume.

        :schema: RedisSpecStorage#volumeClaimTemplate
        '''
        result = self._values.get("volume_claim_template")
        return typing.cast(typing.Any, result)

    @builtins.property
    def volume_mount(self) -> typing.Any:
        '''Additional Volume is provided by user that is mounted on the pods.

        :schema: RedisSpecStorage#volumeMount
        '''
        result = self._values.get("volume_mount")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RedisSpecStorage(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="redis_inopstreelabsredisredis.RedisSpecTls",
    jsii_struct_bases=[],
    name_mapping={"secret": "secret", "ca": "ca", "cert": "cert", "key": "key"},
)
class RedisSpecTls:
    def __init__(
        self,
        *,
        secret: typing.Any,
        ca: typing.Optional[builtins.str] = None,
        cert: typing.Optional[builtins.str] = None,
        key: typing.Optional[builtins.str] = None,
    ) -> None:
        '''TLS Configuration for redis instances.

        :param secret: Reference to secret which contains the certificates.
        :param ca: 
        :param cert: 
        :param key: 

        :schema: RedisSpecTls
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2e0989878ddf7f7fab8931f4e14ce1003bb26d8c4dd67d45da03fc91e07aa779)
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
            check_type(argname="argument ca", value=ca, expected_type=type_hints["ca"])
            check_type(argname="argument cert", value=cert, expected_type=type_hints["cert"])
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "secret": secret,
        }
        if ca is not None:
            self._values["ca"] = ca
        if cert is not None:
            self._values["cert"] = cert
        if key is not None:
            self._values["key"] = key

    @builtins.property
    def secret(self) -> typing.Any:
        '''Reference to secret which contains the certificates.

        :schema: RedisSpecTls#secret
        '''
        result = self._values.get("secret")
        assert result is not None, "Required property 'secret' is missing"
        return typing.cast(typing.Any, result)

    @builtins.property
    def ca(self) -> typing.Optional[builtins.str]:
        '''
        :schema: RedisSpecTls#ca
        '''
        result = self._values.get("ca")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cert(self) -> typing.Optional[builtins.str]:
        '''
        :schema: RedisSpecTls#cert
        '''
        result = self._values.get("cert")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: RedisSpecTls#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RedisSpecTls(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="redis_inopstreelabsredisredis.RedisSpecTolerations",
    jsii_struct_bases=[],
    name_mapping={
        "effect": "effect",
        "key": "key",
        "operator": "operator",
        "toleration_seconds": "tolerationSeconds",
        "value": "value",
    },
)
class RedisSpecTolerations:
    def __init__(
        self,
        *,
        effect: typing.Optional[builtins.str] = None,
        key: typing.Optional[builtins.str] = None,
        operator: typing.Optional[builtins.str] = None,
        toleration_seconds: typing.Optional[jsii.Number] = None,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The pod this Toleration is attached to tolerates any taint that matches the triple <key,value,effect> using the matching operator .

        :param effect: Effect indicates the taint effect to match. Empty means match all taint effects. When specified, allowed values are NoSchedule, PreferNoSchedule and NoExecute.
        :param key: Key is the taint key that the toleration applies to. Empty means match all taint keys. If the key is empty, operator must be Exists; this combination means to match all values and all keys.
        :param operator: Operator represents a key's relationship to the value. Valid operators are Exists and Equal. Defaults to Equal. Exists is equivalent to wildcard for value, so that a pod can tolerate all taints of a particular category. Default: Equal.
        :param toleration_seconds: TolerationSeconds represents the period of time the toleration (which must be of effect NoExecute, otherwise this field is ignored) tolerates the taint. By default, it is not set, which means tolerate the taint forever (do not evict). Zero and negative values will be treated as 0 (evict immediately) by the system.
        :param value: Value is the taint value the toleration matches to. If the operator is Exists, the value should be empty, otherwise just a regular string.

        :schema: RedisSpecTolerations
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__01c40f6463e5eb07b43b4734b5a143d500d54266fde3b4d9622764db6aa3d397)
            check_type(argname="argument effect", value=effect, expected_type=type_hints["effect"])
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument toleration_seconds", value=toleration_seconds, expected_type=type_hints["toleration_seconds"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if effect is not None:
            self._values["effect"] = effect
        if key is not None:
            self._values["key"] = key
        if operator is not None:
            self._values["operator"] = operator
        if toleration_seconds is not None:
            self._values["toleration_seconds"] = toleration_seconds
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def effect(self) -> typing.Optional[builtins.str]:
        '''Effect indicates the taint effect to match.

        Empty means match all taint effects.
        When specified, allowed values are NoSchedule, PreferNoSchedule and NoExecute.

        :schema: RedisSpecTolerations#effect
        '''
        result = self._values.get("effect")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''Key is the taint key that the toleration applies to.

        Empty means match all taint keys.
        If the key is empty, operator must be Exists; this combination means to match all values and all keys.

        :schema: RedisSpecTolerations#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def operator(self) -> typing.Optional[builtins.str]:
        '''Operator represents a key's relationship to the value.

        Valid operators are Exists and Equal. Defaults to Equal.
        Exists is equivalent to wildcard for value, so that a pod can
        tolerate all taints of a particular category.

        :default: Equal.

        :schema: RedisSpecTolerations#operator
        '''
        result = self._values.get("operator")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def toleration_seconds(self) -> typing.Optional[jsii.Number]:
        '''TolerationSeconds represents the period of time the toleration (which must be of effect NoExecute, otherwise this field is ignored) tolerates the taint.

        By default,
        it is not set, which means tolerate the taint forever (do not evict). Zero and
        negative values will be treated as 0 (evict immediately) by the system.

        :schema: RedisSpecTolerations#tolerationSeconds
        '''
        result = self._values.get("toleration_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''Value is the taint value the toleration matches to.

        If the operator is Exists, the value should be empty, otherwise just a regular string.

        :schema: RedisSpecTolerations#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "RedisSpecTolerations(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "Redis",
    "RedisProps",
    "RedisReplication",
    "RedisReplicationProps",
    "RedisReplicationSpec",
    "RedisReplicationSpecAcl",
    "RedisReplicationSpecAffinity",
    "RedisReplicationSpecEnv",
    "RedisReplicationSpecInitContainer",
    "RedisReplicationSpecKubernetesConfig",
    "RedisReplicationSpecLivenessProbe",
    "RedisReplicationSpecPdb",
    "RedisReplicationSpecPodManagementPolicy",
    "RedisReplicationSpecPodSecurityContext",
    "RedisReplicationSpecReadinessProbe",
    "RedisReplicationSpecRedisConfig",
    "RedisReplicationSpecRedisExporter",
    "RedisReplicationSpecSecurityContext",
    "RedisReplicationSpecSentinel",
    "RedisReplicationSpecSidecars",
    "RedisReplicationSpecStorage",
    "RedisReplicationSpecTls",
    "RedisReplicationSpecTolerations",
    "RedisReplicationSpecTopologySpreadConstraints",
    "RedisSentinel",
    "RedisSentinelProps",
    "RedisSentinelSpec",
    "RedisSentinelSpecAffinity",
    "RedisSentinelSpecEnv",
    "RedisSentinelSpecInitContainer",
    "RedisSentinelSpecKubernetesConfig",
    "RedisSentinelSpecLivenessProbe",
    "RedisSentinelSpecPdb",
    "RedisSentinelSpecPodManagementPolicy",
    "RedisSentinelSpecPodSecurityContext",
    "RedisSentinelSpecReadinessProbe",
    "RedisSentinelSpecRedisExporter",
    "RedisSentinelSpecRedisSentinelConfig",
    "RedisSentinelSpecSecurityContext",
    "RedisSentinelSpecSidecars",
    "RedisSentinelSpecTls",
    "RedisSentinelSpecTolerations",
    "RedisSentinelSpecTopologySpreadConstraints",
    "RedisSentinelSpecVolumeMount",
    "RedisSpec",
    "RedisSpecAcl",
    "RedisSpecAffinity",
    "RedisSpecEnv",
    "RedisSpecInitContainer",
    "RedisSpecKubernetesConfig",
    "RedisSpecLivenessProbe",
    "RedisSpecPodSecurityContext",
    "RedisSpecReadinessProbe",
    "RedisSpecRedisConfig",
    "RedisSpecRedisExporter",
    "RedisSpecSecurityContext",
    "RedisSpecSidecars",
    "RedisSpecStorage",
    "RedisSpecTls",
    "RedisSpecTolerations",
]

publication.publish()

def _typecheckingstub__2c2ba995153ac9df22620e340b60718516dbddbf966064d9c74fed358d874b17(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[RedisSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__62cf8b453be97fcbdd1e97b9a89312c5fc6c96d0cf745bcb1e5ceda8f1ab56fc(
    *,
    spec: typing.Union[RedisSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8cf8df6c9e00723e739dcbbc9694c4897af6f2e1c5e6090e1f9e2006cac9eb28(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[RedisReplicationSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__802984d03cd19d26f2d65661797498b75ac436b79bea9ec023fb7e2d5886e039(
    *,
    spec: typing.Union[RedisReplicationSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__81b5509cfce2330f878450905508b3c4ec3fcda7a29aa03b5947f0c5a8b816fa(
    *,
    cluster_size: jsii.Number,
    kubernetes_config: typing.Union[RedisReplicationSpecKubernetesConfig, typing.Dict[builtins.str, typing.Any]],
    acl: typing.Optional[typing.Union[RedisReplicationSpecAcl, typing.Dict[builtins.str, typing.Any]]] = None,
    affinity: typing.Optional[typing.Union[RedisReplicationSpecAffinity, typing.Dict[builtins.str, typing.Any]]] = None,
    env: typing.Optional[typing.Sequence[typing.Union[RedisReplicationSpecEnv, typing.Dict[builtins.str, typing.Any]]]] = None,
    host_port: typing.Optional[jsii.Number] = None,
    init_container: typing.Optional[typing.Union[RedisReplicationSpecInitContainer, typing.Dict[builtins.str, typing.Any]]] = None,
    liveness_probe: typing.Optional[typing.Union[RedisReplicationSpecLivenessProbe, typing.Dict[builtins.str, typing.Any]]] = None,
    node_selector: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    pdb: typing.Optional[typing.Union[RedisReplicationSpecPdb, typing.Dict[builtins.str, typing.Any]]] = None,
    pod_management_policy: typing.Optional[RedisReplicationSpecPodManagementPolicy] = None,
    pod_security_context: typing.Optional[typing.Union[RedisReplicationSpecPodSecurityContext, typing.Dict[builtins.str, typing.Any]]] = None,
    priority_class_name: typing.Optional[builtins.str] = None,
    readiness_probe: typing.Optional[typing.Union[RedisReplicationSpecReadinessProbe, typing.Dict[builtins.str, typing.Any]]] = None,
    redis_config: typing.Optional[typing.Union[RedisReplicationSpecRedisConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    redis_exporter: typing.Optional[typing.Union[RedisReplicationSpecRedisExporter, typing.Dict[builtins.str, typing.Any]]] = None,
    security_context: typing.Optional[typing.Union[RedisReplicationSpecSecurityContext, typing.Dict[builtins.str, typing.Any]]] = None,
    sentinel: typing.Optional[typing.Union[RedisReplicationSpecSentinel, typing.Dict[builtins.str, typing.Any]]] = None,
    service_account_name: typing.Optional[builtins.str] = None,
    sidecars: typing.Optional[typing.Sequence[typing.Union[RedisReplicationSpecSidecars, typing.Dict[builtins.str, typing.Any]]]] = None,
    storage: typing.Optional[typing.Union[RedisReplicationSpecStorage, typing.Dict[builtins.str, typing.Any]]] = None,
    termination_grace_period_seconds: typing.Optional[jsii.Number] = None,
    tls: typing.Optional[typing.Union[RedisReplicationSpecTls, typing.Dict[builtins.str, typing.Any]]] = None,
    tolerations: typing.Optional[typing.Sequence[typing.Union[RedisReplicationSpecTolerations, typing.Dict[builtins.str, typing.Any]]]] = None,
    topology_spread_constraints: typing.Optional[typing.Sequence[typing.Union[RedisReplicationSpecTopologySpreadConstraints, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a963129c11af67289d99224b99e02ed53ee5a10cde65a0a080dfe2fd8d8d100f(
    *,
    persistent_volume_claim: typing.Optional[builtins.str] = None,
    secret: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1b800a6c66ba8c39bd1c4ea60553fd0d619f7492f802e6df4aa1decc1e2afe50(
    *,
    node_affinity: typing.Any = None,
    pod_affinity: typing.Any = None,
    pod_anti_affinity: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__11438a3d02fa7ce40c5fc1475ebd4d21836806be280006ae750308b285c56e1e(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
    value_from: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__910bdce6e7ba5cd9d89c71336b61a8d73853c2bb419d9afbb2edab443cce21ad(
    *,
    image: builtins.str,
    args: typing.Optional[typing.Sequence[builtins.str]] = None,
    command: typing.Optional[typing.Sequence[builtins.str]] = None,
    enabled: typing.Optional[builtins.bool] = None,
    env: typing.Optional[typing.Sequence[typing.Any]] = None,
    image_pull_policy: typing.Optional[builtins.str] = None,
    resources: typing.Any = None,
    security_context: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b3ce830664c439b77816e9d83a0d55c96c021c5bd699bb9c75d10ffc3a627af3(
    *,
    image: builtins.str,
    ignore_annotations: typing.Optional[typing.Sequence[builtins.str]] = None,
    image_pull_policy: typing.Optional[builtins.str] = None,
    image_pull_secrets: typing.Optional[typing.Sequence[typing.Any]] = None,
    min_ready_seconds: typing.Optional[jsii.Number] = None,
    persistent_volume_claim_retention_policy: typing.Any = None,
    redis_secret: typing.Any = None,
    resources: typing.Any = None,
    service: typing.Any = None,
    update_strategy: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__576c2619cfc68b889992dc420bd8feda49afd54624d9031b22d305c8edd8dae3(
    *,
    exec: typing.Any = None,
    failure_threshold: typing.Optional[jsii.Number] = None,
    grpc: typing.Any = None,
    http_get: typing.Any = None,
    initial_delay_seconds: typing.Optional[jsii.Number] = None,
    period_seconds: typing.Optional[jsii.Number] = None,
    success_threshold: typing.Optional[jsii.Number] = None,
    tcp_socket: typing.Any = None,
    termination_grace_period_seconds: typing.Optional[jsii.Number] = None,
    timeout_seconds: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__63fea0ab216dab96f7aae8c38510f12851a02e76b51794bc3bf3c7c1ed58a66f(
    *,
    enabled: typing.Optional[builtins.bool] = None,
    max_unavailable: typing.Optional[jsii.Number] = None,
    min_available: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ad27303b2229ecb70a93081a9a081451eaebe0279791a7e523092980e9b0be86(
    *,
    fs_group: typing.Optional[jsii.Number] = None,
    fs_group_change_policy: typing.Optional[builtins.str] = None,
    run_as_group: typing.Optional[jsii.Number] = None,
    run_as_non_root: typing.Optional[builtins.bool] = None,
    run_as_user: typing.Optional[jsii.Number] = None,
    seccomp_profile: typing.Any = None,
    se_linux_options: typing.Any = None,
    supplemental_groups: typing.Optional[typing.Sequence[jsii.Number]] = None,
    sysctls: typing.Optional[typing.Sequence[typing.Any]] = None,
    windows_options: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__80cb148e9831c1fba7b5915e54b488e9482d33e3dc42dbf6368a7c41c169a9eb(
    *,
    exec: typing.Any = None,
    failure_threshold: typing.Optional[jsii.Number] = None,
    grpc: typing.Any = None,
    http_get: typing.Any = None,
    initial_delay_seconds: typing.Optional[jsii.Number] = None,
    period_seconds: typing.Optional[jsii.Number] = None,
    success_threshold: typing.Optional[jsii.Number] = None,
    tcp_socket: typing.Any = None,
    termination_grace_period_seconds: typing.Optional[jsii.Number] = None,
    timeout_seconds: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__69d1165f0547034219633c287460f776719d6b320fe6a2d92afa67ab01214c9b(
    *,
    additional_redis_config: typing.Optional[builtins.str] = None,
    dynamic_config: typing.Optional[typing.Sequence[builtins.str]] = None,
    max_memory_percent_of_limit: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8797847418f21e6b3fe893f0b90a81dd413cd0b1cb145462a6d9140fd3fb6c7f(
    *,
    image: builtins.str,
    enabled: typing.Optional[builtins.bool] = None,
    env: typing.Optional[typing.Sequence[typing.Any]] = None,
    image_pull_policy: typing.Optional[builtins.str] = None,
    port: typing.Optional[jsii.Number] = None,
    resources: typing.Any = None,
    security_context: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__06d17b54bf94e9468efc888851302bfd8b5a2a727a9c7a314550f588dc63e5a7(
    *,
    allow_privilege_escalation: typing.Optional[builtins.bool] = None,
    capabilities: typing.Any = None,
    privileged: typing.Optional[builtins.bool] = None,
    proc_mount: typing.Optional[builtins.str] = None,
    read_only_root_filesystem: typing.Optional[builtins.bool] = None,
    run_as_group: typing.Optional[jsii.Number] = None,
    run_as_non_root: typing.Optional[builtins.bool] = None,
    run_as_user: typing.Optional[jsii.Number] = None,
    seccomp_profile: typing.Any = None,
    se_linux_options: typing.Any = None,
    windows_options: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__53142d54435f88abd48590f3cc04ec5f43a45e057af88b63df7f01ed41b525b1(
    *,
    image: builtins.str,
    size: jsii.Number,
    additional_sentinel_config: typing.Optional[builtins.str] = None,
    affinity: typing.Any = None,
    announce_hostnames: typing.Optional[builtins.str] = None,
    down_after_milliseconds: typing.Optional[builtins.str] = None,
    failover_timeout: typing.Optional[builtins.str] = None,
    ignore_annotations: typing.Optional[typing.Sequence[builtins.str]] = None,
    image_pull_policy: typing.Optional[builtins.str] = None,
    image_pull_secrets: typing.Optional[typing.Sequence[typing.Any]] = None,
    min_ready_seconds: typing.Optional[jsii.Number] = None,
    node_selector: typing.Any = None,
    parallel_syncs: typing.Optional[builtins.str] = None,
    persistent_volume_claim_retention_policy: typing.Any = None,
    pod_security_context: typing.Any = None,
    priority_class_name: typing.Optional[builtins.str] = None,
    quorum: typing.Optional[builtins.str] = None,
    redis_secret: typing.Any = None,
    resolve_hostnames: typing.Optional[builtins.str] = None,
    resources: typing.Any = None,
    security_context: typing.Any = None,
    service: typing.Any = None,
    service_account_name: typing.Optional[builtins.str] = None,
    termination_grace_period_seconds: typing.Optional[jsii.Number] = None,
    tolerations: typing.Optional[typing.Sequence[typing.Any]] = None,
    topology_spread_constraints: typing.Optional[typing.Sequence[typing.Any]] = None,
    update_strategy: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ab801164e1aa023e590c5406dc953f3d7ad9e965c0b11af519bd843bb772ef6d(
    *,
    image: builtins.str,
    name: builtins.str,
    command: typing.Optional[typing.Sequence[builtins.str]] = None,
    env: typing.Optional[typing.Sequence[typing.Any]] = None,
    image_pull_policy: typing.Optional[builtins.str] = None,
    mount_path: typing.Optional[typing.Sequence[typing.Any]] = None,
    ports: typing.Optional[typing.Sequence[typing.Any]] = None,
    resources: typing.Any = None,
    security_context: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__814a2bd11d556c0e58af1bbbf4dc28cf2f1d6ad6dd74345c99dcfca56493f0ee(
    *,
    keep_after_delete: typing.Optional[builtins.bool] = None,
    volume_claim_template: typing.Any = None,
    volume_mount: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a12525a50e84292bcbde44aa8bd9e0d43cfba1d020f62e2cbc7180677d3e712c(
    *,
    secret: typing.Any,
    ca: typing.Optional[builtins.str] = None,
    cert: typing.Optional[builtins.str] = None,
    key: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__28c7a7df0e45e3b5075b6326b85d36f99a4bbaacdcb2f9d47f3ae57e590bca15(
    *,
    effect: typing.Optional[builtins.str] = None,
    key: typing.Optional[builtins.str] = None,
    operator: typing.Optional[builtins.str] = None,
    toleration_seconds: typing.Optional[jsii.Number] = None,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1036e5fe29745839c1ccfccab1ff716d49741874d624cae8879b2c73470e3007(
    *,
    max_skew: jsii.Number,
    topology_key: builtins.str,
    when_unsatisfiable: builtins.str,
    label_selector: typing.Any = None,
    match_label_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
    min_domains: typing.Optional[jsii.Number] = None,
    node_affinity_policy: typing.Optional[builtins.str] = None,
    node_taints_policy: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6af6ea84804dd6d803dcf090d5990173cae73e45965ae82994e5ede16c54cb99(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[RedisSentinelSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ad8163b8008ef3e2bd3a73536a319b5ddcffc182cb0ebddffa0dc1932ce85f6f(
    *,
    spec: typing.Union[RedisSentinelSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f235f50173cf5c1b567671b5640dcfc6af3ed0c9525be66ae7b9c2f8b437994a(
    *,
    cluster_size: jsii.Number,
    kubernetes_config: typing.Union[RedisSentinelSpecKubernetesConfig, typing.Dict[builtins.str, typing.Any]],
    affinity: typing.Optional[typing.Union[RedisSentinelSpecAffinity, typing.Dict[builtins.str, typing.Any]]] = None,
    env: typing.Optional[typing.Sequence[typing.Union[RedisSentinelSpecEnv, typing.Dict[builtins.str, typing.Any]]]] = None,
    host_port: typing.Optional[jsii.Number] = None,
    init_container: typing.Optional[typing.Union[RedisSentinelSpecInitContainer, typing.Dict[builtins.str, typing.Any]]] = None,
    liveness_probe: typing.Optional[typing.Union[RedisSentinelSpecLivenessProbe, typing.Dict[builtins.str, typing.Any]]] = None,
    node_selector: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    pdb: typing.Optional[typing.Union[RedisSentinelSpecPdb, typing.Dict[builtins.str, typing.Any]]] = None,
    pod_management_policy: typing.Optional[RedisSentinelSpecPodManagementPolicy] = None,
    pod_security_context: typing.Optional[typing.Union[RedisSentinelSpecPodSecurityContext, typing.Dict[builtins.str, typing.Any]]] = None,
    priority_class_name: typing.Optional[builtins.str] = None,
    readiness_probe: typing.Optional[typing.Union[RedisSentinelSpecReadinessProbe, typing.Dict[builtins.str, typing.Any]]] = None,
    redis_exporter: typing.Optional[typing.Union[RedisSentinelSpecRedisExporter, typing.Dict[builtins.str, typing.Any]]] = None,
    redis_sentinel_config: typing.Optional[typing.Union[RedisSentinelSpecRedisSentinelConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    security_context: typing.Optional[typing.Union[RedisSentinelSpecSecurityContext, typing.Dict[builtins.str, typing.Any]]] = None,
    service_account_name: typing.Optional[builtins.str] = None,
    sidecars: typing.Optional[typing.Sequence[typing.Union[RedisSentinelSpecSidecars, typing.Dict[builtins.str, typing.Any]]]] = None,
    termination_grace_period_seconds: typing.Optional[jsii.Number] = None,
    tls: typing.Optional[typing.Union[RedisSentinelSpecTls, typing.Dict[builtins.str, typing.Any]]] = None,
    tolerations: typing.Optional[typing.Sequence[typing.Union[RedisSentinelSpecTolerations, typing.Dict[builtins.str, typing.Any]]]] = None,
    topology_spread_constraints: typing.Optional[typing.Sequence[typing.Union[RedisSentinelSpecTopologySpreadConstraints, typing.Dict[builtins.str, typing.Any]]]] = None,
    volume_mount: typing.Optional[typing.Union[RedisSentinelSpecVolumeMount, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__19076add7dfe26a8b2793779587854defb5d819e07a98ec0a1eed2818a6b5aa7(
    *,
    node_affinity: typing.Any = None,
    pod_affinity: typing.Any = None,
    pod_anti_affinity: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0bba06cb2c4f33cb1c12a4b221837c1880ef6a421b4169e57ab25a1c387019f1(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
    value_from: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__58fe2368aff9ddc1907a4a037f7ad45a7e3c9eb2dd4b03040fd4219c009fad9b(
    *,
    image: builtins.str,
    args: typing.Optional[typing.Sequence[builtins.str]] = None,
    command: typing.Optional[typing.Sequence[builtins.str]] = None,
    enabled: typing.Optional[builtins.bool] = None,
    env: typing.Optional[typing.Sequence[typing.Any]] = None,
    image_pull_policy: typing.Optional[builtins.str] = None,
    resources: typing.Any = None,
    security_context: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__08942358317a63fce0d47264e9b76e30554bd89172d759bf4bde8df594096f32(
    *,
    image: builtins.str,
    ignore_annotations: typing.Optional[typing.Sequence[builtins.str]] = None,
    image_pull_policy: typing.Optional[builtins.str] = None,
    image_pull_secrets: typing.Optional[typing.Sequence[typing.Any]] = None,
    min_ready_seconds: typing.Optional[jsii.Number] = None,
    persistent_volume_claim_retention_policy: typing.Any = None,
    redis_secret: typing.Any = None,
    resources: typing.Any = None,
    service: typing.Any = None,
    update_strategy: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__35893ac5033efe711538ff7f17f4cf64c6931a3d27763cd86f036a9181809105(
    *,
    exec: typing.Any = None,
    failure_threshold: typing.Optional[jsii.Number] = None,
    grpc: typing.Any = None,
    http_get: typing.Any = None,
    initial_delay_seconds: typing.Optional[jsii.Number] = None,
    period_seconds: typing.Optional[jsii.Number] = None,
    success_threshold: typing.Optional[jsii.Number] = None,
    tcp_socket: typing.Any = None,
    termination_grace_period_seconds: typing.Optional[jsii.Number] = None,
    timeout_seconds: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3e28e8f1e79be2e68c431f35d0236c7e879139e71e045e5de9dc18c9031fb1a4(
    *,
    enabled: typing.Optional[builtins.bool] = None,
    max_unavailable: typing.Optional[jsii.Number] = None,
    min_available: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__14f1482fb395199206611ad8497b8e413994fed90165ba116082657e52f4b190(
    *,
    fs_group: typing.Optional[jsii.Number] = None,
    fs_group_change_policy: typing.Optional[builtins.str] = None,
    run_as_group: typing.Optional[jsii.Number] = None,
    run_as_non_root: typing.Optional[builtins.bool] = None,
    run_as_user: typing.Optional[jsii.Number] = None,
    seccomp_profile: typing.Any = None,
    se_linux_options: typing.Any = None,
    supplemental_groups: typing.Optional[typing.Sequence[jsii.Number]] = None,
    sysctls: typing.Optional[typing.Sequence[typing.Any]] = None,
    windows_options: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__95aaf3d0b02c39c892c0104bbcbc03c79db85e868731c5b64269fef85ab54e1e(
    *,
    exec: typing.Any = None,
    failure_threshold: typing.Optional[jsii.Number] = None,
    grpc: typing.Any = None,
    http_get: typing.Any = None,
    initial_delay_seconds: typing.Optional[jsii.Number] = None,
    period_seconds: typing.Optional[jsii.Number] = None,
    success_threshold: typing.Optional[jsii.Number] = None,
    tcp_socket: typing.Any = None,
    termination_grace_period_seconds: typing.Optional[jsii.Number] = None,
    timeout_seconds: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6f75c33c7dfc85b166063aca60d9d2d67b3128c7531fbec75a043a3cd81c447e(
    *,
    image: builtins.str,
    enabled: typing.Optional[builtins.bool] = None,
    env: typing.Optional[typing.Sequence[typing.Any]] = None,
    image_pull_policy: typing.Optional[builtins.str] = None,
    port: typing.Optional[jsii.Number] = None,
    resources: typing.Any = None,
    security_context: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__39bf2ebb7642779223dd21f25d47784f13f176c9be3b30cac73ae7c0b6e5f2d5(
    *,
    redis_replication_name: builtins.str,
    additional_sentinel_config: typing.Optional[builtins.str] = None,
    announce_hostnames: typing.Optional[builtins.str] = None,
    down_after_milliseconds: typing.Optional[builtins.str] = None,
    failover_timeout: typing.Optional[builtins.str] = None,
    master_group_name: typing.Optional[builtins.str] = None,
    parallel_syncs: typing.Optional[builtins.str] = None,
    quorum: typing.Optional[builtins.str] = None,
    redis_port: typing.Optional[builtins.str] = None,
    redis_replication_password: typing.Any = None,
    resolve_hostnames: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4da815f2e3337a3c476903f648b3d8287953766320ee34978f0b39692f899fda(
    *,
    allow_privilege_escalation: typing.Optional[builtins.bool] = None,
    capabilities: typing.Any = None,
    privileged: typing.Optional[builtins.bool] = None,
    proc_mount: typing.Optional[builtins.str] = None,
    read_only_root_filesystem: typing.Optional[builtins.bool] = None,
    run_as_group: typing.Optional[jsii.Number] = None,
    run_as_non_root: typing.Optional[builtins.bool] = None,
    run_as_user: typing.Optional[jsii.Number] = None,
    seccomp_profile: typing.Any = None,
    se_linux_options: typing.Any = None,
    windows_options: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__83a1f2f490a15f3df31c25da83c76a4f29393305833034c492756bab40eedee6(
    *,
    image: builtins.str,
    name: builtins.str,
    command: typing.Optional[typing.Sequence[builtins.str]] = None,
    env: typing.Optional[typing.Sequence[typing.Any]] = None,
    image_pull_policy: typing.Optional[builtins.str] = None,
    mount_path: typing.Optional[typing.Sequence[typing.Any]] = None,
    ports: typing.Optional[typing.Sequence[typing.Any]] = None,
    resources: typing.Any = None,
    security_context: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d5cf7f82c9880f1b29ffbfdacee2d544243a60c71e2e707cd7d66bf577204f0b(
    *,
    secret: typing.Any,
    ca: typing.Optional[builtins.str] = None,
    cert: typing.Optional[builtins.str] = None,
    key: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0cf25bb1fb62a9e1565203cee9d721bc0099f7498112845570692d796b0aa26d(
    *,
    effect: typing.Optional[builtins.str] = None,
    key: typing.Optional[builtins.str] = None,
    operator: typing.Optional[builtins.str] = None,
    toleration_seconds: typing.Optional[jsii.Number] = None,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cd425d4b44190817e85d803a61307ba6a82ed1db784c3c1f7584a164feb920f2(
    *,
    max_skew: jsii.Number,
    topology_key: builtins.str,
    when_unsatisfiable: builtins.str,
    label_selector: typing.Any = None,
    match_label_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
    min_domains: typing.Optional[jsii.Number] = None,
    node_affinity_policy: typing.Optional[builtins.str] = None,
    node_taints_policy: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f3b48264b2224aeb2db392f4327465e309389cbbf3a6279a20acd6d76ac22e7d(
    *,
    mount_path: typing.Optional[typing.Sequence[typing.Any]] = None,
    volume: typing.Optional[typing.Sequence[typing.Any]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__242230988ad96ddb4b105cda3f69b2f3ce9c7fed3041c43b16b1d1f0520ab9b8(
    *,
    kubernetes_config: typing.Union[RedisSpecKubernetesConfig, typing.Dict[builtins.str, typing.Any]],
    acl: typing.Optional[typing.Union[RedisSpecAcl, typing.Dict[builtins.str, typing.Any]]] = None,
    affinity: typing.Optional[typing.Union[RedisSpecAffinity, typing.Dict[builtins.str, typing.Any]]] = None,
    env: typing.Optional[typing.Sequence[typing.Union[RedisSpecEnv, typing.Dict[builtins.str, typing.Any]]]] = None,
    host_port: typing.Optional[jsii.Number] = None,
    init_container: typing.Optional[typing.Union[RedisSpecInitContainer, typing.Dict[builtins.str, typing.Any]]] = None,
    liveness_probe: typing.Optional[typing.Union[RedisSpecLivenessProbe, typing.Dict[builtins.str, typing.Any]]] = None,
    node_selector: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    pod_security_context: typing.Optional[typing.Union[RedisSpecPodSecurityContext, typing.Dict[builtins.str, typing.Any]]] = None,
    priority_class_name: typing.Optional[builtins.str] = None,
    readiness_probe: typing.Optional[typing.Union[RedisSpecReadinessProbe, typing.Dict[builtins.str, typing.Any]]] = None,
    redis_config: typing.Optional[typing.Union[RedisSpecRedisConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    redis_exporter: typing.Optional[typing.Union[RedisSpecRedisExporter, typing.Dict[builtins.str, typing.Any]]] = None,
    security_context: typing.Optional[typing.Union[RedisSpecSecurityContext, typing.Dict[builtins.str, typing.Any]]] = None,
    service_account_name: typing.Optional[builtins.str] = None,
    sidecars: typing.Optional[typing.Sequence[typing.Union[RedisSpecSidecars, typing.Dict[builtins.str, typing.Any]]]] = None,
    storage: typing.Optional[typing.Union[RedisSpecStorage, typing.Dict[builtins.str, typing.Any]]] = None,
    termination_grace_period_seconds: typing.Optional[jsii.Number] = None,
    tls: typing.Optional[typing.Union[RedisSpecTls, typing.Dict[builtins.str, typing.Any]]] = None,
    tolerations: typing.Optional[typing.Sequence[typing.Union[RedisSpecTolerations, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d10d0ac467b36b6d0cf444a7e4a571de65bff35412b0d5f1fe0f0912158f37db(
    *,
    persistent_volume_claim: typing.Optional[builtins.str] = None,
    secret: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c7d90860b40d0a683211f86ebb58a80cd6f48f5c724d3bc084744cebe0f88b08(
    *,
    node_affinity: typing.Any = None,
    pod_affinity: typing.Any = None,
    pod_anti_affinity: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__df8541e44eef108a56ae6b6e4ec6d59c2e4f775696f59b1001bd90120ed3f79b(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
    value_from: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__51c77f74d89b50befc2348b68025b430546a403a98b3dc9a327459bd4e43fd3e(
    *,
    image: builtins.str,
    args: typing.Optional[typing.Sequence[builtins.str]] = None,
    command: typing.Optional[typing.Sequence[builtins.str]] = None,
    enabled: typing.Optional[builtins.bool] = None,
    env: typing.Optional[typing.Sequence[typing.Any]] = None,
    image_pull_policy: typing.Optional[builtins.str] = None,
    resources: typing.Any = None,
    security_context: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1c2bc663e7f34f014fb3561f7190cad7a24f377525e5dbc483152075b11d234c(
    *,
    image: builtins.str,
    ignore_annotations: typing.Optional[typing.Sequence[builtins.str]] = None,
    image_pull_policy: typing.Optional[builtins.str] = None,
    image_pull_secrets: typing.Optional[typing.Sequence[typing.Any]] = None,
    min_ready_seconds: typing.Optional[jsii.Number] = None,
    persistent_volume_claim_retention_policy: typing.Any = None,
    redis_secret: typing.Any = None,
    resources: typing.Any = None,
    service: typing.Any = None,
    update_strategy: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0719243c428bef99c8e990936928680b01ea739364cbdfaffcfa2bf1809c7af6(
    *,
    exec: typing.Any = None,
    failure_threshold: typing.Optional[jsii.Number] = None,
    grpc: typing.Any = None,
    http_get: typing.Any = None,
    initial_delay_seconds: typing.Optional[jsii.Number] = None,
    period_seconds: typing.Optional[jsii.Number] = None,
    success_threshold: typing.Optional[jsii.Number] = None,
    tcp_socket: typing.Any = None,
    termination_grace_period_seconds: typing.Optional[jsii.Number] = None,
    timeout_seconds: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c6b77a9f033326831dd137c5a9eaf9bf3262a369393e969664eb94b96815c915(
    *,
    fs_group: typing.Optional[jsii.Number] = None,
    fs_group_change_policy: typing.Optional[builtins.str] = None,
    run_as_group: typing.Optional[jsii.Number] = None,
    run_as_non_root: typing.Optional[builtins.bool] = None,
    run_as_user: typing.Optional[jsii.Number] = None,
    seccomp_profile: typing.Any = None,
    se_linux_options: typing.Any = None,
    supplemental_groups: typing.Optional[typing.Sequence[jsii.Number]] = None,
    sysctls: typing.Optional[typing.Sequence[typing.Any]] = None,
    windows_options: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__85a88647ea0cc19d0ea4ba1a259b6e29572b1678a2552c1b104a671ec37c3988(
    *,
    exec: typing.Any = None,
    failure_threshold: typing.Optional[jsii.Number] = None,
    grpc: typing.Any = None,
    http_get: typing.Any = None,
    initial_delay_seconds: typing.Optional[jsii.Number] = None,
    period_seconds: typing.Optional[jsii.Number] = None,
    success_threshold: typing.Optional[jsii.Number] = None,
    tcp_socket: typing.Any = None,
    termination_grace_period_seconds: typing.Optional[jsii.Number] = None,
    timeout_seconds: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b955489c6f695bd2321d515d15f418bf525cb89e0081133522cfb73404d26f64(
    *,
    additional_redis_config: typing.Optional[builtins.str] = None,
    dynamic_config: typing.Optional[typing.Sequence[builtins.str]] = None,
    max_memory_percent_of_limit: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a86fd7c54240db0ed7beb19517ad16798407eccaa05ecdd5078589e9de878373(
    *,
    image: builtins.str,
    enabled: typing.Optional[builtins.bool] = None,
    env: typing.Optional[typing.Sequence[typing.Any]] = None,
    image_pull_policy: typing.Optional[builtins.str] = None,
    port: typing.Optional[jsii.Number] = None,
    resources: typing.Any = None,
    security_context: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c81b05ecd75e5ca1bce0a254e9d6d9af02bc53dbbdc494efa0d7655132a0e8d3(
    *,
    allow_privilege_escalation: typing.Optional[builtins.bool] = None,
    capabilities: typing.Any = None,
    privileged: typing.Optional[builtins.bool] = None,
    proc_mount: typing.Optional[builtins.str] = None,
    read_only_root_filesystem: typing.Optional[builtins.bool] = None,
    run_as_group: typing.Optional[jsii.Number] = None,
    run_as_non_root: typing.Optional[builtins.bool] = None,
    run_as_user: typing.Optional[jsii.Number] = None,
    seccomp_profile: typing.Any = None,
    se_linux_options: typing.Any = None,
    windows_options: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__772e44f9bf3850ba42ba3081e227b932c5f4f5379d5b069ef79573e98bd65b97(
    *,
    image: builtins.str,
    name: builtins.str,
    command: typing.Optional[typing.Sequence[builtins.str]] = None,
    env: typing.Optional[typing.Sequence[typing.Any]] = None,
    image_pull_policy: typing.Optional[builtins.str] = None,
    mount_path: typing.Optional[typing.Sequence[typing.Any]] = None,
    ports: typing.Optional[typing.Sequence[typing.Any]] = None,
    resources: typing.Any = None,
    security_context: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__71c041d3aead35e12a4fc3924cdab9544d03ada337fbe9f1c0697817c4c7042a(
    *,
    keep_after_delete: typing.Optional[builtins.bool] = None,
    volume_claim_template: typing.Any = None,
    volume_mount: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2e0989878ddf7f7fab8931f4e14ce1003bb26d8c4dd67d45da03fc91e07aa779(
    *,
    secret: typing.Any,
    ca: typing.Optional[builtins.str] = None,
    cert: typing.Optional[builtins.str] = None,
    key: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__01c40f6463e5eb07b43b4734b5a143d500d54266fde3b4d9622764db6aa3d397(
    *,
    effect: typing.Optional[builtins.str] = None,
    key: typing.Optional[builtins.str] = None,
    operator: typing.Optional[builtins.str] = None,
    toleration_seconds: typing.Optional[jsii.Number] = None,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass
