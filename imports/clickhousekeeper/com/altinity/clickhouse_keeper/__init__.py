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


class ClickHouseKeeperInstallation(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="clickhousekeeper_comaltinityclickhouse-keeper.ClickHouseKeeperInstallation",
):
    '''define a set of Kubernetes resources (StatefulSet, PVC, Service, ConfigMap) which describe behavior one or more clusters.

    :schema: ClickHouseKeeperInstallation
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["ClickHouseKeeperInstallationSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "ClickHouseKeeperInstallation" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: Specification of the desired behavior of one or more ClickHouse clusters More info: https://github.com/Altinity/clickhouse-operator/blob/master/docs/custom_resource_explained.md.
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__af7c0c1adae4a597d611822bbf0a63f5396c3a7277e71df1d0150424d5542ad6)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = ClickHouseKeeperInstallationProps(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["ClickHouseKeeperInstallationSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "ClickHouseKeeperInstallation".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: Specification of the desired behavior of one or more ClickHouse clusters More info: https://github.com/Altinity/clickhouse-operator/blob/master/docs/custom_resource_explained.md.
        :param metadata: 
        '''
        props = ClickHouseKeeperInstallationProps(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "ClickHouseKeeperInstallation".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="clickhousekeeper_comaltinityclickhouse-keeper.ClickHouseKeeperInstallationProps",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class ClickHouseKeeperInstallationProps:
    def __init__(
        self,
        *,
        spec: typing.Union["ClickHouseKeeperInstallationSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''define a set of Kubernetes resources (StatefulSet, PVC, Service, ConfigMap) which describe behavior one or more clusters.

        :param spec: Specification of the desired behavior of one or more ClickHouse clusters More info: https://github.com/Altinity/clickhouse-operator/blob/master/docs/custom_resource_explained.md.
        :param metadata: 

        :schema: ClickHouseKeeperInstallation
        '''
        if isinstance(spec, dict):
            spec = ClickHouseKeeperInstallationSpec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ca6053d39206c87860bde128019da2a5f8a3e2fc851b887b2c7d7540ea2da649)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "ClickHouseKeeperInstallationSpec":
        '''Specification of the desired behavior of one or more ClickHouse clusters More info: https://github.com/Altinity/clickhouse-operator/blob/master/docs/custom_resource_explained.md.

        :schema: ClickHouseKeeperInstallation#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("ClickHouseKeeperInstallationSpec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: ClickHouseKeeperInstallation#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseKeeperInstallationProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clickhousekeeper_comaltinityclickhouse-keeper.ClickHouseKeeperInstallationSpec",
    jsii_struct_bases=[],
    name_mapping={
        "configuration": "configuration",
        "defaults": "defaults",
        "namespace_domain_pattern": "namespaceDomainPattern",
        "reconciling": "reconciling",
        "stop": "stop",
        "suspend": "suspend",
        "task_id": "taskId",
        "templates": "templates",
    },
)
class ClickHouseKeeperInstallationSpec:
    def __init__(
        self,
        *,
        configuration: typing.Optional[typing.Union["ClickHouseKeeperInstallationSpecConfiguration", typing.Dict[builtins.str, typing.Any]]] = None,
        defaults: typing.Optional[typing.Union["ClickHouseKeeperInstallationSpecDefaults", typing.Dict[builtins.str, typing.Any]]] = None,
        namespace_domain_pattern: typing.Optional[builtins.str] = None,
        reconciling: typing.Optional[typing.Union["ClickHouseKeeperInstallationSpecReconciling", typing.Dict[builtins.str, typing.Any]]] = None,
        stop: typing.Optional["ClickHouseKeeperInstallationSpecStop"] = None,
        suspend: typing.Optional["ClickHouseKeeperInstallationSpecSuspend"] = None,
        task_id: typing.Optional[builtins.str] = None,
        templates: typing.Optional[typing.Union["ClickHouseKeeperInstallationSpecTemplates", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Specification of the desired behavior of one or more ClickHouse clusters More info: https://github.com/Altinity/clickhouse-operator/blob/master/docs/custom_resource_explained.md.

        :param configuration: allows configure multiple aspects and behavior for ``clickhouse-server`` instance and also allows describe multiple ``clickhouse-server`` clusters inside one ``chi`` resource.
        :param defaults: define default behavior for whole ClickHouseInstallation, some behavior can be re-define on cluster, shard and replica level More info: https://github.com/Altinity/clickhouse-operator/blob/master/docs/custom_resource_explained.md#specdefaults.
        :param namespace_domain_pattern: Custom domain pattern which will be used for DNS names of ``Service`` or ``Pod``. Typical use scenario - custom cluster domain in Kubernetes cluster Example: %s.svc.my.test
        :param reconciling: Optional, allows tuning reconciling cycle for ClickhouseInstallation from clickhouse-operator side.
        :param stop: Allows to stop all ClickHouse clusters defined in a CHI. Works as the following: - When ``stop`` is ``1`` operator sets ``Replicas: 0`` in each StatefulSet. Thie leads to having all ``Pods`` and ``Service`` deleted. All PVCs are kept intact. - When ``stop`` is ``0`` operator sets ``Replicas: 1`` and ``Pod``s and ``Service``s will created again and all retained PVCs will be attached to ``Pod``s.
        :param suspend: Suspend reconciliation of resources managed by a ClickHouse Keeper. Works as the following: - When ``suspend`` is ``true`` operator stops reconciling all resources. - When ``suspend`` is ``false`` or not set, operator reconciles all resources.
        :param task_id: Allows to define custom taskID for CHI update and watch status of this update execution. Displayed in all .status.taskID* fields. By default (if not filled) every update of CHI manifest will generate random taskID
        :param templates: allows define templates which will use for render Kubernetes resources like StatefulSet, ConfigMap, Service, PVC, by default, clickhouse-operator have own templates, but you can override it.

        :schema: ClickHouseKeeperInstallationSpec
        '''
        if isinstance(configuration, dict):
            configuration = ClickHouseKeeperInstallationSpecConfiguration(**configuration)
        if isinstance(defaults, dict):
            defaults = ClickHouseKeeperInstallationSpecDefaults(**defaults)
        if isinstance(reconciling, dict):
            reconciling = ClickHouseKeeperInstallationSpecReconciling(**reconciling)
        if isinstance(templates, dict):
            templates = ClickHouseKeeperInstallationSpecTemplates(**templates)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6445c74c20bf0a35f9b2f679c17ef6ba615ba53b8f4b93a1dc45e8ca22450b6f)
            check_type(argname="argument configuration", value=configuration, expected_type=type_hints["configuration"])
            check_type(argname="argument defaults", value=defaults, expected_type=type_hints["defaults"])
            check_type(argname="argument namespace_domain_pattern", value=namespace_domain_pattern, expected_type=type_hints["namespace_domain_pattern"])
            check_type(argname="argument reconciling", value=reconciling, expected_type=type_hints["reconciling"])
            check_type(argname="argument stop", value=stop, expected_type=type_hints["stop"])
            check_type(argname="argument suspend", value=suspend, expected_type=type_hints["suspend"])
            check_type(argname="argument task_id", value=task_id, expected_type=type_hints["task_id"])
            check_type(argname="argument templates", value=templates, expected_type=type_hints["templates"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if configuration is not None:
            self._values["configuration"] = configuration
        if defaults is not None:
            self._values["defaults"] = defaults
        if namespace_domain_pattern is not None:
            self._values["namespace_domain_pattern"] = namespace_domain_pattern
        if reconciling is not None:
            self._values["reconciling"] = reconciling
        if stop is not None:
            self._values["stop"] = stop
        if suspend is not None:
            self._values["suspend"] = suspend
        if task_id is not None:
            self._values["task_id"] = task_id
        if templates is not None:
            self._values["templates"] = templates

    @builtins.property
    def configuration(
        self,
    ) -> typing.Optional["ClickHouseKeeperInstallationSpecConfiguration"]:
        '''allows configure multiple aspects and behavior for ``clickhouse-server`` instance and also allows describe multiple ``clickhouse-server`` clusters inside one ``chi`` resource.

        :schema: ClickHouseKeeperInstallationSpec#configuration
        '''
        result = self._values.get("configuration")
        return typing.cast(typing.Optional["ClickHouseKeeperInstallationSpecConfiguration"], result)

    @builtins.property
    def defaults(self) -> typing.Optional["ClickHouseKeeperInstallationSpecDefaults"]:
        '''define default behavior for whole ClickHouseInstallation, some behavior can be re-define on cluster, shard and replica level More info: https://github.com/Altinity/clickhouse-operator/blob/master/docs/custom_resource_explained.md#specdefaults.

        :schema: ClickHouseKeeperInstallationSpec#defaults
        '''
        result = self._values.get("defaults")
        return typing.cast(typing.Optional["ClickHouseKeeperInstallationSpecDefaults"], result)

    @builtins.property
    def namespace_domain_pattern(self) -> typing.Optional[builtins.str]:
        '''Custom domain pattern which will be used for DNS names of ``Service`` or ``Pod``.

        Typical use scenario - custom cluster domain in Kubernetes cluster
        Example: %s.svc.my.test

        :schema: ClickHouseKeeperInstallationSpec#namespaceDomainPattern
        '''
        result = self._values.get("namespace_domain_pattern")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def reconciling(
        self,
    ) -> typing.Optional["ClickHouseKeeperInstallationSpecReconciling"]:
        '''Optional, allows tuning reconciling cycle for ClickhouseInstallation from clickhouse-operator side.

        :schema: ClickHouseKeeperInstallationSpec#reconciling
        '''
        result = self._values.get("reconciling")
        return typing.cast(typing.Optional["ClickHouseKeeperInstallationSpecReconciling"], result)

    @builtins.property
    def stop(self) -> typing.Optional["ClickHouseKeeperInstallationSpecStop"]:
        '''Allows to stop all ClickHouse clusters defined in a CHI.

        Works as the following:

        - When ``stop`` is ``1`` operator sets ``Replicas: 0`` in each StatefulSet. Thie leads to having all ``Pods`` and ``Service`` deleted. All PVCs are kept intact.
        - When ``stop`` is ``0`` operator sets ``Replicas: 1`` and ``Pod``s and ``Service``s will created again and all retained PVCs will be attached to ``Pod``s.

        :schema: ClickHouseKeeperInstallationSpec#stop
        '''
        result = self._values.get("stop")
        return typing.cast(typing.Optional["ClickHouseKeeperInstallationSpecStop"], result)

    @builtins.property
    def suspend(self) -> typing.Optional["ClickHouseKeeperInstallationSpecSuspend"]:
        '''Suspend reconciliation of resources managed by a ClickHouse Keeper.

        Works as the following:

        - When ``suspend`` is ``true`` operator stops reconciling all resources.
        - When ``suspend`` is ``false`` or not set, operator reconciles all resources.

        :schema: ClickHouseKeeperInstallationSpec#suspend
        '''
        result = self._values.get("suspend")
        return typing.cast(typing.Optional["ClickHouseKeeperInstallationSpecSuspend"], result)

    @builtins.property
    def task_id(self) -> typing.Optional[builtins.str]:
        '''Allows to define custom taskID for CHI update and watch status of this update execution.

        Displayed in all .status.taskID* fields.
        By default (if not filled) every update of CHI manifest will generate random taskID

        :schema: ClickHouseKeeperInstallationSpec#taskID
        '''
        result = self._values.get("task_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def templates(self) -> typing.Optional["ClickHouseKeeperInstallationSpecTemplates"]:
        '''allows define templates which will use for render Kubernetes resources like StatefulSet, ConfigMap, Service, PVC, by default, clickhouse-operator have own templates, but you can override it.

        :schema: ClickHouseKeeperInstallationSpec#templates
        '''
        result = self._values.get("templates")
        return typing.cast(typing.Optional["ClickHouseKeeperInstallationSpecTemplates"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseKeeperInstallationSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clickhousekeeper_comaltinityclickhouse-keeper.ClickHouseKeeperInstallationSpecConfiguration",
    jsii_struct_bases=[],
    name_mapping={"clusters": "clusters", "files": "files", "settings": "settings"},
)
class ClickHouseKeeperInstallationSpecConfiguration:
    def __init__(
        self,
        *,
        clusters: typing.Optional[typing.Sequence[typing.Union["ClickHouseKeeperInstallationSpecConfigurationClusters", typing.Dict[builtins.str, typing.Any]]]] = None,
        files: typing.Any = None,
        settings: typing.Any = None,
    ) -> None:
        '''allows configure multiple aspects and behavior for ``clickhouse-server`` instance and also allows describe multiple ``clickhouse-server`` clusters inside one ``chi`` resource.

        :param clusters: describes clusters layout and allows change settings on cluster-level and replica-level.
        :param files: allows define content of any setting.
        :param settings: allows configure multiple aspects and behavior for ``clickhouse-keeper`` instance.

        :schema: ClickHouseKeeperInstallationSpecConfiguration
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__314fc4c7262c70d522d0423942053590fdd57cf62429f0fb0d99d38b17248d91)
            check_type(argname="argument clusters", value=clusters, expected_type=type_hints["clusters"])
            check_type(argname="argument files", value=files, expected_type=type_hints["files"])
            check_type(argname="argument settings", value=settings, expected_type=type_hints["settings"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if clusters is not None:
            self._values["clusters"] = clusters
        if files is not None:
            self._values["files"] = files
        if settings is not None:
            self._values["settings"] = settings

    @builtins.property
    def clusters(
        self,
    ) -> typing.Optional[typing.List["ClickHouseKeeperInstallationSpecConfigurationClusters"]]:
        '''describes clusters layout and allows change settings on cluster-level and replica-level.

        :schema: ClickHouseKeeperInstallationSpecConfiguration#clusters
        '''
        result = self._values.get("clusters")
        return typing.cast(typing.Optional[typing.List["ClickHouseKeeperInstallationSpecConfigurationClusters"]], result)

    @builtins.property
    def files(self) -> typing.Any:
        '''allows define content of any setting.

        :schema: ClickHouseKeeperInstallationSpecConfiguration#files
        '''
        result = self._values.get("files")
        return typing.cast(typing.Any, result)

    @builtins.property
    def settings(self) -> typing.Any:
        '''allows configure multiple aspects and behavior for ``clickhouse-keeper`` instance.

        :schema: ClickHouseKeeperInstallationSpecConfiguration#settings
        '''
        result = self._values.get("settings")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseKeeperInstallationSpecConfiguration(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clickhousekeeper_comaltinityclickhouse-keeper.ClickHouseKeeperInstallationSpecConfigurationClusters",
    jsii_struct_bases=[],
    name_mapping={
        "files": "files",
        "layout": "layout",
        "name": "name",
        "pdb_managed": "pdbManaged",
        "pdb_max_unavailable": "pdbMaxUnavailable",
        "settings": "settings",
        "templates": "templates",
    },
)
class ClickHouseKeeperInstallationSpecConfigurationClusters:
    def __init__(
        self,
        *,
        files: typing.Any = None,
        layout: typing.Optional[typing.Union["ClickHouseKeeperInstallationSpecConfigurationClustersLayout", typing.Dict[builtins.str, typing.Any]]] = None,
        name: typing.Optional[builtins.str] = None,
        pdb_managed: typing.Optional["ClickHouseKeeperInstallationSpecConfigurationClustersPdbManaged"] = None,
        pdb_max_unavailable: typing.Optional[jsii.Number] = None,
        settings: typing.Any = None,
        templates: typing.Optional[typing.Union["ClickHouseKeeperInstallationSpecConfigurationClustersTemplates", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param files: optional, allows define content of any setting file inside each ``Pod`` on current cluster during generate ``ConfigMap`` which will mount in ``/etc/clickhouse-server/config.d/`` or ``/etc/clickhouse-server/conf.d/`` or ``/etc/clickhouse-server/users.d/`` override top-level ``chi.spec.configuration.files``.
        :param layout: describe current cluster layout, how much shards in cluster, how much replica in shard allows override settings on each shard and replica separatelly.
        :param name: cluster name, used to identify set of servers and wide used during generate names of related Kubernetes resources.
        :param pdb_managed: Specifies whether the Pod Disruption Budget (PDB) should be managed. During the next installation, if PDB management is enabled, the operator will attempt to retrieve any existing PDB. If none is found, it will create a new one and initiate a reconciliation loop. If PDB management is disabled, the existing PDB will remain intact, and the reconciliation loop will not be executed. By default, PDB management is enabled.
        :param pdb_max_unavailable: Pod eviction is allowed if at most "pdbMaxUnavailable" pods are unavailable after the eviction, i.e. even in absence of the evicted pod. For example, one can prevent all voluntary evictions by specifying 0. This is a mutually exclusive setting with "minAvailable".
        :param settings: optional, allows configure ``clickhouse-server`` settings inside ... tag in each ``Pod`` only in one cluster during generate ``ConfigMap`` which will mount in ``/etc/clickhouse-server/config.d/`` override top-level ``chi.spec.configuration.settings`` More details: https://clickhouse.tech/docs/en/operations/settings/settings/.
        :param templates: optional, configuration of the templates names which will use for generate Kubernetes resources according to selected cluster override top-level ``chi.spec.configuration.templates``.

        :schema: ClickHouseKeeperInstallationSpecConfigurationClusters
        '''
        if isinstance(layout, dict):
            layout = ClickHouseKeeperInstallationSpecConfigurationClustersLayout(**layout)
        if isinstance(templates, dict):
            templates = ClickHouseKeeperInstallationSpecConfigurationClustersTemplates(**templates)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a78f9ef9b3cde1ad6fc46335ec8c9373192b71e1371061294370f1dc56dc760c)
            check_type(argname="argument files", value=files, expected_type=type_hints["files"])
            check_type(argname="argument layout", value=layout, expected_type=type_hints["layout"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument pdb_managed", value=pdb_managed, expected_type=type_hints["pdb_managed"])
            check_type(argname="argument pdb_max_unavailable", value=pdb_max_unavailable, expected_type=type_hints["pdb_max_unavailable"])
            check_type(argname="argument settings", value=settings, expected_type=type_hints["settings"])
            check_type(argname="argument templates", value=templates, expected_type=type_hints["templates"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if files is not None:
            self._values["files"] = files
        if layout is not None:
            self._values["layout"] = layout
        if name is not None:
            self._values["name"] = name
        if pdb_managed is not None:
            self._values["pdb_managed"] = pdb_managed
        if pdb_max_unavailable is not None:
            self._values["pdb_max_unavailable"] = pdb_max_unavailable
        if settings is not None:
            self._values["settings"] = settings
        if templates is not None:
            self._values["templates"] = templates

    @builtins.property
    def files(self) -> typing.Any:
        '''optional, allows define content of any setting file inside each ``Pod`` on current cluster during generate ``ConfigMap`` which will mount in ``/etc/clickhouse-server/config.d/`` or ``/etc/clickhouse-server/conf.d/`` or ``/etc/clickhouse-server/users.d/`` override top-level ``chi.spec.configuration.files``.

        :schema: ClickHouseKeeperInstallationSpecConfigurationClusters#files
        '''
        result = self._values.get("files")
        return typing.cast(typing.Any, result)

    @builtins.property
    def layout(
        self,
    ) -> typing.Optional["ClickHouseKeeperInstallationSpecConfigurationClustersLayout"]:
        '''describe current cluster layout, how much shards in cluster, how much replica in shard allows override settings on each shard and replica separatelly.

        :schema: ClickHouseKeeperInstallationSpecConfigurationClusters#layout
        '''
        result = self._values.get("layout")
        return typing.cast(typing.Optional["ClickHouseKeeperInstallationSpecConfigurationClustersLayout"], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''cluster name, used to identify set of servers and wide used during generate names of related Kubernetes resources.

        :schema: ClickHouseKeeperInstallationSpecConfigurationClusters#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def pdb_managed(
        self,
    ) -> typing.Optional["ClickHouseKeeperInstallationSpecConfigurationClustersPdbManaged"]:
        '''Specifies whether the Pod Disruption Budget (PDB) should be managed.

        During the next installation, if PDB management is enabled, the operator will
        attempt to retrieve any existing PDB. If none is found, it will create a new one
        and initiate a reconciliation loop. If PDB management is disabled, the existing PDB
        will remain intact, and the reconciliation loop will not be executed. By default,
        PDB management is enabled.

        :schema: ClickHouseKeeperInstallationSpecConfigurationClusters#pdbManaged
        '''
        result = self._values.get("pdb_managed")
        return typing.cast(typing.Optional["ClickHouseKeeperInstallationSpecConfigurationClustersPdbManaged"], result)

    @builtins.property
    def pdb_max_unavailable(self) -> typing.Optional[jsii.Number]:
        '''Pod eviction is allowed if at most "pdbMaxUnavailable" pods are unavailable after the eviction, i.e. even in absence of the evicted pod. For example, one can prevent all voluntary evictions by specifying 0. This is a mutually exclusive setting with "minAvailable".

        :schema: ClickHouseKeeperInstallationSpecConfigurationClusters#pdbMaxUnavailable
        '''
        result = self._values.get("pdb_max_unavailable")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def settings(self) -> typing.Any:
        '''optional, allows configure ``clickhouse-server`` settings inside ... tag in each ``Pod`` only in one cluster during generate ``ConfigMap`` which will mount in ``/etc/clickhouse-server/config.d/`` override top-level ``chi.spec.configuration.settings`` More details: https://clickhouse.tech/docs/en/operations/settings/settings/.

        :schema: ClickHouseKeeperInstallationSpecConfigurationClusters#settings
        '''
        result = self._values.get("settings")
        return typing.cast(typing.Any, result)

    @builtins.property
    def templates(
        self,
    ) -> typing.Optional["ClickHouseKeeperInstallationSpecConfigurationClustersTemplates"]:
        '''optional, configuration of the templates names which will use for generate Kubernetes resources according to selected cluster override top-level ``chi.spec.configuration.templates``.

        :schema: ClickHouseKeeperInstallationSpecConfigurationClusters#templates
        '''
        result = self._values.get("templates")
        return typing.cast(typing.Optional["ClickHouseKeeperInstallationSpecConfigurationClustersTemplates"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseKeeperInstallationSpecConfigurationClusters(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clickhousekeeper_comaltinityclickhouse-keeper.ClickHouseKeeperInstallationSpecConfigurationClustersLayout",
    jsii_struct_bases=[],
    name_mapping={"replicas": "replicas", "replicas_count": "replicasCount"},
)
class ClickHouseKeeperInstallationSpecConfigurationClustersLayout:
    def __init__(
        self,
        *,
        replicas: typing.Optional[typing.Sequence[typing.Union["ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicas", typing.Dict[builtins.str, typing.Any]]]] = None,
        replicas_count: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''describe current cluster layout, how much shards in cluster, how much replica in shard allows override settings on each shard and replica separatelly.

        :param replicas: optional, allows override top-level ``chi.spec.configuration`` and cluster-level ``chi.spec.configuration.clusters`` configuration for each replica and each shard relates to selected replica, use it only if you fully understand what you do.
        :param replicas_count: how much replicas in each shards for current cluster will run in Kubernetes, each replica is a separate ``StatefulSet`` which contains only one ``Pod`` with ``clickhouse-server`` instance, every shard contains 1 replica by default".

        :schema: ClickHouseKeeperInstallationSpecConfigurationClustersLayout
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e508e6b121ad57b165f07ef7d8f274e5ff37a24c3adc96b5d1f2087445493d5b)
            check_type(argname="argument replicas", value=replicas, expected_type=type_hints["replicas"])
            check_type(argname="argument replicas_count", value=replicas_count, expected_type=type_hints["replicas_count"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if replicas is not None:
            self._values["replicas"] = replicas
        if replicas_count is not None:
            self._values["replicas_count"] = replicas_count

    @builtins.property
    def replicas(
        self,
    ) -> typing.Optional[typing.List["ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicas"]]:
        '''optional, allows override top-level ``chi.spec.configuration`` and cluster-level ``chi.spec.configuration.clusters`` configuration for each replica and each shard relates to selected replica, use it only if you fully understand what you do.

        :schema: ClickHouseKeeperInstallationSpecConfigurationClustersLayout#replicas
        '''
        result = self._values.get("replicas")
        return typing.cast(typing.Optional[typing.List["ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicas"]], result)

    @builtins.property
    def replicas_count(self) -> typing.Optional[jsii.Number]:
        '''how much replicas in each shards for current cluster will run in Kubernetes, each replica is a separate ``StatefulSet`` which contains only one ``Pod`` with ``clickhouse-server`` instance, every shard contains 1 replica by default".

        :schema: ClickHouseKeeperInstallationSpecConfigurationClustersLayout#replicasCount
        '''
        result = self._values.get("replicas_count")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseKeeperInstallationSpecConfigurationClustersLayout(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clickhousekeeper_comaltinityclickhouse-keeper.ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicas",
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
class ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicas:
    def __init__(
        self,
        *,
        files: typing.Any = None,
        name: typing.Optional[builtins.str] = None,
        settings: typing.Any = None,
        shards: typing.Optional[typing.Sequence[typing.Union["ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasShards", typing.Dict[builtins.str, typing.Any]]]] = None,
        shards_count: typing.Optional[jsii.Number] = None,
        templates: typing.Optional[typing.Union["ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasTemplates", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param files: optional, allows define content of any setting file inside each ``Pod`` only in one replica during generate ``ConfigMap`` which will mount in ``/etc/clickhouse-server/config.d/`` or ``/etc/clickhouse-server/conf.d/`` or ``/etc/clickhouse-server/users.d/`` override top-level ``chi.spec.configuration.files`` and cluster-level ``chi.spec.configuration.clusters.files``, will ignore if ``chi.spec.configuration.clusters.layout.shards`` presents.
        :param name: optional, by default replica name is generated, but you can override it and setup custom name.
        :param settings: optional, allows configure ``clickhouse-server`` settings inside ... tag in ``Pod`` only in one replica during generate ``ConfigMap`` which will mount in ``/etc/clickhouse-server/conf.d/`` override top-level ``chi.spec.configuration.settings``, cluster-level ``chi.spec.configuration.clusters.settings`` and will ignore if shard-level ``chi.spec.configuration.clusters.layout.shards`` present More details: https://clickhouse.tech/docs/en/operations/settings/settings/.
        :param shards: optional, list of shards related to current replica, will ignore if ``chi.spec.configuration.clusters.layout.shards`` presents.
        :param shards_count: optional, count of shards related to current replica, you can override each shard behavior on low-level ``chi.spec.configuration.clusters.layout.replicas.shards``.
        :param templates: optional, configuration of the templates names which will use for generate Kubernetes resources according to selected replica override top-level ``chi.spec.configuration.templates``, cluster-level ``chi.spec.configuration.clusters.templates``.

        :schema: ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicas
        '''
        if isinstance(templates, dict):
            templates = ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasTemplates(**templates)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b1774b738bbfd4076fb2c94171743314219e353d278c31efdd694d6f8bc830cd)
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

        :schema: ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicas#files
        '''
        result = self._values.get("files")
        return typing.cast(typing.Any, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''optional, by default replica name is generated, but you can override it and setup custom name.

        :schema: ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicas#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def settings(self) -> typing.Any:
        '''optional, allows configure ``clickhouse-server`` settings inside ... tag in ``Pod`` only in one replica during generate ``ConfigMap`` which will mount in ``/etc/clickhouse-server/conf.d/`` override top-level ``chi.spec.configuration.settings``, cluster-level ``chi.spec.configuration.clusters.settings`` and will ignore if shard-level ``chi.spec.configuration.clusters.layout.shards`` present More details: https://clickhouse.tech/docs/en/operations/settings/settings/.

        :schema: ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicas#settings
        '''
        result = self._values.get("settings")
        return typing.cast(typing.Any, result)

    @builtins.property
    def shards(
        self,
    ) -> typing.Optional[typing.List["ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasShards"]]:
        '''optional, list of shards related to current replica, will ignore if ``chi.spec.configuration.clusters.layout.shards`` presents.

        :schema: ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicas#shards
        '''
        result = self._values.get("shards")
        return typing.cast(typing.Optional[typing.List["ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasShards"]], result)

    @builtins.property
    def shards_count(self) -> typing.Optional[jsii.Number]:
        '''optional, count of shards related to current replica, you can override each shard behavior on low-level ``chi.spec.configuration.clusters.layout.replicas.shards``.

        :schema: ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicas#shardsCount
        '''
        result = self._values.get("shards_count")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def templates(
        self,
    ) -> typing.Optional["ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasTemplates"]:
        '''optional, configuration of the templates names which will use for generate Kubernetes resources according to selected replica override top-level ``chi.spec.configuration.templates``, cluster-level ``chi.spec.configuration.clusters.templates``.

        :schema: ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicas#templates
        '''
        result = self._values.get("templates")
        return typing.cast(typing.Optional["ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasTemplates"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicas(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clickhousekeeper_comaltinityclickhouse-keeper.ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasShards",
    jsii_struct_bases=[],
    name_mapping={
        "files": "files",
        "name": "name",
        "raft_port": "raftPort",
        "settings": "settings",
        "templates": "templates",
        "zk_port": "zkPort",
    },
)
class ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasShards:
    def __init__(
        self,
        *,
        files: typing.Any = None,
        name: typing.Optional[builtins.str] = None,
        raft_port: typing.Optional[jsii.Number] = None,
        settings: typing.Any = None,
        templates: typing.Optional[typing.Union["ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates", typing.Dict[builtins.str, typing.Any]]] = None,
        zk_port: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param files: optional, allows define content of any setting file inside each ``Pod`` only in one shard related to current replica during generate ``ConfigMap`` which will mount in ``/etc/clickhouse-server/config.d/`` or ``/etc/clickhouse-server/conf.d/`` or ``/etc/clickhouse-server/users.d/`` override top-level ``chi.spec.configuration.files`` and cluster-level ``chi.spec.configuration.clusters.files``, will ignore if ``chi.spec.configuration.clusters.layout.shards`` presents.
        :param name: optional, by default shard name is generated, but you can override it and setup custom name.
        :param raft_port: 
        :param settings: optional, allows configure ``clickhouse-server`` settings inside ... tag in ``Pod`` only in one shard related to current replica during generate ``ConfigMap`` which will mount in ``/etc/clickhouse-server/conf.d/`` override top-level ``chi.spec.configuration.settings``, cluster-level ``chi.spec.configuration.clusters.settings`` and replica-level ``chi.spec.configuration.clusters.layout.replicas.settings`` More details: https://clickhouse.tech/docs/en/operations/settings/settings/.
        :param templates: optional, configuration of the templates names which will use for generate Kubernetes resources according to selected replica override top-level ``chi.spec.configuration.templates``, cluster-level ``chi.spec.configuration.clusters.templates``, replica-level ``chi.spec.configuration.clusters.layout.replicas.templates``.
        :param zk_port: 

        :schema: ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasShards
        '''
        if isinstance(templates, dict):
            templates = ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates(**templates)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3c0d1bdb7ef9a7bf76e9de2a79a1d569182bc01851faf6cfff3acff17f8afd31)
            check_type(argname="argument files", value=files, expected_type=type_hints["files"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument raft_port", value=raft_port, expected_type=type_hints["raft_port"])
            check_type(argname="argument settings", value=settings, expected_type=type_hints["settings"])
            check_type(argname="argument templates", value=templates, expected_type=type_hints["templates"])
            check_type(argname="argument zk_port", value=zk_port, expected_type=type_hints["zk_port"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if files is not None:
            self._values["files"] = files
        if name is not None:
            self._values["name"] = name
        if raft_port is not None:
            self._values["raft_port"] = raft_port
        if settings is not None:
            self._values["settings"] = settings
        if templates is not None:
            self._values["templates"] = templates
        if zk_port is not None:
            self._values["zk_port"] = zk_port

    @builtins.property
    def files(self) -> typing.Any:
        '''optional, allows define content of any setting file inside each ``Pod`` only in one shard related to current replica during generate ``ConfigMap`` which will mount in ``/etc/clickhouse-server/config.d/`` or ``/etc/clickhouse-server/conf.d/`` or ``/etc/clickhouse-server/users.d/`` override top-level ``chi.spec.configuration.files`` and cluster-level ``chi.spec.configuration.clusters.files``, will ignore if ``chi.spec.configuration.clusters.layout.shards`` presents.

        :schema: ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasShards#files
        '''
        result = self._values.get("files")
        return typing.cast(typing.Any, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''optional, by default shard name is generated, but you can override it and setup custom name.

        :schema: ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasShards#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def raft_port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasShards#raftPort
        '''
        result = self._values.get("raft_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def settings(self) -> typing.Any:
        '''optional, allows configure ``clickhouse-server`` settings inside ... tag in ``Pod`` only in one shard related to current replica during generate ``ConfigMap`` which will mount in ``/etc/clickhouse-server/conf.d/`` override top-level ``chi.spec.configuration.settings``, cluster-level ``chi.spec.configuration.clusters.settings`` and replica-level ``chi.spec.configuration.clusters.layout.replicas.settings`` More details: https://clickhouse.tech/docs/en/operations/settings/settings/.

        :schema: ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasShards#settings
        '''
        result = self._values.get("settings")
        return typing.cast(typing.Any, result)

    @builtins.property
    def templates(
        self,
    ) -> typing.Optional["ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates"]:
        '''optional, configuration of the templates names which will use for generate Kubernetes resources according to selected replica override top-level ``chi.spec.configuration.templates``, cluster-level ``chi.spec.configuration.clusters.templates``, replica-level ``chi.spec.configuration.clusters.layout.replicas.templates``.

        :schema: ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasShards#templates
        '''
        result = self._values.get("templates")
        return typing.cast(typing.Optional["ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates"], result)

    @builtins.property
    def zk_port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasShards#zkPort
        '''
        result = self._values.get("zk_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasShards(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clickhousekeeper_comaltinityclickhouse-keeper.ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates",
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
class ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates:
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

        :schema: ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__622827795589ade32b5c568f8bccd6588f98e50a8944d7a3afe3bb13874ec0ae)
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

        :schema: ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates#clusterServiceTemplate
        '''
        result = self._values.get("cluster_service_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def data_volume_claim_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.volumeClaimTemplates, allows customization each ``PVC`` which will mount for clickhouse data directory in each ``Pod`` during render and reconcile every StatefulSet.spec resource described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates#dataVolumeClaimTemplate
        '''
        result = self._values.get("data_volume_claim_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def host_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.hostTemplates, which will apply to configure every ``clickhouse-server`` instance during render ConfigMap resources which will mount into ``Pod``.

        :schema: ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates#hostTemplate
        '''
        result = self._values.get("host_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def log_volume_claim_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.volumeClaimTemplates, allows customization each ``PVC`` which will mount for clickhouse log directory in each ``Pod`` during render and reconcile every StatefulSet.spec resource described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates#logVolumeClaimTemplate
        '''
        result = self._values.get("log_volume_claim_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def pod_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.podTemplates, allows customization each ``Pod`` resource during render and reconcile each StatefulSet.spec resource described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates#podTemplate
        '''
        result = self._values.get("pod_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def replica_service_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.serviceTemplates, allows customization for each ``Service`` resource which will created by ``clickhouse-operator`` which cover each replica inside each shard inside each clickhouse cluster described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates#replicaServiceTemplate
        '''
        result = self._values.get("replica_service_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def service_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.serviceTemplates. used for customization of the ``Service`` resource, created by ``clickhouse-operator`` to cover all clusters in whole ``chi`` resource.

        :schema: ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates#serviceTemplate
        '''
        result = self._values.get("service_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def service_templates(self) -> typing.Optional[typing.List[builtins.str]]:
        '''optional, template names from chi.spec.templates.serviceTemplates. used for customization of the ``Service`` resources, created by ``clickhouse-operator`` to cover all clusters in whole ``chi`` resource.

        :schema: ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates#serviceTemplates
        '''
        result = self._values.get("service_templates")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def shard_service_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.serviceTemplates, allows customization for each ``Service`` resource which will created by ``clickhouse-operator`` which cover each shard inside clickhouse cluster described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates#shardServiceTemplate
        '''
        result = self._values.get("shard_service_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def volume_claim_template(self) -> typing.Optional[builtins.str]:
        '''optional, alias for dataVolumeClaimTemplate, template name from chi.spec.templates.volumeClaimTemplates, allows customization each ``PVC`` which will mount for clickhouse data directory in each ``Pod`` during render and reconcile every StatefulSet.spec resource described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates#volumeClaimTemplate
        '''
        result = self._values.get("volume_claim_template")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clickhousekeeper_comaltinityclickhouse-keeper.ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasTemplates",
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
class ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasTemplates:
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

        :schema: ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasTemplates
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__cad22ef83393d7b3f5e9dbc90116e19e84a5fc19cbf87595f355ca782dd2b00c)
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

        :schema: ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasTemplates#clusterServiceTemplate
        '''
        result = self._values.get("cluster_service_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def data_volume_claim_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.volumeClaimTemplates, allows customization each ``PVC`` which will mount for clickhouse data directory in each ``Pod`` during render and reconcile every StatefulSet.spec resource described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasTemplates#dataVolumeClaimTemplate
        '''
        result = self._values.get("data_volume_claim_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def host_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.hostTemplates, which will apply to configure every ``clickhouse-server`` instance during render ConfigMap resources which will mount into ``Pod``.

        :schema: ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasTemplates#hostTemplate
        '''
        result = self._values.get("host_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def log_volume_claim_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.volumeClaimTemplates, allows customization each ``PVC`` which will mount for clickhouse log directory in each ``Pod`` during render and reconcile every StatefulSet.spec resource described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasTemplates#logVolumeClaimTemplate
        '''
        result = self._values.get("log_volume_claim_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def pod_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.podTemplates, allows customization each ``Pod`` resource during render and reconcile each StatefulSet.spec resource described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasTemplates#podTemplate
        '''
        result = self._values.get("pod_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def replica_service_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.serviceTemplates, allows customization for each ``Service`` resource which will created by ``clickhouse-operator`` which cover each replica inside each shard inside each clickhouse cluster described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasTemplates#replicaServiceTemplate
        '''
        result = self._values.get("replica_service_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def service_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.serviceTemplates. used for customization of the ``Service`` resource, created by ``clickhouse-operator`` to cover all clusters in whole ``chi`` resource.

        :schema: ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasTemplates#serviceTemplate
        '''
        result = self._values.get("service_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def service_templates(self) -> typing.Optional[typing.List[builtins.str]]:
        '''optional, template names from chi.spec.templates.serviceTemplates. used for customization of the ``Service`` resources, created by ``clickhouse-operator`` to cover all clusters in whole ``chi`` resource.

        :schema: ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasTemplates#serviceTemplates
        '''
        result = self._values.get("service_templates")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def shard_service_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.serviceTemplates, allows customization for each ``Service`` resource which will created by ``clickhouse-operator`` which cover each shard inside clickhouse cluster described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasTemplates#shardServiceTemplate
        '''
        result = self._values.get("shard_service_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def volume_claim_template(self) -> typing.Optional[builtins.str]:
        '''optional, alias for dataVolumeClaimTemplate, template name from chi.spec.templates.volumeClaimTemplates, allows customization each ``PVC`` which will mount for clickhouse data directory in each ``Pod`` during render and reconcile every StatefulSet.spec resource described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasTemplates#volumeClaimTemplate
        '''
        result = self._values.get("volume_claim_template")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasTemplates(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="clickhousekeeper_comaltinityclickhouse-keeper.ClickHouseKeeperInstallationSpecConfigurationClustersPdbManaged"
)
class ClickHouseKeeperInstallationSpecConfigurationClustersPdbManaged(enum.Enum):
    '''Specifies whether the Pod Disruption Budget (PDB) should be managed.

    During the next installation, if PDB management is enabled, the operator will
    attempt to retrieve any existing PDB. If none is found, it will create a new one
    and initiate a reconciliation loop. If PDB management is disabled, the existing PDB
    will remain intact, and the reconciliation loop will not be executed. By default,
    PDB management is enabled.

    :schema: ClickHouseKeeperInstallationSpecConfigurationClustersPdbManaged
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
    jsii_type="clickhousekeeper_comaltinityclickhouse-keeper.ClickHouseKeeperInstallationSpecConfigurationClustersTemplates",
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
class ClickHouseKeeperInstallationSpecConfigurationClustersTemplates:
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

        :schema: ClickHouseKeeperInstallationSpecConfigurationClustersTemplates
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0063aaffa9793ad9f6d164ebfbbc0ea63e2eabc0f4fc407ca5d771a5f9251206)
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

        :schema: ClickHouseKeeperInstallationSpecConfigurationClustersTemplates#clusterServiceTemplate
        '''
        result = self._values.get("cluster_service_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def data_volume_claim_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.volumeClaimTemplates, allows customization each ``PVC`` which will mount for clickhouse data directory in each ``Pod`` during render and reconcile every StatefulSet.spec resource described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseKeeperInstallationSpecConfigurationClustersTemplates#dataVolumeClaimTemplate
        '''
        result = self._values.get("data_volume_claim_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def host_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.hostTemplates, which will apply to configure every ``clickhouse-server`` instance during render ConfigMap resources which will mount into ``Pod``.

        :schema: ClickHouseKeeperInstallationSpecConfigurationClustersTemplates#hostTemplate
        '''
        result = self._values.get("host_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def log_volume_claim_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.volumeClaimTemplates, allows customization each ``PVC`` which will mount for clickhouse log directory in each ``Pod`` during render and reconcile every StatefulSet.spec resource described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseKeeperInstallationSpecConfigurationClustersTemplates#logVolumeClaimTemplate
        '''
        result = self._values.get("log_volume_claim_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def pod_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.podTemplates, allows customization each ``Pod`` resource during render and reconcile each StatefulSet.spec resource described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseKeeperInstallationSpecConfigurationClustersTemplates#podTemplate
        '''
        result = self._values.get("pod_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def replica_service_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.serviceTemplates, allows customization for each ``Service`` resource which will created by ``clickhouse-operator`` which cover each replica inside each shard inside each clickhouse cluster described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseKeeperInstallationSpecConfigurationClustersTemplates#replicaServiceTemplate
        '''
        result = self._values.get("replica_service_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def service_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.serviceTemplates. used for customization of the ``Service`` resource, created by ``clickhouse-operator`` to cover all clusters in whole ``chi`` resource.

        :schema: ClickHouseKeeperInstallationSpecConfigurationClustersTemplates#serviceTemplate
        '''
        result = self._values.get("service_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def service_templates(self) -> typing.Optional[typing.List[builtins.str]]:
        '''optional, template names from chi.spec.templates.serviceTemplates. used for customization of the ``Service`` resources, created by ``clickhouse-operator`` to cover all clusters in whole ``chi`` resource.

        :schema: ClickHouseKeeperInstallationSpecConfigurationClustersTemplates#serviceTemplates
        '''
        result = self._values.get("service_templates")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def shard_service_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.serviceTemplates, allows customization for each ``Service`` resource which will created by ``clickhouse-operator`` which cover each shard inside clickhouse cluster described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseKeeperInstallationSpecConfigurationClustersTemplates#shardServiceTemplate
        '''
        result = self._values.get("shard_service_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def volume_claim_template(self) -> typing.Optional[builtins.str]:
        '''optional, alias for dataVolumeClaimTemplate, template name from chi.spec.templates.volumeClaimTemplates, allows customization each ``PVC`` which will mount for clickhouse data directory in each ``Pod`` during render and reconcile every StatefulSet.spec resource described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseKeeperInstallationSpecConfigurationClustersTemplates#volumeClaimTemplate
        '''
        result = self._values.get("volume_claim_template")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseKeeperInstallationSpecConfigurationClustersTemplates(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clickhousekeeper_comaltinityclickhouse-keeper.ClickHouseKeeperInstallationSpecDefaults",
    jsii_struct_bases=[],
    name_mapping={
        "distributed_ddl": "distributedDdl",
        "replicas_use_fqdn": "replicasUseFqdn",
        "storage_management": "storageManagement",
        "templates": "templates",
    },
)
class ClickHouseKeeperInstallationSpecDefaults:
    def __init__(
        self,
        *,
        distributed_ddl: typing.Optional[typing.Union["ClickHouseKeeperInstallationSpecDefaultsDistributedDdl", typing.Dict[builtins.str, typing.Any]]] = None,
        replicas_use_fqdn: typing.Optional["ClickHouseKeeperInstallationSpecDefaultsReplicasUseFqdn"] = None,
        storage_management: typing.Optional[typing.Union["ClickHouseKeeperInstallationSpecDefaultsStorageManagement", typing.Dict[builtins.str, typing.Any]]] = None,
        templates: typing.Optional[typing.Union["ClickHouseKeeperInstallationSpecDefaultsTemplates", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''define default behavior for whole ClickHouseInstallation, some behavior can be re-define on cluster, shard and replica level More info: https://github.com/Altinity/clickhouse-operator/blob/master/docs/custom_resource_explained.md#specdefaults.

        :param distributed_ddl: allows change ``<yandex><distributed_ddl></distributed_ddl></yandex>`` settings More info: https://clickhouse.tech/docs/en/operations/server-configuration-parameters/settings/#server-settings-distributed_ddl.
        :param replicas_use_fqdn: define should replicas be specified by FQDN in ``<host></host>``. In case of "no" will use short hostname and clickhouse-server will use kubernetes default suffixes for DNS lookup "no" by default
        :param storage_management: default storage management options.
        :param templates: optional, configuration of the templates names which will use for generate Kubernetes resources according to one or more ClickHouse clusters described in current ClickHouseInstallation (chi) resource.

        :schema: ClickHouseKeeperInstallationSpecDefaults
        '''
        if isinstance(distributed_ddl, dict):
            distributed_ddl = ClickHouseKeeperInstallationSpecDefaultsDistributedDdl(**distributed_ddl)
        if isinstance(storage_management, dict):
            storage_management = ClickHouseKeeperInstallationSpecDefaultsStorageManagement(**storage_management)
        if isinstance(templates, dict):
            templates = ClickHouseKeeperInstallationSpecDefaultsTemplates(**templates)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__dbe72d7afb2fd04b7baaf188e79c7510d51f1c7ccae3525818aa430699fc2aab)
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
    ) -> typing.Optional["ClickHouseKeeperInstallationSpecDefaultsDistributedDdl"]:
        '''allows change ``<yandex><distributed_ddl></distributed_ddl></yandex>`` settings More info: https://clickhouse.tech/docs/en/operations/server-configuration-parameters/settings/#server-settings-distributed_ddl.

        :schema: ClickHouseKeeperInstallationSpecDefaults#distributedDDL
        '''
        result = self._values.get("distributed_ddl")
        return typing.cast(typing.Optional["ClickHouseKeeperInstallationSpecDefaultsDistributedDdl"], result)

    @builtins.property
    def replicas_use_fqdn(
        self,
    ) -> typing.Optional["ClickHouseKeeperInstallationSpecDefaultsReplicasUseFqdn"]:
        '''define should replicas be specified by FQDN in ``<host></host>``.

        In case of "no" will use short hostname and clickhouse-server will use kubernetes default suffixes for DNS lookup
        "no" by default

        :schema: ClickHouseKeeperInstallationSpecDefaults#replicasUseFQDN
        '''
        result = self._values.get("replicas_use_fqdn")
        return typing.cast(typing.Optional["ClickHouseKeeperInstallationSpecDefaultsReplicasUseFqdn"], result)

    @builtins.property
    def storage_management(
        self,
    ) -> typing.Optional["ClickHouseKeeperInstallationSpecDefaultsStorageManagement"]:
        '''default storage management options.

        :schema: ClickHouseKeeperInstallationSpecDefaults#storageManagement
        '''
        result = self._values.get("storage_management")
        return typing.cast(typing.Optional["ClickHouseKeeperInstallationSpecDefaultsStorageManagement"], result)

    @builtins.property
    def templates(
        self,
    ) -> typing.Optional["ClickHouseKeeperInstallationSpecDefaultsTemplates"]:
        '''optional, configuration of the templates names which will use for generate Kubernetes resources according to one or more ClickHouse clusters described in current ClickHouseInstallation (chi) resource.

        :schema: ClickHouseKeeperInstallationSpecDefaults#templates
        '''
        result = self._values.get("templates")
        return typing.cast(typing.Optional["ClickHouseKeeperInstallationSpecDefaultsTemplates"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseKeeperInstallationSpecDefaults(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clickhousekeeper_comaltinityclickhouse-keeper.ClickHouseKeeperInstallationSpecDefaultsDistributedDdl",
    jsii_struct_bases=[],
    name_mapping={"profile": "profile"},
)
class ClickHouseKeeperInstallationSpecDefaultsDistributedDdl:
    def __init__(self, *, profile: typing.Optional[builtins.str] = None) -> None:
        '''allows change ``<yandex><distributed_ddl></distributed_ddl></yandex>`` settings More info: https://clickhouse.tech/docs/en/operations/server-configuration-parameters/settings/#server-settings-distributed_ddl.

        :param profile: Settings from this profile will be used to execute DDL queries.

        :schema: ClickHouseKeeperInstallationSpecDefaultsDistributedDdl
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e1120cf973795e137212f49aeaf834b8c56e2f778f54cc037ee7e563deabf33c)
            check_type(argname="argument profile", value=profile, expected_type=type_hints["profile"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if profile is not None:
            self._values["profile"] = profile

    @builtins.property
    def profile(self) -> typing.Optional[builtins.str]:
        '''Settings from this profile will be used to execute DDL queries.

        :schema: ClickHouseKeeperInstallationSpecDefaultsDistributedDdl#profile
        '''
        result = self._values.get("profile")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseKeeperInstallationSpecDefaultsDistributedDdl(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="clickhousekeeper_comaltinityclickhouse-keeper.ClickHouseKeeperInstallationSpecDefaultsReplicasUseFqdn"
)
class ClickHouseKeeperInstallationSpecDefaultsReplicasUseFqdn(enum.Enum):
    '''define should replicas be specified by FQDN in ``<host></host>``.

    In case of "no" will use short hostname and clickhouse-server will use kubernetes default suffixes for DNS lookup
    "no" by default

    :schema: ClickHouseKeeperInstallationSpecDefaultsReplicasUseFqdn
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
    jsii_type="clickhousekeeper_comaltinityclickhouse-keeper.ClickHouseKeeperInstallationSpecDefaultsStorageManagement",
    jsii_struct_bases=[],
    name_mapping={"provisioner": "provisioner", "reclaim_policy": "reclaimPolicy"},
)
class ClickHouseKeeperInstallationSpecDefaultsStorageManagement:
    def __init__(
        self,
        *,
        provisioner: typing.Optional["ClickHouseKeeperInstallationSpecDefaultsStorageManagementProvisioner"] = None,
        reclaim_policy: typing.Optional["ClickHouseKeeperInstallationSpecDefaultsStorageManagementReclaimPolicy"] = None,
    ) -> None:
        '''default storage management options.

        :param provisioner: defines ``PVC`` provisioner - be it StatefulSet or the Operator.
        :param reclaim_policy: defines behavior of ``PVC`` deletion. ``Delete`` by default, if ``Retain`` specified then ``PVC`` will be kept when deleting StatefulSet

        :schema: ClickHouseKeeperInstallationSpecDefaultsStorageManagement
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__64582572b5aca6d923375c6687c45aab44ca2dc76e4f8e20092766fdadf10320)
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
    ) -> typing.Optional["ClickHouseKeeperInstallationSpecDefaultsStorageManagementProvisioner"]:
        '''defines ``PVC`` provisioner - be it StatefulSet or the Operator.

        :schema: ClickHouseKeeperInstallationSpecDefaultsStorageManagement#provisioner
        '''
        result = self._values.get("provisioner")
        return typing.cast(typing.Optional["ClickHouseKeeperInstallationSpecDefaultsStorageManagementProvisioner"], result)

    @builtins.property
    def reclaim_policy(
        self,
    ) -> typing.Optional["ClickHouseKeeperInstallationSpecDefaultsStorageManagementReclaimPolicy"]:
        '''defines behavior of ``PVC`` deletion.

        ``Delete`` by default, if ``Retain`` specified then ``PVC`` will be kept when deleting StatefulSet

        :schema: ClickHouseKeeperInstallationSpecDefaultsStorageManagement#reclaimPolicy
        '''
        result = self._values.get("reclaim_policy")
        return typing.cast(typing.Optional["ClickHouseKeeperInstallationSpecDefaultsStorageManagementReclaimPolicy"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseKeeperInstallationSpecDefaultsStorageManagement(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="clickhousekeeper_comaltinityclickhouse-keeper.ClickHouseKeeperInstallationSpecDefaultsStorageManagementProvisioner"
)
class ClickHouseKeeperInstallationSpecDefaultsStorageManagementProvisioner(enum.Enum):
    '''defines ``PVC`` provisioner - be it StatefulSet or the Operator.

    :schema: ClickHouseKeeperInstallationSpecDefaultsStorageManagementProvisioner
    '''

    STATEFUL_SET = "STATEFUL_SET"
    '''StatefulSet.'''
    OPERATOR = "OPERATOR"
    '''Operator.'''


@jsii.enum(
    jsii_type="clickhousekeeper_comaltinityclickhouse-keeper.ClickHouseKeeperInstallationSpecDefaultsStorageManagementReclaimPolicy"
)
class ClickHouseKeeperInstallationSpecDefaultsStorageManagementReclaimPolicy(enum.Enum):
    '''defines behavior of ``PVC`` deletion.

    ``Delete`` by default, if ``Retain`` specified then ``PVC`` will be kept when deleting StatefulSet

    :schema: ClickHouseKeeperInstallationSpecDefaultsStorageManagementReclaimPolicy
    '''

    RETAIN = "RETAIN"
    '''Retain.'''
    DELETE = "DELETE"
    '''Delete.'''


@jsii.data_type(
    jsii_type="clickhousekeeper_comaltinityclickhouse-keeper.ClickHouseKeeperInstallationSpecDefaultsTemplates",
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
class ClickHouseKeeperInstallationSpecDefaultsTemplates:
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

        :schema: ClickHouseKeeperInstallationSpecDefaultsTemplates
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__49e7ae992621f7365379bfb6616a2aa2225d7bffd6fd4e6dd0059b296010ef57)
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

        :schema: ClickHouseKeeperInstallationSpecDefaultsTemplates#clusterServiceTemplate
        '''
        result = self._values.get("cluster_service_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def data_volume_claim_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.volumeClaimTemplates, allows customization each ``PVC`` which will mount for clickhouse data directory in each ``Pod`` during render and reconcile every StatefulSet.spec resource described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseKeeperInstallationSpecDefaultsTemplates#dataVolumeClaimTemplate
        '''
        result = self._values.get("data_volume_claim_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def host_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.hostTemplates, which will apply to configure every ``clickhouse-server`` instance during render ConfigMap resources which will mount into ``Pod``.

        :schema: ClickHouseKeeperInstallationSpecDefaultsTemplates#hostTemplate
        '''
        result = self._values.get("host_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def log_volume_claim_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.volumeClaimTemplates, allows customization each ``PVC`` which will mount for clickhouse log directory in each ``Pod`` during render and reconcile every StatefulSet.spec resource described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseKeeperInstallationSpecDefaultsTemplates#logVolumeClaimTemplate
        '''
        result = self._values.get("log_volume_claim_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def pod_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.podTemplates, allows customization each ``Pod`` resource during render and reconcile each StatefulSet.spec resource described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseKeeperInstallationSpecDefaultsTemplates#podTemplate
        '''
        result = self._values.get("pod_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def replica_service_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.serviceTemplates, allows customization for each ``Service`` resource which will created by ``clickhouse-operator`` which cover each replica inside each shard inside each clickhouse cluster described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseKeeperInstallationSpecDefaultsTemplates#replicaServiceTemplate
        '''
        result = self._values.get("replica_service_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def service_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.serviceTemplates. used for customization of the ``Service`` resource, created by ``clickhouse-operator`` to cover all clusters in whole ``chi`` resource.

        :schema: ClickHouseKeeperInstallationSpecDefaultsTemplates#serviceTemplate
        '''
        result = self._values.get("service_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def service_templates(self) -> typing.Optional[typing.List[builtins.str]]:
        '''optional, template names from chi.spec.templates.serviceTemplates. used for customization of the ``Service`` resources, created by ``clickhouse-operator`` to cover all clusters in whole ``chi`` resource.

        :schema: ClickHouseKeeperInstallationSpecDefaultsTemplates#serviceTemplates
        '''
        result = self._values.get("service_templates")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def shard_service_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.serviceTemplates, allows customization for each ``Service`` resource which will created by ``clickhouse-operator`` which cover each shard inside clickhouse cluster described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseKeeperInstallationSpecDefaultsTemplates#shardServiceTemplate
        '''
        result = self._values.get("shard_service_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def volume_claim_template(self) -> typing.Optional[builtins.str]:
        '''optional, alias for dataVolumeClaimTemplate, template name from chi.spec.templates.volumeClaimTemplates, allows customization each ``PVC`` which will mount for clickhouse data directory in each ``Pod`` during render and reconcile every StatefulSet.spec resource described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseKeeperInstallationSpecDefaultsTemplates#volumeClaimTemplate
        '''
        result = self._values.get("volume_claim_template")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseKeeperInstallationSpecDefaultsTemplates(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clickhousekeeper_comaltinityclickhouse-keeper.ClickHouseKeeperInstallationSpecReconciling",
    jsii_struct_bases=[],
    name_mapping={
        "cleanup": "cleanup",
        "config_map_propagation_timeout": "configMapPropagationTimeout",
        "policy": "policy",
    },
)
class ClickHouseKeeperInstallationSpecReconciling:
    def __init__(
        self,
        *,
        cleanup: typing.Optional[typing.Union["ClickHouseKeeperInstallationSpecReconcilingCleanup", typing.Dict[builtins.str, typing.Any]]] = None,
        config_map_propagation_timeout: typing.Optional[jsii.Number] = None,
        policy: typing.Optional["ClickHouseKeeperInstallationSpecReconcilingPolicy"] = None,
    ) -> None:
        '''Optional, allows tuning reconciling cycle for ClickhouseInstallation from clickhouse-operator side.

        :param cleanup: Optional, defines behavior for cleanup Kubernetes resources during reconcile cycle.
        :param config_map_propagation_timeout: Timeout in seconds for ``clickhouse-operator`` to wait for modified ``ConfigMap`` to propagate into the ``Pod`` More details: https://kubernetes.io/docs/concepts/configuration/configmap/#mounted-configmaps-are-updated-automatically.
        :param policy: DISCUSSED TO BE DEPRECATED Syntax sugar Overrides all three 'reconcile.host.wait.{exclude, queries, include}' values from the operator's config Possible values: - wait - should wait to exclude host, complete queries and include host back into the cluster - nowait - should NOT wait to exclude host, complete queries and include host back into the cluster.

        :schema: ClickHouseKeeperInstallationSpecReconciling
        '''
        if isinstance(cleanup, dict):
            cleanup = ClickHouseKeeperInstallationSpecReconcilingCleanup(**cleanup)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e543b50d0d6a484132baa40b1c732843494c5277e0c364d137348685249545fc)
            check_type(argname="argument cleanup", value=cleanup, expected_type=type_hints["cleanup"])
            check_type(argname="argument config_map_propagation_timeout", value=config_map_propagation_timeout, expected_type=type_hints["config_map_propagation_timeout"])
            check_type(argname="argument policy", value=policy, expected_type=type_hints["policy"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cleanup is not None:
            self._values["cleanup"] = cleanup
        if config_map_propagation_timeout is not None:
            self._values["config_map_propagation_timeout"] = config_map_propagation_timeout
        if policy is not None:
            self._values["policy"] = policy

    @builtins.property
    def cleanup(
        self,
    ) -> typing.Optional["ClickHouseKeeperInstallationSpecReconcilingCleanup"]:
        '''Optional, defines behavior for cleanup Kubernetes resources during reconcile cycle.

        :schema: ClickHouseKeeperInstallationSpecReconciling#cleanup
        '''
        result = self._values.get("cleanup")
        return typing.cast(typing.Optional["ClickHouseKeeperInstallationSpecReconcilingCleanup"], result)

    @builtins.property
    def config_map_propagation_timeout(self) -> typing.Optional[jsii.Number]:
        '''Timeout in seconds for ``clickhouse-operator`` to wait for modified ``ConfigMap`` to propagate into the ``Pod`` More details: https://kubernetes.io/docs/concepts/configuration/configmap/#mounted-configmaps-are-updated-automatically.

        :schema: ClickHouseKeeperInstallationSpecReconciling#configMapPropagationTimeout
        '''
        result = self._values.get("config_map_propagation_timeout")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def policy(
        self,
    ) -> typing.Optional["ClickHouseKeeperInstallationSpecReconcilingPolicy"]:
        '''DISCUSSED TO BE DEPRECATED Syntax sugar Overrides all three 'reconcile.host.wait.{exclude, queries, include}' values from the operator's config Possible values: - wait - should wait to exclude host, complete queries and include host back into the cluster - nowait - should NOT wait to exclude host, complete queries and include host back into the cluster.

        :schema: ClickHouseKeeperInstallationSpecReconciling#policy
        '''
        result = self._values.get("policy")
        return typing.cast(typing.Optional["ClickHouseKeeperInstallationSpecReconcilingPolicy"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseKeeperInstallationSpecReconciling(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clickhousekeeper_comaltinityclickhouse-keeper.ClickHouseKeeperInstallationSpecReconcilingCleanup",
    jsii_struct_bases=[],
    name_mapping={
        "reconcile_failed_objects": "reconcileFailedObjects",
        "unknown_objects": "unknownObjects",
    },
)
class ClickHouseKeeperInstallationSpecReconcilingCleanup:
    def __init__(
        self,
        *,
        reconcile_failed_objects: typing.Optional[typing.Union["ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjects", typing.Dict[builtins.str, typing.Any]]] = None,
        unknown_objects: typing.Optional[typing.Union["ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjects", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Optional, defines behavior for cleanup Kubernetes resources during reconcile cycle.

        :param reconcile_failed_objects: Describes what clickhouse-operator should do with Kubernetes resources which are failed during reconcile. Default behavior is ``Retain``"
        :param unknown_objects: Describes what clickhouse-operator should do with found Kubernetes resources which should be managed by clickhouse-operator, but do not have ``ownerReference`` to any currently managed ``ClickHouseInstallation`` resource. Default behavior is ``Delete``"

        :schema: ClickHouseKeeperInstallationSpecReconcilingCleanup
        '''
        if isinstance(reconcile_failed_objects, dict):
            reconcile_failed_objects = ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjects(**reconcile_failed_objects)
        if isinstance(unknown_objects, dict):
            unknown_objects = ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjects(**unknown_objects)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__af63652df2757f6781ee798a5c69ddb5d2c8e23ea4bbf66112da54ace963c5b8)
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
    ) -> typing.Optional["ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjects"]:
        '''Describes what clickhouse-operator should do with Kubernetes resources which are failed during reconcile.

        Default behavior is ``Retain``"

        :schema: ClickHouseKeeperInstallationSpecReconcilingCleanup#reconcileFailedObjects
        '''
        result = self._values.get("reconcile_failed_objects")
        return typing.cast(typing.Optional["ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjects"], result)

    @builtins.property
    def unknown_objects(
        self,
    ) -> typing.Optional["ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjects"]:
        '''Describes what clickhouse-operator should do with found Kubernetes resources which should be managed by clickhouse-operator, but do not have ``ownerReference`` to any currently managed ``ClickHouseInstallation`` resource.

        Default behavior is ``Delete``"

        :schema: ClickHouseKeeperInstallationSpecReconcilingCleanup#unknownObjects
        '''
        result = self._values.get("unknown_objects")
        return typing.cast(typing.Optional["ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjects"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseKeeperInstallationSpecReconcilingCleanup(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clickhousekeeper_comaltinityclickhouse-keeper.ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjects",
    jsii_struct_bases=[],
    name_mapping={
        "config_map": "configMap",
        "pvc": "pvc",
        "service": "service",
        "stateful_set": "statefulSet",
    },
)
class ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjects:
    def __init__(
        self,
        *,
        config_map: typing.Optional["ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsConfigMap"] = None,
        pvc: typing.Optional["ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsPvc"] = None,
        service: typing.Optional["ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsService"] = None,
        stateful_set: typing.Optional["ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsStatefulSet"] = None,
    ) -> None:
        '''Describes what clickhouse-operator should do with Kubernetes resources which are failed during reconcile.

        Default behavior is ``Retain``"

        :param config_map: Behavior policy for failed ConfigMap, ``Retain`` by default.
        :param pvc: Behavior policy for failed PVC, ``Retain`` by default.
        :param service: Behavior policy for failed Service, ``Retain`` by default.
        :param stateful_set: Behavior policy for failed StatefulSet, ``Retain`` by default.

        :schema: ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjects
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4db2bb62af6e3a0a854b9baae275b3e2a0f6d6c4c6b28e705a03a05fc6ad4a8f)
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
    ) -> typing.Optional["ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsConfigMap"]:
        '''Behavior policy for failed ConfigMap, ``Retain`` by default.

        :schema: ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjects#configMap
        '''
        result = self._values.get("config_map")
        return typing.cast(typing.Optional["ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsConfigMap"], result)

    @builtins.property
    def pvc(
        self,
    ) -> typing.Optional["ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsPvc"]:
        '''Behavior policy for failed PVC, ``Retain`` by default.

        :schema: ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjects#pvc
        '''
        result = self._values.get("pvc")
        return typing.cast(typing.Optional["ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsPvc"], result)

    @builtins.property
    def service(
        self,
    ) -> typing.Optional["ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsService"]:
        '''Behavior policy for failed Service, ``Retain`` by default.

        :schema: ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjects#service
        '''
        result = self._values.get("service")
        return typing.cast(typing.Optional["ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsService"], result)

    @builtins.property
    def stateful_set(
        self,
    ) -> typing.Optional["ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsStatefulSet"]:
        '''Behavior policy for failed StatefulSet, ``Retain`` by default.

        :schema: ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjects#statefulSet
        '''
        result = self._values.get("stateful_set")
        return typing.cast(typing.Optional["ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsStatefulSet"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjects(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="clickhousekeeper_comaltinityclickhouse-keeper.ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsConfigMap"
)
class ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsConfigMap(
    enum.Enum,
):
    '''Behavior policy for failed ConfigMap, ``Retain`` by default.

    :schema: ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsConfigMap
    '''

    RETAIN = "RETAIN"
    '''Retain.'''
    DELETE = "DELETE"
    '''Delete.'''


@jsii.enum(
    jsii_type="clickhousekeeper_comaltinityclickhouse-keeper.ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsPvc"
)
class ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsPvc(
    enum.Enum,
):
    '''Behavior policy for failed PVC, ``Retain`` by default.

    :schema: ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsPvc
    '''

    RETAIN = "RETAIN"
    '''Retain.'''
    DELETE = "DELETE"
    '''Delete.'''


@jsii.enum(
    jsii_type="clickhousekeeper_comaltinityclickhouse-keeper.ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsService"
)
class ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsService(
    enum.Enum,
):
    '''Behavior policy for failed Service, ``Retain`` by default.

    :schema: ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsService
    '''

    RETAIN = "RETAIN"
    '''Retain.'''
    DELETE = "DELETE"
    '''Delete.'''


@jsii.enum(
    jsii_type="clickhousekeeper_comaltinityclickhouse-keeper.ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsStatefulSet"
)
class ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsStatefulSet(
    enum.Enum,
):
    '''Behavior policy for failed StatefulSet, ``Retain`` by default.

    :schema: ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsStatefulSet
    '''

    RETAIN = "RETAIN"
    '''Retain.'''
    DELETE = "DELETE"
    '''Delete.'''


@jsii.data_type(
    jsii_type="clickhousekeeper_comaltinityclickhouse-keeper.ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjects",
    jsii_struct_bases=[],
    name_mapping={
        "config_map": "configMap",
        "pvc": "pvc",
        "service": "service",
        "stateful_set": "statefulSet",
    },
)
class ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjects:
    def __init__(
        self,
        *,
        config_map: typing.Optional["ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsConfigMap"] = None,
        pvc: typing.Optional["ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsPvc"] = None,
        service: typing.Optional["ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsService"] = None,
        stateful_set: typing.Optional["ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsStatefulSet"] = None,
    ) -> None:
        '''Describes what clickhouse-operator should do with found Kubernetes resources which should be managed by clickhouse-operator, but do not have ``ownerReference`` to any currently managed ``ClickHouseInstallation`` resource.

        Default behavior is ``Delete``"

        :param config_map: Behavior policy for unknown ConfigMap, ``Delete`` by default.
        :param pvc: Behavior policy for unknown PVC, ``Delete`` by default.
        :param service: Behavior policy for unknown Service, ``Delete`` by default.
        :param stateful_set: Behavior policy for unknown StatefulSet, ``Delete`` by default.

        :schema: ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjects
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__be8fca477de37d12d90d6fca2be6d9594b35357035de78817c876851271c98e1)
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
    ) -> typing.Optional["ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsConfigMap"]:
        '''Behavior policy for unknown ConfigMap, ``Delete`` by default.

        :schema: ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjects#configMap
        '''
        result = self._values.get("config_map")
        return typing.cast(typing.Optional["ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsConfigMap"], result)

    @builtins.property
    def pvc(
        self,
    ) -> typing.Optional["ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsPvc"]:
        '''Behavior policy for unknown PVC, ``Delete`` by default.

        :schema: ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjects#pvc
        '''
        result = self._values.get("pvc")
        return typing.cast(typing.Optional["ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsPvc"], result)

    @builtins.property
    def service(
        self,
    ) -> typing.Optional["ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsService"]:
        '''Behavior policy for unknown Service, ``Delete`` by default.

        :schema: ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjects#service
        '''
        result = self._values.get("service")
        return typing.cast(typing.Optional["ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsService"], result)

    @builtins.property
    def stateful_set(
        self,
    ) -> typing.Optional["ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsStatefulSet"]:
        '''Behavior policy for unknown StatefulSet, ``Delete`` by default.

        :schema: ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjects#statefulSet
        '''
        result = self._values.get("stateful_set")
        return typing.cast(typing.Optional["ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsStatefulSet"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjects(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="clickhousekeeper_comaltinityclickhouse-keeper.ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsConfigMap"
)
class ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsConfigMap(
    enum.Enum,
):
    '''Behavior policy for unknown ConfigMap, ``Delete`` by default.

    :schema: ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsConfigMap
    '''

    RETAIN = "RETAIN"
    '''Retain.'''
    DELETE = "DELETE"
    '''Delete.'''


@jsii.enum(
    jsii_type="clickhousekeeper_comaltinityclickhouse-keeper.ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsPvc"
)
class ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsPvc(enum.Enum):
    '''Behavior policy for unknown PVC, ``Delete`` by default.

    :schema: ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsPvc
    '''

    RETAIN = "RETAIN"
    '''Retain.'''
    DELETE = "DELETE"
    '''Delete.'''


@jsii.enum(
    jsii_type="clickhousekeeper_comaltinityclickhouse-keeper.ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsService"
)
class ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsService(
    enum.Enum,
):
    '''Behavior policy for unknown Service, ``Delete`` by default.

    :schema: ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsService
    '''

    RETAIN = "RETAIN"
    '''Retain.'''
    DELETE = "DELETE"
    '''Delete.'''


@jsii.enum(
    jsii_type="clickhousekeeper_comaltinityclickhouse-keeper.ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsStatefulSet"
)
class ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsStatefulSet(
    enum.Enum,
):
    '''Behavior policy for unknown StatefulSet, ``Delete`` by default.

    :schema: ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsStatefulSet
    '''

    RETAIN = "RETAIN"
    '''Retain.'''
    DELETE = "DELETE"
    '''Delete.'''


@jsii.enum(
    jsii_type="clickhousekeeper_comaltinityclickhouse-keeper.ClickHouseKeeperInstallationSpecReconcilingPolicy"
)
class ClickHouseKeeperInstallationSpecReconcilingPolicy(enum.Enum):
    '''DISCUSSED TO BE DEPRECATED Syntax sugar Overrides all three 'reconcile.host.wait.{exclude, queries, include}' values from the operator's config Possible values: - wait - should wait to exclude host, complete queries and include host back into the cluster - nowait - should NOT wait to exclude host, complete queries and include host back into the cluster.

    :schema: ClickHouseKeeperInstallationSpecReconcilingPolicy
    '''

    WAIT = "WAIT"
    '''wait.'''
    NOWAIT = "NOWAIT"
    '''nowait.'''


@jsii.enum(
    jsii_type="clickhousekeeper_comaltinityclickhouse-keeper.ClickHouseKeeperInstallationSpecStop"
)
class ClickHouseKeeperInstallationSpecStop(enum.Enum):
    '''Allows to stop all ClickHouse clusters defined in a CHI.

    Works as the following:

    - When ``stop`` is ``1`` operator sets ``Replicas: 0`` in each StatefulSet. Thie leads to having all ``Pods`` and ``Service`` deleted. All PVCs are kept intact.
    - When ``stop`` is ``0`` operator sets ``Replicas: 1`` and ``Pod``s and ``Service``s will created again and all retained PVCs will be attached to ``Pod``s.

    :schema: ClickHouseKeeperInstallationSpecStop
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
    jsii_type="clickhousekeeper_comaltinityclickhouse-keeper.ClickHouseKeeperInstallationSpecSuspend"
)
class ClickHouseKeeperInstallationSpecSuspend(enum.Enum):
    '''Suspend reconciliation of resources managed by a ClickHouse Keeper.

    Works as the following:

    - When ``suspend`` is ``true`` operator stops reconciling all resources.
    - When ``suspend`` is ``false`` or not set, operator reconciles all resources.

    :schema: ClickHouseKeeperInstallationSpecSuspend
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
    jsii_type="clickhousekeeper_comaltinityclickhouse-keeper.ClickHouseKeeperInstallationSpecTemplates",
    jsii_struct_bases=[],
    name_mapping={
        "host_templates": "hostTemplates",
        "pod_templates": "podTemplates",
        "service_templates": "serviceTemplates",
        "volume_claim_templates": "volumeClaimTemplates",
    },
)
class ClickHouseKeeperInstallationSpecTemplates:
    def __init__(
        self,
        *,
        host_templates: typing.Optional[typing.Sequence[typing.Union["ClickHouseKeeperInstallationSpecTemplatesHostTemplates", typing.Dict[builtins.str, typing.Any]]]] = None,
        pod_templates: typing.Optional[typing.Sequence[typing.Union["ClickHouseKeeperInstallationSpecTemplatesPodTemplates", typing.Dict[builtins.str, typing.Any]]]] = None,
        service_templates: typing.Optional[typing.Sequence[typing.Union["ClickHouseKeeperInstallationSpecTemplatesServiceTemplates", typing.Dict[builtins.str, typing.Any]]]] = None,
        volume_claim_templates: typing.Optional[typing.Sequence[typing.Union["ClickHouseKeeperInstallationSpecTemplatesVolumeClaimTemplates", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''allows define templates which will use for render Kubernetes resources like StatefulSet, ConfigMap, Service, PVC, by default, clickhouse-operator have own templates, but you can override it.

        :param host_templates: hostTemplate will use during apply to generate ``clickhose-server`` config files.
        :param pod_templates: podTemplate will use during render ``Pod`` inside ``StatefulSet.spec`` and allows define rendered ``Pod.spec``, pod scheduling distribution and pod zone More information: https://github.com/Altinity/clickhouse-operator/blob/master/docs/custom_resource_explained.md#spectemplatespodtemplates.
        :param service_templates: allows define template for rendering ``Service`` which would get endpoint from Pods which scoped chi-wide, cluster-wide, shard-wide, replica-wide level.
        :param volume_claim_templates: allows define template for rendering ``PVC`` kubernetes resource, which would use inside ``Pod`` for mount clickhouse ``data``, clickhouse ``logs`` or something else.

        :schema: ClickHouseKeeperInstallationSpecTemplates
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8c05241ecadf78b7cd751fd44c1154a8ce04357d0df2c62925b3416752feafaa)
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
    ) -> typing.Optional[typing.List["ClickHouseKeeperInstallationSpecTemplatesHostTemplates"]]:
        '''hostTemplate will use during apply to generate ``clickhose-server`` config files.

        :schema: ClickHouseKeeperInstallationSpecTemplates#hostTemplates
        '''
        result = self._values.get("host_templates")
        return typing.cast(typing.Optional[typing.List["ClickHouseKeeperInstallationSpecTemplatesHostTemplates"]], result)

    @builtins.property
    def pod_templates(
        self,
    ) -> typing.Optional[typing.List["ClickHouseKeeperInstallationSpecTemplatesPodTemplates"]]:
        '''podTemplate will use during render ``Pod`` inside ``StatefulSet.spec`` and allows define rendered ``Pod.spec``, pod scheduling distribution and pod zone More information: https://github.com/Altinity/clickhouse-operator/blob/master/docs/custom_resource_explained.md#spectemplatespodtemplates.

        :schema: ClickHouseKeeperInstallationSpecTemplates#podTemplates
        '''
        result = self._values.get("pod_templates")
        return typing.cast(typing.Optional[typing.List["ClickHouseKeeperInstallationSpecTemplatesPodTemplates"]], result)

    @builtins.property
    def service_templates(
        self,
    ) -> typing.Optional[typing.List["ClickHouseKeeperInstallationSpecTemplatesServiceTemplates"]]:
        '''allows define template for rendering ``Service`` which would get endpoint from Pods which scoped chi-wide, cluster-wide, shard-wide, replica-wide level.

        :schema: ClickHouseKeeperInstallationSpecTemplates#serviceTemplates
        '''
        result = self._values.get("service_templates")
        return typing.cast(typing.Optional[typing.List["ClickHouseKeeperInstallationSpecTemplatesServiceTemplates"]], result)

    @builtins.property
    def volume_claim_templates(
        self,
    ) -> typing.Optional[typing.List["ClickHouseKeeperInstallationSpecTemplatesVolumeClaimTemplates"]]:
        '''allows define template for rendering ``PVC`` kubernetes resource, which would use inside ``Pod`` for mount clickhouse ``data``, clickhouse ``logs`` or something else.

        :schema: ClickHouseKeeperInstallationSpecTemplates#volumeClaimTemplates
        '''
        result = self._values.get("volume_claim_templates")
        return typing.cast(typing.Optional[typing.List["ClickHouseKeeperInstallationSpecTemplatesVolumeClaimTemplates"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseKeeperInstallationSpecTemplates(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clickhousekeeper_comaltinityclickhouse-keeper.ClickHouseKeeperInstallationSpecTemplatesHostTemplates",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "port_distribution": "portDistribution",
        "spec": "spec",
    },
)
class ClickHouseKeeperInstallationSpecTemplatesHostTemplates:
    def __init__(
        self,
        *,
        name: typing.Optional[builtins.str] = None,
        port_distribution: typing.Optional[typing.Sequence[typing.Union["ClickHouseKeeperInstallationSpecTemplatesHostTemplatesPortDistribution", typing.Dict[builtins.str, typing.Any]]]] = None,
        spec: typing.Optional[typing.Union["ClickHouseKeeperInstallationSpecTemplatesHostTemplatesSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param name: template name, could use to link inside top-level ``chi.spec.defaults.templates.hostTemplate``, cluster-level ``chi.spec.configuration.clusters.templates.hostTemplate``, shard-level ``chi.spec.configuration.clusters.layout.shards.temlates.hostTemplate``, replica-level ``chi.spec.configuration.clusters.layout.replicas.templates.hostTemplate``.
        :param port_distribution: define how will distribute numeric values of named ports in ``Pod.spec.containers.ports`` and clickhouse-server configs.
        :param spec: 

        :schema: ClickHouseKeeperInstallationSpecTemplatesHostTemplates
        '''
        if isinstance(spec, dict):
            spec = ClickHouseKeeperInstallationSpecTemplatesHostTemplatesSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ba49cb4157ecad3ab7832b9539fb2148f7075782a9e58ff27f87e762c0616ac7)
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

        :schema: ClickHouseKeeperInstallationSpecTemplatesHostTemplates#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port_distribution(
        self,
    ) -> typing.Optional[typing.List["ClickHouseKeeperInstallationSpecTemplatesHostTemplatesPortDistribution"]]:
        '''define how will distribute numeric values of named ports in ``Pod.spec.containers.ports`` and clickhouse-server configs.

        :schema: ClickHouseKeeperInstallationSpecTemplatesHostTemplates#portDistribution
        '''
        result = self._values.get("port_distribution")
        return typing.cast(typing.Optional[typing.List["ClickHouseKeeperInstallationSpecTemplatesHostTemplatesPortDistribution"]], result)

    @builtins.property
    def spec(
        self,
    ) -> typing.Optional["ClickHouseKeeperInstallationSpecTemplatesHostTemplatesSpec"]:
        '''
        :schema: ClickHouseKeeperInstallationSpecTemplatesHostTemplates#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["ClickHouseKeeperInstallationSpecTemplatesHostTemplatesSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseKeeperInstallationSpecTemplatesHostTemplates(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clickhousekeeper_comaltinityclickhouse-keeper.ClickHouseKeeperInstallationSpecTemplatesHostTemplatesPortDistribution",
    jsii_struct_bases=[],
    name_mapping={"type": "type"},
)
class ClickHouseKeeperInstallationSpecTemplatesHostTemplatesPortDistribution:
    def __init__(
        self,
        *,
        type: typing.Optional["ClickHouseKeeperInstallationSpecTemplatesHostTemplatesPortDistributionType"] = None,
    ) -> None:
        '''
        :param type: type of distribution, when ``Unspecified`` (default value) then all listen ports on clickhouse-server configuration in all Pods will have the same value, when ``ClusterScopeIndex`` then ports will increment to offset from base value depends on shard and replica index inside cluster with combination of ``chi.spec.templates.podTemlates.spec.HostNetwork`` it allows setup ClickHouse cluster inside Kubernetes and provide access via external network bypass Kubernetes internal network.

        :schema: ClickHouseKeeperInstallationSpecTemplatesHostTemplatesPortDistribution
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4bc13b34581a27d9adba973f5be50832af951738d9844fa1c2a11464731ec464)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if type is not None:
            self._values["type"] = type

    @builtins.property
    def type(
        self,
    ) -> typing.Optional["ClickHouseKeeperInstallationSpecTemplatesHostTemplatesPortDistributionType"]:
        '''type of distribution, when ``Unspecified`` (default value) then all listen ports on clickhouse-server configuration in all Pods will have the same value, when ``ClusterScopeIndex`` then ports will increment to offset from base value depends on shard and replica index inside cluster with combination of ``chi.spec.templates.podTemlates.spec.HostNetwork`` it allows setup ClickHouse cluster inside Kubernetes and provide access via external network bypass Kubernetes internal network.

        :schema: ClickHouseKeeperInstallationSpecTemplatesHostTemplatesPortDistribution#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional["ClickHouseKeeperInstallationSpecTemplatesHostTemplatesPortDistributionType"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseKeeperInstallationSpecTemplatesHostTemplatesPortDistribution(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="clickhousekeeper_comaltinityclickhouse-keeper.ClickHouseKeeperInstallationSpecTemplatesHostTemplatesPortDistributionType"
)
class ClickHouseKeeperInstallationSpecTemplatesHostTemplatesPortDistributionType(
    enum.Enum,
):
    '''type of distribution, when ``Unspecified`` (default value) then all listen ports on clickhouse-server configuration in all Pods will have the same value, when ``ClusterScopeIndex`` then ports will increment to offset from base value depends on shard and replica index inside cluster with combination of ``chi.spec.templates.podTemlates.spec.HostNetwork`` it allows setup ClickHouse cluster inside Kubernetes and provide access via external network bypass Kubernetes internal network.

    :schema: ClickHouseKeeperInstallationSpecTemplatesHostTemplatesPortDistributionType
    '''

    UNSPECIFIED = "UNSPECIFIED"
    '''Unspecified.'''
    CLUSTER_SCOPE_INDEX = "CLUSTER_SCOPE_INDEX"
    '''ClusterScopeIndex.'''


@jsii.data_type(
    jsii_type="clickhousekeeper_comaltinityclickhouse-keeper.ClickHouseKeeperInstallationSpecTemplatesHostTemplatesSpec",
    jsii_struct_bases=[],
    name_mapping={
        "files": "files",
        "name": "name",
        "raft_port": "raftPort",
        "settings": "settings",
        "templates": "templates",
        "zk_port": "zkPort",
    },
)
class ClickHouseKeeperInstallationSpecTemplatesHostTemplatesSpec:
    def __init__(
        self,
        *,
        files: typing.Any = None,
        name: typing.Optional[builtins.str] = None,
        raft_port: typing.Optional[jsii.Number] = None,
        settings: typing.Any = None,
        templates: typing.Optional[typing.Union["ClickHouseKeeperInstallationSpecTemplatesHostTemplatesSpecTemplates", typing.Dict[builtins.str, typing.Any]]] = None,
        zk_port: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param files: optional, allows define content of any setting file inside each ``Pod`` where this template will apply during generate ``ConfigMap`` which will mount in ``/etc/clickhouse-server/config.d/`` or ``/etc/clickhouse-server/conf.d/`` or ``/etc/clickhouse-server/users.d/``.
        :param name: by default, hostname will generate, but this allows define custom name for each ``clickhouse-server``.
        :param raft_port: 
        :param settings: optional, allows configure ``clickhouse-server`` settings inside ... tag in each ``Pod`` where this template will apply during generate ``ConfigMap`` which will mount in ``/etc/clickhouse-server/conf.d/`` More details: https://clickhouse.tech/docs/en/operations/settings/settings/.
        :param templates: be careful, this part of CRD allows override template inside template, don't use it if you don't understand what you do.
        :param zk_port: 

        :schema: ClickHouseKeeperInstallationSpecTemplatesHostTemplatesSpec
        '''
        if isinstance(templates, dict):
            templates = ClickHouseKeeperInstallationSpecTemplatesHostTemplatesSpecTemplates(**templates)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c722299814b11deb900194b508de84f5aac2f4c211d706af30eb0dfbfcd8ac07)
            check_type(argname="argument files", value=files, expected_type=type_hints["files"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument raft_port", value=raft_port, expected_type=type_hints["raft_port"])
            check_type(argname="argument settings", value=settings, expected_type=type_hints["settings"])
            check_type(argname="argument templates", value=templates, expected_type=type_hints["templates"])
            check_type(argname="argument zk_port", value=zk_port, expected_type=type_hints["zk_port"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if files is not None:
            self._values["files"] = files
        if name is not None:
            self._values["name"] = name
        if raft_port is not None:
            self._values["raft_port"] = raft_port
        if settings is not None:
            self._values["settings"] = settings
        if templates is not None:
            self._values["templates"] = templates
        if zk_port is not None:
            self._values["zk_port"] = zk_port

    @builtins.property
    def files(self) -> typing.Any:
        '''optional, allows define content of any setting file inside each ``Pod`` where this template will apply during generate ``ConfigMap`` which will mount in ``/etc/clickhouse-server/config.d/`` or ``/etc/clickhouse-server/conf.d/`` or ``/etc/clickhouse-server/users.d/``.

        :schema: ClickHouseKeeperInstallationSpecTemplatesHostTemplatesSpec#files
        '''
        result = self._values.get("files")
        return typing.cast(typing.Any, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''by default, hostname will generate, but this allows define custom name for each ``clickhouse-server``.

        :schema: ClickHouseKeeperInstallationSpecTemplatesHostTemplatesSpec#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def raft_port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: ClickHouseKeeperInstallationSpecTemplatesHostTemplatesSpec#raftPort
        '''
        result = self._values.get("raft_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def settings(self) -> typing.Any:
        '''optional, allows configure ``clickhouse-server`` settings inside ... tag in each ``Pod`` where this template will apply during generate ``ConfigMap`` which will mount in ``/etc/clickhouse-server/conf.d/`` More details: https://clickhouse.tech/docs/en/operations/settings/settings/.

        :schema: ClickHouseKeeperInstallationSpecTemplatesHostTemplatesSpec#settings
        '''
        result = self._values.get("settings")
        return typing.cast(typing.Any, result)

    @builtins.property
    def templates(
        self,
    ) -> typing.Optional["ClickHouseKeeperInstallationSpecTemplatesHostTemplatesSpecTemplates"]:
        '''be careful, this part of CRD allows override template inside template, don't use it if you don't understand what you do.

        :schema: ClickHouseKeeperInstallationSpecTemplatesHostTemplatesSpec#templates
        '''
        result = self._values.get("templates")
        return typing.cast(typing.Optional["ClickHouseKeeperInstallationSpecTemplatesHostTemplatesSpecTemplates"], result)

    @builtins.property
    def zk_port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: ClickHouseKeeperInstallationSpecTemplatesHostTemplatesSpec#zkPort
        '''
        result = self._values.get("zk_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseKeeperInstallationSpecTemplatesHostTemplatesSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clickhousekeeper_comaltinityclickhouse-keeper.ClickHouseKeeperInstallationSpecTemplatesHostTemplatesSpecTemplates",
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
class ClickHouseKeeperInstallationSpecTemplatesHostTemplatesSpecTemplates:
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

        :schema: ClickHouseKeeperInstallationSpecTemplatesHostTemplatesSpecTemplates
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d23a4d5c9f412bc1aaaceb01899e35cdc8323dbd493dfd3e1d8cd56c06cca285)
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

        :schema: ClickHouseKeeperInstallationSpecTemplatesHostTemplatesSpecTemplates#clusterServiceTemplate
        '''
        result = self._values.get("cluster_service_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def data_volume_claim_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.volumeClaimTemplates, allows customization each ``PVC`` which will mount for clickhouse data directory in each ``Pod`` during render and reconcile every StatefulSet.spec resource described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseKeeperInstallationSpecTemplatesHostTemplatesSpecTemplates#dataVolumeClaimTemplate
        '''
        result = self._values.get("data_volume_claim_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def host_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.hostTemplates, which will apply to configure every ``clickhouse-server`` instance during render ConfigMap resources which will mount into ``Pod``.

        :schema: ClickHouseKeeperInstallationSpecTemplatesHostTemplatesSpecTemplates#hostTemplate
        '''
        result = self._values.get("host_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def log_volume_claim_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.volumeClaimTemplates, allows customization each ``PVC`` which will mount for clickhouse log directory in each ``Pod`` during render and reconcile every StatefulSet.spec resource described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseKeeperInstallationSpecTemplatesHostTemplatesSpecTemplates#logVolumeClaimTemplate
        '''
        result = self._values.get("log_volume_claim_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def pod_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.podTemplates, allows customization each ``Pod`` resource during render and reconcile each StatefulSet.spec resource described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseKeeperInstallationSpecTemplatesHostTemplatesSpecTemplates#podTemplate
        '''
        result = self._values.get("pod_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def replica_service_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.serviceTemplates, allows customization for each ``Service`` resource which will created by ``clickhouse-operator`` which cover each replica inside each shard inside each clickhouse cluster described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseKeeperInstallationSpecTemplatesHostTemplatesSpecTemplates#replicaServiceTemplate
        '''
        result = self._values.get("replica_service_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def service_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.serviceTemplates. used for customization of the ``Service`` resource, created by ``clickhouse-operator`` to cover all clusters in whole ``chi`` resource.

        :schema: ClickHouseKeeperInstallationSpecTemplatesHostTemplatesSpecTemplates#serviceTemplate
        '''
        result = self._values.get("service_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def service_templates(self) -> typing.Optional[typing.List[builtins.str]]:
        '''optional, template names from chi.spec.templates.serviceTemplates. used for customization of the ``Service`` resources, created by ``clickhouse-operator`` to cover all clusters in whole ``chi`` resource.

        :schema: ClickHouseKeeperInstallationSpecTemplatesHostTemplatesSpecTemplates#serviceTemplates
        '''
        result = self._values.get("service_templates")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def shard_service_template(self) -> typing.Optional[builtins.str]:
        '''optional, template name from chi.spec.templates.serviceTemplates, allows customization for each ``Service`` resource which will created by ``clickhouse-operator`` which cover each shard inside clickhouse cluster described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseKeeperInstallationSpecTemplatesHostTemplatesSpecTemplates#shardServiceTemplate
        '''
        result = self._values.get("shard_service_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def volume_claim_template(self) -> typing.Optional[builtins.str]:
        '''optional, alias for dataVolumeClaimTemplate, template name from chi.spec.templates.volumeClaimTemplates, allows customization each ``PVC`` which will mount for clickhouse data directory in each ``Pod`` during render and reconcile every StatefulSet.spec resource described in ``chi.spec.configuration.clusters``.

        :schema: ClickHouseKeeperInstallationSpecTemplatesHostTemplatesSpecTemplates#volumeClaimTemplate
        '''
        result = self._values.get("volume_claim_template")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseKeeperInstallationSpecTemplatesHostTemplatesSpecTemplates(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clickhousekeeper_comaltinityclickhouse-keeper.ClickHouseKeeperInstallationSpecTemplatesPodTemplates",
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
class ClickHouseKeeperInstallationSpecTemplatesPodTemplates:
    def __init__(
        self,
        *,
        distribution: typing.Optional["ClickHouseKeeperInstallationSpecTemplatesPodTemplatesDistribution"] = None,
        generate_name: typing.Optional[builtins.str] = None,
        metadata: typing.Any = None,
        name: typing.Optional[builtins.str] = None,
        pod_distribution: typing.Optional[typing.Sequence[typing.Union["ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistribution", typing.Dict[builtins.str, typing.Any]]]] = None,
        spec: typing.Any = None,
        zone: typing.Optional[typing.Union["ClickHouseKeeperInstallationSpecTemplatesPodTemplatesZone", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param distribution: DEPRECATED, shortcut for ``chi.spec.templates.podTemplates.spec.affinity.podAntiAffinity``.
        :param generate_name: allows define format for generated ``Pod`` name, look to https://github.com/Altinity/clickhouse-operator/blob/master/docs/custom_resource_explained.md#spectemplatesservicetemplates for details about available template variables.
        :param metadata: allows pass standard object's metadata from template to Pod More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata.
        :param name: template name, could use to link inside top-level ``chi.spec.defaults.templates.podTemplate``, cluster-level ``chi.spec.configuration.clusters.templates.podTemplate``, shard-level ``chi.spec.configuration.clusters.layout.shards.temlates.podTemplate``, replica-level ``chi.spec.configuration.clusters.layout.replicas.templates.podTemplate``.
        :param pod_distribution: define ClickHouse Pod distribution policy between Kubernetes Nodes inside Shard, Replica, Namespace, CHI, another ClickHouse cluster.
        :param spec: allows define whole Pod.spec inside StaefulSet.spec, look to https://kubernetes.io/docs/concepts/workloads/pods/#pod-templates for details.
        :param zone: allows define custom zone name and will separate ClickHouse ``Pods`` between nodes, shortcut for ``chi.spec.templates.podTemplates.spec.affinity.podAntiAffinity``.

        :schema: ClickHouseKeeperInstallationSpecTemplatesPodTemplates
        '''
        if isinstance(zone, dict):
            zone = ClickHouseKeeperInstallationSpecTemplatesPodTemplatesZone(**zone)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__55cf5640a079f25ce8ecce63d38e64190c4149214d0d77eadc3ea0fba3cd41d6)
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
    ) -> typing.Optional["ClickHouseKeeperInstallationSpecTemplatesPodTemplatesDistribution"]:
        '''DEPRECATED, shortcut for ``chi.spec.templates.podTemplates.spec.affinity.podAntiAffinity``.

        :schema: ClickHouseKeeperInstallationSpecTemplatesPodTemplates#distribution
        '''
        result = self._values.get("distribution")
        return typing.cast(typing.Optional["ClickHouseKeeperInstallationSpecTemplatesPodTemplatesDistribution"], result)

    @builtins.property
    def generate_name(self) -> typing.Optional[builtins.str]:
        '''allows define format for generated ``Pod`` name, look to https://github.com/Altinity/clickhouse-operator/blob/master/docs/custom_resource_explained.md#spectemplatesservicetemplates for details about available template variables.

        :schema: ClickHouseKeeperInstallationSpecTemplatesPodTemplates#generateName
        '''
        result = self._values.get("generate_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def metadata(self) -> typing.Any:
        '''allows pass standard object's metadata from template to Pod More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata.

        :schema: ClickHouseKeeperInstallationSpecTemplatesPodTemplates#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Any, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''template name, could use to link inside top-level ``chi.spec.defaults.templates.podTemplate``, cluster-level ``chi.spec.configuration.clusters.templates.podTemplate``, shard-level ``chi.spec.configuration.clusters.layout.shards.temlates.podTemplate``, replica-level ``chi.spec.configuration.clusters.layout.replicas.templates.podTemplate``.

        :schema: ClickHouseKeeperInstallationSpecTemplatesPodTemplates#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def pod_distribution(
        self,
    ) -> typing.Optional[typing.List["ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistribution"]]:
        '''define ClickHouse Pod distribution policy between Kubernetes Nodes inside Shard, Replica, Namespace, CHI, another ClickHouse cluster.

        :schema: ClickHouseKeeperInstallationSpecTemplatesPodTemplates#podDistribution
        '''
        result = self._values.get("pod_distribution")
        return typing.cast(typing.Optional[typing.List["ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistribution"]], result)

    @builtins.property
    def spec(self) -> typing.Any:
        '''allows define whole Pod.spec inside StaefulSet.spec, look to https://kubernetes.io/docs/concepts/workloads/pods/#pod-templates for details.

        :schema: ClickHouseKeeperInstallationSpecTemplatesPodTemplates#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Any, result)

    @builtins.property
    def zone(
        self,
    ) -> typing.Optional["ClickHouseKeeperInstallationSpecTemplatesPodTemplatesZone"]:
        '''allows define custom zone name and will separate ClickHouse ``Pods`` between nodes, shortcut for ``chi.spec.templates.podTemplates.spec.affinity.podAntiAffinity``.

        :schema: ClickHouseKeeperInstallationSpecTemplatesPodTemplates#zone
        '''
        result = self._values.get("zone")
        return typing.cast(typing.Optional["ClickHouseKeeperInstallationSpecTemplatesPodTemplatesZone"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseKeeperInstallationSpecTemplatesPodTemplates(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="clickhousekeeper_comaltinityclickhouse-keeper.ClickHouseKeeperInstallationSpecTemplatesPodTemplatesDistribution"
)
class ClickHouseKeeperInstallationSpecTemplatesPodTemplatesDistribution(enum.Enum):
    '''DEPRECATED, shortcut for ``chi.spec.templates.podTemplates.spec.affinity.podAntiAffinity``.

    :schema: ClickHouseKeeperInstallationSpecTemplatesPodTemplatesDistribution
    '''

    UNSPECIFIED = "UNSPECIFIED"
    '''Unspecified.'''
    ONE_PER_HOST = "ONE_PER_HOST"
    '''OnePerHost.'''


@jsii.data_type(
    jsii_type="clickhousekeeper_comaltinityclickhouse-keeper.ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistribution",
    jsii_struct_bases=[],
    name_mapping={
        "number": "number",
        "scope": "scope",
        "topology_key": "topologyKey",
        "type": "type",
    },
)
class ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistribution:
    def __init__(
        self,
        *,
        number: typing.Optional[jsii.Number] = None,
        scope: typing.Optional["ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistributionScope"] = None,
        topology_key: typing.Optional[builtins.str] = None,
        type: typing.Optional["ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistributionType"] = None,
    ) -> None:
        '''
        :param number: define, how much ClickHouse Pods could be inside selected scope with selected distribution type.
        :param scope: scope for apply each podDistribution.
        :param topology_key: use for inter-pod affinity look to ``pod.spec.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution.podAffinityTerm.topologyKey``, more info: https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node/#inter-pod-affinity-and-anti-affinity".
        :param type: you can define multiple affinity policy types.

        :schema: ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistribution
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__13492b5c5c890add4d346c23447ef80970ff85c8ceee5d09fdccd1f11f988a99)
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

        :schema: ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistribution#number
        '''
        result = self._values.get("number")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def scope(
        self,
    ) -> typing.Optional["ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistributionScope"]:
        '''scope for apply each podDistribution.

        :schema: ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistribution#scope
        '''
        result = self._values.get("scope")
        return typing.cast(typing.Optional["ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistributionScope"], result)

    @builtins.property
    def topology_key(self) -> typing.Optional[builtins.str]:
        '''use for inter-pod affinity look to ``pod.spec.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution.podAffinityTerm.topologyKey``, more info: https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node/#inter-pod-affinity-and-anti-affinity".

        :schema: ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistribution#topologyKey
        '''
        result = self._values.get("topology_key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def type(
        self,
    ) -> typing.Optional["ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistributionType"]:
        '''you can define multiple affinity policy types.

        :schema: ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistribution#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional["ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistributionType"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistribution(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="clickhousekeeper_comaltinityclickhouse-keeper.ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistributionScope"
)
class ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistributionScope(
    enum.Enum,
):
    '''scope for apply each podDistribution.

    :schema: ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistributionScope
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
    jsii_type="clickhousekeeper_comaltinityclickhouse-keeper.ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistributionType"
)
class ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistributionType(
    enum.Enum,
):
    '''you can define multiple affinity policy types.

    :schema: ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistributionType
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
    jsii_type="clickhousekeeper_comaltinityclickhouse-keeper.ClickHouseKeeperInstallationSpecTemplatesPodTemplatesZone",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "values": "values"},
)
class ClickHouseKeeperInstallationSpecTemplatesPodTemplatesZone:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''allows define custom zone name and will separate ClickHouse ``Pods`` between nodes, shortcut for ``chi.spec.templates.podTemplates.spec.affinity.podAntiAffinity``.

        :param key: optional, if defined, allows select kubernetes nodes by label with ``name`` equal ``key``.
        :param values: optional, if defined, allows select kubernetes nodes by label with ``value`` in ``values``.

        :schema: ClickHouseKeeperInstallationSpecTemplatesPodTemplatesZone
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0ddab88cb005ff58971384cc793ec977cadc25e13aa2dbe1af58dbc9ab8258dc)
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

        :schema: ClickHouseKeeperInstallationSpecTemplatesPodTemplatesZone#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''optional, if defined, allows select kubernetes nodes by label with ``value`` in ``values``.

        :schema: ClickHouseKeeperInstallationSpecTemplatesPodTemplatesZone#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseKeeperInstallationSpecTemplatesPodTemplatesZone(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clickhousekeeper_comaltinityclickhouse-keeper.ClickHouseKeeperInstallationSpecTemplatesServiceTemplates",
    jsii_struct_bases=[],
    name_mapping={
        "generate_name": "generateName",
        "metadata": "metadata",
        "name": "name",
        "spec": "spec",
    },
)
class ClickHouseKeeperInstallationSpecTemplatesServiceTemplates:
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

        :schema: ClickHouseKeeperInstallationSpecTemplatesServiceTemplates
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__38ed63757c9b41a8998bf973c97a87fd571787ffe4eb2eb222f54904b3a7f2b0)
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

        :schema: ClickHouseKeeperInstallationSpecTemplatesServiceTemplates#generateName
        '''
        result = self._values.get("generate_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def metadata(self) -> typing.Any:
        '''allows pass standard object's metadata from template to Service Could be use for define specificly for Cloud Provider metadata which impact to behavior of service More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata.

        :schema: ClickHouseKeeperInstallationSpecTemplatesServiceTemplates#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Any, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''template name, could use to link inside chi-level ``chi.spec.defaults.templates.serviceTemplate`` cluster-level ``chi.spec.configuration.clusters.templates.clusterServiceTemplate`` shard-level ``chi.spec.configuration.clusters.layout.shards.temlates.shardServiceTemplate`` replica-level ``chi.spec.configuration.clusters.layout.replicas.templates.replicaServiceTemplate`` or ``chi.spec.configuration.clusters.layout.shards.replicas.replicaServiceTemplate``.

        :schema: ClickHouseKeeperInstallationSpecTemplatesServiceTemplates#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def spec(self) -> typing.Any:
        '''describe behavior of generated Service More info: https://kubernetes.io/docs/concepts/services-networking/service/.

        :schema: ClickHouseKeeperInstallationSpecTemplatesServiceTemplates#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseKeeperInstallationSpecTemplatesServiceTemplates(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clickhousekeeper_comaltinityclickhouse-keeper.ClickHouseKeeperInstallationSpecTemplatesVolumeClaimTemplates",
    jsii_struct_bases=[],
    name_mapping={
        "metadata": "metadata",
        "name": "name",
        "provisioner": "provisioner",
        "reclaim_policy": "reclaimPolicy",
        "spec": "spec",
    },
)
class ClickHouseKeeperInstallationSpecTemplatesVolumeClaimTemplates:
    def __init__(
        self,
        *,
        metadata: typing.Any = None,
        name: typing.Optional[builtins.str] = None,
        provisioner: typing.Optional["ClickHouseKeeperInstallationSpecTemplatesVolumeClaimTemplatesProvisioner"] = None,
        reclaim_policy: typing.Optional["ClickHouseKeeperInstallationSpecTemplatesVolumeClaimTemplatesReclaimPolicy"] = None,
        spec: typing.Any = None,
    ) -> None:
        '''
        :param metadata: allows to pass standard object's metadata from template to PVC More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata.
        :param name: template name, could use to link inside top-level ``chi.spec.defaults.templates.dataVolumeClaimTemplate`` or ``chi.spec.defaults.templates.logVolumeClaimTemplate``, cluster-level ``chi.spec.configuration.clusters.templates.dataVolumeClaimTemplate`` or ``chi.spec.configuration.clusters.templates.logVolumeClaimTemplate``, shard-level ``chi.spec.configuration.clusters.layout.shards.temlates.dataVolumeClaimTemplate`` or ``chi.spec.configuration.clusters.layout.shards.temlates.logVolumeClaimTemplate`` replica-level ``chi.spec.configuration.clusters.layout.replicas.templates.dataVolumeClaimTemplate`` or ``chi.spec.configuration.clusters.layout.replicas.templates.logVolumeClaimTemplate``.
        :param provisioner: defines ``PVC`` provisioner - be it StatefulSet or the Operator.
        :param reclaim_policy: defines behavior of ``PVC`` deletion. ``Delete`` by default, if ``Retain`` specified then ``PVC`` will be kept when deleting StatefulSet
        :param spec: allows define all aspects of ``PVC`` resource More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes/#persistentvolumeclaims.

        :schema: ClickHouseKeeperInstallationSpecTemplatesVolumeClaimTemplates
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d9cf299eb6264ffdb7e73ba501e858fe614dacd4b7658837f0e605b858f96c66)
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

        :schema: ClickHouseKeeperInstallationSpecTemplatesVolumeClaimTemplates#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Any, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''template name, could use to link inside top-level ``chi.spec.defaults.templates.dataVolumeClaimTemplate`` or ``chi.spec.defaults.templates.logVolumeClaimTemplate``, cluster-level ``chi.spec.configuration.clusters.templates.dataVolumeClaimTemplate`` or ``chi.spec.configuration.clusters.templates.logVolumeClaimTemplate``, shard-level ``chi.spec.configuration.clusters.layout.shards.temlates.dataVolumeClaimTemplate`` or ``chi.spec.configuration.clusters.layout.shards.temlates.logVolumeClaimTemplate`` replica-level ``chi.spec.configuration.clusters.layout.replicas.templates.dataVolumeClaimTemplate`` or ``chi.spec.configuration.clusters.layout.replicas.templates.logVolumeClaimTemplate``.

        :schema: ClickHouseKeeperInstallationSpecTemplatesVolumeClaimTemplates#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def provisioner(
        self,
    ) -> typing.Optional["ClickHouseKeeperInstallationSpecTemplatesVolumeClaimTemplatesProvisioner"]:
        '''defines ``PVC`` provisioner - be it StatefulSet or the Operator.

        :schema: ClickHouseKeeperInstallationSpecTemplatesVolumeClaimTemplates#provisioner
        '''
        result = self._values.get("provisioner")
        return typing.cast(typing.Optional["ClickHouseKeeperInstallationSpecTemplatesVolumeClaimTemplatesProvisioner"], result)

    @builtins.property
    def reclaim_policy(
        self,
    ) -> typing.Optional["ClickHouseKeeperInstallationSpecTemplatesVolumeClaimTemplatesReclaimPolicy"]:
        '''defines behavior of ``PVC`` deletion.

        ``Delete`` by default, if ``Retain`` specified then ``PVC`` will be kept when deleting StatefulSet

        :schema: ClickHouseKeeperInstallationSpecTemplatesVolumeClaimTemplates#reclaimPolicy
        '''
        result = self._values.get("reclaim_policy")
        return typing.cast(typing.Optional["ClickHouseKeeperInstallationSpecTemplatesVolumeClaimTemplatesReclaimPolicy"], result)

    @builtins.property
    def spec(self) -> typing.Any:
        '''allows define all aspects of ``PVC`` resource More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes/#persistentvolumeclaims.

        :schema: ClickHouseKeeperInstallationSpecTemplatesVolumeClaimTemplates#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClickHouseKeeperInstallationSpecTemplatesVolumeClaimTemplates(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="clickhousekeeper_comaltinityclickhouse-keeper.ClickHouseKeeperInstallationSpecTemplatesVolumeClaimTemplatesProvisioner"
)
class ClickHouseKeeperInstallationSpecTemplatesVolumeClaimTemplatesProvisioner(
    enum.Enum,
):
    '''defines ``PVC`` provisioner - be it StatefulSet or the Operator.

    :schema: ClickHouseKeeperInstallationSpecTemplatesVolumeClaimTemplatesProvisioner
    '''

    STATEFUL_SET = "STATEFUL_SET"
    '''StatefulSet.'''
    OPERATOR = "OPERATOR"
    '''Operator.'''


@jsii.enum(
    jsii_type="clickhousekeeper_comaltinityclickhouse-keeper.ClickHouseKeeperInstallationSpecTemplatesVolumeClaimTemplatesReclaimPolicy"
)
class ClickHouseKeeperInstallationSpecTemplatesVolumeClaimTemplatesReclaimPolicy(
    enum.Enum,
):
    '''defines behavior of ``PVC`` deletion.

    ``Delete`` by default, if ``Retain`` specified then ``PVC`` will be kept when deleting StatefulSet

    :schema: ClickHouseKeeperInstallationSpecTemplatesVolumeClaimTemplatesReclaimPolicy
    '''

    RETAIN = "RETAIN"
    '''Retain.'''
    DELETE = "DELETE"
    '''Delete.'''


__all__ = [
    "ClickHouseKeeperInstallation",
    "ClickHouseKeeperInstallationProps",
    "ClickHouseKeeperInstallationSpec",
    "ClickHouseKeeperInstallationSpecConfiguration",
    "ClickHouseKeeperInstallationSpecConfigurationClusters",
    "ClickHouseKeeperInstallationSpecConfigurationClustersLayout",
    "ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicas",
    "ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasShards",
    "ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates",
    "ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasTemplates",
    "ClickHouseKeeperInstallationSpecConfigurationClustersPdbManaged",
    "ClickHouseKeeperInstallationSpecConfigurationClustersTemplates",
    "ClickHouseKeeperInstallationSpecDefaults",
    "ClickHouseKeeperInstallationSpecDefaultsDistributedDdl",
    "ClickHouseKeeperInstallationSpecDefaultsReplicasUseFqdn",
    "ClickHouseKeeperInstallationSpecDefaultsStorageManagement",
    "ClickHouseKeeperInstallationSpecDefaultsStorageManagementProvisioner",
    "ClickHouseKeeperInstallationSpecDefaultsStorageManagementReclaimPolicy",
    "ClickHouseKeeperInstallationSpecDefaultsTemplates",
    "ClickHouseKeeperInstallationSpecReconciling",
    "ClickHouseKeeperInstallationSpecReconcilingCleanup",
    "ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjects",
    "ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsConfigMap",
    "ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsPvc",
    "ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsService",
    "ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsStatefulSet",
    "ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjects",
    "ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsConfigMap",
    "ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsPvc",
    "ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsService",
    "ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsStatefulSet",
    "ClickHouseKeeperInstallationSpecReconcilingPolicy",
    "ClickHouseKeeperInstallationSpecStop",
    "ClickHouseKeeperInstallationSpecSuspend",
    "ClickHouseKeeperInstallationSpecTemplates",
    "ClickHouseKeeperInstallationSpecTemplatesHostTemplates",
    "ClickHouseKeeperInstallationSpecTemplatesHostTemplatesPortDistribution",
    "ClickHouseKeeperInstallationSpecTemplatesHostTemplatesPortDistributionType",
    "ClickHouseKeeperInstallationSpecTemplatesHostTemplatesSpec",
    "ClickHouseKeeperInstallationSpecTemplatesHostTemplatesSpecTemplates",
    "ClickHouseKeeperInstallationSpecTemplatesPodTemplates",
    "ClickHouseKeeperInstallationSpecTemplatesPodTemplatesDistribution",
    "ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistribution",
    "ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistributionScope",
    "ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistributionType",
    "ClickHouseKeeperInstallationSpecTemplatesPodTemplatesZone",
    "ClickHouseKeeperInstallationSpecTemplatesServiceTemplates",
    "ClickHouseKeeperInstallationSpecTemplatesVolumeClaimTemplates",
    "ClickHouseKeeperInstallationSpecTemplatesVolumeClaimTemplatesProvisioner",
    "ClickHouseKeeperInstallationSpecTemplatesVolumeClaimTemplatesReclaimPolicy",
]

publication.publish()

def _typecheckingstub__af7c0c1adae4a597d611822bbf0a63f5396c3a7277e71df1d0150424d5542ad6(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[ClickHouseKeeperInstallationSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ca6053d39206c87860bde128019da2a5f8a3e2fc851b887b2c7d7540ea2da649(
    *,
    spec: typing.Union[ClickHouseKeeperInstallationSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6445c74c20bf0a35f9b2f679c17ef6ba615ba53b8f4b93a1dc45e8ca22450b6f(
    *,
    configuration: typing.Optional[typing.Union[ClickHouseKeeperInstallationSpecConfiguration, typing.Dict[builtins.str, typing.Any]]] = None,
    defaults: typing.Optional[typing.Union[ClickHouseKeeperInstallationSpecDefaults, typing.Dict[builtins.str, typing.Any]]] = None,
    namespace_domain_pattern: typing.Optional[builtins.str] = None,
    reconciling: typing.Optional[typing.Union[ClickHouseKeeperInstallationSpecReconciling, typing.Dict[builtins.str, typing.Any]]] = None,
    stop: typing.Optional[ClickHouseKeeperInstallationSpecStop] = None,
    suspend: typing.Optional[ClickHouseKeeperInstallationSpecSuspend] = None,
    task_id: typing.Optional[builtins.str] = None,
    templates: typing.Optional[typing.Union[ClickHouseKeeperInstallationSpecTemplates, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__314fc4c7262c70d522d0423942053590fdd57cf62429f0fb0d99d38b17248d91(
    *,
    clusters: typing.Optional[typing.Sequence[typing.Union[ClickHouseKeeperInstallationSpecConfigurationClusters, typing.Dict[builtins.str, typing.Any]]]] = None,
    files: typing.Any = None,
    settings: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a78f9ef9b3cde1ad6fc46335ec8c9373192b71e1371061294370f1dc56dc760c(
    *,
    files: typing.Any = None,
    layout: typing.Optional[typing.Union[ClickHouseKeeperInstallationSpecConfigurationClustersLayout, typing.Dict[builtins.str, typing.Any]]] = None,
    name: typing.Optional[builtins.str] = None,
    pdb_managed: typing.Optional[ClickHouseKeeperInstallationSpecConfigurationClustersPdbManaged] = None,
    pdb_max_unavailable: typing.Optional[jsii.Number] = None,
    settings: typing.Any = None,
    templates: typing.Optional[typing.Union[ClickHouseKeeperInstallationSpecConfigurationClustersTemplates, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e508e6b121ad57b165f07ef7d8f274e5ff37a24c3adc96b5d1f2087445493d5b(
    *,
    replicas: typing.Optional[typing.Sequence[typing.Union[ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicas, typing.Dict[builtins.str, typing.Any]]]] = None,
    replicas_count: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b1774b738bbfd4076fb2c94171743314219e353d278c31efdd694d6f8bc830cd(
    *,
    files: typing.Any = None,
    name: typing.Optional[builtins.str] = None,
    settings: typing.Any = None,
    shards: typing.Optional[typing.Sequence[typing.Union[ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasShards, typing.Dict[builtins.str, typing.Any]]]] = None,
    shards_count: typing.Optional[jsii.Number] = None,
    templates: typing.Optional[typing.Union[ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasTemplates, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3c0d1bdb7ef9a7bf76e9de2a79a1d569182bc01851faf6cfff3acff17f8afd31(
    *,
    files: typing.Any = None,
    name: typing.Optional[builtins.str] = None,
    raft_port: typing.Optional[jsii.Number] = None,
    settings: typing.Any = None,
    templates: typing.Optional[typing.Union[ClickHouseKeeperInstallationSpecConfigurationClustersLayoutReplicasShardsTemplates, typing.Dict[builtins.str, typing.Any]]] = None,
    zk_port: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__622827795589ade32b5c568f8bccd6588f98e50a8944d7a3afe3bb13874ec0ae(
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

def _typecheckingstub__cad22ef83393d7b3f5e9dbc90116e19e84a5fc19cbf87595f355ca782dd2b00c(
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

def _typecheckingstub__0063aaffa9793ad9f6d164ebfbbc0ea63e2eabc0f4fc407ca5d771a5f9251206(
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

def _typecheckingstub__dbe72d7afb2fd04b7baaf188e79c7510d51f1c7ccae3525818aa430699fc2aab(
    *,
    distributed_ddl: typing.Optional[typing.Union[ClickHouseKeeperInstallationSpecDefaultsDistributedDdl, typing.Dict[builtins.str, typing.Any]]] = None,
    replicas_use_fqdn: typing.Optional[ClickHouseKeeperInstallationSpecDefaultsReplicasUseFqdn] = None,
    storage_management: typing.Optional[typing.Union[ClickHouseKeeperInstallationSpecDefaultsStorageManagement, typing.Dict[builtins.str, typing.Any]]] = None,
    templates: typing.Optional[typing.Union[ClickHouseKeeperInstallationSpecDefaultsTemplates, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e1120cf973795e137212f49aeaf834b8c56e2f778f54cc037ee7e563deabf33c(
    *,
    profile: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__64582572b5aca6d923375c6687c45aab44ca2dc76e4f8e20092766fdadf10320(
    *,
    provisioner: typing.Optional[ClickHouseKeeperInstallationSpecDefaultsStorageManagementProvisioner] = None,
    reclaim_policy: typing.Optional[ClickHouseKeeperInstallationSpecDefaultsStorageManagementReclaimPolicy] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__49e7ae992621f7365379bfb6616a2aa2225d7bffd6fd4e6dd0059b296010ef57(
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

def _typecheckingstub__e543b50d0d6a484132baa40b1c732843494c5277e0c364d137348685249545fc(
    *,
    cleanup: typing.Optional[typing.Union[ClickHouseKeeperInstallationSpecReconcilingCleanup, typing.Dict[builtins.str, typing.Any]]] = None,
    config_map_propagation_timeout: typing.Optional[jsii.Number] = None,
    policy: typing.Optional[ClickHouseKeeperInstallationSpecReconcilingPolicy] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__af63652df2757f6781ee798a5c69ddb5d2c8e23ea4bbf66112da54ace963c5b8(
    *,
    reconcile_failed_objects: typing.Optional[typing.Union[ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjects, typing.Dict[builtins.str, typing.Any]]] = None,
    unknown_objects: typing.Optional[typing.Union[ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjects, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4db2bb62af6e3a0a854b9baae275b3e2a0f6d6c4c6b28e705a03a05fc6ad4a8f(
    *,
    config_map: typing.Optional[ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsConfigMap] = None,
    pvc: typing.Optional[ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsPvc] = None,
    service: typing.Optional[ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsService] = None,
    stateful_set: typing.Optional[ClickHouseKeeperInstallationSpecReconcilingCleanupReconcileFailedObjectsStatefulSet] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__be8fca477de37d12d90d6fca2be6d9594b35357035de78817c876851271c98e1(
    *,
    config_map: typing.Optional[ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsConfigMap] = None,
    pvc: typing.Optional[ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsPvc] = None,
    service: typing.Optional[ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsService] = None,
    stateful_set: typing.Optional[ClickHouseKeeperInstallationSpecReconcilingCleanupUnknownObjectsStatefulSet] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8c05241ecadf78b7cd751fd44c1154a8ce04357d0df2c62925b3416752feafaa(
    *,
    host_templates: typing.Optional[typing.Sequence[typing.Union[ClickHouseKeeperInstallationSpecTemplatesHostTemplates, typing.Dict[builtins.str, typing.Any]]]] = None,
    pod_templates: typing.Optional[typing.Sequence[typing.Union[ClickHouseKeeperInstallationSpecTemplatesPodTemplates, typing.Dict[builtins.str, typing.Any]]]] = None,
    service_templates: typing.Optional[typing.Sequence[typing.Union[ClickHouseKeeperInstallationSpecTemplatesServiceTemplates, typing.Dict[builtins.str, typing.Any]]]] = None,
    volume_claim_templates: typing.Optional[typing.Sequence[typing.Union[ClickHouseKeeperInstallationSpecTemplatesVolumeClaimTemplates, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ba49cb4157ecad3ab7832b9539fb2148f7075782a9e58ff27f87e762c0616ac7(
    *,
    name: typing.Optional[builtins.str] = None,
    port_distribution: typing.Optional[typing.Sequence[typing.Union[ClickHouseKeeperInstallationSpecTemplatesHostTemplatesPortDistribution, typing.Dict[builtins.str, typing.Any]]]] = None,
    spec: typing.Optional[typing.Union[ClickHouseKeeperInstallationSpecTemplatesHostTemplatesSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4bc13b34581a27d9adba973f5be50832af951738d9844fa1c2a11464731ec464(
    *,
    type: typing.Optional[ClickHouseKeeperInstallationSpecTemplatesHostTemplatesPortDistributionType] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c722299814b11deb900194b508de84f5aac2f4c211d706af30eb0dfbfcd8ac07(
    *,
    files: typing.Any = None,
    name: typing.Optional[builtins.str] = None,
    raft_port: typing.Optional[jsii.Number] = None,
    settings: typing.Any = None,
    templates: typing.Optional[typing.Union[ClickHouseKeeperInstallationSpecTemplatesHostTemplatesSpecTemplates, typing.Dict[builtins.str, typing.Any]]] = None,
    zk_port: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d23a4d5c9f412bc1aaaceb01899e35cdc8323dbd493dfd3e1d8cd56c06cca285(
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

def _typecheckingstub__55cf5640a079f25ce8ecce63d38e64190c4149214d0d77eadc3ea0fba3cd41d6(
    *,
    distribution: typing.Optional[ClickHouseKeeperInstallationSpecTemplatesPodTemplatesDistribution] = None,
    generate_name: typing.Optional[builtins.str] = None,
    metadata: typing.Any = None,
    name: typing.Optional[builtins.str] = None,
    pod_distribution: typing.Optional[typing.Sequence[typing.Union[ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistribution, typing.Dict[builtins.str, typing.Any]]]] = None,
    spec: typing.Any = None,
    zone: typing.Optional[typing.Union[ClickHouseKeeperInstallationSpecTemplatesPodTemplatesZone, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__13492b5c5c890add4d346c23447ef80970ff85c8ceee5d09fdccd1f11f988a99(
    *,
    number: typing.Optional[jsii.Number] = None,
    scope: typing.Optional[ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistributionScope] = None,
    topology_key: typing.Optional[builtins.str] = None,
    type: typing.Optional[ClickHouseKeeperInstallationSpecTemplatesPodTemplatesPodDistributionType] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0ddab88cb005ff58971384cc793ec977cadc25e13aa2dbe1af58dbc9ab8258dc(
    *,
    key: typing.Optional[builtins.str] = None,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__38ed63757c9b41a8998bf973c97a87fd571787ffe4eb2eb222f54904b3a7f2b0(
    *,
    generate_name: typing.Optional[builtins.str] = None,
    metadata: typing.Any = None,
    name: typing.Optional[builtins.str] = None,
    spec: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d9cf299eb6264ffdb7e73ba501e858fe614dacd4b7658837f0e605b858f96c66(
    *,
    metadata: typing.Any = None,
    name: typing.Optional[builtins.str] = None,
    provisioner: typing.Optional[ClickHouseKeeperInstallationSpecTemplatesVolumeClaimTemplatesProvisioner] = None,
    reclaim_policy: typing.Optional[ClickHouseKeeperInstallationSpecTemplatesVolumeClaimTemplatesReclaimPolicy] = None,
    spec: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass
