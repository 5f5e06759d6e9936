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


class SpiceDbCluster(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="spicedb_comauthzed.SpiceDbCluster",
):
    '''SpiceDBCluster defines all options for a full SpiceDB cluster.

    :schema: SpiceDBCluster
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["SpiceDbClusterSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "SpiceDBCluster" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: ClusterSpec holds the desired state of the cluster.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__04ebf2d7e9c98d4f56dee0eecd630bbd77df82f47f35734ca8dde2a2a1adda2e)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = SpiceDbClusterProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["SpiceDbClusterSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "SpiceDBCluster".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: ClusterSpec holds the desired state of the cluster.
        '''
        props = SpiceDbClusterProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "SpiceDBCluster".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="spicedb_comauthzed.SpiceDbClusterProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class SpiceDbClusterProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["SpiceDbClusterSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''SpiceDBCluster defines all options for a full SpiceDB cluster.

        :param metadata: 
        :param spec: ClusterSpec holds the desired state of the cluster.

        :schema: SpiceDBCluster
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = SpiceDbClusterSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__93dcc0f44abf115f75efbaa395144bf8cba67b47c365d0acfd735e9ca77a8fef)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if metadata is not None:
            self._values["metadata"] = metadata
        if spec is not None:
            self._values["spec"] = spec

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: SpiceDBCluster#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["SpiceDbClusterSpec"]:
        '''ClusterSpec holds the desired state of the cluster.

        :schema: SpiceDBCluster#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["SpiceDbClusterSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SpiceDbClusterProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="spicedb_comauthzed.SpiceDbClusterSpec",
    jsii_struct_bases=[],
    name_mapping={
        "base_image": "baseImage",
        "channel": "channel",
        "config": "config",
        "credentials": "credentials",
        "patches": "patches",
        "secret_name": "secretName",
        "version": "version",
    },
)
class SpiceDbClusterSpec:
    def __init__(
        self,
        *,
        base_image: typing.Optional[builtins.str] = None,
        channel: typing.Optional[builtins.str] = None,
        config: typing.Any = None,
        credentials: typing.Optional[typing.Union["SpiceDbClusterSpecCredentials", typing.Dict[builtins.str, typing.Any]]] = None,
        patches: typing.Optional[typing.Sequence[typing.Union["SpiceDbClusterSpecPatches", typing.Dict[builtins.str, typing.Any]]]] = None,
        secret_name: typing.Optional[builtins.str] = None,
        version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''ClusterSpec holds the desired state of the cluster.

        :param base_image: BaseImage specifies the base container image to use for SpiceDB. If not specified, will fall back to the operator's --base-image flag, then to the imageName defined in the update graph.
        :param channel: Channel is a defined series of updates that operator should follow. The operator is configured with a datasource that configures available channels and update paths. If ``version`` is not specified, then the operator will keep SpiceDB up-to-date with the current head of the channel. If ``version`` is specified, then the operator will write available updates in the status.
        :param config: Config values to be passed to the cluster.
        :param credentials: Credentials configures per-field secret references for sensitive config. Mutually exclusive with SecretRef.
        :param patches: Patches is a list of patches to apply to generated resources. If multiple patches apply to the same object and field, later patches in the list take precedence over earlier ones.
        :param secret_name: SecretName points to a secret (in the same namespace) that holds secret config for the cluster like passwords, credentials, etc. If the secret is omitted, one will be generated
        :param version: Version is the name of the version of SpiceDB that will be run. The version is usually a simple version string like ``v1.13.0``, but the operator is configured with a data source that tells it what versions are allowed, and they may have other names. If omitted, the newest version in the head of the channel will be used. Note that the ``config.image`` field will take precedence over version/channel, if it is specified

        :schema: SpiceDbClusterSpec
        '''
        if isinstance(credentials, dict):
            credentials = SpiceDbClusterSpecCredentials(**credentials)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bd62d7ee84ec77df0c48a25d3835f3b2af859615929a1e5649e0a5dcc35b9ee5)
            check_type(argname="argument base_image", value=base_image, expected_type=type_hints["base_image"])
            check_type(argname="argument channel", value=channel, expected_type=type_hints["channel"])
            check_type(argname="argument config", value=config, expected_type=type_hints["config"])
            check_type(argname="argument credentials", value=credentials, expected_type=type_hints["credentials"])
            check_type(argname="argument patches", value=patches, expected_type=type_hints["patches"])
            check_type(argname="argument secret_name", value=secret_name, expected_type=type_hints["secret_name"])
            check_type(argname="argument version", value=version, expected_type=type_hints["version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if base_image is not None:
            self._values["base_image"] = base_image
        if channel is not None:
            self._values["channel"] = channel
        if config is not None:
            self._values["config"] = config
        if credentials is not None:
            self._values["credentials"] = credentials
        if patches is not None:
            self._values["patches"] = patches
        if secret_name is not None:
            self._values["secret_name"] = secret_name
        if version is not None:
            self._values["version"] = version

    @builtins.property
    def base_image(self) -> typing.Optional[builtins.str]:
        '''BaseImage specifies the base container image to use for SpiceDB.

        If not specified, will fall back to the operator's --base-image flag,
        then to the imageName defined in the update graph.

        :schema: SpiceDbClusterSpec#baseImage
        '''
        result = self._values.get("base_image")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def channel(self) -> typing.Optional[builtins.str]:
        '''Channel is a defined series of updates that operator should follow.

        The operator is configured with a datasource that configures available
        channels and update paths.
        If ``version`` is not specified, then the operator will keep SpiceDB
        up-to-date with the current head of the channel.
        If ``version`` is specified, then the operator will write available updates
        in the status.

        :schema: SpiceDbClusterSpec#channel
        '''
        result = self._values.get("channel")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def config(self) -> typing.Any:
        '''Config values to be passed to the cluster.

        :schema: SpiceDbClusterSpec#config
        '''
        result = self._values.get("config")
        return typing.cast(typing.Any, result)

    @builtins.property
    def credentials(self) -> typing.Optional["SpiceDbClusterSpecCredentials"]:
        '''Credentials configures per-field secret references for sensitive config.

        Mutually exclusive with SecretRef.

        :schema: SpiceDbClusterSpec#credentials
        '''
        result = self._values.get("credentials")
        return typing.cast(typing.Optional["SpiceDbClusterSpecCredentials"], result)

    @builtins.property
    def patches(self) -> typing.Optional[typing.List["SpiceDbClusterSpecPatches"]]:
        '''Patches is a list of patches to apply to generated resources.

        If multiple patches apply to the same object and field, later patches
        in the list take precedence over earlier ones.

        :schema: SpiceDbClusterSpec#patches
        '''
        result = self._values.get("patches")
        return typing.cast(typing.Optional[typing.List["SpiceDbClusterSpecPatches"]], result)

    @builtins.property
    def secret_name(self) -> typing.Optional[builtins.str]:
        '''SecretName points to a secret (in the same namespace) that holds secret config for the cluster like passwords, credentials, etc.

        If the secret is omitted, one will be generated

        :schema: SpiceDbClusterSpec#secretName
        '''
        result = self._values.get("secret_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def version(self) -> typing.Optional[builtins.str]:
        '''Version is the name of the version of SpiceDB that will be run.

        The version is usually a simple version string like ``v1.13.0``, but the
        operator is configured with a data source that tells it what versions
        are allowed, and they may have other names.
        If omitted, the newest version in the head of the channel will be used.
        Note that the ``config.image`` field will take precedence over
        version/channel, if it is specified

        :schema: SpiceDbClusterSpec#version
        '''
        result = self._values.get("version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SpiceDbClusterSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="spicedb_comauthzed.SpiceDbClusterSpecCredentials",
    jsii_struct_bases=[],
    name_mapping={
        "datastore_uri": "datastoreUri",
        "migration_secrets": "migrationSecrets",
        "preshared_key": "presharedKey",
    },
)
class SpiceDbClusterSpecCredentials:
    def __init__(
        self,
        *,
        datastore_uri: typing.Optional[typing.Union["SpiceDbClusterSpecCredentialsDatastoreUri", typing.Dict[builtins.str, typing.Any]]] = None,
        migration_secrets: typing.Optional[typing.Union["SpiceDbClusterSpecCredentialsMigrationSecrets", typing.Dict[builtins.str, typing.Any]]] = None,
        preshared_key: typing.Optional[typing.Union["SpiceDbClusterSpecCredentialsPresharedKey", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Credentials configures per-field secret references for sensitive config.

        Mutually exclusive with SecretRef.

        :param datastore_uri: DatastoreURI configures the source for the datastore connection string.
        :param migration_secrets: MigrationSecrets configures the source for the migration secrets.
        :param preshared_key: PresharedKey configures the source for the gRPC preshared key.

        :schema: SpiceDbClusterSpecCredentials
        '''
        if isinstance(datastore_uri, dict):
            datastore_uri = SpiceDbClusterSpecCredentialsDatastoreUri(**datastore_uri)
        if isinstance(migration_secrets, dict):
            migration_secrets = SpiceDbClusterSpecCredentialsMigrationSecrets(**migration_secrets)
        if isinstance(preshared_key, dict):
            preshared_key = SpiceDbClusterSpecCredentialsPresharedKey(**preshared_key)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__aa41cc618a005ed22769b62117c8e02c5774dcc95826f3b04fac4d3bbd173b41)
            check_type(argname="argument datastore_uri", value=datastore_uri, expected_type=type_hints["datastore_uri"])
            check_type(argname="argument migration_secrets", value=migration_secrets, expected_type=type_hints["migration_secrets"])
            check_type(argname="argument preshared_key", value=preshared_key, expected_type=type_hints["preshared_key"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if datastore_uri is not None:
            self._values["datastore_uri"] = datastore_uri
        if migration_secrets is not None:
            self._values["migration_secrets"] = migration_secrets
        if preshared_key is not None:
            self._values["preshared_key"] = preshared_key

    @builtins.property
    def datastore_uri(
        self,
    ) -> typing.Optional["SpiceDbClusterSpecCredentialsDatastoreUri"]:
        '''DatastoreURI configures the source for the datastore connection string.

        :schema: SpiceDbClusterSpecCredentials#datastoreURI
        '''
        result = self._values.get("datastore_uri")
        return typing.cast(typing.Optional["SpiceDbClusterSpecCredentialsDatastoreUri"], result)

    @builtins.property
    def migration_secrets(
        self,
    ) -> typing.Optional["SpiceDbClusterSpecCredentialsMigrationSecrets"]:
        '''MigrationSecrets configures the source for the migration secrets.

        :schema: SpiceDbClusterSpecCredentials#migrationSecrets
        '''
        result = self._values.get("migration_secrets")
        return typing.cast(typing.Optional["SpiceDbClusterSpecCredentialsMigrationSecrets"], result)

    @builtins.property
    def preshared_key(
        self,
    ) -> typing.Optional["SpiceDbClusterSpecCredentialsPresharedKey"]:
        '''PresharedKey configures the source for the gRPC preshared key.

        :schema: SpiceDbClusterSpecCredentials#presharedKey
        '''
        result = self._values.get("preshared_key")
        return typing.cast(typing.Optional["SpiceDbClusterSpecCredentialsPresharedKey"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SpiceDbClusterSpecCredentials(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="spicedb_comauthzed.SpiceDbClusterSpecCredentialsDatastoreUri",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "secret_name": "secretName", "skip": "skip"},
)
class SpiceDbClusterSpecCredentialsDatastoreUri:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        secret_name: typing.Optional[builtins.str] = None,
        skip: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''DatastoreURI configures the source for the datastore connection string.

        :param key: Key is the key within the Secret. Defaults to the standard SpiceDB key name for this credential (datastore_uri or preshared_key) if omitted. Default: the standard SpiceDB key
        :param secret_name: SecretName is the name of the Kubernetes Secret in the same namespace.
        :param skip: Skip instructs the operator not to validate or inject this credential. Use when the credential is provided externally (CSI driver, workload identity, sidecar proxy). When true, SecretName and Key are ignored.

        :schema: SpiceDbClusterSpecCredentialsDatastoreUri
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3f697d31c44479c3308b931b82f3891c90519fcfb002dc43ae86e6b0f4524f9b)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument secret_name", value=secret_name, expected_type=type_hints["secret_name"])
            check_type(argname="argument skip", value=skip, expected_type=type_hints["skip"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if secret_name is not None:
            self._values["secret_name"] = secret_name
        if skip is not None:
            self._values["skip"] = skip

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''Key is the key within the Secret.

        Defaults to the standard SpiceDB key
        name for this credential (datastore_uri or preshared_key) if omitted.

        :default: the standard SpiceDB key

        :schema: SpiceDbClusterSpecCredentialsDatastoreUri#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def secret_name(self) -> typing.Optional[builtins.str]:
        '''SecretName is the name of the Kubernetes Secret in the same namespace.

        :schema: SpiceDbClusterSpecCredentialsDatastoreUri#secretName
        '''
        result = self._values.get("secret_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def skip(self) -> typing.Optional[builtins.bool]:
        '''Skip instructs the operator not to validate or inject this credential.

        Use when the credential is provided externally (CSI driver, workload
        identity, sidecar proxy). When true, SecretName and Key are ignored.

        :schema: SpiceDbClusterSpecCredentialsDatastoreUri#skip
        '''
        result = self._values.get("skip")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SpiceDbClusterSpecCredentialsDatastoreUri(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="spicedb_comauthzed.SpiceDbClusterSpecCredentialsMigrationSecrets",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "secret_name": "secretName", "skip": "skip"},
)
class SpiceDbClusterSpecCredentialsMigrationSecrets:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        secret_name: typing.Optional[builtins.str] = None,
        skip: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''MigrationSecrets configures the source for the migration secrets.

        :param key: Key is the key within the Secret. Defaults to the standard SpiceDB key name for this credential (datastore_uri or preshared_key) if omitted. Default: the standard SpiceDB key
        :param secret_name: SecretName is the name of the Kubernetes Secret in the same namespace.
        :param skip: Skip instructs the operator not to validate or inject this credential. Use when the credential is provided externally (CSI driver, workload identity, sidecar proxy). When true, SecretName and Key are ignored.

        :schema: SpiceDbClusterSpecCredentialsMigrationSecrets
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6019bae59d9ef230f96c6e5f944bd861c2d2995933ba793c59ce577afe82bd22)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument secret_name", value=secret_name, expected_type=type_hints["secret_name"])
            check_type(argname="argument skip", value=skip, expected_type=type_hints["skip"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if secret_name is not None:
            self._values["secret_name"] = secret_name
        if skip is not None:
            self._values["skip"] = skip

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''Key is the key within the Secret.

        Defaults to the standard SpiceDB key
        name for this credential (datastore_uri or preshared_key) if omitted.

        :default: the standard SpiceDB key

        :schema: SpiceDbClusterSpecCredentialsMigrationSecrets#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def secret_name(self) -> typing.Optional[builtins.str]:
        '''SecretName is the name of the Kubernetes Secret in the same namespace.

        :schema: SpiceDbClusterSpecCredentialsMigrationSecrets#secretName
        '''
        result = self._values.get("secret_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def skip(self) -> typing.Optional[builtins.bool]:
        '''Skip instructs the operator not to validate or inject this credential.

        Use when the credential is provided externally (CSI driver, workload
        identity, sidecar proxy). When true, SecretName and Key are ignored.

        :schema: SpiceDbClusterSpecCredentialsMigrationSecrets#skip
        '''
        result = self._values.get("skip")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SpiceDbClusterSpecCredentialsMigrationSecrets(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="spicedb_comauthzed.SpiceDbClusterSpecCredentialsPresharedKey",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "secret_name": "secretName", "skip": "skip"},
)
class SpiceDbClusterSpecCredentialsPresharedKey:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        secret_name: typing.Optional[builtins.str] = None,
        skip: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''PresharedKey configures the source for the gRPC preshared key.

        :param key: Key is the key within the Secret. Defaults to the standard SpiceDB key name for this credential (datastore_uri or preshared_key) if omitted. Default: the standard SpiceDB key
        :param secret_name: SecretName is the name of the Kubernetes Secret in the same namespace.
        :param skip: Skip instructs the operator not to validate or inject this credential. Use when the credential is provided externally (CSI driver, workload identity, sidecar proxy). When true, SecretName and Key are ignored.

        :schema: SpiceDbClusterSpecCredentialsPresharedKey
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__58a6b5ce04a47c19622c07328a43a2215b2d95034402c0a52c8778721729ddd2)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument secret_name", value=secret_name, expected_type=type_hints["secret_name"])
            check_type(argname="argument skip", value=skip, expected_type=type_hints["skip"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if secret_name is not None:
            self._values["secret_name"] = secret_name
        if skip is not None:
            self._values["skip"] = skip

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''Key is the key within the Secret.

        Defaults to the standard SpiceDB key
        name for this credential (datastore_uri or preshared_key) if omitted.

        :default: the standard SpiceDB key

        :schema: SpiceDbClusterSpecCredentialsPresharedKey#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def secret_name(self) -> typing.Optional[builtins.str]:
        '''SecretName is the name of the Kubernetes Secret in the same namespace.

        :schema: SpiceDbClusterSpecCredentialsPresharedKey#secretName
        '''
        result = self._values.get("secret_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def skip(self) -> typing.Optional[builtins.bool]:
        '''Skip instructs the operator not to validate or inject this credential.

        Use when the credential is provided externally (CSI driver, workload
        identity, sidecar proxy). When true, SecretName and Key are ignored.

        :schema: SpiceDbClusterSpecCredentialsPresharedKey#skip
        '''
        result = self._values.get("skip")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SpiceDbClusterSpecCredentialsPresharedKey(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="spicedb_comauthzed.SpiceDbClusterSpecPatches",
    jsii_struct_bases=[],
    name_mapping={"patch": "patch", "kind": "kind"},
)
class SpiceDbClusterSpecPatches:
    def __init__(
        self,
        *,
        patch: typing.Any,
        kind: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Patch represents a single change to apply to generated manifests.

        :param patch: Patch is an inlined representation of a structured merge patch (one that just specifies the structure and fields to be modified) or a an explicit JSON6902 patch operation.
        :param kind: Kind targets an object by its kubernetes Kind name.

        :schema: SpiceDbClusterSpecPatches
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bc22ece23a794093541dfaff46e50b4af05751fe7223f02e697465a59af808e4)
            check_type(argname="argument patch", value=patch, expected_type=type_hints["patch"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "patch": patch,
        }
        if kind is not None:
            self._values["kind"] = kind

    @builtins.property
    def patch(self) -> typing.Any:
        '''Patch is an inlined representation of a structured merge patch (one that just specifies the structure and fields to be modified) or a an explicit JSON6902 patch operation.

        :schema: SpiceDbClusterSpecPatches#patch
        '''
        result = self._values.get("patch")
        assert result is not None, "Required property 'patch' is missing"
        return typing.cast(typing.Any, result)

    @builtins.property
    def kind(self) -> typing.Optional[builtins.str]:
        '''Kind targets an object by its kubernetes Kind name.

        :schema: SpiceDbClusterSpecPatches#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "SpiceDbClusterSpecPatches(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "SpiceDbCluster",
    "SpiceDbClusterProps",
    "SpiceDbClusterSpec",
    "SpiceDbClusterSpecCredentials",
    "SpiceDbClusterSpecCredentialsDatastoreUri",
    "SpiceDbClusterSpecCredentialsMigrationSecrets",
    "SpiceDbClusterSpecCredentialsPresharedKey",
    "SpiceDbClusterSpecPatches",
]

publication.publish()

def _typecheckingstub__04ebf2d7e9c98d4f56dee0eecd630bbd77df82f47f35734ca8dde2a2a1adda2e(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[SpiceDbClusterSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__93dcc0f44abf115f75efbaa395144bf8cba67b47c365d0acfd735e9ca77a8fef(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[SpiceDbClusterSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bd62d7ee84ec77df0c48a25d3835f3b2af859615929a1e5649e0a5dcc35b9ee5(
    *,
    base_image: typing.Optional[builtins.str] = None,
    channel: typing.Optional[builtins.str] = None,
    config: typing.Any = None,
    credentials: typing.Optional[typing.Union[SpiceDbClusterSpecCredentials, typing.Dict[builtins.str, typing.Any]]] = None,
    patches: typing.Optional[typing.Sequence[typing.Union[SpiceDbClusterSpecPatches, typing.Dict[builtins.str, typing.Any]]]] = None,
    secret_name: typing.Optional[builtins.str] = None,
    version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__aa41cc618a005ed22769b62117c8e02c5774dcc95826f3b04fac4d3bbd173b41(
    *,
    datastore_uri: typing.Optional[typing.Union[SpiceDbClusterSpecCredentialsDatastoreUri, typing.Dict[builtins.str, typing.Any]]] = None,
    migration_secrets: typing.Optional[typing.Union[SpiceDbClusterSpecCredentialsMigrationSecrets, typing.Dict[builtins.str, typing.Any]]] = None,
    preshared_key: typing.Optional[typing.Union[SpiceDbClusterSpecCredentialsPresharedKey, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3f697d31c44479c3308b931b82f3891c90519fcfb002dc43ae86e6b0f4524f9b(
    *,
    key: typing.Optional[builtins.str] = None,
    secret_name: typing.Optional[builtins.str] = None,
    skip: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6019bae59d9ef230f96c6e5f944bd861c2d2995933ba793c59ce577afe82bd22(
    *,
    key: typing.Optional[builtins.str] = None,
    secret_name: typing.Optional[builtins.str] = None,
    skip: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__58a6b5ce04a47c19622c07328a43a2215b2d95034402c0a52c8778721729ddd2(
    *,
    key: typing.Optional[builtins.str] = None,
    secret_name: typing.Optional[builtins.str] = None,
    skip: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bc22ece23a794093541dfaff46e50b4af05751fe7223f02e697465a59af808e4(
    *,
    patch: typing.Any,
    kind: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass
