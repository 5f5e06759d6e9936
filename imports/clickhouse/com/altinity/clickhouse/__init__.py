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


class ClickHouseInstallation(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallation",
):
    '''define a set of Kubernetes resources (StatefulSet, PVC, Service, ConfigMap) which describe behavior one or more clusters.

    :schema: ClickHouseInstallation
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["ClickHouseInstallationSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "ClickHouseInstallation" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: Specification of the desired behavior of one or more ClickHouse clusters More info: https://github.com/Altinity/clickhouse-operator/blob/master/docs/custom_resource_explained.md.
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3e2944b3c91e79eae7a437f83664ee94ad7457a6047b125b736b05c5dbda59a9)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = ClickHouseInstallationProps(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["ClickHouseInstallationSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "ClickHouseInstallation".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: Specification of the desired behavior of one or more ClickHouse clusters More info: https://github.com/Altinity/clickhouse-operator/blob/master/docs/custom_resource_explained.md.
        :param metadata: 
        '''
        props = ClickHouseInstallationProps(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "ClickHouseInstallation".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationProps",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class ClickHouseInstallationProps:
    def __init__(
        self,
        *,
        spec: typing.Union["ClickHouseInstallationSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''define a set of Kubernetes resources (StatefulSet, PVC, Service, ConfigMap) which describe behavior one or more clusters.

        :param spec: Specification of the desired behavior of one or more ClickHouse clusters More info: https://github.com/Altinity/clickhouse-operator/blob/master/docs/custom_resource_explained.md.
        :param metadata: 

        :schema: ClickHouseInstallation
        '''
        if isinstance(spec, dict):
            spec = ClickHouseInstallationSpec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c53bf1be91e8fb51c43c21ca405f5093f5452fc3dcd8413fc13cfeab35f94224)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "ClickHouseInstallationSpec":
        '''Specification of the desired behavior of one or more ClickHouse clusters More info: https://github.com/Altinity/clickhouse-operator/blob/master/docs/custom_resource_explained.md.

        :schema: ClickHouseInstallation#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("ClickHouseInstallationSpec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: ClickHouseInstallation#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpec",
    jsii_struct_bases=[],
    name_mapping={
        "configuration": "configuration",
        "defaults": "defaults",
        "namespace_domain_pattern": "namespaceDomainPattern",
        "reconcile": "reconcile",
        "reconciling": "reconciling",
        "restart": "restart",
        "stop": "stop",
        "suspend": "suspend",
        "task_id": "taskId",
        "templates": "templates",
        "templating": "templating",
        "troubleshoot": "troubleshoot",
        "use_templates": "useTemplates",
    },
)
class ClickHouseInstallationSpec:
    def __init__(
        self,
        *,
        configuration: typing.Optional[typing.Union["ClickHouseInstallationSpecConfiguration", typing.Dict[builtins.str, typing.Any]]] = None,
        defaults: typing.Optional[typing.Union["ClickHouseInstallationSpecDefaults", typing.Dict[builtins.str, typing.Any]]] = None,
        namespace_domain_pattern: typing.Optional[builtins.str] = None,
        reconcile: typing.Optional[typing.Union["ClickHouseInstallationSpecReconcile", typing.Dict[builtins.str, typing.Any]]] = None,
        reconciling: typing.Optional[typing.Union["ClickHouseInstallationSpecReconciling", typing.Dict[builtins.str, typing.Any]]] = None,
        restart: typing.Optional["ClickHouseInstallationSpecRestart"] = None,
        stop: typing.Optional["ClickHouseInstallationSpecStop"] = None,
        suspend: typing.Optional["ClickHouseInstallationSpecSuspend"] = None,
        task_id: typing.Optional[builtins.str] = None,
        templates: typing.Optional[typing.Union["ClickHouseInstallationSpecTemplates", typing.Dict[builtins.str, typing.Any]]] = None,
        templating: typing.Optional[typing.Union["ClickHouseInstallationSpecTemplating", typing.Dict[builtins.str, typing.Any]]] = None,
        troubleshoot: typing.Optional["ClickHouseInstallationSpecTroubleshoot"] = None,
        use_templates: typing.Optional[typing.Sequence[typing.Union["ClickHouseInstallationSpecUseTemplates", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''Specification of the desired behavior of one or more ClickHouse clusters More info: https://github.com/Altinity/clickhouse-operator/blob/master/docs/custom_resource_explained.md.

        :param configuration: allows configure multiple aspects and behavior for ``clickhouse-server`` instance and also allows describe multiple ``clickhouse-server`` clusters inside one ``chi`` resource.
        :param defaults: define default behavior for whole ClickHouseInstallation, some behavior can be re-define on cluster, shard and replica level More info: https://github.com/Altinity/clickhouse-operator/blob/master/docs/custom_resource_explained.md#specdefaults.
        :param namespace_domain_pattern: Custom domain pattern which will be used for DNS names of ``Service`` or ``Pod``. Typical use scenario - custom cluster domain in Kubernetes cluster Example: %s.svc.my.test
        :param reconcile: Optional, allows tuning reconciling cycle for ClickhouseInstallation from clickhouse-operator side.
        :param reconciling: [OBSOLETED] Optional, allows tuning reconciling cycle for ClickhouseInstallation from clickhouse-operator side.
        :param restart: In case 'RollingUpdate' specified, the operator will always restart ClickHouse pods during reconcile. This options is used in rare cases when force restart is required and is typically removed after the use in order to avoid unneeded restarts.
        :param stop: Allows to stop all ClickHouse clusters defined in a CHI. Works as the following: - When ``stop`` is ``1`` operator sets ``Replicas: 0`` in each StatefulSet. Thie leads to having all ``Pods`` and ``Service`` deleted. All PVCs are kept intact. - When ``stop`` is ``0`` operator sets ``Replicas: 1`` and ``Pod``s and ``Service``s will created again and all retained PVCs will be attached to ``Pod``s.
        :param suspend: Suspend reconciliation of resources managed by a ClickHouse Installation. Works as the following: - When ``suspend`` is ``true`` operator stops reconciling all resources. - When ``suspend`` is ``false`` or not set, operator reconciles all resources.
        :param task_id: Allows to define custom taskID for CHI update and watch status of this update execution. Displayed in all .status.taskID* fields. By default (if not filled) every update of CHI manifest will generate random taskID
        :param templates: allows define templates which will use for render Kubernetes resources like StatefulSet, ConfigMap, Service, PVC, by default, clickhouse-operator have own templates, but you can override it.
        :param templating: Optional, applicable inside ClickHouseInstallationTemplate only. Defines current ClickHouseInstallationTemplate application options to target ClickHouseInstallation(s)."
        :param troubleshoot: Allows to troubleshoot Pods during CrashLoopBack state. This may happen when wrong configuration applied, in this case ``clickhouse-server`` wouldn't start. Command within ClickHouse container is modified with ``sleep`` in order to avoid quick restarts and give time to troubleshoot via CLI. Liveness and Readiness probes are disabled as well.
        :param use_templates: list of ``ClickHouseInstallationTemplate`` (chit) resource names which will merge with current ``CHI`` manifest during render Kubernetes resources to create related ClickHouse clusters".

        :schema: ClickHouseInstallationSpec
        '''
        if isinstance(configuration, dict):
            configuration = ClickHouseInstallationSpecConfiguration(**configuration)
        if isinstance(defaults, dict):
            defaults = ClickHouseInstallationSpecDefaults(**defaults)
        if isinstance(reconcile, dict):
            reconcile = ClickHouseInstallationSpecReconcile(**reconcile)
        if isinstance(reconciling, dict):
            reconciling = ClickHouseInstallationSpecReconciling(**reconciling)
        if isinstance(templates, dict):
            templates = ClickHouseInstallationSpecTemplates(**templates)
        if isinstance(templating, dict):
            templating = ClickHouseInstallationSpecTemplating(**templating)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c8012fdc8df522de55d26faf6e10e343dfca0cd45ba7a01a3b5cf8b2be4115c7)
            check_type(argname="argument configuration", value=configuration, expected_type=type_hints["configuration"])
            check_type(argname="argument defaults", value=defaults, expected_type=type_hints["defaults"])
            check_type(argname="argument namespace_domain_pattern", value=namespace_domain_pattern, expected_type=type_hints["namespace_domain_pattern"])
            check_type(argname="argument reconcile", value=reconcile, expected_type=type_hints["reconcile"])
            check_type(argname="argument reconciling", value=reconciling, expected_type=type_hints["reconciling"])
            check_type(argname="argument restart", value=restart, expected_type=type_hints["restart"])
            check_type(argname="argument stop", value=stop, expected_type=type_hints["stop"])
            check_type(argname="argument suspend", value=suspend, expected_type=type_hints["suspend"])
            check_type(argname="argument task_id", value=task_id, expected_type=type_hints["task_id"])
            check_type(argname="argument templates", value=templates, expected_type=type_hints["templates"])
            check_type(argname="argument templating", value=templating, expected_type=type_hints["templating"])
            check_type(argname="argument troubleshoot", value=troubleshoot, expected_type=type_hints["troubleshoot"])
            check_type(argname="argument use_templates", value=use_templates, expected_type=type_hints["use_templates"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if configuration is not None:
            self._values["configuration"] = configuration
        if defaults is not None:
            self._values["defaults"] = defaults
        if namespace_domain_pattern is not None:
            self._values["namespace_domain_pattern"] = namespace_domain_pattern
        if reconcile is not None:
            self._values["reconcile"] = reconcile
        if reconciling is not None:
            self._values["reconciling"] = reconciling
        if restart is not None:
            self._values["restart"] = restart
        if stop is not None:
            self._values["stop"] = stop
        if suspend is not None:
            self._values["suspend"] = suspend
        if task_id is not None:
            self._values["task_id"] = task_id
        if templates is not None:
            self._values["templates"] = templates
        if templating is not None:
            self._values["templating"] = templating
        if troubleshoot is not None:
            self._values["troubleshoot"] = troubleshoot
        if use_templates is not None:
            self._values["use_templates"] = use_templates

    @builtins.property
    def configuration(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecConfiguration"]:
        '''allows configure multiple aspects and behavior for ``clickhouse-server`` instance and also allows describe multiple ``clickhouse-server`` clusters inside one ``chi`` resource.

        :schema: ClickHouseInstallationSpec#configuration
        '''
        result = self._values.get("configuration")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecConfiguration"], result)

    @builtins.property
    def defaults(self) -> typing.Optional["ClickHouseInstallationSpecDefaults"]:
        '''define default behavior for whole ClickHouseInstallation, some behavior can be re-define on cluster, shard and replica level More info: https://github.com/Altinity/clickhouse-operator/blob/master/docs/custom_resource_explained.md#specdefaults.

        :schema: ClickHouseInstallationSpec#defaults
        '''
        result = self._values.get("defaults")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecDefaults"], result)

    @builtins.property
    def namespace_domain_pattern(self) -> typing.Optional[builtins.str]:
        '''Custom domain pattern which will be used for DNS names of ``Service`` or ``Pod``.

        Typical use scenario - custom cluster domain in Kubernetes cluster
        Example: %s.svc.my.test

        :schema: ClickHouseInstallationSpec#namespaceDomainPattern
        '''
        result = self._values.get("namespace_domain_pattern")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def reconcile(self) -> typing.Optional["ClickHouseInstallationSpecReconcile"]:
        '''Optional, allows tuning reconciling cycle for ClickhouseInstallation from clickhouse-operator side.

        :schema: ClickHouseInstallationSpec#reconcile
        '''
        result = self._values.get("reconcile")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcile"], result)

    @builtins.property
    def reconciling(self) -> typing.Optional["ClickHouseInstallationSpecReconciling"]:
        '''[OBSOLETED] Optional, allows tuning reconciling cycle for ClickhouseInstallation from clickhouse-operator side.

        :schema: ClickHouseInstallationSpec#reconciling
        '''
        result = self._values.get("reconciling")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconciling"], result)

    @builtins.property
    def restart(self) -> typing.Optional["ClickHouseInstallationSpecRestart"]:
        '''In case 'RollingUpdate' specified, the operator will always restart ClickHouse pods during reconcile.

        This options is used in rare cases when force restart is required and is typically removed after the use in order to avoid unneeded restarts.

        :schema: ClickHouseInstallationSpec#restart
        '''
        result = self._values.get("restart")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecRestart"], result)

    @builtins.property
    def stop(self) -> typing.Optional["ClickHouseInstallationSpecStop"]:
        '''Allows to stop all ClickHouse clusters defined in a CHI.

        Works as the following:

        - When ``stop`` is ``1`` operator sets ``Replicas: 0`` in each StatefulSet. Thie leads to having all ``Pods`` and ``Service`` deleted. All PVCs are kept intact.
        - When ``stop`` is ``0`` operator sets ``Replicas: 1`` and ``Pod``s and ``Service``s will created again and all retained PVCs will be attached to ``Pod``s.

        :schema: ClickHouseInstallationSpec#stop
        '''
        result = self._values.get("stop")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecStop"], result)

    @builtins.property
    def suspend(self) -> typing.Optional["ClickHouseInstallationSpecSuspend"]:
        '''Suspend reconciliation of resources managed by a ClickHouse Installation.

        Works as the following:

        - When ``suspend`` is ``true`` operator stops reconciling all resources.
        - When ``suspend`` is ``false`` or not set, operator reconciles all resources.

        :schema: ClickHouseInstallationSpec#suspend
        '''
        result = self._values.get("suspend")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecSuspend"], result)

    @builtins.property
    def task_id(self) -> typing.Optional[builtins.str]:
        '''Allows to define custom taskID for CHI update and watch status of this update execution.

        Displayed in all .status.taskID* fields.
        By default (if not filled) every update of CHI manifest will generate random taskID

        :schema: ClickHouseInstallationSpec#taskID
        '''
        result = self._values.get("task_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def templates(self) -> typing.Optional["ClickHouseInstallationSpecTemplates"]:
        '''allows define templates which will use for render Kubernetes resources like StatefulSet, ConfigMap, Service, PVC, by default, clickhouse-operator have own templates, but you can override it.

        :schema: ClickHouseInstallationSpec#templates
        '''
        result = self._values.get("templates")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecTemplates"], result)

    @builtins.property
    def templating(self) -> typing.Optional["ClickHouseInstallationSpecTemplating"]:
        '''Optional, applicable inside ClickHouseInstallationTemplate only.

        Defines current ClickHouseInstallationTemplate application options to target ClickHouseInstallation(s)."

        :schema: ClickHouseInstallationSpec#templating
        '''
        result = self._values.get("templating")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecTemplating"], result)

    @builtins.property
    def troubleshoot(self) -> typing.Optional["ClickHouseInstallationSpecTroubleshoot"]:
        '''Allows to troubleshoot Pods during CrashLoopBack state.

        This may happen when wrong configuration applied, in this case ``clickhouse-server`` wouldn't start.
        Command within ClickHouse container is modified with ``sleep`` in order to avoid quick restarts
        and give time to troubleshoot via CLI.
        Liveness and Readiness probes are disabled as well.

        :schema: ClickHouseInstallationSpec#troubleshoot
        '''
        result = self._values.get("troubleshoot")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecTroubleshoot"], result)

    @builtins.property
    def use_templates(
        self,
    ) -> typing.Optional[typing.List["ClickHouseInstallationSpecUseTemplates"]]:
        '''list of ``ClickHouseInstallationTemplate`` (chit) resource names which will merge with current ``CHI`` manifest during render Kubernetes resources to create related ClickHouse clusters".

        :schema: ClickHouseInstallationSpec#useTemplates
        '''
        result = self._values.get("use_templates")
        return typing.cast(typing.Optional[typing.List["ClickHouseInstallationSpecUseTemplates"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecConfiguration",
    jsii_struct_bases=[],
    name_mapping={
        "clusters": "clusters",
        "files": "files",
        "profiles": "profiles",
        "quotas": "quotas",
        "settings": "settings",
        "users": "users",
        "zookeeper": "zookeeper",
    },
)
class ClickHouseInstallationSpecConfiguration:
    def __init__(
        self,
        *,
        clusters: typing.Optional[typing.Sequence[typing.Union["ClickHouseInstallationSpecConfigurationClusters", typing.Dict[builtins.str, typing.Any]]]] = None,
        files: typing.Any = None,
        profiles: typing.Any = None,
        quotas: typing.Any = None,
        settings: typing.Any = None,
        users: typing.Any = None,
        zookeeper: typing.Optional[typing.Union["ClickHouseInstallationSpecConfigurationZookeeper", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''allows configure multiple aspects and behavior for ``clickhouse-server`` instance and also allows describe multiple ``clickhouse-server`` clusters inside one ``chi`` resource.

        :param clusters: describes clusters layout and allows change settings on cluster-level, shard-level and replica-level every cluster is a set of StatefulSet, one StatefulSet contains only one Pod with ``clickhouse-server`` all Pods will rendered in <remote_server> part of ClickHouse configs, mounted from ConfigMap as ``/etc/clickhouse-server/config.d/chop-generated-remote_servers.xml`` Clusters will use for Distributed table engine, more details: https://clickhouse.tech/docs/en/engines/table-engines/special/distributed/ If ``cluster`` contains zookeeper settings (could be inherited from top ``chi`` level), when you can create *ReplicatedMergeTree tables.
        :param files: allows define content of any setting file inside each ``Pod`` during generate ``ConfigMap`` which will mount in ``/etc/clickhouse-server/config.d/`` or ``/etc/clickhouse-server/conf.d/`` or ``/etc/clickhouse-server/users.d/`` every key in this object is the file name every value in this object is the file content you can use ``!!binary |`` and base64 for binary files, see details here https://yaml.org/type/binary.html each key could contains prefix like {common}, {users}, {hosts} or config.d, users.d, conf.d, wrong prefixes will be ignored, subfolders also will be ignored More details: https://github.com/Altinity/clickhouse-operator/blob/master/docs/chi-examples/05-settings-05-files-nested.yaml. any key could contains ``valueFrom`` with ``secretKeyRef`` which allow pass values from kubernetes secrets secrets will mounted into pod as separate volume in /etc/clickhouse-server/secrets.d/ and will automatically update when update secret it useful for pass SSL certificates from cert-manager or similar tool look into https://github.com/Altinity/clickhouse-operator/blob/master/docs/chi-examples/05-settings-01-overview.yaml for examples
        :param profiles: allows configure .. section in each ``Pod`` during generate ``ConfigMap`` which will mount in ``/etc/clickhouse-server/users.d/`` you can configure any aspect of settings profile More details: https://clickhouse.tech/docs/en/operations/settings/settings-profiles/ Your yaml code will convert to XML, see examples https://github.com/Altinity/clickhouse-operator/blob/master/docs/custom_resource_explained.md#specconfigurationprofiles.
        :param quotas: allows configure .. section in each ``Pod`` during generate ``ConfigMap`` which will mount in ``/etc/clickhouse-server/users.d/`` you can configure any aspect of resource quotas More details: https://clickhouse.tech/docs/en/operations/quotas/ Your yaml code will convert to XML, see examples https://github.com/Altinity/clickhouse-operator/blob/master/docs/custom_resource_explained.md#specconfigurationquotas.
        :param settings: allows configure ``clickhouse-server`` settings inside ... tag in each ``Pod`` during generate ``ConfigMap`` which will mount in ``/etc/clickhouse-server/config.d/`` More details: https://clickhouse.tech/docs/en/operations/settings/settings/ Your yaml code will convert to XML, see examples https://github.com/Altinity/clickhouse-operator/blob/master/docs/custom_resource_explained.md#specconfigurationsettings. any key could contains ``valueFrom`` with ``secretKeyRef`` which allow pass password from kubernetes secrets look into https://github.com/Altinity/clickhouse-operator/blob/master/docs/chi-examples/05-settings-01-overview.yaml for examples secret value will pass in ``pod.spec.env``, and generate with from_env=XXX in XML in /etc/clickhouse-server/config.d/chop-generated-settings.xml it not allow automatically updates when updates ``secret``, change spec.taskID for manually trigger reconcile cycle
        :param users: allows configure .. section in each ``Pod`` during generate ``ConfigMap`` which will mount in ``/etc/clickhouse-server/users.d/`` you can configure password hashed, authorization restrictions, database level security row filters etc. More details: https://clickhouse.tech/docs/en/operations/settings/settings-users/ Your yaml code will convert to XML, see examples https://github.com/Altinity/clickhouse-operator/blob/master/docs/custom_resource_explained.md#specconfigurationusers. any key could contains ``valueFrom`` with ``secretKeyRef`` which allow pass password from kubernetes secrets secret value will pass in ``pod.spec.containers.evn``, and generate with from_env=XXX in XML in /etc/clickhouse-server/users.d/chop-generated-users.xml it not allow automatically updates when updates ``secret``, change spec.taskID for manually trigger reconcile cycle look into https://github.com/Altinity/clickhouse-operator/blob/master/docs/chi-examples/05-settings-01-overview.yaml for examples any key with prefix ``k8s_secret_`` shall has value with format namespace/secret/key or secret/key in this case value from secret will write directly into XML tag during render *-usersd ConfigMap any key with prefix ``k8s_secret_env`` shall has value with format namespace/secret/key or secret/key in this case value from secret will write into environment variable and write to XML tag via from_env=XXX look into https://github.com/Altinity/clickhouse-operator/blob/master/docs/chi-examples/05-settings-01-overview.yaml for examples
        :param zookeeper: allows configure .. section in each ``Pod`` during generate ``ConfigMap`` which will mounted in ``/etc/clickhouse-server/config.d/`` ``clickhouse-operator`` itself doesn't manage Zookeeper, please install Zookeeper separatelly look examples on https://github.com/Altinity/clickhouse-operator/tree/master/deploy/zookeeper/ currently, zookeeper (or clickhouse-keeper replacement) used for *ReplicatedMergeTree table engines and for ``distributed_ddl`` More details: https://clickhouse.tech/docs/en/operations/server-configuration-parameters/settings/#server-settings_zookeeper.

        :schema: ClickHouseInstallationSpecConfiguration
        '''
        if isinstance(zookeeper, dict):
            zookeeper = ClickHouseInstallationSpecConfigurationZookeeper(**zookeeper)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__195b2e1cfa70afad63cf2c87a942e54e61aaca3e292704736b19c32de6eede83)
            check_type(argname="argument clusters", value=clusters, expected_type=type_hints["clusters"])
            check_type(argname="argument files", value=files, expected_type=type_hints["files"])
            check_type(argname="argument profiles", value=profiles, expected_type=type_hints["profiles"])
            check_type(argname="argument quotas", value=quotas, expected_type=type_hints["quotas"])
            check_type(argname="argument settings", value=settings, expected_type=type_hints["settings"])
            check_type(argname="argument users", value=users, expected_type=type_hints["users"])
            check_type(argname="argument zookeeper", value=zookeeper, expected_type=type_hints["zookeeper"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if clusters is not None:
            self._values["clusters"] = clusters
        if files is not None:
            self._values["files"] = files
        if profiles is not None:
            self._values["profiles"] = profiles
        if quotas is not None:
            self._values["quotas"] = quotas
        if settings is not None:
            self._values["settings"] = settings
        if users is not None:
            self._values["users"] = users
        if zookeeper is not None:
            self._values["zookeeper"] = zookeeper

    @builtins.property
    def clusters(
        self,
    ) -> typing.Optional[typing.List["ClickHouseInstallationSpecConfigurationClusters"]]:
        '''describes clusters layout and allows change settings on cluster-level, shard-level and replica-level every cluster is a set of StatefulSet, one StatefulSet contains only one Pod with ``clickhouse-server`` all Pods will rendered in <remote_server> part of ClickHouse configs, mounted from ConfigMap as ``/etc/clickhouse-server/config.d/chop-generated-remote_servers.xml`` Clusters will use for Distributed table engine, more details: https://clickhouse.tech/docs/en/engines/table-engines/special/distributed/ If ``cluster`` contains zookeeper settings (could be inherited from top ``chi`` level), when you can create *ReplicatedMergeTree tables.

        :schema: ClickHouseInstallationSpecConfiguration#clusters
        '''
        result = self._values.get("clusters")
        return typing.cast(typing.Optional[typing.List["ClickHouseInstallationSpecConfigurationClusters"]], result)

    @builtins.property
    def files(self) -> typing.Any:
        '''allows define content of any setting file inside each ``Pod`` during generate ``ConfigMap`` which will mount in ``/etc/clickhouse-server/config.d/`` or ``/etc/clickhouse-server/conf.d/`` or ``/etc/clickhouse-server/users.d/`` every key in this object is the file name every value in this object is the file content you can use ``!!binary |`` and base64 for binary files, see details here https://yaml.org/type/binary.html each key could contains prefix like {common}, {users}, {hosts} or config.d, users.d, conf.d, wrong prefixes will be ignored, subfolders also will be ignored More details: https://github.com/Altinity/clickhouse-operator/blob/master/docs/chi-examples/05-settings-05-files-nested.yaml.

        any key could contains ``valueFrom`` with ``secretKeyRef`` which allow pass values from kubernetes secrets
        secrets will mounted into pod as separate volume in /etc/clickhouse-server/secrets.d/
        and will automatically update when update secret
        it useful for pass SSL certificates from cert-manager or similar tool
        look into https://github.com/Altinity/clickhouse-operator/blob/master/docs/chi-examples/05-settings-01-overview.yaml for examples

        :schema: ClickHouseInstallationSpecConfiguration#files
        '''
        result = self._values.get("files")
        return typing.cast(typing.Any, result)

    @builtins.property
    def profiles(self) -> typing.Any:
        '''allows configure .. section in each ``Pod`` during generate ``ConfigMap`` which will mount in ``/etc/clickhouse-server/users.d/`` you can configure any aspect of settings profile More details: https://clickhouse.tech/docs/en/operations/settings/settings-profiles/ Your yaml code will convert to XML, see examples https://github.com/Altinity/clickhouse-operator/blob/master/docs/custom_resource_explained.md#specconfigurationprofiles.

        :schema: ClickHouseInstallationSpecConfiguration#profiles
        '''
        result = self._values.get("profiles")
        return typing.cast(typing.Any, result)

    @builtins.property
    def quotas(self) -> typing.Any:
        '''allows configure .. section in each ``Pod`` during generate ``ConfigMap`` which will mount in ``/etc/clickhouse-server/users.d/`` you can configure any aspect of resource quotas More details: https://clickhouse.tech/docs/en/operations/quotas/ Your yaml code will convert to XML, see examples https://github.com/Altinity/clickhouse-operator/blob/master/docs/custom_resource_explained.md#specconfigurationquotas.

        :schema: ClickHouseInstallationSpecConfiguration#quotas
        '''
        result = self._values.get("quotas")
        return typing.cast(typing.Any, result)

    @builtins.property
    def settings(self) -> typing.Any:
        '''allows configure ``clickhouse-server`` settings inside ... tag in each ``Pod`` during generate ``ConfigMap`` which will mount in ``/etc/clickhouse-server/config.d/`` More details: https://clickhouse.tech/docs/en/operations/settings/settings/ Your yaml code will convert to XML, see examples https://github.com/Altinity/clickhouse-operator/blob/master/docs/custom_resource_explained.md#specconfigurationsettings.

        any key could contains ``valueFrom`` with ``secretKeyRef`` which allow pass password from kubernetes secrets
        look into https://github.com/Altinity/clickhouse-operator/blob/master/docs/chi-examples/05-settings-01-overview.yaml for examples

        secret value will pass in ``pod.spec.env``, and generate with from_env=XXX in XML in /etc/clickhouse-server/config.d/chop-generated-settings.xml
        it not allow automatically updates when updates ``secret``, change spec.taskID for manually trigger reconcile cycle

        :schema: ClickHouseInstallationSpecConfiguration#settings
        '''
        result = self._values.get("settings")
        return typing.cast(typing.Any, result)

    @builtins.property
    def users(self) -> typing.Any:
        '''allows configure .. section in each ``Pod`` during generate ``ConfigMap`` which will mount in ``/etc/clickhouse-server/users.d/`` you can configure password hashed, authorization restrictions, database level security row filters etc. More details: https://clickhouse.tech/docs/en/operations/settings/settings-users/ Your yaml code will convert to XML, see examples https://github.com/Altinity/clickhouse-operator/blob/master/docs/custom_resource_explained.md#specconfigurationusers.

        any key could contains ``valueFrom`` with ``secretKeyRef`` which allow pass password from kubernetes secrets
        secret value will pass in ``pod.spec.containers.evn``, and generate with from_env=XXX in XML in /etc/clickhouse-server/users.d/chop-generated-users.xml
        it not allow automatically updates when updates ``secret``, change spec.taskID for manually trigger reconcile cycle

        look into https://github.com/Altinity/clickhouse-operator/blob/master/docs/chi-examples/05-settings-01-overview.yaml for examples

        any key with prefix ``k8s_secret_`` shall has value with format namespace/secret/key or secret/key
        in this case value from secret will write directly into XML tag during render *-usersd ConfigMap

        any key with prefix ``k8s_secret_env`` shall has value with format namespace/secret/key or secret/key
        in this case value from secret will write into environment variable and write to XML tag via from_env=XXX

        look into https://github.com/Altinity/clickhouse-operator/blob/master/docs/chi-examples/05-settings-01-overview.yaml for examples

        :schema: ClickHouseInstallationSpecConfiguration#users
        '''
        result = self._values.get("users")
        return typing.cast(typing.Any, result)

    @builtins.property
    def zookeeper(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecConfigurationZookeeper"]:
        '''allows configure .. section in each ``Pod`` during generate ``ConfigMap`` which will mounted in ``/etc/clickhouse-server/config.d/`` ``clickhouse-operator`` itself doesn't manage Zookeeper, please install Zookeeper separatelly look examples on https://github.com/Altinity/clickhouse-operator/tree/master/deploy/zookeeper/ currently, zookeeper (or clickhouse-keeper replacement) used for *ReplicatedMergeTree table engines and for ``distributed_ddl`` More details: https://clickhouse.tech/docs/en/operations/server-configuration-parameters/settings/#server-settings_zookeeper.

        :schema: ClickHouseInstallationSpecConfiguration#zookeeper
        '''
        result = self._values.get("zookeeper")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecConfigurationZookeeper"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecConfiguration(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecConfigurationClusters",
    jsii_struct_bases=[],
    name_mapping={
        "files": "files",
        "insecure": "insecure",
        "layout": "layout",
        "name": "name",
        "pdb_managed": "pdbManaged",
        "pdb_max_unavailable": "pdbMaxUnavailable",
        "reconcile": "reconcile",
        "schema_policy": "schemaPolicy",
        "secret": "secret",
        "secure": "secure",
        "settings": "settings",
        "templates": "templates",
        "zookeeper": "zookeeper",
    },
)
class ClickHouseInstallationSpecConfigurationClusters:
    def __init__(
        self,
        *,
        files: typing.Any = None,
        insecure: typing.Optional["ClickHouseInstallationSpecConfigurationClustersInsecure"] = None,
        layout: typing.Optional[typing.Union["ClickHouseInstallationSpecConfigurationClustersLayout", typing.Dict[builtins.str, typing.Any]]] = None,
        name: typing.Optional[builtins.str] = None,
        pdb_managed: typing.Optional["ClickHouseInstallationSpecConfigurationClustersPdbManaged"] = None,
        pdb_max_unavailable: typing.Optional[jsii.Number] = None,
        reconcile: typing.Optional[typing.Union["ClickHouseInstallationSpecConfigurationClustersReconcile", typing.Dict[builtins.str, typing.Any]]] = None,
        schema_policy: typing.Optional[typing.Union["ClickHouseInstallationSpecConfigurationClustersSchemaPolicy", typing.Dict[builtins.str, typing.Any]]] = None,
        secret: typing.Optional[typing.Union["ClickHouseInstallationSpecConfigurationClustersSecret", typing.Dict[builtins.str, typing.Any]]] = None,
        secure: typing.Optional["ClickHouseInstallationSpecConfigurationClustersSecure"] = None,
        settings: typing.Any = None,
        templates: typing.Optional[typing.Union["ClickHouseInstallationSpecConfigurationClustersTemplates", typing.Dict[builtins.str, typing.Any]]] = None,
        zookeeper: typing.Optional[typing.Union["ClickHouseInstallationSpecConfigurationClustersZookeeper", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param files: optional, allows define content of any setting file inside each ``Pod`` on current cluster during generate ``ConfigMap`` which will mount in ``/etc/clickhouse-server/config.d/`` or ``/etc/clickhouse-server/conf.d/`` or ``/etc/clickhouse-server/users.d/`` override top-level ``chi.spec.configuration.files``.
        :param insecure: optional, open insecure ports for cluster, defaults to "yes".
        :param layout: describe current cluster layout, how much shards in cluster, how much replica in shard allows override settings on each shard and replica separatelly.
        :param name: cluster name, used to identify set of servers and wide used during generate names of related Kubernetes resources.
        :param pdb_managed: Specifies whether the Pod Disruption Budget (PDB) should be managed. During the next installation, if PDB management is enabled, the operator will attempt to retrieve any existing PDB. If none is found, it will create a new one and initiate a reconciliation loop. If PDB management is disabled, the existing PDB will remain intact, and the reconciliation loop will not be executed. By default, PDB management is enabled.
        :param pdb_max_unavailable: Pod eviction is allowed if at most "pdbMaxUnavailable" pods are unavailable after the eviction, i.e. even in absence of the evicted pod. For example, one can prevent all voluntary evictions by specifying 0. This is a mutually exclusive setting with "minAvailable".
        :param reconcile: allow tuning reconciling process.
        :param schema_policy: describes how schema is propagated within replicas and shards.
        :param secret: optional, shared secret value to secure cluster communications.
        :param secure: optional, open secure ports for cluster.
        :param settings: optional, allows configure ``clickhouse-server`` settings inside ... tag in each ``Pod`` only in one cluster during generate ``ConfigMap`` which will mount in ``/etc/clickhouse-server/config.d/`` override top-level ``chi.spec.configuration.settings`` More details: https://clickhouse.tech/docs/en/operations/settings/settings/.
        :param templates: optional, configuration of the templates names which will use for generate Kubernetes resources according to selected cluster override top-level ``chi.spec.configuration.templates``.
        :param zookeeper: optional, allows configure .. section in each ``Pod`` only in current ClickHouse cluster, during generate ``ConfigMap`` which will mounted in ``/etc/clickhouse-server/config.d/`` override top-level ``chi.spec.configuration.zookeeper`` settings.

        :schema: ClickHouseInstallationSpecConfigurationClusters
        '''
        if isinstance(layout, dict):
            layout = ClickHouseInstallationSpecConfigurationClustersLayout(**layout)
        if isinstance(reconcile, dict):
            reconcile = ClickHouseInstallationSpecConfigurationClustersReconcile(**reconcile)
        if isinstance(schema_policy, dict):
            schema_policy = ClickHouseInstallationSpecConfigurationClustersSchemaPolicy(**schema_policy)
        if isinstance(secret, dict):
            secret = ClickHouseInstallationSpecConfigurationClustersSecret(**secret)
        if isinstance(templates, dict):
            templates = ClickHouseInstallationSpecConfigurationClustersTemplates(**templates)
        if isinstance(zookeeper, dict):
            zookeeper = ClickHouseInstallationSpecConfigurationClustersZookeeper(**zookeeper)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__92b88394318c08715926e4681af720ea92106d4d2a0f473c35cdccd6543bd605)
            check_type(argname="argument files", value=files, expected_type=type_hints["files"])
            check_type(argname="argument insecure", value=insecure, expected_type=type_hints["insecure"])
            check_type(argname="argument layout", value=layout, expected_type=type_hints["layout"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument pdb_managed", value=pdb_managed, expected_type=type_hints["pdb_managed"])
            check_type(argname="argument pdb_max_unavailable", value=pdb_max_unavailable, expected_type=type_hints["pdb_max_unavailable"])
            check_type(argname="argument reconcile", value=reconcile, expected_type=type_hints["reconcile"])
            check_type(argname="argument schema_policy", value=schema_policy, expected_type=type_hints["schema_policy"])
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
            check_type(argname="argument secure", value=secure, expected_type=type_hints["secure"])
            check_type(argname="argument settings", value=settings, expected_type=type_hints["settings"])
            check_type(argname="argument templates", value=templates, expected_type=type_hints["templates"])
            check_type(argname="argument zookeeper", value=zookeeper, expected_type=type_hints["zookeeper"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if files is not None:
            self._values["files"] = files
        if insecure is not None:
            self._values["insecure"] = insecure
        if layout is not None:
            self._values["layout"] = layout
        if name is not None:
            self._values["name"] = name
        if pdb_managed is not None:
            self._values["pdb_managed"] = pdb_managed
        if pdb_max_unavailable is not None:
            self._values["pdb_max_unavailable"] = pdb_max_unavailable
        if reconcile is not None:
            self._values["reconcile"] = reconcile
        if schema_policy is not None:
            self._values["schema_policy"] = schema_policy
        if secret is not None:
            self._values["secret"] = secret
        if secure is not None:
            self._values["secure"] = secure
        if settings is not None:
            self._values["settings"] = settings
        if templates is not None:
            self._values["templates"] = templates
        if zookeeper is not None:
            self._values["zookeeper"] = zookeeper

    @builtins.property
    def files(self) -> typing.Any:
        '''optional, allows define content of any setting file inside each ``Pod`` on current cluster during generate ``ConfigMap`` which will mount in ``/etc/clickhouse-server/config.d/`` or ``/etc/clickhouse-server/conf.d/`` or ``/etc/clickhouse-server/users.d/`` override top-level ``chi.spec.configuration.files``.

        :schema: ClickHouseInstallationSpecConfigurationClusters#files
        '''
        result = self._values.get("files")
        return typing.cast(typing.Any, result)

    @builtins.property
    def insecure(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecConfigurationClustersInsecure"]:
        '''optional, open insecure ports for cluster, defaults to "yes".

        :schema: ClickHouseInstallationSpecConfigurationClusters#insecure
        '''
        result = self._values.get("insecure")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecConfigurationClustersInsecure"], result)

    @builtins.property
    def layout(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecConfigurationClustersLayout"]:
        '''describe current cluster layout, how much shards in cluster, how much replica in shard allows override settings on each shard and replica separatelly.

        :schema: ClickHouseInstallationSpecConfigurationClusters#layout
        '''
        result = self._values.get("layout")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecConfigurationClustersLayout"], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''cluster name, used to identify set of servers and wide used during generate names of related Kubernetes resources.

        :schema: ClickHouseInstallationSpecConfigurationClusters#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def pdb_managed(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecConfigurationClustersPdbManaged"]:
        '''Specifies whether the Pod Disruption Budget (PDB) should be managed.

        During the next installation, if PDB management is enabled, the operator will
        attempt to retrieve any existing PDB. If none is found, it will create a new one
        and initiate a reconciliation loop. If PDB management is disabled, the existing PDB
        will remain intact, and the reconciliation loop will not be executed. By default,
        PDB management is enabled.

        :schema: ClickHouseInstallationSpecConfigurationClusters#pdbManaged
        '''
        result = self._values.get("pdb_managed")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecConfigurationClustersPdbManaged"], result)

    @builtins.property
    def pdb_max_unavailable(self) -> typing.Optional[jsii.Number]:
        '''Pod eviction is allowed if at most "pdbMaxUnavailable" pods are unavailable after the eviction, i.e. even in absence of the evicted pod. For example, one can prevent all voluntary evictions by specifying 0. This is a mutually exclusive setting with "minAvailable".

        :schema: ClickHouseInstallationSpecConfigurationClusters#pdbMaxUnavailable
        '''
        result = self._values.get("pdb_max_unavailable")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def reconcile(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecConfigurationClustersReconcile"]:
        '''allow tuning reconciling process.

        :schema: ClickHouseInstallationSpecConfigurationClusters#reconcile
        '''
        result = self._values.get("reconcile")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecConfigurationClustersReconcile"], result)

    @builtins.property
    def schema_policy(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecConfigurationClustersSchemaPolicy"]:
        '''describes how schema is propagated within replicas and shards.

        :schema: ClickHouseInstallationSpecConfigurationClusters#schemaPolicy
        '''
        result = self._values.get("schema_policy")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecConfigurationClustersSchemaPolicy"], result)

    @builtins.property
    def secret(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecConfigurationClustersSecret"]:
        '''optional, shared secret value to secure cluster communications.

        :schema: ClickHouseInstallationSpecConfigurationClusters#secret
        '''
        result = self._values.get("secret")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecConfigurationClustersSecret"], result)

    @builtins.property
    def secure(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecConfigurationClustersSecure"]:
        '''optional, open secure ports for cluster.

        :schema: ClickHouseInstallationSpecConfigurationClusters#secure
        '''
        result = self._values.get("secure")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecConfigurationClustersSecure"], result)

    @builtins.property
    def settings(self) -> typing.Any:
        '''optional, allows configure ``clickhouse-server`` settings inside ... tag in each ``Pod`` only in one cluster during generate ``ConfigMap`` which will mount in ``/etc/clickhouse-server/config.d/`` override top-level ``chi.spec.configuration.settings`` More details: https://clickhouse.tech/docs/en/operations/settings/settings/.

        :schema: ClickHouseInstallationSpecConfigurationClusters#settings
        '''
        result = self._values.get("settings")
        return typing.cast(typing.Any, result)

    @builtins.property
    def templates(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecConfigurationClustersTemplates"]:
        '''optional, configuration of the templates names which will use for generate Kubernetes resources according to selected cluster override top-level ``chi.spec.configuration.templates``.

        :schema: ClickHouseInstallationSpecConfigurationClusters#templates
        '''
        result = self._values.get("templates")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecConfigurationClustersTemplates"], result)

    @builtins.property
    def zookeeper(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecConfigurationClustersZookeeper"]:
        '''optional, allows configure .. section in each ``Pod`` only in current ClickHouse cluster, during generate ``ConfigMap`` which will mounted in ``/etc/clickhouse-server/config.d/`` override top-level ``chi.spec.configuration.zookeeper`` settings.

        :schema: ClickHouseInstallationSpecConfigurationClusters#zookeeper
        '''
        result = self._values.get("zookeeper")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecConfigurationClustersZookeeper"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecConfigurationClusters(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecConfigurationClustersInsecure"
)
class ClickHouseInstallationSpecConfigurationClustersInsecure(enum.Enum):
    '''optional, open insecure ports for cluster, defaults to "yes".

    :schema: ClickHouseInstallationSpecConfigurationClustersInsecure
    '''

    VALUE_0 = "VALUE_0"
    '''0.'''
    VALUE_1 = "VALUE_1"
    '''1.'''
    FALSE = "FALSE"
    '''False.'''
    TRUE = "TRUE"
    '''True.'''
    NO = "NO"
    '''No.'''
    YES = "YES"
    '''Yes.'''
    OFF = "OFF"
    '''Off.'''
    ON = "ON"
    '''On.'''
    DISABLE = "DISABLE"
    '''Disable.'''
    ENABLE = "ENABLE"
    '''Enable.'''
    DISABLED = "DISABLED"
    '''Disabled.'''
    ENABLED = "ENABLED"
    '''Enabled.'''


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecConfigurationClustersLayout",
    jsii_struct_bases=[],
    name_mapping={
        "replicas": "replicas",
        "replicas_count": "replicasCount",
        "shards": "shards",
        "shards_count": "shardsCount",
    },
)
class ClickHouseInstallationSpecConfigurationClustersLayout:
    def __init__(
        self,
        *,
        replicas: typing.Optional[typing.Sequence[typing.Union["ClickHouseInstallationSpecConfigurationClustersLayoutReplicas", typing.Dict[builtins.str, typing.Any]]]] = None,
        replicas_count: typing.Optional[jsii.Number] = None,
        shards: typing.Optional[typing.Sequence[typing.Union["ClickHouseInstallationSpecConfigurationClustersLayoutShards", typing.Dict[builtins.str, typing.Any]]]] = None,
        shards_count: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''describe current cluster layout, how much shards in cluster, how much replica in shard allows override settings on each shard and replica separatelly.

        :param replicas: optional, allows override top-level ``chi.spec.configuration`` and cluster-level ``chi.spec.configuration.clusters`` configuration for each replica and each shard relates to selected replica, use it only if you fully understand what you do.
        :param replicas_count: how much replicas in each shards for current cluster will run in Kubernetes, each replica is a separate ``StatefulSet`` which contains only one ``Pod`` with ``clickhouse-server`` instance, every shard contains 1 replica by default".
        :param shards: optional, allows override top-level ``chi.spec.configuration``, cluster-level ``chi.spec.configuration.clusters`` settings for each shard separately, use it only if you fully understand what you do".
        :param shards_count: how much shards for current ClickHouse cluster will run in Kubernetes, each shard contains shared-nothing part of data and contains set of replicas, cluster contains 1 shard by default".

        :schema: ClickHouseInstallationSpecConfigurationClustersLayout
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8871713adcb3df9e279d8c69de595efb4152342506704a8705fc083c7a1d9bc7)
            check_type(argname="argument replicas", value=replicas, expected_type=type_hints["replicas"])
            check_type(argname="argument replicas_count", value=replicas_count, expected_type=type_hints["replicas_count"])
            check_type(argname="argument shards", value=shards, expected_type=type_hints["shards"])
            check_type(argname="argument shards_count", value=shards_count, expected_type=type_hints["shards_count"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if replicas is not None:
            self._values["replicas"] = replicas
        if replicas_count is not None:
            self._values["replicas_count"] = replicas_count
        if shards is not None:
            self._values["shards"] = shards
        if shards_count is not None:
            self._values["shards_count"] = shards_count

    @builtins.property
    def replicas(
        self,
    ) -> typing.Optional[typing.List["ClickHouseInstallationSpecConfigurationClustersLayoutReplicas"]]:
        '''optional, allows override top-level ``chi.spec.configuration`` and cluster-level ``chi.spec.configuration.clusters`` configuration for each replica and each shard relates to selected replica, use it only if you fully understand what you do.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayout#replicas
        '''
        result = self._values.get("replicas")
        return typing.cast(typing.Optional[typing.List["ClickHouseInstallationSpecConfigurationClustersLayoutReplicas"]], result)

    @builtins.property
    def replicas_count(self) -> typing.Optional[jsii.Number]:
        '''how much replicas in each shards for current cluster will run in Kubernetes, each replica is a separate ``StatefulSet`` which contains only one ``Pod`` with ``clickhouse-server`` instance, every shard contains 1 replica by default".

        :schema: ClickHouseInstallationSpecConfigurationClustersLayout#replicasCount
        '''
        result = self._values.get("replicas_count")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def shards(
        self,
    ) -> typing.Optional[typing.List["ClickHouseInstallationSpecConfigurationClustersLayoutShards"]]:
        '''optional, allows override top-level ``chi.spec.configuration``, cluster-level ``chi.spec.configuration.clusters`` settings for each shard separately, use it only if you fully understand what you do".

        :schema: ClickHouseInstallationSpecConfigurationClustersLayout#shards
        '''
        result = self._values.get("shards")
        return typing.cast(typing.Optional[typing.List["ClickHouseInstallationSpecConfigurationClustersLayoutShards"]], result)

    @builtins.property
    def shards_count(self) -> typing.Optional[jsii.Number]:
        '''how much shards for current ClickHouse cluster will run in Kubernetes, each shard contains shared-nothing part of data and contains set of replicas, cluster contains 1 shard by default".

        :schema: ClickHouseInstallationSpecConfigurationClustersLayout#shardsCount
        '''
        result = self._values.get("shards_count")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecConfigurationClustersLayout(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecConfigurationClustersLayoutReplicas",
    jsii_struct_bases=[],
    name_mapping={
        "files": "files",
        "name": "name",
        "settings": "settings",
        "shards": "shards",
        "shards_count": "shardsCount",
        "templates": "templates",
    },
)
class ClickHouseInstallationSpecConfigurationClustersLayoutReplicas:
    def __init__(
        self,
        *,
        files: typing.Any = None,
        name: typing.Optional[builtins.str] = None,
        settings: typing.Any = None,
        shards: typing.Optional[typing.Sequence[typing.Union["ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShards", typing.Dict[builtins.str, typing.Any]]]] = None,
        shards_count: typing.Optional[jsii.Number] = None,
        templates: typing.Optional[typing.Union["ClickHouseInstallationSpecConfigurationClustersLayoutReplicasTemplates", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param files: optional, allows define content of any setting file inside each ``Pod`` only in one replica during generate ``ConfigMap`` which will mount in ``/etc/clickhouse-server/config.d/`` or ``/etc/clickhouse-server/conf.d/`` or ``/etc/clickhouse-server/users.d/`` override top-level ``chi.spec.configuration.files`` and cluster-level ``chi.spec.configuration.clusters.files``, will ignore if ``chi.spec.configuration.clusters.layout.shards`` presents.
        :param name: optional, by default replica name is generated, but you can override it and setup custom name.
        :param settings: optional, allows configure ``clickhouse-server`` settings inside ... tag in ``Pod`` only in one replica during generate ``ConfigMap`` which will mount in ``/etc/clickhouse-server/conf.d/`` override top-level ``chi.spec.configuration.settings``, cluster-level ``chi.spec.configuration.clusters.settings`` and will ignore if shard-level ``chi.spec.configuration.clusters.layout.shards`` present More details: https://clickhouse.tech/docs/en/operations/settings/settings/.
        :param shards: optional, list of shards related to current replica, will ignore if ``chi.spec.configuration.clusters.layout.shards`` presents.
        :param shards_count: optional, count of shards related to current replica, you can override each shard behavior on low-level ``chi.spec.configuration.clusters.layout.replicas.shards``.
        :param templates: optional, configuration of the templates names which will use for generate Kubernetes resources according to selected replica override top-level ``chi.spec.configuration.templates``, cluster-level ``chi.spec.configuration.clusters.templates``.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutReplicas
        '''
        if isinstance(templates, dict):
            templates = ClickHouseInstallationSpecConfigurationClustersLayoutReplicasTemplates(**templates)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__15e637d3808c2247fe033ba5c97b73ae9e4201c7b3e138450ba98de73a1616ec)
            check_type(argname="argument files", value=files, expected_type=type_hints["files"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument settings", value=settings, expected_type=type_hints["settings"])
            check_type(argname="argument shards", value=shards, expected_type=type_hints["shards"])
            check_type(argname="argument shards_count", value=shards_count, expected_type=type_hints["shards_count"])
            check_type(argname="argument templates", value=templates, expected_type=type_hints["templates"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if files is not None:
            self._values["files"] = files
        if name is not None:
            self._values["name"] = name
        if settings is not None:
            self._values["settings"] = settings
        if shards is not None:
            self._values["shards"] = shards
        if shards_count is not None:
            self._values["shards_count"] = shards_count
        if templates is not None:
            self._values["templates"] = templates

    @builtins.property
    def files(self) -> typing.Any:
        '''optional, allows define content of any setting file inside each ``Pod`` only in one replica during generate ``ConfigMap`` which will mount in ``/etc/clickhouse-server/config.d/`` or ``/etc/clickhouse-server/conf.d/`` or ``/etc/clickhouse-server/users.d/`` override top-level ``chi.spec.configuration.files`` and cluster-level ``chi.spec.configuration.clusters.files``, will ignore if ``chi.spec.configuration.clusters.layout.shards`` presents.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutReplicas#files
        '''
        result = self._values.get("files")
        return typing.cast(typing.Any, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''optional, by default replica name is generated, but you can override it and setup custom name.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutReplicas#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def settings(self) -> typing.Any:
        '''optional, allows configure ``clickhouse-server`` settings inside ... tag in ``Pod`` only in one replica during generate ``ConfigMap`` which will mount in ``/etc/clickhouse-server/conf.d/`` override top-level ``chi.spec.configuration.settings``, cluster-level ``chi.spec.configuration.clusters.settings`` and will ignore if shard-level ``chi.spec.configuration.clusters.layout.shards`` present More details: https://clickhouse.tech/docs/en/operations/settings/settings/.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutReplicas#settings
        '''
        result = self._values.get("settings")
        return typing.cast(typing.Any, result)

    @builtins.property
    def shards(
        self,
    ) -> typing.Optional[typing.List["ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShards"]]:
        '''optional, list of shards related to current replica, will ignore if ``chi.spec.configuration.clusters.layout.shards`` presents.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutReplicas#shards
        '''
        result = self._values.get("shards")
        return typing.cast(typing.Optional[typing.List["ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShards"]], result)

    @builtins.property
    def shards_count(self) -> typing.Optional[jsii.Number]:
        '''optional, count of shards related to current replica, you can override each shard behavior on low-level ``chi.spec.configuration.clusters.layout.replicas.shards``.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutReplicas#shardsCount
        '''
        result = self._values.get("shards_count")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def templates(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecConfigurationClustersLayoutReplicasTemplates"]:
        '''optional, configuration of the templates names which will use for generate Kubernetes resources according to selected replica override top-level ``chi.spec.configuration.templates``, cluster-level ``chi.spec.configuration.clusters.templates``.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutReplicas#templates
        '''
        result = self._values.get("templates")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecConfigurationClustersLayoutReplicasTemplates"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecConfigurationClustersLayoutReplicas(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShards",
    jsii_struct_bases=[],
    name_mapping={
        "files": "files",
        "http_port": "httpPort",
        "https_port": "httpsPort",
        "insecure": "insecure",
        "interserver_http_port": "interserverHttpPort",
        "name": "name",
        "secure": "secure",
        "settings": "settings",
        "tcp_port": "tcpPort",
        "templates": "templates",
        "tls_port": "tlsPort",
    },
)
class ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShards:
    def __init__(
        self,
        *,
        files: typing.Any = None,
        http_port: typing.Optional[jsii.Number] = None,
        https_port: typing.Optional[jsii.Number] = None,
        insecure: typing.Optional["ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsInsecure"] = None,
        interserver_http_port: typing.Optional[jsii.Number] = None,
        name: typing.Optional[builtins.str] = None,
        secure: typing.Optional["ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsSecure"] = None,
        settings: typing.Any = None,
        tcp_port: typing.Optional[jsii.Number] = None,
        templates: typing.Optional[typing.Union["ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates", typing.Dict[builtins.str, typing.Any]]] = None,
        tls_port: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param files: optional, allows define content of any setting file inside each ``Pod`` only in one shard related to current replica during generate ``ConfigMap`` which will mount in ``/etc/clickhouse-server/config.d/`` or ``/etc/clickhouse-server/conf.d/`` or ``/etc/clickhouse-server/users.d/`` override top-level ``chi.spec.configuration.files`` and cluster-level ``chi.spec.configuration.clusters.files``, will ignore if ``chi.spec.configuration.clusters.layout.shards`` presents.
        :param http_port: optional, setup ``Pod.spec.containers.ports`` with name ``http`` for selected shard, override ``chi.spec.templates.hostTemplates.spec.httpPort`` allows connect to ``clickhouse-server`` via HTTP protocol via kubernetes ``Service``.
        :param https_port: 
        :param insecure: optional, open insecure ports for cluster, defaults to "yes".
        :param interserver_http_port: optional, setup ``Pod.spec.containers.ports`` with name ``interserver`` for selected shard, override ``chi.spec.templates.hostTemplates.spec.interserverHTTPPort`` allows connect between replicas inside same shard during fetch replicated data parts HTTP protocol.
        :param name: optional, by default shard name is generated, but you can override it and setup custom name.
        :param secure: optional, open secure ports.
        :param settings: optional, allows configure ``clickhouse-server`` settings inside ... tag in ``Pod`` only in one shard related to current replica during generate ``ConfigMap`` which will mount in ``/etc/clickhouse-server/conf.d/`` override top-level ``chi.spec.configuration.settings``, cluster-level ``chi.spec.configuration.clusters.settings`` and replica-level ``chi.spec.configuration.clusters.layout.replicas.settings`` More details: https://clickhouse.tech/docs/en/operations/settings/settings/.
        :param tcp_port: optional, setup ``Pod.spec.containers.ports`` with name ``tcp`` for selected shard, override ``chi.spec.templates.hostTemplates.spec.tcpPort`` allows connect to ``clickhouse-server`` via TCP Native protocol via kubernetes ``Service``.
        :param templates: optional, configuration of the templates names which will use for generate Kubernetes resources according to selected replica override top-level ``chi.spec.configuration.templates``, cluster-level ``chi.spec.configuration.clusters.templates``, replica-level ``chi.spec.configuration.clusters.layout.replicas.templates``.
        :param tls_port: 

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShards
        '''
        if isinstance(templates, dict):
            templates = ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates(**templates)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5433b57d214dd098ae554071d383bfd400fb3e75506eb88cd4aa77e8872d5274)
            check_type(argname="argument files", value=files, expected_type=type_hints["files"])
            check_type(argname="argument http_port", value=http_port, expected_type=type_hints["http_port"])
            check_type(argname="argument https_port", value=https_port, expected_type=type_hints["https_port"])
            check_type(argname="argument insecure", value=insecure, expected_type=type_hints["insecure"])
            check_type(argname="argument interserver_http_port", value=interserver_http_port, expected_type=type_hints["interserver_http_port"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument secure", value=secure, expected_type=type_hints["secure"])
            check_type(argname="argument settings", value=settings, expected_type=type_hints["settings"])
            check_type(argname="argument tcp_port", value=tcp_port, expected_type=type_hints["tcp_port"])
            check_type(argname="argument templates", value=templates, expected_type=type_hints["templates"])
            check_type(argname="argument tls_port", value=tls_port, expected_type=type_hints["tls_port"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if files is not None:
            self._values["files"] = files
        if http_port is not None:
            self._values["http_port"] = http_port
        if https_port is not None:
            self._values["https_port"] = https_port
        if insecure is not None:
            self._values["insecure"] = insecure
        if interserver_http_port is not None:
            self._values["interserver_http_port"] = interserver_http_port
        if name is not None:
            self._values["name"] = name
        if secure is not None:
            self._values["secure"] = secure
        if settings is not None:
            self._values["settings"] = settings
        if tcp_port is not None:
            self._values["tcp_port"] = tcp_port
        if templates is not None:
            self._values["templates"] = templates
        if tls_port is not None:
            self._values["tls_port"] = tls_port

    @builtins.property
    def files(self) -> typing.Any:
        '''optional, allows define content of any setting file inside each ``Pod`` only in one shard related to current replica during generate ``ConfigMap`` which will mount in ``/etc/clickhouse-server/config.d/`` or ``/etc/clickhouse-server/conf.d/`` or ``/etc/clickhouse-server/users.d/`` override top-level ``chi.spec.configuration.files`` and cluster-level ``chi.spec.configuration.clusters.files``, will ignore if ``chi.spec.configuration.clusters.layout.shards`` presents.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShards#files
        '''
        result = self._values.get("files")
        return typing.cast(typing.Any, result)

    @builtins.property
    def http_port(self) -> typing.Optional[jsii.Number]:
        '''optional, setup ``Pod.spec.containers.ports`` with name ``http`` for selected shard, override ``chi.spec.templates.hostTemplates.spec.httpPort`` allows connect to ``clickhouse-server`` via HTTP protocol via kubernetes ``Service``.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShards#httpPort
        '''
        result = self._values.get("http_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def https_port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShards#httpsPort
        '''
        result = self._values.get("https_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def insecure(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsInsecure"]:
        '''optional, open insecure ports for cluster, defaults to "yes".

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShards#insecure
        '''
        result = self._values.get("insecure")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsInsecure"], result)

    @builtins.property
    def interserver_http_port(self) -> typing.Optional[jsii.Number]:
        '''optional, setup ``Pod.spec.containers.ports`` with name ``interserver`` for selected shard, override ``chi.spec.templates.hostTemplates.spec.interserverHTTPPort`` allows connect between replicas inside same shard during fetch replicated data parts HTTP protocol.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShards#interserverHTTPPort
        '''
        result = self._values.get("interserver_http_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''optional, by default shard name is generated, but you can override it and setup custom name.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShards#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def secure(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsSecure"]:
        '''optional, open secure ports.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShards#secure
        '''
        result = self._values.get("secure")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsSecure"], result)

    @builtins.property
    def settings(self) -> typing.Any:
        '''optional, allows configure ``clickhouse-server`` settings inside ... tag in ``Pod`` only in one shard related to current replica during generate ``ConfigMap`` which will mount in ``/etc/clickhouse-server/conf.d/`` override top-level ``chi.spec.configuration.settings``, cluster-level ``chi.spec.configuration.clusters.settings`` and replica-level ``chi.spec.configuration.clusters.layout.replicas.settings`` More details: https://clickhouse.tech/docs/en/operations/settings/settings/.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShards#settings
        '''
        result = self._values.get("settings")
        return typing.cast(typing.Any, result)

    @builtins.property
    def tcp_port(self) -> typing.Optional[jsii.Number]:
        '''optional, setup ``Pod.spec.containers.ports`` with name ``tcp`` for selected shard, override ``chi.spec.templates.hostTemplates.spec.tcpPort`` allows connect to ``clickhouse-server`` via TCP Native protocol via kubernetes ``Service``.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShards#tcpPort
        '''
        result = self._values.get("tcp_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def templates(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates"]:
        '''optional, configuration of the templates names which will use for generate Kubernetes resources according to selected replica override top-level ``chi.spec.configuration.templates``, cluster-level ``chi.spec.configuration.clusters.templates``, replica-level ``chi.spec.configuration.clusters.layout.replicas.templates``.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShards#templates
        '''
        result = self._values.get("templates")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates"], result)

    @builtins.property
    def tls_port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShards#tlsPort
        '''
        result = self._values.get("tls_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShards(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsInsecure"
)
class ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsInsecure(
    enum.Enum,
):
    '''optional, open insecure ports for cluster, defaults to "yes".

    :schema: ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsInsecure
    '''

    VALUE_0 = "VALUE_0"
    '''0.'''
    VALUE_1 = "VALUE_1"
    '''1.'''
    FALSE = "FALSE"
    '''False.'''
    TRUE = "TRUE"
    '''True.'''
    NO = "NO"
    '''No.'''
    YES = "YES"
    '''Yes.'''
    OFF = "OFF"
    '''Off.'''
    ON = "ON"
    '''On.'''
    DISABLE = "DISABLE"
    '''Disable.'''
    ENABLE = "ENABLE"
    '''Enable.'''
    DISABLED = "DISABLED"
    '''Disabled.'''
    ENABLED = "ENABLED"
    '''Enabled.'''


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsSecure"
)
class ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsSecure(
    enum.Enum,
):
    '''optional, open secure ports.

    :schema: ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsSecure
    '''

    VALUE_0 = "VALUE_0"
    '''0.'''
    VALUE_1 = "VALUE_1"
    '''1.'''
    FALSE = "FALSE"
    '''False.'''
    TRUE = "TRUE"
    '''True.'''
    NO = "NO"
    '''No.'''
    YES = "YES"
    '''Yes.'''
    OFF = "OFF"
    '''Off.'''
    ON = "ON"
    '''On.'''
    DISABLE = "DISABLE"
    '''Disable.'''
    ENABLE = "ENABLE"
    '''Enable.'''
    DISABLED = "DISABLED"
    '''Disabled.'''
    ENABLED = "ENABLED"
    '''Enabled.'''


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates",
    jsii_struct_bases=[],
    name_mapping={
        "cluster_service_template": "clusterServiceTemplate",
        "data_volume_claim_template": "dataVolumeClaimTemplate",
        "host_template": "hostTemplate",
        "log_volume_claim_template": "logVolumeClaimTemplate",
        "pod_template": "podTemplate",
        "replica_service_template": "replicaServiceTemplate",
        "service_template": "serviceTemplate",
        "service_templates": "serviceTemplates",
        "shard_service_template": "shardServiceTemplate",
        "volume_claim_template": "volumeClaimTemplate",
    },
)
class ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates:
    def __init__(
        self,
        *,
        cluster_service_template: typing.Optional[builtins.str] = None,
        data_volume_claim_template: typing.Optional[builtins.str] = None,
        host_template: typing.Optional[builtins.str] = None,
        log_volume_claim_template: typing.Optional[builtins.str] = None,
        pod_template: typing.Optional[builtins.str] = None,
        replica_service_template: typing.Optional[builtins.str] = None,
        service_template: typing.Optional[builtins.str] = None,
        service_templates: typing.Optional[typing.Sequence[builtins.str]] = None,
        shard_service_template: typing.Optional[builtins.str] = None,
        volume_claim_template: typing.Optional[builtins.str] = None,
    ) -> None:
        '''optional, configuration of the templates names which will use for generate Kubernetes resources according to selected replica override top-level ``chi.spec.configuration.templates``, cluster-level ``chi.spec.configuration.clusters.templates``, replica-level ``chi.spec.configuration.clusters.layout.replicas.templates``.

        :param cluster_service_template: optional, template name from chi.spec.templates.serviceTemplates, allows customization for each ``Service`` resource which will created by ``clickhouse-operator`` which cover each clickhouse cluster described in ``chi.spec.configuration.clusters``.
        :param data_volume_claim_template: optional, template name from chi.spec.templates.volumeClaimTemplates, allows customization each ``PVC`` which will mount for clickhouse data directory in each ``Pod`` during render and reconcile every StatefulSet.spec resource described in ``chi.spec.configuration.clusters``.
        :param host_template: optional, template name from chi.spec.templates.hostTemplates, which will apply to configure every ``clickhouse-server`` instance during render ConfigMap resources which will mount into ``Pod``.
        :param log_volume_claim_template: optional, template name from chi.spec.templates.volumeClaimTemplates, allows customization each ``PVC`` which will mount for clickhouse log directory in each ``Pod`` during render and reconcile every StatefulSet.spec resource described in ``chi.spec.configuration.clusters``.
        :param pod_template: optional, template name from chi.spec.templates.podTemplates, allows customization each ``Pod`` resource during render and reconcile each StatefulSet.spec resource described in ``chi.spec.configuration.clusters``.
        :param replica_service_template: optional, template name from chi.spec.templates.serviceTemplates, allows customization for each ``Service`` resource which will created by ``clickhouse-operator`` which cover each replica inside each shard inside each clickhouse cluster described in ``chi.spec.configuration.clusters``.
        :param service_template: optional, template name from chi.spec.templates.serviceTemplates. used for customization of the ``Service`` resource, created by ``clickhouse-operator`` to cover all clusters in whole ``chi`` resource.
        :param service_templates: optional, template names from chi.spec.templates.serviceTemplates. used for customization of the ``Service`` resources, created by ``clickhouse-operator`` to cover all clusters in whole ``chi`` resource.
        :param shard_service_template: optional, template name from chi.spec.templates.serviceTemplates, allows customization for each ``Service`` resource which will created by ``clickhouse-operator`` which cover each shard inside clickhouse cluster described in ``chi.spec.configuration.clusters``.
        :param volume_claim_template: optional, alias for dataVolumeClaimTemplate, template name from chi.spec.templates.volumeClaimTemplates, allows customization each ``PVC`` which will mount for clickhouse data directory in each ``Pod`` during render and reconcile every StatefulSet.spec resource described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__422784638dcf3dd7607d6e073d4098b52593b2c8b5dbad7af35f2cf592015840)
            check_type(argname="argument cluster_service_template", value=cluster_service_template, expected_type=type_hints["cluster_service_template"])
            check_type(argname="argument data_volume_claim_template", value=data_volume_claim_template, expected_type=type_hints["data_volume_claim_template"])
            check_type(argname="argument host_template", value=host_template, expected_type=type_hints["host_template"])
            check_type(argname="argument log_volume_claim_template", value=log_volume_claim_template, expected_type=type_hints["log_volume_claim_template"])
            check_type(argname="argument pod_template", value=pod_template, expected_type=type_hints["pod_template"])
            check_type(argname="argument replica_service_template", value=replica_service_template, expected_type=type_hints["replica_service_template"])
            check_type(argname="argument service_template", value=service_template, expected_type=type_hints["service_template"])
            check_type(argname="argument service_templates", value=service_templates, expected_type=type_hints["service_templates"])
            check_type(argname="argument shard_service_template", value=shard_service_template, expected_type=type_hints["shard_service_template"])
            check_type(argname="argument volume_claim_template", value=volume_claim_template, expected_type=type_hints["volume_claim_template"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cluster_service_template is not None:
            self._values["cluster_service_template"] = cluster_service_template
        if data_volume_claim_template is not None:
            self._values["data_volume_claim_template"] = data_volume_claim_template
        if host_template is not None:
            self._values["host_template"] = host_template
        if log_volume_claim_template is not None:
            self._values["log_volume_claim_template"] = log_volume_claim_template
        if pod_template is not None:
            self._values["pod_template"] = pod_template
        if replica_service_template is not None:
            self._values["replica_service_template"] = replica_service_template
        if service_template is not None:
            self._values["service_template"] = service_template
        if service_templates is not None:
            self._values["service_templates"] = service_templates
        if shard_service_template is not None:
            self._values["shard_service_template"] = shard_service_template
        if volume_claim_template is not None:
            self._values["volume_claim_template"] = volume_claim_template

    @builtins.property
    def cluster_service_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.serviceTemplates, allows customization for each ``Service`` resource which will created by ``clickhouse-operator`` which cover each clickhouse cluster described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates#clusterServiceTemplate
        '''
        result = self._values.get("cluster_service_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def data_volume_claim_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.volumeClaimTemplates, allows customization each ``PVC`` which will mount for clickhouse data directory in each ``Pod`` during render and reconcile every StatefulSet.spec resource described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates#dataVolumeClaimTemplate
        '''
        result = self._values.get("data_volume_claim_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def host_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.hostTemplates, which will apply to configure every ``clickhouse-server`` instance during render ConfigMap resources which will mount into ``Pod``.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates#hostTemplate
        '''
        result = self._values.get("host_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def log_volume_claim_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.volumeClaimTemplates, allows customization each ``PVC`` which will mount for clickhouse log directory in each ``Pod`` during render and reconcile every StatefulSet.spec resource described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates#logVolumeClaimTemplate
        '''
        result = self._values.get("log_volume_claim_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def pod_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.podTemplates, allows customization each ``Pod`` resource during render and reconcile each StatefulSet.spec resource described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates#podTemplate
        '''
        result = self._values.get("pod_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def replica_service_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.serviceTemplates, allows customization for each ``Service`` resource which will created by ``clickhouse-operator`` which cover each replica inside each shard inside each clickhouse cluster described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates#replicaServiceTemplate
        '''
        result = self._values.get("replica_service_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def service_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.serviceTemplates. used for customization of the ``Service`` resource, created by ``clickhouse-operator`` to cover all clusters in whole ``chi`` resource.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates#serviceTemplate
        '''
        result = self._values.get("service_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def service_templates(self) -> typing.Optional[typing.List[builtins.str]]:
        '''optional, template names from chi.spec.templates.serviceTemplates. used for customization of the ``Service`` resources, created by ``clickhouse-operator`` to cover all clusters in whole ``chi`` resource.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates#serviceTemplates
        '''
        result = self._values.get("service_templates")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def shard_service_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.serviceTemplates, allows customization for each ``Service`` resource which will created by ``clickhouse-operator`` which cover each shard inside clickhouse cluster described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates#shardServiceTemplate
        '''
        result = self._values.get("shard_service_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def volume_claim_template(self) -> typing.Optional[builtins.str]:
        '''optional, alias for dataVolumeClaimTemplate, template name from chi.spec.templates.volumeClaimTemplates, allows customization each ``PVC`` which will mount for clickhouse data directory in each ``Pod`` during render and reconcile every StatefulSet.spec resource described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates#volumeClaimTemplate
        '''
        result = self._values.get("volume_claim_template")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecConfigurationClustersLayoutReplicasTemplates",
    jsii_struct_bases=[],
    name_mapping={
        "cluster_service_template": "clusterServiceTemplate",
        "data_volume_claim_template": "dataVolumeClaimTemplate",
        "host_template": "hostTemplate",
        "log_volume_claim_template": "logVolumeClaimTemplate",
        "pod_template": "podTemplate",
        "replica_service_template": "replicaServiceTemplate",
        "service_template": "serviceTemplate",
        "service_templates": "serviceTemplates",
        "shard_service_template": "shardServiceTemplate",
        "volume_claim_template": "volumeClaimTemplate",
    },
)
class ClickHouseInstallationSpecConfigurationClustersLayoutReplicasTemplates:
    def __init__(
        self,
        *,
        cluster_service_template: typing.Optional[builtins.str] = None,
        data_volume_claim_template: typing.Optional[builtins.str] = None,
        host_template: typing.Optional[builtins.str] = None,
        log_volume_claim_template: typing.Optional[builtins.str] = None,
        pod_template: typing.Optional[builtins.str] = None,
        replica_service_template: typing.Optional[builtins.str] = None,
        service_template: typing.Optional[builtins.str] = None,
        service_templates: typing.Optional[typing.Sequence[builtins.str]] = None,
        shard_service_template: typing.Optional[builtins.str] = None,
        volume_claim_template: typing.Optional[builtins.str] = None,
    ) -> None:
        '''optional, configuration of the templates names which will use for generate Kubernetes resources according to selected replica override top-level ``chi.spec.configuration.templates``, cluster-level ``chi.spec.configuration.clusters.templates``.

        :param cluster_service_template: optional, template name from chi.spec.templates.serviceTemplates, allows customization for each ``Service`` resource which will created by ``clickhouse-operator`` which cover each clickhouse cluster described in ``chi.spec.configuration.clusters``.
        :param data_volume_claim_template: optional, template name from chi.spec.templates.volumeClaimTemplates, allows customization each ``PVC`` which will mount for clickhouse data directory in each ``Pod`` during render and reconcile every StatefulSet.spec resource described in ``chi.spec.configuration.clusters``.
        :param host_template: optional, template name from chi.spec.templates.hostTemplates, which will apply to configure every ``clickhouse-server`` instance during render ConfigMap resources which will mount into ``Pod``.
        :param log_volume_claim_template: optional, template name from chi.spec.templates.volumeClaimTemplates, allows customization each ``PVC`` which will mount for clickhouse log directory in each ``Pod`` during render and reconcile every StatefulSet.spec resource described in ``chi.spec.configuration.clusters``.
        :param pod_template: optional, template name from chi.spec.templates.podTemplates, allows customization each ``Pod`` resource during render and reconcile each StatefulSet.spec resource described in ``chi.spec.configuration.clusters``.
        :param replica_service_template: optional, template name from chi.spec.templates.serviceTemplates, allows customization for each ``Service`` resource which will created by ``clickhouse-operator`` which cover each replica inside each shard inside each clickhouse cluster described in ``chi.spec.configuration.clusters``.
        :param service_template: optional, template name from chi.spec.templates.serviceTemplates. used for customization of the ``Service`` resource, created by ``clickhouse-operator`` to cover all clusters in whole ``chi`` resource.
        :param service_templates: optional, template names from chi.spec.templates.serviceTemplates. used for customization of the ``Service`` resources, created by ``clickhouse-operator`` to cover all clusters in whole ``chi`` resource.
        :param shard_service_template: optional, template name from chi.spec.templates.serviceTemplates, allows customization for each ``Service`` resource which will created by ``clickhouse-operator`` which cover each shard inside clickhouse cluster described in ``chi.spec.configuration.clusters``.
        :param volume_claim_template: optional, alias for dataVolumeClaimTemplate, template name from chi.spec.templates.volumeClaimTemplates, allows customization each ``PVC`` which will mount for clickhouse data directory in each ``Pod`` during render and reconcile every StatefulSet.spec resource described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutReplicasTemplates
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c3cb05697f23e897406cadbddaddd882f002766e84b9b198c9413c39ba23fad0)
            check_type(argname="argument cluster_service_template", value=cluster_service_template, expected_type=type_hints["cluster_service_template"])
            check_type(argname="argument data_volume_claim_template", value=data_volume_claim_template, expected_type=type_hints["data_volume_claim_template"])
            check_type(argname="argument host_template", value=host_template, expected_type=type_hints["host_template"])
            check_type(argname="argument log_volume_claim_template", value=log_volume_claim_template, expected_type=type_hints["log_volume_claim_template"])
            check_type(argname="argument pod_template", value=pod_template, expected_type=type_hints["pod_template"])
            check_type(argname="argument replica_service_template", value=replica_service_template, expected_type=type_hints["replica_service_template"])
            check_type(argname="argument service_template", value=service_template, expected_type=type_hints["service_template"])
            check_type(argname="argument service_templates", value=service_templates, expected_type=type_hints["service_templates"])
            check_type(argname="argument shard_service_template", value=shard_service_template, expected_type=type_hints["shard_service_template"])
            check_type(argname="argument volume_claim_template", value=volume_claim_template, expected_type=type_hints["volume_claim_template"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cluster_service_template is not None:
            self._values["cluster_service_template"] = cluster_service_template
        if data_volume_claim_template is not None:
            self._values["data_volume_claim_template"] = data_volume_claim_template
        if host_template is not None:
            self._values["host_template"] = host_template
        if log_volume_claim_template is not None:
            self._values["log_volume_claim_template"] = log_volume_claim_template
        if pod_template is not None:
            self._values["pod_template"] = pod_template
        if replica_service_template is not None:
            self._values["replica_service_template"] = replica_service_template
        if service_template is not None:
            self._values["service_template"] = service_template
        if service_templates is not None:
            self._values["service_templates"] = service_templates
        if shard_service_template is not None:
            self._values["shard_service_template"] = shard_service_template
        if volume_claim_template is not None:
            self._values["volume_claim_template"] = volume_claim_template

    @builtins.property
    def cluster_service_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.serviceTemplates, allows customization for each ``Service`` resource which will created by ``clickhouse-operator`` which cover each clickhouse cluster described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutReplicasTemplates#clusterServiceTemplate
        '''
        result = self._values.get("cluster_service_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def data_volume_claim_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.volumeClaimTemplates, allows customization each ``PVC`` which will mount for clickhouse data directory in each ``Pod`` during render and reconcile every StatefulSet.spec resource described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutReplicasTemplates#dataVolumeClaimTemplate
        '''
        result = self._values.get("data_volume_claim_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def host_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.hostTemplates, which will apply to configure every ``clickhouse-server`` instance during render ConfigMap resources which will mount into ``Pod``.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutReplicasTemplates#hostTemplate
        '''
        result = self._values.get("host_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def log_volume_claim_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.volumeClaimTemplates, allows customization each ``PVC`` which will mount for clickhouse log directory in each ``Pod`` during render and reconcile every StatefulSet.spec resource described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutReplicasTemplates#logVolumeClaimTemplate
        '''
        result = self._values.get("log_volume_claim_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def pod_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.podTemplates, allows customization each ``Pod`` resource during render and reconcile each StatefulSet.spec resource described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutReplicasTemplates#podTemplate
        '''
        result = self._values.get("pod_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def replica_service_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.serviceTemplates, allows customization for each ``Service`` resource which will created by ``clickhouse-operator`` which cover each replica inside each shard inside each clickhouse cluster described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutReplicasTemplates#replicaServiceTemplate
        '''
        result = self._values.get("replica_service_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def service_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.serviceTemplates. used for customization of the ``Service`` resource, created by ``clickhouse-operator`` to cover all clusters in whole ``chi`` resource.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutReplicasTemplates#serviceTemplate
        '''
        result = self._values.get("service_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def service_templates(self) -> typing.Optional[typing.List[builtins.str]]:
        '''optional, template names from chi.spec.templates.serviceTemplates. used for customization of the ``Service`` resources, created by ``clickhouse-operator`` to cover all clusters in whole ``chi`` resource.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutReplicasTemplates#serviceTemplates
        '''
        result = self._values.get("service_templates")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def shard_service_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.serviceTemplates, allows customization for each ``Service`` resource which will created by ``clickhouse-operator`` which cover each shard inside clickhouse cluster described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutReplicasTemplates#shardServiceTemplate
        '''
        result = self._values.get("shard_service_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def volume_claim_template(self) -> typing.Optional[builtins.str]:
        '''optional, alias for dataVolumeClaimTemplate, template name from chi.spec.templates.volumeClaimTemplates, allows customization each ``PVC`` which will mount for clickhouse data directory in each ``Pod`` during render and reconcile every StatefulSet.spec resource described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutReplicasTemplates#volumeClaimTemplate
        '''
        result = self._values.get("volume_claim_template")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecConfigurationClustersLayoutReplicasTemplates(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecConfigurationClustersLayoutShards",
    jsii_struct_bases=[],
    name_mapping={
        "definition_type": "definitionType",
        "files": "files",
        "internal_replication": "internalReplication",
        "name": "name",
        "replicas": "replicas",
        "replicas_count": "replicasCount",
        "settings": "settings",
        "templates": "templates",
        "weight": "weight",
    },
)
class ClickHouseInstallationSpecConfigurationClustersLayoutShards:
    def __init__(
        self,
        *,
        definition_type: typing.Optional[builtins.str] = None,
        files: typing.Any = None,
        internal_replication: typing.Optional["ClickHouseInstallationSpecConfigurationClustersLayoutShardsInternalReplication"] = None,
        name: typing.Optional[builtins.str] = None,
        replicas: typing.Optional[typing.Sequence[typing.Union["ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicas", typing.Dict[builtins.str, typing.Any]]]] = None,
        replicas_count: typing.Optional[jsii.Number] = None,
        settings: typing.Any = None,
        templates: typing.Optional[typing.Union["ClickHouseInstallationSpecConfigurationClustersLayoutShardsTemplates", typing.Dict[builtins.str, typing.Any]]] = None,
        weight: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param definition_type: DEPRECATED - to be removed soon.
        :param files: optional, allows define content of any setting file inside each ``Pod`` only in one shard during generate ``ConfigMap`` which will mount in ``/etc/clickhouse-server/config.d/`` or ``/etc/clickhouse-server/conf.d/`` or ``/etc/clickhouse-server/users.d/`` override top-level ``chi.spec.configuration.files`` and cluster-level ``chi.spec.configuration.clusters.files``.
        :param internal_replication: optional, ``true`` by default when ``chi.spec.configuration.clusters[].layout.ReplicaCount`` > 1 and 0 otherwise allows setup <internal_replication> setting which will use during insert into tables with ``Distributed`` engine for insert only in one live replica and other replicas will download inserted data during replication, will apply in <remote_servers> inside ConfigMap which will mount in /etc/clickhouse-server/config.d/chop-generated-remote_servers.xml More details: https://clickhouse.tech/docs/en/engines/table-engines/special/distributed/.
        :param name: optional, by default shard name is generated, but you can override it and setup custom name.
        :param replicas: optional, allows override behavior for selected replicas from cluster-level ``chi.spec.configuration.clusters`` and shard-level ``chi.spec.configuration.clusters.layout.shards``.
        :param replicas_count: optional, how much replicas in selected shard for selected ClickHouse cluster will run in Kubernetes, each replica is a separate ``StatefulSet`` which contains only one ``Pod`` with ``clickhouse-server`` instance, shard contains 1 replica by default override cluster-level ``chi.spec.configuration.clusters.layout.replicasCount``.
        :param settings: optional, allows configure ``clickhouse-server`` settings inside ... tag in each ``Pod`` only in one shard during generate ``ConfigMap`` which will mount in ``/etc/clickhouse-server/config.d/`` override top-level ``chi.spec.configuration.settings`` and cluster-level ``chi.spec.configuration.clusters.settings`` More details: https://clickhouse.tech/docs/en/operations/settings/settings/.
        :param templates: optional, configuration of the templates names which will use for generate Kubernetes resources according to selected shard override top-level ``chi.spec.configuration.templates`` and cluster-level ``chi.spec.configuration.clusters.templates``.
        :param weight: optional, 1 by default, allows setup shard setting which will use during insert into tables with ``Distributed`` engine, will apply in <remote_servers> inside ConfigMap which will mount in /etc/clickhouse-server/config.d/chop-generated-remote_servers.xml More details: https://clickhouse.tech/docs/en/engines/table-engines/special/distributed/.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutShards
        '''
        if isinstance(templates, dict):
            templates = ClickHouseInstallationSpecConfigurationClustersLayoutShardsTemplates(**templates)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d7a1fb04a2b7acbd034f1e3e610ea71725ed252fb1553c80a2537bf7d289be62)
            check_type(argname="argument definition_type", value=definition_type, expected_type=type_hints["definition_type"])
            check_type(argname="argument files", value=files, expected_type=type_hints["files"])
            check_type(argname="argument internal_replication", value=internal_replication, expected_type=type_hints["internal_replication"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument replicas", value=replicas, expected_type=type_hints["replicas"])
            check_type(argname="argument replicas_count", value=replicas_count, expected_type=type_hints["replicas_count"])
            check_type(argname="argument settings", value=settings, expected_type=type_hints["settings"])
            check_type(argname="argument templates", value=templates, expected_type=type_hints["templates"])
            check_type(argname="argument weight", value=weight, expected_type=type_hints["weight"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if definition_type is not None:
            self._values["definition_type"] = definition_type
        if files is not None:
            self._values["files"] = files
        if internal_replication is not None:
            self._values["internal_replication"] = internal_replication
        if name is not None:
            self._values["name"] = name
        if replicas is not None:
            self._values["replicas"] = replicas
        if replicas_count is not None:
            self._values["replicas_count"] = replicas_count
        if settings is not None:
            self._values["settings"] = settings
        if templates is not None:
            self._values["templates"] = templates
        if weight is not None:
            self._values["weight"] = weight

    @builtins.property
    def definition_type(self) -> typing.Optional[builtins.str]:
        '''DEPRECATED - to be removed soon.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutShards#definitionType
        '''
        result = self._values.get("definition_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def files(self) -> typing.Any:
        '''optional, allows define content of any setting file inside each ``Pod`` only in one shard during generate ``ConfigMap`` which will mount in ``/etc/clickhouse-server/config.d/`` or ``/etc/clickhouse-server/conf.d/`` or ``/etc/clickhouse-server/users.d/`` override top-level ``chi.spec.configuration.files`` and cluster-level ``chi.spec.configuration.clusters.files``.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutShards#files
        '''
        result = self._values.get("files")
        return typing.cast(typing.Any, result)

    @builtins.property
    def internal_replication(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecConfigurationClustersLayoutShardsInternalReplication"]:
        '''optional, ``true`` by default when ``chi.spec.configuration.clusters[].layout.ReplicaCount`` > 1 and 0 otherwise allows setup <internal_replication> setting which will use during insert into tables with ``Distributed`` engine for insert only in one live replica and other replicas will download inserted data during replication, will apply in <remote_servers> inside ConfigMap which will mount in /etc/clickhouse-server/config.d/chop-generated-remote_servers.xml More details: https://clickhouse.tech/docs/en/engines/table-engines/special/distributed/.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutShards#internalReplication
        '''
        result = self._values.get("internal_replication")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecConfigurationClustersLayoutShardsInternalReplication"], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''optional, by default shard name is generated, but you can override it and setup custom name.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutShards#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def replicas(
        self,
    ) -> typing.Optional[typing.List["ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicas"]]:
        '''optional, allows override behavior for selected replicas from cluster-level ``chi.spec.configuration.clusters`` and shard-level ``chi.spec.configuration.clusters.layout.shards``.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutShards#replicas
        '''
        result = self._values.get("replicas")
        return typing.cast(typing.Optional[typing.List["ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicas"]], result)

    @builtins.property
    def replicas_count(self) -> typing.Optional[jsii.Number]:
        '''optional, how much replicas in selected shard for selected ClickHouse cluster will run in Kubernetes, each replica is a separate ``StatefulSet`` which contains only one ``Pod`` with ``clickhouse-server`` instance, shard contains 1 replica by default override cluster-level ``chi.spec.configuration.clusters.layout.replicasCount``.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutShards#replicasCount
        '''
        result = self._values.get("replicas_count")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def settings(self) -> typing.Any:
        '''optional, allows configure ``clickhouse-server`` settings inside ... tag in each ``Pod`` only in one shard during generate ``ConfigMap`` which will mount in ``/etc/clickhouse-server/config.d/`` override top-level ``chi.spec.configuration.settings`` and cluster-level ``chi.spec.configuration.clusters.settings`` More details: https://clickhouse.tech/docs/en/operations/settings/settings/.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutShards#settings
        '''
        result = self._values.get("settings")
        return typing.cast(typing.Any, result)

    @builtins.property
    def templates(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecConfigurationClustersLayoutShardsTemplates"]:
        '''optional, configuration of the templates names which will use for generate Kubernetes resources according to selected shard override top-level ``chi.spec.configuration.templates`` and cluster-level ``chi.spec.configuration.clusters.templates``.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutShards#templates
        '''
        result = self._values.get("templates")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecConfigurationClustersLayoutShardsTemplates"], result)

    @builtins.property
    def weight(self) -> typing.Optional[jsii.Number]:
        '''optional, 1 by default, allows setup shard  setting which will use during insert into tables with ``Distributed`` engine, will apply in <remote_servers> inside ConfigMap which will mount in /etc/clickhouse-server/config.d/chop-generated-remote_servers.xml More details: https://clickhouse.tech/docs/en/engines/table-engines/special/distributed/.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutShards#weight
        '''
        result = self._values.get("weight")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecConfigurationClustersLayoutShards(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecConfigurationClustersLayoutShardsInternalReplication"
)
class ClickHouseInstallationSpecConfigurationClustersLayoutShardsInternalReplication(
    enum.Enum,
):
    '''optional, ``true`` by default when ``chi.spec.configuration.clusters[].layout.ReplicaCount`` > 1 and 0 otherwise allows setup <internal_replication> setting which will use during insert into tables with ``Distributed`` engine for insert only in one live replica and other replicas will download inserted data during replication, will apply in <remote_servers> inside ConfigMap which will mount in /etc/clickhouse-server/config.d/chop-generated-remote_servers.xml More details: https://clickhouse.tech/docs/en/engines/table-engines/special/distributed/.

    :schema: ClickHouseInstallationSpecConfigurationClustersLayoutShardsInternalReplication
    '''

    VALUE_0 = "VALUE_0"
    '''0.'''
    VALUE_1 = "VALUE_1"
    '''1.'''
    FALSE = "FALSE"
    '''False.'''
    TRUE = "TRUE"
    '''True.'''
    NO = "NO"
    '''No.'''
    YES = "YES"
    '''Yes.'''
    OFF = "OFF"
    '''Off.'''
    ON = "ON"
    '''On.'''
    DISABLE = "DISABLE"
    '''Disable.'''
    ENABLE = "ENABLE"
    '''Enable.'''
    DISABLED = "DISABLED"
    '''Disabled.'''
    ENABLED = "ENABLED"
    '''Enabled.'''


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicas",
    jsii_struct_bases=[],
    name_mapping={
        "files": "files",
        "http_port": "httpPort",
        "https_port": "httpsPort",
        "insecure": "insecure",
        "interserver_http_port": "interserverHttpPort",
        "name": "name",
        "secure": "secure",
        "settings": "settings",
        "tcp_port": "tcpPort",
        "templates": "templates",
        "tls_port": "tlsPort",
    },
)
class ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicas:
    def __init__(
        self,
        *,
        files: typing.Any = None,
        http_port: typing.Optional[jsii.Number] = None,
        https_port: typing.Optional[jsii.Number] = None,
        insecure: typing.Optional["ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasInsecure"] = None,
        interserver_http_port: typing.Optional[jsii.Number] = None,
        name: typing.Optional[builtins.str] = None,
        secure: typing.Optional["ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasSecure"] = None,
        settings: typing.Any = None,
        tcp_port: typing.Optional[jsii.Number] = None,
        templates: typing.Optional[typing.Union["ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasTemplates", typing.Dict[builtins.str, typing.Any]]] = None,
        tls_port: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param files: optional, allows define content of any setting file inside ``Pod`` only in one replica during generate ``ConfigMap`` which will mount in ``/etc/clickhouse-server/config.d/`` or ``/etc/clickhouse-server/conf.d/`` or ``/etc/clickhouse-server/users.d/`` override top-level ``chi.spec.configuration.files``, cluster-level ``chi.spec.configuration.clusters.files`` and shard-level ``chi.spec.configuration.clusters.layout.shards.files``.
        :param http_port: optional, setup ``Pod.spec.containers.ports`` with name ``http`` for selected replica, override ``chi.spec.templates.hostTemplates.spec.httpPort`` allows connect to ``clickhouse-server`` via HTTP protocol via kubernetes ``Service``.
        :param https_port: 
        :param insecure: optional, open insecure ports for cluster, defaults to "yes".
        :param interserver_http_port: optional, setup ``Pod.spec.containers.ports`` with name ``interserver`` for selected replica, override ``chi.spec.templates.hostTemplates.spec.interserverHTTPPort`` allows connect between replicas inside same shard during fetch replicated data parts HTTP protocol.
        :param name: optional, by default replica name is generated, but you can override it and setup custom name.
        :param secure: optional, open secure ports.
        :param settings: optional, allows configure ``clickhouse-server`` settings inside ... tag in ``Pod`` only in one replica during generate ``ConfigMap`` which will mount in ``/etc/clickhouse-server/conf.d/`` override top-level ``chi.spec.configuration.settings``, cluster-level ``chi.spec.configuration.clusters.settings`` and shard-level ``chi.spec.configuration.clusters.layout.shards.settings`` More details: https://clickhouse.tech/docs/en/operations/settings/settings/.
        :param tcp_port: optional, setup ``Pod.spec.containers.ports`` with name ``tcp`` for selected replica, override ``chi.spec.templates.hostTemplates.spec.tcpPort`` allows connect to ``clickhouse-server`` via TCP Native protocol via kubernetes ``Service``.
        :param templates: optional, configuration of the templates names which will use for generate Kubernetes resources according to selected replica override top-level ``chi.spec.configuration.templates``, cluster-level ``chi.spec.configuration.clusters.templates`` and shard-level ``chi.spec.configuration.clusters.layout.shards.templates``.
        :param tls_port: 

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicas
        '''
        if isinstance(templates, dict):
            templates = ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasTemplates(**templates)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a225d477581c8993ee811766f723c1f763cf13c6d049ed23a6572a1b1d30ce2d)
            check_type(argname="argument files", value=files, expected_type=type_hints["files"])
            check_type(argname="argument http_port", value=http_port, expected_type=type_hints["http_port"])
            check_type(argname="argument https_port", value=https_port, expected_type=type_hints["https_port"])
            check_type(argname="argument insecure", value=insecure, expected_type=type_hints["insecure"])
            check_type(argname="argument interserver_http_port", value=interserver_http_port, expected_type=type_hints["interserver_http_port"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument secure", value=secure, expected_type=type_hints["secure"])
            check_type(argname="argument settings", value=settings, expected_type=type_hints["settings"])
            check_type(argname="argument tcp_port", value=tcp_port, expected_type=type_hints["tcp_port"])
            check_type(argname="argument templates", value=templates, expected_type=type_hints["templates"])
            check_type(argname="argument tls_port", value=tls_port, expected_type=type_hints["tls_port"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if files is not None:
            self._values["files"] = files
        if http_port is not None:
            self._values["http_port"] = http_port
        if https_port is not None:
            self._values["https_port"] = https_port
        if insecure is not None:
            self._values["insecure"] = insecure
        if interserver_http_port is not None:
            self._values["interserver_http_port"] = interserver_http_port
        if name is not None:
            self._values["name"] = name
        if secure is not None:
            self._values["secure"] = secure
        if settings is not None:
            self._values["settings"] = settings
        if tcp_port is not None:
            self._values["tcp_port"] = tcp_port
        if templates is not None:
            self._values["templates"] = templates
        if tls_port is not None:
            self._values["tls_port"] = tls_port

    @builtins.property
    def files(self) -> typing.Any:
        '''optional, allows define content of any setting file inside ``Pod`` only in one replica during generate ``ConfigMap`` which will mount in ``/etc/clickhouse-server/config.d/`` or ``/etc/clickhouse-server/conf.d/`` or ``/etc/clickhouse-server/users.d/`` override top-level ``chi.spec.configuration.files``, cluster-level ``chi.spec.configuration.clusters.files`` and shard-level ``chi.spec.configuration.clusters.layout.shards.files``.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicas#files
        '''
        result = self._values.get("files")
        return typing.cast(typing.Any, result)

    @builtins.property
    def http_port(self) -> typing.Optional[jsii.Number]:
        '''optional, setup ``Pod.spec.containers.ports`` with name ``http`` for selected replica, override ``chi.spec.templates.hostTemplates.spec.httpPort`` allows connect to ``clickhouse-server`` via HTTP protocol via kubernetes ``Service``.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicas#httpPort
        '''
        result = self._values.get("http_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def https_port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicas#httpsPort
        '''
        result = self._values.get("https_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def insecure(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasInsecure"]:
        '''optional, open insecure ports for cluster, defaults to "yes".

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicas#insecure
        '''
        result = self._values.get("insecure")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasInsecure"], result)

    @builtins.property
    def interserver_http_port(self) -> typing.Optional[jsii.Number]:
        '''optional, setup ``Pod.spec.containers.ports`` with name ``interserver`` for selected replica, override ``chi.spec.templates.hostTemplates.spec.interserverHTTPPort`` allows connect between replicas inside same shard during fetch replicated data parts HTTP protocol.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicas#interserverHTTPPort
        '''
        result = self._values.get("interserver_http_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''optional, by default replica name is generated, but you can override it and setup custom name.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicas#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def secure(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasSecure"]:
        '''optional, open secure ports.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicas#secure
        '''
        result = self._values.get("secure")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasSecure"], result)

    @builtins.property
    def settings(self) -> typing.Any:
        '''optional, allows configure ``clickhouse-server`` settings inside ... tag in ``Pod`` only in one replica during generate ``ConfigMap`` which will mount in ``/etc/clickhouse-server/conf.d/`` override top-level ``chi.spec.configuration.settings``, cluster-level ``chi.spec.configuration.clusters.settings`` and shard-level ``chi.spec.configuration.clusters.layout.shards.settings`` More details: https://clickhouse.tech/docs/en/operations/settings/settings/.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicas#settings
        '''
        result = self._values.get("settings")
        return typing.cast(typing.Any, result)

    @builtins.property
    def tcp_port(self) -> typing.Optional[jsii.Number]:
        '''optional, setup ``Pod.spec.containers.ports`` with name ``tcp`` for selected replica, override ``chi.spec.templates.hostTemplates.spec.tcpPort`` allows connect to ``clickhouse-server`` via TCP Native protocol via kubernetes ``Service``.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicas#tcpPort
        '''
        result = self._values.get("tcp_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def templates(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasTemplates"]:
        '''optional, configuration of the templates names which will use for generate Kubernetes resources according to selected replica override top-level ``chi.spec.configuration.templates``, cluster-level ``chi.spec.configuration.clusters.templates`` and shard-level ``chi.spec.configuration.clusters.layout.shards.templates``.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicas#templates
        '''
        result = self._values.get("templates")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasTemplates"], result)

    @builtins.property
    def tls_port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicas#tlsPort
        '''
        result = self._values.get("tls_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicas(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasInsecure"
)
class ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasInsecure(
    enum.Enum,
):
    '''optional, open insecure ports for cluster, defaults to "yes".

    :schema: ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasInsecure
    '''

    VALUE_0 = "VALUE_0"
    '''0.'''
    VALUE_1 = "VALUE_1"
    '''1.'''
    FALSE = "FALSE"
    '''False.'''
    TRUE = "TRUE"
    '''True.'''
    NO = "NO"
    '''No.'''
    YES = "YES"
    '''Yes.'''
    OFF = "OFF"
    '''Off.'''
    ON = "ON"
    '''On.'''
    DISABLE = "DISABLE"
    '''Disable.'''
    ENABLE = "ENABLE"
    '''Enable.'''
    DISABLED = "DISABLED"
    '''Disabled.'''
    ENABLED = "ENABLED"
    '''Enabled.'''


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasSecure"
)
class ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasSecure(
    enum.Enum,
):
    '''optional, open secure ports.

    :schema: ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasSecure
    '''

    VALUE_0 = "VALUE_0"
    '''0.'''
    VALUE_1 = "VALUE_1"
    '''1.'''
    FALSE = "FALSE"
    '''False.'''
    TRUE = "TRUE"
    '''True.'''
    NO = "NO"
    '''No.'''
    YES = "YES"
    '''Yes.'''
    OFF = "OFF"
    '''Off.'''
    ON = "ON"
    '''On.'''
    DISABLE = "DISABLE"
    '''Disable.'''
    ENABLE = "ENABLE"
    '''Enable.'''
    DISABLED = "DISABLED"
    '''Disabled.'''
    ENABLED = "ENABLED"
    '''Enabled.'''


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasTemplates",
    jsii_struct_bases=[],
    name_mapping={
        "cluster_service_template": "clusterServiceTemplate",
        "data_volume_claim_template": "dataVolumeClaimTemplate",
        "host_template": "hostTemplate",
        "log_volume_claim_template": "logVolumeClaimTemplate",
        "pod_template": "podTemplate",
        "replica_service_template": "replicaServiceTemplate",
        "service_template": "serviceTemplate",
        "service_templates": "serviceTemplates",
        "shard_service_template": "shardServiceTemplate",
        "volume_claim_template": "volumeClaimTemplate",
    },
)
class ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasTemplates:
    def __init__(
        self,
        *,
        cluster_service_template: typing.Optional[builtins.str] = None,
        data_volume_claim_template: typing.Optional[builtins.str] = None,
        host_template: typing.Optional[builtins.str] = None,
        log_volume_claim_template: typing.Optional[builtins.str] = None,
        pod_template: typing.Optional[builtins.str] = None,
        replica_service_template: typing.Optional[builtins.str] = None,
        service_template: typing.Optional[builtins.str] = None,
        service_templates: typing.Optional[typing.Sequence[builtins.str]] = None,
        shard_service_template: typing.Optional[builtins.str] = None,
        volume_claim_template: typing.Optional[builtins.str] = None,
    ) -> None:
        '''optional, configuration of the templates names which will use for generate Kubernetes resources according to selected replica override top-level ``chi.spec.configuration.templates``, cluster-level ``chi.spec.configuration.clusters.templates`` and shard-level ``chi.spec.configuration.clusters.layout.shards.templates``.

        :param cluster_service_template: optional, template name from chi.spec.templates.serviceTemplates, allows customization for each ``Service`` resource which will created by ``clickhouse-operator`` which cover each clickhouse cluster described in ``chi.spec.configuration.clusters``.
        :param data_volume_claim_template: optional, template name from chi.spec.templates.volumeClaimTemplates, allows customization each ``PVC`` which will mount for clickhouse data directory in each ``Pod`` during render and reconcile every StatefulSet.spec resource described in ``chi.spec.configuration.clusters``.
        :param host_template: optional, template name from chi.spec.templates.hostTemplates, which will apply to configure every ``clickhouse-server`` instance during render ConfigMap resources which will mount into ``Pod``.
        :param log_volume_claim_template: optional, template name from chi.spec.templates.volumeClaimTemplates, allows customization each ``PVC`` which will mount for clickhouse log directory in each ``Pod`` during render and reconcile every StatefulSet.spec resource described in ``chi.spec.configuration.clusters``.
        :param pod_template: optional, template name from chi.spec.templates.podTemplates, allows customization each ``Pod`` resource during render and reconcile each StatefulSet.spec resource described in ``chi.spec.configuration.clusters``.
        :param replica_service_template: optional, template name from chi.spec.templates.serviceTemplates, allows customization for each ``Service`` resource which will created by ``clickhouse-operator`` which cover each replica inside each shard inside each clickhouse cluster described in ``chi.spec.configuration.clusters``.
        :param service_template: optional, template name from chi.spec.templates.serviceTemplates. used for customization of the ``Service`` resource, created by ``clickhouse-operator`` to cover all clusters in whole ``chi`` resource.
        :param service_templates: optional, template names from chi.spec.templates.serviceTemplates. used for customization of the ``Service`` resources, created by ``clickhouse-operator`` to cover all clusters in whole ``chi`` resource.
        :param shard_service_template: optional, template name from chi.spec.templates.serviceTemplates, allows customization for each ``Service`` resource which will created by ``clickhouse-operator`` which cover each shard inside clickhouse cluster described in ``chi.spec.configuration.clusters``.
        :param volume_claim_template: optional, alias for dataVolumeClaimTemplate, template name from chi.spec.templates.volumeClaimTemplates, allows customization each ``PVC`` which will mount for clickhouse data directory in each ``Pod`` during render and reconcile every StatefulSet.spec resource described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasTemplates
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1e506ff8a22c6083477ea89e5fdc931a058fdcb7ed62fe0a2dc5d501a187f503)
            check_type(argname="argument cluster_service_template", value=cluster_service_template, expected_type=type_hints["cluster_service_template"])
            check_type(argname="argument data_volume_claim_template", value=data_volume_claim_template, expected_type=type_hints["data_volume_claim_template"])
            check_type(argname="argument host_template", value=host_template, expected_type=type_hints["host_template"])
            check_type(argname="argument log_volume_claim_template", value=log_volume_claim_template, expected_type=type_hints["log_volume_claim_template"])
            check_type(argname="argument pod_template", value=pod_template, expected_type=type_hints["pod_template"])
            check_type(argname="argument replica_service_template", value=replica_service_template, expected_type=type_hints["replica_service_template"])
            check_type(argname="argument service_template", value=service_template, expected_type=type_hints["service_template"])
            check_type(argname="argument service_templates", value=service_templates, expected_type=type_hints["service_templates"])
            check_type(argname="argument shard_service_template", value=shard_service_template, expected_type=type_hints["shard_service_template"])
            check_type(argname="argument volume_claim_template", value=volume_claim_template, expected_type=type_hints["volume_claim_template"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cluster_service_template is not None:
            self._values["cluster_service_template"] = cluster_service_template
        if data_volume_claim_template is not None:
            self._values["data_volume_claim_template"] = data_volume_claim_template
        if host_template is not None:
            self._values["host_template"] = host_template
        if log_volume_claim_template is not None:
            self._values["log_volume_claim_template"] = log_volume_claim_template
        if pod_template is not None:
            self._values["pod_template"] = pod_template
        if replica_service_template is not None:
            self._values["replica_service_template"] = replica_service_template
        if service_template is not None:
            self._values["service_template"] = service_template
        if service_templates is not None:
            self._values["service_templates"] = service_templates
        if shard_service_template is not None:
            self._values["shard_service_template"] = shard_service_template
        if volume_claim_template is not None:
            self._values["volume_claim_template"] = volume_claim_template

    @builtins.property
    def cluster_service_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.serviceTemplates, allows customization for each ``Service`` resource which will created by ``clickhouse-operator`` which cover each clickhouse cluster described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasTemplates#clusterServiceTemplate
        '''
        result = self._values.get("cluster_service_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def data_volume_claim_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.volumeClaimTemplates, allows customization each ``PVC`` which will mount for clickhouse data directory in each ``Pod`` during render and reconcile every StatefulSet.spec resource described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasTemplates#dataVolumeClaimTemplate
        '''
        result = self._values.get("data_volume_claim_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def host_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.hostTemplates, which will apply to configure every ``clickhouse-server`` instance during render ConfigMap resources which will mount into ``Pod``.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasTemplates#hostTemplate
        '''
        result = self._values.get("host_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def log_volume_claim_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.volumeClaimTemplates, allows customization each ``PVC`` which will mount for clickhouse log directory in each ``Pod`` during render and reconcile every StatefulSet.spec resource described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasTemplates#logVolumeClaimTemplate
        '''
        result = self._values.get("log_volume_claim_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def pod_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.podTemplates, allows customization each ``Pod`` resource during render and reconcile each StatefulSet.spec resource described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasTemplates#podTemplate
        '''
        result = self._values.get("pod_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def replica_service_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.serviceTemplates, allows customization for each ``Service`` resource which will created by ``clickhouse-operator`` which cover each replica inside each shard inside each clickhouse cluster described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasTemplates#replicaServiceTemplate
        '''
        result = self._values.get("replica_service_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def service_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.serviceTemplates. used for customization of the ``Service`` resource, created by ``clickhouse-operator`` to cover all clusters in whole ``chi`` resource.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasTemplates#serviceTemplate
        '''
        result = self._values.get("service_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def service_templates(self) -> typing.Optional[typing.List[builtins.str]]:
        '''optional, template names from chi.spec.templates.serviceTemplates. used for customization of the ``Service`` resources, created by ``clickhouse-operator`` to cover all clusters in whole ``chi`` resource.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasTemplates#serviceTemplates
        '''
        result = self._values.get("service_templates")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def shard_service_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.serviceTemplates, allows customization for each ``Service`` resource which will created by ``clickhouse-operator`` which cover each shard inside clickhouse cluster described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasTemplates#shardServiceTemplate
        '''
        result = self._values.get("shard_service_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def volume_claim_template(self) -> typing.Optional[builtins.str]:
        '''optional, alias for dataVolumeClaimTemplate, template name from chi.spec.templates.volumeClaimTemplates, allows customization each ``PVC`` which will mount for clickhouse data directory in each ``Pod`` during render and reconcile every StatefulSet.spec resource described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasTemplates#volumeClaimTemplate
        '''
        result = self._values.get("volume_claim_template")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasTemplates(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecConfigurationClustersLayoutShardsTemplates",
    jsii_struct_bases=[],
    name_mapping={
        "cluster_service_template": "clusterServiceTemplate",
        "data_volume_claim_template": "dataVolumeClaimTemplate",
        "host_template": "hostTemplate",
        "log_volume_claim_template": "logVolumeClaimTemplate",
        "pod_template": "podTemplate",
        "replica_service_template": "replicaServiceTemplate",
        "service_template": "serviceTemplate",
        "service_templates": "serviceTemplates",
        "shard_service_template": "shardServiceTemplate",
        "volume_claim_template": "volumeClaimTemplate",
    },
)
class ClickHouseInstallationSpecConfigurationClustersLayoutShardsTemplates:
    def __init__(
        self,
        *,
        cluster_service_template: typing.Optional[builtins.str] = None,
        data_volume_claim_template: typing.Optional[builtins.str] = None,
        host_template: typing.Optional[builtins.str] = None,
        log_volume_claim_template: typing.Optional[builtins.str] = None,
        pod_template: typing.Optional[builtins.str] = None,
        replica_service_template: typing.Optional[builtins.str] = None,
        service_template: typing.Optional[builtins.str] = None,
        service_templates: typing.Optional[typing.Sequence[builtins.str]] = None,
        shard_service_template: typing.Optional[builtins.str] = None,
        volume_claim_template: typing.Optional[builtins.str] = None,
    ) -> None:
        '''optional, configuration of the templates names which will use for generate Kubernetes resources according to selected shard override top-level ``chi.spec.configuration.templates`` and cluster-level ``chi.spec.configuration.clusters.templates``.

        :param cluster_service_template: optional, template name from chi.spec.templates.serviceTemplates, allows customization for each ``Service`` resource which will created by ``clickhouse-operator`` which cover each clickhouse cluster described in ``chi.spec.configuration.clusters``.
        :param data_volume_claim_template: optional, template name from chi.spec.templates.volumeClaimTemplates, allows customization each ``PVC`` which will mount for clickhouse data directory in each ``Pod`` during render and reconcile every StatefulSet.spec resource described in ``chi.spec.configuration.clusters``.
        :param host_template: optional, template name from chi.spec.templates.hostTemplates, which will apply to configure every ``clickhouse-server`` instance during render ConfigMap resources which will mount into ``Pod``.
        :param log_volume_claim_template: optional, template name from chi.spec.templates.volumeClaimTemplates, allows customization each ``PVC`` which will mount for clickhouse log directory in each ``Pod`` during render and reconcile every StatefulSet.spec resource described in ``chi.spec.configuration.clusters``.
        :param pod_template: optional, template name from chi.spec.templates.podTemplates, allows customization each ``Pod`` resource during render and reconcile each StatefulSet.spec resource described in ``chi.spec.configuration.clusters``.
        :param replica_service_template: optional, template name from chi.spec.templates.serviceTemplates, allows customization for each ``Service`` resource which will created by ``clickhouse-operator`` which cover each replica inside each shard inside each clickhouse cluster described in ``chi.spec.configuration.clusters``.
        :param service_template: optional, template name from chi.spec.templates.serviceTemplates. used for customization of the ``Service`` resource, created by ``clickhouse-operator`` to cover all clusters in whole ``chi`` resource.
        :param service_templates: optional, template names from chi.spec.templates.serviceTemplates. used for customization of the ``Service`` resources, created by ``clickhouse-operator`` to cover all clusters in whole ``chi`` resource.
        :param shard_service_template: optional, template name from chi.spec.templates.serviceTemplates, allows customization for each ``Service`` resource which will created by ``clickhouse-operator`` which cover each shard inside clickhouse cluster described in ``chi.spec.configuration.clusters``.
        :param volume_claim_template: optional, alias for dataVolumeClaimTemplate, template name from chi.spec.templates.volumeClaimTemplates, allows customization each ``PVC`` which will mount for clickhouse data directory in each ``Pod`` during render and reconcile every StatefulSet.spec resource described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutShardsTemplates
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0ff0261fae6e296657a44d0e94e9f94b6c7eeb82f99718769d8f1ec58fc59d8c)
            check_type(argname="argument cluster_service_template", value=cluster_service_template, expected_type=type_hints["cluster_service_template"])
            check_type(argname="argument data_volume_claim_template", value=data_volume_claim_template, expected_type=type_hints["data_volume_claim_template"])
            check_type(argname="argument host_template", value=host_template, expected_type=type_hints["host_template"])
            check_type(argname="argument log_volume_claim_template", value=log_volume_claim_template, expected_type=type_hints["log_volume_claim_template"])
            check_type(argname="argument pod_template", value=pod_template, expected_type=type_hints["pod_template"])
            check_type(argname="argument replica_service_template", value=replica_service_template, expected_type=type_hints["replica_service_template"])
            check_type(argname="argument service_template", value=service_template, expected_type=type_hints["service_template"])
            check_type(argname="argument service_templates", value=service_templates, expected_type=type_hints["service_templates"])
            check_type(argname="argument shard_service_template", value=shard_service_template, expected_type=type_hints["shard_service_template"])
            check_type(argname="argument volume_claim_template", value=volume_claim_template, expected_type=type_hints["volume_claim_template"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cluster_service_template is not None:
            self._values["cluster_service_template"] = cluster_service_template
        if data_volume_claim_template is not None:
            self._values["data_volume_claim_template"] = data_volume_claim_template
        if host_template is not None:
            self._values["host_template"] = host_template
        if log_volume_claim_template is not None:
            self._values["log_volume_claim_template"] = log_volume_claim_template
        if pod_template is not None:
            self._values["pod_template"] = pod_template
        if replica_service_template is not None:
            self._values["replica_service_template"] = replica_service_template
        if service_template is not None:
            self._values["service_template"] = service_template
        if service_templates is not None:
            self._values["service_templates"] = service_templates
        if shard_service_template is not None:
            self._values["shard_service_template"] = shard_service_template
        if volume_claim_template is not None:
            self._values["volume_claim_template"] = volume_claim_template

    @builtins.property
    def cluster_service_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.serviceTemplates, allows customization for each ``Service`` resource which will created by ``clickhouse-operator`` which cover each clickhouse cluster described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutShardsTemplates#clusterServiceTemplate
        '''
        result = self._values.get("cluster_service_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def data_volume_claim_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.volumeClaimTemplates, allows customization each ``PVC`` which will mount for clickhouse data directory in each ``Pod`` during render and reconcile every StatefulSet.spec resource described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutShardsTemplates#dataVolumeClaimTemplate
        '''
        result = self._values.get("data_volume_claim_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def host_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.hostTemplates, which will apply to configure every ``clickhouse-server`` instance during render ConfigMap resources which will mount into ``Pod``.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutShardsTemplates#hostTemplate
        '''
        result = self._values.get("host_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def log_volume_claim_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.volumeClaimTemplates, allows customization each ``PVC`` which will mount for clickhouse log directory in each ``Pod`` during render and reconcile every StatefulSet.spec resource described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutShardsTemplates#logVolumeClaimTemplate
        '''
        result = self._values.get("log_volume_claim_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def pod_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.podTemplates, allows customization each ``Pod`` resource during render and reconcile each StatefulSet.spec resource described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutShardsTemplates#podTemplate
        '''
        result = self._values.get("pod_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def replica_service_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.serviceTemplates, allows customization for each ``Service`` resource which will created by ``clickhouse-operator`` which cover each replica inside each shard inside each clickhouse cluster described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutShardsTemplates#replicaServiceTemplate
        '''
        result = self._values.get("replica_service_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def service_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.serviceTemplates. used for customization of the ``Service`` resource, created by ``clickhouse-operator`` to cover all clusters in whole ``chi`` resource.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutShardsTemplates#serviceTemplate
        '''
        result = self._values.get("service_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def service_templates(self) -> typing.Optional[typing.List[builtins.str]]:
        '''optional, template names from chi.spec.templates.serviceTemplates. used for customization of the ``Service`` resources, created by ``clickhouse-operator`` to cover all clusters in whole ``chi`` resource.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutShardsTemplates#serviceTemplates
        '''
        result = self._values.get("service_templates")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def shard_service_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.serviceTemplates, allows customization for each ``Service`` resource which will created by ``clickhouse-operator`` which cover each shard inside clickhouse cluster described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutShardsTemplates#shardServiceTemplate
        '''
        result = self._values.get("shard_service_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def volume_claim_template(self) -> typing.Optional[builtins.str]:
        '''optional, alias for dataVolumeClaimTemplate, template name from chi.spec.templates.volumeClaimTemplates, allows customization each ``PVC`` which will mount for clickhouse data directory in each ``Pod`` during render and reconcile every StatefulSet.spec resource described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseInstallationSpecConfigurationClustersLayoutShardsTemplates#volumeClaimTemplate
        '''
        result = self._values.get("volume_claim_template")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecConfigurationClustersLayoutShardsTemplates(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecConfigurationClustersPdbManaged"
)
class ClickHouseInstallationSpecConfigurationClustersPdbManaged(enum.Enum):
    '''Specifies whether the Pod Disruption Budget (PDB) should be managed.

    During the next installation, if PDB management is enabled, the operator will
    attempt to retrieve any existing PDB. If none is found, it will create a new one
    and initiate a reconciliation loop. If PDB management is disabled, the existing PDB
    will remain intact, and the reconciliation loop will not be executed. By default,
    PDB management is enabled.

    :schema: ClickHouseInstallationSpecConfigurationClustersPdbManaged
    '''

    VALUE_0 = "VALUE_0"
    '''0.'''
    VALUE_1 = "VALUE_1"
    '''1.'''
    FALSE = "FALSE"
    '''False.'''
    TRUE = "TRUE"
    '''True.'''
    NO = "NO"
    '''No.'''
    YES = "YES"
    '''Yes.'''
    OFF = "OFF"
    '''Off.'''
    ON = "ON"
    '''On.'''
    DISABLE = "DISABLE"
    '''Disable.'''
    ENABLE = "ENABLE"
    '''Enable.'''
    DISABLED = "DISABLED"
    '''Disabled.'''
    ENABLED = "ENABLED"
    '''Enabled.'''


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecConfigurationClustersReconcile",
    jsii_struct_bases=[],
    name_mapping={"host": "host", "runtime": "runtime"},
)
class ClickHouseInstallationSpecConfigurationClustersReconcile:
    def __init__(
        self,
        *,
        host: typing.Optional[typing.Union["ClickHouseInstallationSpecConfigurationClustersReconcileHost", typing.Dict[builtins.str, typing.Any]]] = None,
        runtime: typing.Optional[typing.Union["ClickHouseInstallationSpecConfigurationClustersReconcileRuntime", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''allow tuning reconciling process.

        :param host: Whether the operator during reconcile procedure should wait for a ClickHouse host: - to be excluded from a ClickHouse cluster - to complete all running queries - to be included into a ClickHouse cluster respectfully before moving forward.
        :param runtime: runtime parameters for clickhouse-operator process which are used during reconcile cycle.

        :schema: ClickHouseInstallationSpecConfigurationClustersReconcile
        '''
        if isinstance(host, dict):
            host = ClickHouseInstallationSpecConfigurationClustersReconcileHost(**host)
        if isinstance(runtime, dict):
            runtime = ClickHouseInstallationSpecConfigurationClustersReconcileRuntime(**runtime)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fd37b371e66c41237c64d434a9f1213007097889b7b89d5206719b235fd51cff)
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
            check_type(argname="argument runtime", value=runtime, expected_type=type_hints["runtime"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if host is not None:
            self._values["host"] = host
        if runtime is not None:
            self._values["runtime"] = runtime

    @builtins.property
    def host(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecConfigurationClustersReconcileHost"]:
        '''Whether the operator during reconcile procedure should wait for a ClickHouse host: - to be excluded from a ClickHouse cluster - to complete all running queries - to be included into a ClickHouse cluster respectfully before moving forward.

        :schema: ClickHouseInstallationSpecConfigurationClustersReconcile#host
        '''
        result = self._values.get("host")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecConfigurationClustersReconcileHost"], result)

    @builtins.property
    def runtime(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecConfigurationClustersReconcileRuntime"]:
        '''runtime parameters for clickhouse-operator process which are used during reconcile cycle.

        :schema: ClickHouseInstallationSpecConfigurationClustersReconcile#runtime
        '''
        result = self._values.get("runtime")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecConfigurationClustersReconcileRuntime"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecConfigurationClustersReconcile(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecConfigurationClustersReconcileHost",
    jsii_struct_bases=[],
    name_mapping={"drop": "drop", "wait": "wait"},
)
class ClickHouseInstallationSpecConfigurationClustersReconcileHost:
    def __init__(
        self,
        *,
        drop: typing.Optional[typing.Union["ClickHouseInstallationSpecConfigurationClustersReconcileHostDrop", typing.Dict[builtins.str, typing.Any]]] = None,
        wait: typing.Optional[typing.Union["ClickHouseInstallationSpecConfigurationClustersReconcileHostWait", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Whether the operator during reconcile procedure should wait for a ClickHouse host: - to be excluded from a ClickHouse cluster - to complete all running queries - to be included into a ClickHouse cluster respectfully before moving forward.

        :param drop: 
        :param wait: 

        :schema: ClickHouseInstallationSpecConfigurationClustersReconcileHost
        '''
        if isinstance(drop, dict):
            drop = ClickHouseInstallationSpecConfigurationClustersReconcileHostDrop(**drop)
        if isinstance(wait, dict):
            wait = ClickHouseInstallationSpecConfigurationClustersReconcileHostWait(**wait)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ea39b647a6d317a6c58f7c8b6a307a66f175e74141f47d8a525cb09149ddadc4)
            check_type(argname="argument drop", value=drop, expected_type=type_hints["drop"])
            check_type(argname="argument wait", value=wait, expected_type=type_hints["wait"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if drop is not None:
            self._values["drop"] = drop
        if wait is not None:
            self._values["wait"] = wait

    @builtins.property
    def drop(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecConfigurationClustersReconcileHostDrop"]:
        '''
        :schema: ClickHouseInstallationSpecConfigurationClustersReconcileHost#drop
        '''
        result = self._values.get("drop")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecConfigurationClustersReconcileHostDrop"], result)

    @builtins.property
    def wait(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecConfigurationClustersReconcileHostWait"]:
        '''
        :schema: ClickHouseInstallationSpecConfigurationClustersReconcileHost#wait
        '''
        result = self._values.get("wait")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecConfigurationClustersReconcileHostWait"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecConfigurationClustersReconcileHost(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecConfigurationClustersReconcileHostDrop",
    jsii_struct_bases=[],
    name_mapping={"replicas": "replicas"},
)
class ClickHouseInstallationSpecConfigurationClustersReconcileHostDrop:
    def __init__(
        self,
        *,
        replicas: typing.Optional[typing.Union["ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicas", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param replicas: Whether the operator during reconcile procedure should drop replicas when replica is deleted or recreated.

        :schema: ClickHouseInstallationSpecConfigurationClustersReconcileHostDrop
        '''
        if isinstance(replicas, dict):
            replicas = ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicas(**replicas)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1a7249791cfaca13939cba234c8b20987abf1cc70a29d9b9408a0d59d8fe1124)
            check_type(argname="argument replicas", value=replicas, expected_type=type_hints["replicas"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if replicas is not None:
            self._values["replicas"] = replicas

    @builtins.property
    def replicas(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicas"]:
        '''Whether the operator during reconcile procedure should drop replicas when replica is deleted or recreated.

        :schema: ClickHouseInstallationSpecConfigurationClustersReconcileHostDrop#replicas
        '''
        result = self._values.get("replicas")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicas"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecConfigurationClustersReconcileHostDrop(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicas",
    jsii_struct_bases=[],
    name_mapping={
        "active": "active",
        "on_delete": "onDelete",
        "on_lost_volume": "onLostVolume",
    },
)
class ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicas:
    def __init__(
        self,
        *,
        active: typing.Optional["ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasActive"] = None,
        on_delete: typing.Optional["ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasOnDelete"] = None,
        on_lost_volume: typing.Optional["ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasOnLostVolume"] = None,
    ) -> None:
        '''Whether the operator during reconcile procedure should drop replicas when replica is deleted or recreated.

        :param active: Whether the operator during reconcile procedure should drop active replicas when replica is deleted or recreated.
        :param on_delete: Whether the operator during reconcile procedure should drop replicas when replica is deleted.
        :param on_lost_volume: Whether the operator during reconcile procedure should drop replicas when replica volume is lost.

        :schema: ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicas
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__07144abc9053e4f1647681262830cc7168bda49d893ebe2c423c12a0debee10c)
            check_type(argname="argument active", value=active, expected_type=type_hints["active"])
            check_type(argname="argument on_delete", value=on_delete, expected_type=type_hints["on_delete"])
            check_type(argname="argument on_lost_volume", value=on_lost_volume, expected_type=type_hints["on_lost_volume"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if active is not None:
            self._values["active"] = active
        if on_delete is not None:
            self._values["on_delete"] = on_delete
        if on_lost_volume is not None:
            self._values["on_lost_volume"] = on_lost_volume

    @builtins.property
    def active(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasActive"]:
        '''Whether the operator during reconcile procedure should drop active replicas when replica is deleted or recreated.

        :schema: ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicas#active
        '''
        result = self._values.get("active")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasActive"], result)

    @builtins.property
    def on_delete(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasOnDelete"]:
        '''Whether the operator during reconcile procedure should drop replicas when replica is deleted.

        :schema: ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicas#onDelete
        '''
        result = self._values.get("on_delete")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasOnDelete"], result)

    @builtins.property
    def on_lost_volume(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasOnLostVolume"]:
        '''Whether the operator during reconcile procedure should drop replicas when replica volume is lost.

        :schema: ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicas#onLostVolume
        '''
        result = self._values.get("on_lost_volume")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasOnLostVolume"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicas(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasActive"
)
class ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasActive(
    enum.Enum,
):
    '''Whether the operator during reconcile procedure should drop active replicas when replica is deleted or recreated.

    :schema: ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasActive
    '''

    VALUE_0 = "VALUE_0"
    '''0.'''
    VALUE_1 = "VALUE_1"
    '''1.'''
    FALSE = "FALSE"
    '''False.'''
    TRUE = "TRUE"
    '''True.'''
    NO = "NO"
    '''No.'''
    YES = "YES"
    '''Yes.'''
    OFF = "OFF"
    '''Off.'''
    ON = "ON"
    '''On.'''
    DISABLE = "DISABLE"
    '''Disable.'''
    ENABLE = "ENABLE"
    '''Enable.'''
    DISABLED = "DISABLED"
    '''Disabled.'''
    ENABLED = "ENABLED"
    '''Enabled.'''


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasOnDelete"
)
class ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasOnDelete(
    enum.Enum,
):
    '''Whether the operator during reconcile procedure should drop replicas when replica is deleted.

    :schema: ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasOnDelete
    '''

    VALUE_0 = "VALUE_0"
    '''0.'''
    VALUE_1 = "VALUE_1"
    '''1.'''
    FALSE = "FALSE"
    '''False.'''
    TRUE = "TRUE"
    '''True.'''
    NO = "NO"
    '''No.'''
    YES = "YES"
    '''Yes.'''
    OFF = "OFF"
    '''Off.'''
    ON = "ON"
    '''On.'''
    DISABLE = "DISABLE"
    '''Disable.'''
    ENABLE = "ENABLE"
    '''Enable.'''
    DISABLED = "DISABLED"
    '''Disabled.'''
    ENABLED = "ENABLED"
    '''Enabled.'''


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasOnLostVolume"
)
class ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasOnLostVolume(
    enum.Enum,
):
    '''Whether the operator during reconcile procedure should drop replicas when replica volume is lost.

    :schema: ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasOnLostVolume
    '''

    VALUE_0 = "VALUE_0"
    '''0.'''
    VALUE_1 = "VALUE_1"
    '''1.'''
    FALSE = "FALSE"
    '''False.'''
    TRUE = "TRUE"
    '''True.'''
    NO = "NO"
    '''No.'''
    YES = "YES"
    '''Yes.'''
    OFF = "OFF"
    '''Off.'''
    ON = "ON"
    '''On.'''
    DISABLE = "DISABLE"
    '''Disable.'''
    ENABLE = "ENABLE"
    '''Enable.'''
    DISABLED = "DISABLED"
    '''Disabled.'''
    ENABLED = "ENABLED"
    '''Enabled.'''


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecConfigurationClustersReconcileHostWait",
    jsii_struct_bases=[],
    name_mapping={
        "exclude": "exclude",
        "include": "include",
        "probes": "probes",
        "queries": "queries",
        "replicas": "replicas",
    },
)
class ClickHouseInstallationSpecConfigurationClustersReconcileHostWait:
    def __init__(
        self,
        *,
        exclude: typing.Optional["ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitExclude"] = None,
        include: typing.Optional["ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitInclude"] = None,
        probes: typing.Optional[typing.Union["ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbes", typing.Dict[builtins.str, typing.Any]]] = None,
        queries: typing.Optional["ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitQueries"] = None,
        replicas: typing.Optional[typing.Union["ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicas", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param exclude: Allows to stop all ClickHouse clusters defined in a CHI. Works as the following: - When ``stop`` is ``1`` operator sets ``Replicas: 0`` in each StatefulSet. Thie leads to having all ``Pods`` and ``Service`` deleted. All PVCs are kept intact. - When ``stop`` is ``0`` operator sets ``Replicas: 1`` and ``Pod``s and ``Service``s will created again and all retained PVCs will be attached to ``Pod``s.
        :param include: Whether the operator during reconcile procedure should wait for a ClickHouse host to be included into a ClickHouse cluster.
        :param probes: What probes the operator should wait during host launch procedure.
        :param queries: Whether the operator during reconcile procedure should wait for a ClickHouse host to complete all running queries.
        :param replicas: Whether the operator during reconcile procedure should wait for replicas to catch-up.

        :schema: ClickHouseInstallationSpecConfigurationClustersReconcileHostWait
        '''
        if isinstance(probes, dict):
            probes = ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbes(**probes)
        if isinstance(replicas, dict):
            replicas = ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicas(**replicas)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4756d81716d49f90f77f7f3bec59f61aecbaeca00d6737f6f53d6da18a6ebf9d)
            check_type(argname="argument exclude", value=exclude, expected_type=type_hints["exclude"])
            check_type(argname="argument include", value=include, expected_type=type_hints["include"])
            check_type(argname="argument probes", value=probes, expected_type=type_hints["probes"])
            check_type(argname="argument queries", value=queries, expected_type=type_hints["queries"])
            check_type(argname="argument replicas", value=replicas, expected_type=type_hints["replicas"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exclude is not None:
            self._values["exclude"] = exclude
        if include is not None:
            self._values["include"] = include
        if probes is not None:
            self._values["probes"] = probes
        if queries is not None:
            self._values["queries"] = queries
        if replicas is not None:
            self._values["replicas"] = replicas

    @builtins.property
    def exclude(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitExclude"]:
        '''Allows to stop all ClickHouse clusters defined in a CHI.

        Works as the following:

        - When ``stop`` is ``1`` operator sets ``Replicas: 0`` in each StatefulSet. Thie leads to having all ``Pods`` and ``Service`` deleted. All PVCs are kept intact.
        - When ``stop`` is ``0`` operator sets ``Replicas: 1`` and ``Pod``s and ``Service``s will created again and all retained PVCs will be attached to ``Pod``s.

        :schema: ClickHouseInstallationSpecConfigurationClustersReconcileHostWait#exclude
        '''
        result = self._values.get("exclude")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitExclude"], result)

    @builtins.property
    def include(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitInclude"]:
        '''Whether the operator during reconcile procedure should wait for a ClickHouse host to be included into a ClickHouse cluster.

        :schema: ClickHouseInstallationSpecConfigurationClustersReconcileHostWait#include
        '''
        result = self._values.get("include")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitInclude"], result)

    @builtins.property
    def probes(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbes"]:
        '''What probes the operator should wait during host launch procedure.

        :schema: ClickHouseInstallationSpecConfigurationClustersReconcileHostWait#probes
        '''
        result = self._values.get("probes")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbes"], result)

    @builtins.property
    def queries(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitQueries"]:
        '''Whether the operator during reconcile procedure should wait for a ClickHouse host to complete all running queries.

        :schema: ClickHouseInstallationSpecConfigurationClustersReconcileHostWait#queries
        '''
        result = self._values.get("queries")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitQueries"], result)

    @builtins.property
    def replicas(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicas"]:
        '''Whether the operator during reconcile procedure should wait for replicas to catch-up.

        :schema: ClickHouseInstallationSpecConfigurationClustersReconcileHostWait#replicas
        '''
        result = self._values.get("replicas")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicas"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecConfigurationClustersReconcileHostWait(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitExclude"
)
class ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitExclude(
    enum.Enum,
):
    '''Allows to stop all ClickHouse clusters defined in a CHI.

    Works as the following:

    - When ``stop`` is ``1`` operator sets ``Replicas: 0`` in each StatefulSet. Thie leads to having all ``Pods`` and ``Service`` deleted. All PVCs are kept intact.
    - When ``stop`` is ``0`` operator sets ``Replicas: 1`` and ``Pod``s and ``Service``s will created again and all retained PVCs will be attached to ``Pod``s.

    :schema: ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitExclude
    '''

    VALUE_0 = "VALUE_0"
    '''0.'''
    VALUE_1 = "VALUE_1"
    '''1.'''
    FALSE = "FALSE"
    '''False.'''
    TRUE = "TRUE"
    '''True.'''
    NO = "NO"
    '''No.'''
    YES = "YES"
    '''Yes.'''
    OFF = "OFF"
    '''Off.'''
    ON = "ON"
    '''On.'''
    DISABLE = "DISABLE"
    '''Disable.'''
    ENABLE = "ENABLE"
    '''Enable.'''
    DISABLED = "DISABLED"
    '''Disabled.'''
    ENABLED = "ENABLED"
    '''Enabled.'''


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitInclude"
)
class ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitInclude(
    enum.Enum,
):
    '''Whether the operator during reconcile procedure should wait for a ClickHouse host to be included into a ClickHouse cluster.

    :schema: ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitInclude
    '''

    VALUE_0 = "VALUE_0"
    '''0.'''
    VALUE_1 = "VALUE_1"
    '''1.'''
    FALSE = "FALSE"
    '''False.'''
    TRUE = "TRUE"
    '''True.'''
    NO = "NO"
    '''No.'''
    YES = "YES"
    '''Yes.'''
    OFF = "OFF"
    '''Off.'''
    ON = "ON"
    '''On.'''
    DISABLE = "DISABLE"
    '''Disable.'''
    ENABLE = "ENABLE"
    '''Enable.'''
    DISABLED = "DISABLED"
    '''Disabled.'''
    ENABLED = "ENABLED"
    '''Enabled.'''


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbes",
    jsii_struct_bases=[],
    name_mapping={"readiness": "readiness", "startup": "startup"},
)
class ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbes:
    def __init__(
        self,
        *,
        readiness: typing.Optional["ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbesReadiness"] = None,
        startup: typing.Optional["ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbesStartup"] = None,
    ) -> None:
        '''What probes the operator should wait during host launch procedure.

        :param readiness: Whether the operator during host launch procedure should wait for ready probe to succeed. In case probe is unspecified wait is assumed to be completed successfully. Default option value is to wait.
        :param startup: Whether the operator during host launch procedure should wait for startup probe to succeed. In case probe is unspecified wait is assumed to be completed successfully. Default option value is to do not wait.

        :schema: ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbes
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__52cc4a2add4fcc22b8c84b9de4a6b6c560fb76cd63db4e266e5ab60c3fa22ec0)
            check_type(argname="argument readiness", value=readiness, expected_type=type_hints["readiness"])
            check_type(argname="argument startup", value=startup, expected_type=type_hints["startup"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if readiness is not None:
            self._values["readiness"] = readiness
        if startup is not None:
            self._values["startup"] = startup

    @builtins.property
    def readiness(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbesReadiness"]:
        '''Whether the operator during host launch procedure should wait for ready probe to succeed.

        In case probe is unspecified wait is assumed to be completed successfully.
        Default option value is to wait.

        :schema: ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbes#readiness
        '''
        result = self._values.get("readiness")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbesReadiness"], result)

    @builtins.property
    def startup(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbesStartup"]:
        '''Whether the operator during host launch procedure should wait for startup probe to succeed.

        In case probe is unspecified wait is assumed to be completed successfully.
        Default option value is to do not wait.

        :schema: ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbes#startup
        '''
        result = self._values.get("startup")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbesStartup"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbes(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbesReadiness"
)
class ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbesReadiness(
    enum.Enum,
):
    '''Whether the operator during host launch procedure should wait for ready probe to succeed.

    In case probe is unspecified wait is assumed to be completed successfully.
    Default option value is to wait.

    :schema: ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbesReadiness
    '''

    VALUE_0 = "VALUE_0"
    '''0.'''
    VALUE_1 = "VALUE_1"
    '''1.'''
    FALSE = "FALSE"
    '''False.'''
    TRUE = "TRUE"
    '''True.'''
    NO = "NO"
    '''No.'''
    YES = "YES"
    '''Yes.'''
    OFF = "OFF"
    '''Off.'''
    ON = "ON"
    '''On.'''
    DISABLE = "DISABLE"
    '''Disable.'''
    ENABLE = "ENABLE"
    '''Enable.'''
    DISABLED = "DISABLED"
    '''Disabled.'''
    ENABLED = "ENABLED"
    '''Enabled.'''


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbesStartup"
)
class ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbesStartup(
    enum.Enum,
):
    '''Whether the operator during host launch procedure should wait for startup probe to succeed.

    In case probe is unspecified wait is assumed to be completed successfully.
    Default option value is to do not wait.

    :schema: ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbesStartup
    '''

    VALUE_0 = "VALUE_0"
    '''0.'''
    VALUE_1 = "VALUE_1"
    '''1.'''
    FALSE = "FALSE"
    '''False.'''
    TRUE = "TRUE"
    '''True.'''
    NO = "NO"
    '''No.'''
    YES = "YES"
    '''Yes.'''
    OFF = "OFF"
    '''Off.'''
    ON = "ON"
    '''On.'''
    DISABLE = "DISABLE"
    '''Disable.'''
    ENABLE = "ENABLE"
    '''Enable.'''
    DISABLED = "DISABLED"
    '''Disabled.'''
    ENABLED = "ENABLED"
    '''Enabled.'''


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitQueries"
)
class ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitQueries(
    enum.Enum,
):
    '''Whether the operator during reconcile procedure should wait for a ClickHouse host to complete all running queries.

    :schema: ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitQueries
    '''

    VALUE_0 = "VALUE_0"
    '''0.'''
    VALUE_1 = "VALUE_1"
    '''1.'''
    FALSE = "FALSE"
    '''False.'''
    TRUE = "TRUE"
    '''True.'''
    NO = "NO"
    '''No.'''
    YES = "YES"
    '''Yes.'''
    OFF = "OFF"
    '''Off.'''
    ON = "ON"
    '''On.'''
    DISABLE = "DISABLE"
    '''Disable.'''
    ENABLE = "ENABLE"
    '''Enable.'''
    DISABLED = "DISABLED"
    '''Disabled.'''
    ENABLED = "ENABLED"
    '''Enabled.'''


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicas",
    jsii_struct_bases=[],
    name_mapping={"all": "all", "delay": "delay", "new": "new"},
)
class ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicas:
    def __init__(
        self,
        *,
        all: typing.Optional["ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicasAll"] = None,
        delay: typing.Optional[jsii.Number] = None,
        new: typing.Optional["ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicasNew"] = None,
    ) -> None:
        '''Whether the operator during reconcile procedure should wait for replicas to catch-up.

        :param all: Whether the operator during reconcile procedure should wait for all replicas to catch-up.
        :param delay: replication max absolute delay to consider replica is not delayed.
        :param new: Whether the operator during reconcile procedure should wait for new replicas to catch-up.

        :schema: ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicas
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__27e5fac87bc62e98d14e4c130920dcc2ca18cf9c2f99c89b1b84eacb2a704af7)
            check_type(argname="argument all", value=all, expected_type=type_hints["all"])
            check_type(argname="argument delay", value=delay, expected_type=type_hints["delay"])
            check_type(argname="argument new", value=new, expected_type=type_hints["new"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if all is not None:
            self._values["all"] = all
        if delay is not None:
            self._values["delay"] = delay
        if new is not None:
            self._values["new"] = new

    @builtins.property
    def all(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicasAll"]:
        '''Whether the operator during reconcile procedure should wait for all replicas to catch-up.

        :schema: ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicas#all
        '''
        result = self._values.get("all")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicasAll"], result)

    @builtins.property
    def delay(self) -> typing.Optional[jsii.Number]:
        '''replication max absolute delay to consider replica is not delayed.

        :schema: ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicas#delay
        '''
        result = self._values.get("delay")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def new(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicasNew"]:
        '''Whether the operator during reconcile procedure should wait for new replicas to catch-up.

        :schema: ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicas#new
        '''
        result = self._values.get("new")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicasNew"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicas(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicasAll"
)
class ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicasAll(
    enum.Enum,
):
    '''Whether the operator during reconcile procedure should wait for all replicas to catch-up.

    :schema: ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicasAll
    '''

    VALUE_0 = "VALUE_0"
    '''0.'''
    VALUE_1 = "VALUE_1"
    '''1.'''
    FALSE = "FALSE"
    '''False.'''
    TRUE = "TRUE"
    '''True.'''
    NO = "NO"
    '''No.'''
    YES = "YES"
    '''Yes.'''
    OFF = "OFF"
    '''Off.'''
    ON = "ON"
    '''On.'''
    DISABLE = "DISABLE"
    '''Disable.'''
    ENABLE = "ENABLE"
    '''Enable.'''
    DISABLED = "DISABLED"
    '''Disabled.'''
    ENABLED = "ENABLED"
    '''Enabled.'''


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicasNew"
)
class ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicasNew(
    enum.Enum,
):
    '''Whether the operator during reconcile procedure should wait for new replicas to catch-up.

    :schema: ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicasNew
    '''

    VALUE_0 = "VALUE_0"
    '''0.'''
    VALUE_1 = "VALUE_1"
    '''1.'''
    FALSE = "FALSE"
    '''False.'''
    TRUE = "TRUE"
    '''True.'''
    NO = "NO"
    '''No.'''
    YES = "YES"
    '''Yes.'''
    OFF = "OFF"
    '''Off.'''
    ON = "ON"
    '''On.'''
    DISABLE = "DISABLE"
    '''Disable.'''
    ENABLE = "ENABLE"
    '''Enable.'''
    DISABLED = "DISABLED"
    '''Disabled.'''
    ENABLED = "ENABLED"
    '''Enabled.'''


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecConfigurationClustersReconcileRuntime",
    jsii_struct_bases=[],
    name_mapping={
        "reconcile_shards_max_concurrency_percent": "reconcileShardsMaxConcurrencyPercent",
        "reconcile_shards_threads_number": "reconcileShardsThreadsNumber",
    },
)
class ClickHouseInstallationSpecConfigurationClustersReconcileRuntime:
    def __init__(
        self,
        *,
        reconcile_shards_max_concurrency_percent: typing.Optional[jsii.Number] = None,
        reconcile_shards_threads_number: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''runtime parameters for clickhouse-operator process which are used during reconcile cycle.

        :param reconcile_shards_max_concurrency_percent: The maximum percentage of cluster shards that may be reconciled in parallel, 50 percent by default.
        :param reconcile_shards_threads_number: The maximum number of cluster shards that may be reconciled in parallel, 1 by default.

        :schema: ClickHouseInstallationSpecConfigurationClustersReconcileRuntime
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3b4f5690e25f51f92d129c7984a19523c81a76bd537b429dc1dfde225b1e1fa9)
            check_type(argname="argument reconcile_shards_max_concurrency_percent", value=reconcile_shards_max_concurrency_percent, expected_type=type_hints["reconcile_shards_max_concurrency_percent"])
            check_type(argname="argument reconcile_shards_threads_number", value=reconcile_shards_threads_number, expected_type=type_hints["reconcile_shards_threads_number"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if reconcile_shards_max_concurrency_percent is not None:
            self._values["reconcile_shards_max_concurrency_percent"] = reconcile_shards_max_concurrency_percent
        if reconcile_shards_threads_number is not None:
            self._values["reconcile_shards_threads_number"] = reconcile_shards_threads_number

    @builtins.property
    def reconcile_shards_max_concurrency_percent(self) -> typing.Optional[jsii.Number]:
        '''The maximum percentage of cluster shards that may be reconciled in parallel, 50 percent by default.

        :schema: ClickHouseInstallationSpecConfigurationClustersReconcileRuntime#reconcileShardsMaxConcurrencyPercent
        '''
        result = self._values.get("reconcile_shards_max_concurrency_percent")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def reconcile_shards_threads_number(self) -> typing.Optional[jsii.Number]:
        '''The maximum number of cluster shards that may be reconciled in parallel, 1 by default.

        :schema: ClickHouseInstallationSpecConfigurationClustersReconcileRuntime#reconcileShardsThreadsNumber
        '''
        result = self._values.get("reconcile_shards_threads_number")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecConfigurationClustersReconcileRuntime(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecConfigurationClustersSchemaPolicy",
    jsii_struct_bases=[],
    name_mapping={"replica": "replica", "shard": "shard"},
)
class ClickHouseInstallationSpecConfigurationClustersSchemaPolicy:
    def __init__(
        self,
        *,
        replica: typing.Optional["ClickHouseInstallationSpecConfigurationClustersSchemaPolicyReplica"] = None,
        shard: typing.Optional["ClickHouseInstallationSpecConfigurationClustersSchemaPolicyShard"] = None,
    ) -> None:
        '''describes how schema is propagated within replicas and shards.

        :param replica: how schema is propagated within a replica.
        :param shard: how schema is propagated between shards.

        :schema: ClickHouseInstallationSpecConfigurationClustersSchemaPolicy
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fe3368b7a940e1496f3d8b275ac3962897769efff4fae56e0b798e00048fcfc8)
            check_type(argname="argument replica", value=replica, expected_type=type_hints["replica"])
            check_type(argname="argument shard", value=shard, expected_type=type_hints["shard"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if replica is not None:
            self._values["replica"] = replica
        if shard is not None:
            self._values["shard"] = shard

    @builtins.property
    def replica(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecConfigurationClustersSchemaPolicyReplica"]:
        '''how schema is propagated within a replica.

        :schema: ClickHouseInstallationSpecConfigurationClustersSchemaPolicy#replica
        '''
        result = self._values.get("replica")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecConfigurationClustersSchemaPolicyReplica"], result)

    @builtins.property
    def shard(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecConfigurationClustersSchemaPolicyShard"]:
        '''how schema is propagated between shards.

        :schema: ClickHouseInstallationSpecConfigurationClustersSchemaPolicy#shard
        '''
        result = self._values.get("shard")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecConfigurationClustersSchemaPolicyShard"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecConfigurationClustersSchemaPolicy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecConfigurationClustersSchemaPolicyReplica"
)
class ClickHouseInstallationSpecConfigurationClustersSchemaPolicyReplica(enum.Enum):
    '''how schema is propagated within a replica.

    :schema: ClickHouseInstallationSpecConfigurationClustersSchemaPolicyReplica
    '''

    NONE = "NONE"
    '''None.'''
    ALL = "ALL"
    '''All.'''


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecConfigurationClustersSchemaPolicyShard"
)
class ClickHouseInstallationSpecConfigurationClustersSchemaPolicyShard(enum.Enum):
    '''how schema is propagated between shards.

    :schema: ClickHouseInstallationSpecConfigurationClustersSchemaPolicyShard
    '''

    NONE = "NONE"
    '''None.'''
    ALL = "ALL"
    '''All.'''
    DISTRIBUTED_TABLES_ONLY = "DISTRIBUTED_TABLES_ONLY"
    '''DistributedTablesOnly.'''


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecConfigurationClustersSecret",
    jsii_struct_bases=[],
    name_mapping={"auto": "auto", "value": "value", "value_from": "valueFrom"},
)
class ClickHouseInstallationSpecConfigurationClustersSecret:
    def __init__(
        self,
        *,
        auto: typing.Optional["ClickHouseInstallationSpecConfigurationClustersSecretAuto"] = None,
        value: typing.Optional[builtins.str] = None,
        value_from: typing.Optional[typing.Union["ClickHouseInstallationSpecConfigurationClustersSecretValueFrom", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''optional, shared secret value to secure cluster communications.

        :param auto: Auto-generate shared secret value to secure cluster communications.
        :param value: Cluster shared secret value in plain text.
        :param value_from: Cluster shared secret source.

        :schema: ClickHouseInstallationSpecConfigurationClustersSecret
        '''
        if isinstance(value_from, dict):
            value_from = ClickHouseInstallationSpecConfigurationClustersSecretValueFrom(**value_from)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2eba8db66b6658511c8bedc05f8de97764d4fcf3a46ea6e38f8b8199057d87f3)
            check_type(argname="argument auto", value=auto, expected_type=type_hints["auto"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
            check_type(argname="argument value_from", value=value_from, expected_type=type_hints["value_from"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if auto is not None:
            self._values["auto"] = auto
        if value is not None:
            self._values["value"] = value
        if value_from is not None:
            self._values["value_from"] = value_from

    @builtins.property
    def auto(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecConfigurationClustersSecretAuto"]:
        '''Auto-generate shared secret value to secure cluster communications.

        :schema: ClickHouseInstallationSpecConfigurationClustersSecret#auto
        '''
        result = self._values.get("auto")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecConfigurationClustersSecretAuto"], result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''Cluster shared secret value in plain text.

        :schema: ClickHouseInstallationSpecConfigurationClustersSecret#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value_from(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecConfigurationClustersSecretValueFrom"]:
        '''Cluster shared secret source.

        :schema: ClickHouseInstallationSpecConfigurationClustersSecret#valueFrom
        '''
        result = self._values.get("value_from")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecConfigurationClustersSecretValueFrom"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecConfigurationClustersSecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecConfigurationClustersSecretAuto"
)
class ClickHouseInstallationSpecConfigurationClustersSecretAuto(enum.Enum):
    '''Auto-generate shared secret value to secure cluster communications.

    :schema: ClickHouseInstallationSpecConfigurationClustersSecretAuto
    '''

    VALUE_0 = "VALUE_0"
    '''0.'''
    VALUE_1 = "VALUE_1"
    '''1.'''
    FALSE = "FALSE"
    '''False.'''
    TRUE = "TRUE"
    '''True.'''
    NO = "NO"
    '''No.'''
    YES = "YES"
    '''Yes.'''
    OFF = "OFF"
    '''Off.'''
    ON = "ON"
    '''On.'''
    DISABLE = "DISABLE"
    '''Disable.'''
    ENABLE = "ENABLE"
    '''Enable.'''
    DISABLED = "DISABLED"
    '''Disabled.'''
    ENABLED = "ENABLED"
    '''Enabled.'''


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecConfigurationClustersSecretValueFrom",
    jsii_struct_bases=[],
    name_mapping={"secret_key_ref": "secretKeyRef"},
)
class ClickHouseInstallationSpecConfigurationClustersSecretValueFrom:
    def __init__(
        self,
        *,
        secret_key_ref: typing.Optional[typing.Union["ClickHouseInstallationSpecConfigurationClustersSecretValueFromSecretKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Cluster shared secret source.

        :param secret_key_ref: Selects a key of a secret in the clickhouse installation namespace. Should not be used if value is not empty.

        :schema: ClickHouseInstallationSpecConfigurationClustersSecretValueFrom
        '''
        if isinstance(secret_key_ref, dict):
            secret_key_ref = ClickHouseInstallationSpecConfigurationClustersSecretValueFromSecretKeyRef(**secret_key_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__97ea30f6b6e3f96b4513e4543555cefeaa7b863a7572c4525b74f188c8ea32f7)
            check_type(argname="argument secret_key_ref", value=secret_key_ref, expected_type=type_hints["secret_key_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if secret_key_ref is not None:
            self._values["secret_key_ref"] = secret_key_ref

    @builtins.property
    def secret_key_ref(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecConfigurationClustersSecretValueFromSecretKeyRef"]:
        '''Selects a key of a secret in the clickhouse installation namespace.

        Should not be used if value is not empty.

        :schema: ClickHouseInstallationSpecConfigurationClustersSecretValueFrom#secretKeyRef
        '''
        result = self._values.get("secret_key_ref")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecConfigurationClustersSecretValueFromSecretKeyRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecConfigurationClustersSecretValueFrom(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecConfigurationClustersSecretValueFromSecretKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class ClickHouseInstallationSpecConfigurationClustersSecretValueFromSecretKeyRef:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: builtins.str,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''Selects a key of a secret in the clickhouse installation namespace.

        Should not be used if value is not empty.

        :param key: The key of the secret to select from. Must be a valid secret key.
        :param name: Name of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
        :param optional: Specify whether the Secret or its key must be defined.

        :schema: ClickHouseInstallationSpecConfigurationClustersSecretValueFromSecretKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e885f5f618c86c9e1148107c6ca56cfa10fcad2aef1e27468b277e78a47169a6)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "name": name,
        }
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def key(self) -> builtins.str:
        '''The key of the secret to select from.

        Must be a valid secret key.

        :schema: ClickHouseInstallationSpecConfigurationClustersSecretValueFromSecretKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the referent.

        More info:
        https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names

        :schema: ClickHouseInstallationSpecConfigurationClustersSecretValueFromSecretKeyRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''Specify whether the Secret or its key must be defined.

        :schema: ClickHouseInstallationSpecConfigurationClustersSecretValueFromSecretKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecConfigurationClustersSecretValueFromSecretKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecConfigurationClustersSecure"
)
class ClickHouseInstallationSpecConfigurationClustersSecure(enum.Enum):
    '''optional, open secure ports for cluster.

    :schema: ClickHouseInstallationSpecConfigurationClustersSecure
    '''

    VALUE_0 = "VALUE_0"
    '''0.'''
    VALUE_1 = "VALUE_1"
    '''1.'''
    FALSE = "FALSE"
    '''False.'''
    TRUE = "TRUE"
    '''True.'''
    NO = "NO"
    '''No.'''
    YES = "YES"
    '''Yes.'''
    OFF = "OFF"
    '''Off.'''
    ON = "ON"
    '''On.'''
    DISABLE = "DISABLE"
    '''Disable.'''
    ENABLE = "ENABLE"
    '''Enable.'''
    DISABLED = "DISABLED"
    '''Disabled.'''
    ENABLED = "ENABLED"
    '''Enabled.'''


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecConfigurationClustersTemplates",
    jsii_struct_bases=[],
    name_mapping={
        "cluster_service_template": "clusterServiceTemplate",
        "data_volume_claim_template": "dataVolumeClaimTemplate",
        "host_template": "hostTemplate",
        "log_volume_claim_template": "logVolumeClaimTemplate",
        "pod_template": "podTemplate",
        "replica_service_template": "replicaServiceTemplate",
        "service_template": "serviceTemplate",
        "service_templates": "serviceTemplates",
        "shard_service_template": "shardServiceTemplate",
        "volume_claim_template": "volumeClaimTemplate",
    },
)
class ClickHouseInstallationSpecConfigurationClustersTemplates:
    def __init__(
        self,
        *,
        cluster_service_template: typing.Optional[builtins.str] = None,
        data_volume_claim_template: typing.Optional[builtins.str] = None,
        host_template: typing.Optional[builtins.str] = None,
        log_volume_claim_template: typing.Optional[builtins.str] = None,
        pod_template: typing.Optional[builtins.str] = None,
        replica_service_template: typing.Optional[builtins.str] = None,
        service_template: typing.Optional[builtins.str] = None,
        service_templates: typing.Optional[typing.Sequence[builtins.str]] = None,
        shard_service_template: typing.Optional[builtins.str] = None,
        volume_claim_template: typing.Optional[builtins.str] = None,
    ) -> None:
        '''optional, configuration of the templates names which will use for generate Kubernetes resources according to selected cluster override top-level ``chi.spec.configuration.templates``.

        :param cluster_service_template: optional, template name from chi.spec.templates.serviceTemplates, allows customization for each ``Service`` resource which will created by ``clickhouse-operator`` which cover each clickhouse cluster described in ``chi.spec.configuration.clusters``.
        :param data_volume_claim_template: optional, template name from chi.spec.templates.volumeClaimTemplates, allows customization each ``PVC`` which will mount for clickhouse data directory in each ``Pod`` during render and reconcile every StatefulSet.spec resource described in ``chi.spec.configuration.clusters``.
        :param host_template: optional, template name from chi.spec.templates.hostTemplates, which will apply to configure every ``clickhouse-server`` instance during render ConfigMap resources which will mount into ``Pod``.
        :param log_volume_claim_template: optional, template name from chi.spec.templates.volumeClaimTemplates, allows customization each ``PVC`` which will mount for clickhouse log directory in each ``Pod`` during render and reconcile every StatefulSet.spec resource described in ``chi.spec.configuration.clusters``.
        :param pod_template: optional, template name from chi.spec.templates.podTemplates, allows customization each ``Pod`` resource during render and reconcile each StatefulSet.spec resource described in ``chi.spec.configuration.clusters``.
        :param replica_service_template: optional, template name from chi.spec.templates.serviceTemplates, allows customization for each ``Service`` resource which will created by ``clickhouse-operator`` which cover each replica inside each shard inside each clickhouse cluster described in ``chi.spec.configuration.clusters``.
        :param service_template: optional, template name from chi.spec.templates.serviceTemplates. used for customization of the ``Service`` resource, created by ``clickhouse-operator`` to cover all clusters in whole ``chi`` resource.
        :param service_templates: optional, template names from chi.spec.templates.serviceTemplates. used for customization of the ``Service`` resources, created by ``clickhouse-operator`` to cover all clusters in whole ``chi`` resource.
        :param shard_service_template: optional, template name from chi.spec.templates.serviceTemplates, allows customization for each ``Service`` resource which will created by ``clickhouse-operator`` which cover each shard inside clickhouse cluster described in ``chi.spec.configuration.clusters``.
        :param volume_claim_template: optional, alias for dataVolumeClaimTemplate, template name from chi.spec.templates.volumeClaimTemplates, allows customization each ``PVC`` which will mount for clickhouse data directory in each ``Pod`` during render and reconcile every StatefulSet.spec resource described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseInstallationSpecConfigurationClustersTemplates
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7ba4113240bd357f9742fe606bc82b59ad0d4008b47813ea81daac8d6623d343)
            check_type(argname="argument cluster_service_template", value=cluster_service_template, expected_type=type_hints["cluster_service_template"])
            check_type(argname="argument data_volume_claim_template", value=data_volume_claim_template, expected_type=type_hints["data_volume_claim_template"])
            check_type(argname="argument host_template", value=host_template, expected_type=type_hints["host_template"])
            check_type(argname="argument log_volume_claim_template", value=log_volume_claim_template, expected_type=type_hints["log_volume_claim_template"])
            check_type(argname="argument pod_template", value=pod_template, expected_type=type_hints["pod_template"])
            check_type(argname="argument replica_service_template", value=replica_service_template, expected_type=type_hints["replica_service_template"])
            check_type(argname="argument service_template", value=service_template, expected_type=type_hints["service_template"])
            check_type(argname="argument service_templates", value=service_templates, expected_type=type_hints["service_templates"])
            check_type(argname="argument shard_service_template", value=shard_service_template, expected_type=type_hints["shard_service_template"])
            check_type(argname="argument volume_claim_template", value=volume_claim_template, expected_type=type_hints["volume_claim_template"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cluster_service_template is not None:
            self._values["cluster_service_template"] = cluster_service_template
        if data_volume_claim_template is not None:
            self._values["data_volume_claim_template"] = data_volume_claim_template
        if host_template is not None:
            self._values["host_template"] = host_template
        if log_volume_claim_template is not None:
            self._values["log_volume_claim_template"] = log_volume_claim_template
        if pod_template is not None:
            self._values["pod_template"] = pod_template
        if replica_service_template is not None:
            self._values["replica_service_template"] = replica_service_template
        if service_template is not None:
            self._values["service_template"] = service_template
        if service_templates is not None:
            self._values["service_templates"] = service_templates
        if shard_service_template is not None:
            self._values["shard_service_template"] = shard_service_template
        if volume_claim_template is not None:
            self._values["volume_claim_template"] = volume_claim_template

    @builtins.property
    def cluster_service_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.serviceTemplates, allows customization for each ``Service`` resource which will created by ``clickhouse-operator`` which cover each clickhouse cluster described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseInstallationSpecConfigurationClustersTemplates#clusterServiceTemplate
        '''
        result = self._values.get("cluster_service_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def data_volume_claim_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.volumeClaimTemplates, allows customization each ``PVC`` which will mount for clickhouse data directory in each ``Pod`` during render and reconcile every StatefulSet.spec resource described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseInstallationSpecConfigurationClustersTemplates#dataVolumeClaimTemplate
        '''
        result = self._values.get("data_volume_claim_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def host_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.hostTemplates, which will apply to configure every ``clickhouse-server`` instance during render ConfigMap resources which will mount into ``Pod``.

        :schema: ClickHouseInstallationSpecConfigurationClustersTemplates#hostTemplate
        '''
        result = self._values.get("host_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def log_volume_claim_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.volumeClaimTemplates, allows customization each ``PVC`` which will mount for clickhouse log directory in each ``Pod`` during render and reconcile every StatefulSet.spec resource described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseInstallationSpecConfigurationClustersTemplates#logVolumeClaimTemplate
        '''
        result = self._values.get("log_volume_claim_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def pod_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.podTemplates, allows customization each ``Pod`` resource during render and reconcile each StatefulSet.spec resource described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseInstallationSpecConfigurationClustersTemplates#podTemplate
        '''
        result = self._values.get("pod_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def replica_service_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.serviceTemplates, allows customization for each ``Service`` resource which will created by ``clickhouse-operator`` which cover each replica inside each shard inside each clickhouse cluster described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseInstallationSpecConfigurationClustersTemplates#replicaServiceTemplate
        '''
        result = self._values.get("replica_service_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def service_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.serviceTemplates. used for customization of the ``Service`` resource, created by ``clickhouse-operator`` to cover all clusters in whole ``chi`` resource.

        :schema: ClickHouseInstallationSpecConfigurationClustersTemplates#serviceTemplate
        '''
        result = self._values.get("service_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def service_templates(self) -> typing.Optional[typing.List[builtins.str]]:
        '''optional, template names from chi.spec.templates.serviceTemplates. used for customization of the ``Service`` resources, created by ``clickhouse-operator`` to cover all clusters in whole ``chi`` resource.

        :schema: ClickHouseInstallationSpecConfigurationClustersTemplates#serviceTemplates
        '''
        result = self._values.get("service_templates")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def shard_service_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.serviceTemplates, allows customization for each ``Service`` resource which will created by ``clickhouse-operator`` which cover each shard inside clickhouse cluster described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseInstallationSpecConfigurationClustersTemplates#shardServiceTemplate
        '''
        result = self._values.get("shard_service_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def volume_claim_template(self) -> typing.Optional[builtins.str]:
        '''optional, alias for dataVolumeClaimTemplate, template name from chi.spec.templates.volumeClaimTemplates, allows customization each ``PVC`` which will mount for clickhouse data directory in each ``Pod`` during render and reconcile every StatefulSet.spec resource described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseInstallationSpecConfigurationClustersTemplates#volumeClaimTemplate
        '''
        result = self._values.get("volume_claim_template")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecConfigurationClustersTemplates(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecConfigurationClustersZookeeper",
    jsii_struct_bases=[],
    name_mapping={
        "identity": "identity",
        "nodes": "nodes",
        "operation_timeout_ms": "operationTimeoutMs",
        "root": "root",
        "session_timeout_ms": "sessionTimeoutMs",
        "use_compression": "useCompression",
    },
)
class ClickHouseInstallationSpecConfigurationClustersZookeeper:
    def __init__(
        self,
        *,
        identity: typing.Optional[builtins.str] = None,
        nodes: typing.Optional[typing.Sequence[typing.Union["ClickHouseInstallationSpecConfigurationClustersZookeeperNodes", typing.Dict[builtins.str, typing.Any]]]] = None,
        operation_timeout_ms: typing.Optional[jsii.Number] = None,
        root: typing.Optional[builtins.str] = None,
        session_timeout_ms: typing.Optional[jsii.Number] = None,
        use_compression: typing.Optional["ClickHouseInstallationSpecConfigurationClustersZookeeperUseCompression"] = None,
    ) -> None:
        '''optional, allows configure .. section in each ``Pod`` only in current ClickHouse cluster, during generate ``ConfigMap`` which will mounted in ``/etc/clickhouse-server/config.d/`` override top-level ``chi.spec.configuration.zookeeper`` settings.

        :param identity: optional access credentials string with ``user:password`` format used when use digest authorization in Zookeeper.
        :param nodes: describe every available zookeeper cluster node for interaction.
        :param operation_timeout_ms: one operation timeout during Zookeeper transactions.
        :param root: optional root znode path inside zookeeper to store ClickHouse related data (replication queue or distributed DDL).
        :param session_timeout_ms: session timeout during connect to Zookeeper.
        :param use_compression: Enables compression in Keeper protocol if set to true.

        :schema: ClickHouseInstallationSpecConfigurationClustersZookeeper
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__98a6c620d1d0543a1d6182d799836891e58838aba6e07625119fb4137a3494a4)
            check_type(argname="argument identity", value=identity, expected_type=type_hints["identity"])
            check_type(argname="argument nodes", value=nodes, expected_type=type_hints["nodes"])
            check_type(argname="argument operation_timeout_ms", value=operation_timeout_ms, expected_type=type_hints["operation_timeout_ms"])
            check_type(argname="argument root", value=root, expected_type=type_hints["root"])
            check_type(argname="argument session_timeout_ms", value=session_timeout_ms, expected_type=type_hints["session_timeout_ms"])
            check_type(argname="argument use_compression", value=use_compression, expected_type=type_hints["use_compression"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if identity is not None:
            self._values["identity"] = identity
        if nodes is not None:
            self._values["nodes"] = nodes
        if operation_timeout_ms is not None:
            self._values["operation_timeout_ms"] = operation_timeout_ms
        if root is not None:
            self._values["root"] = root
        if session_timeout_ms is not None:
            self._values["session_timeout_ms"] = session_timeout_ms
        if use_compression is not None:
            self._values["use_compression"] = use_compression

    @builtins.property
    def identity(self) -> typing.Optional[builtins.str]:
        '''optional access credentials string with ``user:password`` format used when use digest authorization in Zookeeper.

        :schema: ClickHouseInstallationSpecConfigurationClustersZookeeper#identity
        '''
        result = self._values.get("identity")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def nodes(
        self,
    ) -> typing.Optional[typing.List["ClickHouseInstallationSpecConfigurationClustersZookeeperNodes"]]:
        '''describe every available zookeeper cluster node for interaction.

        :schema: ClickHouseInstallationSpecConfigurationClustersZookeeper#nodes
        '''
        result = self._values.get("nodes")
        return typing.cast(typing.Optional[typing.List["ClickHouseInstallationSpecConfigurationClustersZookeeperNodes"]], result)

    @builtins.property
    def operation_timeout_ms(self) -> typing.Optional[jsii.Number]:
        '''one operation timeout during Zookeeper transactions.

        :schema: ClickHouseInstallationSpecConfigurationClustersZookeeper#operation_timeout_ms
        '''
        result = self._values.get("operation_timeout_ms")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def root(self) -> typing.Optional[builtins.str]:
        '''optional root znode path inside zookeeper to store ClickHouse related data (replication queue or distributed DDL).

        :schema: ClickHouseInstallationSpecConfigurationClustersZookeeper#root
        '''
        result = self._values.get("root")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def session_timeout_ms(self) -> typing.Optional[jsii.Number]:
        '''session timeout during connect to Zookeeper.

        :schema: ClickHouseInstallationSpecConfigurationClustersZookeeper#session_timeout_ms
        '''
        result = self._values.get("session_timeout_ms")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def use_compression(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecConfigurationClustersZookeeperUseCompression"]:
        '''Enables compression in Keeper protocol if set to true.

        :schema: ClickHouseInstallationSpecConfigurationClustersZookeeper#use_compression
        '''
        result = self._values.get("use_compression")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecConfigurationClustersZookeeperUseCompression"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecConfigurationClustersZookeeper(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecConfigurationClustersZookeeperNodes",
    jsii_struct_bases=[],
    name_mapping={
        "availability_zone": "availabilityZone",
        "host": "host",
        "port": "port",
        "secure": "secure",
    },
)
class ClickHouseInstallationSpecConfigurationClustersZookeeperNodes:
    def __init__(
        self,
        *,
        availability_zone: typing.Optional[builtins.str] = None,
        host: typing.Optional[builtins.str] = None,
        port: typing.Optional[jsii.Number] = None,
        secure: typing.Optional["ClickHouseInstallationSpecConfigurationClustersZookeeperNodesSecure"] = None,
    ) -> None:
        '''
        :param availability_zone: availability zone for Zookeeper node.
        :param host: dns name or ip address for Zookeeper node.
        :param port: TCP port which used to connect to Zookeeper node.
        :param secure: if a secure connection to Zookeeper is required.

        :schema: ClickHouseInstallationSpecConfigurationClustersZookeeperNodes
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b90b0a7aadb431d7c749b56e7c2fcbdeda855367e75a618e9d4645bd34489e0f)
            check_type(argname="argument availability_zone", value=availability_zone, expected_type=type_hints["availability_zone"])
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument secure", value=secure, expected_type=type_hints["secure"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if availability_zone is not None:
            self._values["availability_zone"] = availability_zone
        if host is not None:
            self._values["host"] = host
        if port is not None:
            self._values["port"] = port
        if secure is not None:
            self._values["secure"] = secure

    @builtins.property
    def availability_zone(self) -> typing.Optional[builtins.str]:
        '''availability zone for Zookeeper node.

        :schema: ClickHouseInstallationSpecConfigurationClustersZookeeperNodes#availabilityZone
        '''
        result = self._values.get("availability_zone")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def host(self) -> typing.Optional[builtins.str]:
        '''dns name or ip address for Zookeeper node.

        :schema: ClickHouseInstallationSpecConfigurationClustersZookeeperNodes#host
        '''
        result = self._values.get("host")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''TCP port which used to connect to Zookeeper node.

        :schema: ClickHouseInstallationSpecConfigurationClustersZookeeperNodes#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def secure(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecConfigurationClustersZookeeperNodesSecure"]:
        '''if a secure connection to Zookeeper is required.

        :schema: ClickHouseInstallationSpecConfigurationClustersZookeeperNodes#secure
        '''
        result = self._values.get("secure")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecConfigurationClustersZookeeperNodesSecure"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecConfigurationClustersZookeeperNodes(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecConfigurationClustersZookeeperNodesSecure"
)
class ClickHouseInstallationSpecConfigurationClustersZookeeperNodesSecure(enum.Enum):
    '''if a secure connection to Zookeeper is required.

    :schema: ClickHouseInstallationSpecConfigurationClustersZookeeperNodesSecure
    '''

    VALUE_0 = "VALUE_0"
    '''0.'''
    VALUE_1 = "VALUE_1"
    '''1.'''
    FALSE = "FALSE"
    '''False.'''
    TRUE = "TRUE"
    '''True.'''
    NO = "NO"
    '''No.'''
    YES = "YES"
    '''Yes.'''
    OFF = "OFF"
    '''Off.'''
    ON = "ON"
    '''On.'''
    DISABLE = "DISABLE"
    '''Disable.'''
    ENABLE = "ENABLE"
    '''Enable.'''
    DISABLED = "DISABLED"
    '''Disabled.'''
    ENABLED = "ENABLED"
    '''Enabled.'''


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecConfigurationClustersZookeeperUseCompression"
)
class ClickHouseInstallationSpecConfigurationClustersZookeeperUseCompression(enum.Enum):
    '''Enables compression in Keeper protocol if set to true.

    :schema: ClickHouseInstallationSpecConfigurationClustersZookeeperUseCompression
    '''

    VALUE_0 = "VALUE_0"
    '''0.'''
    VALUE_1 = "VALUE_1"
    '''1.'''
    FALSE = "FALSE"
    '''False.'''
    TRUE = "TRUE"
    '''True.'''
    NO = "NO"
    '''No.'''
    YES = "YES"
    '''Yes.'''
    OFF = "OFF"
    '''Off.'''
    ON = "ON"
    '''On.'''
    DISABLE = "DISABLE"
    '''Disable.'''
    ENABLE = "ENABLE"
    '''Enable.'''
    DISABLED = "DISABLED"
    '''Disabled.'''
    ENABLED = "ENABLED"
    '''Enabled.'''


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecConfigurationZookeeper",
    jsii_struct_bases=[],
    name_mapping={
        "identity": "identity",
        "nodes": "nodes",
        "operation_timeout_ms": "operationTimeoutMs",
        "root": "root",
        "session_timeout_ms": "sessionTimeoutMs",
        "use_compression": "useCompression",
    },
)
class ClickHouseInstallationSpecConfigurationZookeeper:
    def __init__(
        self,
        *,
        identity: typing.Optional[builtins.str] = None,
        nodes: typing.Optional[typing.Sequence[typing.Union["ClickHouseInstallationSpecConfigurationZookeeperNodes", typing.Dict[builtins.str, typing.Any]]]] = None,
        operation_timeout_ms: typing.Optional[jsii.Number] = None,
        root: typing.Optional[builtins.str] = None,
        session_timeout_ms: typing.Optional[jsii.Number] = None,
        use_compression: typing.Optional["ClickHouseInstallationSpecConfigurationZookeeperUseCompression"] = None,
    ) -> None:
        '''allows configure .. section in each ``Pod`` during generate ``ConfigMap`` which will mounted in ``/etc/clickhouse-server/config.d/`` ``clickhouse-operator`` itself doesn't manage Zookeeper, please install Zookeeper separatelly look examples on https://github.com/Altinity/clickhouse-operator/tree/master/deploy/zookeeper/ currently, zookeeper (or clickhouse-keeper replacement) used for *ReplicatedMergeTree table engines and for ``distributed_ddl`` More details: https://clickhouse.tech/docs/en/operations/server-configuration-parameters/settings/#server-settings_zookeeper.

        :param identity: optional access credentials string with ``user:password`` format used when use digest authorization in Zookeeper.
        :param nodes: describe every available zookeeper cluster node for interaction.
        :param operation_timeout_ms: one operation timeout during Zookeeper transactions.
        :param root: optional root znode path inside zookeeper to store ClickHouse related data (replication queue or distributed DDL).
        :param session_timeout_ms: session timeout during connect to Zookeeper.
        :param use_compression: Enables compression in Keeper protocol if set to true.

        :schema: ClickHouseInstallationSpecConfigurationZookeeper
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4b314c89455495a3f38f950486912d1a654e59a186a7bf4bd2d134a480d617c2)
            check_type(argname="argument identity", value=identity, expected_type=type_hints["identity"])
            check_type(argname="argument nodes", value=nodes, expected_type=type_hints["nodes"])
            check_type(argname="argument operation_timeout_ms", value=operation_timeout_ms, expected_type=type_hints["operation_timeout_ms"])
            check_type(argname="argument root", value=root, expected_type=type_hints["root"])
            check_type(argname="argument session_timeout_ms", value=session_timeout_ms, expected_type=type_hints["session_timeout_ms"])
            check_type(argname="argument use_compression", value=use_compression, expected_type=type_hints["use_compression"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if identity is not None:
            self._values["identity"] = identity
        if nodes is not None:
            self._values["nodes"] = nodes
        if operation_timeout_ms is not None:
            self._values["operation_timeout_ms"] = operation_timeout_ms
        if root is not None:
            self._values["root"] = root
        if session_timeout_ms is not None:
            self._values["session_timeout_ms"] = session_timeout_ms
        if use_compression is not None:
            self._values["use_compression"] = use_compression

    @builtins.property
    def identity(self) -> typing.Optional[builtins.str]:
        '''optional access credentials string with ``user:password`` format used when use digest authorization in Zookeeper.

        :schema: ClickHouseInstallationSpecConfigurationZookeeper#identity
        '''
        result = self._values.get("identity")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def nodes(
        self,
    ) -> typing.Optional[typing.List["ClickHouseInstallationSpecConfigurationZookeeperNodes"]]:
        '''describe every available zookeeper cluster node for interaction.

        :schema: ClickHouseInstallationSpecConfigurationZookeeper#nodes
        '''
        result = self._values.get("nodes")
        return typing.cast(typing.Optional[typing.List["ClickHouseInstallationSpecConfigurationZookeeperNodes"]], result)

    @builtins.property
    def operation_timeout_ms(self) -> typing.Optional[jsii.Number]:
        '''one operation timeout during Zookeeper transactions.

        :schema: ClickHouseInstallationSpecConfigurationZookeeper#operation_timeout_ms
        '''
        result = self._values.get("operation_timeout_ms")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def root(self) -> typing.Optional[builtins.str]:
        '''optional root znode path inside zookeeper to store ClickHouse related data (replication queue or distributed DDL).

        :schema: ClickHouseInstallationSpecConfigurationZookeeper#root
        '''
        result = self._values.get("root")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def session_timeout_ms(self) -> typing.Optional[jsii.Number]:
        '''session timeout during connect to Zookeeper.

        :schema: ClickHouseInstallationSpecConfigurationZookeeper#session_timeout_ms
        '''
        result = self._values.get("session_timeout_ms")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def use_compression(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecConfigurationZookeeperUseCompression"]:
        '''Enables compression in Keeper protocol if set to true.

        :schema: ClickHouseInstallationSpecConfigurationZookeeper#use_compression
        '''
        result = self._values.get("use_compression")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecConfigurationZookeeperUseCompression"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecConfigurationZookeeper(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecConfigurationZookeeperNodes",
    jsii_struct_bases=[],
    name_mapping={
        "availability_zone": "availabilityZone",
        "host": "host",
        "port": "port",
        "secure": "secure",
    },
)
class ClickHouseInstallationSpecConfigurationZookeeperNodes:
    def __init__(
        self,
        *,
        availability_zone: typing.Optional[builtins.str] = None,
        host: typing.Optional[builtins.str] = None,
        port: typing.Optional[jsii.Number] = None,
        secure: typing.Optional["ClickHouseInstallationSpecConfigurationZookeeperNodesSecure"] = None,
    ) -> None:
        '''
        :param availability_zone: availability zone for Zookeeper node.
        :param host: dns name or ip address for Zookeeper node.
        :param port: TCP port which used to connect to Zookeeper node.
        :param secure: if a secure connection to Zookeeper is required.

        :schema: ClickHouseInstallationSpecConfigurationZookeeperNodes
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6effee6c1a1f9f5e47510960ec3c73bea662af49d1efded6258f03ddb57cf12b)
            check_type(argname="argument availability_zone", value=availability_zone, expected_type=type_hints["availability_zone"])
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument secure", value=secure, expected_type=type_hints["secure"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if availability_zone is not None:
            self._values["availability_zone"] = availability_zone
        if host is not None:
            self._values["host"] = host
        if port is not None:
            self._values["port"] = port
        if secure is not None:
            self._values["secure"] = secure

    @builtins.property
    def availability_zone(self) -> typing.Optional[builtins.str]:
        '''availability zone for Zookeeper node.

        :schema: ClickHouseInstallationSpecConfigurationZookeeperNodes#availabilityZone
        '''
        result = self._values.get("availability_zone")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def host(self) -> typing.Optional[builtins.str]:
        '''dns name or ip address for Zookeeper node.

        :schema: ClickHouseInstallationSpecConfigurationZookeeperNodes#host
        '''
        result = self._values.get("host")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''TCP port which used to connect to Zookeeper node.

        :schema: ClickHouseInstallationSpecConfigurationZookeeperNodes#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def secure(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecConfigurationZookeeperNodesSecure"]:
        '''if a secure connection to Zookeeper is required.

        :schema: ClickHouseInstallationSpecConfigurationZookeeperNodes#secure
        '''
        result = self._values.get("secure")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecConfigurationZookeeperNodesSecure"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecConfigurationZookeeperNodes(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecConfigurationZookeeperNodesSecure"
)
class ClickHouseInstallationSpecConfigurationZookeeperNodesSecure(enum.Enum):
    '''if a secure connection to Zookeeper is required.

    :schema: ClickHouseInstallationSpecConfigurationZookeeperNodesSecure
    '''

    VALUE_0 = "VALUE_0"
    '''0.'''
    VALUE_1 = "VALUE_1"
    '''1.'''
    FALSE = "FALSE"
    '''False.'''
    TRUE = "TRUE"
    '''True.'''
    NO = "NO"
    '''No.'''
    YES = "YES"
    '''Yes.'''
    OFF = "OFF"
    '''Off.'''
    ON = "ON"
    '''On.'''
    DISABLE = "DISABLE"
    '''Disable.'''
    ENABLE = "ENABLE"
    '''Enable.'''
    DISABLED = "DISABLED"
    '''Disabled.'''
    ENABLED = "ENABLED"
    '''Enabled.'''


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecConfigurationZookeeperUseCompression"
)
class ClickHouseInstallationSpecConfigurationZookeeperUseCompression(enum.Enum):
    '''Enables compression in Keeper protocol if set to true.

    :schema: ClickHouseInstallationSpecConfigurationZookeeperUseCompression
    '''

    VALUE_0 = "VALUE_0"
    '''0.'''
    VALUE_1 = "VALUE_1"
    '''1.'''
    FALSE = "FALSE"
    '''False.'''
    TRUE = "TRUE"
    '''True.'''
    NO = "NO"
    '''No.'''
    YES = "YES"
    '''Yes.'''
    OFF = "OFF"
    '''Off.'''
    ON = "ON"
    '''On.'''
    DISABLE = "DISABLE"
    '''Disable.'''
    ENABLE = "ENABLE"
    '''Enable.'''
    DISABLED = "DISABLED"
    '''Disabled.'''
    ENABLED = "ENABLED"
    '''Enabled.'''


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecDefaults",
    jsii_struct_bases=[],
    name_mapping={
        "distributed_ddl": "distributedDdl",
        "replicas_use_fqdn": "replicasUseFqdn",
        "storage_management": "storageManagement",
        "templates": "templates",
    },
)
class ClickHouseInstallationSpecDefaults:
    def __init__(
        self,
        *,
        distributed_ddl: typing.Optional[typing.Union["ClickHouseInstallationSpecDefaultsDistributedDdl", typing.Dict[builtins.str, typing.Any]]] = None,
        replicas_use_fqdn: typing.Optional["ClickHouseInstallationSpecDefaultsReplicasUseFqdn"] = None,
        storage_management: typing.Optional[typing.Union["ClickHouseInstallationSpecDefaultsStorageManagement", typing.Dict[builtins.str, typing.Any]]] = None,
        templates: typing.Optional[typing.Union["ClickHouseInstallationSpecDefaultsTemplates", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''define default behavior for whole ClickHouseInstallation, some behavior can be re-define on cluster, shard and replica level More info: https://github.com/Altinity/clickhouse-operator/blob/master/docs/custom_resource_explained.md#specdefaults.

        :param distributed_ddl: allows change ``<yandex><distributed_ddl></distributed_ddl></yandex>`` settings More info: https://clickhouse.tech/docs/en/operations/server-configuration-parameters/settings/#server-settings-distributed_ddl.
        :param replicas_use_fqdn: define should replicas be specified by FQDN in ``<host></host>``. In case of "no" will use short hostname and clickhouse-server will use kubernetes default suffixes for DNS lookup "no" by default
        :param storage_management: default storage management options.
        :param templates: optional, configuration of the templates names which will use for generate Kubernetes resources according to one or more ClickHouse clusters described in current ClickHouseInstallation (chi) resource.

        :schema: ClickHouseInstallationSpecDefaults
        '''
        if isinstance(distributed_ddl, dict):
            distributed_ddl = ClickHouseInstallationSpecDefaultsDistributedDdl(**distributed_ddl)
        if isinstance(storage_management, dict):
            storage_management = ClickHouseInstallationSpecDefaultsStorageManagement(**storage_management)
        if isinstance(templates, dict):
            templates = ClickHouseInstallationSpecDefaultsTemplates(**templates)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ca8152ea16e7de6026e2312d6b35d671326135a4d9a3dd363b7d179812a05e3e)
            check_type(argname="argument distributed_ddl", value=distributed_ddl, expected_type=type_hints["distributed_ddl"])
            check_type(argname="argument replicas_use_fqdn", value=replicas_use_fqdn, expected_type=type_hints["replicas_use_fqdn"])
            check_type(argname="argument storage_management", value=storage_management, expected_type=type_hints["storage_management"])
            check_type(argname="argument templates", value=templates, expected_type=type_hints["templates"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if distributed_ddl is not None:
            self._values["distributed_ddl"] = distributed_ddl
        if replicas_use_fqdn is not None:
            self._values["replicas_use_fqdn"] = replicas_use_fqdn
        if storage_management is not None:
            self._values["storage_management"] = storage_management
        if templates is not None:
            self._values["templates"] = templates

    @builtins.property
    def distributed_ddl(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecDefaultsDistributedDdl"]:
        '''allows change ``<yandex><distributed_ddl></distributed_ddl></yandex>`` settings More info: https://clickhouse.tech/docs/en/operations/server-configuration-parameters/settings/#server-settings-distributed_ddl.

        :schema: ClickHouseInstallationSpecDefaults#distributedDDL
        '''
        result = self._values.get("distributed_ddl")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecDefaultsDistributedDdl"], result)

    @builtins.property
    def replicas_use_fqdn(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecDefaultsReplicasUseFqdn"]:
        '''define should replicas be specified by FQDN in ``<host></host>``.

        In case of "no" will use short hostname and clickhouse-server will use kubernetes default suffixes for DNS lookup
        "no" by default

        :schema: ClickHouseInstallationSpecDefaults#replicasUseFQDN
        '''
        result = self._values.get("replicas_use_fqdn")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecDefaultsReplicasUseFqdn"], result)

    @builtins.property
    def storage_management(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecDefaultsStorageManagement"]:
        '''default storage management options.

        :schema: ClickHouseInstallationSpecDefaults#storageManagement
        '''
        result = self._values.get("storage_management")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecDefaultsStorageManagement"], result)

    @builtins.property
    def templates(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecDefaultsTemplates"]:
        '''optional, configuration of the templates names which will use for generate Kubernetes resources according to one or more ClickHouse clusters described in current ClickHouseInstallation (chi) resource.

        :schema: ClickHouseInstallationSpecDefaults#templates
        '''
        result = self._values.get("templates")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecDefaultsTemplates"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecDefaults(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecDefaultsDistributedDdl",
    jsii_struct_bases=[],
    name_mapping={"profile": "profile"},
)
class ClickHouseInstallationSpecDefaultsDistributedDdl:
    def __init__(self, *, profile: typing.Optional[builtins.str] = None) -> None:
        '''allows change ``<yandex><distributed_ddl></distributed_ddl></yandex>`` settings More info: https://clickhouse.tech/docs/en/operations/server-configuration-parameters/settings/#server-settings-distributed_ddl.

        :param profile: Settings from this profile will be used to execute DDL queries.

        :schema: ClickHouseInstallationSpecDefaultsDistributedDdl
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1e0baa936f763551ac11dbe67c6ae648546d82762550c70b107dd741051e505b)
            check_type(argname="argument profile", value=profile, expected_type=type_hints["profile"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if profile is not None:
            self._values["profile"] = profile

    @builtins.property
    def profile(self) -> typing.Optional[builtins.str]:
        '''Settings from this profile will be used to execute DDL queries.

        :schema: ClickHouseInstallationSpecDefaultsDistributedDdl#profile
        '''
        result = self._values.get("profile")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecDefaultsDistributedDdl(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecDefaultsReplicasUseFqdn"
)
class ClickHouseInstallationSpecDefaultsReplicasUseFqdn(enum.Enum):
    '''define should replicas be specified by FQDN in ``<host></host>``.

    In case of "no" will use short hostname and clickhouse-server will use kubernetes default suffixes for DNS lookup
    "no" by default

    :schema: ClickHouseInstallationSpecDefaultsReplicasUseFqdn
    '''

    VALUE_0 = "VALUE_0"
    '''0.'''
    VALUE_1 = "VALUE_1"
    '''1.'''
    FALSE = "FALSE"
    '''False.'''
    TRUE = "TRUE"
    '''True.'''
    NO = "NO"
    '''No.'''
    YES = "YES"
    '''Yes.'''
    OFF = "OFF"
    '''Off.'''
    ON = "ON"
    '''On.'''
    DISABLE = "DISABLE"
    '''Disable.'''
    ENABLE = "ENABLE"
    '''Enable.'''
    DISABLED = "DISABLED"
    '''Disabled.'''
    ENABLED = "ENABLED"
    '''Enabled.'''


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecDefaultsStorageManagement",
    jsii_struct_bases=[],
    name_mapping={"provisioner": "provisioner", "reclaim_policy": "reclaimPolicy"},
)
class ClickHouseInstallationSpecDefaultsStorageManagement:
    def __init__(
        self,
        *,
        provisioner: typing.Optional["ClickHouseInstallationSpecDefaultsStorageManagementProvisioner"] = None,
        reclaim_policy: typing.Optional["ClickHouseInstallationSpecDefaultsStorageManagementReclaimPolicy"] = None,
    ) -> None:
        '''default storage management options.

        :param provisioner: defines ``PVC`` provisioner - be it StatefulSet or the Operator.
        :param reclaim_policy: defines behavior of ``PVC`` deletion. ``Delete`` by default, if ``Retain`` specified then ``PVC`` will be kept when deleting StatefulSet

        :schema: ClickHouseInstallationSpecDefaultsStorageManagement
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2f9a4a013c3e52f9db11587a503dc9edbcfa84438d29483be93cf74078cfa74f)
            check_type(argname="argument provisioner", value=provisioner, expected_type=type_hints["provisioner"])
            check_type(argname="argument reclaim_policy", value=reclaim_policy, expected_type=type_hints["reclaim_policy"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if provisioner is not None:
            self._values["provisioner"] = provisioner
        if reclaim_policy is not None:
            self._values["reclaim_policy"] = reclaim_policy

    @builtins.property
    def provisioner(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecDefaultsStorageManagementProvisioner"]:
        '''defines ``PVC`` provisioner - be it StatefulSet or the Operator.

        :schema: ClickHouseInstallationSpecDefaultsStorageManagement#provisioner
        '''
        result = self._values.get("provisioner")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecDefaultsStorageManagementProvisioner"], result)

    @builtins.property
    def reclaim_policy(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecDefaultsStorageManagementReclaimPolicy"]:
        '''defines behavior of ``PVC`` deletion.

        ``Delete`` by default, if ``Retain`` specified then ``PVC`` will be kept when deleting StatefulSet

        :schema: ClickHouseInstallationSpecDefaultsStorageManagement#reclaimPolicy
        '''
        result = self._values.get("reclaim_policy")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecDefaultsStorageManagementReclaimPolicy"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecDefaultsStorageManagement(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecDefaultsStorageManagementProvisioner"
)
class ClickHouseInstallationSpecDefaultsStorageManagementProvisioner(enum.Enum):
    '''defines ``PVC`` provisioner - be it StatefulSet or the Operator.

    :schema: ClickHouseInstallationSpecDefaultsStorageManagementProvisioner
    '''

    STATEFUL_SET = "STATEFUL_SET"
    '''StatefulSet.'''
    OPERATOR = "OPERATOR"
    '''Operator.'''


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecDefaultsStorageManagementReclaimPolicy"
)
class ClickHouseInstallationSpecDefaultsStorageManagementReclaimPolicy(enum.Enum):
    '''defines behavior of ``PVC`` deletion.

    ``Delete`` by default, if ``Retain`` specified then ``PVC`` will be kept when deleting StatefulSet

    :schema: ClickHouseInstallationSpecDefaultsStorageManagementReclaimPolicy
    '''

    RETAIN = "RETAIN"
    '''Retain.'''
    DELETE = "DELETE"
    '''Delete.'''


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecDefaultsTemplates",
    jsii_struct_bases=[],
    name_mapping={
        "cluster_service_template": "clusterServiceTemplate",
        "data_volume_claim_template": "dataVolumeClaimTemplate",
        "host_template": "hostTemplate",
        "log_volume_claim_template": "logVolumeClaimTemplate",
        "pod_template": "podTemplate",
        "replica_service_template": "replicaServiceTemplate",
        "service_template": "serviceTemplate",
        "service_templates": "serviceTemplates",
        "shard_service_template": "shardServiceTemplate",
        "volume_claim_template": "volumeClaimTemplate",
    },
)
class ClickHouseInstallationSpecDefaultsTemplates:
    def __init__(
        self,
        *,
        cluster_service_template: typing.Optional[builtins.str] = None,
        data_volume_claim_template: typing.Optional[builtins.str] = None,
        host_template: typing.Optional[builtins.str] = None,
        log_volume_claim_template: typing.Optional[builtins.str] = None,
        pod_template: typing.Optional[builtins.str] = None,
        replica_service_template: typing.Optional[builtins.str] = None,
        service_template: typing.Optional[builtins.str] = None,
        service_templates: typing.Optional[typing.Sequence[builtins.str]] = None,
        shard_service_template: typing.Optional[builtins.str] = None,
        volume_claim_template: typing.Optional[builtins.str] = None,
    ) -> None:
        '''optional, configuration of the templates names which will use for generate Kubernetes resources according to one or more ClickHouse clusters described in current ClickHouseInstallation (chi) resource.

        :param cluster_service_template: optional, template name from chi.spec.templates.serviceTemplates, allows customization for each ``Service`` resource which will created by ``clickhouse-operator`` which cover each clickhouse cluster described in ``chi.spec.configuration.clusters``.
        :param data_volume_claim_template: optional, template name from chi.spec.templates.volumeClaimTemplates, allows customization each ``PVC`` which will mount for clickhouse data directory in each ``Pod`` during render and reconcile every StatefulSet.spec resource described in ``chi.spec.configuration.clusters``.
        :param host_template: optional, template name from chi.spec.templates.hostTemplates, which will apply to configure every ``clickhouse-server`` instance during render ConfigMap resources which will mount into ``Pod``.
        :param log_volume_claim_template: optional, template name from chi.spec.templates.volumeClaimTemplates, allows customization each ``PVC`` which will mount for clickhouse log directory in each ``Pod`` during render and reconcile every StatefulSet.spec resource described in ``chi.spec.configuration.clusters``.
        :param pod_template: optional, template name from chi.spec.templates.podTemplates, allows customization each ``Pod`` resource during render and reconcile each StatefulSet.spec resource described in ``chi.spec.configuration.clusters``.
        :param replica_service_template: optional, template name from chi.spec.templates.serviceTemplates, allows customization for each ``Service`` resource which will created by ``clickhouse-operator`` which cover each replica inside each shard inside each clickhouse cluster described in ``chi.spec.configuration.clusters``.
        :param service_template: optional, template name from chi.spec.templates.serviceTemplates. used for customization of the ``Service`` resource, created by ``clickhouse-operator`` to cover all clusters in whole ``chi`` resource.
        :param service_templates: optional, template names from chi.spec.templates.serviceTemplates. used for customization of the ``Service`` resources, created by ``clickhouse-operator`` to cover all clusters in whole ``chi`` resource.
        :param shard_service_template: optional, template name from chi.spec.templates.serviceTemplates, allows customization for each ``Service`` resource which will created by ``clickhouse-operator`` which cover each shard inside clickhouse cluster described in ``chi.spec.configuration.clusters``.
        :param volume_claim_template: optional, alias for dataVolumeClaimTemplate, template name from chi.spec.templates.volumeClaimTemplates, allows customization each ``PVC`` which will mount for clickhouse data directory in each ``Pod`` during render and reconcile every StatefulSet.spec resource described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseInstallationSpecDefaultsTemplates
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__41e90f098c9cc11e1e15d8d3dde1fcffc9923c3f0c5f110bb49d1a3fa04b4647)
            check_type(argname="argument cluster_service_template", value=cluster_service_template, expected_type=type_hints["cluster_service_template"])
            check_type(argname="argument data_volume_claim_template", value=data_volume_claim_template, expected_type=type_hints["data_volume_claim_template"])
            check_type(argname="argument host_template", value=host_template, expected_type=type_hints["host_template"])
            check_type(argname="argument log_volume_claim_template", value=log_volume_claim_template, expected_type=type_hints["log_volume_claim_template"])
            check_type(argname="argument pod_template", value=pod_template, expected_type=type_hints["pod_template"])
            check_type(argname="argument replica_service_template", value=replica_service_template, expected_type=type_hints["replica_service_template"])
            check_type(argname="argument service_template", value=service_template, expected_type=type_hints["service_template"])
            check_type(argname="argument service_templates", value=service_templates, expected_type=type_hints["service_templates"])
            check_type(argname="argument shard_service_template", value=shard_service_template, expected_type=type_hints["shard_service_template"])
            check_type(argname="argument volume_claim_template", value=volume_claim_template, expected_type=type_hints["volume_claim_template"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cluster_service_template is not None:
            self._values["cluster_service_template"] = cluster_service_template
        if data_volume_claim_template is not None:
            self._values["data_volume_claim_template"] = data_volume_claim_template
        if host_template is not None:
            self._values["host_template"] = host_template
        if log_volume_claim_template is not None:
            self._values["log_volume_claim_template"] = log_volume_claim_template
        if pod_template is not None:
            self._values["pod_template"] = pod_template
        if replica_service_template is not None:
            self._values["replica_service_template"] = replica_service_template
        if service_template is not None:
            self._values["service_template"] = service_template
        if service_templates is not None:
            self._values["service_templates"] = service_templates
        if shard_service_template is not None:
            self._values["shard_service_template"] = shard_service_template
        if volume_claim_template is not None:
            self._values["volume_claim_template"] = volume_claim_template

    @builtins.property
    def cluster_service_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.serviceTemplates, allows customization for each ``Service`` resource which will created by ``clickhouse-operator`` which cover each clickhouse cluster described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseInstallationSpecDefaultsTemplates#clusterServiceTemplate
        '''
        result = self._values.get("cluster_service_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def data_volume_claim_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.volumeClaimTemplates, allows customization each ``PVC`` which will mount for clickhouse data directory in each ``Pod`` during render and reconcile every StatefulSet.spec resource described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseInstallationSpecDefaultsTemplates#dataVolumeClaimTemplate
        '''
        result = self._values.get("data_volume_claim_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def host_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.hostTemplates, which will apply to configure every ``clickhouse-server`` instance during render ConfigMap resources which will mount into ``Pod``.

        :schema: ClickHouseInstallationSpecDefaultsTemplates#hostTemplate
        '''
        result = self._values.get("host_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def log_volume_claim_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.volumeClaimTemplates, allows customization each ``PVC`` which will mount for clickhouse log directory in each ``Pod`` during render and reconcile every StatefulSet.spec resource described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseInstallationSpecDefaultsTemplates#logVolumeClaimTemplate
        '''
        result = self._values.get("log_volume_claim_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def pod_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.podTemplates, allows customization each ``Pod`` resource during render and reconcile each StatefulSet.spec resource described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseInstallationSpecDefaultsTemplates#podTemplate
        '''
        result = self._values.get("pod_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def replica_service_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.serviceTemplates, allows customization for each ``Service`` resource which will created by ``clickhouse-operator`` which cover each replica inside each shard inside each clickhouse cluster described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseInstallationSpecDefaultsTemplates#replicaServiceTemplate
        '''
        result = self._values.get("replica_service_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def service_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.serviceTemplates. used for customization of the ``Service`` resource, created by ``clickhouse-operator`` to cover all clusters in whole ``chi`` resource.

        :schema: ClickHouseInstallationSpecDefaultsTemplates#serviceTemplate
        '''
        result = self._values.get("service_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def service_templates(self) -> typing.Optional[typing.List[builtins.str]]:
        '''optional, template names from chi.spec.templates.serviceTemplates. used for customization of the ``Service`` resources, created by ``clickhouse-operator`` to cover all clusters in whole ``chi`` resource.

        :schema: ClickHouseInstallationSpecDefaultsTemplates#serviceTemplates
        '''
        result = self._values.get("service_templates")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def shard_service_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.serviceTemplates, allows customization for each ``Service`` resource which will created by ``clickhouse-operator`` which cover each shard inside clickhouse cluster described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseInstallationSpecDefaultsTemplates#shardServiceTemplate
        '''
        result = self._values.get("shard_service_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def volume_claim_template(self) -> typing.Optional[builtins.str]:
        '''optional, alias for dataVolumeClaimTemplate, template name from chi.spec.templates.volumeClaimTemplates, allows customization each ``PVC`` which will mount for clickhouse data directory in each ``Pod`` during render and reconcile every StatefulSet.spec resource described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseInstallationSpecDefaultsTemplates#volumeClaimTemplate
        '''
        result = self._values.get("volume_claim_template")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecDefaultsTemplates(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcile",
    jsii_struct_bases=[],
    name_mapping={
        "cleanup": "cleanup",
        "config_map_propagation_timeout": "configMapPropagationTimeout",
        "host": "host",
        "macros": "macros",
        "policy": "policy",
        "runtime": "runtime",
    },
)
class ClickHouseInstallationSpecReconcile:
    def __init__(
        self,
        *,
        cleanup: typing.Optional[typing.Union["ClickHouseInstallationSpecReconcileCleanup", typing.Dict[builtins.str, typing.Any]]] = None,
        config_map_propagation_timeout: typing.Optional[jsii.Number] = None,
        host: typing.Optional[typing.Union["ClickHouseInstallationSpecReconcileHost", typing.Dict[builtins.str, typing.Any]]] = None,
        macros: typing.Optional[typing.Union["ClickHouseInstallationSpecReconcileMacros", typing.Dict[builtins.str, typing.Any]]] = None,
        policy: typing.Optional["ClickHouseInstallationSpecReconcilePolicy"] = None,
        runtime: typing.Optional[typing.Union["ClickHouseInstallationSpecReconcileRuntime", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Optional, allows tuning reconciling cycle for ClickhouseInstallation from clickhouse-operator side.

        :param cleanup: Optional, defines behavior for cleanup Kubernetes resources during reconcile cycle.
        :param config_map_propagation_timeout: Timeout in seconds for ``clickhouse-operator`` to wait for modified ``ConfigMap`` to propagate into the ``Pod`` More details: https://kubernetes.io/docs/concepts/configuration/configmap/#mounted-configmaps-are-updated-automatically.
        :param host: Whether the operator during reconcile procedure should wait for a ClickHouse host: - to be excluded from a ClickHouse cluster - to complete all running queries - to be included into a ClickHouse cluster respectfully before moving forward.
        :param macros: macros parameters.
        :param policy: DISCUSSED TO BE DEPRECATED Syntax sugar Overrides all three 'reconcile.host.wait.{exclude, queries, include}' values from the operator's config Possible values: - wait - should wait to exclude host, complete queries and include host back into the cluster - nowait - should NOT wait to exclude host, complete queries and include host back into the cluster.
        :param runtime: runtime parameters for clickhouse-operator process which are used during reconcile cycle.

        :schema: ClickHouseInstallationSpecReconcile
        '''
        if isinstance(cleanup, dict):
            cleanup = ClickHouseInstallationSpecReconcileCleanup(**cleanup)
        if isinstance(host, dict):
            host = ClickHouseInstallationSpecReconcileHost(**host)
        if isinstance(macros, dict):
            macros = ClickHouseInstallationSpecReconcileMacros(**macros)
        if isinstance(runtime, dict):
            runtime = ClickHouseInstallationSpecReconcileRuntime(**runtime)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fd3a198d645c26f0cb8177d279bf6655186e5906d6024c65225ab44559087b22)
            check_type(argname="argument cleanup", value=cleanup, expected_type=type_hints["cleanup"])
            check_type(argname="argument config_map_propagation_timeout", value=config_map_propagation_timeout, expected_type=type_hints["config_map_propagation_timeout"])
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
            check_type(argname="argument macros", value=macros, expected_type=type_hints["macros"])
            check_type(argname="argument policy", value=policy, expected_type=type_hints["policy"])
            check_type(argname="argument runtime", value=runtime, expected_type=type_hints["runtime"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cleanup is not None:
            self._values["cleanup"] = cleanup
        if config_map_propagation_timeout is not None:
            self._values["config_map_propagation_timeout"] = config_map_propagation_timeout
        if host is not None:
            self._values["host"] = host
        if macros is not None:
            self._values["macros"] = macros
        if policy is not None:
            self._values["policy"] = policy
        if runtime is not None:
            self._values["runtime"] = runtime

    @builtins.property
    def cleanup(self) -> typing.Optional["ClickHouseInstallationSpecReconcileCleanup"]:
        '''Optional, defines behavior for cleanup Kubernetes resources during reconcile cycle.

        :schema: ClickHouseInstallationSpecReconcile#cleanup
        '''
        result = self._values.get("cleanup")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcileCleanup"], result)

    @builtins.property
    def config_map_propagation_timeout(self) -> typing.Optional[jsii.Number]:
        '''Timeout in seconds for ``clickhouse-operator`` to wait for modified ``ConfigMap`` to propagate into the ``Pod`` More details: https://kubernetes.io/docs/concepts/configuration/configmap/#mounted-configmaps-are-updated-automatically.

        :schema: ClickHouseInstallationSpecReconcile#configMapPropagationTimeout
        '''
        result = self._values.get("config_map_propagation_timeout")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def host(self) -> typing.Optional["ClickHouseInstallationSpecReconcileHost"]:
        '''Whether the operator during reconcile procedure should wait for a ClickHouse host: - to be excluded from a ClickHouse cluster - to complete all running queries - to be included into a ClickHouse cluster respectfully before moving forward.

        :schema: ClickHouseInstallationSpecReconcile#host
        '''
        result = self._values.get("host")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcileHost"], result)

    @builtins.property
    def macros(self) -> typing.Optional["ClickHouseInstallationSpecReconcileMacros"]:
        '''macros parameters.

        :schema: ClickHouseInstallationSpecReconcile#macros
        '''
        result = self._values.get("macros")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcileMacros"], result)

    @builtins.property
    def policy(self) -> typing.Optional["ClickHouseInstallationSpecReconcilePolicy"]:
        '''DISCUSSED TO BE DEPRECATED Syntax sugar Overrides all three 'reconcile.host.wait.{exclude, queries, include}' values from the operator's config Possible values: - wait - should wait to exclude host, complete queries and include host back into the cluster - nowait - should NOT wait to exclude host, complete queries and include host back into the cluster.

        :schema: ClickHouseInstallationSpecReconcile#policy
        '''
        result = self._values.get("policy")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcilePolicy"], result)

    @builtins.property
    def runtime(self) -> typing.Optional["ClickHouseInstallationSpecReconcileRuntime"]:
        '''runtime parameters for clickhouse-operator process which are used during reconcile cycle.

        :schema: ClickHouseInstallationSpecReconcile#runtime
        '''
        result = self._values.get("runtime")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcileRuntime"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecReconcile(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcileCleanup",
    jsii_struct_bases=[],
    name_mapping={
        "reconcile_failed_objects": "reconcileFailedObjects",
        "unknown_objects": "unknownObjects",
    },
)
class ClickHouseInstallationSpecReconcileCleanup:
    def __init__(
        self,
        *,
        reconcile_failed_objects: typing.Optional[typing.Union["ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjects", typing.Dict[builtins.str, typing.Any]]] = None,
        unknown_objects: typing.Optional[typing.Union["ClickHouseInstallationSpecReconcileCleanupUnknownObjects", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Optional, defines behavior for cleanup Kubernetes resources during reconcile cycle.

        :param reconcile_failed_objects: Describes what clickhouse-operator should do with Kubernetes resources which are failed during reconcile. Default behavior is ``Retain``"
        :param unknown_objects: Describes what clickhouse-operator should do with found Kubernetes resources which should be managed by clickhouse-operator, but do not have ``ownerReference`` to any currently managed ``ClickHouseInstallation`` resource. Default behavior is ``Delete``"

        :schema: ClickHouseInstallationSpecReconcileCleanup
        '''
        if isinstance(reconcile_failed_objects, dict):
            reconcile_failed_objects = ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjects(**reconcile_failed_objects)
        if isinstance(unknown_objects, dict):
            unknown_objects = ClickHouseInstallationSpecReconcileCleanupUnknownObjects(**unknown_objects)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c379283cb29ae311556290dbca581da7d2dbac7034e260a0933899b2efbd87b5)
            check_type(argname="argument reconcile_failed_objects", value=reconcile_failed_objects, expected_type=type_hints["reconcile_failed_objects"])
            check_type(argname="argument unknown_objects", value=unknown_objects, expected_type=type_hints["unknown_objects"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if reconcile_failed_objects is not None:
            self._values["reconcile_failed_objects"] = reconcile_failed_objects
        if unknown_objects is not None:
            self._values["unknown_objects"] = unknown_objects

    @builtins.property
    def reconcile_failed_objects(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjects"]:
        '''Describes what clickhouse-operator should do with Kubernetes resources which are failed during reconcile.

        Default behavior is ``Retain``"

        :schema: ClickHouseInstallationSpecReconcileCleanup#reconcileFailedObjects
        '''
        result = self._values.get("reconcile_failed_objects")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjects"], result)

    @builtins.property
    def unknown_objects(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecReconcileCleanupUnknownObjects"]:
        '''Describes what clickhouse-operator should do with found Kubernetes resources which should be managed by clickhouse-operator, but do not have ``ownerReference`` to any currently managed ``ClickHouseInstallation`` resource.

        Default behavior is ``Delete``"

        :schema: ClickHouseInstallationSpecReconcileCleanup#unknownObjects
        '''
        result = self._values.get("unknown_objects")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcileCleanupUnknownObjects"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecReconcileCleanup(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjects",
    jsii_struct_bases=[],
    name_mapping={
        "config_map": "configMap",
        "pvc": "pvc",
        "service": "service",
        "stateful_set": "statefulSet",
    },
)
class ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjects:
    def __init__(
        self,
        *,
        config_map: typing.Optional["ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsConfigMap"] = None,
        pvc: typing.Optional["ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsPvc"] = None,
        service: typing.Optional["ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsService"] = None,
        stateful_set: typing.Optional["ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsStatefulSet"] = None,
    ) -> None:
        '''Describes what clickhouse-operator should do with Kubernetes resources which are failed during reconcile.

        Default behavior is ``Retain``"

        :param config_map: Behavior policy for failed ConfigMap, ``Retain`` by default.
        :param pvc: Behavior policy for failed PVC, ``Retain`` by default.
        :param service: Behavior policy for failed Service, ``Retain`` by default.
        :param stateful_set: Behavior policy for failed StatefulSet, ``Retain`` by default.

        :schema: ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjects
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__cac40d75c48db1794f91835ef60db673c59a82ce505b69d791470fab72068d38)
            check_type(argname="argument config_map", value=config_map, expected_type=type_hints["config_map"])
            check_type(argname="argument pvc", value=pvc, expected_type=type_hints["pvc"])
            check_type(argname="argument service", value=service, expected_type=type_hints["service"])
            check_type(argname="argument stateful_set", value=stateful_set, expected_type=type_hints["stateful_set"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if config_map is not None:
            self._values["config_map"] = config_map
        if pvc is not None:
            self._values["pvc"] = pvc
        if service is not None:
            self._values["service"] = service
        if stateful_set is not None:
            self._values["stateful_set"] = stateful_set

    @builtins.property
    def config_map(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsConfigMap"]:
        '''Behavior policy for failed ConfigMap, ``Retain`` by default.

        :schema: ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjects#configMap
        '''
        result = self._values.get("config_map")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsConfigMap"], result)

    @builtins.property
    def pvc(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsPvc"]:
        '''Behavior policy for failed PVC, ``Retain`` by default.

        :schema: ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjects#pvc
        '''
        result = self._values.get("pvc")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsPvc"], result)

    @builtins.property
    def service(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsService"]:
        '''Behavior policy for failed Service, ``Retain`` by default.

        :schema: ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjects#service
        '''
        result = self._values.get("service")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsService"], result)

    @builtins.property
    def stateful_set(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsStatefulSet"]:
        '''Behavior policy for failed StatefulSet, ``Retain`` by default.

        :schema: ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjects#statefulSet
        '''
        result = self._values.get("stateful_set")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsStatefulSet"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjects(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsConfigMap"
)
class ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsConfigMap(
    enum.Enum,
):
    '''Behavior policy for failed ConfigMap, ``Retain`` by default.

    :schema: ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsConfigMap
    '''

    RETAIN = "RETAIN"
    '''Retain.'''
    DELETE = "DELETE"
    '''Delete.'''


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsPvc"
)
class ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsPvc(enum.Enum):
    '''Behavior policy for failed PVC, ``Retain`` by default.

    :schema: ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsPvc
    '''

    RETAIN = "RETAIN"
    '''Retain.'''
    DELETE = "DELETE"
    '''Delete.'''


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsService"
)
class ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsService(
    enum.Enum,
):
    '''Behavior policy for failed Service, ``Retain`` by default.

    :schema: ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsService
    '''

    RETAIN = "RETAIN"
    '''Retain.'''
    DELETE = "DELETE"
    '''Delete.'''


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsStatefulSet"
)
class ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsStatefulSet(
    enum.Enum,
):
    '''Behavior policy for failed StatefulSet, ``Retain`` by default.

    :schema: ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsStatefulSet
    '''

    RETAIN = "RETAIN"
    '''Retain.'''
    DELETE = "DELETE"
    '''Delete.'''


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcileCleanupUnknownObjects",
    jsii_struct_bases=[],
    name_mapping={
        "config_map": "configMap",
        "pvc": "pvc",
        "service": "service",
        "stateful_set": "statefulSet",
    },
)
class ClickHouseInstallationSpecReconcileCleanupUnknownObjects:
    def __init__(
        self,
        *,
        config_map: typing.Optional["ClickHouseInstallationSpecReconcileCleanupUnknownObjectsConfigMap"] = None,
        pvc: typing.Optional["ClickHouseInstallationSpecReconcileCleanupUnknownObjectsPvc"] = None,
        service: typing.Optional["ClickHouseInstallationSpecReconcileCleanupUnknownObjectsService"] = None,
        stateful_set: typing.Optional["ClickHouseInstallationSpecReconcileCleanupUnknownObjectsStatefulSet"] = None,
    ) -> None:
        '''Describes what clickhouse-operator should do with found Kubernetes resources which should be managed by clickhouse-operator, but do not have ``ownerReference`` to any currently managed ``ClickHouseInstallation`` resource.

        Default behavior is ``Delete``"

        :param config_map: Behavior policy for unknown ConfigMap, ``Delete`` by default.
        :param pvc: Behavior policy for unknown PVC, ``Delete`` by default.
        :param service: Behavior policy for unknown Service, ``Delete`` by default.
        :param stateful_set: Behavior policy for unknown StatefulSet, ``Delete`` by default.

        :schema: ClickHouseInstallationSpecReconcileCleanupUnknownObjects
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6b7d18c290cc8fb6b434839631654382ee00d3f45ab79f54559981aee825647d)
            check_type(argname="argument config_map", value=config_map, expected_type=type_hints["config_map"])
            check_type(argname="argument pvc", value=pvc, expected_type=type_hints["pvc"])
            check_type(argname="argument service", value=service, expected_type=type_hints["service"])
            check_type(argname="argument stateful_set", value=stateful_set, expected_type=type_hints["stateful_set"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if config_map is not None:
            self._values["config_map"] = config_map
        if pvc is not None:
            self._values["pvc"] = pvc
        if service is not None:
            self._values["service"] = service
        if stateful_set is not None:
            self._values["stateful_set"] = stateful_set

    @builtins.property
    def config_map(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecReconcileCleanupUnknownObjectsConfigMap"]:
        '''Behavior policy for unknown ConfigMap, ``Delete`` by default.

        :schema: ClickHouseInstallationSpecReconcileCleanupUnknownObjects#configMap
        '''
        result = self._values.get("config_map")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcileCleanupUnknownObjectsConfigMap"], result)

    @builtins.property
    def pvc(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecReconcileCleanupUnknownObjectsPvc"]:
        '''Behavior policy for unknown PVC, ``Delete`` by default.

        :schema: ClickHouseInstallationSpecReconcileCleanupUnknownObjects#pvc
        '''
        result = self._values.get("pvc")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcileCleanupUnknownObjectsPvc"], result)

    @builtins.property
    def service(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecReconcileCleanupUnknownObjectsService"]:
        '''Behavior policy for unknown Service, ``Delete`` by default.

        :schema: ClickHouseInstallationSpecReconcileCleanupUnknownObjects#service
        '''
        result = self._values.get("service")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcileCleanupUnknownObjectsService"], result)

    @builtins.property
    def stateful_set(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecReconcileCleanupUnknownObjectsStatefulSet"]:
        '''Behavior policy for unknown StatefulSet, ``Delete`` by default.

        :schema: ClickHouseInstallationSpecReconcileCleanupUnknownObjects#statefulSet
        '''
        result = self._values.get("stateful_set")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcileCleanupUnknownObjectsStatefulSet"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecReconcileCleanupUnknownObjects(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcileCleanupUnknownObjectsConfigMap"
)
class ClickHouseInstallationSpecReconcileCleanupUnknownObjectsConfigMap(enum.Enum):
    '''Behavior policy for unknown ConfigMap, ``Delete`` by default.

    :schema: ClickHouseInstallationSpecReconcileCleanupUnknownObjectsConfigMap
    '''

    RETAIN = "RETAIN"
    '''Retain.'''
    DELETE = "DELETE"
    '''Delete.'''


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcileCleanupUnknownObjectsPvc"
)
class ClickHouseInstallationSpecReconcileCleanupUnknownObjectsPvc(enum.Enum):
    '''Behavior policy for unknown PVC, ``Delete`` by default.

    :schema: ClickHouseInstallationSpecReconcileCleanupUnknownObjectsPvc
    '''

    RETAIN = "RETAIN"
    '''Retain.'''
    DELETE = "DELETE"
    '''Delete.'''


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcileCleanupUnknownObjectsService"
)
class ClickHouseInstallationSpecReconcileCleanupUnknownObjectsService(enum.Enum):
    '''Behavior policy for unknown Service, ``Delete`` by default.

    :schema: ClickHouseInstallationSpecReconcileCleanupUnknownObjectsService
    '''

    RETAIN = "RETAIN"
    '''Retain.'''
    DELETE = "DELETE"
    '''Delete.'''


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcileCleanupUnknownObjectsStatefulSet"
)
class ClickHouseInstallationSpecReconcileCleanupUnknownObjectsStatefulSet(enum.Enum):
    '''Behavior policy for unknown StatefulSet, ``Delete`` by default.

    :schema: ClickHouseInstallationSpecReconcileCleanupUnknownObjectsStatefulSet
    '''

    RETAIN = "RETAIN"
    '''Retain.'''
    DELETE = "DELETE"
    '''Delete.'''


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcileHost",
    jsii_struct_bases=[],
    name_mapping={"drop": "drop", "wait": "wait"},
)
class ClickHouseInstallationSpecReconcileHost:
    def __init__(
        self,
        *,
        drop: typing.Optional[typing.Union["ClickHouseInstallationSpecReconcileHostDrop", typing.Dict[builtins.str, typing.Any]]] = None,
        wait: typing.Optional[typing.Union["ClickHouseInstallationSpecReconcileHostWait", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Whether the operator during reconcile procedure should wait for a ClickHouse host: - to be excluded from a ClickHouse cluster - to complete all running queries - to be included into a ClickHouse cluster respectfully before moving forward.

        :param drop: 
        :param wait: 

        :schema: ClickHouseInstallationSpecReconcileHost
        '''
        if isinstance(drop, dict):
            drop = ClickHouseInstallationSpecReconcileHostDrop(**drop)
        if isinstance(wait, dict):
            wait = ClickHouseInstallationSpecReconcileHostWait(**wait)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__13a19df58dabc902996d11009e313e3ec692a180d9387465a8ffd3e5582c23be)
            check_type(argname="argument drop", value=drop, expected_type=type_hints["drop"])
            check_type(argname="argument wait", value=wait, expected_type=type_hints["wait"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if drop is not None:
            self._values["drop"] = drop
        if wait is not None:
            self._values["wait"] = wait

    @builtins.property
    def drop(self) -> typing.Optional["ClickHouseInstallationSpecReconcileHostDrop"]:
        '''
        :schema: ClickHouseInstallationSpecReconcileHost#drop
        '''
        result = self._values.get("drop")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcileHostDrop"], result)

    @builtins.property
    def wait(self) -> typing.Optional["ClickHouseInstallationSpecReconcileHostWait"]:
        '''
        :schema: ClickHouseInstallationSpecReconcileHost#wait
        '''
        result = self._values.get("wait")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcileHostWait"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecReconcileHost(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcileHostDrop",
    jsii_struct_bases=[],
    name_mapping={"replicas": "replicas"},
)
class ClickHouseInstallationSpecReconcileHostDrop:
    def __init__(
        self,
        *,
        replicas: typing.Optional[typing.Union["ClickHouseInstallationSpecReconcileHostDropReplicas", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param replicas: Whether the operator during reconcile procedure should drop replicas when replica is deleted or recreated.

        :schema: ClickHouseInstallationSpecReconcileHostDrop
        '''
        if isinstance(replicas, dict):
            replicas = ClickHouseInstallationSpecReconcileHostDropReplicas(**replicas)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__eb7e0abec9d892be118894ba6a3f3318e5e7d28c1d9ff6a6392aae07ac31b745)
            check_type(argname="argument replicas", value=replicas, expected_type=type_hints["replicas"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if replicas is not None:
            self._values["replicas"] = replicas

    @builtins.property
    def replicas(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecReconcileHostDropReplicas"]:
        '''Whether the operator during reconcile procedure should drop replicas when replica is deleted or recreated.

        :schema: ClickHouseInstallationSpecReconcileHostDrop#replicas
        '''
        result = self._values.get("replicas")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcileHostDropReplicas"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecReconcileHostDrop(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcileHostDropReplicas",
    jsii_struct_bases=[],
    name_mapping={
        "active": "active",
        "on_delete": "onDelete",
        "on_lost_volume": "onLostVolume",
    },
)
class ClickHouseInstallationSpecReconcileHostDropReplicas:
    def __init__(
        self,
        *,
        active: typing.Optional["ClickHouseInstallationSpecReconcileHostDropReplicasActive"] = None,
        on_delete: typing.Optional["ClickHouseInstallationSpecReconcileHostDropReplicasOnDelete"] = None,
        on_lost_volume: typing.Optional["ClickHouseInstallationSpecReconcileHostDropReplicasOnLostVolume"] = None,
    ) -> None:
        '''Whether the operator during reconcile procedure should drop replicas when replica is deleted or recreated.

        :param active: Whether the operator during reconcile procedure should drop active replicas when replica is deleted or recreated.
        :param on_delete: Whether the operator during reconcile procedure should drop replicas when replica is deleted.
        :param on_lost_volume: Whether the operator during reconcile procedure should drop replicas when replica volume is lost.

        :schema: ClickHouseInstallationSpecReconcileHostDropReplicas
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5b5c17eb3bc8d01d341f9a25f0a30b141decc5d38481fafe0c302920a444be4a)
            check_type(argname="argument active", value=active, expected_type=type_hints["active"])
            check_type(argname="argument on_delete", value=on_delete, expected_type=type_hints["on_delete"])
            check_type(argname="argument on_lost_volume", value=on_lost_volume, expected_type=type_hints["on_lost_volume"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if active is not None:
            self._values["active"] = active
        if on_delete is not None:
            self._values["on_delete"] = on_delete
        if on_lost_volume is not None:
            self._values["on_lost_volume"] = on_lost_volume

    @builtins.property
    def active(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecReconcileHostDropReplicasActive"]:
        '''Whether the operator during reconcile procedure should drop active replicas when replica is deleted or recreated.

        :schema: ClickHouseInstallationSpecReconcileHostDropReplicas#active
        '''
        result = self._values.get("active")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcileHostDropReplicasActive"], result)

    @builtins.property
    def on_delete(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecReconcileHostDropReplicasOnDelete"]:
        '''Whether the operator during reconcile procedure should drop replicas when replica is deleted.

        :schema: ClickHouseInstallationSpecReconcileHostDropReplicas#onDelete
        '''
        result = self._values.get("on_delete")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcileHostDropReplicasOnDelete"], result)

    @builtins.property
    def on_lost_volume(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecReconcileHostDropReplicasOnLostVolume"]:
        '''Whether the operator during reconcile procedure should drop replicas when replica volume is lost.

        :schema: ClickHouseInstallationSpecReconcileHostDropReplicas#onLostVolume
        '''
        result = self._values.get("on_lost_volume")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcileHostDropReplicasOnLostVolume"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecReconcileHostDropReplicas(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcileHostDropReplicasActive"
)
class ClickHouseInstallationSpecReconcileHostDropReplicasActive(enum.Enum):
    '''Whether the operator during reconcile procedure should drop active replicas when replica is deleted or recreated.

    :schema: ClickHouseInstallationSpecReconcileHostDropReplicasActive
    '''

    VALUE_0 = "VALUE_0"
    '''0.'''
    VALUE_1 = "VALUE_1"
    '''1.'''
    FALSE = "FALSE"
    '''False.'''
    TRUE = "TRUE"
    '''True.'''
    NO = "NO"
    '''No.'''
    YES = "YES"
    '''Yes.'''
    OFF = "OFF"
    '''Off.'''
    ON = "ON"
    '''On.'''
    DISABLE = "DISABLE"
    '''Disable.'''
    ENABLE = "ENABLE"
    '''Enable.'''
    DISABLED = "DISABLED"
    '''Disabled.'''
    ENABLED = "ENABLED"
    '''Enabled.'''


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcileHostDropReplicasOnDelete"
)
class ClickHouseInstallationSpecReconcileHostDropReplicasOnDelete(enum.Enum):
    '''Whether the operator during reconcile procedure should drop replicas when replica is deleted.

    :schema: ClickHouseInstallationSpecReconcileHostDropReplicasOnDelete
    '''

    VALUE_0 = "VALUE_0"
    '''0.'''
    VALUE_1 = "VALUE_1"
    '''1.'''
    FALSE = "FALSE"
    '''False.'''
    TRUE = "TRUE"
    '''True.'''
    NO = "NO"
    '''No.'''
    YES = "YES"
    '''Yes.'''
    OFF = "OFF"
    '''Off.'''
    ON = "ON"
    '''On.'''
    DISABLE = "DISABLE"
    '''Disable.'''
    ENABLE = "ENABLE"
    '''Enable.'''
    DISABLED = "DISABLED"
    '''Disabled.'''
    ENABLED = "ENABLED"
    '''Enabled.'''


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcileHostDropReplicasOnLostVolume"
)
class ClickHouseInstallationSpecReconcileHostDropReplicasOnLostVolume(enum.Enum):
    '''Whether the operator during reconcile procedure should drop replicas when replica volume is lost.

    :schema: ClickHouseInstallationSpecReconcileHostDropReplicasOnLostVolume
    '''

    VALUE_0 = "VALUE_0"
    '''0.'''
    VALUE_1 = "VALUE_1"
    '''1.'''
    FALSE = "FALSE"
    '''False.'''
    TRUE = "TRUE"
    '''True.'''
    NO = "NO"
    '''No.'''
    YES = "YES"
    '''Yes.'''
    OFF = "OFF"
    '''Off.'''
    ON = "ON"
    '''On.'''
    DISABLE = "DISABLE"
    '''Disable.'''
    ENABLE = "ENABLE"
    '''Enable.'''
    DISABLED = "DISABLED"
    '''Disabled.'''
    ENABLED = "ENABLED"
    '''Enabled.'''


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcileHostWait",
    jsii_struct_bases=[],
    name_mapping={
        "exclude": "exclude",
        "include": "include",
        "probes": "probes",
        "queries": "queries",
        "replicas": "replicas",
    },
)
class ClickHouseInstallationSpecReconcileHostWait:
    def __init__(
        self,
        *,
        exclude: typing.Optional["ClickHouseInstallationSpecReconcileHostWaitExclude"] = None,
        include: typing.Optional["ClickHouseInstallationSpecReconcileHostWaitInclude"] = None,
        probes: typing.Optional[typing.Union["ClickHouseInstallationSpecReconcileHostWaitProbes", typing.Dict[builtins.str, typing.Any]]] = None,
        queries: typing.Optional["ClickHouseInstallationSpecReconcileHostWaitQueries"] = None,
        replicas: typing.Optional[typing.Union["ClickHouseInstallationSpecReconcileHostWaitReplicas", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param exclude: Allows to stop all ClickHouse clusters defined in a CHI. Works as the following: - When ``stop`` is ``1`` operator sets ``Replicas: 0`` in each StatefulSet. Thie leads to having all ``Pods`` and ``Service`` deleted. All PVCs are kept intact. - When ``stop`` is ``0`` operator sets ``Replicas: 1`` and ``Pod``s and ``Service``s will created again and all retained PVCs will be attached to ``Pod``s.
        :param include: Whether the operator during reconcile procedure should wait for a ClickHouse host to be included into a ClickHouse cluster.
        :param probes: What probes the operator should wait during host launch procedure.
        :param queries: Whether the operator during reconcile procedure should wait for a ClickHouse host to complete all running queries.
        :param replicas: Whether the operator during reconcile procedure should wait for replicas to catch-up.

        :schema: ClickHouseInstallationSpecReconcileHostWait
        '''
        if isinstance(probes, dict):
            probes = ClickHouseInstallationSpecReconcileHostWaitProbes(**probes)
        if isinstance(replicas, dict):
            replicas = ClickHouseInstallationSpecReconcileHostWaitReplicas(**replicas)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__03654d93c6bf5c1e75ec3eca332a52ebb7e9bd5ee50a1c73a1548e0a18d1882a)
            check_type(argname="argument exclude", value=exclude, expected_type=type_hints["exclude"])
            check_type(argname="argument include", value=include, expected_type=type_hints["include"])
            check_type(argname="argument probes", value=probes, expected_type=type_hints["probes"])
            check_type(argname="argument queries", value=queries, expected_type=type_hints["queries"])
            check_type(argname="argument replicas", value=replicas, expected_type=type_hints["replicas"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exclude is not None:
            self._values["exclude"] = exclude
        if include is not None:
            self._values["include"] = include
        if probes is not None:
            self._values["probes"] = probes
        if queries is not None:
            self._values["queries"] = queries
        if replicas is not None:
            self._values["replicas"] = replicas

    @builtins.property
    def exclude(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecReconcileHostWaitExclude"]:
        '''Allows to stop all ClickHouse clusters defined in a CHI.

        Works as the following:

        - When ``stop`` is ``1`` operator sets ``Replicas: 0`` in each StatefulSet. Thie leads to having all ``Pods`` and ``Service`` deleted. All PVCs are kept intact.
        - When ``stop`` is ``0`` operator sets ``Replicas: 1`` and ``Pod``s and ``Service``s will created again and all retained PVCs will be attached to ``Pod``s.

        :schema: ClickHouseInstallationSpecReconcileHostWait#exclude
        '''
        result = self._values.get("exclude")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcileHostWaitExclude"], result)

    @builtins.property
    def include(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecReconcileHostWaitInclude"]:
        '''Whether the operator during reconcile procedure should wait for a ClickHouse host to be included into a ClickHouse cluster.

        :schema: ClickHouseInstallationSpecReconcileHostWait#include
        '''
        result = self._values.get("include")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcileHostWaitInclude"], result)

    @builtins.property
    def probes(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecReconcileHostWaitProbes"]:
        '''What probes the operator should wait during host launch procedure.

        :schema: ClickHouseInstallationSpecReconcileHostWait#probes
        '''
        result = self._values.get("probes")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcileHostWaitProbes"], result)

    @builtins.property
    def queries(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecReconcileHostWaitQueries"]:
        '''Whether the operator during reconcile procedure should wait for a ClickHouse host to complete all running queries.

        :schema: ClickHouseInstallationSpecReconcileHostWait#queries
        '''
        result = self._values.get("queries")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcileHostWaitQueries"], result)

    @builtins.property
    def replicas(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecReconcileHostWaitReplicas"]:
        '''Whether the operator during reconcile procedure should wait for replicas to catch-up.

        :schema: ClickHouseInstallationSpecReconcileHostWait#replicas
        '''
        result = self._values.get("replicas")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcileHostWaitReplicas"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecReconcileHostWait(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcileHostWaitExclude"
)
class ClickHouseInstallationSpecReconcileHostWaitExclude(enum.Enum):
    '''Allows to stop all ClickHouse clusters defined in a CHI.

    Works as the following:

    - When ``stop`` is ``1`` operator sets ``Replicas: 0`` in each StatefulSet. Thie leads to having all ``Pods`` and ``Service`` deleted. All PVCs are kept intact.
    - When ``stop`` is ``0`` operator sets ``Replicas: 1`` and ``Pod``s and ``Service``s will created again and all retained PVCs will be attached to ``Pod``s.

    :schema: ClickHouseInstallationSpecReconcileHostWaitExclude
    '''

    VALUE_0 = "VALUE_0"
    '''0.'''
    VALUE_1 = "VALUE_1"
    '''1.'''
    FALSE = "FALSE"
    '''False.'''
    TRUE = "TRUE"
    '''True.'''
    NO = "NO"
    '''No.'''
    YES = "YES"
    '''Yes.'''
    OFF = "OFF"
    '''Off.'''
    ON = "ON"
    '''On.'''
    DISABLE = "DISABLE"
    '''Disable.'''
    ENABLE = "ENABLE"
    '''Enable.'''
    DISABLED = "DISABLED"
    '''Disabled.'''
    ENABLED = "ENABLED"
    '''Enabled.'''


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcileHostWaitInclude"
)
class ClickHouseInstallationSpecReconcileHostWaitInclude(enum.Enum):
    '''Whether the operator during reconcile procedure should wait for a ClickHouse host to be included into a ClickHouse cluster.

    :schema: ClickHouseInstallationSpecReconcileHostWaitInclude
    '''

    VALUE_0 = "VALUE_0"
    '''0.'''
    VALUE_1 = "VALUE_1"
    '''1.'''
    FALSE = "FALSE"
    '''False.'''
    TRUE = "TRUE"
    '''True.'''
    NO = "NO"
    '''No.'''
    YES = "YES"
    '''Yes.'''
    OFF = "OFF"
    '''Off.'''
    ON = "ON"
    '''On.'''
    DISABLE = "DISABLE"
    '''Disable.'''
    ENABLE = "ENABLE"
    '''Enable.'''
    DISABLED = "DISABLED"
    '''Disabled.'''
    ENABLED = "ENABLED"
    '''Enabled.'''


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcileHostWaitProbes",
    jsii_struct_bases=[],
    name_mapping={"readiness": "readiness", "startup": "startup"},
)
class ClickHouseInstallationSpecReconcileHostWaitProbes:
    def __init__(
        self,
        *,
        readiness: typing.Optional["ClickHouseInstallationSpecReconcileHostWaitProbesReadiness"] = None,
        startup: typing.Optional["ClickHouseInstallationSpecReconcileHostWaitProbesStartup"] = None,
    ) -> None:
        '''What probes the operator should wait during host launch procedure.

        :param readiness: Whether the operator during host launch procedure should wait for ready probe to succeed. In case probe is unspecified wait is assumed to be completed successfully. Default option value is to wait.
        :param startup: Whether the operator during host launch procedure should wait for startup probe to succeed. In case probe is unspecified wait is assumed to be completed successfully. Default option value is to do not wait.

        :schema: ClickHouseInstallationSpecReconcileHostWaitProbes
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5ebe2114fef6d6c0949eb17e86258cbbe9fef3998b08c05c83fb98c03b222d20)
            check_type(argname="argument readiness", value=readiness, expected_type=type_hints["readiness"])
            check_type(argname="argument startup", value=startup, expected_type=type_hints["startup"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if readiness is not None:
            self._values["readiness"] = readiness
        if startup is not None:
            self._values["startup"] = startup

    @builtins.property
    def readiness(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecReconcileHostWaitProbesReadiness"]:
        '''Whether the operator during host launch procedure should wait for ready probe to succeed.

        In case probe is unspecified wait is assumed to be completed successfully.
        Default option value is to wait.

        :schema: ClickHouseInstallationSpecReconcileHostWaitProbes#readiness
        '''
        result = self._values.get("readiness")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcileHostWaitProbesReadiness"], result)

    @builtins.property
    def startup(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecReconcileHostWaitProbesStartup"]:
        '''Whether the operator during host launch procedure should wait for startup probe to succeed.

        In case probe is unspecified wait is assumed to be completed successfully.
        Default option value is to do not wait.

        :schema: ClickHouseInstallationSpecReconcileHostWaitProbes#startup
        '''
        result = self._values.get("startup")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcileHostWaitProbesStartup"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecReconcileHostWaitProbes(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcileHostWaitProbesReadiness"
)
class ClickHouseInstallationSpecReconcileHostWaitProbesReadiness(enum.Enum):
    '''Whether the operator during host launch procedure should wait for ready probe to succeed.

    In case probe is unspecified wait is assumed to be completed successfully.
    Default option value is to wait.

    :schema: ClickHouseInstallationSpecReconcileHostWaitProbesReadiness
    '''

    VALUE_0 = "VALUE_0"
    '''0.'''
    VALUE_1 = "VALUE_1"
    '''1.'''
    FALSE = "FALSE"
    '''False.'''
    TRUE = "TRUE"
    '''True.'''
    NO = "NO"
    '''No.'''
    YES = "YES"
    '''Yes.'''
    OFF = "OFF"
    '''Off.'''
    ON = "ON"
    '''On.'''
    DISABLE = "DISABLE"
    '''Disable.'''
    ENABLE = "ENABLE"
    '''Enable.'''
    DISABLED = "DISABLED"
    '''Disabled.'''
    ENABLED = "ENABLED"
    '''Enabled.'''


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcileHostWaitProbesStartup"
)
class ClickHouseInstallationSpecReconcileHostWaitProbesStartup(enum.Enum):
    '''Whether the operator during host launch procedure should wait for startup probe to succeed.

    In case probe is unspecified wait is assumed to be completed successfully.
    Default option value is to do not wait.

    :schema: ClickHouseInstallationSpecReconcileHostWaitProbesStartup
    '''

    VALUE_0 = "VALUE_0"
    '''0.'''
    VALUE_1 = "VALUE_1"
    '''1.'''
    FALSE = "FALSE"
    '''False.'''
    TRUE = "TRUE"
    '''True.'''
    NO = "NO"
    '''No.'''
    YES = "YES"
    '''Yes.'''
    OFF = "OFF"
    '''Off.'''
    ON = "ON"
    '''On.'''
    DISABLE = "DISABLE"
    '''Disable.'''
    ENABLE = "ENABLE"
    '''Enable.'''
    DISABLED = "DISABLED"
    '''Disabled.'''
    ENABLED = "ENABLED"
    '''Enabled.'''


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcileHostWaitQueries"
)
class ClickHouseInstallationSpecReconcileHostWaitQueries(enum.Enum):
    '''Whether the operator during reconcile procedure should wait for a ClickHouse host to complete all running queries.

    :schema: ClickHouseInstallationSpecReconcileHostWaitQueries
    '''

    VALUE_0 = "VALUE_0"
    '''0.'''
    VALUE_1 = "VALUE_1"
    '''1.'''
    FALSE = "FALSE"
    '''False.'''
    TRUE = "TRUE"
    '''True.'''
    NO = "NO"
    '''No.'''
    YES = "YES"
    '''Yes.'''
    OFF = "OFF"
    '''Off.'''
    ON = "ON"
    '''On.'''
    DISABLE = "DISABLE"
    '''Disable.'''
    ENABLE = "ENABLE"
    '''Enable.'''
    DISABLED = "DISABLED"
    '''Disabled.'''
    ENABLED = "ENABLED"
    '''Enabled.'''


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcileHostWaitReplicas",
    jsii_struct_bases=[],
    name_mapping={"all": "all", "delay": "delay", "new": "new"},
)
class ClickHouseInstallationSpecReconcileHostWaitReplicas:
    def __init__(
        self,
        *,
        all: typing.Optional["ClickHouseInstallationSpecReconcileHostWaitReplicasAll"] = None,
        delay: typing.Optional[jsii.Number] = None,
        new: typing.Optional["ClickHouseInstallationSpecReconcileHostWaitReplicasNew"] = None,
    ) -> None:
        '''Whether the operator during reconcile procedure should wait for replicas to catch-up.

        :param all: Whether the operator during reconcile procedure should wait for all replicas to catch-up.
        :param delay: replication max absolute delay to consider replica is not delayed.
        :param new: Whether the operator during reconcile procedure should wait for new replicas to catch-up.

        :schema: ClickHouseInstallationSpecReconcileHostWaitReplicas
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__80fa1163b35f16e2ad1dec5545805226d1f6c3d104da7f5d6159b4bea80d73b1)
            check_type(argname="argument all", value=all, expected_type=type_hints["all"])
            check_type(argname="argument delay", value=delay, expected_type=type_hints["delay"])
            check_type(argname="argument new", value=new, expected_type=type_hints["new"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if all is not None:
            self._values["all"] = all
        if delay is not None:
            self._values["delay"] = delay
        if new is not None:
            self._values["new"] = new

    @builtins.property
    def all(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecReconcileHostWaitReplicasAll"]:
        '''Whether the operator during reconcile procedure should wait for all replicas to catch-up.

        :schema: ClickHouseInstallationSpecReconcileHostWaitReplicas#all
        '''
        result = self._values.get("all")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcileHostWaitReplicasAll"], result)

    @builtins.property
    def delay(self) -> typing.Optional[jsii.Number]:
        '''replication max absolute delay to consider replica is not delayed.

        :schema: ClickHouseInstallationSpecReconcileHostWaitReplicas#delay
        '''
        result = self._values.get("delay")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def new(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecReconcileHostWaitReplicasNew"]:
        '''Whether the operator during reconcile procedure should wait for new replicas to catch-up.

        :schema: ClickHouseInstallationSpecReconcileHostWaitReplicas#new
        '''
        result = self._values.get("new")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcileHostWaitReplicasNew"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecReconcileHostWaitReplicas(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcileHostWaitReplicasAll"
)
class ClickHouseInstallationSpecReconcileHostWaitReplicasAll(enum.Enum):
    '''Whether the operator during reconcile procedure should wait for all replicas to catch-up.

    :schema: ClickHouseInstallationSpecReconcileHostWaitReplicasAll
    '''

    VALUE_0 = "VALUE_0"
    '''0.'''
    VALUE_1 = "VALUE_1"
    '''1.'''
    FALSE = "FALSE"
    '''False.'''
    TRUE = "TRUE"
    '''True.'''
    NO = "NO"
    '''No.'''
    YES = "YES"
    '''Yes.'''
    OFF = "OFF"
    '''Off.'''
    ON = "ON"
    '''On.'''
    DISABLE = "DISABLE"
    '''Disable.'''
    ENABLE = "ENABLE"
    '''Enable.'''
    DISABLED = "DISABLED"
    '''Disabled.'''
    ENABLED = "ENABLED"
    '''Enabled.'''


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcileHostWaitReplicasNew"
)
class ClickHouseInstallationSpecReconcileHostWaitReplicasNew(enum.Enum):
    '''Whether the operator during reconcile procedure should wait for new replicas to catch-up.

    :schema: ClickHouseInstallationSpecReconcileHostWaitReplicasNew
    '''

    VALUE_0 = "VALUE_0"
    '''0.'''
    VALUE_1 = "VALUE_1"
    '''1.'''
    FALSE = "FALSE"
    '''False.'''
    TRUE = "TRUE"
    '''True.'''
    NO = "NO"
    '''No.'''
    YES = "YES"
    '''Yes.'''
    OFF = "OFF"
    '''Off.'''
    ON = "ON"
    '''On.'''
    DISABLE = "DISABLE"
    '''Disable.'''
    ENABLE = "ENABLE"
    '''Enable.'''
    DISABLED = "DISABLED"
    '''Disabled.'''
    ENABLED = "ENABLED"
    '''Enabled.'''


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcileMacros",
    jsii_struct_bases=[],
    name_mapping={"sections": "sections"},
)
class ClickHouseInstallationSpecReconcileMacros:
    def __init__(
        self,
        *,
        sections: typing.Optional[typing.Union["ClickHouseInstallationSpecReconcileMacrosSections", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''macros parameters.

        :param sections: sections behaviour for macros.

        :schema: ClickHouseInstallationSpecReconcileMacros
        '''
        if isinstance(sections, dict):
            sections = ClickHouseInstallationSpecReconcileMacrosSections(**sections)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__310ca5fba095f191b47f22d7a5a24ce2b623da702384922bd8642d5b24ee0b12)
            check_type(argname="argument sections", value=sections, expected_type=type_hints["sections"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if sections is not None:
            self._values["sections"] = sections

    @builtins.property
    def sections(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecReconcileMacrosSections"]:
        '''sections behaviour for macros.

        :schema: ClickHouseInstallationSpecReconcileMacros#sections
        '''
        result = self._values.get("sections")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcileMacrosSections"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecReconcileMacros(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcileMacrosSections",
    jsii_struct_bases=[],
    name_mapping={
        "files": "files",
        "profiles": "profiles",
        "quotas": "quotas",
        "settings": "settings",
        "users": "users",
    },
)
class ClickHouseInstallationSpecReconcileMacrosSections:
    def __init__(
        self,
        *,
        files: typing.Optional[typing.Union["ClickHouseInstallationSpecReconcileMacrosSectionsFiles", typing.Dict[builtins.str, typing.Any]]] = None,
        profiles: typing.Optional[typing.Union["ClickHouseInstallationSpecReconcileMacrosSectionsProfiles", typing.Dict[builtins.str, typing.Any]]] = None,
        quotas: typing.Optional[typing.Union["ClickHouseInstallationSpecReconcileMacrosSectionsQuotas", typing.Dict[builtins.str, typing.Any]]] = None,
        settings: typing.Optional[typing.Union["ClickHouseInstallationSpecReconcileMacrosSectionsSettings", typing.Dict[builtins.str, typing.Any]]] = None,
        users: typing.Optional[typing.Union["ClickHouseInstallationSpecReconcileMacrosSectionsUsers", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''sections behaviour for macros.

        :param files: sections behaviour for macros on files.
        :param profiles: sections behaviour for macros on profiles.
        :param quotas: sections behaviour for macros on quotas.
        :param settings: sections behaviour for macros on settings.
        :param users: sections behaviour for macros on users.

        :schema: ClickHouseInstallationSpecReconcileMacrosSections
        '''
        if isinstance(files, dict):
            files = ClickHouseInstallationSpecReconcileMacrosSectionsFiles(**files)
        if isinstance(profiles, dict):
            profiles = ClickHouseInstallationSpecReconcileMacrosSectionsProfiles(**profiles)
        if isinstance(quotas, dict):
            quotas = ClickHouseInstallationSpecReconcileMacrosSectionsQuotas(**quotas)
        if isinstance(settings, dict):
            settings = ClickHouseInstallationSpecReconcileMacrosSectionsSettings(**settings)
        if isinstance(users, dict):
            users = ClickHouseInstallationSpecReconcileMacrosSectionsUsers(**users)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fbfdf421e6e17a04e74caad749f48ced3d1a7b2531524335b8191c0fa7fe9bdc)
            check_type(argname="argument files", value=files, expected_type=type_hints["files"])
            check_type(argname="argument profiles", value=profiles, expected_type=type_hints["profiles"])
            check_type(argname="argument quotas", value=quotas, expected_type=type_hints["quotas"])
            check_type(argname="argument settings", value=settings, expected_type=type_hints["settings"])
            check_type(argname="argument users", value=users, expected_type=type_hints["users"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if files is not None:
            self._values["files"] = files
        if profiles is not None:
            self._values["profiles"] = profiles
        if quotas is not None:
            self._values["quotas"] = quotas
        if settings is not None:
            self._values["settings"] = settings
        if users is not None:
            self._values["users"] = users

    @builtins.property
    def files(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecReconcileMacrosSectionsFiles"]:
        '''sections behaviour for macros on files.

        :schema: ClickHouseInstallationSpecReconcileMacrosSections#files
        '''
        result = self._values.get("files")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcileMacrosSectionsFiles"], result)

    @builtins.property
    def profiles(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecReconcileMacrosSectionsProfiles"]:
        '''sections behaviour for macros on profiles.

        :schema: ClickHouseInstallationSpecReconcileMacrosSections#profiles
        '''
        result = self._values.get("profiles")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcileMacrosSectionsProfiles"], result)

    @builtins.property
    def quotas(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecReconcileMacrosSectionsQuotas"]:
        '''sections behaviour for macros on quotas.

        :schema: ClickHouseInstallationSpecReconcileMacrosSections#quotas
        '''
        result = self._values.get("quotas")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcileMacrosSectionsQuotas"], result)

    @builtins.property
    def settings(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecReconcileMacrosSectionsSettings"]:
        '''sections behaviour for macros on settings.

        :schema: ClickHouseInstallationSpecReconcileMacrosSections#settings
        '''
        result = self._values.get("settings")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcileMacrosSectionsSettings"], result)

    @builtins.property
    def users(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecReconcileMacrosSectionsUsers"]:
        '''sections behaviour for macros on users.

        :schema: ClickHouseInstallationSpecReconcileMacrosSections#users
        '''
        result = self._values.get("users")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcileMacrosSectionsUsers"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecReconcileMacrosSections(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcileMacrosSectionsFiles",
    jsii_struct_bases=[],
    name_mapping={"enabled": "enabled"},
)
class ClickHouseInstallationSpecReconcileMacrosSectionsFiles:
    def __init__(
        self,
        *,
        enabled: typing.Optional["ClickHouseInstallationSpecReconcileMacrosSectionsFilesEnabled"] = None,
    ) -> None:
        '''sections behaviour for macros on files.

        :param enabled: enabled or not.

        :schema: ClickHouseInstallationSpecReconcileMacrosSectionsFiles
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0c32293fcb8256b35f26a6c68a9e25293c7432c6f2f3da544a993ded36e7dea4)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if enabled is not None:
            self._values["enabled"] = enabled

    @builtins.property
    def enabled(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecReconcileMacrosSectionsFilesEnabled"]:
        '''enabled or not.

        :schema: ClickHouseInstallationSpecReconcileMacrosSectionsFiles#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcileMacrosSectionsFilesEnabled"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecReconcileMacrosSectionsFiles(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcileMacrosSectionsFilesEnabled"
)
class ClickHouseInstallationSpecReconcileMacrosSectionsFilesEnabled(enum.Enum):
    '''enabled or not.

    :schema: ClickHouseInstallationSpecReconcileMacrosSectionsFilesEnabled
    '''

    VALUE_0 = "VALUE_0"
    '''0.'''
    VALUE_1 = "VALUE_1"
    '''1.'''
    FALSE = "FALSE"
    '''False.'''
    TRUE = "TRUE"
    '''True.'''
    NO = "NO"
    '''No.'''
    YES = "YES"
    '''Yes.'''
    OFF = "OFF"
    '''Off.'''
    ON = "ON"
    '''On.'''
    DISABLE = "DISABLE"
    '''Disable.'''
    ENABLE = "ENABLE"
    '''Enable.'''
    DISABLED = "DISABLED"
    '''Disabled.'''
    ENABLED = "ENABLED"
    '''Enabled.'''


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcileMacrosSectionsProfiles",
    jsii_struct_bases=[],
    name_mapping={"enabled": "enabled"},
)
class ClickHouseInstallationSpecReconcileMacrosSectionsProfiles:
    def __init__(
        self,
        *,
        enabled: typing.Optional["ClickHouseInstallationSpecReconcileMacrosSectionsProfilesEnabled"] = None,
    ) -> None:
        '''sections behaviour for macros on profiles.

        :param enabled: enabled or not.

        :schema: ClickHouseInstallationSpecReconcileMacrosSectionsProfiles
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__eda1cf7f896459c3eaba8314a2831ed9d89d05307525fa8d1339eb4b36826126)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if enabled is not None:
            self._values["enabled"] = enabled

    @builtins.property
    def enabled(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecReconcileMacrosSectionsProfilesEnabled"]:
        '''enabled or not.

        :schema: ClickHouseInstallationSpecReconcileMacrosSectionsProfiles#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcileMacrosSectionsProfilesEnabled"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecReconcileMacrosSectionsProfiles(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcileMacrosSectionsProfilesEnabled"
)
class ClickHouseInstallationSpecReconcileMacrosSectionsProfilesEnabled(enum.Enum):
    '''enabled or not.

    :schema: ClickHouseInstallationSpecReconcileMacrosSectionsProfilesEnabled
    '''

    VALUE_0 = "VALUE_0"
    '''0.'''
    VALUE_1 = "VALUE_1"
    '''1.'''
    FALSE = "FALSE"
    '''False.'''
    TRUE = "TRUE"
    '''True.'''
    NO = "NO"
    '''No.'''
    YES = "YES"
    '''Yes.'''
    OFF = "OFF"
    '''Off.'''
    ON = "ON"
    '''On.'''
    DISABLE = "DISABLE"
    '''Disable.'''
    ENABLE = "ENABLE"
    '''Enable.'''
    DISABLED = "DISABLED"
    '''Disabled.'''
    ENABLED = "ENABLED"
    '''Enabled.'''


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcileMacrosSectionsQuotas",
    jsii_struct_bases=[],
    name_mapping={"enabled": "enabled"},
)
class ClickHouseInstallationSpecReconcileMacrosSectionsQuotas:
    def __init__(
        self,
        *,
        enabled: typing.Optional["ClickHouseInstallationSpecReconcileMacrosSectionsQuotasEnabled"] = None,
    ) -> None:
        '''sections behaviour for macros on quotas.

        :param enabled: enabled or not.

        :schema: ClickHouseInstallationSpecReconcileMacrosSectionsQuotas
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9418dd61dbc5f6f39b82388568dd0c5b817c401450e91c0ee83ab1d7c81cc007)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if enabled is not None:
            self._values["enabled"] = enabled

    @builtins.property
    def enabled(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecReconcileMacrosSectionsQuotasEnabled"]:
        '''enabled or not.

        :schema: ClickHouseInstallationSpecReconcileMacrosSectionsQuotas#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcileMacrosSectionsQuotasEnabled"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecReconcileMacrosSectionsQuotas(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcileMacrosSectionsQuotasEnabled"
)
class ClickHouseInstallationSpecReconcileMacrosSectionsQuotasEnabled(enum.Enum):
    '''enabled or not.

    :schema: ClickHouseInstallationSpecReconcileMacrosSectionsQuotasEnabled
    '''

    VALUE_0 = "VALUE_0"
    '''0.'''
    VALUE_1 = "VALUE_1"
    '''1.'''
    FALSE = "FALSE"
    '''False.'''
    TRUE = "TRUE"
    '''True.'''
    NO = "NO"
    '''No.'''
    YES = "YES"
    '''Yes.'''
    OFF = "OFF"
    '''Off.'''
    ON = "ON"
    '''On.'''
    DISABLE = "DISABLE"
    '''Disable.'''
    ENABLE = "ENABLE"
    '''Enable.'''
    DISABLED = "DISABLED"
    '''Disabled.'''
    ENABLED = "ENABLED"
    '''Enabled.'''


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcileMacrosSectionsSettings",
    jsii_struct_bases=[],
    name_mapping={"enabled": "enabled"},
)
class ClickHouseInstallationSpecReconcileMacrosSectionsSettings:
    def __init__(
        self,
        *,
        enabled: typing.Optional["ClickHouseInstallationSpecReconcileMacrosSectionsSettingsEnabled"] = None,
    ) -> None:
        '''sections behaviour for macros on settings.

        :param enabled: enabled or not.

        :schema: ClickHouseInstallationSpecReconcileMacrosSectionsSettings
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b89260837af07e495231a9241cb8990c36cecae8135092dbedc8cc06ea02fed8)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if enabled is not None:
            self._values["enabled"] = enabled

    @builtins.property
    def enabled(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecReconcileMacrosSectionsSettingsEnabled"]:
        '''enabled or not.

        :schema: ClickHouseInstallationSpecReconcileMacrosSectionsSettings#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcileMacrosSectionsSettingsEnabled"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecReconcileMacrosSectionsSettings(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcileMacrosSectionsSettingsEnabled"
)
class ClickHouseInstallationSpecReconcileMacrosSectionsSettingsEnabled(enum.Enum):
    '''enabled or not.

    :schema: ClickHouseInstallationSpecReconcileMacrosSectionsSettingsEnabled
    '''

    VALUE_0 = "VALUE_0"
    '''0.'''
    VALUE_1 = "VALUE_1"
    '''1.'''
    FALSE = "FALSE"
    '''False.'''
    TRUE = "TRUE"
    '''True.'''
    NO = "NO"
    '''No.'''
    YES = "YES"
    '''Yes.'''
    OFF = "OFF"
    '''Off.'''
    ON = "ON"
    '''On.'''
    DISABLE = "DISABLE"
    '''Disable.'''
    ENABLE = "ENABLE"
    '''Enable.'''
    DISABLED = "DISABLED"
    '''Disabled.'''
    ENABLED = "ENABLED"
    '''Enabled.'''


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcileMacrosSectionsUsers",
    jsii_struct_bases=[],
    name_mapping={"enabled": "enabled"},
)
class ClickHouseInstallationSpecReconcileMacrosSectionsUsers:
    def __init__(
        self,
        *,
        enabled: typing.Optional["ClickHouseInstallationSpecReconcileMacrosSectionsUsersEnabled"] = None,
    ) -> None:
        '''sections behaviour for macros on users.

        :param enabled: enabled or not.

        :schema: ClickHouseInstallationSpecReconcileMacrosSectionsUsers
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5c1df63c0a74d17ea1026775624beb962a64201fe470405db5e8edf52dd6eac7)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if enabled is not None:
            self._values["enabled"] = enabled

    @builtins.property
    def enabled(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecReconcileMacrosSectionsUsersEnabled"]:
        '''enabled or not.

        :schema: ClickHouseInstallationSpecReconcileMacrosSectionsUsers#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcileMacrosSectionsUsersEnabled"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecReconcileMacrosSectionsUsers(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcileMacrosSectionsUsersEnabled"
)
class ClickHouseInstallationSpecReconcileMacrosSectionsUsersEnabled(enum.Enum):
    '''enabled or not.

    :schema: ClickHouseInstallationSpecReconcileMacrosSectionsUsersEnabled
    '''

    VALUE_0 = "VALUE_0"
    '''0.'''
    VALUE_1 = "VALUE_1"
    '''1.'''
    FALSE = "FALSE"
    '''False.'''
    TRUE = "TRUE"
    '''True.'''
    NO = "NO"
    '''No.'''
    YES = "YES"
    '''Yes.'''
    OFF = "OFF"
    '''Off.'''
    ON = "ON"
    '''On.'''
    DISABLE = "DISABLE"
    '''Disable.'''
    ENABLE = "ENABLE"
    '''Enable.'''
    DISABLED = "DISABLED"
    '''Disabled.'''
    ENABLED = "ENABLED"
    '''Enabled.'''


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcilePolicy"
)
class ClickHouseInstallationSpecReconcilePolicy(enum.Enum):
    '''DISCUSSED TO BE DEPRECATED Syntax sugar Overrides all three 'reconcile.host.wait.{exclude, queries, include}' values from the operator's config Possible values: - wait - should wait to exclude host, complete queries and include host back into the cluster - nowait - should NOT wait to exclude host, complete queries and include host back into the cluster.

    :schema: ClickHouseInstallationSpecReconcilePolicy
    '''

    WAIT = "WAIT"
    '''wait.'''
    NOWAIT = "NOWAIT"
    '''nowait.'''


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcileRuntime",
    jsii_struct_bases=[],
    name_mapping={
        "reconcile_shards_max_concurrency_percent": "reconcileShardsMaxConcurrencyPercent",
        "reconcile_shards_threads_number": "reconcileShardsThreadsNumber",
    },
)
class ClickHouseInstallationSpecReconcileRuntime:
    def __init__(
        self,
        *,
        reconcile_shards_max_concurrency_percent: typing.Optional[jsii.Number] = None,
        reconcile_shards_threads_number: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''runtime parameters for clickhouse-operator process which are used during reconcile cycle.

        :param reconcile_shards_max_concurrency_percent: The maximum percentage of cluster shards that may be reconciled in parallel, 50 percent by default.
        :param reconcile_shards_threads_number: The maximum number of cluster shards that may be reconciled in parallel, 1 by default.

        :schema: ClickHouseInstallationSpecReconcileRuntime
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ce9218955a71285a56f511cba8700c4794f6c0c47ffeca117566f7f93d12f949)
            check_type(argname="argument reconcile_shards_max_concurrency_percent", value=reconcile_shards_max_concurrency_percent, expected_type=type_hints["reconcile_shards_max_concurrency_percent"])
            check_type(argname="argument reconcile_shards_threads_number", value=reconcile_shards_threads_number, expected_type=type_hints["reconcile_shards_threads_number"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if reconcile_shards_max_concurrency_percent is not None:
            self._values["reconcile_shards_max_concurrency_percent"] = reconcile_shards_max_concurrency_percent
        if reconcile_shards_threads_number is not None:
            self._values["reconcile_shards_threads_number"] = reconcile_shards_threads_number

    @builtins.property
    def reconcile_shards_max_concurrency_percent(self) -> typing.Optional[jsii.Number]:
        '''The maximum percentage of cluster shards that may be reconciled in parallel, 50 percent by default.

        :schema: ClickHouseInstallationSpecReconcileRuntime#reconcileShardsMaxConcurrencyPercent
        '''
        result = self._values.get("reconcile_shards_max_concurrency_percent")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def reconcile_shards_threads_number(self) -> typing.Optional[jsii.Number]:
        '''The maximum number of cluster shards that may be reconciled in parallel, 1 by default.

        :schema: ClickHouseInstallationSpecReconcileRuntime#reconcileShardsThreadsNumber
        '''
        result = self._values.get("reconcile_shards_threads_number")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecReconcileRuntime(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconciling",
    jsii_struct_bases=[],
    name_mapping={
        "cleanup": "cleanup",
        "config_map_propagation_timeout": "configMapPropagationTimeout",
        "host": "host",
        "macros": "macros",
        "policy": "policy",
        "runtime": "runtime",
    },
)
class ClickHouseInstallationSpecReconciling:
    def __init__(
        self,
        *,
        cleanup: typing.Optional[typing.Union["ClickHouseInstallationSpecReconcilingCleanup", typing.Dict[builtins.str, typing.Any]]] = None,
        config_map_propagation_timeout: typing.Optional[jsii.Number] = None,
        host: typing.Optional[typing.Union["ClickHouseInstallationSpecReconcilingHost", typing.Dict[builtins.str, typing.Any]]] = None,
        macros: typing.Optional[typing.Union["ClickHouseInstallationSpecReconcilingMacros", typing.Dict[builtins.str, typing.Any]]] = None,
        policy: typing.Optional["ClickHouseInstallationSpecReconcilingPolicy"] = None,
        runtime: typing.Optional[typing.Union["ClickHouseInstallationSpecReconcilingRuntime", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''[OBSOLETED] Optional, allows tuning reconciling cycle for ClickhouseInstallation from clickhouse-operator side.

        :param cleanup: Optional, defines behavior for cleanup Kubernetes resources during reconcile cycle.
        :param config_map_propagation_timeout: Timeout in seconds for ``clickhouse-operator`` to wait for modified ``ConfigMap`` to propagate into the ``Pod`` More details: https://kubernetes.io/docs/concepts/configuration/configmap/#mounted-configmaps-are-updated-automatically.
        :param host: Whether the operator during reconcile procedure should wait for a ClickHouse host: - to be excluded from a ClickHouse cluster - to complete all running queries - to be included into a ClickHouse cluster respectfully before moving forward.
        :param macros: macros parameters.
        :param policy: DISCUSSED TO BE DEPRECATED Syntax sugar Overrides all three 'reconcile.host.wait.{exclude, queries, include}' values from the operator's config Possible values: - wait - should wait to exclude host, complete queries and include host back into the cluster - nowait - should NOT wait to exclude host, complete queries and include host back into the cluster.
        :param runtime: runtime parameters for clickhouse-operator process which are used during reconcile cycle.

        :schema: ClickHouseInstallationSpecReconciling
        '''
        if isinstance(cleanup, dict):
            cleanup = ClickHouseInstallationSpecReconcilingCleanup(**cleanup)
        if isinstance(host, dict):
            host = ClickHouseInstallationSpecReconcilingHost(**host)
        if isinstance(macros, dict):
            macros = ClickHouseInstallationSpecReconcilingMacros(**macros)
        if isinstance(runtime, dict):
            runtime = ClickHouseInstallationSpecReconcilingRuntime(**runtime)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__15c8ed75c3b63faf606c39bc42354b39f1a2e2fddc30d0dff9848fede86272fe)
            check_type(argname="argument cleanup", value=cleanup, expected_type=type_hints["cleanup"])
            check_type(argname="argument config_map_propagation_timeout", value=config_map_propagation_timeout, expected_type=type_hints["config_map_propagation_timeout"])
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
            check_type(argname="argument macros", value=macros, expected_type=type_hints["macros"])
            check_type(argname="argument policy", value=policy, expected_type=type_hints["policy"])
            check_type(argname="argument runtime", value=runtime, expected_type=type_hints["runtime"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cleanup is not None:
            self._values["cleanup"] = cleanup
        if config_map_propagation_timeout is not None:
            self._values["config_map_propagation_timeout"] = config_map_propagation_timeout
        if host is not None:
            self._values["host"] = host
        if macros is not None:
            self._values["macros"] = macros
        if policy is not None:
            self._values["policy"] = policy
        if runtime is not None:
            self._values["runtime"] = runtime

    @builtins.property
    def cleanup(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecReconcilingCleanup"]:
        '''Optional, defines behavior for cleanup Kubernetes resources during reconcile cycle.

        :schema: ClickHouseInstallationSpecReconciling#cleanup
        '''
        result = self._values.get("cleanup")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcilingCleanup"], result)

    @builtins.property
    def config_map_propagation_timeout(self) -> typing.Optional[jsii.Number]:
        '''Timeout in seconds for ``clickhouse-operator`` to wait for modified ``ConfigMap`` to propagate into the ``Pod`` More details: https://kubernetes.io/docs/concepts/configuration/configmap/#mounted-configmaps-are-updated-automatically.

        :schema: ClickHouseInstallationSpecReconciling#configMapPropagationTimeout
        '''
        result = self._values.get("config_map_propagation_timeout")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def host(self) -> typing.Optional["ClickHouseInstallationSpecReconcilingHost"]:
        '''Whether the operator during reconcile procedure should wait for a ClickHouse host: - to be excluded from a ClickHouse cluster - to complete all running queries - to be included into a ClickHouse cluster respectfully before moving forward.

        :schema: ClickHouseInstallationSpecReconciling#host
        '''
        result = self._values.get("host")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcilingHost"], result)

    @builtins.property
    def macros(self) -> typing.Optional["ClickHouseInstallationSpecReconcilingMacros"]:
        '''macros parameters.

        :schema: ClickHouseInstallationSpecReconciling#macros
        '''
        result = self._values.get("macros")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcilingMacros"], result)

    @builtins.property
    def policy(self) -> typing.Optional["ClickHouseInstallationSpecReconcilingPolicy"]:
        '''DISCUSSED TO BE DEPRECATED Syntax sugar Overrides all three 'reconcile.host.wait.{exclude, queries, include}' values from the operator's config Possible values: - wait - should wait to exclude host, complete queries and include host back into the cluster - nowait - should NOT wait to exclude host, complete queries and include host back into the cluster.

        :schema: ClickHouseInstallationSpecReconciling#policy
        '''
        result = self._values.get("policy")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcilingPolicy"], result)

    @builtins.property
    def runtime(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecReconcilingRuntime"]:
        '''runtime parameters for clickhouse-operator process which are used during reconcile cycle.

        :schema: ClickHouseInstallationSpecReconciling#runtime
        '''
        result = self._values.get("runtime")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcilingRuntime"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecReconciling(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcilingCleanup",
    jsii_struct_bases=[],
    name_mapping={
        "reconcile_failed_objects": "reconcileFailedObjects",
        "unknown_objects": "unknownObjects",
    },
)
class ClickHouseInstallationSpecReconcilingCleanup:
    def __init__(
        self,
        *,
        reconcile_failed_objects: typing.Optional[typing.Union["ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjects", typing.Dict[builtins.str, typing.Any]]] = None,
        unknown_objects: typing.Optional[typing.Union["ClickHouseInstallationSpecReconcilingCleanupUnknownObjects", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Optional, defines behavior for cleanup Kubernetes resources during reconcile cycle.

        :param reconcile_failed_objects: Describes what clickhouse-operator should do with Kubernetes resources which are failed during reconcile. Default behavior is ``Retain``"
        :param unknown_objects: Describes what clickhouse-operator should do with found Kubernetes resources which should be managed by clickhouse-operator, but do not have ``ownerReference`` to any currently managed ``ClickHouseInstallation`` resource. Default behavior is ``Delete``"

        :schema: ClickHouseInstallationSpecReconcilingCleanup
        '''
        if isinstance(reconcile_failed_objects, dict):
            reconcile_failed_objects = ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjects(**reconcile_failed_objects)
        if isinstance(unknown_objects, dict):
            unknown_objects = ClickHouseInstallationSpecReconcilingCleanupUnknownObjects(**unknown_objects)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__44bbfdefdd88b4e7b0bbd39d165f2f3ee7a9590e1919a95c6736e4ddaaef0f57)
            check_type(argname="argument reconcile_failed_objects", value=reconcile_failed_objects, expected_type=type_hints["reconcile_failed_objects"])
            check_type(argname="argument unknown_objects", value=unknown_objects, expected_type=type_hints["unknown_objects"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if reconcile_failed_objects is not None:
            self._values["reconcile_failed_objects"] = reconcile_failed_objects
        if unknown_objects is not None:
            self._values["unknown_objects"] = unknown_objects

    @builtins.property
    def reconcile_failed_objects(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjects"]:
        '''Describes what clickhouse-operator should do with Kubernetes resources which are failed during reconcile.

        Default behavior is ``Retain``"

        :schema: ClickHouseInstallationSpecReconcilingCleanup#reconcileFailedObjects
        '''
        result = self._values.get("reconcile_failed_objects")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjects"], result)

    @builtins.property
    def unknown_objects(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecReconcilingCleanupUnknownObjects"]:
        '''Describes what clickhouse-operator should do with found Kubernetes resources which should be managed by clickhouse-operator, but do not have ``ownerReference`` to any currently managed ``ClickHouseInstallation`` resource.

        Default behavior is ``Delete``"

        :schema: ClickHouseInstallationSpecReconcilingCleanup#unknownObjects
        '''
        result = self._values.get("unknown_objects")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcilingCleanupUnknownObjects"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecReconcilingCleanup(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjects",
    jsii_struct_bases=[],
    name_mapping={
        "config_map": "configMap",
        "pvc": "pvc",
        "service": "service",
        "stateful_set": "statefulSet",
    },
)
class ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjects:
    def __init__(
        self,
        *,
        config_map: typing.Optional["ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsConfigMap"] = None,
        pvc: typing.Optional["ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsPvc"] = None,
        service: typing.Optional["ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsService"] = None,
        stateful_set: typing.Optional["ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsStatefulSet"] = None,
    ) -> None:
        '''Describes what clickhouse-operator should do with Kubernetes resources which are failed during reconcile.

        Default behavior is ``Retain``"

        :param config_map: Behavior policy for failed ConfigMap, ``Retain`` by default.
        :param pvc: Behavior policy for failed PVC, ``Retain`` by default.
        :param service: Behavior policy for failed Service, ``Retain`` by default.
        :param stateful_set: Behavior policy for failed StatefulSet, ``Retain`` by default.

        :schema: ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjects
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__402f954c229d2478924ff7e3d66c2a079be3ff8fe05c2b9fb41de4de3dd36f59)
            check_type(argname="argument config_map", value=config_map, expected_type=type_hints["config_map"])
            check_type(argname="argument pvc", value=pvc, expected_type=type_hints["pvc"])
            check_type(argname="argument service", value=service, expected_type=type_hints["service"])
            check_type(argname="argument stateful_set", value=stateful_set, expected_type=type_hints["stateful_set"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if config_map is not None:
            self._values["config_map"] = config_map
        if pvc is not None:
            self._values["pvc"] = pvc
        if service is not None:
            self._values["service"] = service
        if stateful_set is not None:
            self._values["stateful_set"] = stateful_set

    @builtins.property
    def config_map(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsConfigMap"]:
        '''Behavior policy for failed ConfigMap, ``Retain`` by default.

        :schema: ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjects#configMap
        '''
        result = self._values.get("config_map")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsConfigMap"], result)

    @builtins.property
    def pvc(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsPvc"]:
        '''Behavior policy for failed PVC, ``Retain`` by default.

        :schema: ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjects#pvc
        '''
        result = self._values.get("pvc")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsPvc"], result)

    @builtins.property
    def service(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsService"]:
        '''Behavior policy for failed Service, ``Retain`` by default.

        :schema: ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjects#service
        '''
        result = self._values.get("service")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsService"], result)

    @builtins.property
    def stateful_set(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsStatefulSet"]:
        '''Behavior policy for failed StatefulSet, ``Retain`` by default.

        :schema: ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjects#statefulSet
        '''
        result = self._values.get("stateful_set")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsStatefulSet"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjects(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsConfigMap"
)
class ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsConfigMap(
    enum.Enum,
):
    '''Behavior policy for failed ConfigMap, ``Retain`` by default.

    :schema: ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsConfigMap
    '''

    RETAIN = "RETAIN"
    '''Retain.'''
    DELETE = "DELETE"
    '''Delete.'''


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsPvc"
)
class ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsPvc(enum.Enum):
    '''Behavior policy for failed PVC, ``Retain`` by default.

    :schema: ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsPvc
    '''

    RETAIN = "RETAIN"
    '''Retain.'''
    DELETE = "DELETE"
    '''Delete.'''


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsService"
)
class ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsService(
    enum.Enum,
):
    '''Behavior policy for failed Service, ``Retain`` by default.

    :schema: ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsService
    '''

    RETAIN = "RETAIN"
    '''Retain.'''
    DELETE = "DELETE"
    '''Delete.'''


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsStatefulSet"
)
class ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsStatefulSet(
    enum.Enum,
):
    '''Behavior policy for failed StatefulSet, ``Retain`` by default.

    :schema: ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsStatefulSet
    '''

    RETAIN = "RETAIN"
    '''Retain.'''
    DELETE = "DELETE"
    '''Delete.'''


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcilingCleanupUnknownObjects",
    jsii_struct_bases=[],
    name_mapping={
        "config_map": "configMap",
        "pvc": "pvc",
        "service": "service",
        "stateful_set": "statefulSet",
    },
)
class ClickHouseInstallationSpecReconcilingCleanupUnknownObjects:
    def __init__(
        self,
        *,
        config_map: typing.Optional["ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsConfigMap"] = None,
        pvc: typing.Optional["ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsPvc"] = None,
        service: typing.Optional["ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsService"] = None,
        stateful_set: typing.Optional["ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsStatefulSet"] = None,
    ) -> None:
        '''Describes what clickhouse-operator should do with found Kubernetes resources which should be managed by clickhouse-operator, but do not have ``ownerReference`` to any currently managed ``ClickHouseInstallation`` resource.

        Default behavior is ``Delete``"

        :param config_map: Behavior policy for unknown ConfigMap, ``Delete`` by default.
        :param pvc: Behavior policy for unknown PVC, ``Delete`` by default.
        :param service: Behavior policy for unknown Service, ``Delete`` by default.
        :param stateful_set: Behavior policy for unknown StatefulSet, ``Delete`` by default.

        :schema: ClickHouseInstallationSpecReconcilingCleanupUnknownObjects
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a75bb27858de3c04e11f8795573f019d1c21170e932863c1afccc0673a6281af)
            check_type(argname="argument config_map", value=config_map, expected_type=type_hints["config_map"])
            check_type(argname="argument pvc", value=pvc, expected_type=type_hints["pvc"])
            check_type(argname="argument service", value=service, expected_type=type_hints["service"])
            check_type(argname="argument stateful_set", value=stateful_set, expected_type=type_hints["stateful_set"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if config_map is not None:
            self._values["config_map"] = config_map
        if pvc is not None:
            self._values["pvc"] = pvc
        if service is not None:
            self._values["service"] = service
        if stateful_set is not None:
            self._values["stateful_set"] = stateful_set

    @builtins.property
    def config_map(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsConfigMap"]:
        '''Behavior policy for unknown ConfigMap, ``Delete`` by default.

        :schema: ClickHouseInstallationSpecReconcilingCleanupUnknownObjects#configMap
        '''
        result = self._values.get("config_map")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsConfigMap"], result)

    @builtins.property
    def pvc(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsPvc"]:
        '''Behavior policy for unknown PVC, ``Delete`` by default.

        :schema: ClickHouseInstallationSpecReconcilingCleanupUnknownObjects#pvc
        '''
        result = self._values.get("pvc")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsPvc"], result)

    @builtins.property
    def service(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsService"]:
        '''Behavior policy for unknown Service, ``Delete`` by default.

        :schema: ClickHouseInstallationSpecReconcilingCleanupUnknownObjects#service
        '''
        result = self._values.get("service")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsService"], result)

    @builtins.property
    def stateful_set(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsStatefulSet"]:
        '''Behavior policy for unknown StatefulSet, ``Delete`` by default.

        :schema: ClickHouseInstallationSpecReconcilingCleanupUnknownObjects#statefulSet
        '''
        result = self._values.get("stateful_set")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsStatefulSet"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecReconcilingCleanupUnknownObjects(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsConfigMap"
)
class ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsConfigMap(enum.Enum):
    '''Behavior policy for unknown ConfigMap, ``Delete`` by default.

    :schema: ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsConfigMap
    '''

    RETAIN = "RETAIN"
    '''Retain.'''
    DELETE = "DELETE"
    '''Delete.'''


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsPvc"
)
class ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsPvc(enum.Enum):
    '''Behavior policy for unknown PVC, ``Delete`` by default.

    :schema: ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsPvc
    '''

    RETAIN = "RETAIN"
    '''Retain.'''
    DELETE = "DELETE"
    '''Delete.'''


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsService"
)
class ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsService(enum.Enum):
    '''Behavior policy for unknown Service, ``Delete`` by default.

    :schema: ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsService
    '''

    RETAIN = "RETAIN"
    '''Retain.'''
    DELETE = "DELETE"
    '''Delete.'''


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsStatefulSet"
)
class ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsStatefulSet(enum.Enum):
    '''Behavior policy for unknown StatefulSet, ``Delete`` by default.

    :schema: ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsStatefulSet
    '''

    RETAIN = "RETAIN"
    '''Retain.'''
    DELETE = "DELETE"
    '''Delete.'''


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcilingHost",
    jsii_struct_bases=[],
    name_mapping={"drop": "drop", "wait": "wait"},
)
class ClickHouseInstallationSpecReconcilingHost:
    def __init__(
        self,
        *,
        drop: typing.Optional[typing.Union["ClickHouseInstallationSpecReconcilingHostDrop", typing.Dict[builtins.str, typing.Any]]] = None,
        wait: typing.Optional[typing.Union["ClickHouseInstallationSpecReconcilingHostWait", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Whether the operator during reconcile procedure should wait for a ClickHouse host: - to be excluded from a ClickHouse cluster - to complete all running queries - to be included into a ClickHouse cluster respectfully before moving forward.

        :param drop: 
        :param wait: 

        :schema: ClickHouseInstallationSpecReconcilingHost
        '''
        if isinstance(drop, dict):
            drop = ClickHouseInstallationSpecReconcilingHostDrop(**drop)
        if isinstance(wait, dict):
            wait = ClickHouseInstallationSpecReconcilingHostWait(**wait)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1033b230db6374008a34afd7f2343f3ad71bf7f305dacc05c41d68e825ae2a5c)
            check_type(argname="argument drop", value=drop, expected_type=type_hints["drop"])
            check_type(argname="argument wait", value=wait, expected_type=type_hints["wait"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if drop is not None:
            self._values["drop"] = drop
        if wait is not None:
            self._values["wait"] = wait

    @builtins.property
    def drop(self) -> typing.Optional["ClickHouseInstallationSpecReconcilingHostDrop"]:
        '''
        :schema: ClickHouseInstallationSpecReconcilingHost#drop
        '''
        result = self._values.get("drop")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcilingHostDrop"], result)

    @builtins.property
    def wait(self) -> typing.Optional["ClickHouseInstallationSpecReconcilingHostWait"]:
        '''
        :schema: ClickHouseInstallationSpecReconcilingHost#wait
        '''
        result = self._values.get("wait")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcilingHostWait"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecReconcilingHost(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcilingHostDrop",
    jsii_struct_bases=[],
    name_mapping={"replicas": "replicas"},
)
class ClickHouseInstallationSpecReconcilingHostDrop:
    def __init__(
        self,
        *,
        replicas: typing.Optional[typing.Union["ClickHouseInstallationSpecReconcilingHostDropReplicas", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param replicas: Whether the operator during reconcile procedure should drop replicas when replica is deleted or recreated.

        :schema: ClickHouseInstallationSpecReconcilingHostDrop
        '''
        if isinstance(replicas, dict):
            replicas = ClickHouseInstallationSpecReconcilingHostDropReplicas(**replicas)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1f486e63e1769eb4923a579a7a87942ecdbd9d9a74b6b38d6cf775b81f771261)
            check_type(argname="argument replicas", value=replicas, expected_type=type_hints["replicas"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if replicas is not None:
            self._values["replicas"] = replicas

    @builtins.property
    def replicas(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecReconcilingHostDropReplicas"]:
        '''Whether the operator during reconcile procedure should drop replicas when replica is deleted or recreated.

        :schema: ClickHouseInstallationSpecReconcilingHostDrop#replicas
        '''
        result = self._values.get("replicas")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcilingHostDropReplicas"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecReconcilingHostDrop(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcilingHostDropReplicas",
    jsii_struct_bases=[],
    name_mapping={
        "active": "active",
        "on_delete": "onDelete",
        "on_lost_volume": "onLostVolume",
    },
)
class ClickHouseInstallationSpecReconcilingHostDropReplicas:
    def __init__(
        self,
        *,
        active: typing.Optional["ClickHouseInstallationSpecReconcilingHostDropReplicasActive"] = None,
        on_delete: typing.Optional["ClickHouseInstallationSpecReconcilingHostDropReplicasOnDelete"] = None,
        on_lost_volume: typing.Optional["ClickHouseInstallationSpecReconcilingHostDropReplicasOnLostVolume"] = None,
    ) -> None:
        '''Whether the operator during reconcile procedure should drop replicas when replica is deleted or recreated.

        :param active: Whether the operator during reconcile procedure should drop active replicas when replica is deleted or recreated.
        :param on_delete: Whether the operator during reconcile procedure should drop replicas when replica is deleted.
        :param on_lost_volume: Whether the operator during reconcile procedure should drop replicas when replica volume is lost.

        :schema: ClickHouseInstallationSpecReconcilingHostDropReplicas
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3c447b34f47dfd43f2a450535bb78807b6d8befda70718469c8c3f102ba28187)
            check_type(argname="argument active", value=active, expected_type=type_hints["active"])
            check_type(argname="argument on_delete", value=on_delete, expected_type=type_hints["on_delete"])
            check_type(argname="argument on_lost_volume", value=on_lost_volume, expected_type=type_hints["on_lost_volume"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if active is not None:
            self._values["active"] = active
        if on_delete is not None:
            self._values["on_delete"] = on_delete
        if on_lost_volume is not None:
            self._values["on_lost_volume"] = on_lost_volume

    @builtins.property
    def active(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecReconcilingHostDropReplicasActive"]:
        '''Whether the operator during reconcile procedure should drop active replicas when replica is deleted or recreated.

        :schema: ClickHouseInstallationSpecReconcilingHostDropReplicas#active
        '''
        result = self._values.get("active")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcilingHostDropReplicasActive"], result)

    @builtins.property
    def on_delete(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecReconcilingHostDropReplicasOnDelete"]:
        '''Whether the operator during reconcile procedure should drop replicas when replica is deleted.

        :schema: ClickHouseInstallationSpecReconcilingHostDropReplicas#onDelete
        '''
        result = self._values.get("on_delete")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcilingHostDropReplicasOnDelete"], result)

    @builtins.property
    def on_lost_volume(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecReconcilingHostDropReplicasOnLostVolume"]:
        '''Whether the operator during reconcile procedure should drop replicas when replica volume is lost.

        :schema: ClickHouseInstallationSpecReconcilingHostDropReplicas#onLostVolume
        '''
        result = self._values.get("on_lost_volume")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcilingHostDropReplicasOnLostVolume"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecReconcilingHostDropReplicas(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcilingHostDropReplicasActive"
)
class ClickHouseInstallationSpecReconcilingHostDropReplicasActive(enum.Enum):
    '''Whether the operator during reconcile procedure should drop active replicas when replica is deleted or recreated.

    :schema: ClickHouseInstallationSpecReconcilingHostDropReplicasActive
    '''

    VALUE_0 = "VALUE_0"
    '''0.'''
    VALUE_1 = "VALUE_1"
    '''1.'''
    FALSE = "FALSE"
    '''False.'''
    TRUE = "TRUE"
    '''True.'''
    NO = "NO"
    '''No.'''
    YES = "YES"
    '''Yes.'''
    OFF = "OFF"
    '''Off.'''
    ON = "ON"
    '''On.'''
    DISABLE = "DISABLE"
    '''Disable.'''
    ENABLE = "ENABLE"
    '''Enable.'''
    DISABLED = "DISABLED"
    '''Disabled.'''
    ENABLED = "ENABLED"
    '''Enabled.'''


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcilingHostDropReplicasOnDelete"
)
class ClickHouseInstallationSpecReconcilingHostDropReplicasOnDelete(enum.Enum):
    '''Whether the operator during reconcile procedure should drop replicas when replica is deleted.

    :schema: ClickHouseInstallationSpecReconcilingHostDropReplicasOnDelete
    '''

    VALUE_0 = "VALUE_0"
    '''0.'''
    VALUE_1 = "VALUE_1"
    '''1.'''
    FALSE = "FALSE"
    '''False.'''
    TRUE = "TRUE"
    '''True.'''
    NO = "NO"
    '''No.'''
    YES = "YES"
    '''Yes.'''
    OFF = "OFF"
    '''Off.'''
    ON = "ON"
    '''On.'''
    DISABLE = "DISABLE"
    '''Disable.'''
    ENABLE = "ENABLE"
    '''Enable.'''
    DISABLED = "DISABLED"
    '''Disabled.'''
    ENABLED = "ENABLED"
    '''Enabled.'''


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcilingHostDropReplicasOnLostVolume"
)
class ClickHouseInstallationSpecReconcilingHostDropReplicasOnLostVolume(enum.Enum):
    '''Whether the operator during reconcile procedure should drop replicas when replica volume is lost.

    :schema: ClickHouseInstallationSpecReconcilingHostDropReplicasOnLostVolume
    '''

    VALUE_0 = "VALUE_0"
    '''0.'''
    VALUE_1 = "VALUE_1"
    '''1.'''
    FALSE = "FALSE"
    '''False.'''
    TRUE = "TRUE"
    '''True.'''
    NO = "NO"
    '''No.'''
    YES = "YES"
    '''Yes.'''
    OFF = "OFF"
    '''Off.'''
    ON = "ON"
    '''On.'''
    DISABLE = "DISABLE"
    '''Disable.'''
    ENABLE = "ENABLE"
    '''Enable.'''
    DISABLED = "DISABLED"
    '''Disabled.'''
    ENABLED = "ENABLED"
    '''Enabled.'''


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcilingHostWait",
    jsii_struct_bases=[],
    name_mapping={
        "exclude": "exclude",
        "include": "include",
        "probes": "probes",
        "queries": "queries",
        "replicas": "replicas",
    },
)
class ClickHouseInstallationSpecReconcilingHostWait:
    def __init__(
        self,
        *,
        exclude: typing.Optional["ClickHouseInstallationSpecReconcilingHostWaitExclude"] = None,
        include: typing.Optional["ClickHouseInstallationSpecReconcilingHostWaitInclude"] = None,
        probes: typing.Optional[typing.Union["ClickHouseInstallationSpecReconcilingHostWaitProbes", typing.Dict[builtins.str, typing.Any]]] = None,
        queries: typing.Optional["ClickHouseInstallationSpecReconcilingHostWaitQueries"] = None,
        replicas: typing.Optional[typing.Union["ClickHouseInstallationSpecReconcilingHostWaitReplicas", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param exclude: Allows to stop all ClickHouse clusters defined in a CHI. Works as the following: - When ``stop`` is ``1`` operator sets ``Replicas: 0`` in each StatefulSet. Thie leads to having all ``Pods`` and ``Service`` deleted. All PVCs are kept intact. - When ``stop`` is ``0`` operator sets ``Replicas: 1`` and ``Pod``s and ``Service``s will created again and all retained PVCs will be attached to ``Pod``s.
        :param include: Whether the operator during reconcile procedure should wait for a ClickHouse host to be included into a ClickHouse cluster.
        :param probes: What probes the operator should wait during host launch procedure.
        :param queries: Whether the operator during reconcile procedure should wait for a ClickHouse host to complete all running queries.
        :param replicas: Whether the operator during reconcile procedure should wait for replicas to catch-up.

        :schema: ClickHouseInstallationSpecReconcilingHostWait
        '''
        if isinstance(probes, dict):
            probes = ClickHouseInstallationSpecReconcilingHostWaitProbes(**probes)
        if isinstance(replicas, dict):
            replicas = ClickHouseInstallationSpecReconcilingHostWaitReplicas(**replicas)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__01324fbaa52a041545a2b020e0d3657cbe0baaca9b3d4aedfa970cacb054f8ac)
            check_type(argname="argument exclude", value=exclude, expected_type=type_hints["exclude"])
            check_type(argname="argument include", value=include, expected_type=type_hints["include"])
            check_type(argname="argument probes", value=probes, expected_type=type_hints["probes"])
            check_type(argname="argument queries", value=queries, expected_type=type_hints["queries"])
            check_type(argname="argument replicas", value=replicas, expected_type=type_hints["replicas"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if exclude is not None:
            self._values["exclude"] = exclude
        if include is not None:
            self._values["include"] = include
        if probes is not None:
            self._values["probes"] = probes
        if queries is not None:
            self._values["queries"] = queries
        if replicas is not None:
            self._values["replicas"] = replicas

    @builtins.property
    def exclude(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecReconcilingHostWaitExclude"]:
        '''Allows to stop all ClickHouse clusters defined in a CHI.

        Works as the following:

        - When ``stop`` is ``1`` operator sets ``Replicas: 0`` in each StatefulSet. Thie leads to having all ``Pods`` and ``Service`` deleted. All PVCs are kept intact.
        - When ``stop`` is ``0`` operator sets ``Replicas: 1`` and ``Pod``s and ``Service``s will created again and all retained PVCs will be attached to ``Pod``s.

        :schema: ClickHouseInstallationSpecReconcilingHostWait#exclude
        '''
        result = self._values.get("exclude")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcilingHostWaitExclude"], result)

    @builtins.property
    def include(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecReconcilingHostWaitInclude"]:
        '''Whether the operator during reconcile procedure should wait for a ClickHouse host to be included into a ClickHouse cluster.

        :schema: ClickHouseInstallationSpecReconcilingHostWait#include
        '''
        result = self._values.get("include")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcilingHostWaitInclude"], result)

    @builtins.property
    def probes(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecReconcilingHostWaitProbes"]:
        '''What probes the operator should wait during host launch procedure.

        :schema: ClickHouseInstallationSpecReconcilingHostWait#probes
        '''
        result = self._values.get("probes")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcilingHostWaitProbes"], result)

    @builtins.property
    def queries(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecReconcilingHostWaitQueries"]:
        '''Whether the operator during reconcile procedure should wait for a ClickHouse host to complete all running queries.

        :schema: ClickHouseInstallationSpecReconcilingHostWait#queries
        '''
        result = self._values.get("queries")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcilingHostWaitQueries"], result)

    @builtins.property
    def replicas(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecReconcilingHostWaitReplicas"]:
        '''Whether the operator during reconcile procedure should wait for replicas to catch-up.

        :schema: ClickHouseInstallationSpecReconcilingHostWait#replicas
        '''
        result = self._values.get("replicas")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcilingHostWaitReplicas"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecReconcilingHostWait(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcilingHostWaitExclude"
)
class ClickHouseInstallationSpecReconcilingHostWaitExclude(enum.Enum):
    '''Allows to stop all ClickHouse clusters defined in a CHI.

    Works as the following:

    - When ``stop`` is ``1`` operator sets ``Replicas: 0`` in each StatefulSet. Thie leads to having all ``Pods`` and ``Service`` deleted. All PVCs are kept intact.
    - When ``stop`` is ``0`` operator sets ``Replicas: 1`` and ``Pod``s and ``Service``s will created again and all retained PVCs will be attached to ``Pod``s.

    :schema: ClickHouseInstallationSpecReconcilingHostWaitExclude
    '''

    VALUE_0 = "VALUE_0"
    '''0.'''
    VALUE_1 = "VALUE_1"
    '''1.'''
    FALSE = "FALSE"
    '''False.'''
    TRUE = "TRUE"
    '''True.'''
    NO = "NO"
    '''No.'''
    YES = "YES"
    '''Yes.'''
    OFF = "OFF"
    '''Off.'''
    ON = "ON"
    '''On.'''
    DISABLE = "DISABLE"
    '''Disable.'''
    ENABLE = "ENABLE"
    '''Enable.'''
    DISABLED = "DISABLED"
    '''Disabled.'''
    ENABLED = "ENABLED"
    '''Enabled.'''


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcilingHostWaitInclude"
)
class ClickHouseInstallationSpecReconcilingHostWaitInclude(enum.Enum):
    '''Whether the operator during reconcile procedure should wait for a ClickHouse host to be included into a ClickHouse cluster.

    :schema: ClickHouseInstallationSpecReconcilingHostWaitInclude
    '''

    VALUE_0 = "VALUE_0"
    '''0.'''
    VALUE_1 = "VALUE_1"
    '''1.'''
    FALSE = "FALSE"
    '''False.'''
    TRUE = "TRUE"
    '''True.'''
    NO = "NO"
    '''No.'''
    YES = "YES"
    '''Yes.'''
    OFF = "OFF"
    '''Off.'''
    ON = "ON"
    '''On.'''
    DISABLE = "DISABLE"
    '''Disable.'''
    ENABLE = "ENABLE"
    '''Enable.'''
    DISABLED = "DISABLED"
    '''Disabled.'''
    ENABLED = "ENABLED"
    '''Enabled.'''


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcilingHostWaitProbes",
    jsii_struct_bases=[],
    name_mapping={"readiness": "readiness", "startup": "startup"},
)
class ClickHouseInstallationSpecReconcilingHostWaitProbes:
    def __init__(
        self,
        *,
        readiness: typing.Optional["ClickHouseInstallationSpecReconcilingHostWaitProbesReadiness"] = None,
        startup: typing.Optional["ClickHouseInstallationSpecReconcilingHostWaitProbesStartup"] = None,
    ) -> None:
        '''What probes the operator should wait during host launch procedure.

        :param readiness: Whether the operator during host launch procedure should wait for ready probe to succeed. In case probe is unspecified wait is assumed to be completed successfully. Default option value is to wait.
        :param startup: Whether the operator during host launch procedure should wait for startup probe to succeed. In case probe is unspecified wait is assumed to be completed successfully. Default option value is to do not wait.

        :schema: ClickHouseInstallationSpecReconcilingHostWaitProbes
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d46163ae30d049430c8364518005684bfca2a1b3623bd382e8230fd4c09d0a03)
            check_type(argname="argument readiness", value=readiness, expected_type=type_hints["readiness"])
            check_type(argname="argument startup", value=startup, expected_type=type_hints["startup"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if readiness is not None:
            self._values["readiness"] = readiness
        if startup is not None:
            self._values["startup"] = startup

    @builtins.property
    def readiness(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecReconcilingHostWaitProbesReadiness"]:
        '''Whether the operator during host launch procedure should wait for ready probe to succeed.

        In case probe is unspecified wait is assumed to be completed successfully.
        Default option value is to wait.

        :schema: ClickHouseInstallationSpecReconcilingHostWaitProbes#readiness
        '''
        result = self._values.get("readiness")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcilingHostWaitProbesReadiness"], result)

    @builtins.property
    def startup(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecReconcilingHostWaitProbesStartup"]:
        '''Whether the operator during host launch procedure should wait for startup probe to succeed.

        In case probe is unspecified wait is assumed to be completed successfully.
        Default option value is to do not wait.

        :schema: ClickHouseInstallationSpecReconcilingHostWaitProbes#startup
        '''
        result = self._values.get("startup")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcilingHostWaitProbesStartup"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecReconcilingHostWaitProbes(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcilingHostWaitProbesReadiness"
)
class ClickHouseInstallationSpecReconcilingHostWaitProbesReadiness(enum.Enum):
    '''Whether the operator during host launch procedure should wait for ready probe to succeed.

    In case probe is unspecified wait is assumed to be completed successfully.
    Default option value is to wait.

    :schema: ClickHouseInstallationSpecReconcilingHostWaitProbesReadiness
    '''

    VALUE_0 = "VALUE_0"
    '''0.'''
    VALUE_1 = "VALUE_1"
    '''1.'''
    FALSE = "FALSE"
    '''False.'''
    TRUE = "TRUE"
    '''True.'''
    NO = "NO"
    '''No.'''
    YES = "YES"
    '''Yes.'''
    OFF = "OFF"
    '''Off.'''
    ON = "ON"
    '''On.'''
    DISABLE = "DISABLE"
    '''Disable.'''
    ENABLE = "ENABLE"
    '''Enable.'''
    DISABLED = "DISABLED"
    '''Disabled.'''
    ENABLED = "ENABLED"
    '''Enabled.'''


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcilingHostWaitProbesStartup"
)
class ClickHouseInstallationSpecReconcilingHostWaitProbesStartup(enum.Enum):
    '''Whether the operator during host launch procedure should wait for startup probe to succeed.

    In case probe is unspecified wait is assumed to be completed successfully.
    Default option value is to do not wait.

    :schema: ClickHouseInstallationSpecReconcilingHostWaitProbesStartup
    '''

    VALUE_0 = "VALUE_0"
    '''0.'''
    VALUE_1 = "VALUE_1"
    '''1.'''
    FALSE = "FALSE"
    '''False.'''
    TRUE = "TRUE"
    '''True.'''
    NO = "NO"
    '''No.'''
    YES = "YES"
    '''Yes.'''
    OFF = "OFF"
    '''Off.'''
    ON = "ON"
    '''On.'''
    DISABLE = "DISABLE"
    '''Disable.'''
    ENABLE = "ENABLE"
    '''Enable.'''
    DISABLED = "DISABLED"
    '''Disabled.'''
    ENABLED = "ENABLED"
    '''Enabled.'''


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcilingHostWaitQueries"
)
class ClickHouseInstallationSpecReconcilingHostWaitQueries(enum.Enum):
    '''Whether the operator during reconcile procedure should wait for a ClickHouse host to complete all running queries.

    :schema: ClickHouseInstallationSpecReconcilingHostWaitQueries
    '''

    VALUE_0 = "VALUE_0"
    '''0.'''
    VALUE_1 = "VALUE_1"
    '''1.'''
    FALSE = "FALSE"
    '''False.'''
    TRUE = "TRUE"
    '''True.'''
    NO = "NO"
    '''No.'''
    YES = "YES"
    '''Yes.'''
    OFF = "OFF"
    '''Off.'''
    ON = "ON"
    '''On.'''
    DISABLE = "DISABLE"
    '''Disable.'''
    ENABLE = "ENABLE"
    '''Enable.'''
    DISABLED = "DISABLED"
    '''Disabled.'''
    ENABLED = "ENABLED"
    '''Enabled.'''


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcilingHostWaitReplicas",
    jsii_struct_bases=[],
    name_mapping={"all": "all", "delay": "delay", "new": "new"},
)
class ClickHouseInstallationSpecReconcilingHostWaitReplicas:
    def __init__(
        self,
        *,
        all: typing.Optional["ClickHouseInstallationSpecReconcilingHostWaitReplicasAll"] = None,
        delay: typing.Optional[jsii.Number] = None,
        new: typing.Optional["ClickHouseInstallationSpecReconcilingHostWaitReplicasNew"] = None,
    ) -> None:
        '''Whether the operator during reconcile procedure should wait for replicas to catch-up.

        :param all: Whether the operator during reconcile procedure should wait for all replicas to catch-up.
        :param delay: replication max absolute delay to consider replica is not delayed.
        :param new: Whether the operator during reconcile procedure should wait for new replicas to catch-up.

        :schema: ClickHouseInstallationSpecReconcilingHostWaitReplicas
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__28f1f107a54e6dfb083fd488cf2bdef9a25d195cc7a88a5a381cbca4b1054aba)
            check_type(argname="argument all", value=all, expected_type=type_hints["all"])
            check_type(argname="argument delay", value=delay, expected_type=type_hints["delay"])
            check_type(argname="argument new", value=new, expected_type=type_hints["new"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if all is not None:
            self._values["all"] = all
        if delay is not None:
            self._values["delay"] = delay
        if new is not None:
            self._values["new"] = new

    @builtins.property
    def all(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecReconcilingHostWaitReplicasAll"]:
        '''Whether the operator during reconcile procedure should wait for all replicas to catch-up.

        :schema: ClickHouseInstallationSpecReconcilingHostWaitReplicas#all
        '''
        result = self._values.get("all")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcilingHostWaitReplicasAll"], result)

    @builtins.property
    def delay(self) -> typing.Optional[jsii.Number]:
        '''replication max absolute delay to consider replica is not delayed.

        :schema: ClickHouseInstallationSpecReconcilingHostWaitReplicas#delay
        '''
        result = self._values.get("delay")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def new(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecReconcilingHostWaitReplicasNew"]:
        '''Whether the operator during reconcile procedure should wait for new replicas to catch-up.

        :schema: ClickHouseInstallationSpecReconcilingHostWaitReplicas#new
        '''
        result = self._values.get("new")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcilingHostWaitReplicasNew"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecReconcilingHostWaitReplicas(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcilingHostWaitReplicasAll"
)
class ClickHouseInstallationSpecReconcilingHostWaitReplicasAll(enum.Enum):
    '''Whether the operator during reconcile procedure should wait for all replicas to catch-up.

    :schema: ClickHouseInstallationSpecReconcilingHostWaitReplicasAll
    '''

    VALUE_0 = "VALUE_0"
    '''0.'''
    VALUE_1 = "VALUE_1"
    '''1.'''
    FALSE = "FALSE"
    '''False.'''
    TRUE = "TRUE"
    '''True.'''
    NO = "NO"
    '''No.'''
    YES = "YES"
    '''Yes.'''
    OFF = "OFF"
    '''Off.'''
    ON = "ON"
    '''On.'''
    DISABLE = "DISABLE"
    '''Disable.'''
    ENABLE = "ENABLE"
    '''Enable.'''
    DISABLED = "DISABLED"
    '''Disabled.'''
    ENABLED = "ENABLED"
    '''Enabled.'''


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcilingHostWaitReplicasNew"
)
class ClickHouseInstallationSpecReconcilingHostWaitReplicasNew(enum.Enum):
    '''Whether the operator during reconcile procedure should wait for new replicas to catch-up.

    :schema: ClickHouseInstallationSpecReconcilingHostWaitReplicasNew
    '''

    VALUE_0 = "VALUE_0"
    '''0.'''
    VALUE_1 = "VALUE_1"
    '''1.'''
    FALSE = "FALSE"
    '''False.'''
    TRUE = "TRUE"
    '''True.'''
    NO = "NO"
    '''No.'''
    YES = "YES"
    '''Yes.'''
    OFF = "OFF"
    '''Off.'''
    ON = "ON"
    '''On.'''
    DISABLE = "DISABLE"
    '''Disable.'''
    ENABLE = "ENABLE"
    '''Enable.'''
    DISABLED = "DISABLED"
    '''Disabled.'''
    ENABLED = "ENABLED"
    '''Enabled.'''


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcilingMacros",
    jsii_struct_bases=[],
    name_mapping={"sections": "sections"},
)
class ClickHouseInstallationSpecReconcilingMacros:
    def __init__(
        self,
        *,
        sections: typing.Optional[typing.Union["ClickHouseInstallationSpecReconcilingMacrosSections", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''macros parameters.

        :param sections: sections behaviour for macros.

        :schema: ClickHouseInstallationSpecReconcilingMacros
        '''
        if isinstance(sections, dict):
            sections = ClickHouseInstallationSpecReconcilingMacrosSections(**sections)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9024bdf732b7d164045b3904107e5fa50ba503fc274486d68489db17389664be)
            check_type(argname="argument sections", value=sections, expected_type=type_hints["sections"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if sections is not None:
            self._values["sections"] = sections

    @builtins.property
    def sections(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecReconcilingMacrosSections"]:
        '''sections behaviour for macros.

        :schema: ClickHouseInstallationSpecReconcilingMacros#sections
        '''
        result = self._values.get("sections")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcilingMacrosSections"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecReconcilingMacros(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcilingMacrosSections",
    jsii_struct_bases=[],
    name_mapping={
        "files": "files",
        "profiles": "profiles",
        "quotas": "quotas",
        "settings": "settings",
        "users": "users",
    },
)
class ClickHouseInstallationSpecReconcilingMacrosSections:
    def __init__(
        self,
        *,
        files: typing.Optional[typing.Union["ClickHouseInstallationSpecReconcilingMacrosSectionsFiles", typing.Dict[builtins.str, typing.Any]]] = None,
        profiles: typing.Optional[typing.Union["ClickHouseInstallationSpecReconcilingMacrosSectionsProfiles", typing.Dict[builtins.str, typing.Any]]] = None,
        quotas: typing.Optional[typing.Union["ClickHouseInstallationSpecReconcilingMacrosSectionsQuotas", typing.Dict[builtins.str, typing.Any]]] = None,
        settings: typing.Optional[typing.Union["ClickHouseInstallationSpecReconcilingMacrosSectionsSettings", typing.Dict[builtins.str, typing.Any]]] = None,
        users: typing.Optional[typing.Union["ClickHouseInstallationSpecReconcilingMacrosSectionsUsers", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''sections behaviour for macros.

        :param files: sections behaviour for macros on files.
        :param profiles: sections behaviour for macros on profiles.
        :param quotas: sections behaviour for macros on quotas.
        :param settings: sections behaviour for macros on settings.
        :param users: sections behaviour for macros on users.

        :schema: ClickHouseInstallationSpecReconcilingMacrosSections
        '''
        if isinstance(files, dict):
            files = ClickHouseInstallationSpecReconcilingMacrosSectionsFiles(**files)
        if isinstance(profiles, dict):
            profiles = ClickHouseInstallationSpecReconcilingMacrosSectionsProfiles(**profiles)
        if isinstance(quotas, dict):
            quotas = ClickHouseInstallationSpecReconcilingMacrosSectionsQuotas(**quotas)
        if isinstance(settings, dict):
            settings = ClickHouseInstallationSpecReconcilingMacrosSectionsSettings(**settings)
        if isinstance(users, dict):
            users = ClickHouseInstallationSpecReconcilingMacrosSectionsUsers(**users)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6bfe5dc3116912318f5997d08c425601b3f32a14bcecfab0874b97eb3944e17e)
            check_type(argname="argument files", value=files, expected_type=type_hints["files"])
            check_type(argname="argument profiles", value=profiles, expected_type=type_hints["profiles"])
            check_type(argname="argument quotas", value=quotas, expected_type=type_hints["quotas"])
            check_type(argname="argument settings", value=settings, expected_type=type_hints["settings"])
            check_type(argname="argument users", value=users, expected_type=type_hints["users"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if files is not None:
            self._values["files"] = files
        if profiles is not None:
            self._values["profiles"] = profiles
        if quotas is not None:
            self._values["quotas"] = quotas
        if settings is not None:
            self._values["settings"] = settings
        if users is not None:
            self._values["users"] = users

    @builtins.property
    def files(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecReconcilingMacrosSectionsFiles"]:
        '''sections behaviour for macros on files.

        :schema: ClickHouseInstallationSpecReconcilingMacrosSections#files
        '''
        result = self._values.get("files")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcilingMacrosSectionsFiles"], result)

    @builtins.property
    def profiles(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecReconcilingMacrosSectionsProfiles"]:
        '''sections behaviour for macros on profiles.

        :schema: ClickHouseInstallationSpecReconcilingMacrosSections#profiles
        '''
        result = self._values.get("profiles")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcilingMacrosSectionsProfiles"], result)

    @builtins.property
    def quotas(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecReconcilingMacrosSectionsQuotas"]:
        '''sections behaviour for macros on quotas.

        :schema: ClickHouseInstallationSpecReconcilingMacrosSections#quotas
        '''
        result = self._values.get("quotas")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcilingMacrosSectionsQuotas"], result)

    @builtins.property
    def settings(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecReconcilingMacrosSectionsSettings"]:
        '''sections behaviour for macros on settings.

        :schema: ClickHouseInstallationSpecReconcilingMacrosSections#settings
        '''
        result = self._values.get("settings")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcilingMacrosSectionsSettings"], result)

    @builtins.property
    def users(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecReconcilingMacrosSectionsUsers"]:
        '''sections behaviour for macros on users.

        :schema: ClickHouseInstallationSpecReconcilingMacrosSections#users
        '''
        result = self._values.get("users")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcilingMacrosSectionsUsers"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecReconcilingMacrosSections(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcilingMacrosSectionsFiles",
    jsii_struct_bases=[],
    name_mapping={"enabled": "enabled"},
)
class ClickHouseInstallationSpecReconcilingMacrosSectionsFiles:
    def __init__(
        self,
        *,
        enabled: typing.Optional["ClickHouseInstallationSpecReconcilingMacrosSectionsFilesEnabled"] = None,
    ) -> None:
        '''sections behaviour for macros on files.

        :param enabled: enabled or not.

        :schema: ClickHouseInstallationSpecReconcilingMacrosSectionsFiles
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e3d1351c5612fe2314b2b8d62824fc82ae2ffeac1f8cc2af35a02f20234f7f0a)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if enabled is not None:
            self._values["enabled"] = enabled

    @builtins.property
    def enabled(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecReconcilingMacrosSectionsFilesEnabled"]:
        '''enabled or not.

        :schema: ClickHouseInstallationSpecReconcilingMacrosSectionsFiles#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcilingMacrosSectionsFilesEnabled"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecReconcilingMacrosSectionsFiles(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcilingMacrosSectionsFilesEnabled"
)
class ClickHouseInstallationSpecReconcilingMacrosSectionsFilesEnabled(enum.Enum):
    '''enabled or not.

    :schema: ClickHouseInstallationSpecReconcilingMacrosSectionsFilesEnabled
    '''

    VALUE_0 = "VALUE_0"
    '''0.'''
    VALUE_1 = "VALUE_1"
    '''1.'''
    FALSE = "FALSE"
    '''False.'''
    TRUE = "TRUE"
    '''True.'''
    NO = "NO"
    '''No.'''
    YES = "YES"
    '''Yes.'''
    OFF = "OFF"
    '''Off.'''
    ON = "ON"
    '''On.'''
    DISABLE = "DISABLE"
    '''Disable.'''
    ENABLE = "ENABLE"
    '''Enable.'''
    DISABLED = "DISABLED"
    '''Disabled.'''
    ENABLED = "ENABLED"
    '''Enabled.'''


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcilingMacrosSectionsProfiles",
    jsii_struct_bases=[],
    name_mapping={"enabled": "enabled"},
)
class ClickHouseInstallationSpecReconcilingMacrosSectionsProfiles:
    def __init__(
        self,
        *,
        enabled: typing.Optional["ClickHouseInstallationSpecReconcilingMacrosSectionsProfilesEnabled"] = None,
    ) -> None:
        '''sections behaviour for macros on profiles.

        :param enabled: enabled or not.

        :schema: ClickHouseInstallationSpecReconcilingMacrosSectionsProfiles
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4eec964020dfd889934ea913b7f64da09c0669c63506b6b2c53ff7c82300dc31)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if enabled is not None:
            self._values["enabled"] = enabled

    @builtins.property
    def enabled(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecReconcilingMacrosSectionsProfilesEnabled"]:
        '''enabled or not.

        :schema: ClickHouseInstallationSpecReconcilingMacrosSectionsProfiles#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcilingMacrosSectionsProfilesEnabled"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecReconcilingMacrosSectionsProfiles(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcilingMacrosSectionsProfilesEnabled"
)
class ClickHouseInstallationSpecReconcilingMacrosSectionsProfilesEnabled(enum.Enum):
    '''enabled or not.

    :schema: ClickHouseInstallationSpecReconcilingMacrosSectionsProfilesEnabled
    '''

    VALUE_0 = "VALUE_0"
    '''0.'''
    VALUE_1 = "VALUE_1"
    '''1.'''
    FALSE = "FALSE"
    '''False.'''
    TRUE = "TRUE"
    '''True.'''
    NO = "NO"
    '''No.'''
    YES = "YES"
    '''Yes.'''
    OFF = "OFF"
    '''Off.'''
    ON = "ON"
    '''On.'''
    DISABLE = "DISABLE"
    '''Disable.'''
    ENABLE = "ENABLE"
    '''Enable.'''
    DISABLED = "DISABLED"
    '''Disabled.'''
    ENABLED = "ENABLED"
    '''Enabled.'''


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcilingMacrosSectionsQuotas",
    jsii_struct_bases=[],
    name_mapping={"enabled": "enabled"},
)
class ClickHouseInstallationSpecReconcilingMacrosSectionsQuotas:
    def __init__(
        self,
        *,
        enabled: typing.Optional["ClickHouseInstallationSpecReconcilingMacrosSectionsQuotasEnabled"] = None,
    ) -> None:
        '''sections behaviour for macros on quotas.

        :param enabled: enabled or not.

        :schema: ClickHouseInstallationSpecReconcilingMacrosSectionsQuotas
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bd27f844a1231aeeccd1eec482f27aacdfa7f30d90dc8f5452512d6968bae762)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if enabled is not None:
            self._values["enabled"] = enabled

    @builtins.property
    def enabled(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecReconcilingMacrosSectionsQuotasEnabled"]:
        '''enabled or not.

        :schema: ClickHouseInstallationSpecReconcilingMacrosSectionsQuotas#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcilingMacrosSectionsQuotasEnabled"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecReconcilingMacrosSectionsQuotas(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcilingMacrosSectionsQuotasEnabled"
)
class ClickHouseInstallationSpecReconcilingMacrosSectionsQuotasEnabled(enum.Enum):
    '''enabled or not.

    :schema: ClickHouseInstallationSpecReconcilingMacrosSectionsQuotasEnabled
    '''

    VALUE_0 = "VALUE_0"
    '''0.'''
    VALUE_1 = "VALUE_1"
    '''1.'''
    FALSE = "FALSE"
    '''False.'''
    TRUE = "TRUE"
    '''True.'''
    NO = "NO"
    '''No.'''
    YES = "YES"
    '''Yes.'''
    OFF = "OFF"
    '''Off.'''
    ON = "ON"
    '''On.'''
    DISABLE = "DISABLE"
    '''Disable.'''
    ENABLE = "ENABLE"
    '''Enable.'''
    DISABLED = "DISABLED"
    '''Disabled.'''
    ENABLED = "ENABLED"
    '''Enabled.'''


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcilingMacrosSectionsSettings",
    jsii_struct_bases=[],
    name_mapping={"enabled": "enabled"},
)
class ClickHouseInstallationSpecReconcilingMacrosSectionsSettings:
    def __init__(
        self,
        *,
        enabled: typing.Optional["ClickHouseInstallationSpecReconcilingMacrosSectionsSettingsEnabled"] = None,
    ) -> None:
        '''sections behaviour for macros on settings.

        :param enabled: enabled or not.

        :schema: ClickHouseInstallationSpecReconcilingMacrosSectionsSettings
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f68e4e6ae07239d2acdea7755541381fd11b54dee5d33d349dea4e378ba8c807)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if enabled is not None:
            self._values["enabled"] = enabled

    @builtins.property
    def enabled(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecReconcilingMacrosSectionsSettingsEnabled"]:
        '''enabled or not.

        :schema: ClickHouseInstallationSpecReconcilingMacrosSectionsSettings#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcilingMacrosSectionsSettingsEnabled"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecReconcilingMacrosSectionsSettings(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcilingMacrosSectionsSettingsEnabled"
)
class ClickHouseInstallationSpecReconcilingMacrosSectionsSettingsEnabled(enum.Enum):
    '''enabled or not.

    :schema: ClickHouseInstallationSpecReconcilingMacrosSectionsSettingsEnabled
    '''

    VALUE_0 = "VALUE_0"
    '''0.'''
    VALUE_1 = "VALUE_1"
    '''1.'''
    FALSE = "FALSE"
    '''False.'''
    TRUE = "TRUE"
    '''True.'''
    NO = "NO"
    '''No.'''
    YES = "YES"
    '''Yes.'''
    OFF = "OFF"
    '''Off.'''
    ON = "ON"
    '''On.'''
    DISABLE = "DISABLE"
    '''Disable.'''
    ENABLE = "ENABLE"
    '''Enable.'''
    DISABLED = "DISABLED"
    '''Disabled.'''
    ENABLED = "ENABLED"
    '''Enabled.'''


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcilingMacrosSectionsUsers",
    jsii_struct_bases=[],
    name_mapping={"enabled": "enabled"},
)
class ClickHouseInstallationSpecReconcilingMacrosSectionsUsers:
    def __init__(
        self,
        *,
        enabled: typing.Optional["ClickHouseInstallationSpecReconcilingMacrosSectionsUsersEnabled"] = None,
    ) -> None:
        '''sections behaviour for macros on users.

        :param enabled: enabled or not.

        :schema: ClickHouseInstallationSpecReconcilingMacrosSectionsUsers
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5d1fe6d6ed6f31069f4c69942f33e0358e79c301647b73ea61661435e6ce1305)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if enabled is not None:
            self._values["enabled"] = enabled

    @builtins.property
    def enabled(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecReconcilingMacrosSectionsUsersEnabled"]:
        '''enabled or not.

        :schema: ClickHouseInstallationSpecReconcilingMacrosSectionsUsers#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecReconcilingMacrosSectionsUsersEnabled"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecReconcilingMacrosSectionsUsers(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcilingMacrosSectionsUsersEnabled"
)
class ClickHouseInstallationSpecReconcilingMacrosSectionsUsersEnabled(enum.Enum):
    '''enabled or not.

    :schema: ClickHouseInstallationSpecReconcilingMacrosSectionsUsersEnabled
    '''

    VALUE_0 = "VALUE_0"
    '''0.'''
    VALUE_1 = "VALUE_1"
    '''1.'''
    FALSE = "FALSE"
    '''False.'''
    TRUE = "TRUE"
    '''True.'''
    NO = "NO"
    '''No.'''
    YES = "YES"
    '''Yes.'''
    OFF = "OFF"
    '''Off.'''
    ON = "ON"
    '''On.'''
    DISABLE = "DISABLE"
    '''Disable.'''
    ENABLE = "ENABLE"
    '''Enable.'''
    DISABLED = "DISABLED"
    '''Disabled.'''
    ENABLED = "ENABLED"
    '''Enabled.'''


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcilingPolicy"
)
class ClickHouseInstallationSpecReconcilingPolicy(enum.Enum):
    '''DISCUSSED TO BE DEPRECATED Syntax sugar Overrides all three 'reconcile.host.wait.{exclude, queries, include}' values from the operator's config Possible values: - wait - should wait to exclude host, complete queries and include host back into the cluster - nowait - should NOT wait to exclude host, complete queries and include host back into the cluster.

    :schema: ClickHouseInstallationSpecReconcilingPolicy
    '''

    WAIT = "WAIT"
    '''wait.'''
    NOWAIT = "NOWAIT"
    '''nowait.'''


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecReconcilingRuntime",
    jsii_struct_bases=[],
    name_mapping={
        "reconcile_shards_max_concurrency_percent": "reconcileShardsMaxConcurrencyPercent",
        "reconcile_shards_threads_number": "reconcileShardsThreadsNumber",
    },
)
class ClickHouseInstallationSpecReconcilingRuntime:
    def __init__(
        self,
        *,
        reconcile_shards_max_concurrency_percent: typing.Optional[jsii.Number] = None,
        reconcile_shards_threads_number: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''runtime parameters for clickhouse-operator process which are used during reconcile cycle.

        :param reconcile_shards_max_concurrency_percent: The maximum percentage of cluster shards that may be reconciled in parallel, 50 percent by default.
        :param reconcile_shards_threads_number: The maximum number of cluster shards that may be reconciled in parallel, 1 by default.

        :schema: ClickHouseInstallationSpecReconcilingRuntime
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__570f0bd500060358c08136339998ff02a60241fe8e50d0eaced4b2d27e0eea5b)
            check_type(argname="argument reconcile_shards_max_concurrency_percent", value=reconcile_shards_max_concurrency_percent, expected_type=type_hints["reconcile_shards_max_concurrency_percent"])
            check_type(argname="argument reconcile_shards_threads_number", value=reconcile_shards_threads_number, expected_type=type_hints["reconcile_shards_threads_number"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if reconcile_shards_max_concurrency_percent is not None:
            self._values["reconcile_shards_max_concurrency_percent"] = reconcile_shards_max_concurrency_percent
        if reconcile_shards_threads_number is not None:
            self._values["reconcile_shards_threads_number"] = reconcile_shards_threads_number

    @builtins.property
    def reconcile_shards_max_concurrency_percent(self) -> typing.Optional[jsii.Number]:
        '''The maximum percentage of cluster shards that may be reconciled in parallel, 50 percent by default.

        :schema: ClickHouseInstallationSpecReconcilingRuntime#reconcileShardsMaxConcurrencyPercent
        '''
        result = self._values.get("reconcile_shards_max_concurrency_percent")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def reconcile_shards_threads_number(self) -> typing.Optional[jsii.Number]:
        '''The maximum number of cluster shards that may be reconciled in parallel, 1 by default.

        :schema: ClickHouseInstallationSpecReconcilingRuntime#reconcileShardsThreadsNumber
        '''
        result = self._values.get("reconcile_shards_threads_number")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecReconcilingRuntime(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecRestart"
)
class ClickHouseInstallationSpecRestart(enum.Enum):
    '''In case 'RollingUpdate' specified, the operator will always restart ClickHouse pods during reconcile.

    This options is used in rare cases when force restart is required and is typically removed after the use in order to avoid unneeded restarts.

    :schema: ClickHouseInstallationSpecRestart
    '''

    ROLLING_UPDATE = "ROLLING_UPDATE"
    '''RollingUpdate.'''


@jsii.enum(jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecStop")
class ClickHouseInstallationSpecStop(enum.Enum):
    '''Allows to stop all ClickHouse clusters defined in a CHI.

    Works as the following:

    - When ``stop`` is ``1`` operator sets ``Replicas: 0`` in each StatefulSet. Thie leads to having all ``Pods`` and ``Service`` deleted. All PVCs are kept intact.
    - When ``stop`` is ``0`` operator sets ``Replicas: 1`` and ``Pod``s and ``Service``s will created again and all retained PVCs will be attached to ``Pod``s.

    :schema: ClickHouseInstallationSpecStop
    '''

    VALUE_0 = "VALUE_0"
    '''0.'''
    VALUE_1 = "VALUE_1"
    '''1.'''
    FALSE = "FALSE"
    '''False.'''
    TRUE = "TRUE"
    '''True.'''
    NO = "NO"
    '''No.'''
    YES = "YES"
    '''Yes.'''
    OFF = "OFF"
    '''Off.'''
    ON = "ON"
    '''On.'''
    DISABLE = "DISABLE"
    '''Disable.'''
    ENABLE = "ENABLE"
    '''Enable.'''
    DISABLED = "DISABLED"
    '''Disabled.'''
    ENABLED = "ENABLED"
    '''Enabled.'''


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecSuspend"
)
class ClickHouseInstallationSpecSuspend(enum.Enum):
    '''Suspend reconciliation of resources managed by a ClickHouse Installation.

    Works as the following:

    - When ``suspend`` is ``true`` operator stops reconciling all resources.
    - When ``suspend`` is ``false`` or not set, operator reconciles all resources.

    :schema: ClickHouseInstallationSpecSuspend
    '''

    VALUE_0 = "VALUE_0"
    '''0.'''
    VALUE_1 = "VALUE_1"
    '''1.'''
    FALSE = "FALSE"
    '''False.'''
    TRUE = "TRUE"
    '''True.'''
    NO = "NO"
    '''No.'''
    YES = "YES"
    '''Yes.'''
    OFF = "OFF"
    '''Off.'''
    ON = "ON"
    '''On.'''
    DISABLE = "DISABLE"
    '''Disable.'''
    ENABLE = "ENABLE"
    '''Enable.'''
    DISABLED = "DISABLED"
    '''Disabled.'''
    ENABLED = "ENABLED"
    '''Enabled.'''


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecTemplates",
    jsii_struct_bases=[],
    name_mapping={
        "host_templates": "hostTemplates",
        "pod_templates": "podTemplates",
        "service_templates": "serviceTemplates",
        "volume_claim_templates": "volumeClaimTemplates",
    },
)
class ClickHouseInstallationSpecTemplates:
    def __init__(
        self,
        *,
        host_templates: typing.Optional[typing.Sequence[typing.Union["ClickHouseInstallationSpecTemplatesHostTemplates", typing.Dict[builtins.str, typing.Any]]]] = None,
        pod_templates: typing.Optional[typing.Sequence[typing.Union["ClickHouseInstallationSpecTemplatesPodTemplates", typing.Dict[builtins.str, typing.Any]]]] = None,
        service_templates: typing.Optional[typing.Sequence[typing.Union["ClickHouseInstallationSpecTemplatesServiceTemplates", typing.Dict[builtins.str, typing.Any]]]] = None,
        volume_claim_templates: typing.Optional[typing.Sequence[typing.Union["ClickHouseInstallationSpecTemplatesVolumeClaimTemplates", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''allows define templates which will use for render Kubernetes resources like StatefulSet, ConfigMap, Service, PVC, by default, clickhouse-operator have own templates, but you can override it.

        :param host_templates: hostTemplate will use during apply to generate ``clickhose-server`` config files.
        :param pod_templates: podTemplate will use during render ``Pod`` inside ``StatefulSet.spec`` and allows define rendered ``Pod.spec``, pod scheduling distribution and pod zone More information: https://github.com/Altinity/clickhouse-operator/blob/master/docs/custom_resource_explained.md#spectemplatespodtemplates.
        :param service_templates: allows define template for rendering ``Service`` which would get endpoint from Pods which scoped chi-wide, cluster-wide, shard-wide, replica-wide level.
        :param volume_claim_templates: allows define template for rendering ``PVC`` kubernetes resource, which would use inside ``Pod`` for mount clickhouse ``data``, clickhouse ``logs`` or something else.

        :schema: ClickHouseInstallationSpecTemplates
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2565d72099060d6bb5fa1eea7fc4edab92da5f785d78c960b06c7554bc1e31ba)
            check_type(argname="argument host_templates", value=host_templates, expected_type=type_hints["host_templates"])
            check_type(argname="argument pod_templates", value=pod_templates, expected_type=type_hints["pod_templates"])
            check_type(argname="argument service_templates", value=service_templates, expected_type=type_hints["service_templates"])
            check_type(argname="argument volume_claim_templates", value=volume_claim_templates, expected_type=type_hints["volume_claim_templates"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if host_templates is not None:
            self._values["host_templates"] = host_templates
        if pod_templates is not None:
            self._values["pod_templates"] = pod_templates
        if service_templates is not None:
            self._values["service_templates"] = service_templates
        if volume_claim_templates is not None:
            self._values["volume_claim_templates"] = volume_claim_templates

    @builtins.property
    def host_templates(
        self,
    ) -> typing.Optional[typing.List["ClickHouseInstallationSpecTemplatesHostTemplates"]]:
        '''hostTemplate will use during apply to generate ``clickhose-server`` config files.

        :schema: ClickHouseInstallationSpecTemplates#hostTemplates
        '''
        result = self._values.get("host_templates")
        return typing.cast(typing.Optional[typing.List["ClickHouseInstallationSpecTemplatesHostTemplates"]], result)

    @builtins.property
    def pod_templates(
        self,
    ) -> typing.Optional[typing.List["ClickHouseInstallationSpecTemplatesPodTemplates"]]:
        '''podTemplate will use during render ``Pod`` inside ``StatefulSet.spec`` and allows define rendered ``Pod.spec``, pod scheduling distribution and pod zone More information: https://github.com/Altinity/clickhouse-operator/blob/master/docs/custom_resource_explained.md#spectemplatespodtemplates.

        :schema: ClickHouseInstallationSpecTemplates#podTemplates
        '''
        result = self._values.get("pod_templates")
        return typing.cast(typing.Optional[typing.List["ClickHouseInstallationSpecTemplatesPodTemplates"]], result)

    @builtins.property
    def service_templates(
        self,
    ) -> typing.Optional[typing.List["ClickHouseInstallationSpecTemplatesServiceTemplates"]]:
        '''allows define template for rendering ``Service`` which would get endpoint from Pods which scoped chi-wide, cluster-wide, shard-wide, replica-wide level.

        :schema: ClickHouseInstallationSpecTemplates#serviceTemplates
        '''
        result = self._values.get("service_templates")
        return typing.cast(typing.Optional[typing.List["ClickHouseInstallationSpecTemplatesServiceTemplates"]], result)

    @builtins.property
    def volume_claim_templates(
        self,
    ) -> typing.Optional[typing.List["ClickHouseInstallationSpecTemplatesVolumeClaimTemplates"]]:
        '''allows define template for rendering ``PVC`` kubernetes resource, which would use inside ``Pod`` for mount clickhouse ``data``, clickhouse ``logs`` or something else.

        :schema: ClickHouseInstallationSpecTemplates#volumeClaimTemplates
        '''
        result = self._values.get("volume_claim_templates")
        return typing.cast(typing.Optional[typing.List["ClickHouseInstallationSpecTemplatesVolumeClaimTemplates"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecTemplates(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecTemplatesHostTemplates",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "port_distribution": "portDistribution",
        "spec": "spec",
    },
)
class ClickHouseInstallationSpecTemplatesHostTemplates:
    def __init__(
        self,
        *,
        name: typing.Optional[builtins.str] = None,
        port_distribution: typing.Optional[typing.Sequence[typing.Union["ClickHouseInstallationSpecTemplatesHostTemplatesPortDistribution", typing.Dict[builtins.str, typing.Any]]]] = None,
        spec: typing.Optional[typing.Union["ClickHouseInstallationSpecTemplatesHostTemplatesSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param name: template name, could use to link inside top-level ``chi.spec.defaults.templates.hostTemplate``, cluster-level ``chi.spec.configuration.clusters.templates.hostTemplate``, shard-level ``chi.spec.configuration.clusters.layout.shards.temlates.hostTemplate``, replica-level ``chi.spec.configuration.clusters.layout.replicas.templates.hostTemplate``.
        :param port_distribution: define how will distribute numeric values of named ports in ``Pod.spec.containers.ports`` and clickhouse-server configs.
        :param spec: 

        :schema: ClickHouseInstallationSpecTemplatesHostTemplates
        '''
        if isinstance(spec, dict):
            spec = ClickHouseInstallationSpecTemplatesHostTemplatesSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__04917e04e274f2be7c8f7d3445e8236c55b0e6f0846219f70c818ab0ee6b4925)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument port_distribution", value=port_distribution, expected_type=type_hints["port_distribution"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name
        if port_distribution is not None:
            self._values["port_distribution"] = port_distribution
        if spec is not None:
            self._values["spec"] = spec

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''template name, could use to link inside top-level ``chi.spec.defaults.templates.hostTemplate``, cluster-level ``chi.spec.configuration.clusters.templates.hostTemplate``, shard-level ``chi.spec.configuration.clusters.layout.shards.temlates.hostTemplate``, replica-level ``chi.spec.configuration.clusters.layout.replicas.templates.hostTemplate``.

        :schema: ClickHouseInstallationSpecTemplatesHostTemplates#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port_distribution(
        self,
    ) -> typing.Optional[typing.List["ClickHouseInstallationSpecTemplatesHostTemplatesPortDistribution"]]:
        '''define how will distribute numeric values of named ports in ``Pod.spec.containers.ports`` and clickhouse-server configs.

        :schema: ClickHouseInstallationSpecTemplatesHostTemplates#portDistribution
        '''
        result = self._values.get("port_distribution")
        return typing.cast(typing.Optional[typing.List["ClickHouseInstallationSpecTemplatesHostTemplatesPortDistribution"]], result)

    @builtins.property
    def spec(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecTemplatesHostTemplatesSpec"]:
        '''
        :schema: ClickHouseInstallationSpecTemplatesHostTemplates#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecTemplatesHostTemplatesSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecTemplatesHostTemplates(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecTemplatesHostTemplatesPortDistribution",
    jsii_struct_bases=[],
    name_mapping={"type": "type"},
)
class ClickHouseInstallationSpecTemplatesHostTemplatesPortDistribution:
    def __init__(
        self,
        *,
        type: typing.Optional["ClickHouseInstallationSpecTemplatesHostTemplatesPortDistributionType"] = None,
    ) -> None:
        '''
        :param type: type of distribution, when ``Unspecified`` (default value) then all listen ports on clickhouse-server configuration in all Pods will have the same value, when ``ClusterScopeIndex`` then ports will increment to offset from base value depends on shard and replica index inside cluster with combination of ``chi.spec.templates.podTemlates.spec.HostNetwork`` it allows setup ClickHouse cluster inside Kubernetes and provide access via external network bypass Kubernetes internal network.

        :schema: ClickHouseInstallationSpecTemplatesHostTemplatesPortDistribution
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__242be459b223eed348dbfcfb60822f740e7a321184c1f7fed104b90f5a9ed1b0)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if type is not None:
            self._values["type"] = type

    @builtins.property
    def type(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecTemplatesHostTemplatesPortDistributionType"]:
        '''type of distribution, when ``Unspecified`` (default value) then all listen ports on clickhouse-server configuration in all Pods will have the same value, when ``ClusterScopeIndex`` then ports will increment to offset from base value depends on shard and replica index inside cluster with combination of ``chi.spec.templates.podTemlates.spec.HostNetwork`` it allows setup ClickHouse cluster inside Kubernetes and provide access via external network bypass Kubernetes internal network.

        :schema: ClickHouseInstallationSpecTemplatesHostTemplatesPortDistribution#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecTemplatesHostTemplatesPortDistributionType"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecTemplatesHostTemplatesPortDistribution(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecTemplatesHostTemplatesPortDistributionType"
)
class ClickHouseInstallationSpecTemplatesHostTemplatesPortDistributionType(enum.Enum):
    '''type of distribution, when ``Unspecified`` (default value) then all listen ports on clickhouse-server configuration in all Pods will have the same value, when ``ClusterScopeIndex`` then ports will increment to offset from base value depends on shard and replica index inside cluster with combination of ``chi.spec.templates.podTemlates.spec.HostNetwork`` it allows setup ClickHouse cluster inside Kubernetes and provide access via external network bypass Kubernetes internal network.

    :schema: ClickHouseInstallationSpecTemplatesHostTemplatesPortDistributionType
    '''

    UNSPECIFIED = "UNSPECIFIED"
    '''Unspecified.'''
    CLUSTER_SCOPE_INDEX = "CLUSTER_SCOPE_INDEX"
    '''ClusterScopeIndex.'''


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecTemplatesHostTemplatesSpec",
    jsii_struct_bases=[],
    name_mapping={
        "files": "files",
        "http_port": "httpPort",
        "https_port": "httpsPort",
        "insecure": "insecure",
        "interserver_http_port": "interserverHttpPort",
        "name": "name",
        "secure": "secure",
        "settings": "settings",
        "tcp_port": "tcpPort",
        "templates": "templates",
        "tls_port": "tlsPort",
    },
)
class ClickHouseInstallationSpecTemplatesHostTemplatesSpec:
    def __init__(
        self,
        *,
        files: typing.Any = None,
        http_port: typing.Optional[jsii.Number] = None,
        https_port: typing.Optional[jsii.Number] = None,
        insecure: typing.Optional["ClickHouseInstallationSpecTemplatesHostTemplatesSpecInsecure"] = None,
        interserver_http_port: typing.Optional[jsii.Number] = None,
        name: typing.Optional[builtins.str] = None,
        secure: typing.Optional["ClickHouseInstallationSpecTemplatesHostTemplatesSpecSecure"] = None,
        settings: typing.Any = None,
        tcp_port: typing.Optional[jsii.Number] = None,
        templates: typing.Optional[typing.Union["ClickHouseInstallationSpecTemplatesHostTemplatesSpecTemplates", typing.Dict[builtins.str, typing.Any]]] = None,
        tls_port: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param files: optional, allows define content of any setting file inside each ``Pod`` where this template will apply during generate ``ConfigMap`` which will mount in ``/etc/clickhouse-server/config.d/`` or ``/etc/clickhouse-server/conf.d/`` or ``/etc/clickhouse-server/users.d/``.
        :param http_port: optional, setup ``http_port`` inside ``clickhouse-server`` settings for each Pod where current template will apply if specified, should have equal value with ``chi.spec.templates.podTemplates.spec.containers.ports[name=http]`` More info: https://clickhouse.tech/docs/en/interfaces/http/.
        :param https_port: 
        :param insecure: optional, open insecure ports for cluster, defaults to "yes".
        :param interserver_http_port: optional, setup ``interserver_http_port`` inside ``clickhouse-server`` settings for each Pod where current template will apply if specified, should have equal value with ``chi.spec.templates.podTemplates.spec.containers.ports[name=interserver]`` More info: https://clickhouse.tech/docs/en/operations/server-configuration-parameters/settings/#interserver-http-port.
        :param name: by default, hostname will generate, but this allows define custom name for each ``clickhouse-server``.
        :param secure: optional, open secure ports.
        :param settings: optional, allows configure ``clickhouse-server`` settings inside ... tag in each ``Pod`` where this template will apply during generate ``ConfigMap`` which will mount in ``/etc/clickhouse-server/conf.d/`` More details: https://clickhouse.tech/docs/en/operations/settings/settings/.
        :param tcp_port: optional, setup ``tcp_port`` inside ``clickhouse-server`` settings for each Pod where current template will apply if specified, should have equal value with ``chi.spec.templates.podTemplates.spec.containers.ports[name=tcp]`` More info: https://clickhouse.tech/docs/en/interfaces/tcp/.
        :param templates: be careful, this part of CRD allows override template inside template, don't use it if you don't understand what you do.
        :param tls_port: 

        :schema: ClickHouseInstallationSpecTemplatesHostTemplatesSpec
        '''
        if isinstance(templates, dict):
            templates = ClickHouseInstallationSpecTemplatesHostTemplatesSpecTemplates(**templates)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ff52fcf221c83cc42a9eb0b261211751e3e6425b14cf5b0f35f6cf7db668eac9)
            check_type(argname="argument files", value=files, expected_type=type_hints["files"])
            check_type(argname="argument http_port", value=http_port, expected_type=type_hints["http_port"])
            check_type(argname="argument https_port", value=https_port, expected_type=type_hints["https_port"])
            check_type(argname="argument insecure", value=insecure, expected_type=type_hints["insecure"])
            check_type(argname="argument interserver_http_port", value=interserver_http_port, expected_type=type_hints["interserver_http_port"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument secure", value=secure, expected_type=type_hints["secure"])
            check_type(argname="argument settings", value=settings, expected_type=type_hints["settings"])
            check_type(argname="argument tcp_port", value=tcp_port, expected_type=type_hints["tcp_port"])
            check_type(argname="argument templates", value=templates, expected_type=type_hints["templates"])
            check_type(argname="argument tls_port", value=tls_port, expected_type=type_hints["tls_port"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if files is not None:
            self._values["files"] = files
        if http_port is not None:
            self._values["http_port"] = http_port
        if https_port is not None:
            self._values["https_port"] = https_port
        if insecure is not None:
            self._values["insecure"] = insecure
        if interserver_http_port is not None:
            self._values["interserver_http_port"] = interserver_http_port
        if name is not None:
            self._values["name"] = name
        if secure is not None:
            self._values["secure"] = secure
        if settings is not None:
            self._values["settings"] = settings
        if tcp_port is not None:
            self._values["tcp_port"] = tcp_port
        if templates is not None:
            self._values["templates"] = templates
        if tls_port is not None:
            self._values["tls_port"] = tls_port

    @builtins.property
    def files(self) -> typing.Any:
        '''optional, allows define content of any setting file inside each ``Pod`` where this template will apply during generate ``ConfigMap`` which will mount in ``/etc/clickhouse-server/config.d/`` or ``/etc/clickhouse-server/conf.d/`` or ``/etc/clickhouse-server/users.d/``.

        :schema: ClickHouseInstallationSpecTemplatesHostTemplatesSpec#files
        '''
        result = self._values.get("files")
        return typing.cast(typing.Any, result)

    @builtins.property
    def http_port(self) -> typing.Optional[jsii.Number]:
        '''optional, setup ``http_port`` inside ``clickhouse-server`` settings for each Pod where current template will apply if specified, should have equal value with ``chi.spec.templates.podTemplates.spec.containers.ports[name=http]`` More info: https://clickhouse.tech/docs/en/interfaces/http/.

        :schema: ClickHouseInstallationSpecTemplatesHostTemplatesSpec#httpPort
        '''
        result = self._values.get("http_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def https_port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: ClickHouseInstallationSpecTemplatesHostTemplatesSpec#httpsPort
        '''
        result = self._values.get("https_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def insecure(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecTemplatesHostTemplatesSpecInsecure"]:
        '''optional, open insecure ports for cluster, defaults to "yes".

        :schema: ClickHouseInstallationSpecTemplatesHostTemplatesSpec#insecure
        '''
        result = self._values.get("insecure")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecTemplatesHostTemplatesSpecInsecure"], result)

    @builtins.property
    def interserver_http_port(self) -> typing.Optional[jsii.Number]:
        '''optional, setup ``interserver_http_port`` inside ``clickhouse-server`` settings for each Pod where current template will apply if specified, should have equal value with ``chi.spec.templates.podTemplates.spec.containers.ports[name=interserver]`` More info: https://clickhouse.tech/docs/en/operations/server-configuration-parameters/settings/#interserver-http-port.

        :schema: ClickHouseInstallationSpecTemplatesHostTemplatesSpec#interserverHTTPPort
        '''
        result = self._values.get("interserver_http_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''by default, hostname will generate, but this allows define custom name for each ``clickhouse-server``.

        :schema: ClickHouseInstallationSpecTemplatesHostTemplatesSpec#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def secure(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecTemplatesHostTemplatesSpecSecure"]:
        '''optional, open secure ports.

        :schema: ClickHouseInstallationSpecTemplatesHostTemplatesSpec#secure
        '''
        result = self._values.get("secure")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecTemplatesHostTemplatesSpecSecure"], result)

    @builtins.property
    def settings(self) -> typing.Any:
        '''optional, allows configure ``clickhouse-server`` settings inside ... tag in each ``Pod`` where this template will apply during generate ``ConfigMap`` which will mount in ``/etc/clickhouse-server/conf.d/`` More details: https://clickhouse.tech/docs/en/operations/settings/settings/.

        :schema: ClickHouseInstallationSpecTemplatesHostTemplatesSpec#settings
        '''
        result = self._values.get("settings")
        return typing.cast(typing.Any, result)

    @builtins.property
    def tcp_port(self) -> typing.Optional[jsii.Number]:
        '''optional, setup ``tcp_port`` inside ``clickhouse-server`` settings for each Pod where current template will apply if specified, should have equal value with ``chi.spec.templates.podTemplates.spec.containers.ports[name=tcp]`` More info: https://clickhouse.tech/docs/en/interfaces/tcp/.

        :schema: ClickHouseInstallationSpecTemplatesHostTemplatesSpec#tcpPort
        '''
        result = self._values.get("tcp_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def templates(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecTemplatesHostTemplatesSpecTemplates"]:
        '''be careful, this part of CRD allows override template inside template, don't use it if you don't understand what you do.

        :schema: ClickHouseInstallationSpecTemplatesHostTemplatesSpec#templates
        '''
        result = self._values.get("templates")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecTemplatesHostTemplatesSpecTemplates"], result)

    @builtins.property
    def tls_port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: ClickHouseInstallationSpecTemplatesHostTemplatesSpec#tlsPort
        '''
        result = self._values.get("tls_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecTemplatesHostTemplatesSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecTemplatesHostTemplatesSpecInsecure"
)
class ClickHouseInstallationSpecTemplatesHostTemplatesSpecInsecure(enum.Enum):
    '''optional, open insecure ports for cluster, defaults to "yes".

    :schema: ClickHouseInstallationSpecTemplatesHostTemplatesSpecInsecure
    '''

    VALUE_0 = "VALUE_0"
    '''0.'''
    VALUE_1 = "VALUE_1"
    '''1.'''
    FALSE = "FALSE"
    '''False.'''
    TRUE = "TRUE"
    '''True.'''
    NO = "NO"
    '''No.'''
    YES = "YES"
    '''Yes.'''
    OFF = "OFF"
    '''Off.'''
    ON = "ON"
    '''On.'''
    DISABLE = "DISABLE"
    '''Disable.'''
    ENABLE = "ENABLE"
    '''Enable.'''
    DISABLED = "DISABLED"
    '''Disabled.'''
    ENABLED = "ENABLED"
    '''Enabled.'''


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecTemplatesHostTemplatesSpecSecure"
)
class ClickHouseInstallationSpecTemplatesHostTemplatesSpecSecure(enum.Enum):
    '''optional, open secure ports.

    :schema: ClickHouseInstallationSpecTemplatesHostTemplatesSpecSecure
    '''

    VALUE_0 = "VALUE_0"
    '''0.'''
    VALUE_1 = "VALUE_1"
    '''1.'''
    FALSE = "FALSE"
    '''False.'''
    TRUE = "TRUE"
    '''True.'''
    NO = "NO"
    '''No.'''
    YES = "YES"
    '''Yes.'''
    OFF = "OFF"
    '''Off.'''
    ON = "ON"
    '''On.'''
    DISABLE = "DISABLE"
    '''Disable.'''
    ENABLE = "ENABLE"
    '''Enable.'''
    DISABLED = "DISABLED"
    '''Disabled.'''
    ENABLED = "ENABLED"
    '''Enabled.'''


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecTemplatesHostTemplatesSpecTemplates",
    jsii_struct_bases=[],
    name_mapping={
        "cluster_service_template": "clusterServiceTemplate",
        "data_volume_claim_template": "dataVolumeClaimTemplate",
        "host_template": "hostTemplate",
        "log_volume_claim_template": "logVolumeClaimTemplate",
        "pod_template": "podTemplate",
        "replica_service_template": "replicaServiceTemplate",
        "service_template": "serviceTemplate",
        "service_templates": "serviceTemplates",
        "shard_service_template": "shardServiceTemplate",
        "volume_claim_template": "volumeClaimTemplate",
    },
)
class ClickHouseInstallationSpecTemplatesHostTemplatesSpecTemplates:
    def __init__(
        self,
        *,
        cluster_service_template: typing.Optional[builtins.str] = None,
        data_volume_claim_template: typing.Optional[builtins.str] = None,
        host_template: typing.Optional[builtins.str] = None,
        log_volume_claim_template: typing.Optional[builtins.str] = None,
        pod_template: typing.Optional[builtins.str] = None,
        replica_service_template: typing.Optional[builtins.str] = None,
        service_template: typing.Optional[builtins.str] = None,
        service_templates: typing.Optional[typing.Sequence[builtins.str]] = None,
        shard_service_template: typing.Optional[builtins.str] = None,
        volume_claim_template: typing.Optional[builtins.str] = None,
    ) -> None:
        '''be careful, this part of CRD allows override template inside template, don't use it if you don't understand what you do.

        :param cluster_service_template: optional, template name from chi.spec.templates.serviceTemplates, allows customization for each ``Service`` resource which will created by ``clickhouse-operator`` which cover each clickhouse cluster described in ``chi.spec.configuration.clusters``.
        :param data_volume_claim_template: optional, template name from chi.spec.templates.volumeClaimTemplates, allows customization each ``PVC`` which will mount for clickhouse data directory in each ``Pod`` during render and reconcile every StatefulSet.spec resource described in ``chi.spec.configuration.clusters``.
        :param host_template: optional, template name from chi.spec.templates.hostTemplates, which will apply to configure every ``clickhouse-server`` instance during render ConfigMap resources which will mount into ``Pod``.
        :param log_volume_claim_template: optional, template name from chi.spec.templates.volumeClaimTemplates, allows customization each ``PVC`` which will mount for clickhouse log directory in each ``Pod`` during render and reconcile every StatefulSet.spec resource described in ``chi.spec.configuration.clusters``.
        :param pod_template: optional, template name from chi.spec.templates.podTemplates, allows customization each ``Pod`` resource during render and reconcile each StatefulSet.spec resource described in ``chi.spec.configuration.clusters``.
        :param replica_service_template: optional, template name from chi.spec.templates.serviceTemplates, allows customization for each ``Service`` resource which will created by ``clickhouse-operator`` which cover each replica inside each shard inside each clickhouse cluster described in ``chi.spec.configuration.clusters``.
        :param service_template: optional, template name from chi.spec.templates.serviceTemplates. used for customization of the ``Service`` resource, created by ``clickhouse-operator`` to cover all clusters in whole ``chi`` resource.
        :param service_templates: optional, template names from chi.spec.templates.serviceTemplates. used for customization of the ``Service`` resources, created by ``clickhouse-operator`` to cover all clusters in whole ``chi`` resource.
        :param shard_service_template: optional, template name from chi.spec.templates.serviceTemplates, allows customization for each ``Service`` resource which will created by ``clickhouse-operator`` which cover each shard inside clickhouse cluster described in ``chi.spec.configuration.clusters``.
        :param volume_claim_template: optional, alias for dataVolumeClaimTemplate, template name from chi.spec.templates.volumeClaimTemplates, allows customization each ``PVC`` which will mount for clickhouse data directory in each ``Pod`` during render and reconcile every StatefulSet.spec resource described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseInstallationSpecTemplatesHostTemplatesSpecTemplates
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2c07685efc62ec0b87ca235755eff10b48d0e5d54929293c4f88b6b29e3e1ffe)
            check_type(argname="argument cluster_service_template", value=cluster_service_template, expected_type=type_hints["cluster_service_template"])
            check_type(argname="argument data_volume_claim_template", value=data_volume_claim_template, expected_type=type_hints["data_volume_claim_template"])
            check_type(argname="argument host_template", value=host_template, expected_type=type_hints["host_template"])
            check_type(argname="argument log_volume_claim_template", value=log_volume_claim_template, expected_type=type_hints["log_volume_claim_template"])
            check_type(argname="argument pod_template", value=pod_template, expected_type=type_hints["pod_template"])
            check_type(argname="argument replica_service_template", value=replica_service_template, expected_type=type_hints["replica_service_template"])
            check_type(argname="argument service_template", value=service_template, expected_type=type_hints["service_template"])
            check_type(argname="argument service_templates", value=service_templates, expected_type=type_hints["service_templates"])
            check_type(argname="argument shard_service_template", value=shard_service_template, expected_type=type_hints["shard_service_template"])
            check_type(argname="argument volume_claim_template", value=volume_claim_template, expected_type=type_hints["volume_claim_template"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cluster_service_template is not None:
            self._values["cluster_service_template"] = cluster_service_template
        if data_volume_claim_template is not None:
            self._values["data_volume_claim_template"] = data_volume_claim_template
        if host_template is not None:
            self._values["host_template"] = host_template
        if log_volume_claim_template is not None:
            self._values["log_volume_claim_template"] = log_volume_claim_template
        if pod_template is not None:
            self._values["pod_template"] = pod_template
        if replica_service_template is not None:
            self._values["replica_service_template"] = replica_service_template
        if service_template is not None:
            self._values["service_template"] = service_template
        if service_templates is not None:
            self._values["service_templates"] = service_templates
        if shard_service_template is not None:
            self._values["shard_service_template"] = shard_service_template
        if volume_claim_template is not None:
            self._values["volume_claim_template"] = volume_claim_template

    @builtins.property
    def cluster_service_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.serviceTemplates, allows customization for each ``Service`` resource which will created by ``clickhouse-operator`` which cover each clickhouse cluster described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseInstallationSpecTemplatesHostTemplatesSpecTemplates#clusterServiceTemplate
        '''
        result = self._values.get("cluster_service_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def data_volume_claim_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.volumeClaimTemplates, allows customization each ``PVC`` which will mount for clickhouse data directory in each ``Pod`` during render and reconcile every StatefulSet.spec resource described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseInstallationSpecTemplatesHostTemplatesSpecTemplates#dataVolumeClaimTemplate
        '''
        result = self._values.get("data_volume_claim_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def host_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.hostTemplates, which will apply to configure every ``clickhouse-server`` instance during render ConfigMap resources which will mount into ``Pod``.

        :schema: ClickHouseInstallationSpecTemplatesHostTemplatesSpecTemplates#hostTemplate
        '''
        result = self._values.get("host_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def log_volume_claim_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.volumeClaimTemplates, allows customization each ``PVC`` which will mount for clickhouse log directory in each ``Pod`` during render and reconcile every StatefulSet.spec resource described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseInstallationSpecTemplatesHostTemplatesSpecTemplates#logVolumeClaimTemplate
        '''
        result = self._values.get("log_volume_claim_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def pod_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.podTemplates, allows customization each ``Pod`` resource during render and reconcile each StatefulSet.spec resource described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseInstallationSpecTemplatesHostTemplatesSpecTemplates#podTemplate
        '''
        result = self._values.get("pod_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def replica_service_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.serviceTemplates, allows customization for each ``Service`` resource which will created by ``clickhouse-operator`` which cover each replica inside each shard inside each clickhouse cluster described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseInstallationSpecTemplatesHostTemplatesSpecTemplates#replicaServiceTemplate
        '''
        result = self._values.get("replica_service_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def service_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.serviceTemplates. used for customization of the ``Service`` resource, created by ``clickhouse-operator`` to cover all clusters in whole ``chi`` resource.

        :schema: ClickHouseInstallationSpecTemplatesHostTemplatesSpecTemplates#serviceTemplate
        '''
        result = self._values.get("service_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def service_templates(self) -> typing.Optional[typing.List[builtins.str]]:
        '''optional, template names from chi.spec.templates.serviceTemplates. used for customization of the ``Service`` resources, created by ``clickhouse-operator`` to cover all clusters in whole ``chi`` resource.

        :schema: ClickHouseInstallationSpecTemplatesHostTemplatesSpecTemplates#serviceTemplates
        '''
        result = self._values.get("service_templates")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def shard_service_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.serviceTemplates, allows customization for each ``Service`` resource which will created by ``clickhouse-operator`` which cover each shard inside clickhouse cluster described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseInstallationSpecTemplatesHostTemplatesSpecTemplates#shardServiceTemplate
        '''
        result = self._values.get("shard_service_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def volume_claim_template(self) -> typing.Optional[builtins.str]:
        '''optional, alias for dataVolumeClaimTemplate, template name from chi.spec.templates.volumeClaimTemplates, allows customization each ``PVC`` which will mount for clickhouse data directory in each ``Pod`` during render and reconcile every StatefulSet.spec resource described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseInstallationSpecTemplatesHostTemplatesSpecTemplates#volumeClaimTemplate
        '''
        result = self._values.get("volume_claim_template")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecTemplatesHostTemplatesSpecTemplates(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecTemplatesPodTemplates",
    jsii_struct_bases=[],
    name_mapping={
        "distribution": "distribution",
        "generate_name": "generateName",
        "metadata": "metadata",
        "name": "name",
        "pod_distribution": "podDistribution",
        "spec": "spec",
        "zone": "zone",
    },
)
class ClickHouseInstallationSpecTemplatesPodTemplates:
    def __init__(
        self,
        *,
        distribution: typing.Optional["ClickHouseInstallationSpecTemplatesPodTemplatesDistribution"] = None,
        generate_name: typing.Optional[builtins.str] = None,
        metadata: typing.Any = None,
        name: typing.Optional[builtins.str] = None,
        pod_distribution: typing.Optional[typing.Sequence[typing.Union["ClickHouseInstallationSpecTemplatesPodTemplatesPodDistribution", typing.Dict[builtins.str, typing.Any]]]] = None,
        spec: typing.Any = None,
        zone: typing.Optional[typing.Union["ClickHouseInstallationSpecTemplatesPodTemplatesZone", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param distribution: DEPRECATED, shortcut for ``chi.spec.templates.podTemplates.spec.affinity.podAntiAffinity``.
        :param generate_name: allows define format for generated ``Pod`` name, look to https://github.com/Altinity/clickhouse-operator/blob/master/docs/custom_resource_explained.md#spectemplatesservicetemplates for details about available template variables.
        :param metadata: allows pass standard object's metadata from template to Pod More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata.
        :param name: template name, could use to link inside top-level ``chi.spec.defaults.templates.podTemplate``, cluster-level ``chi.spec.configuration.clusters.templates.podTemplate``, shard-level ``chi.spec.configuration.clusters.layout.shards.temlates.podTemplate``, replica-level ``chi.spec.configuration.clusters.layout.replicas.templates.podTemplate``.
        :param pod_distribution: define ClickHouse Pod distribution policy between Kubernetes Nodes inside Shard, Replica, Namespace, CHI, another ClickHouse cluster.
        :param spec: allows define whole Pod.spec inside StaefulSet.spec, look to https://kubernetes.io/docs/concepts/workloads/pods/#pod-templates for details.
        :param zone: allows define custom zone name and will separate ClickHouse ``Pods`` between nodes, shortcut for ``chi.spec.templates.podTemplates.spec.affinity.podAntiAffinity``.

        :schema: ClickHouseInstallationSpecTemplatesPodTemplates
        '''
        if isinstance(zone, dict):
            zone = ClickHouseInstallationSpecTemplatesPodTemplatesZone(**zone)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7e35096c7aac85471d1a4c83782fa4ccb01f028fe76934379a9cacce9954c2ad)
            check_type(argname="argument distribution", value=distribution, expected_type=type_hints["distribution"])
            check_type(argname="argument generate_name", value=generate_name, expected_type=type_hints["generate_name"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument pod_distribution", value=pod_distribution, expected_type=type_hints["pod_distribution"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument zone", value=zone, expected_type=type_hints["zone"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if distribution is not None:
            self._values["distribution"] = distribution
        if generate_name is not None:
            self._values["generate_name"] = generate_name
        if metadata is not None:
            self._values["metadata"] = metadata
        if name is not None:
            self._values["name"] = name
        if pod_distribution is not None:
            self._values["pod_distribution"] = pod_distribution
        if spec is not None:
            self._values["spec"] = spec
        if zone is not None:
            self._values["zone"] = zone

    @builtins.property
    def distribution(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecTemplatesPodTemplatesDistribution"]:
        '''DEPRECATED, shortcut for ``chi.spec.templates.podTemplates.spec.affinity.podAntiAffinity``.

        :schema: ClickHouseInstallationSpecTemplatesPodTemplates#distribution
        '''
        result = self._values.get("distribution")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecTemplatesPodTemplatesDistribution"], result)

    @builtins.property
    def generate_name(self) -> typing.Optional[builtins.str]:
        '''allows define format for generated ``Pod`` name, look to https://github.com/Altinity/clickhouse-operator/blob/master/docs/custom_resource_explained.md#spectemplatesservicetemplates for details about available template variables.

        :schema: ClickHouseInstallationSpecTemplatesPodTemplates#generateName
        '''
        result = self._values.get("generate_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def metadata(self) -> typing.Any:
        '''allows pass standard object's metadata from template to Pod More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata.

        :schema: ClickHouseInstallationSpecTemplatesPodTemplates#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Any, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''template name, could use to link inside top-level ``chi.spec.defaults.templates.podTemplate``, cluster-level ``chi.spec.configuration.clusters.templates.podTemplate``, shard-level ``chi.spec.configuration.clusters.layout.shards.temlates.podTemplate``, replica-level ``chi.spec.configuration.clusters.layout.replicas.templates.podTemplate``.

        :schema: ClickHouseInstallationSpecTemplatesPodTemplates#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def pod_distribution(
        self,
    ) -> typing.Optional[typing.List["ClickHouseInstallationSpecTemplatesPodTemplatesPodDistribution"]]:
        '''define ClickHouse Pod distribution policy between Kubernetes Nodes inside Shard, Replica, Namespace, CHI, another ClickHouse cluster.

        :schema: ClickHouseInstallationSpecTemplatesPodTemplates#podDistribution
        '''
        result = self._values.get("pod_distribution")
        return typing.cast(typing.Optional[typing.List["ClickHouseInstallationSpecTemplatesPodTemplatesPodDistribution"]], result)

    @builtins.property
    def spec(self) -> typing.Any:
        '''allows define whole Pod.spec inside StaefulSet.spec, look to https://kubernetes.io/docs/concepts/workloads/pods/#pod-templates for details.

        :schema: ClickHouseInstallationSpecTemplatesPodTemplates#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Any, result)

    @builtins.property
    def zone(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecTemplatesPodTemplatesZone"]:
        '''allows define custom zone name and will separate ClickHouse ``Pods`` between nodes, shortcut for ``chi.spec.templates.podTemplates.spec.affinity.podAntiAffinity``.

        :schema: ClickHouseInstallationSpecTemplatesPodTemplates#zone
        '''
        result = self._values.get("zone")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecTemplatesPodTemplatesZone"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecTemplatesPodTemplates(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecTemplatesPodTemplatesDistribution"
)
class ClickHouseInstallationSpecTemplatesPodTemplatesDistribution(enum.Enum):
    '''DEPRECATED, shortcut for ``chi.spec.templates.podTemplates.spec.affinity.podAntiAffinity``.

    :schema: ClickHouseInstallationSpecTemplatesPodTemplatesDistribution
    '''

    UNSPECIFIED = "UNSPECIFIED"
    '''Unspecified.'''
    ONE_PER_HOST = "ONE_PER_HOST"
    '''OnePerHost.'''


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecTemplatesPodTemplatesPodDistribution",
    jsii_struct_bases=[],
    name_mapping={
        "number": "number",
        "scope": "scope",
        "topology_key": "topologyKey",
        "type": "type",
    },
)
class ClickHouseInstallationSpecTemplatesPodTemplatesPodDistribution:
    def __init__(
        self,
        *,
        number: typing.Optional[jsii.Number] = None,
        scope: typing.Optional["ClickHouseInstallationSpecTemplatesPodTemplatesPodDistributionScope"] = None,
        topology_key: typing.Optional[builtins.str] = None,
        type: typing.Optional["ClickHouseInstallationSpecTemplatesPodTemplatesPodDistributionType"] = None,
    ) -> None:
        '''
        :param number: define, how much ClickHouse Pods could be inside selected scope with selected distribution type.
        :param scope: scope for apply each podDistribution.
        :param topology_key: use for inter-pod affinity look to ``pod.spec.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution.podAffinityTerm.topologyKey``, more info: https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node/#inter-pod-affinity-and-anti-affinity".
        :param type: you can define multiple affinity policy types.

        :schema: ClickHouseInstallationSpecTemplatesPodTemplatesPodDistribution
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__23fcc42688220fc378a34e7d1856c30d007fbf52d7e5b3170163f2dee95b5e95)
            check_type(argname="argument number", value=number, expected_type=type_hints["number"])
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument topology_key", value=topology_key, expected_type=type_hints["topology_key"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if number is not None:
            self._values["number"] = number
        if scope is not None:
            self._values["scope"] = scope
        if topology_key is not None:
            self._values["topology_key"] = topology_key
        if type is not None:
            self._values["type"] = type

    @builtins.property
    def number(self) -> typing.Optional[jsii.Number]:
        '''define, how much ClickHouse Pods could be inside selected scope with selected distribution type.

        :schema: ClickHouseInstallationSpecTemplatesPodTemplatesPodDistribution#number
        '''
        result = self._values.get("number")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def scope(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecTemplatesPodTemplatesPodDistributionScope"]:
        '''scope for apply each podDistribution.

        :schema: ClickHouseInstallationSpecTemplatesPodTemplatesPodDistribution#scope
        '''
        result = self._values.get("scope")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecTemplatesPodTemplatesPodDistributionScope"], result)

    @builtins.property
    def topology_key(self) -> typing.Optional[builtins.str]:
        '''use for inter-pod affinity look to ``pod.spec.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution.podAffinityTerm.topologyKey``, more info: https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node/#inter-pod-affinity-and-anti-affinity".

        :schema: ClickHouseInstallationSpecTemplatesPodTemplatesPodDistribution#topologyKey
        '''
        result = self._values.get("topology_key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def type(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecTemplatesPodTemplatesPodDistributionType"]:
        '''you can define multiple affinity policy types.

        :schema: ClickHouseInstallationSpecTemplatesPodTemplatesPodDistribution#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecTemplatesPodTemplatesPodDistributionType"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecTemplatesPodTemplatesPodDistribution(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecTemplatesPodTemplatesPodDistributionScope"
)
class ClickHouseInstallationSpecTemplatesPodTemplatesPodDistributionScope(enum.Enum):
    '''scope for apply each podDistribution.

    :schema: ClickHouseInstallationSpecTemplatesPodTemplatesPodDistributionScope
    '''

    UNSPECIFIED = "UNSPECIFIED"
    '''Unspecified.'''
    SHARD = "SHARD"
    '''Shard.'''
    REPLICA = "REPLICA"
    '''Replica.'''
    CLUSTER = "CLUSTER"
    '''Cluster.'''
    CLICK_HOUSE_INSTALLATION = "CLICK_HOUSE_INSTALLATION"
    '''ClickHouseInstallation.'''
    NAMESPACE = "NAMESPACE"
    '''Namespace.'''


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecTemplatesPodTemplatesPodDistributionType"
)
class ClickHouseInstallationSpecTemplatesPodTemplatesPodDistributionType(enum.Enum):
    '''you can define multiple affinity policy types.

    :schema: ClickHouseInstallationSpecTemplatesPodTemplatesPodDistributionType
    '''

    UNSPECIFIED = "UNSPECIFIED"
    '''Unspecified.'''
    CLICK_HOUSE_ANTI_AFFINITY = "CLICK_HOUSE_ANTI_AFFINITY"
    '''ClickHouseAntiAffinity.'''
    SHARD_ANTI_AFFINITY = "SHARD_ANTI_AFFINITY"
    '''ShardAntiAffinity.'''
    REPLICA_ANTI_AFFINITY = "REPLICA_ANTI_AFFINITY"
    '''ReplicaAntiAffinity.'''
    ANOTHER_NAMESPACE_ANTI_AFFINITY = "ANOTHER_NAMESPACE_ANTI_AFFINITY"
    '''AnotherNamespaceAntiAffinity.'''
    ANOTHER_CLICK_HOUSE_INSTALLATION_ANTI_AFFINITY = "ANOTHER_CLICK_HOUSE_INSTALLATION_ANTI_AFFINITY"
    '''AnotherClickHouseInstallationAntiAffinity.'''
    ANOTHER_CLUSTER_ANTI_AFFINITY = "ANOTHER_CLUSTER_ANTI_AFFINITY"
    '''AnotherClusterAntiAffinity.'''
    MAX_NUMBER_PER_NODE = "MAX_NUMBER_PER_NODE"
    '''MaxNumberPerNode.'''
    NAMESPACE_AFFINITY = "NAMESPACE_AFFINITY"
    '''NamespaceAffinity.'''
    CLICK_HOUSE_INSTALLATION_AFFINITY = "CLICK_HOUSE_INSTALLATION_AFFINITY"
    '''ClickHouseInstallationAffinity.'''
    CLUSTER_AFFINITY = "CLUSTER_AFFINITY"
    '''ClusterAffinity.'''
    SHARD_AFFINITY = "SHARD_AFFINITY"
    '''ShardAffinity.'''
    REPLICA_AFFINITY = "REPLICA_AFFINITY"
    '''ReplicaAffinity.'''
    PREVIOUS_TAIL_AFFINITY = "PREVIOUS_TAIL_AFFINITY"
    '''PreviousTailAffinity.'''
    CIRCULAR_REPLICATION = "CIRCULAR_REPLICATION"
    '''CircularReplication.'''


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecTemplatesPodTemplatesZone",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "values": "values"},
)
class ClickHouseInstallationSpecTemplatesPodTemplatesZone:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''allows define custom zone name and will separate ClickHouse ``Pods`` between nodes, shortcut for ``chi.spec.templates.podTemplates.spec.affinity.podAntiAffinity``.

        :param key: optional, if defined, allows select kubernetes nodes by label with ``name`` equal ``key``.
        :param values: optional, if defined, allows select kubernetes nodes by label with ``value`` in ``values``.

        :schema: ClickHouseInstallationSpecTemplatesPodTemplatesZone
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ca9fe4e9083ee3f905eef136c7031698e283ab1e74db2a6c367da96b0a2bd80b)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''optional, if defined, allows select kubernetes nodes by label with ``name`` equal ``key``.

        :schema: ClickHouseInstallationSpecTemplatesPodTemplatesZone#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''optional, if defined, allows select kubernetes nodes by label with ``value`` in ``values``.

        :schema: ClickHouseInstallationSpecTemplatesPodTemplatesZone#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecTemplatesPodTemplatesZone(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecTemplatesServiceTemplates",
    jsii_struct_bases=[],
    name_mapping={
        "generate_name": "generateName",
        "metadata": "metadata",
        "name": "name",
        "spec": "spec",
    },
)
class ClickHouseInstallationSpecTemplatesServiceTemplates:
    def __init__(
        self,
        *,
        generate_name: typing.Optional[builtins.str] = None,
        metadata: typing.Any = None,
        name: typing.Optional[builtins.str] = None,
        spec: typing.Any = None,
    ) -> None:
        '''
        :param generate_name: allows define format for generated ``Service`` name, look to https://github.com/Altinity/clickhouse-operator/blob/master/docs/custom_resource_explained.md#spectemplatesservicetemplates for details about available template variables".
        :param metadata: allows pass standard object's metadata from template to Service Could be use for define specificly for Cloud Provider metadata which impact to behavior of service More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata.
        :param name: template name, could use to link inside chi-level ``chi.spec.defaults.templates.serviceTemplate`` cluster-level ``chi.spec.configuration.clusters.templates.clusterServiceTemplate`` shard-level ``chi.spec.configuration.clusters.layout.shards.temlates.shardServiceTemplate`` replica-level ``chi.spec.configuration.clusters.layout.replicas.templates.replicaServiceTemplate`` or ``chi.spec.configuration.clusters.layout.shards.replicas.replicaServiceTemplate``.
        :param spec: describe behavior of generated Service More info: https://kubernetes.io/docs/concepts/services-networking/service/.

        :schema: ClickHouseInstallationSpecTemplatesServiceTemplates
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ec283b823bca4870867c2353c81b38eed8408935caca3e03cd08b9f1a1e848b0)
            check_type(argname="argument generate_name", value=generate_name, expected_type=type_hints["generate_name"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if generate_name is not None:
            self._values["generate_name"] = generate_name
        if metadata is not None:
            self._values["metadata"] = metadata
        if name is not None:
            self._values["name"] = name
        if spec is not None:
            self._values["spec"] = spec

    @builtins.property
    def generate_name(self) -> typing.Optional[builtins.str]:
        '''allows define format for generated ``Service`` name, look to https://github.com/Altinity/clickhouse-operator/blob/master/docs/custom_resource_explained.md#spectemplatesservicetemplates for details about available template variables".

        :schema: ClickHouseInstallationSpecTemplatesServiceTemplates#generateName
        '''
        result = self._values.get("generate_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def metadata(self) -> typing.Any:
        '''allows pass standard object's metadata from template to Service Could be use for define specificly for Cloud Provider metadata which impact to behavior of service More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata.

        :schema: ClickHouseInstallationSpecTemplatesServiceTemplates#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Any, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''template name, could use to link inside chi-level ``chi.spec.defaults.templates.serviceTemplate`` cluster-level ``chi.spec.configuration.clusters.templates.clusterServiceTemplate`` shard-level ``chi.spec.configuration.clusters.layout.shards.temlates.shardServiceTemplate`` replica-level ``chi.spec.configuration.clusters.layout.replicas.templates.replicaServiceTemplate`` or ``chi.spec.configuration.clusters.layout.shards.replicas.replicaServiceTemplate``.

        :schema: ClickHouseInstallationSpecTemplatesServiceTemplates#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def spec(self) -> typing.Any:
        '''describe behavior of generated Service More info: https://kubernetes.io/docs/concepts/services-networking/service/.

        :schema: ClickHouseInstallationSpecTemplatesServiceTemplates#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecTemplatesServiceTemplates(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecTemplatesVolumeClaimTemplates",
    jsii_struct_bases=[],
    name_mapping={
        "metadata": "metadata",
        "name": "name",
        "provisioner": "provisioner",
        "reclaim_policy": "reclaimPolicy",
        "spec": "spec",
    },
)
class ClickHouseInstallationSpecTemplatesVolumeClaimTemplates:
    def __init__(
        self,
        *,
        metadata: typing.Any = None,
        name: typing.Optional[builtins.str] = None,
        provisioner: typing.Optional["ClickHouseInstallationSpecTemplatesVolumeClaimTemplatesProvisioner"] = None,
        reclaim_policy: typing.Optional["ClickHouseInstallationSpecTemplatesVolumeClaimTemplatesReclaimPolicy"] = None,
        spec: typing.Any = None,
    ) -> None:
        '''
        :param metadata: allows to pass standard object's metadata from template to PVC More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata.
        :param name: template name, could use to link inside top-level ``chi.spec.defaults.templates.dataVolumeClaimTemplate`` or ``chi.spec.defaults.templates.logVolumeClaimTemplate``, cluster-level ``chi.spec.configuration.clusters.templates.dataVolumeClaimTemplate`` or ``chi.spec.configuration.clusters.templates.logVolumeClaimTemplate``, shard-level ``chi.spec.configuration.clusters.layout.shards.temlates.dataVolumeClaimTemplate`` or ``chi.spec.configuration.clusters.layout.shards.temlates.logVolumeClaimTemplate`` replica-level ``chi.spec.configuration.clusters.layout.replicas.templates.dataVolumeClaimTemplate`` or ``chi.spec.configuration.clusters.layout.replicas.templates.logVolumeClaimTemplate``.
        :param provisioner: defines ``PVC`` provisioner - be it StatefulSet or the Operator.
        :param reclaim_policy: defines behavior of ``PVC`` deletion. ``Delete`` by default, if ``Retain`` specified then ``PVC`` will be kept when deleting StatefulSet
        :param spec: allows define all aspects of ``PVC`` resource More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes/#persistentvolumeclaims.

        :schema: ClickHouseInstallationSpecTemplatesVolumeClaimTemplates
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__848ffd606626ea5d3a1fb1572380f2b0c6b3ea57917c87c23ffb74569e1f413b)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument provisioner", value=provisioner, expected_type=type_hints["provisioner"])
            check_type(argname="argument reclaim_policy", value=reclaim_policy, expected_type=type_hints["reclaim_policy"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if metadata is not None:
            self._values["metadata"] = metadata
        if name is not None:
            self._values["name"] = name
        if provisioner is not None:
            self._values["provisioner"] = provisioner
        if reclaim_policy is not None:
            self._values["reclaim_policy"] = reclaim_policy
        if spec is not None:
            self._values["spec"] = spec

    @builtins.property
    def metadata(self) -> typing.Any:
        '''allows to pass standard object's metadata from template to PVC More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata.

        :schema: ClickHouseInstallationSpecTemplatesVolumeClaimTemplates#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Any, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''template name, could use to link inside top-level ``chi.spec.defaults.templates.dataVolumeClaimTemplate`` or ``chi.spec.defaults.templates.logVolumeClaimTemplate``, cluster-level ``chi.spec.configuration.clusters.templates.dataVolumeClaimTemplate`` or ``chi.spec.configuration.clusters.templates.logVolumeClaimTemplate``, shard-level ``chi.spec.configuration.clusters.layout.shards.temlates.dataVolumeClaimTemplate`` or ``chi.spec.configuration.clusters.layout.shards.temlates.logVolumeClaimTemplate`` replica-level ``chi.spec.configuration.clusters.layout.replicas.templates.dataVolumeClaimTemplate`` or ``chi.spec.configuration.clusters.layout.replicas.templates.logVolumeClaimTemplate``.

        :schema: ClickHouseInstallationSpecTemplatesVolumeClaimTemplates#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def provisioner(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecTemplatesVolumeClaimTemplatesProvisioner"]:
        '''defines ``PVC`` provisioner - be it StatefulSet or the Operator.

        :schema: ClickHouseInstallationSpecTemplatesVolumeClaimTemplates#provisioner
        '''
        result = self._values.get("provisioner")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecTemplatesVolumeClaimTemplatesProvisioner"], result)

    @builtins.property
    def reclaim_policy(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecTemplatesVolumeClaimTemplatesReclaimPolicy"]:
        '''defines behavior of ``PVC`` deletion.

        ``Delete`` by default, if ``Retain`` specified then ``PVC`` will be kept when deleting StatefulSet

        :schema: ClickHouseInstallationSpecTemplatesVolumeClaimTemplates#reclaimPolicy
        '''
        result = self._values.get("reclaim_policy")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecTemplatesVolumeClaimTemplatesReclaimPolicy"], result)

    @builtins.property
    def spec(self) -> typing.Any:
        '''allows define all aspects of ``PVC`` resource More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes/#persistentvolumeclaims.

        :schema: ClickHouseInstallationSpecTemplatesVolumeClaimTemplates#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecTemplatesVolumeClaimTemplates(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecTemplatesVolumeClaimTemplatesProvisioner"
)
class ClickHouseInstallationSpecTemplatesVolumeClaimTemplatesProvisioner(enum.Enum):
    '''defines ``PVC`` provisioner - be it StatefulSet or the Operator.

    :schema: ClickHouseInstallationSpecTemplatesVolumeClaimTemplatesProvisioner
    '''

    STATEFUL_SET = "STATEFUL_SET"
    '''StatefulSet.'''
    OPERATOR = "OPERATOR"
    '''Operator.'''


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecTemplatesVolumeClaimTemplatesReclaimPolicy"
)
class ClickHouseInstallationSpecTemplatesVolumeClaimTemplatesReclaimPolicy(enum.Enum):
    '''defines behavior of ``PVC`` deletion.

    ``Delete`` by default, if ``Retain`` specified then ``PVC`` will be kept when deleting StatefulSet

    :schema: ClickHouseInstallationSpecTemplatesVolumeClaimTemplatesReclaimPolicy
    '''

    RETAIN = "RETAIN"
    '''Retain.'''
    DELETE = "DELETE"
    '''Delete.'''


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecTemplating",
    jsii_struct_bases=[],
    name_mapping={"chi_selector": "chiSelector", "policy": "policy"},
)
class ClickHouseInstallationSpecTemplating:
    def __init__(
        self,
        *,
        chi_selector: typing.Any = None,
        policy: typing.Optional["ClickHouseInstallationSpecTemplatingPolicy"] = None,
    ) -> None:
        '''Optional, applicable inside ClickHouseInstallationTemplate only.

        Defines current ClickHouseInstallationTemplate application options to target ClickHouseInstallation(s)."

        :param chi_selector: Optional, defines selector for ClickHouseInstallation(s) to be templated with ClickhouseInstallationTemplate.
        :param policy: When defined as ``auto`` inside ClickhouseInstallationTemplate, this ClickhouseInstallationTemplate will be auto-added into ClickHouseInstallation, selectable by ``chiSelector``. Default value is ``manual``, meaning ClickHouseInstallation should request this ClickhouseInstallationTemplate explicitly.

        :schema: ClickHouseInstallationSpecTemplating
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__85cea4dd909ddf24879a7fbf969772d6a63fecbb49c7d2b62cd5f885b7c0f070)
            check_type(argname="argument chi_selector", value=chi_selector, expected_type=type_hints["chi_selector"])
            check_type(argname="argument policy", value=policy, expected_type=type_hints["policy"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if chi_selector is not None:
            self._values["chi_selector"] = chi_selector
        if policy is not None:
            self._values["policy"] = policy

    @builtins.property
    def chi_selector(self) -> typing.Any:
        '''Optional, defines selector for ClickHouseInstallation(s) to be templated with ClickhouseInstallationTemplate.

        :schema: ClickHouseInstallationSpecTemplating#chiSelector
        '''
        result = self._values.get("chi_selector")
        return typing.cast(typing.Any, result)

    @builtins.property
    def policy(self) -> typing.Optional["ClickHouseInstallationSpecTemplatingPolicy"]:
        '''When defined as ``auto`` inside ClickhouseInstallationTemplate, this ClickhouseInstallationTemplate will be auto-added into ClickHouseInstallation, selectable by ``chiSelector``.

        Default value is ``manual``, meaning ClickHouseInstallation should request this ClickhouseInstallationTemplate explicitly.

        :schema: ClickHouseInstallationSpecTemplating#policy
        '''
        result = self._values.get("policy")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecTemplatingPolicy"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecTemplating(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecTemplatingPolicy"
)
class ClickHouseInstallationSpecTemplatingPolicy(enum.Enum):
    '''When defined as ``auto`` inside ClickhouseInstallationTemplate, this ClickhouseInstallationTemplate will be auto-added into ClickHouseInstallation, selectable by ``chiSelector``.

    Default value is ``manual``, meaning ClickHouseInstallation should request this ClickhouseInstallationTemplate explicitly.

    :schema: ClickHouseInstallationSpecTemplatingPolicy
    '''

    AUTO = "AUTO"
    '''auto.'''
    MANUAL = "MANUAL"
    '''manual.'''


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecTroubleshoot"
)
class ClickHouseInstallationSpecTroubleshoot(enum.Enum):
    '''Allows to troubleshoot Pods during CrashLoopBack state.

    This may happen when wrong configuration applied, in this case ``clickhouse-server`` wouldn't start.
    Command within ClickHouse container is modified with ``sleep`` in order to avoid quick restarts
    and give time to troubleshoot via CLI.
    Liveness and Readiness probes are disabled as well.

    :schema: ClickHouseInstallationSpecTroubleshoot
    '''

    VALUE_0 = "VALUE_0"
    '''0.'''
    VALUE_1 = "VALUE_1"
    '''1.'''
    FALSE = "FALSE"
    '''False.'''
    TRUE = "TRUE"
    '''True.'''
    NO = "NO"
    '''No.'''
    YES = "YES"
    '''Yes.'''
    OFF = "OFF"
    '''Off.'''
    ON = "ON"
    '''On.'''
    DISABLE = "DISABLE"
    '''Disable.'''
    ENABLE = "ENABLE"
    '''Enable.'''
    DISABLED = "DISABLED"
    '''Disabled.'''
    ENABLED = "ENABLED"
    '''Enabled.'''


@jsii.data_type(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecUseTemplates",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "namespace": "namespace", "use_type": "useType"},
)
class ClickHouseInstallationSpecUseTemplates:
    def __init__(
        self,
        *,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
        use_type: typing.Optional["ClickHouseInstallationSpecUseTemplatesUseType"] = None,
    ) -> None:
        '''
        :param name: name of ``ClickHouseInstallationTemplate`` (chit) resource.
        :param namespace: Kubernetes namespace where need search ``chit`` resource, depending on ``watchNamespaces`` settings in ``clickhouse-operator``.
        :param use_type: optional, current strategy is only merge, and current ``chi`` settings have more priority than merged template ``chit``.

        :schema: ClickHouseInstallationSpecUseTemplates
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__dd5b2c03d9e3226d660e5f59096359f6804e0198dc5e91b00eed6e226d0e8af3)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
            check_type(argname="argument use_type", value=use_type, expected_type=type_hints["use_type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace
        if use_type is not None:
            self._values["use_type"] = use_type

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''name of ``ClickHouseInstallationTemplate`` (chit) resource.

        :schema: ClickHouseInstallationSpecUseTemplates#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Kubernetes namespace where need search ``chit`` resource, depending on ``watchNamespaces`` settings in ``clickhouse-operator``.

        :schema: ClickHouseInstallationSpecUseTemplates#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def use_type(
        self,
    ) -> typing.Optional["ClickHouseInstallationSpecUseTemplatesUseType"]:
        '''optional, current strategy is only merge, and current ``chi`` settings have more priority than merged template ``chit``.

        :schema: ClickHouseInstallationSpecUseTemplates#useType
        '''
        result = self._values.get("use_type")
        return typing.cast(typing.Optional["ClickHouseInstallationSpecUseTemplatesUseType"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseInstallationSpecUseTemplates(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="clickhouse_comaltinityclickhouse.ClickHouseInstallationSpecUseTemplatesUseType"
)
class ClickHouseInstallationSpecUseTemplatesUseType(enum.Enum):
    '''optional, current strategy is only merge, and current ``chi`` settings have more priority than merged template ``chit``.

    :schema: ClickHouseInstallationSpecUseTemplatesUseType
    '''

    MERGE = "MERGE"
    '''merge.'''


__all__ = [
    "ClickHouseInstallation",
    "ClickHouseInstallationProps",
    "ClickHouseInstallationSpec",
    "ClickHouseInstallationSpecConfiguration",
    "ClickHouseInstallationSpecConfigurationClusters",
    "ClickHouseInstallationSpecConfigurationClustersInsecure",
    "ClickHouseInstallationSpecConfigurationClustersLayout",
    "ClickHouseInstallationSpecConfigurationClustersLayoutReplicas",
    "ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShards",
    "ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsInsecure",
    "ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsSecure",
    "ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates",
    "ClickHouseInstallationSpecConfigurationClustersLayoutReplicasTemplates",
    "ClickHouseInstallationSpecConfigurationClustersLayoutShards",
    "ClickHouseInstallationSpecConfigurationClustersLayoutShardsInternalReplication",
    "ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicas",
    "ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasInsecure",
    "ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasSecure",
    "ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasTemplates",
    "ClickHouseInstallationSpecConfigurationClustersLayoutShardsTemplates",
    "ClickHouseInstallationSpecConfigurationClustersPdbManaged",
    "ClickHouseInstallationSpecConfigurationClustersReconcile",
    "ClickHouseInstallationSpecConfigurationClustersReconcileHost",
    "ClickHouseInstallationSpecConfigurationClustersReconcileHostDrop",
    "ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicas",
    "ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasActive",
    "ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasOnDelete",
    "ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasOnLostVolume",
    "ClickHouseInstallationSpecConfigurationClustersReconcileHostWait",
    "ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitExclude",
    "ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitInclude",
    "ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbes",
    "ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbesReadiness",
    "ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbesStartup",
    "ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitQueries",
    "ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicas",
    "ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicasAll",
    "ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicasNew",
    "ClickHouseInstallationSpecConfigurationClustersReconcileRuntime",
    "ClickHouseInstallationSpecConfigurationClustersSchemaPolicy",
    "ClickHouseInstallationSpecConfigurationClustersSchemaPolicyReplica",
    "ClickHouseInstallationSpecConfigurationClustersSchemaPolicyShard",
    "ClickHouseInstallationSpecConfigurationClustersSecret",
    "ClickHouseInstallationSpecConfigurationClustersSecretAuto",
    "ClickHouseInstallationSpecConfigurationClustersSecretValueFrom",
    "ClickHouseInstallationSpecConfigurationClustersSecretValueFromSecretKeyRef",
    "ClickHouseInstallationSpecConfigurationClustersSecure",
    "ClickHouseInstallationSpecConfigurationClustersTemplates",
    "ClickHouseInstallationSpecConfigurationClustersZookeeper",
    "ClickHouseInstallationSpecConfigurationClustersZookeeperNodes",
    "ClickHouseInstallationSpecConfigurationClustersZookeeperNodesSecure",
    "ClickHouseInstallationSpecConfigurationClustersZookeeperUseCompression",
    "ClickHouseInstallationSpecConfigurationZookeeper",
    "ClickHouseInstallationSpecConfigurationZookeeperNodes",
    "ClickHouseInstallationSpecConfigurationZookeeperNodesSecure",
    "ClickHouseInstallationSpecConfigurationZookeeperUseCompression",
    "ClickHouseInstallationSpecDefaults",
    "ClickHouseInstallationSpecDefaultsDistributedDdl",
    "ClickHouseInstallationSpecDefaultsReplicasUseFqdn",
    "ClickHouseInstallationSpecDefaultsStorageManagement",
    "ClickHouseInstallationSpecDefaultsStorageManagementProvisioner",
    "ClickHouseInstallationSpecDefaultsStorageManagementReclaimPolicy",
    "ClickHouseInstallationSpecDefaultsTemplates",
    "ClickHouseInstallationSpecReconcile",
    "ClickHouseInstallationSpecReconcileCleanup",
    "ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjects",
    "ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsConfigMap",
    "ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsPvc",
    "ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsService",
    "ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsStatefulSet",
    "ClickHouseInstallationSpecReconcileCleanupUnknownObjects",
    "ClickHouseInstallationSpecReconcileCleanupUnknownObjectsConfigMap",
    "ClickHouseInstallationSpecReconcileCleanupUnknownObjectsPvc",
    "ClickHouseInstallationSpecReconcileCleanupUnknownObjectsService",
    "ClickHouseInstallationSpecReconcileCleanupUnknownObjectsStatefulSet",
    "ClickHouseInstallationSpecReconcileHost",
    "ClickHouseInstallationSpecReconcileHostDrop",
    "ClickHouseInstallationSpecReconcileHostDropReplicas",
    "ClickHouseInstallationSpecReconcileHostDropReplicasActive",
    "ClickHouseInstallationSpecReconcileHostDropReplicasOnDelete",
    "ClickHouseInstallationSpecReconcileHostDropReplicasOnLostVolume",
    "ClickHouseInstallationSpecReconcileHostWait",
    "ClickHouseInstallationSpecReconcileHostWaitExclude",
    "ClickHouseInstallationSpecReconcileHostWaitInclude",
    "ClickHouseInstallationSpecReconcileHostWaitProbes",
    "ClickHouseInstallationSpecReconcileHostWaitProbesReadiness",
    "ClickHouseInstallationSpecReconcileHostWaitProbesStartup",
    "ClickHouseInstallationSpecReconcileHostWaitQueries",
    "ClickHouseInstallationSpecReconcileHostWaitReplicas",
    "ClickHouseInstallationSpecReconcileHostWaitReplicasAll",
    "ClickHouseInstallationSpecReconcileHostWaitReplicasNew",
    "ClickHouseInstallationSpecReconcileMacros",
    "ClickHouseInstallationSpecReconcileMacrosSections",
    "ClickHouseInstallationSpecReconcileMacrosSectionsFiles",
    "ClickHouseInstallationSpecReconcileMacrosSectionsFilesEnabled",
    "ClickHouseInstallationSpecReconcileMacrosSectionsProfiles",
    "ClickHouseInstallationSpecReconcileMacrosSectionsProfilesEnabled",
    "ClickHouseInstallationSpecReconcileMacrosSectionsQuotas",
    "ClickHouseInstallationSpecReconcileMacrosSectionsQuotasEnabled",
    "ClickHouseInstallationSpecReconcileMacrosSectionsSettings",
    "ClickHouseInstallationSpecReconcileMacrosSectionsSettingsEnabled",
    "ClickHouseInstallationSpecReconcileMacrosSectionsUsers",
    "ClickHouseInstallationSpecReconcileMacrosSectionsUsersEnabled",
    "ClickHouseInstallationSpecReconcilePolicy",
    "ClickHouseInstallationSpecReconcileRuntime",
    "ClickHouseInstallationSpecReconciling",
    "ClickHouseInstallationSpecReconcilingCleanup",
    "ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjects",
    "ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsConfigMap",
    "ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsPvc",
    "ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsService",
    "ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsStatefulSet",
    "ClickHouseInstallationSpecReconcilingCleanupUnknownObjects",
    "ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsConfigMap",
    "ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsPvc",
    "ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsService",
    "ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsStatefulSet",
    "ClickHouseInstallationSpecReconcilingHost",
    "ClickHouseInstallationSpecReconcilingHostDrop",
    "ClickHouseInstallationSpecReconcilingHostDropReplicas",
    "ClickHouseInstallationSpecReconcilingHostDropReplicasActive",
    "ClickHouseInstallationSpecReconcilingHostDropReplicasOnDelete",
    "ClickHouseInstallationSpecReconcilingHostDropReplicasOnLostVolume",
    "ClickHouseInstallationSpecReconcilingHostWait",
    "ClickHouseInstallationSpecReconcilingHostWaitExclude",
    "ClickHouseInstallationSpecReconcilingHostWaitInclude",
    "ClickHouseInstallationSpecReconcilingHostWaitProbes",
    "ClickHouseInstallationSpecReconcilingHostWaitProbesReadiness",
    "ClickHouseInstallationSpecReconcilingHostWaitProbesStartup",
    "ClickHouseInstallationSpecReconcilingHostWaitQueries",
    "ClickHouseInstallationSpecReconcilingHostWaitReplicas",
    "ClickHouseInstallationSpecReconcilingHostWaitReplicasAll",
    "ClickHouseInstallationSpecReconcilingHostWaitReplicasNew",
    "ClickHouseInstallationSpecReconcilingMacros",
    "ClickHouseInstallationSpecReconcilingMacrosSections",
    "ClickHouseInstallationSpecReconcilingMacrosSectionsFiles",
    "ClickHouseInstallationSpecReconcilingMacrosSectionsFilesEnabled",
    "ClickHouseInstallationSpecReconcilingMacrosSectionsProfiles",
    "ClickHouseInstallationSpecReconcilingMacrosSectionsProfilesEnabled",
    "ClickHouseInstallationSpecReconcilingMacrosSectionsQuotas",
    "ClickHouseInstallationSpecReconcilingMacrosSectionsQuotasEnabled",
    "ClickHouseInstallationSpecReconcilingMacrosSectionsSettings",
    "ClickHouseInstallationSpecReconcilingMacrosSectionsSettingsEnabled",
    "ClickHouseInstallationSpecReconcilingMacrosSectionsUsers",
    "ClickHouseInstallationSpecReconcilingMacrosSectionsUsersEnabled",
    "ClickHouseInstallationSpecReconcilingPolicy",
    "ClickHouseInstallationSpecReconcilingRuntime",
    "ClickHouseInstallationSpecRestart",
    "ClickHouseInstallationSpecStop",
    "ClickHouseInstallationSpecSuspend",
    "ClickHouseInstallationSpecTemplates",
    "ClickHouseInstallationSpecTemplatesHostTemplates",
    "ClickHouseInstallationSpecTemplatesHostTemplatesPortDistribution",
    "ClickHouseInstallationSpecTemplatesHostTemplatesPortDistributionType",
    "ClickHouseInstallationSpecTemplatesHostTemplatesSpec",
    "ClickHouseInstallationSpecTemplatesHostTemplatesSpecInsecure",
    "ClickHouseInstallationSpecTemplatesHostTemplatesSpecSecure",
    "ClickHouseInstallationSpecTemplatesHostTemplatesSpecTemplates",
    "ClickHouseInstallationSpecTemplatesPodTemplates",
    "ClickHouseInstallationSpecTemplatesPodTemplatesDistribution",
    "ClickHouseInstallationSpecTemplatesPodTemplatesPodDistribution",
    "ClickHouseInstallationSpecTemplatesPodTemplatesPodDistributionScope",
    "ClickHouseInstallationSpecTemplatesPodTemplatesPodDistributionType",
    "ClickHouseInstallationSpecTemplatesPodTemplatesZone",
    "ClickHouseInstallationSpecTemplatesServiceTemplates",
    "ClickHouseInstallationSpecTemplatesVolumeClaimTemplates",
    "ClickHouseInstallationSpecTemplatesVolumeClaimTemplatesProvisioner",
    "ClickHouseInstallationSpecTemplatesVolumeClaimTemplatesReclaimPolicy",
    "ClickHouseInstallationSpecTemplating",
    "ClickHouseInstallationSpecTemplatingPolicy",
    "ClickHouseInstallationSpecTroubleshoot",
    "ClickHouseInstallationSpecUseTemplates",
    "ClickHouseInstallationSpecUseTemplatesUseType",
]

publication.publish()

def _typecheckingstub__3e2944b3c91e79eae7a437f83664ee94ad7457a6047b125b736b05c5dbda59a9(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[ClickHouseInstallationSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c53bf1be91e8fb51c43c21ca405f5093f5452fc3dcd8413fc13cfeab35f94224(
    *,
    spec: typing.Union[ClickHouseInstallationSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c8012fdc8df522de55d26faf6e10e343dfca0cd45ba7a01a3b5cf8b2be4115c7(
    *,
    configuration: typing.Optional[typing.Union[ClickHouseInstallationSpecConfiguration, typing.Dict[builtins.str, typing.Any]]] = None,
    defaults: typing.Optional[typing.Union[ClickHouseInstallationSpecDefaults, typing.Dict[builtins.str, typing.Any]]] = None,
    namespace_domain_pattern: typing.Optional[builtins.str] = None,
    reconcile: typing.Optional[typing.Union[ClickHouseInstallationSpecReconcile, typing.Dict[builtins.str, typing.Any]]] = None,
    reconciling: typing.Optional[typing.Union[ClickHouseInstallationSpecReconciling, typing.Dict[builtins.str, typing.Any]]] = None,
    restart: typing.Optional[ClickHouseInstallationSpecRestart] = None,
    stop: typing.Optional[ClickHouseInstallationSpecStop] = None,
    suspend: typing.Optional[ClickHouseInstallationSpecSuspend] = None,
    task_id: typing.Optional[builtins.str] = None,
    templates: typing.Optional[typing.Union[ClickHouseInstallationSpecTemplates, typing.Dict[builtins.str, typing.Any]]] = None,
    templating: typing.Optional[typing.Union[ClickHouseInstallationSpecTemplating, typing.Dict[builtins.str, typing.Any]]] = None,
    troubleshoot: typing.Optional[ClickHouseInstallationSpecTroubleshoot] = None,
    use_templates: typing.Optional[typing.Sequence[typing.Union[ClickHouseInstallationSpecUseTemplates, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__195b2e1cfa70afad63cf2c87a942e54e61aaca3e292704736b19c32de6eede83(
    *,
    clusters: typing.Optional[typing.Sequence[typing.Union[ClickHouseInstallationSpecConfigurationClusters, typing.Dict[builtins.str, typing.Any]]]] = None,
    files: typing.Any = None,
    profiles: typing.Any = None,
    quotas: typing.Any = None,
    settings: typing.Any = None,
    users: typing.Any = None,
    zookeeper: typing.Optional[typing.Union[ClickHouseInstallationSpecConfigurationZookeeper, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__92b88394318c08715926e4681af720ea92106d4d2a0f473c35cdccd6543bd605(
    *,
    files: typing.Any = None,
    insecure: typing.Optional[ClickHouseInstallationSpecConfigurationClustersInsecure] = None,
    layout: typing.Optional[typing.Union[ClickHouseInstallationSpecConfigurationClustersLayout, typing.Dict[builtins.str, typing.Any]]] = None,
    name: typing.Optional[builtins.str] = None,
    pdb_managed: typing.Optional[ClickHouseInstallationSpecConfigurationClustersPdbManaged] = None,
    pdb_max_unavailable: typing.Optional[jsii.Number] = None,
    reconcile: typing.Optional[typing.Union[ClickHouseInstallationSpecConfigurationClustersReconcile, typing.Dict[builtins.str, typing.Any]]] = None,
    schema_policy: typing.Optional[typing.Union[ClickHouseInstallationSpecConfigurationClustersSchemaPolicy, typing.Dict[builtins.str, typing.Any]]] = None,
    secret: typing.Optional[typing.Union[ClickHouseInstallationSpecConfigurationClustersSecret, typing.Dict[builtins.str, typing.Any]]] = None,
    secure: typing.Optional[ClickHouseInstallationSpecConfigurationClustersSecure] = None,
    settings: typing.Any = None,
    templates: typing.Optional[typing.Union[ClickHouseInstallationSpecConfigurationClustersTemplates, typing.Dict[builtins.str, typing.Any]]] = None,
    zookeeper: typing.Optional[typing.Union[ClickHouseInstallationSpecConfigurationClustersZookeeper, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8871713adcb3df9e279d8c69de595efb4152342506704a8705fc083c7a1d9bc7(
    *,
    replicas: typing.Optional[typing.Sequence[typing.Union[ClickHouseInstallationSpecConfigurationClustersLayoutReplicas, typing.Dict[builtins.str, typing.Any]]]] = None,
    replicas_count: typing.Optional[jsii.Number] = None,
    shards: typing.Optional[typing.Sequence[typing.Union[ClickHouseInstallationSpecConfigurationClustersLayoutShards, typing.Dict[builtins.str, typing.Any]]]] = None,
    shards_count: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__15e637d3808c2247fe033ba5c97b73ae9e4201c7b3e138450ba98de73a1616ec(
    *,
    files: typing.Any = None,
    name: typing.Optional[builtins.str] = None,
    settings: typing.Any = None,
    shards: typing.Optional[typing.Sequence[typing.Union[ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShards, typing.Dict[builtins.str, typing.Any]]]] = None,
    shards_count: typing.Optional[jsii.Number] = None,
    templates: typing.Optional[typing.Union[ClickHouseInstallationSpecConfigurationClustersLayoutReplicasTemplates, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5433b57d214dd098ae554071d383bfd400fb3e75506eb88cd4aa77e8872d5274(
    *,
    files: typing.Any = None,
    http_port: typing.Optional[jsii.Number] = None,
    https_port: typing.Optional[jsii.Number] = None,
    insecure: typing.Optional[ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsInsecure] = None,
    interserver_http_port: typing.Optional[jsii.Number] = None,
    name: typing.Optional[builtins.str] = None,
    secure: typing.Optional[ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsSecure] = None,
    settings: typing.Any = None,
    tcp_port: typing.Optional[jsii.Number] = None,
    templates: typing.Optional[typing.Union[ClickHouseInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates, typing.Dict[builtins.str, typing.Any]]] = None,
    tls_port: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__422784638dcf3dd7607d6e073d4098b52593b2c8b5dbad7af35f2cf592015840(
    *,
    cluster_service_template: typing.Optional[builtins.str] = None,
    data_volume_claim_template: typing.Optional[builtins.str] = None,
    host_template: typing.Optional[builtins.str] = None,
    log_volume_claim_template: typing.Optional[builtins.str] = None,
    pod_template: typing.Optional[builtins.str] = None,
    replica_service_template: typing.Optional[builtins.str] = None,
    service_template: typing.Optional[builtins.str] = None,
    service_templates: typing.Optional[typing.Sequence[builtins.str]] = None,
    shard_service_template: typing.Optional[builtins.str] = None,
    volume_claim_template: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c3cb05697f23e897406cadbddaddd882f002766e84b9b198c9413c39ba23fad0(
    *,
    cluster_service_template: typing.Optional[builtins.str] = None,
    data_volume_claim_template: typing.Optional[builtins.str] = None,
    host_template: typing.Optional[builtins.str] = None,
    log_volume_claim_template: typing.Optional[builtins.str] = None,
    pod_template: typing.Optional[builtins.str] = None,
    replica_service_template: typing.Optional[builtins.str] = None,
    service_template: typing.Optional[builtins.str] = None,
    service_templates: typing.Optional[typing.Sequence[builtins.str]] = None,
    shard_service_template: typing.Optional[builtins.str] = None,
    volume_claim_template: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d7a1fb04a2b7acbd034f1e3e610ea71725ed252fb1553c80a2537bf7d289be62(
    *,
    definition_type: typing.Optional[builtins.str] = None,
    files: typing.Any = None,
    internal_replication: typing.Optional[ClickHouseInstallationSpecConfigurationClustersLayoutShardsInternalReplication] = None,
    name: typing.Optional[builtins.str] = None,
    replicas: typing.Optional[typing.Sequence[typing.Union[ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicas, typing.Dict[builtins.str, typing.Any]]]] = None,
    replicas_count: typing.Optional[jsii.Number] = None,
    settings: typing.Any = None,
    templates: typing.Optional[typing.Union[ClickHouseInstallationSpecConfigurationClustersLayoutShardsTemplates, typing.Dict[builtins.str, typing.Any]]] = None,
    weight: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a225d477581c8993ee811766f723c1f763cf13c6d049ed23a6572a1b1d30ce2d(
    *,
    files: typing.Any = None,
    http_port: typing.Optional[jsii.Number] = None,
    https_port: typing.Optional[jsii.Number] = None,
    insecure: typing.Optional[ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasInsecure] = None,
    interserver_http_port: typing.Optional[jsii.Number] = None,
    name: typing.Optional[builtins.str] = None,
    secure: typing.Optional[ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasSecure] = None,
    settings: typing.Any = None,
    tcp_port: typing.Optional[jsii.Number] = None,
    templates: typing.Optional[typing.Union[ClickHouseInstallationSpecConfigurationClustersLayoutShardsReplicasTemplates, typing.Dict[builtins.str, typing.Any]]] = None,
    tls_port: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1e506ff8a22c6083477ea89e5fdc931a058fdcb7ed62fe0a2dc5d501a187f503(
    *,
    cluster_service_template: typing.Optional[builtins.str] = None,
    data_volume_claim_template: typing.Optional[builtins.str] = None,
    host_template: typing.Optional[builtins.str] = None,
    log_volume_claim_template: typing.Optional[builtins.str] = None,
    pod_template: typing.Optional[builtins.str] = None,
    replica_service_template: typing.Optional[builtins.str] = None,
    service_template: typing.Optional[builtins.str] = None,
    service_templates: typing.Optional[typing.Sequence[builtins.str]] = None,
    shard_service_template: typing.Optional[builtins.str] = None,
    volume_claim_template: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0ff0261fae6e296657a44d0e94e9f94b6c7eeb82f99718769d8f1ec58fc59d8c(
    *,
    cluster_service_template: typing.Optional[builtins.str] = None,
    data_volume_claim_template: typing.Optional[builtins.str] = None,
    host_template: typing.Optional[builtins.str] = None,
    log_volume_claim_template: typing.Optional[builtins.str] = None,
    pod_template: typing.Optional[builtins.str] = None,
    replica_service_template: typing.Optional[builtins.str] = None,
    service_template: typing.Optional[builtins.str] = None,
    service_templates: typing.Optional[typing.Sequence[builtins.str]] = None,
    shard_service_template: typing.Optional[builtins.str] = None,
    volume_claim_template: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fd37b371e66c41237c64d434a9f1213007097889b7b89d5206719b235fd51cff(
    *,
    host: typing.Optional[typing.Union[ClickHouseInstallationSpecConfigurationClustersReconcileHost, typing.Dict[builtins.str, typing.Any]]] = None,
    runtime: typing.Optional[typing.Union[ClickHouseInstallationSpecConfigurationClustersReconcileRuntime, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ea39b647a6d317a6c58f7c8b6a307a66f175e74141f47d8a525cb09149ddadc4(
    *,
    drop: typing.Optional[typing.Union[ClickHouseInstallationSpecConfigurationClustersReconcileHostDrop, typing.Dict[builtins.str, typing.Any]]] = None,
    wait: typing.Optional[typing.Union[ClickHouseInstallationSpecConfigurationClustersReconcileHostWait, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1a7249791cfaca13939cba234c8b20987abf1cc70a29d9b9408a0d59d8fe1124(
    *,
    replicas: typing.Optional[typing.Union[ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicas, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__07144abc9053e4f1647681262830cc7168bda49d893ebe2c423c12a0debee10c(
    *,
    active: typing.Optional[ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasActive] = None,
    on_delete: typing.Optional[ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasOnDelete] = None,
    on_lost_volume: typing.Optional[ClickHouseInstallationSpecConfigurationClustersReconcileHostDropReplicasOnLostVolume] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4756d81716d49f90f77f7f3bec59f61aecbaeca00d6737f6f53d6da18a6ebf9d(
    *,
    exclude: typing.Optional[ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitExclude] = None,
    include: typing.Optional[ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitInclude] = None,
    probes: typing.Optional[typing.Union[ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbes, typing.Dict[builtins.str, typing.Any]]] = None,
    queries: typing.Optional[ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitQueries] = None,
    replicas: typing.Optional[typing.Union[ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicas, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__52cc4a2add4fcc22b8c84b9de4a6b6c560fb76cd63db4e266e5ab60c3fa22ec0(
    *,
    readiness: typing.Optional[ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbesReadiness] = None,
    startup: typing.Optional[ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitProbesStartup] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__27e5fac87bc62e98d14e4c130920dcc2ca18cf9c2f99c89b1b84eacb2a704af7(
    *,
    all: typing.Optional[ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicasAll] = None,
    delay: typing.Optional[jsii.Number] = None,
    new: typing.Optional[ClickHouseInstallationSpecConfigurationClustersReconcileHostWaitReplicasNew] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3b4f5690e25f51f92d129c7984a19523c81a76bd537b429dc1dfde225b1e1fa9(
    *,
    reconcile_shards_max_concurrency_percent: typing.Optional[jsii.Number] = None,
    reconcile_shards_threads_number: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fe3368b7a940e1496f3d8b275ac3962897769efff4fae56e0b798e00048fcfc8(
    *,
    replica: typing.Optional[ClickHouseInstallationSpecConfigurationClustersSchemaPolicyReplica] = None,
    shard: typing.Optional[ClickHouseInstallationSpecConfigurationClustersSchemaPolicyShard] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2eba8db66b6658511c8bedc05f8de97764d4fcf3a46ea6e38f8b8199057d87f3(
    *,
    auto: typing.Optional[ClickHouseInstallationSpecConfigurationClustersSecretAuto] = None,
    value: typing.Optional[builtins.str] = None,
    value_from: typing.Optional[typing.Union[ClickHouseInstallationSpecConfigurationClustersSecretValueFrom, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__97ea30f6b6e3f96b4513e4543555cefeaa7b863a7572c4525b74f188c8ea32f7(
    *,
    secret_key_ref: typing.Optional[typing.Union[ClickHouseInstallationSpecConfigurationClustersSecretValueFromSecretKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e885f5f618c86c9e1148107c6ca56cfa10fcad2aef1e27468b277e78a47169a6(
    *,
    key: builtins.str,
    name: builtins.str,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7ba4113240bd357f9742fe606bc82b59ad0d4008b47813ea81daac8d6623d343(
    *,
    cluster_service_template: typing.Optional[builtins.str] = None,
    data_volume_claim_template: typing.Optional[builtins.str] = None,
    host_template: typing.Optional[builtins.str] = None,
    log_volume_claim_template: typing.Optional[builtins.str] = None,
    pod_template: typing.Optional[builtins.str] = None,
    replica_service_template: typing.Optional[builtins.str] = None,
    service_template: typing.Optional[builtins.str] = None,
    service_templates: typing.Optional[typing.Sequence[builtins.str]] = None,
    shard_service_template: typing.Optional[builtins.str] = None,
    volume_claim_template: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__98a6c620d1d0543a1d6182d799836891e58838aba6e07625119fb4137a3494a4(
    *,
    identity: typing.Optional[builtins.str] = None,
    nodes: typing.Optional[typing.Sequence[typing.Union[ClickHouseInstallationSpecConfigurationClustersZookeeperNodes, typing.Dict[builtins.str, typing.Any]]]] = None,
    operation_timeout_ms: typing.Optional[jsii.Number] = None,
    root: typing.Optional[builtins.str] = None,
    session_timeout_ms: typing.Optional[jsii.Number] = None,
    use_compression: typing.Optional[ClickHouseInstallationSpecConfigurationClustersZookeeperUseCompression] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b90b0a7aadb431d7c749b56e7c2fcbdeda855367e75a618e9d4645bd34489e0f(
    *,
    availability_zone: typing.Optional[builtins.str] = None,
    host: typing.Optional[builtins.str] = None,
    port: typing.Optional[jsii.Number] = None,
    secure: typing.Optional[ClickHouseInstallationSpecConfigurationClustersZookeeperNodesSecure] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4b314c89455495a3f38f950486912d1a654e59a186a7bf4bd2d134a480d617c2(
    *,
    identity: typing.Optional[builtins.str] = None,
    nodes: typing.Optional[typing.Sequence[typing.Union[ClickHouseInstallationSpecConfigurationZookeeperNodes, typing.Dict[builtins.str, typing.Any]]]] = None,
    operation_timeout_ms: typing.Optional[jsii.Number] = None,
    root: typing.Optional[builtins.str] = None,
    session_timeout_ms: typing.Optional[jsii.Number] = None,
    use_compression: typing.Optional[ClickHouseInstallationSpecConfigurationZookeeperUseCompression] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6effee6c1a1f9f5e47510960ec3c73bea662af49d1efded6258f03ddb57cf12b(
    *,
    availability_zone: typing.Optional[builtins.str] = None,
    host: typing.Optional[builtins.str] = None,
    port: typing.Optional[jsii.Number] = None,
    secure: typing.Optional[ClickHouseInstallationSpecConfigurationZookeeperNodesSecure] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ca8152ea16e7de6026e2312d6b35d671326135a4d9a3dd363b7d179812a05e3e(
    *,
    distributed_ddl: typing.Optional[typing.Union[ClickHouseInstallationSpecDefaultsDistributedDdl, typing.Dict[builtins.str, typing.Any]]] = None,
    replicas_use_fqdn: typing.Optional[ClickHouseInstallationSpecDefaultsReplicasUseFqdn] = None,
    storage_management: typing.Optional[typing.Union[ClickHouseInstallationSpecDefaultsStorageManagement, typing.Dict[builtins.str, typing.Any]]] = None,
    templates: typing.Optional[typing.Union[ClickHouseInstallationSpecDefaultsTemplates, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1e0baa936f763551ac11dbe67c6ae648546d82762550c70b107dd741051e505b(
    *,
    profile: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2f9a4a013c3e52f9db11587a503dc9edbcfa84438d29483be93cf74078cfa74f(
    *,
    provisioner: typing.Optional[ClickHouseInstallationSpecDefaultsStorageManagementProvisioner] = None,
    reclaim_policy: typing.Optional[ClickHouseInstallationSpecDefaultsStorageManagementReclaimPolicy] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__41e90f098c9cc11e1e15d8d3dde1fcffc9923c3f0c5f110bb49d1a3fa04b4647(
    *,
    cluster_service_template: typing.Optional[builtins.str] = None,
    data_volume_claim_template: typing.Optional[builtins.str] = None,
    host_template: typing.Optional[builtins.str] = None,
    log_volume_claim_template: typing.Optional[builtins.str] = None,
    pod_template: typing.Optional[builtins.str] = None,
    replica_service_template: typing.Optional[builtins.str] = None,
    service_template: typing.Optional[builtins.str] = None,
    service_templates: typing.Optional[typing.Sequence[builtins.str]] = None,
    shard_service_template: typing.Optional[builtins.str] = None,
    volume_claim_template: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fd3a198d645c26f0cb8177d279bf6655186e5906d6024c65225ab44559087b22(
    *,
    cleanup: typing.Optional[typing.Union[ClickHouseInstallationSpecReconcileCleanup, typing.Dict[builtins.str, typing.Any]]] = None,
    config_map_propagation_timeout: typing.Optional[jsii.Number] = None,
    host: typing.Optional[typing.Union[ClickHouseInstallationSpecReconcileHost, typing.Dict[builtins.str, typing.Any]]] = None,
    macros: typing.Optional[typing.Union[ClickHouseInstallationSpecReconcileMacros, typing.Dict[builtins.str, typing.Any]]] = None,
    policy: typing.Optional[ClickHouseInstallationSpecReconcilePolicy] = None,
    runtime: typing.Optional[typing.Union[ClickHouseInstallationSpecReconcileRuntime, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c379283cb29ae311556290dbca581da7d2dbac7034e260a0933899b2efbd87b5(
    *,
    reconcile_failed_objects: typing.Optional[typing.Union[ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjects, typing.Dict[builtins.str, typing.Any]]] = None,
    unknown_objects: typing.Optional[typing.Union[ClickHouseInstallationSpecReconcileCleanupUnknownObjects, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cac40d75c48db1794f91835ef60db673c59a82ce505b69d791470fab72068d38(
    *,
    config_map: typing.Optional[ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsConfigMap] = None,
    pvc: typing.Optional[ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsPvc] = None,
    service: typing.Optional[ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsService] = None,
    stateful_set: typing.Optional[ClickHouseInstallationSpecReconcileCleanupReconcileFailedObjectsStatefulSet] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6b7d18c290cc8fb6b434839631654382ee00d3f45ab79f54559981aee825647d(
    *,
    config_map: typing.Optional[ClickHouseInstallationSpecReconcileCleanupUnknownObjectsConfigMap] = None,
    pvc: typing.Optional[ClickHouseInstallationSpecReconcileCleanupUnknownObjectsPvc] = None,
    service: typing.Optional[ClickHouseInstallationSpecReconcileCleanupUnknownObjectsService] = None,
    stateful_set: typing.Optional[ClickHouseInstallationSpecReconcileCleanupUnknownObjectsStatefulSet] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__13a19df58dabc902996d11009e313e3ec692a180d9387465a8ffd3e5582c23be(
    *,
    drop: typing.Optional[typing.Union[ClickHouseInstallationSpecReconcileHostDrop, typing.Dict[builtins.str, typing.Any]]] = None,
    wait: typing.Optional[typing.Union[ClickHouseInstallationSpecReconcileHostWait, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__eb7e0abec9d892be118894ba6a3f3318e5e7d28c1d9ff6a6392aae07ac31b745(
    *,
    replicas: typing.Optional[typing.Union[ClickHouseInstallationSpecReconcileHostDropReplicas, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5b5c17eb3bc8d01d341f9a25f0a30b141decc5d38481fafe0c302920a444be4a(
    *,
    active: typing.Optional[ClickHouseInstallationSpecReconcileHostDropReplicasActive] = None,
    on_delete: typing.Optional[ClickHouseInstallationSpecReconcileHostDropReplicasOnDelete] = None,
    on_lost_volume: typing.Optional[ClickHouseInstallationSpecReconcileHostDropReplicasOnLostVolume] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__03654d93c6bf5c1e75ec3eca332a52ebb7e9bd5ee50a1c73a1548e0a18d1882a(
    *,
    exclude: typing.Optional[ClickHouseInstallationSpecReconcileHostWaitExclude] = None,
    include: typing.Optional[ClickHouseInstallationSpecReconcileHostWaitInclude] = None,
    probes: typing.Optional[typing.Union[ClickHouseInstallationSpecReconcileHostWaitProbes, typing.Dict[builtins.str, typing.Any]]] = None,
    queries: typing.Optional[ClickHouseInstallationSpecReconcileHostWaitQueries] = None,
    replicas: typing.Optional[typing.Union[ClickHouseInstallationSpecReconcileHostWaitReplicas, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5ebe2114fef6d6c0949eb17e86258cbbe9fef3998b08c05c83fb98c03b222d20(
    *,
    readiness: typing.Optional[ClickHouseInstallationSpecReconcileHostWaitProbesReadiness] = None,
    startup: typing.Optional[ClickHouseInstallationSpecReconcileHostWaitProbesStartup] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__80fa1163b35f16e2ad1dec5545805226d1f6c3d104da7f5d6159b4bea80d73b1(
    *,
    all: typing.Optional[ClickHouseInstallationSpecReconcileHostWaitReplicasAll] = None,
    delay: typing.Optional[jsii.Number] = None,
    new: typing.Optional[ClickHouseInstallationSpecReconcileHostWaitReplicasNew] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__310ca5fba095f191b47f22d7a5a24ce2b623da702384922bd8642d5b24ee0b12(
    *,
    sections: typing.Optional[typing.Union[ClickHouseInstallationSpecReconcileMacrosSections, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fbfdf421e6e17a04e74caad749f48ced3d1a7b2531524335b8191c0fa7fe9bdc(
    *,
    files: typing.Optional[typing.Union[ClickHouseInstallationSpecReconcileMacrosSectionsFiles, typing.Dict[builtins.str, typing.Any]]] = None,
    profiles: typing.Optional[typing.Union[ClickHouseInstallationSpecReconcileMacrosSectionsProfiles, typing.Dict[builtins.str, typing.Any]]] = None,
    quotas: typing.Optional[typing.Union[ClickHouseInstallationSpecReconcileMacrosSectionsQuotas, typing.Dict[builtins.str, typing.Any]]] = None,
    settings: typing.Optional[typing.Union[ClickHouseInstallationSpecReconcileMacrosSectionsSettings, typing.Dict[builtins.str, typing.Any]]] = None,
    users: typing.Optional[typing.Union[ClickHouseInstallationSpecReconcileMacrosSectionsUsers, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0c32293fcb8256b35f26a6c68a9e25293c7432c6f2f3da544a993ded36e7dea4(
    *,
    enabled: typing.Optional[ClickHouseInstallationSpecReconcileMacrosSectionsFilesEnabled] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__eda1cf7f896459c3eaba8314a2831ed9d89d05307525fa8d1339eb4b36826126(
    *,
    enabled: typing.Optional[ClickHouseInstallationSpecReconcileMacrosSectionsProfilesEnabled] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9418dd61dbc5f6f39b82388568dd0c5b817c401450e91c0ee83ab1d7c81cc007(
    *,
    enabled: typing.Optional[ClickHouseInstallationSpecReconcileMacrosSectionsQuotasEnabled] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b89260837af07e495231a9241cb8990c36cecae8135092dbedc8cc06ea02fed8(
    *,
    enabled: typing.Optional[ClickHouseInstallationSpecReconcileMacrosSectionsSettingsEnabled] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5c1df63c0a74d17ea1026775624beb962a64201fe470405db5e8edf52dd6eac7(
    *,
    enabled: typing.Optional[ClickHouseInstallationSpecReconcileMacrosSectionsUsersEnabled] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ce9218955a71285a56f511cba8700c4794f6c0c47ffeca117566f7f93d12f949(
    *,
    reconcile_shards_max_concurrency_percent: typing.Optional[jsii.Number] = None,
    reconcile_shards_threads_number: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__15c8ed75c3b63faf606c39bc42354b39f1a2e2fddc30d0dff9848fede86272fe(
    *,
    cleanup: typing.Optional[typing.Union[ClickHouseInstallationSpecReconcilingCleanup, typing.Dict[builtins.str, typing.Any]]] = None,
    config_map_propagation_timeout: typing.Optional[jsii.Number] = None,
    host: typing.Optional[typing.Union[ClickHouseInstallationSpecReconcilingHost, typing.Dict[builtins.str, typing.Any]]] = None,
    macros: typing.Optional[typing.Union[ClickHouseInstallationSpecReconcilingMacros, typing.Dict[builtins.str, typing.Any]]] = None,
    policy: typing.Optional[ClickHouseInstallationSpecReconcilingPolicy] = None,
    runtime: typing.Optional[typing.Union[ClickHouseInstallationSpecReconcilingRuntime, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__44bbfdefdd88b4e7b0bbd39d165f2f3ee7a9590e1919a95c6736e4ddaaef0f57(
    *,
    reconcile_failed_objects: typing.Optional[typing.Union[ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjects, typing.Dict[builtins.str, typing.Any]]] = None,
    unknown_objects: typing.Optional[typing.Union[ClickHouseInstallationSpecReconcilingCleanupUnknownObjects, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__402f954c229d2478924ff7e3d66c2a079be3ff8fe05c2b9fb41de4de3dd36f59(
    *,
    config_map: typing.Optional[ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsConfigMap] = None,
    pvc: typing.Optional[ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsPvc] = None,
    service: typing.Optional[ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsService] = None,
    stateful_set: typing.Optional[ClickHouseInstallationSpecReconcilingCleanupReconcileFailedObjectsStatefulSet] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a75bb27858de3c04e11f8795573f019d1c21170e932863c1afccc0673a6281af(
    *,
    config_map: typing.Optional[ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsConfigMap] = None,
    pvc: typing.Optional[ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsPvc] = None,
    service: typing.Optional[ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsService] = None,
    stateful_set: typing.Optional[ClickHouseInstallationSpecReconcilingCleanupUnknownObjectsStatefulSet] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1033b230db6374008a34afd7f2343f3ad71bf7f305dacc05c41d68e825ae2a5c(
    *,
    drop: typing.Optional[typing.Union[ClickHouseInstallationSpecReconcilingHostDrop, typing.Dict[builtins.str, typing.Any]]] = None,
    wait: typing.Optional[typing.Union[ClickHouseInstallationSpecReconcilingHostWait, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1f486e63e1769eb4923a579a7a87942ecdbd9d9a74b6b38d6cf775b81f771261(
    *,
    replicas: typing.Optional[typing.Union[ClickHouseInstallationSpecReconcilingHostDropReplicas, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3c447b34f47dfd43f2a450535bb78807b6d8befda70718469c8c3f102ba28187(
    *,
    active: typing.Optional[ClickHouseInstallationSpecReconcilingHostDropReplicasActive] = None,
    on_delete: typing.Optional[ClickHouseInstallationSpecReconcilingHostDropReplicasOnDelete] = None,
    on_lost_volume: typing.Optional[ClickHouseInstallationSpecReconcilingHostDropReplicasOnLostVolume] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__01324fbaa52a041545a2b020e0d3657cbe0baaca9b3d4aedfa970cacb054f8ac(
    *,
    exclude: typing.Optional[ClickHouseInstallationSpecReconcilingHostWaitExclude] = None,
    include: typing.Optional[ClickHouseInstallationSpecReconcilingHostWaitInclude] = None,
    probes: typing.Optional[typing.Union[ClickHouseInstallationSpecReconcilingHostWaitProbes, typing.Dict[builtins.str, typing.Any]]] = None,
    queries: typing.Optional[ClickHouseInstallationSpecReconcilingHostWaitQueries] = None,
    replicas: typing.Optional[typing.Union[ClickHouseInstallationSpecReconcilingHostWaitReplicas, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d46163ae30d049430c8364518005684bfca2a1b3623bd382e8230fd4c09d0a03(
    *,
    readiness: typing.Optional[ClickHouseInstallationSpecReconcilingHostWaitProbesReadiness] = None,
    startup: typing.Optional[ClickHouseInstallationSpecReconcilingHostWaitProbesStartup] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__28f1f107a54e6dfb083fd488cf2bdef9a25d195cc7a88a5a381cbca4b1054aba(
    *,
    all: typing.Optional[ClickHouseInstallationSpecReconcilingHostWaitReplicasAll] = None,
    delay: typing.Optional[jsii.Number] = None,
    new: typing.Optional[ClickHouseInstallationSpecReconcilingHostWaitReplicasNew] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9024bdf732b7d164045b3904107e5fa50ba503fc274486d68489db17389664be(
    *,
    sections: typing.Optional[typing.Union[ClickHouseInstallationSpecReconcilingMacrosSections, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6bfe5dc3116912318f5997d08c425601b3f32a14bcecfab0874b97eb3944e17e(
    *,
    files: typing.Optional[typing.Union[ClickHouseInstallationSpecReconcilingMacrosSectionsFiles, typing.Dict[builtins.str, typing.Any]]] = None,
    profiles: typing.Optional[typing.Union[ClickHouseInstallationSpecReconcilingMacrosSectionsProfiles, typing.Dict[builtins.str, typing.Any]]] = None,
    quotas: typing.Optional[typing.Union[ClickHouseInstallationSpecReconcilingMacrosSectionsQuotas, typing.Dict[builtins.str, typing.Any]]] = None,
    settings: typing.Optional[typing.Union[ClickHouseInstallationSpecReconcilingMacrosSectionsSettings, typing.Dict[builtins.str, typing.Any]]] = None,
    users: typing.Optional[typing.Union[ClickHouseInstallationSpecReconcilingMacrosSectionsUsers, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e3d1351c5612fe2314b2b8d62824fc82ae2ffeac1f8cc2af35a02f20234f7f0a(
    *,
    enabled: typing.Optional[ClickHouseInstallationSpecReconcilingMacrosSectionsFilesEnabled] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4eec964020dfd889934ea913b7f64da09c0669c63506b6b2c53ff7c82300dc31(
    *,
    enabled: typing.Optional[ClickHouseInstallationSpecReconcilingMacrosSectionsProfilesEnabled] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bd27f844a1231aeeccd1eec482f27aacdfa7f30d90dc8f5452512d6968bae762(
    *,
    enabled: typing.Optional[ClickHouseInstallationSpecReconcilingMacrosSectionsQuotasEnabled] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f68e4e6ae07239d2acdea7755541381fd11b54dee5d33d349dea4e378ba8c807(
    *,
    enabled: typing.Optional[ClickHouseInstallationSpecReconcilingMacrosSectionsSettingsEnabled] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5d1fe6d6ed6f31069f4c69942f33e0358e79c301647b73ea61661435e6ce1305(
    *,
    enabled: typing.Optional[ClickHouseInstallationSpecReconcilingMacrosSectionsUsersEnabled] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__570f0bd500060358c08136339998ff02a60241fe8e50d0eaced4b2d27e0eea5b(
    *,
    reconcile_shards_max_concurrency_percent: typing.Optional[jsii.Number] = None,
    reconcile_shards_threads_number: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2565d72099060d6bb5fa1eea7fc4edab92da5f785d78c960b06c7554bc1e31ba(
    *,
    host_templates: typing.Optional[typing.Sequence[typing.Union[ClickHouseInstallationSpecTemplatesHostTemplates, typing.Dict[builtins.str, typing.Any]]]] = None,
    pod_templates: typing.Optional[typing.Sequence[typing.Union[ClickHouseInstallationSpecTemplatesPodTemplates, typing.Dict[builtins.str, typing.Any]]]] = None,
    service_templates: typing.Optional[typing.Sequence[typing.Union[ClickHouseInstallationSpecTemplatesServiceTemplates, typing.Dict[builtins.str, typing.Any]]]] = None,
    volume_claim_templates: typing.Optional[typing.Sequence[typing.Union[ClickHouseInstallationSpecTemplatesVolumeClaimTemplates, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__04917e04e274f2be7c8f7d3445e8236c55b0e6f0846219f70c818ab0ee6b4925(
    *,
    name: typing.Optional[builtins.str] = None,
    port_distribution: typing.Optional[typing.Sequence[typing.Union[ClickHouseInstallationSpecTemplatesHostTemplatesPortDistribution, typing.Dict[builtins.str, typing.Any]]]] = None,
    spec: typing.Optional[typing.Union[ClickHouseInstallationSpecTemplatesHostTemplatesSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__242be459b223eed348dbfcfb60822f740e7a321184c1f7fed104b90f5a9ed1b0(
    *,
    type: typing.Optional[ClickHouseInstallationSpecTemplatesHostTemplatesPortDistributionType] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ff52fcf221c83cc42a9eb0b261211751e3e6425b14cf5b0f35f6cf7db668eac9(
    *,
    files: typing.Any = None,
    http_port: typing.Optional[jsii.Number] = None,
    https_port: typing.Optional[jsii.Number] = None,
    insecure: typing.Optional[ClickHouseInstallationSpecTemplatesHostTemplatesSpecInsecure] = None,
    interserver_http_port: typing.Optional[jsii.Number] = None,
    name: typing.Optional[builtins.str] = None,
    secure: typing.Optional[ClickHouseInstallationSpecTemplatesHostTemplatesSpecSecure] = None,
    settings: typing.Any = None,
    tcp_port: typing.Optional[jsii.Number] = None,
    templates: typing.Optional[typing.Union[ClickHouseInstallationSpecTemplatesHostTemplatesSpecTemplates, typing.Dict[builtins.str, typing.Any]]] = None,
    tls_port: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2c07685efc62ec0b87ca235755eff10b48d0e5d54929293c4f88b6b29e3e1ffe(
    *,
    cluster_service_template: typing.Optional[builtins.str] = None,
    data_volume_claim_template: typing.Optional[builtins.str] = None,
    host_template: typing.Optional[builtins.str] = None,
    log_volume_claim_template: typing.Optional[builtins.str] = None,
    pod_template: typing.Optional[builtins.str] = None,
    replica_service_template: typing.Optional[builtins.str] = None,
    service_template: typing.Optional[builtins.str] = None,
    service_templates: typing.Optional[typing.Sequence[builtins.str]] = None,
    shard_service_template: typing.Optional[builtins.str] = None,
    volume_claim_template: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7e35096c7aac85471d1a4c83782fa4ccb01f028fe76934379a9cacce9954c2ad(
    *,
    distribution: typing.Optional[ClickHouseInstallationSpecTemplatesPodTemplatesDistribution] = None,
    generate_name: typing.Optional[builtins.str] = None,
    metadata: typing.Any = None,
    name: typing.Optional[builtins.str] = None,
    pod_distribution: typing.Optional[typing.Sequence[typing.Union[ClickHouseInstallationSpecTemplatesPodTemplatesPodDistribution, typing.Dict[builtins.str, typing.Any]]]] = None,
    spec: typing.Any = None,
    zone: typing.Optional[typing.Union[ClickHouseInstallationSpecTemplatesPodTemplatesZone, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__23fcc42688220fc378a34e7d1856c30d007fbf52d7e5b3170163f2dee95b5e95(
    *,
    number: typing.Optional[jsii.Number] = None,
    scope: typing.Optional[ClickHouseInstallationSpecTemplatesPodTemplatesPodDistributionScope] = None,
    topology_key: typing.Optional[builtins.str] = None,
    type: typing.Optional[ClickHouseInstallationSpecTemplatesPodTemplatesPodDistributionType] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ca9fe4e9083ee3f905eef136c7031698e283ab1e74db2a6c367da96b0a2bd80b(
    *,
    key: typing.Optional[builtins.str] = None,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ec283b823bca4870867c2353c81b38eed8408935caca3e03cd08b9f1a1e848b0(
    *,
    generate_name: typing.Optional[builtins.str] = None,
    metadata: typing.Any = None,
    name: typing.Optional[builtins.str] = None,
    spec: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__848ffd606626ea5d3a1fb1572380f2b0c6b3ea57917c87c23ffb74569e1f413b(
    *,
    metadata: typing.Any = None,
    name: typing.Optional[builtins.str] = None,
    provisioner: typing.Optional[ClickHouseInstallationSpecTemplatesVolumeClaimTemplatesProvisioner] = None,
    reclaim_policy: typing.Optional[ClickHouseInstallationSpecTemplatesVolumeClaimTemplatesReclaimPolicy] = None,
    spec: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__85cea4dd909ddf24879a7fbf969772d6a63fecbb49c7d2b62cd5f885b7c0f070(
    *,
    chi_selector: typing.Any = None,
    policy: typing.Optional[ClickHouseInstallationSpecTemplatingPolicy] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dd5b2c03d9e3226d660e5f59096359f6804e0198dc5e91b00eed6e226d0e8af3(
    *,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
    use_type: typing.Optional[ClickHouseInstallationSpecUseTemplatesUseType] = None,
) -> None:
    """Type checking stubs"""
    pass
