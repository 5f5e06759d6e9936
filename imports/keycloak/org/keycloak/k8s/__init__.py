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


class Keycloak(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="keycloak_orgkeycloakk8s.Keycloak",
):
    '''
    :schema: Keycloak
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["KeycloakSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "Keycloak" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1f75e19d21d42da64d60c7272505fb86ba70f4f4a4cc2a0bdb097803cf514efd)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = KeycloakProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["KeycloakSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "Keycloak".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: 
        '''
        props = KeycloakProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "Keycloak".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class KeycloakProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["KeycloakSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param metadata: 
        :param spec: 

        :schema: Keycloak
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = KeycloakSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__81bf2361dc5fb2c9d732f808cec12032d1d338b65818cb06397e59e40176439c)
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
        :schema: Keycloak#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["KeycloakSpec"]:
        '''
        :schema: Keycloak#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["KeycloakSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class KeycloakRealmImport(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="keycloak_orgkeycloakk8s.KeycloakRealmImport",
):
    '''
    :schema: KeycloakRealmImport
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["KeycloakRealmImportSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "KeycloakRealmImport" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b1eb4f1e19a6611edc9815e045e7db281a47534d9a2f025541d0f1e94185af34)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = KeycloakRealmImportProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["KeycloakRealmImportSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "KeycloakRealmImport".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: 
        '''
        props = KeycloakRealmImportProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "KeycloakRealmImport".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakRealmImportProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class KeycloakRealmImportProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["KeycloakRealmImportSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param metadata: 
        :param spec: 

        :schema: KeycloakRealmImport
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = KeycloakRealmImportSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9865bbe69b1f68583ca73aca00b4768452197a8989a6e92691964036840d0806)
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
        :schema: KeycloakRealmImport#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["KeycloakRealmImportSpec"]:
        '''
        :schema: KeycloakRealmImport#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["KeycloakRealmImportSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakRealmImportProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakRealmImportSpec",
    jsii_struct_bases=[],
    name_mapping={
        "keycloak_cr_name": "keycloakCrName",
        "realm": "realm",
        "placeholders": "placeholders",
        "resources": "resources",
    },
)
class KeycloakRealmImportSpec:
    def __init__(
        self,
        *,
        keycloak_cr_name: builtins.str,
        realm: typing.Union["KeycloakRealmImportSpecRealm", typing.Dict[builtins.str, typing.Any]],
        placeholders: typing.Optional[typing.Mapping[builtins.str, typing.Union["KeycloakRealmImportSpecPlaceholders", typing.Dict[builtins.str, typing.Any]]]] = None,
        resources: typing.Optional[typing.Union["KeycloakRealmImportSpecResources", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param keycloak_cr_name: The name of the Keycloak CR to reference, in the same namespace.
        :param realm: The RealmRepresentation to import into Keycloak.
        :param placeholders: Optionally set to replace ENV variable placeholders in the realm import.
        :param resources: Compute Resources required by Keycloak container. If not specified, the value is inherited from the Keycloak CR.

        :schema: KeycloakRealmImportSpec
        '''
        if isinstance(realm, dict):
            realm = KeycloakRealmImportSpecRealm(**realm)
        if isinstance(resources, dict):
            resources = KeycloakRealmImportSpecResources(**resources)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7108569b4556414f0bc6f626f5ecc6ce5d4e9c3992edf0347b24fb555cdc7270)
            check_type(argname="argument keycloak_cr_name", value=keycloak_cr_name, expected_type=type_hints["keycloak_cr_name"])
            check_type(argname="argument realm", value=realm, expected_type=type_hints["realm"])
            check_type(argname="argument placeholders", value=placeholders, expected_type=type_hints["placeholders"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "keycloak_cr_name": keycloak_cr_name,
            "realm": realm,
        }
        if placeholders is not None:
            self._values["placeholders"] = placeholders
        if resources is not None:
            self._values["resources"] = resources

    @builtins.property
    def keycloak_cr_name(self) -> builtins.str:
        '''The name of the Keycloak CR to reference, in the same namespace.

        :schema: KeycloakRealmImportSpec#keycloakCRName
        '''
        result = self._values.get("keycloak_cr_name")
        assert result is not None, "Required property 'keycloak_cr_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def realm(self) -> "KeycloakRealmImportSpecRealm":
        '''The RealmRepresentation to import into Keycloak.

        :schema: KeycloakRealmImportSpec#realm
        '''
        result = self._values.get("realm")
        assert result is not None, "Required property 'realm' is missing"
        return typing.cast("KeycloakRealmImportSpecRealm", result)

    @builtins.property
    def placeholders(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "KeycloakRealmImportSpecPlaceholders"]]:
        '''Optionally set to replace ENV variable placeholders in the realm import.

        :schema: KeycloakRealmImportSpec#placeholders
        '''
        result = self._values.get("placeholders")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "KeycloakRealmImportSpecPlaceholders"]], result)

    @builtins.property
    def resources(self) -> typing.Optional["KeycloakRealmImportSpecResources"]:
        '''Compute Resources required by Keycloak container.

        If not specified, the value is inherited from the Keycloak CR.

        :schema: KeycloakRealmImportSpec#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Optional["KeycloakRealmImportSpecResources"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakRealmImportSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakRealmImportSpecPlaceholders",
    jsii_struct_bases=[],
    name_mapping={"secret": "secret"},
)
class KeycloakRealmImportSpecPlaceholders:
    def __init__(
        self,
        *,
        secret: typing.Optional[typing.Union["KeycloakRealmImportSpecPlaceholdersSecret", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param secret: 

        :schema: KeycloakRealmImportSpecPlaceholders
        '''
        if isinstance(secret, dict):
            secret = KeycloakRealmImportSpecPlaceholdersSecret(**secret)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bd69a0dd7749142fefb04d62dc106c96688054336180515bab1b5f6ac9277cf1)
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if secret is not None:
            self._values["secret"] = secret

    @builtins.property
    def secret(self) -> typing.Optional["KeycloakRealmImportSpecPlaceholdersSecret"]:
        '''
        :schema: KeycloakRealmImportSpecPlaceholders#secret
        '''
        result = self._values.get("secret")
        return typing.cast(typing.Optional["KeycloakRealmImportSpecPlaceholdersSecret"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakRealmImportSpecPlaceholders(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakRealmImportSpecPlaceholdersSecret",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class KeycloakRealmImportSpecPlaceholdersSecret:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param key: 
        :param name: 
        :param optional: 

        :schema: KeycloakRealmImportSpecPlaceholdersSecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7b4d120501fc7353bae4c2e37e44ffc1869c928b22b4966d0a35ecfc1b808324)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecPlaceholdersSecret#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecPlaceholdersSecret#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecPlaceholdersSecret#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakRealmImportSpecPlaceholdersSecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakRealmImportSpecRealm",
    jsii_struct_bases=[],
    name_mapping={
        "access_code_lifespan": "accessCodeLifespan",
        "access_code_lifespan_login": "accessCodeLifespanLogin",
        "access_code_lifespan_user_action": "accessCodeLifespanUserAction",
        "access_token_lifespan": "accessTokenLifespan",
        "access_token_lifespan_for_implicit_flow": "accessTokenLifespanForImplicitFlow",
        "account_theme": "accountTheme",
        "action_token_generated_by_admin_lifespan": "actionTokenGeneratedByAdminLifespan",
        "action_token_generated_by_user_lifespan": "actionTokenGeneratedByUserLifespan",
        "admin_events_details_enabled": "adminEventsDetailsEnabled",
        "admin_events_enabled": "adminEventsEnabled",
        "admin_theme": "adminTheme",
        "applications": "applications",
        "application_scope_mappings": "applicationScopeMappings",
        "attributes": "attributes",
        "authentication_flows": "authenticationFlows",
        "authenticator_config": "authenticatorConfig",
        "browser_flow": "browserFlow",
        "browser_security_headers": "browserSecurityHeaders",
        "brute_force_protected": "bruteForceProtected",
        "certificate": "certificate",
        "client_authentication_flow": "clientAuthenticationFlow",
        "client_offline_session_idle_timeout": "clientOfflineSessionIdleTimeout",
        "client_offline_session_max_lifespan": "clientOfflineSessionMaxLifespan",
        "client_policies": "clientPolicies",
        "client_profiles": "clientProfiles",
        "clients": "clients",
        "client_scope_mappings": "clientScopeMappings",
        "client_scopes": "clientScopes",
        "client_session_idle_timeout": "clientSessionIdleTimeout",
        "client_session_max_lifespan": "clientSessionMaxLifespan",
        "client_templates": "clientTemplates",
        "code_secret": "codeSecret",
        "components": "components",
        "default_default_client_scopes": "defaultDefaultClientScopes",
        "default_groups": "defaultGroups",
        "default_locale": "defaultLocale",
        "default_optional_client_scopes": "defaultOptionalClientScopes",
        "default_role": "defaultRole",
        "default_roles": "defaultRoles",
        "default_signature_algorithm": "defaultSignatureAlgorithm",
        "direct_grant_flow": "directGrantFlow",
        "display_name": "displayName",
        "display_name_html": "displayNameHtml",
        "docker_authentication_flow": "dockerAuthenticationFlow",
        "duplicate_emails_allowed": "duplicateEmailsAllowed",
        "edit_username_allowed": "editUsernameAllowed",
        "email_theme": "emailTheme",
        "enabled": "enabled",
        "enabled_event_types": "enabledEventTypes",
        "events_enabled": "eventsEnabled",
        "events_expiration": "eventsExpiration",
        "events_listeners": "eventsListeners",
        "failure_factor": "failureFactor",
        "federated_users": "federatedUsers",
        "first_broker_login_flow": "firstBrokerLoginFlow",
        "groups": "groups",
        "id": "id",
        "identity_provider_mappers": "identityProviderMappers",
        "identity_providers": "identityProviders",
        "internationalization_enabled": "internationalizationEnabled",
        "keycloak_version": "keycloakVersion",
        "localization_texts": "localizationTexts",
        "login_theme": "loginTheme",
        "login_with_email_allowed": "loginWithEmailAllowed",
        "max_delta_time_seconds": "maxDeltaTimeSeconds",
        "max_failure_wait_seconds": "maxFailureWaitSeconds",
        "max_temporary_lockouts": "maxTemporaryLockouts",
        "minimum_quick_login_wait_seconds": "minimumQuickLoginWaitSeconds",
        "not_before": "notBefore",
        "oauth2_device_code_lifespan": "oauth2DeviceCodeLifespan",
        "oauth2_device_polling_interval": "oauth2DevicePollingInterval",
        "oauth_clients": "oauthClients",
        "offline_session_idle_timeout": "offlineSessionIdleTimeout",
        "offline_session_max_lifespan": "offlineSessionMaxLifespan",
        "offline_session_max_lifespan_enabled": "offlineSessionMaxLifespanEnabled",
        "organizations": "organizations",
        "organizations_enabled": "organizationsEnabled",
        "otp_policy_algorithm": "otpPolicyAlgorithm",
        "otp_policy_code_reusable": "otpPolicyCodeReusable",
        "otp_policy_digits": "otpPolicyDigits",
        "otp_policy_initial_counter": "otpPolicyInitialCounter",
        "otp_policy_look_ahead_window": "otpPolicyLookAheadWindow",
        "otp_policy_period": "otpPolicyPeriod",
        "otp_policy_type": "otpPolicyType",
        "otp_supported_applications": "otpSupportedApplications",
        "password_credential_grant_allowed": "passwordCredentialGrantAllowed",
        "password_policy": "passwordPolicy",
        "permanent_lockout": "permanentLockout",
        "private_key": "privateKey",
        "protocol_mappers": "protocolMappers",
        "public_key": "publicKey",
        "quick_login_check_milli_seconds": "quickLoginCheckMilliSeconds",
        "realm": "realm",
        "refresh_token_max_reuse": "refreshTokenMaxReuse",
        "registration_allowed": "registrationAllowed",
        "registration_email_as_username": "registrationEmailAsUsername",
        "registration_flow": "registrationFlow",
        "remember_me": "rememberMe",
        "required_actions": "requiredActions",
        "required_credentials": "requiredCredentials",
        "reset_credentials_flow": "resetCredentialsFlow",
        "reset_password_allowed": "resetPasswordAllowed",
        "revoke_refresh_token": "revokeRefreshToken",
        "roles": "roles",
        "scope_mappings": "scopeMappings",
        "smtp_server": "smtpServer",
        "social": "social",
        "social_providers": "socialProviders",
        "ssl_required": "sslRequired",
        "sso_session_idle_timeout": "ssoSessionIdleTimeout",
        "sso_session_idle_timeout_remember_me": "ssoSessionIdleTimeoutRememberMe",
        "sso_session_max_lifespan": "ssoSessionMaxLifespan",
        "sso_session_max_lifespan_remember_me": "ssoSessionMaxLifespanRememberMe",
        "supported_locales": "supportedLocales",
        "update_profile_on_initial_social_login": "updateProfileOnInitialSocialLogin",
        "user_federation_mappers": "userFederationMappers",
        "user_federation_providers": "userFederationProviders",
        "user_managed_access_allowed": "userManagedAccessAllowed",
        "users": "users",
        "verify_email": "verifyEmail",
        "wait_increment_seconds": "waitIncrementSeconds",
        "web_authn_policy_acceptable_aaguids": "webAuthnPolicyAcceptableAaguids",
        "web_authn_policy_attestation_conveyance_preference": "webAuthnPolicyAttestationConveyancePreference",
        "web_authn_policy_authenticator_attachment": "webAuthnPolicyAuthenticatorAttachment",
        "web_authn_policy_avoid_same_authenticator_register": "webAuthnPolicyAvoidSameAuthenticatorRegister",
        "web_authn_policy_create_timeout": "webAuthnPolicyCreateTimeout",
        "web_authn_policy_extra_origins": "webAuthnPolicyExtraOrigins",
        "web_authn_policy_passwordless_acceptable_aaguids": "webAuthnPolicyPasswordlessAcceptableAaguids",
        "web_authn_policy_passwordless_attestation_conveyance_preference": "webAuthnPolicyPasswordlessAttestationConveyancePreference",
        "web_authn_policy_passwordless_authenticator_attachment": "webAuthnPolicyPasswordlessAuthenticatorAttachment",
        "web_authn_policy_passwordless_avoid_same_authenticator_register": "webAuthnPolicyPasswordlessAvoidSameAuthenticatorRegister",
        "web_authn_policy_passwordless_create_timeout": "webAuthnPolicyPasswordlessCreateTimeout",
        "web_authn_policy_passwordless_extra_origins": "webAuthnPolicyPasswordlessExtraOrigins",
        "web_authn_policy_passwordless_require_resident_key": "webAuthnPolicyPasswordlessRequireResidentKey",
        "web_authn_policy_passwordless_rp_entity_name": "webAuthnPolicyPasswordlessRpEntityName",
        "web_authn_policy_passwordless_rp_id": "webAuthnPolicyPasswordlessRpId",
        "web_authn_policy_passwordless_signature_algorithms": "webAuthnPolicyPasswordlessSignatureAlgorithms",
        "web_authn_policy_passwordless_user_verification_requirement": "webAuthnPolicyPasswordlessUserVerificationRequirement",
        "web_authn_policy_require_resident_key": "webAuthnPolicyRequireResidentKey",
        "web_authn_policy_rp_entity_name": "webAuthnPolicyRpEntityName",
        "web_authn_policy_rp_id": "webAuthnPolicyRpId",
        "web_authn_policy_signature_algorithms": "webAuthnPolicySignatureAlgorithms",
        "web_authn_policy_user_verification_requirement": "webAuthnPolicyUserVerificationRequirement",
    },
)
class KeycloakRealmImportSpecRealm:
    def __init__(
        self,
        *,
        access_code_lifespan: typing.Optional[jsii.Number] = None,
        access_code_lifespan_login: typing.Optional[jsii.Number] = None,
        access_code_lifespan_user_action: typing.Optional[jsii.Number] = None,
        access_token_lifespan: typing.Optional[jsii.Number] = None,
        access_token_lifespan_for_implicit_flow: typing.Optional[jsii.Number] = None,
        account_theme: typing.Optional[builtins.str] = None,
        action_token_generated_by_admin_lifespan: typing.Optional[jsii.Number] = None,
        action_token_generated_by_user_lifespan: typing.Optional[jsii.Number] = None,
        admin_events_details_enabled: typing.Optional[builtins.bool] = None,
        admin_events_enabled: typing.Optional[builtins.bool] = None,
        admin_theme: typing.Optional[builtins.str] = None,
        applications: typing.Optional[typing.Sequence[typing.Union["KeycloakRealmImportSpecRealmApplications", typing.Dict[builtins.str, typing.Any]]]] = None,
        application_scope_mappings: typing.Optional[typing.Mapping[builtins.str, typing.Sequence[typing.Any]]] = None,
        attributes: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        authentication_flows: typing.Optional[typing.Sequence[typing.Union["KeycloakRealmImportSpecRealmAuthenticationFlows", typing.Dict[builtins.str, typing.Any]]]] = None,
        authenticator_config: typing.Optional[typing.Sequence[typing.Union["KeycloakRealmImportSpecRealmAuthenticatorConfig", typing.Dict[builtins.str, typing.Any]]]] = None,
        browser_flow: typing.Optional[builtins.str] = None,
        browser_security_headers: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        brute_force_protected: typing.Optional[builtins.bool] = None,
        certificate: typing.Optional[builtins.str] = None,
        client_authentication_flow: typing.Optional[builtins.str] = None,
        client_offline_session_idle_timeout: typing.Optional[jsii.Number] = None,
        client_offline_session_max_lifespan: typing.Optional[jsii.Number] = None,
        client_policies: typing.Any = None,
        client_profiles: typing.Any = None,
        clients: typing.Optional[typing.Sequence[typing.Union["KeycloakRealmImportSpecRealmClients", typing.Dict[builtins.str, typing.Any]]]] = None,
        client_scope_mappings: typing.Optional[typing.Mapping[builtins.str, typing.Sequence[typing.Any]]] = None,
        client_scopes: typing.Optional[typing.Sequence[typing.Union["KeycloakRealmImportSpecRealmClientScopes", typing.Dict[builtins.str, typing.Any]]]] = None,
        client_session_idle_timeout: typing.Optional[jsii.Number] = None,
        client_session_max_lifespan: typing.Optional[jsii.Number] = None,
        client_templates: typing.Optional[typing.Sequence[typing.Union["KeycloakRealmImportSpecRealmClientTemplates", typing.Dict[builtins.str, typing.Any]]]] = None,
        code_secret: typing.Optional[builtins.str] = None,
        components: typing.Optional[typing.Mapping[builtins.str, typing.Sequence[typing.Any]]] = None,
        default_default_client_scopes: typing.Optional[typing.Sequence[builtins.str]] = None,
        default_groups: typing.Optional[typing.Sequence[builtins.str]] = None,
        default_locale: typing.Optional[builtins.str] = None,
        default_optional_client_scopes: typing.Optional[typing.Sequence[builtins.str]] = None,
        default_role: typing.Optional[typing.Union["KeycloakRealmImportSpecRealmDefaultRole", typing.Dict[builtins.str, typing.Any]]] = None,
        default_roles: typing.Optional[typing.Sequence[builtins.str]] = None,
        default_signature_algorithm: typing.Optional[builtins.str] = None,
        direct_grant_flow: typing.Optional[builtins.str] = None,
        display_name: typing.Optional[builtins.str] = None,
        display_name_html: typing.Optional[builtins.str] = None,
        docker_authentication_flow: typing.Optional[builtins.str] = None,
        duplicate_emails_allowed: typing.Optional[builtins.bool] = None,
        edit_username_allowed: typing.Optional[builtins.bool] = None,
        email_theme: typing.Optional[builtins.str] = None,
        enabled: typing.Optional[builtins.bool] = None,
        enabled_event_types: typing.Optional[typing.Sequence[builtins.str]] = None,
        events_enabled: typing.Optional[builtins.bool] = None,
        events_expiration: typing.Optional[jsii.Number] = None,
        events_listeners: typing.Optional[typing.Sequence[builtins.str]] = None,
        failure_factor: typing.Optional[jsii.Number] = None,
        federated_users: typing.Optional[typing.Sequence[typing.Union["KeycloakRealmImportSpecRealmFederatedUsers", typing.Dict[builtins.str, typing.Any]]]] = None,
        first_broker_login_flow: typing.Optional[builtins.str] = None,
        groups: typing.Optional[typing.Sequence[typing.Union["KeycloakRealmImportSpecRealmGroups", typing.Dict[builtins.str, typing.Any]]]] = None,
        id: typing.Optional[builtins.str] = None,
        identity_provider_mappers: typing.Optional[typing.Sequence[typing.Union["KeycloakRealmImportSpecRealmIdentityProviderMappers", typing.Dict[builtins.str, typing.Any]]]] = None,
        identity_providers: typing.Optional[typing.Sequence[typing.Union["KeycloakRealmImportSpecRealmIdentityProviders", typing.Dict[builtins.str, typing.Any]]]] = None,
        internationalization_enabled: typing.Optional[builtins.bool] = None,
        keycloak_version: typing.Optional[builtins.str] = None,
        localization_texts: typing.Optional[typing.Mapping[builtins.str, typing.Any]] = None,
        login_theme: typing.Optional[builtins.str] = None,
        login_with_email_allowed: typing.Optional[builtins.bool] = None,
        max_delta_time_seconds: typing.Optional[jsii.Number] = None,
        max_failure_wait_seconds: typing.Optional[jsii.Number] = None,
        max_temporary_lockouts: typing.Optional[jsii.Number] = None,
        minimum_quick_login_wait_seconds: typing.Optional[jsii.Number] = None,
        not_before: typing.Optional[jsii.Number] = None,
        oauth2_device_code_lifespan: typing.Optional[jsii.Number] = None,
        oauth2_device_polling_interval: typing.Optional[jsii.Number] = None,
        oauth_clients: typing.Optional[typing.Sequence[typing.Union["KeycloakRealmImportSpecRealmOauthClients", typing.Dict[builtins.str, typing.Any]]]] = None,
        offline_session_idle_timeout: typing.Optional[jsii.Number] = None,
        offline_session_max_lifespan: typing.Optional[jsii.Number] = None,
        offline_session_max_lifespan_enabled: typing.Optional[builtins.bool] = None,
        organizations: typing.Optional[typing.Sequence[typing.Union["KeycloakRealmImportSpecRealmOrganizations", typing.Dict[builtins.str, typing.Any]]]] = None,
        organizations_enabled: typing.Optional[builtins.bool] = None,
        otp_policy_algorithm: typing.Optional[builtins.str] = None,
        otp_policy_code_reusable: typing.Optional[builtins.bool] = None,
        otp_policy_digits: typing.Optional[jsii.Number] = None,
        otp_policy_initial_counter: typing.Optional[jsii.Number] = None,
        otp_policy_look_ahead_window: typing.Optional[jsii.Number] = None,
        otp_policy_period: typing.Optional[jsii.Number] = None,
        otp_policy_type: typing.Optional[builtins.str] = None,
        otp_supported_applications: typing.Optional[typing.Sequence[builtins.str]] = None,
        password_credential_grant_allowed: typing.Optional[builtins.bool] = None,
        password_policy: typing.Optional[builtins.str] = None,
        permanent_lockout: typing.Optional[builtins.bool] = None,
        private_key: typing.Optional[builtins.str] = None,
        protocol_mappers: typing.Optional[typing.Sequence[typing.Union["KeycloakRealmImportSpecRealmProtocolMappers", typing.Dict[builtins.str, typing.Any]]]] = None,
        public_key: typing.Optional[builtins.str] = None,
        quick_login_check_milli_seconds: typing.Optional[jsii.Number] = None,
        realm: typing.Optional[builtins.str] = None,
        refresh_token_max_reuse: typing.Optional[jsii.Number] = None,
        registration_allowed: typing.Optional[builtins.bool] = None,
        registration_email_as_username: typing.Optional[builtins.bool] = None,
        registration_flow: typing.Optional[builtins.str] = None,
        remember_me: typing.Optional[builtins.bool] = None,
        required_actions: typing.Optional[typing.Sequence[typing.Union["KeycloakRealmImportSpecRealmRequiredActions", typing.Dict[builtins.str, typing.Any]]]] = None,
        required_credentials: typing.Optional[typing.Sequence[builtins.str]] = None,
        reset_credentials_flow: typing.Optional[builtins.str] = None,
        reset_password_allowed: typing.Optional[builtins.bool] = None,
        revoke_refresh_token: typing.Optional[builtins.bool] = None,
        roles: typing.Optional[typing.Union["KeycloakRealmImportSpecRealmRoles", typing.Dict[builtins.str, typing.Any]]] = None,
        scope_mappings: typing.Optional[typing.Sequence[typing.Union["KeycloakRealmImportSpecRealmScopeMappings", typing.Dict[builtins.str, typing.Any]]]] = None,
        smtp_server: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        social: typing.Optional[builtins.bool] = None,
        social_providers: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        ssl_required: typing.Optional[builtins.str] = None,
        sso_session_idle_timeout: typing.Optional[jsii.Number] = None,
        sso_session_idle_timeout_remember_me: typing.Optional[jsii.Number] = None,
        sso_session_max_lifespan: typing.Optional[jsii.Number] = None,
        sso_session_max_lifespan_remember_me: typing.Optional[jsii.Number] = None,
        supported_locales: typing.Optional[typing.Sequence[builtins.str]] = None,
        update_profile_on_initial_social_login: typing.Optional[builtins.bool] = None,
        user_federation_mappers: typing.Optional[typing.Sequence[typing.Union["KeycloakRealmImportSpecRealmUserFederationMappers", typing.Dict[builtins.str, typing.Any]]]] = None,
        user_federation_providers: typing.Optional[typing.Sequence[typing.Union["KeycloakRealmImportSpecRealmUserFederationProviders", typing.Dict[builtins.str, typing.Any]]]] = None,
        user_managed_access_allowed: typing.Optional[builtins.bool] = None,
        users: typing.Optional[typing.Sequence[typing.Union["KeycloakRealmImportSpecRealmUsers", typing.Dict[builtins.str, typing.Any]]]] = None,
        verify_email: typing.Optional[builtins.bool] = None,
        wait_increment_seconds: typing.Optional[jsii.Number] = None,
        web_authn_policy_acceptable_aaguids: typing.Optional[typing.Sequence[builtins.str]] = None,
        web_authn_policy_attestation_conveyance_preference: typing.Optional[builtins.str] = None,
        web_authn_policy_authenticator_attachment: typing.Optional[builtins.str] = None,
        web_authn_policy_avoid_same_authenticator_register: typing.Optional[builtins.bool] = None,
        web_authn_policy_create_timeout: typing.Optional[jsii.Number] = None,
        web_authn_policy_extra_origins: typing.Optional[typing.Sequence[builtins.str]] = None,
        web_authn_policy_passwordless_acceptable_aaguids: typing.Optional[typing.Sequence[builtins.str]] = None,
        web_authn_policy_passwordless_attestation_conveyance_preference: typing.Optional[builtins.str] = None,
        web_authn_policy_passwordless_authenticator_attachment: typing.Optional[builtins.str] = None,
        web_authn_policy_passwordless_avoid_same_authenticator_register: typing.Optional[builtins.bool] = None,
        web_authn_policy_passwordless_create_timeout: typing.Optional[jsii.Number] = None,
        web_authn_policy_passwordless_extra_origins: typing.Optional[typing.Sequence[builtins.str]] = None,
        web_authn_policy_passwordless_require_resident_key: typing.Optional[builtins.str] = None,
        web_authn_policy_passwordless_rp_entity_name: typing.Optional[builtins.str] = None,
        web_authn_policy_passwordless_rp_id: typing.Optional[builtins.str] = None,
        web_authn_policy_passwordless_signature_algorithms: typing.Optional[typing.Sequence[builtins.str]] = None,
        web_authn_policy_passwordless_user_verification_requirement: typing.Optional[builtins.str] = None,
        web_authn_policy_require_resident_key: typing.Optional[builtins.str] = None,
        web_authn_policy_rp_entity_name: typing.Optional[builtins.str] = None,
        web_authn_policy_rp_id: typing.Optional[builtins.str] = None,
        web_authn_policy_signature_algorithms: typing.Optional[typing.Sequence[builtins.str]] = None,
        web_authn_policy_user_verification_requirement: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The RealmRepresentation to import into Keycloak.

        :param access_code_lifespan: 
        :param access_code_lifespan_login: 
        :param access_code_lifespan_user_action: 
        :param access_token_lifespan: 
        :param access_token_lifespan_for_implicit_flow: 
        :param account_theme: 
        :param action_token_generated_by_admin_lifespan: 
        :param action_token_generated_by_user_lifespan: 
        :param admin_events_details_enabled: 
        :param admin_events_enabled: 
        :param admin_theme: 
        :param applications: 
        :param application_scope_mappings: 
        :param attributes: 
        :param authentication_flows: 
        :param authenticator_config: 
        :param browser_flow: 
        :param browser_security_headers: 
        :param brute_force_protected: 
        :param certificate: 
        :param client_authentication_flow: 
        :param client_offline_session_idle_timeout: 
        :param client_offline_session_max_lifespan: 
        :param client_policies: 
        :param client_profiles: 
        :param clients: 
        :param client_scope_mappings: 
        :param client_scopes: 
        :param client_session_idle_timeout: 
        :param client_session_max_lifespan: 
        :param client_templates: 
        :param code_secret: 
        :param components: 
        :param default_default_client_scopes: 
        :param default_groups: 
        :param default_locale: 
        :param default_optional_client_scopes: 
        :param default_role: 
        :param default_roles: 
        :param default_signature_algorithm: 
        :param direct_grant_flow: 
        :param display_name: 
        :param display_name_html: 
        :param docker_authentication_flow: 
        :param duplicate_emails_allowed: 
        :param edit_username_allowed: 
        :param email_theme: 
        :param enabled: 
        :param enabled_event_types: 
        :param events_enabled: 
        :param events_expiration: 
        :param events_listeners: 
        :param failure_factor: 
        :param federated_users: 
        :param first_broker_login_flow: 
        :param groups: 
        :param id: 
        :param identity_provider_mappers: 
        :param identity_providers: 
        :param internationalization_enabled: 
        :param keycloak_version: 
        :param localization_texts: 
        :param login_theme: 
        :param login_with_email_allowed: 
        :param max_delta_time_seconds: 
        :param max_failure_wait_seconds: 
        :param max_temporary_lockouts: 
        :param minimum_quick_login_wait_seconds: 
        :param not_before: 
        :param oauth2_device_code_lifespan: 
        :param oauth2_device_polling_interval: 
        :param oauth_clients: 
        :param offline_session_idle_timeout: 
        :param offline_session_max_lifespan: 
        :param offline_session_max_lifespan_enabled: 
        :param organizations: 
        :param organizations_enabled: 
        :param otp_policy_algorithm: 
        :param otp_policy_code_reusable: 
        :param otp_policy_digits: 
        :param otp_policy_initial_counter: 
        :param otp_policy_look_ahead_window: 
        :param otp_policy_period: 
        :param otp_policy_type: 
        :param otp_supported_applications: 
        :param password_credential_grant_allowed: 
        :param password_policy: 
        :param permanent_lockout: 
        :param private_key: 
        :param protocol_mappers: 
        :param public_key: 
        :param quick_login_check_milli_seconds: 
        :param realm: 
        :param refresh_token_max_reuse: 
        :param registration_allowed: 
        :param registration_email_as_username: 
        :param registration_flow: 
        :param remember_me: 
        :param required_actions: 
        :param required_credentials: 
        :param reset_credentials_flow: 
        :param reset_password_allowed: 
        :param revoke_refresh_token: 
        :param roles: 
        :param scope_mappings: 
        :param smtp_server: 
        :param social: 
        :param social_providers: 
        :param ssl_required: 
        :param sso_session_idle_timeout: 
        :param sso_session_idle_timeout_remember_me: 
        :param sso_session_max_lifespan: 
        :param sso_session_max_lifespan_remember_me: 
        :param supported_locales: 
        :param update_profile_on_initial_social_login: 
        :param user_federation_mappers: 
        :param user_federation_providers: 
        :param user_managed_access_allowed: 
        :param users: 
        :param verify_email: 
        :param wait_increment_seconds: 
        :param web_authn_policy_acceptable_aaguids: 
        :param web_authn_policy_attestation_conveyance_preference: 
        :param web_authn_policy_authenticator_attachment: 
        :param web_authn_policy_avoid_same_authenticator_register: 
        :param web_authn_policy_create_timeout: 
        :param web_authn_policy_extra_origins: 
        :param web_authn_policy_passwordless_acceptable_aaguids: 
        :param web_authn_policy_passwordless_attestation_conveyance_preference: 
        :param web_authn_policy_passwordless_authenticator_attachment: 
        :param web_authn_policy_passwordless_avoid_same_authenticator_register: 
        :param web_authn_policy_passwordless_create_timeout: 
        :param web_authn_policy_passwordless_extra_origins: 
        :param web_authn_policy_passwordless_require_resident_key: 
        :param web_authn_policy_passwordless_rp_entity_name: 
        :param web_authn_policy_passwordless_rp_id: 
        :param web_authn_policy_passwordless_signature_algorithms: 
        :param web_authn_policy_passwordless_user_verification_requirement: 
        :param web_authn_policy_require_resident_key: 
        :param web_authn_policy_rp_entity_name: 
        :param web_authn_policy_rp_id: 
        :param web_authn_policy_signature_algorithms: 
        :param web_authn_policy_user_verification_requirement: 

        :schema: KeycloakRealmImportSpecRealm
        '''
        if isinstance(default_role, dict):
            default_role = KeycloakRealmImportSpecRealmDefaultRole(**default_role)
        if isinstance(roles, dict):
            roles = KeycloakRealmImportSpecRealmRoles(**roles)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__cdbd6d4e263a9548f56e7e7a032d3bdce426861e8a1be6d092b3f2e11a0d0609)
            check_type(argname="argument access_code_lifespan", value=access_code_lifespan, expected_type=type_hints["access_code_lifespan"])
            check_type(argname="argument access_code_lifespan_login", value=access_code_lifespan_login, expected_type=type_hints["access_code_lifespan_login"])
            check_type(argname="argument access_code_lifespan_user_action", value=access_code_lifespan_user_action, expected_type=type_hints["access_code_lifespan_user_action"])
            check_type(argname="argument access_token_lifespan", value=access_token_lifespan, expected_type=type_hints["access_token_lifespan"])
            check_type(argname="argument access_token_lifespan_for_implicit_flow", value=access_token_lifespan_for_implicit_flow, expected_type=type_hints["access_token_lifespan_for_implicit_flow"])
            check_type(argname="argument account_theme", value=account_theme, expected_type=type_hints["account_theme"])
            check_type(argname="argument action_token_generated_by_admin_lifespan", value=action_token_generated_by_admin_lifespan, expected_type=type_hints["action_token_generated_by_admin_lifespan"])
            check_type(argname="argument action_token_generated_by_user_lifespan", value=action_token_generated_by_user_lifespan, expected_type=type_hints["action_token_generated_by_user_lifespan"])
            check_type(argname="argument admin_events_details_enabled", value=admin_events_details_enabled, expected_type=type_hints["admin_events_details_enabled"])
            check_type(argname="argument admin_events_enabled", value=admin_events_enabled, expected_type=type_hints["admin_events_enabled"])
            check_type(argname="argument admin_theme", value=admin_theme, expected_type=type_hints["admin_theme"])
            check_type(argname="argument applications", value=applications, expected_type=type_hints["applications"])
            check_type(argname="argument application_scope_mappings", value=application_scope_mappings, expected_type=type_hints["application_scope_mappings"])
            check_type(argname="argument attributes", value=attributes, expected_type=type_hints["attributes"])
            check_type(argname="argument authentication_flows", value=authentication_flows, expected_type=type_hints["authentication_flows"])
            check_type(argname="argument authenticator_config", value=authenticator_config, expected_type=type_hints["authenticator_config"])
            check_type(argname="argument browser_flow", value=browser_flow, expected_type=type_hints["browser_flow"])
            check_type(argname="argument browser_security_headers", value=browser_security_headers, expected_type=type_hints["browser_security_headers"])
            check_type(argname="argument brute_force_protected", value=brute_force_protected, expected_type=type_hints["brute_force_protected"])
            check_type(argname="argument certificate", value=certificate, expected_type=type_hints["certificate"])
            check_type(argname="argument client_authentication_flow", value=client_authentication_flow, expected_type=type_hints["client_authentication_flow"])
            check_type(argname="argument client_offline_session_idle_timeout", value=client_offline_session_idle_timeout, expected_type=type_hints["client_offline_session_idle_timeout"])
            check_type(argname="argument client_offline_session_max_lifespan", value=client_offline_session_max_lifespan, expected_type=type_hints["client_offline_session_max_lifespan"])
            check_type(argname="argument client_policies", value=client_policies, expected_type=type_hints["client_policies"])
            check_type(argname="argument client_profiles", value=client_profiles, expected_type=type_hints["client_profiles"])
            check_type(argname="argument clients", value=clients, expected_type=type_hints["clients"])
            check_type(argname="argument client_scope_mappings", value=client_scope_mappings, expected_type=type_hints["client_scope_mappings"])
            check_type(argname="argument client_scopes", value=client_scopes, expected_type=type_hints["client_scopes"])
            check_type(argname="argument client_session_idle_timeout", value=client_session_idle_timeout, expected_type=type_hints["client_session_idle_timeout"])
            check_type(argname="argument client_session_max_lifespan", value=client_session_max_lifespan, expected_type=type_hints["client_session_max_lifespan"])
            check_type(argname="argument client_templates", value=client_templates, expected_type=type_hints["client_templates"])
            check_type(argname="argument code_secret", value=code_secret, expected_type=type_hints["code_secret"])
            check_type(argname="argument components", value=components, expected_type=type_hints["components"])
            check_type(argname="argument default_default_client_scopes", value=default_default_client_scopes, expected_type=type_hints["default_default_client_scopes"])
            check_type(argname="argument default_groups", value=default_groups, expected_type=type_hints["default_groups"])
            check_type(argname="argument default_locale", value=default_locale, expected_type=type_hints["default_locale"])
            check_type(argname="argument default_optional_client_scopes", value=default_optional_client_scopes, expected_type=type_hints["default_optional_client_scopes"])
            check_type(argname="argument default_role", value=default_role, expected_type=type_hints["default_role"])
            check_type(argname="argument default_roles", value=default_roles, expected_type=type_hints["default_roles"])
            check_type(argname="argument default_signature_algorithm", value=default_signature_algorithm, expected_type=type_hints["default_signature_algorithm"])
            check_type(argname="argument direct_grant_flow", value=direct_grant_flow, expected_type=type_hints["direct_grant_flow"])
            check_type(argname="argument display_name", value=display_name, expected_type=type_hints["display_name"])
            check_type(argname="argument display_name_html", value=display_name_html, expected_type=type_hints["display_name_html"])
            check_type(argname="argument docker_authentication_flow", value=docker_authentication_flow, expected_type=type_hints["docker_authentication_flow"])
            check_type(argname="argument duplicate_emails_allowed", value=duplicate_emails_allowed, expected_type=type_hints["duplicate_emails_allowed"])
            check_type(argname="argument edit_username_allowed", value=edit_username_allowed, expected_type=type_hints["edit_username_allowed"])
            check_type(argname="argument email_theme", value=email_theme, expected_type=type_hints["email_theme"])
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
            check_type(argname="argument enabled_event_types", value=enabled_event_types, expected_type=type_hints["enabled_event_types"])
            check_type(argname="argument events_enabled", value=events_enabled, expected_type=type_hints["events_enabled"])
            check_type(argname="argument events_expiration", value=events_expiration, expected_type=type_hints["events_expiration"])
            check_type(argname="argument events_listeners", value=events_listeners, expected_type=type_hints["events_listeners"])
            check_type(argname="argument failure_factor", value=failure_factor, expected_type=type_hints["failure_factor"])
            check_type(argname="argument federated_users", value=federated_users, expected_type=type_hints["federated_users"])
            check_type(argname="argument first_broker_login_flow", value=first_broker_login_flow, expected_type=type_hints["first_broker_login_flow"])
            check_type(argname="argument groups", value=groups, expected_type=type_hints["groups"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument identity_provider_mappers", value=identity_provider_mappers, expected_type=type_hints["identity_provider_mappers"])
            check_type(argname="argument identity_providers", value=identity_providers, expected_type=type_hints["identity_providers"])
            check_type(argname="argument internationalization_enabled", value=internationalization_enabled, expected_type=type_hints["internationalization_enabled"])
            check_type(argname="argument keycloak_version", value=keycloak_version, expected_type=type_hints["keycloak_version"])
            check_type(argname="argument localization_texts", value=localization_texts, expected_type=type_hints["localization_texts"])
            check_type(argname="argument login_theme", value=login_theme, expected_type=type_hints["login_theme"])
            check_type(argname="argument login_with_email_allowed", value=login_with_email_allowed, expected_type=type_hints["login_with_email_allowed"])
            check_type(argname="argument max_delta_time_seconds", value=max_delta_time_seconds, expected_type=type_hints["max_delta_time_seconds"])
            check_type(argname="argument max_failure_wait_seconds", value=max_failure_wait_seconds, expected_type=type_hints["max_failure_wait_seconds"])
            check_type(argname="argument max_temporary_lockouts", value=max_temporary_lockouts, expected_type=type_hints["max_temporary_lockouts"])
            check_type(argname="argument minimum_quick_login_wait_seconds", value=minimum_quick_login_wait_seconds, expected_type=type_hints["minimum_quick_login_wait_seconds"])
            check_type(argname="argument not_before", value=not_before, expected_type=type_hints["not_before"])
            check_type(argname="argument oauth2_device_code_lifespan", value=oauth2_device_code_lifespan, expected_type=type_hints["oauth2_device_code_lifespan"])
            check_type(argname="argument oauth2_device_polling_interval", value=oauth2_device_polling_interval, expected_type=type_hints["oauth2_device_polling_interval"])
            check_type(argname="argument oauth_clients", value=oauth_clients, expected_type=type_hints["oauth_clients"])
            check_type(argname="argument offline_session_idle_timeout", value=offline_session_idle_timeout, expected_type=type_hints["offline_session_idle_timeout"])
            check_type(argname="argument offline_session_max_lifespan", value=offline_session_max_lifespan, expected_type=type_hints["offline_session_max_lifespan"])
            check_type(argname="argument offline_session_max_lifespan_enabled", value=offline_session_max_lifespan_enabled, expected_type=type_hints["offline_session_max_lifespan_enabled"])
            check_type(argname="argument organizations", value=organizations, expected_type=type_hints["organizations"])
            check_type(argname="argument organizations_enabled", value=organizations_enabled, expected_type=type_hints["organizations_enabled"])
            check_type(argname="argument otp_policy_algorithm", value=otp_policy_algorithm, expected_type=type_hints["otp_policy_algorithm"])
            check_type(argname="argument otp_policy_code_reusable", value=otp_policy_code_reusable, expected_type=type_hints["otp_policy_code_reusable"])
            check_type(argname="argument otp_policy_digits", value=otp_policy_digits, expected_type=type_hints["otp_policy_digits"])
            check_type(argname="argument otp_policy_initial_counter", value=otp_policy_initial_counter, expected_type=type_hints["otp_policy_initial_counter"])
            check_type(argname="argument otp_policy_look_ahead_window", value=otp_policy_look_ahead_window, expected_type=type_hints["otp_policy_look_ahead_window"])
            check_type(argname="argument otp_policy_period", value=otp_policy_period, expected_type=type_hints["otp_policy_period"])
            check_type(argname="argument otp_policy_type", value=otp_policy_type, expected_type=type_hints["otp_policy_type"])
            check_type(argname="argument otp_supported_applications", value=otp_supported_applications, expected_type=type_hints["otp_supported_applications"])
            check_type(argname="argument password_credential_grant_allowed", value=password_credential_grant_allowed, expected_type=type_hints["password_credential_grant_allowed"])
            check_type(argname="argument password_policy", value=password_policy, expected_type=type_hints["password_policy"])
            check_type(argname="argument permanent_lockout", value=permanent_lockout, expected_type=type_hints["permanent_lockout"])
            check_type(argname="argument private_key", value=private_key, expected_type=type_hints["private_key"])
            check_type(argname="argument protocol_mappers", value=protocol_mappers, expected_type=type_hints["protocol_mappers"])
            check_type(argname="argument public_key", value=public_key, expected_type=type_hints["public_key"])
            check_type(argname="argument quick_login_check_milli_seconds", value=quick_login_check_milli_seconds, expected_type=type_hints["quick_login_check_milli_seconds"])
            check_type(argname="argument realm", value=realm, expected_type=type_hints["realm"])
            check_type(argname="argument refresh_token_max_reuse", value=refresh_token_max_reuse, expected_type=type_hints["refresh_token_max_reuse"])
            check_type(argname="argument registration_allowed", value=registration_allowed, expected_type=type_hints["registration_allowed"])
            check_type(argname="argument registration_email_as_username", value=registration_email_as_username, expected_type=type_hints["registration_email_as_username"])
            check_type(argname="argument registration_flow", value=registration_flow, expected_type=type_hints["registration_flow"])
            check_type(argname="argument remember_me", value=remember_me, expected_type=type_hints["remember_me"])
            check_type(argname="argument required_actions", value=required_actions, expected_type=type_hints["required_actions"])
            check_type(argname="argument required_credentials", value=required_credentials, expected_type=type_hints["required_credentials"])
            check_type(argname="argument reset_credentials_flow", value=reset_credentials_flow, expected_type=type_hints["reset_credentials_flow"])
            check_type(argname="argument reset_password_allowed", value=reset_password_allowed, expected_type=type_hints["reset_password_allowed"])
            check_type(argname="argument revoke_refresh_token", value=revoke_refresh_token, expected_type=type_hints["revoke_refresh_token"])
            check_type(argname="argument roles", value=roles, expected_type=type_hints["roles"])
            check_type(argname="argument scope_mappings", value=scope_mappings, expected_type=type_hints["scope_mappings"])
            check_type(argname="argument smtp_server", value=smtp_server, expected_type=type_hints["smtp_server"])
            check_type(argname="argument social", value=social, expected_type=type_hints["social"])
            check_type(argname="argument social_providers", value=social_providers, expected_type=type_hints["social_providers"])
            check_type(argname="argument ssl_required", value=ssl_required, expected_type=type_hints["ssl_required"])
            check_type(argname="argument sso_session_idle_timeout", value=sso_session_idle_timeout, expected_type=type_hints["sso_session_idle_timeout"])
            check_type(argname="argument sso_session_idle_timeout_remember_me", value=sso_session_idle_timeout_remember_me, expected_type=type_hints["sso_session_idle_timeout_remember_me"])
            check_type(argname="argument sso_session_max_lifespan", value=sso_session_max_lifespan, expected_type=type_hints["sso_session_max_lifespan"])
            check_type(argname="argument sso_session_max_lifespan_remember_me", value=sso_session_max_lifespan_remember_me, expected_type=type_hints["sso_session_max_lifespan_remember_me"])
            check_type(argname="argument supported_locales", value=supported_locales, expected_type=type_hints["supported_locales"])
            check_type(argname="argument update_profile_on_initial_social_login", value=update_profile_on_initial_social_login, expected_type=type_hints["update_profile_on_initial_social_login"])
            check_type(argname="argument user_federation_mappers", value=user_federation_mappers, expected_type=type_hints["user_federation_mappers"])
            check_type(argname="argument user_federation_providers", value=user_federation_providers, expected_type=type_hints["user_federation_providers"])
            check_type(argname="argument user_managed_access_allowed", value=user_managed_access_allowed, expected_type=type_hints["user_managed_access_allowed"])
            check_type(argname="argument users", value=users, expected_type=type_hints["users"])
            check_type(argname="argument verify_email", value=verify_email, expected_type=type_hints["verify_email"])
            check_type(argname="argument wait_increment_seconds", value=wait_increment_seconds, expected_type=type_hints["wait_increment_seconds"])
            check_type(argname="argument web_authn_policy_acceptable_aaguids", value=web_authn_policy_acceptable_aaguids, expected_type=type_hints["web_authn_policy_acceptable_aaguids"])
            check_type(argname="argument web_authn_policy_attestation_conveyance_preference", value=web_authn_policy_attestation_conveyance_preference, expected_type=type_hints["web_authn_policy_attestation_conveyance_preference"])
            check_type(argname="argument web_authn_policy_authenticator_attachment", value=web_authn_policy_authenticator_attachment, expected_type=type_hints["web_authn_policy_authenticator_attachment"])
            check_type(argname="argument web_authn_policy_avoid_same_authenticator_register", value=web_authn_policy_avoid_same_authenticator_register, expected_type=type_hints["web_authn_policy_avoid_same_authenticator_register"])
            check_type(argname="argument web_authn_policy_create_timeout", value=web_authn_policy_create_timeout, expected_type=type_hints["web_authn_policy_create_timeout"])
            check_type(argname="argument web_authn_policy_extra_origins", value=web_authn_policy_extra_origins, expected_type=type_hints["web_authn_policy_extra_origins"])
            check_type(argname="argument web_authn_policy_passwordless_acceptable_aaguids", value=web_authn_policy_passwordless_acceptable_aaguids, expected_type=type_hints["web_authn_policy_passwordless_acceptable_aaguids"])
            check_type(argname="argument web_authn_policy_passwordless_attestation_conveyance_preference", value=web_authn_policy_passwordless_attestation_conveyance_preference, expected_type=type_hints["web_authn_policy_passwordless_attestation_conveyance_preference"])
            check_type(argname="argument web_authn_policy_passwordless_authenticator_attachment", value=web_authn_policy_passwordless_authenticator_attachment, expected_type=type_hints["web_authn_policy_passwordless_authenticator_attachment"])
            check_type(argname="argument web_authn_policy_passwordless_avoid_same_authenticator_register", value=web_authn_policy_passwordless_avoid_same_authenticator_register, expected_type=type_hints["web_authn_policy_passwordless_avoid_same_authenticator_register"])
            check_type(argname="argument web_authn_policy_passwordless_create_timeout", value=web_authn_policy_passwordless_create_timeout, expected_type=type_hints["web_authn_policy_passwordless_create_timeout"])
            check_type(argname="argument web_authn_policy_passwordless_extra_origins", value=web_authn_policy_passwordless_extra_origins, expected_type=type_hints["web_authn_policy_passwordless_extra_origins"])
            check_type(argname="argument web_authn_policy_passwordless_require_resident_key", value=web_authn_policy_passwordless_require_resident_key, expected_type=type_hints["web_authn_policy_passwordless_require_resident_key"])
            check_type(argname="argument web_authn_policy_passwordless_rp_entity_name", value=web_authn_policy_passwordless_rp_entity_name, expected_type=type_hints["web_authn_policy_passwordless_rp_entity_name"])
            check_type(argname="argument web_authn_policy_passwordless_rp_id", value=web_authn_policy_passwordless_rp_id, expected_type=type_hints["web_authn_policy_passwordless_rp_id"])
            check_type(argname="argument web_authn_policy_passwordless_signature_algorithms", value=web_authn_policy_passwordless_signature_algorithms, expected_type=type_hints["web_authn_policy_passwordless_signature_algorithms"])
            check_type(argname="argument web_authn_policy_passwordless_user_verification_requirement", value=web_authn_policy_passwordless_user_verification_requirement, expected_type=type_hints["web_authn_policy_passwordless_user_verification_requirement"])
            check_type(argname="argument web_authn_policy_require_resident_key", value=web_authn_policy_require_resident_key, expected_type=type_hints["web_authn_policy_require_resident_key"])
            check_type(argname="argument web_authn_policy_rp_entity_name", value=web_authn_policy_rp_entity_name, expected_type=type_hints["web_authn_policy_rp_entity_name"])
            check_type(argname="argument web_authn_policy_rp_id", value=web_authn_policy_rp_id, expected_type=type_hints["web_authn_policy_rp_id"])
            check_type(argname="argument web_authn_policy_signature_algorithms", value=web_authn_policy_signature_algorithms, expected_type=type_hints["web_authn_policy_signature_algorithms"])
            check_type(argname="argument web_authn_policy_user_verification_requirement", value=web_authn_policy_user_verification_requirement, expected_type=type_hints["web_authn_policy_user_verification_requirement"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if access_code_lifespan is not None:
            self._values["access_code_lifespan"] = access_code_lifespan
        if access_code_lifespan_login is not None:
            self._values["access_code_lifespan_login"] = access_code_lifespan_login
        if access_code_lifespan_user_action is not None:
            self._values["access_code_lifespan_user_action"] = access_code_lifespan_user_action
        if access_token_lifespan is not None:
            self._values["access_token_lifespan"] = access_token_lifespan
        if access_token_lifespan_for_implicit_flow is not None:
            self._values["access_token_lifespan_for_implicit_flow"] = access_token_lifespan_for_implicit_flow
        if account_theme is not None:
            self._values["account_theme"] = account_theme
        if action_token_generated_by_admin_lifespan is not None:
            self._values["action_token_generated_by_admin_lifespan"] = action_token_generated_by_admin_lifespan
        if action_token_generated_by_user_lifespan is not None:
            self._values["action_token_generated_by_user_lifespan"] = action_token_generated_by_user_lifespan
        if admin_events_details_enabled is not None:
            self._values["admin_events_details_enabled"] = admin_events_details_enabled
        if admin_events_enabled is not None:
            self._values["admin_events_enabled"] = admin_events_enabled
        if admin_theme is not None:
            self._values["admin_theme"] = admin_theme
        if applications is not None:
            self._values["applications"] = applications
        if application_scope_mappings is not None:
            self._values["application_scope_mappings"] = application_scope_mappings
        if attributes is not None:
            self._values["attributes"] = attributes
        if authentication_flows is not None:
            self._values["authentication_flows"] = authentication_flows
        if authenticator_config is not None:
            self._values["authenticator_config"] = authenticator_config
        if browser_flow is not None:
            self._values["browser_flow"] = browser_flow
        if browser_security_headers is not None:
            self._values["browser_security_headers"] = browser_security_headers
        if brute_force_protected is not None:
            self._values["brute_force_protected"] = brute_force_protected
        if certificate is not None:
            self._values["certificate"] = certificate
        if client_authentication_flow is not None:
            self._values["client_authentication_flow"] = client_authentication_flow
        if client_offline_session_idle_timeout is not None:
            self._values["client_offline_session_idle_timeout"] = client_offline_session_idle_timeout
        if client_offline_session_max_lifespan is not None:
            self._values["client_offline_session_max_lifespan"] = client_offline_session_max_lifespan
        if client_policies is not None:
            self._values["client_policies"] = client_policies
        if client_profiles is not None:
            self._values["client_profiles"] = client_profiles
        if clients is not None:
            self._values["clients"] = clients
        if client_scope_mappings is not None:
            self._values["client_scope_mappings"] = client_scope_mappings
        if client_scopes is not None:
            self._values["client_scopes"] = client_scopes
        if client_session_idle_timeout is not None:
            self._values["client_session_idle_timeout"] = client_session_idle_timeout
        if client_session_max_lifespan is not None:
            self._values["client_session_max_lifespan"] = client_session_max_lifespan
        if client_templates is not None:
            self._values["client_templates"] = client_templates
        if code_secret is not None:
            self._values["code_secret"] = code_secret
        if components is not None:
            self._values["components"] = components
        if default_default_client_scopes is not None:
            self._values["default_default_client_scopes"] = default_default_client_scopes
        if default_groups is not None:
            self._values["default_groups"] = default_groups
        if default_locale is not None:
            self._values["default_locale"] = default_locale
        if default_optional_client_scopes is not None:
            self._values["default_optional_client_scopes"] = default_optional_client_scopes
        if default_role is not None:
            self._values["default_role"] = default_role
        if default_roles is not None:
            self._values["default_roles"] = default_roles
        if default_signature_algorithm is not None:
            self._values["default_signature_algorithm"] = default_signature_algorithm
        if direct_grant_flow is not None:
            self._values["direct_grant_flow"] = direct_grant_flow
        if display_name is not None:
            self._values["display_name"] = display_name
        if display_name_html is not None:
            self._values["display_name_html"] = display_name_html
        if docker_authentication_flow is not None:
            self._values["docker_authentication_flow"] = docker_authentication_flow
        if duplicate_emails_allowed is not None:
            self._values["duplicate_emails_allowed"] = duplicate_emails_allowed
        if edit_username_allowed is not None:
            self._values["edit_username_allowed"] = edit_username_allowed
        if email_theme is not None:
            self._values["email_theme"] = email_theme
        if enabled is not None:
            self._values["enabled"] = enabled
        if enabled_event_types is not None:
            self._values["enabled_event_types"] = enabled_event_types
        if events_enabled is not None:
            self._values["events_enabled"] = events_enabled
        if events_expiration is not None:
            self._values["events_expiration"] = events_expiration
        if events_listeners is not None:
            self._values["events_listeners"] = events_listeners
        if failure_factor is not None:
            self._values["failure_factor"] = failure_factor
        if federated_users is not None:
            self._values["federated_users"] = federated_users
        if first_broker_login_flow is not None:
            self._values["first_broker_login_flow"] = first_broker_login_flow
        if groups is not None:
            self._values["groups"] = groups
        if id is not None:
            self._values["id"] = id
        if identity_provider_mappers is not None:
            self._values["identity_provider_mappers"] = identity_provider_mappers
        if identity_providers is not None:
            self._values["identity_providers"] = identity_providers
        if internationalization_enabled is not None:
            self._values["internationalization_enabled"] = internationalization_enabled
        if keycloak_version is not None:
            self._values["keycloak_version"] = keycloak_version
        if localization_texts is not None:
            self._values["localization_texts"] = localization_texts
        if login_theme is not None:
            self._values["login_theme"] = login_theme
        if login_with_email_allowed is not None:
            self._values["login_with_email_allowed"] = login_with_email_allowed
        if max_delta_time_seconds is not None:
            self._values["max_delta_time_seconds"] = max_delta_time_seconds
        if max_failure_wait_seconds is not None:
            self._values["max_failure_wait_seconds"] = max_failure_wait_seconds
        if max_temporary_lockouts is not None:
            self._values["max_temporary_lockouts"] = max_temporary_lockouts
        if minimum_quick_login_wait_seconds is not None:
            self._values["minimum_quick_login_wait_seconds"] = minimum_quick_login_wait_seconds
        if not_before is not None:
            self._values["not_before"] = not_before
        if oauth2_device_code_lifespan is not None:
            self._values["oauth2_device_code_lifespan"] = oauth2_device_code_lifespan
        if oauth2_device_polling_interval is not None:
            self._values["oauth2_device_polling_interval"] = oauth2_device_polling_interval
        if oauth_clients is not None:
            self._values["oauth_clients"] = oauth_clients
        if offline_session_idle_timeout is not None:
            self._values["offline_session_idle_timeout"] = offline_session_idle_timeout
        if offline_session_max_lifespan is not None:
            self._values["offline_session_max_lifespan"] = offline_session_max_lifespan
        if offline_session_max_lifespan_enabled is not None:
            self._values["offline_session_max_lifespan_enabled"] = offline_session_max_lifespan_enabled
        if organizations is not None:
            self._values["organizations"] = organizations
        if organizations_enabled is not None:
            self._values["organizations_enabled"] = organizations_enabled
        if otp_policy_algorithm is not None:
            self._values["otp_policy_algorithm"] = otp_policy_algorithm
        if otp_policy_code_reusable is not None:
            self._values["otp_policy_code_reusable"] = otp_policy_code_reusable
        if otp_policy_digits is not None:
            self._values["otp_policy_digits"] = otp_policy_digits
        if otp_policy_initial_counter is not None:
            self._values["otp_policy_initial_counter"] = otp_policy_initial_counter
        if otp_policy_look_ahead_window is not None:
            self._values["otp_policy_look_ahead_window"] = otp_policy_look_ahead_window
        if otp_policy_period is not None:
            self._values["otp_policy_period"] = otp_policy_period
        if otp_policy_type is not None:
            self._values["otp_policy_type"] = otp_policy_type
        if otp_supported_applications is not None:
            self._values["otp_supported_applications"] = otp_supported_applications
        if password_credential_grant_allowed is not None:
            self._values["password_credential_grant_allowed"] = password_credential_grant_allowed
        if password_policy is not None:
            self._values["password_policy"] = password_policy
        if permanent_lockout is not None:
            self._values["permanent_lockout"] = permanent_lockout
        if private_key is not None:
            self._values["private_key"] = private_key
        if protocol_mappers is not None:
            self._values["protocol_mappers"] = protocol_mappers
        if public_key is not None:
            self._values["public_key"] = public_key
        if quick_login_check_milli_seconds is not None:
            self._values["quick_login_check_milli_seconds"] = quick_login_check_milli_seconds
        if realm is not None:
            self._values["realm"] = realm
        if refresh_token_max_reuse is not None:
            self._values["refresh_token_max_reuse"] = refresh_token_max_reuse
        if registration_allowed is not None:
            self._values["registration_allowed"] = registration_allowed
        if registration_email_as_username is not None:
            self._values["registration_email_as_username"] = registration_email_as_username
        if registration_flow is not None:
            self._values["registration_flow"] = registration_flow
        if remember_me is not None:
            self._values["remember_me"] = remember_me
        if required_actions is not None:
            self._values["required_actions"] = required_actions
        if required_credentials is not None:
            self._values["required_credentials"] = required_credentials
        if reset_credentials_flow is not None:
            self._values["reset_credentials_flow"] = reset_credentials_flow
        if reset_password_allowed is not None:
            self._values["reset_password_allowed"] = reset_password_allowed
        if revoke_refresh_token is not None:
            self._values["revoke_refresh_token"] = revoke_refresh_token
        if roles is not None:
            self._values["roles"] = roles
        if scope_mappings is not None:
            self._values["scope_mappings"] = scope_mappings
        if smtp_server is not None:
            self._values["smtp_server"] = smtp_server
        if social is not None:
            self._values["social"] = social
        if social_providers is not None:
            self._values["social_providers"] = social_providers
        if ssl_required is not None:
            self._values["ssl_required"] = ssl_required
        if sso_session_idle_timeout is not None:
            self._values["sso_session_idle_timeout"] = sso_session_idle_timeout
        if sso_session_idle_timeout_remember_me is not None:
            self._values["sso_session_idle_timeout_remember_me"] = sso_session_idle_timeout_remember_me
        if sso_session_max_lifespan is not None:
            self._values["sso_session_max_lifespan"] = sso_session_max_lifespan
        if sso_session_max_lifespan_remember_me is not None:
            self._values["sso_session_max_lifespan_remember_me"] = sso_session_max_lifespan_remember_me
        if supported_locales is not None:
            self._values["supported_locales"] = supported_locales
        if update_profile_on_initial_social_login is not None:
            self._values["update_profile_on_initial_social_login"] = update_profile_on_initial_social_login
        if user_federation_mappers is not None:
            self._values["user_federation_mappers"] = user_federation_mappers
        if user_federation_providers is not None:
            self._values["user_federation_providers"] = user_federation_providers
        if user_managed_access_allowed is not None:
            self._values["user_managed_access_allowed"] = user_managed_access_allowed
        if users is not None:
            self._values["users"] = users
        if verify_email is not None:
            self._values["verify_email"] = verify_email
        if wait_increment_seconds is not None:
            self._values["wait_increment_seconds"] = wait_increment_seconds
        if web_authn_policy_acceptable_aaguids is not None:
            self._values["web_authn_policy_acceptable_aaguids"] = web_authn_policy_acceptable_aaguids
        if web_authn_policy_attestation_conveyance_preference is not None:
            self._values["web_authn_policy_attestation_conveyance_preference"] = web_authn_policy_attestation_conveyance_preference
        if web_authn_policy_authenticator_attachment is not None:
            self._values["web_authn_policy_authenticator_attachment"] = web_authn_policy_authenticator_attachment
        if web_authn_policy_avoid_same_authenticator_register is not None:
            self._values["web_authn_policy_avoid_same_authenticator_register"] = web_authn_policy_avoid_same_authenticator_register
        if web_authn_policy_create_timeout is not None:
            self._values["web_authn_policy_create_timeout"] = web_authn_policy_create_timeout
        if web_authn_policy_extra_origins is not None:
            self._values["web_authn_policy_extra_origins"] = web_authn_policy_extra_origins
        if web_authn_policy_passwordless_acceptable_aaguids is not None:
            self._values["web_authn_policy_passwordless_acceptable_aaguids"] = web_authn_policy_passwordless_acceptable_aaguids
        if web_authn_policy_passwordless_attestation_conveyance_preference is not None:
            self._values["web_authn_policy_passwordless_attestation_conveyance_preference"] = web_authn_policy_passwordless_attestation_conveyance_preference
        if web_authn_policy_passwordless_authenticator_attachment is not None:
            self._values["web_authn_policy_passwordless_authenticator_attachment"] = web_authn_policy_passwordless_authenticator_attachment
        if web_authn_policy_passwordless_avoid_same_authenticator_register is not None:
            self._values["web_authn_policy_passwordless_avoid_same_authenticator_register"] = web_authn_policy_passwordless_avoid_same_authenticator_register
        if web_authn_policy_passwordless_create_timeout is not None:
            self._values["web_authn_policy_passwordless_create_timeout"] = web_authn_policy_passwordless_create_timeout
        if web_authn_policy_passwordless_extra_origins is not None:
            self._values["web_authn_policy_passwordless_extra_origins"] = web_authn_policy_passwordless_extra_origins
        if web_authn_policy_passwordless_require_resident_key is not None:
            self._values["web_authn_policy_passwordless_require_resident_key"] = web_authn_policy_passwordless_require_resident_key
        if web_authn_policy_passwordless_rp_entity_name is not None:
            self._values["web_authn_policy_passwordless_rp_entity_name"] = web_authn_policy_passwordless_rp_entity_name
        if web_authn_policy_passwordless_rp_id is not None:
            self._values["web_authn_policy_passwordless_rp_id"] = web_authn_policy_passwordless_rp_id
        if web_authn_policy_passwordless_signature_algorithms is not None:
            self._values["web_authn_policy_passwordless_signature_algorithms"] = web_authn_policy_passwordless_signature_algorithms
        if web_authn_policy_passwordless_user_verification_requirement is not None:
            self._values["web_authn_policy_passwordless_user_verification_requirement"] = web_authn_policy_passwordless_user_verification_requirement
        if web_authn_policy_require_resident_key is not None:
            self._values["web_authn_policy_require_resident_key"] = web_authn_policy_require_resident_key
        if web_authn_policy_rp_entity_name is not None:
            self._values["web_authn_policy_rp_entity_name"] = web_authn_policy_rp_entity_name
        if web_authn_policy_rp_id is not None:
            self._values["web_authn_policy_rp_id"] = web_authn_policy_rp_id
        if web_authn_policy_signature_algorithms is not None:
            self._values["web_authn_policy_signature_algorithms"] = web_authn_policy_signature_algorithms
        if web_authn_policy_user_verification_requirement is not None:
            self._values["web_authn_policy_user_verification_requirement"] = web_authn_policy_user_verification_requirement

    @builtins.property
    def access_code_lifespan(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KeycloakRealmImportSpecRealm#accessCodeLifespan
        '''
        result = self._values.get("access_code_lifespan")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def access_code_lifespan_login(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KeycloakRealmImportSpecRealm#accessCodeLifespanLogin
        '''
        result = self._values.get("access_code_lifespan_login")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def access_code_lifespan_user_action(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KeycloakRealmImportSpecRealm#accessCodeLifespanUserAction
        '''
        result = self._values.get("access_code_lifespan_user_action")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def access_token_lifespan(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KeycloakRealmImportSpecRealm#accessTokenLifespan
        '''
        result = self._values.get("access_token_lifespan")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def access_token_lifespan_for_implicit_flow(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KeycloakRealmImportSpecRealm#accessTokenLifespanForImplicitFlow
        '''
        result = self._values.get("access_token_lifespan_for_implicit_flow")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def account_theme(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealm#accountTheme
        '''
        result = self._values.get("account_theme")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def action_token_generated_by_admin_lifespan(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KeycloakRealmImportSpecRealm#actionTokenGeneratedByAdminLifespan
        '''
        result = self._values.get("action_token_generated_by_admin_lifespan")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def action_token_generated_by_user_lifespan(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KeycloakRealmImportSpecRealm#actionTokenGeneratedByUserLifespan
        '''
        result = self._values.get("action_token_generated_by_user_lifespan")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def admin_events_details_enabled(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealm#adminEventsDetailsEnabled
        '''
        result = self._values.get("admin_events_details_enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def admin_events_enabled(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealm#adminEventsEnabled
        '''
        result = self._values.get("admin_events_enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def admin_theme(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealm#adminTheme
        '''
        result = self._values.get("admin_theme")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def applications(
        self,
    ) -> typing.Optional[typing.List["KeycloakRealmImportSpecRealmApplications"]]:
        '''
        :schema: KeycloakRealmImportSpecRealm#applications
        '''
        result = self._values.get("applications")
        return typing.cast(typing.Optional[typing.List["KeycloakRealmImportSpecRealmApplications"]], result)

    @builtins.property
    def application_scope_mappings(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, typing.List[typing.Any]]]:
        '''
        :schema: KeycloakRealmImportSpecRealm#applicationScopeMappings
        '''
        result = self._values.get("application_scope_mappings")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, typing.List[typing.Any]]], result)

    @builtins.property
    def attributes(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: KeycloakRealmImportSpecRealm#attributes
        '''
        result = self._values.get("attributes")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def authentication_flows(
        self,
    ) -> typing.Optional[typing.List["KeycloakRealmImportSpecRealmAuthenticationFlows"]]:
        '''
        :schema: KeycloakRealmImportSpecRealm#authenticationFlows
        '''
        result = self._values.get("authentication_flows")
        return typing.cast(typing.Optional[typing.List["KeycloakRealmImportSpecRealmAuthenticationFlows"]], result)

    @builtins.property
    def authenticator_config(
        self,
    ) -> typing.Optional[typing.List["KeycloakRealmImportSpecRealmAuthenticatorConfig"]]:
        '''
        :schema: KeycloakRealmImportSpecRealm#authenticatorConfig
        '''
        result = self._values.get("authenticator_config")
        return typing.cast(typing.Optional[typing.List["KeycloakRealmImportSpecRealmAuthenticatorConfig"]], result)

    @builtins.property
    def browser_flow(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealm#browserFlow
        '''
        result = self._values.get("browser_flow")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def browser_security_headers(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: KeycloakRealmImportSpecRealm#browserSecurityHeaders
        '''
        result = self._values.get("browser_security_headers")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def brute_force_protected(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealm#bruteForceProtected
        '''
        result = self._values.get("brute_force_protected")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def certificate(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealm#certificate
        '''
        result = self._values.get("certificate")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def client_authentication_flow(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealm#clientAuthenticationFlow
        '''
        result = self._values.get("client_authentication_flow")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def client_offline_session_idle_timeout(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KeycloakRealmImportSpecRealm#clientOfflineSessionIdleTimeout
        '''
        result = self._values.get("client_offline_session_idle_timeout")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def client_offline_session_max_lifespan(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KeycloakRealmImportSpecRealm#clientOfflineSessionMaxLifespan
        '''
        result = self._values.get("client_offline_session_max_lifespan")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def client_policies(self) -> typing.Any:
        '''
        :schema: KeycloakRealmImportSpecRealm#clientPolicies
        '''
        result = self._values.get("client_policies")
        return typing.cast(typing.Any, result)

    @builtins.property
    def client_profiles(self) -> typing.Any:
        '''
        :schema: KeycloakRealmImportSpecRealm#clientProfiles
        '''
        result = self._values.get("client_profiles")
        return typing.cast(typing.Any, result)

    @builtins.property
    def clients(
        self,
    ) -> typing.Optional[typing.List["KeycloakRealmImportSpecRealmClients"]]:
        '''
        :schema: KeycloakRealmImportSpecRealm#clients
        '''
        result = self._values.get("clients")
        return typing.cast(typing.Optional[typing.List["KeycloakRealmImportSpecRealmClients"]], result)

    @builtins.property
    def client_scope_mappings(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, typing.List[typing.Any]]]:
        '''
        :schema: KeycloakRealmImportSpecRealm#clientScopeMappings
        '''
        result = self._values.get("client_scope_mappings")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, typing.List[typing.Any]]], result)

    @builtins.property
    def client_scopes(
        self,
    ) -> typing.Optional[typing.List["KeycloakRealmImportSpecRealmClientScopes"]]:
        '''
        :schema: KeycloakRealmImportSpecRealm#clientScopes
        '''
        result = self._values.get("client_scopes")
        return typing.cast(typing.Optional[typing.List["KeycloakRealmImportSpecRealmClientScopes"]], result)

    @builtins.property
    def client_session_idle_timeout(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KeycloakRealmImportSpecRealm#clientSessionIdleTimeout
        '''
        result = self._values.get("client_session_idle_timeout")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def client_session_max_lifespan(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KeycloakRealmImportSpecRealm#clientSessionMaxLifespan
        '''
        result = self._values.get("client_session_max_lifespan")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def client_templates(
        self,
    ) -> typing.Optional[typing.List["KeycloakRealmImportSpecRealmClientTemplates"]]:
        '''
        :schema: KeycloakRealmImportSpecRealm#clientTemplates
        '''
        result = self._values.get("client_templates")
        return typing.cast(typing.Optional[typing.List["KeycloakRealmImportSpecRealmClientTemplates"]], result)

    @builtins.property
    def code_secret(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealm#codeSecret
        '''
        result = self._values.get("code_secret")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def components(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, typing.List[typing.Any]]]:
        '''
        :schema: KeycloakRealmImportSpecRealm#components
        '''
        result = self._values.get("components")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, typing.List[typing.Any]]], result)

    @builtins.property
    def default_default_client_scopes(
        self,
    ) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KeycloakRealmImportSpecRealm#defaultDefaultClientScopes
        '''
        result = self._values.get("default_default_client_scopes")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def default_groups(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KeycloakRealmImportSpecRealm#defaultGroups
        '''
        result = self._values.get("default_groups")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def default_locale(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealm#defaultLocale
        '''
        result = self._values.get("default_locale")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def default_optional_client_scopes(
        self,
    ) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KeycloakRealmImportSpecRealm#defaultOptionalClientScopes
        '''
        result = self._values.get("default_optional_client_scopes")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def default_role(
        self,
    ) -> typing.Optional["KeycloakRealmImportSpecRealmDefaultRole"]:
        '''
        :schema: KeycloakRealmImportSpecRealm#defaultRole
        '''
        result = self._values.get("default_role")
        return typing.cast(typing.Optional["KeycloakRealmImportSpecRealmDefaultRole"], result)

    @builtins.property
    def default_roles(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KeycloakRealmImportSpecRealm#defaultRoles
        '''
        result = self._values.get("default_roles")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def default_signature_algorithm(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealm#defaultSignatureAlgorithm
        '''
        result = self._values.get("default_signature_algorithm")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def direct_grant_flow(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealm#directGrantFlow
        '''
        result = self._values.get("direct_grant_flow")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def display_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealm#displayName
        '''
        result = self._values.get("display_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def display_name_html(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealm#displayNameHtml
        '''
        result = self._values.get("display_name_html")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def docker_authentication_flow(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealm#dockerAuthenticationFlow
        '''
        result = self._values.get("docker_authentication_flow")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def duplicate_emails_allowed(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealm#duplicateEmailsAllowed
        '''
        result = self._values.get("duplicate_emails_allowed")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def edit_username_allowed(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealm#editUsernameAllowed
        '''
        result = self._values.get("edit_username_allowed")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def email_theme(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealm#emailTheme
        '''
        result = self._values.get("email_theme")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealm#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def enabled_event_types(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KeycloakRealmImportSpecRealm#enabledEventTypes
        '''
        result = self._values.get("enabled_event_types")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def events_enabled(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealm#eventsEnabled
        '''
        result = self._values.get("events_enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def events_expiration(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KeycloakRealmImportSpecRealm#eventsExpiration
        '''
        result = self._values.get("events_expiration")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def events_listeners(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KeycloakRealmImportSpecRealm#eventsListeners
        '''
        result = self._values.get("events_listeners")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def failure_factor(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KeycloakRealmImportSpecRealm#failureFactor
        '''
        result = self._values.get("failure_factor")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def federated_users(
        self,
    ) -> typing.Optional[typing.List["KeycloakRealmImportSpecRealmFederatedUsers"]]:
        '''
        :schema: KeycloakRealmImportSpecRealm#federatedUsers
        '''
        result = self._values.get("federated_users")
        return typing.cast(typing.Optional[typing.List["KeycloakRealmImportSpecRealmFederatedUsers"]], result)

    @builtins.property
    def first_broker_login_flow(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealm#firstBrokerLoginFlow
        '''
        result = self._values.get("first_broker_login_flow")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def groups(
        self,
    ) -> typing.Optional[typing.List["KeycloakRealmImportSpecRealmGroups"]]:
        '''
        :schema: KeycloakRealmImportSpecRealm#groups
        '''
        result = self._values.get("groups")
        return typing.cast(typing.Optional[typing.List["KeycloakRealmImportSpecRealmGroups"]], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealm#id
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def identity_provider_mappers(
        self,
    ) -> typing.Optional[typing.List["KeycloakRealmImportSpecRealmIdentityProviderMappers"]]:
        '''
        :schema: KeycloakRealmImportSpecRealm#identityProviderMappers
        '''
        result = self._values.get("identity_provider_mappers")
        return typing.cast(typing.Optional[typing.List["KeycloakRealmImportSpecRealmIdentityProviderMappers"]], result)

    @builtins.property
    def identity_providers(
        self,
    ) -> typing.Optional[typing.List["KeycloakRealmImportSpecRealmIdentityProviders"]]:
        '''
        :schema: KeycloakRealmImportSpecRealm#identityProviders
        '''
        result = self._values.get("identity_providers")
        return typing.cast(typing.Optional[typing.List["KeycloakRealmImportSpecRealmIdentityProviders"]], result)

    @builtins.property
    def internationalization_enabled(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealm#internationalizationEnabled
        '''
        result = self._values.get("internationalization_enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def keycloak_version(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealm#keycloakVersion
        '''
        result = self._values.get("keycloak_version")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def localization_texts(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, typing.Any]]:
        '''
        :schema: KeycloakRealmImportSpecRealm#localizationTexts
        '''
        result = self._values.get("localization_texts")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, typing.Any]], result)

    @builtins.property
    def login_theme(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealm#loginTheme
        '''
        result = self._values.get("login_theme")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def login_with_email_allowed(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealm#loginWithEmailAllowed
        '''
        result = self._values.get("login_with_email_allowed")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def max_delta_time_seconds(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KeycloakRealmImportSpecRealm#maxDeltaTimeSeconds
        '''
        result = self._values.get("max_delta_time_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def max_failure_wait_seconds(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KeycloakRealmImportSpecRealm#maxFailureWaitSeconds
        '''
        result = self._values.get("max_failure_wait_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def max_temporary_lockouts(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KeycloakRealmImportSpecRealm#maxTemporaryLockouts
        '''
        result = self._values.get("max_temporary_lockouts")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def minimum_quick_login_wait_seconds(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KeycloakRealmImportSpecRealm#minimumQuickLoginWaitSeconds
        '''
        result = self._values.get("minimum_quick_login_wait_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def not_before(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KeycloakRealmImportSpecRealm#notBefore
        '''
        result = self._values.get("not_before")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def oauth2_device_code_lifespan(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KeycloakRealmImportSpecRealm#oauth2DeviceCodeLifespan
        '''
        result = self._values.get("oauth2_device_code_lifespan")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def oauth2_device_polling_interval(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KeycloakRealmImportSpecRealm#oauth2DevicePollingInterval
        '''
        result = self._values.get("oauth2_device_polling_interval")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def oauth_clients(
        self,
    ) -> typing.Optional[typing.List["KeycloakRealmImportSpecRealmOauthClients"]]:
        '''
        :schema: KeycloakRealmImportSpecRealm#oauthClients
        '''
        result = self._values.get("oauth_clients")
        return typing.cast(typing.Optional[typing.List["KeycloakRealmImportSpecRealmOauthClients"]], result)

    @builtins.property
    def offline_session_idle_timeout(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KeycloakRealmImportSpecRealm#offlineSessionIdleTimeout
        '''
        result = self._values.get("offline_session_idle_timeout")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def offline_session_max_lifespan(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KeycloakRealmImportSpecRealm#offlineSessionMaxLifespan
        '''
        result = self._values.get("offline_session_max_lifespan")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def offline_session_max_lifespan_enabled(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealm#offlineSessionMaxLifespanEnabled
        '''
        result = self._values.get("offline_session_max_lifespan_enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def organizations(
        self,
    ) -> typing.Optional[typing.List["KeycloakRealmImportSpecRealmOrganizations"]]:
        '''
        :schema: KeycloakRealmImportSpecRealm#organizations
        '''
        result = self._values.get("organizations")
        return typing.cast(typing.Optional[typing.List["KeycloakRealmImportSpecRealmOrganizations"]], result)

    @builtins.property
    def organizations_enabled(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealm#organizationsEnabled
        '''
        result = self._values.get("organizations_enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def otp_policy_algorithm(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealm#otpPolicyAlgorithm
        '''
        result = self._values.get("otp_policy_algorithm")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def otp_policy_code_reusable(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealm#otpPolicyCodeReusable
        '''
        result = self._values.get("otp_policy_code_reusable")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def otp_policy_digits(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KeycloakRealmImportSpecRealm#otpPolicyDigits
        '''
        result = self._values.get("otp_policy_digits")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def otp_policy_initial_counter(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KeycloakRealmImportSpecRealm#otpPolicyInitialCounter
        '''
        result = self._values.get("otp_policy_initial_counter")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def otp_policy_look_ahead_window(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KeycloakRealmImportSpecRealm#otpPolicyLookAheadWindow
        '''
        result = self._values.get("otp_policy_look_ahead_window")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def otp_policy_period(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KeycloakRealmImportSpecRealm#otpPolicyPeriod
        '''
        result = self._values.get("otp_policy_period")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def otp_policy_type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealm#otpPolicyType
        '''
        result = self._values.get("otp_policy_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def otp_supported_applications(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KeycloakRealmImportSpecRealm#otpSupportedApplications
        '''
        result = self._values.get("otp_supported_applications")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def password_credential_grant_allowed(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealm#passwordCredentialGrantAllowed
        '''
        result = self._values.get("password_credential_grant_allowed")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def password_policy(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealm#passwordPolicy
        '''
        result = self._values.get("password_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def permanent_lockout(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealm#permanentLockout
        '''
        result = self._values.get("permanent_lockout")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def private_key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealm#privateKey
        '''
        result = self._values.get("private_key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def protocol_mappers(
        self,
    ) -> typing.Optional[typing.List["KeycloakRealmImportSpecRealmProtocolMappers"]]:
        '''
        :schema: KeycloakRealmImportSpecRealm#protocolMappers
        '''
        result = self._values.get("protocol_mappers")
        return typing.cast(typing.Optional[typing.List["KeycloakRealmImportSpecRealmProtocolMappers"]], result)

    @builtins.property
    def public_key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealm#publicKey
        '''
        result = self._values.get("public_key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def quick_login_check_milli_seconds(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KeycloakRealmImportSpecRealm#quickLoginCheckMilliSeconds
        '''
        result = self._values.get("quick_login_check_milli_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def realm(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealm#realm
        '''
        result = self._values.get("realm")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def refresh_token_max_reuse(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KeycloakRealmImportSpecRealm#refreshTokenMaxReuse
        '''
        result = self._values.get("refresh_token_max_reuse")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def registration_allowed(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealm#registrationAllowed
        '''
        result = self._values.get("registration_allowed")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def registration_email_as_username(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealm#registrationEmailAsUsername
        '''
        result = self._values.get("registration_email_as_username")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def registration_flow(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealm#registrationFlow
        '''
        result = self._values.get("registration_flow")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def remember_me(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealm#rememberMe
        '''
        result = self._values.get("remember_me")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def required_actions(
        self,
    ) -> typing.Optional[typing.List["KeycloakRealmImportSpecRealmRequiredActions"]]:
        '''
        :schema: KeycloakRealmImportSpecRealm#requiredActions
        '''
        result = self._values.get("required_actions")
        return typing.cast(typing.Optional[typing.List["KeycloakRealmImportSpecRealmRequiredActions"]], result)

    @builtins.property
    def required_credentials(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KeycloakRealmImportSpecRealm#requiredCredentials
        '''
        result = self._values.get("required_credentials")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def reset_credentials_flow(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealm#resetCredentialsFlow
        '''
        result = self._values.get("reset_credentials_flow")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def reset_password_allowed(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealm#resetPasswordAllowed
        '''
        result = self._values.get("reset_password_allowed")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def revoke_refresh_token(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealm#revokeRefreshToken
        '''
        result = self._values.get("revoke_refresh_token")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def roles(self) -> typing.Optional["KeycloakRealmImportSpecRealmRoles"]:
        '''
        :schema: KeycloakRealmImportSpecRealm#roles
        '''
        result = self._values.get("roles")
        return typing.cast(typing.Optional["KeycloakRealmImportSpecRealmRoles"], result)

    @builtins.property
    def scope_mappings(
        self,
    ) -> typing.Optional[typing.List["KeycloakRealmImportSpecRealmScopeMappings"]]:
        '''
        :schema: KeycloakRealmImportSpecRealm#scopeMappings
        '''
        result = self._values.get("scope_mappings")
        return typing.cast(typing.Optional[typing.List["KeycloakRealmImportSpecRealmScopeMappings"]], result)

    @builtins.property
    def smtp_server(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: KeycloakRealmImportSpecRealm#smtpServer
        '''
        result = self._values.get("smtp_server")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def social(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealm#social
        '''
        result = self._values.get("social")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def social_providers(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: KeycloakRealmImportSpecRealm#socialProviders
        '''
        result = self._values.get("social_providers")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def ssl_required(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealm#sslRequired
        '''
        result = self._values.get("ssl_required")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def sso_session_idle_timeout(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KeycloakRealmImportSpecRealm#ssoSessionIdleTimeout
        '''
        result = self._values.get("sso_session_idle_timeout")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def sso_session_idle_timeout_remember_me(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KeycloakRealmImportSpecRealm#ssoSessionIdleTimeoutRememberMe
        '''
        result = self._values.get("sso_session_idle_timeout_remember_me")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def sso_session_max_lifespan(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KeycloakRealmImportSpecRealm#ssoSessionMaxLifespan
        '''
        result = self._values.get("sso_session_max_lifespan")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def sso_session_max_lifespan_remember_me(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KeycloakRealmImportSpecRealm#ssoSessionMaxLifespanRememberMe
        '''
        result = self._values.get("sso_session_max_lifespan_remember_me")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def supported_locales(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KeycloakRealmImportSpecRealm#supportedLocales
        '''
        result = self._values.get("supported_locales")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def update_profile_on_initial_social_login(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealm#updateProfileOnInitialSocialLogin
        '''
        result = self._values.get("update_profile_on_initial_social_login")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def user_federation_mappers(
        self,
    ) -> typing.Optional[typing.List["KeycloakRealmImportSpecRealmUserFederationMappers"]]:
        '''
        :schema: KeycloakRealmImportSpecRealm#userFederationMappers
        '''
        result = self._values.get("user_federation_mappers")
        return typing.cast(typing.Optional[typing.List["KeycloakRealmImportSpecRealmUserFederationMappers"]], result)

    @builtins.property
    def user_federation_providers(
        self,
    ) -> typing.Optional[typing.List["KeycloakRealmImportSpecRealmUserFederationProviders"]]:
        '''
        :schema: KeycloakRealmImportSpecRealm#userFederationProviders
        '''
        result = self._values.get("user_federation_providers")
        return typing.cast(typing.Optional[typing.List["KeycloakRealmImportSpecRealmUserFederationProviders"]], result)

    @builtins.property
    def user_managed_access_allowed(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealm#userManagedAccessAllowed
        '''
        result = self._values.get("user_managed_access_allowed")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def users(
        self,
    ) -> typing.Optional[typing.List["KeycloakRealmImportSpecRealmUsers"]]:
        '''
        :schema: KeycloakRealmImportSpecRealm#users
        '''
        result = self._values.get("users")
        return typing.cast(typing.Optional[typing.List["KeycloakRealmImportSpecRealmUsers"]], result)

    @builtins.property
    def verify_email(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealm#verifyEmail
        '''
        result = self._values.get("verify_email")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def wait_increment_seconds(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KeycloakRealmImportSpecRealm#waitIncrementSeconds
        '''
        result = self._values.get("wait_increment_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def web_authn_policy_acceptable_aaguids(
        self,
    ) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KeycloakRealmImportSpecRealm#webAuthnPolicyAcceptableAaguids
        '''
        result = self._values.get("web_authn_policy_acceptable_aaguids")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def web_authn_policy_attestation_conveyance_preference(
        self,
    ) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealm#webAuthnPolicyAttestationConveyancePreference
        '''
        result = self._values.get("web_authn_policy_attestation_conveyance_preference")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def web_authn_policy_authenticator_attachment(
        self,
    ) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealm#webAuthnPolicyAuthenticatorAttachment
        '''
        result = self._values.get("web_authn_policy_authenticator_attachment")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def web_authn_policy_avoid_same_authenticator_register(
        self,
    ) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealm#webAuthnPolicyAvoidSameAuthenticatorRegister
        '''
        result = self._values.get("web_authn_policy_avoid_same_authenticator_register")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def web_authn_policy_create_timeout(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KeycloakRealmImportSpecRealm#webAuthnPolicyCreateTimeout
        '''
        result = self._values.get("web_authn_policy_create_timeout")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def web_authn_policy_extra_origins(
        self,
    ) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KeycloakRealmImportSpecRealm#webAuthnPolicyExtraOrigins
        '''
        result = self._values.get("web_authn_policy_extra_origins")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def web_authn_policy_passwordless_acceptable_aaguids(
        self,
    ) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KeycloakRealmImportSpecRealm#webAuthnPolicyPasswordlessAcceptableAaguids
        '''
        result = self._values.get("web_authn_policy_passwordless_acceptable_aaguids")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def web_authn_policy_passwordless_attestation_conveyance_preference(
        self,
    ) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealm#webAuthnPolicyPasswordlessAttestationConveyancePreference
        '''
        result = self._values.get("web_authn_policy_passwordless_attestation_conveyance_preference")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def web_authn_policy_passwordless_authenticator_attachment(
        self,
    ) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealm#webAuthnPolicyPasswordlessAuthenticatorAttachment
        '''
        result = self._values.get("web_authn_policy_passwordless_authenticator_attachment")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def web_authn_policy_passwordless_avoid_same_authenticator_register(
        self,
    ) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealm#webAuthnPolicyPasswordlessAvoidSameAuthenticatorRegister
        '''
        result = self._values.get("web_authn_policy_passwordless_avoid_same_authenticator_register")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def web_authn_policy_passwordless_create_timeout(
        self,
    ) -> typing.Optional[jsii.Number]:
        '''
        :schema: KeycloakRealmImportSpecRealm#webAuthnPolicyPasswordlessCreateTimeout
        '''
        result = self._values.get("web_authn_policy_passwordless_create_timeout")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def web_authn_policy_passwordless_extra_origins(
        self,
    ) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KeycloakRealmImportSpecRealm#webAuthnPolicyPasswordlessExtraOrigins
        '''
        result = self._values.get("web_authn_policy_passwordless_extra_origins")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def web_authn_policy_passwordless_require_resident_key(
        self,
    ) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealm#webAuthnPolicyPasswordlessRequireResidentKey
        '''
        result = self._values.get("web_authn_policy_passwordless_require_resident_key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def web_authn_policy_passwordless_rp_entity_name(
        self,
    ) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealm#webAuthnPolicyPasswordlessRpEntityName
        '''
        result = self._values.get("web_authn_policy_passwordless_rp_entity_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def web_authn_policy_passwordless_rp_id(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealm#webAuthnPolicyPasswordlessRpId
        '''
        result = self._values.get("web_authn_policy_passwordless_rp_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def web_authn_policy_passwordless_signature_algorithms(
        self,
    ) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KeycloakRealmImportSpecRealm#webAuthnPolicyPasswordlessSignatureAlgorithms
        '''
        result = self._values.get("web_authn_policy_passwordless_signature_algorithms")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def web_authn_policy_passwordless_user_verification_requirement(
        self,
    ) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealm#webAuthnPolicyPasswordlessUserVerificationRequirement
        '''
        result = self._values.get("web_authn_policy_passwordless_user_verification_requirement")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def web_authn_policy_require_resident_key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealm#webAuthnPolicyRequireResidentKey
        '''
        result = self._values.get("web_authn_policy_require_resident_key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def web_authn_policy_rp_entity_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealm#webAuthnPolicyRpEntityName
        '''
        result = self._values.get("web_authn_policy_rp_entity_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def web_authn_policy_rp_id(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealm#webAuthnPolicyRpId
        '''
        result = self._values.get("web_authn_policy_rp_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def web_authn_policy_signature_algorithms(
        self,
    ) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KeycloakRealmImportSpecRealm#webAuthnPolicySignatureAlgorithms
        '''
        result = self._values.get("web_authn_policy_signature_algorithms")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def web_authn_policy_user_verification_requirement(
        self,
    ) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealm#webAuthnPolicyUserVerificationRequirement
        '''
        result = self._values.get("web_authn_policy_user_verification_requirement")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakRealmImportSpecRealm(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakRealmImportSpecRealmApplications",
    jsii_struct_bases=[],
    name_mapping={
        "access": "access",
        "admin_url": "adminUrl",
        "always_display_in_console": "alwaysDisplayInConsole",
        "attributes": "attributes",
        "authentication_flow_binding_overrides": "authenticationFlowBindingOverrides",
        "authorization_services_enabled": "authorizationServicesEnabled",
        "authorization_settings": "authorizationSettings",
        "base_url": "baseUrl",
        "bearer_only": "bearerOnly",
        "claims": "claims",
        "client_authenticator_type": "clientAuthenticatorType",
        "client_id": "clientId",
        "client_template": "clientTemplate",
        "consent_required": "consentRequired",
        "default_client_scopes": "defaultClientScopes",
        "default_roles": "defaultRoles",
        "description": "description",
        "direct_access_grants_enabled": "directAccessGrantsEnabled",
        "direct_grants_only": "directGrantsOnly",
        "enabled": "enabled",
        "frontchannel_logout": "frontchannelLogout",
        "full_scope_allowed": "fullScopeAllowed",
        "id": "id",
        "implicit_flow_enabled": "implicitFlowEnabled",
        "name": "name",
        "node_re_registration_timeout": "nodeReRegistrationTimeout",
        "not_before": "notBefore",
        "optional_client_scopes": "optionalClientScopes",
        "origin": "origin",
        "protocol": "protocol",
        "protocol_mappers": "protocolMappers",
        "public_client": "publicClient",
        "redirect_uris": "redirectUris",
        "registered_nodes": "registeredNodes",
        "registration_access_token": "registrationAccessToken",
        "root_url": "rootUrl",
        "secret": "secret",
        "service_accounts_enabled": "serviceAccountsEnabled",
        "standard_flow_enabled": "standardFlowEnabled",
        "surrogate_auth_required": "surrogateAuthRequired",
        "type": "type",
        "use_template_config": "useTemplateConfig",
        "use_template_mappers": "useTemplateMappers",
        "use_template_scope": "useTemplateScope",
        "web_origins": "webOrigins",
    },
)
class KeycloakRealmImportSpecRealmApplications:
    def __init__(
        self,
        *,
        access: typing.Any = None,
        admin_url: typing.Optional[builtins.str] = None,
        always_display_in_console: typing.Optional[builtins.bool] = None,
        attributes: typing.Any = None,
        authentication_flow_binding_overrides: typing.Any = None,
        authorization_services_enabled: typing.Optional[builtins.bool] = None,
        authorization_settings: typing.Any = None,
        base_url: typing.Optional[builtins.str] = None,
        bearer_only: typing.Optional[builtins.bool] = None,
        claims: typing.Any = None,
        client_authenticator_type: typing.Optional[builtins.str] = None,
        client_id: typing.Optional[builtins.str] = None,
        client_template: typing.Optional[builtins.str] = None,
        consent_required: typing.Optional[builtins.bool] = None,
        default_client_scopes: typing.Optional[typing.Sequence[builtins.str]] = None,
        default_roles: typing.Optional[typing.Sequence[builtins.str]] = None,
        description: typing.Optional[builtins.str] = None,
        direct_access_grants_enabled: typing.Optional[builtins.bool] = None,
        direct_grants_only: typing.Optional[builtins.bool] = None,
        enabled: typing.Optional[builtins.bool] = None,
        frontchannel_logout: typing.Optional[builtins.bool] = None,
        full_scope_allowed: typing.Optional[builtins.bool] = None,
        id: typing.Optional[builtins.str] = None,
        implicit_flow_enabled: typing.Optional[builtins.bool] = None,
        name: typing.Optional[builtins.str] = None,
        node_re_registration_timeout: typing.Optional[jsii.Number] = None,
        not_before: typing.Optional[jsii.Number] = None,
        optional_client_scopes: typing.Optional[typing.Sequence[builtins.str]] = None,
        origin: typing.Optional[builtins.str] = None,
        protocol: typing.Optional[builtins.str] = None,
        protocol_mappers: typing.Optional[typing.Sequence[typing.Any]] = None,
        public_client: typing.Optional[builtins.bool] = None,
        redirect_uris: typing.Optional[typing.Sequence[builtins.str]] = None,
        registered_nodes: typing.Any = None,
        registration_access_token: typing.Optional[builtins.str] = None,
        root_url: typing.Optional[builtins.str] = None,
        secret: typing.Optional[builtins.str] = None,
        service_accounts_enabled: typing.Optional[builtins.bool] = None,
        standard_flow_enabled: typing.Optional[builtins.bool] = None,
        surrogate_auth_required: typing.Optional[builtins.bool] = None,
        type: typing.Optional[builtins.str] = None,
        use_template_config: typing.Optional[builtins.bool] = None,
        use_template_mappers: typing.Optional[builtins.bool] = None,
        use_template_scope: typing.Optional[builtins.bool] = None,
        web_origins: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param access: 
        :param admin_url: 
        :param always_display_in_console: 
        :param attributes: 
        :param authentication_flow_binding_overrides: 
        :param authorization_services_enabled: 
        :param authorization_settings: 
        :param base_url: 
        :param bearer_only: 
        :param claims: 
        :param client_authenticator_type: 
        :param client_id: 
        :param client_template: 
        :param consent_required: 
        :param default_client_scopes: 
        :param default_roles: 
        :param description: 
        :param direct_access_grants_enabled: 
        :param direct_grants_only: 
        :param enabled: 
        :param frontchannel_logout: 
        :param full_scope_allowed: 
        :param id: 
        :param implicit_flow_enabled: 
        :param name: 
        :param node_re_registration_timeout: 
        :param not_before: 
        :param optional_client_scopes: 
        :param origin: 
        :param protocol: 
        :param protocol_mappers: 
        :param public_client: 
        :param redirect_uris: 
        :param registered_nodes: 
        :param registration_access_token: 
        :param root_url: 
        :param secret: 
        :param service_accounts_enabled: 
        :param standard_flow_enabled: 
        :param surrogate_auth_required: 
        :param type: 
        :param use_template_config: 
        :param use_template_mappers: 
        :param use_template_scope: 
        :param web_origins: 

        :schema: KeycloakRealmImportSpecRealmApplications
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4cd341becf0a7605146e32c61917bc7f566e002e9ed5b00a7fe53b27658c39a4)
            check_type(argname="argument access", value=access, expected_type=type_hints["access"])
            check_type(argname="argument admin_url", value=admin_url, expected_type=type_hints["admin_url"])
            check_type(argname="argument always_display_in_console", value=always_display_in_console, expected_type=type_hints["always_display_in_console"])
            check_type(argname="argument attributes", value=attributes, expected_type=type_hints["attributes"])
            check_type(argname="argument authentication_flow_binding_overrides", value=authentication_flow_binding_overrides, expected_type=type_hints["authentication_flow_binding_overrides"])
            check_type(argname="argument authorization_services_enabled", value=authorization_services_enabled, expected_type=type_hints["authorization_services_enabled"])
            check_type(argname="argument authorization_settings", value=authorization_settings, expected_type=type_hints["authorization_settings"])
            check_type(argname="argument base_url", value=base_url, expected_type=type_hints["base_url"])
            check_type(argname="argument bearer_only", value=bearer_only, expected_type=type_hints["bearer_only"])
            check_type(argname="argument claims", value=claims, expected_type=type_hints["claims"])
            check_type(argname="argument client_authenticator_type", value=client_authenticator_type, expected_type=type_hints["client_authenticator_type"])
            check_type(argname="argument client_id", value=client_id, expected_type=type_hints["client_id"])
            check_type(argname="argument client_template", value=client_template, expected_type=type_hints["client_template"])
            check_type(argname="argument consent_required", value=consent_required, expected_type=type_hints["consent_required"])
            check_type(argname="argument default_client_scopes", value=default_client_scopes, expected_type=type_hints["default_client_scopes"])
            check_type(argname="argument default_roles", value=default_roles, expected_type=type_hints["default_roles"])
            check_type(argname="argument description", value=description, expected_type=type_hints["description"])
            check_type(argname="argument direct_access_grants_enabled", value=direct_access_grants_enabled, expected_type=type_hints["direct_access_grants_enabled"])
            check_type(argname="argument direct_grants_only", value=direct_grants_only, expected_type=type_hints["direct_grants_only"])
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
            check_type(argname="argument frontchannel_logout", value=frontchannel_logout, expected_type=type_hints["frontchannel_logout"])
            check_type(argname="argument full_scope_allowed", value=full_scope_allowed, expected_type=type_hints["full_scope_allowed"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument implicit_flow_enabled", value=implicit_flow_enabled, expected_type=type_hints["implicit_flow_enabled"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument node_re_registration_timeout", value=node_re_registration_timeout, expected_type=type_hints["node_re_registration_timeout"])
            check_type(argname="argument not_before", value=not_before, expected_type=type_hints["not_before"])
            check_type(argname="argument optional_client_scopes", value=optional_client_scopes, expected_type=type_hints["optional_client_scopes"])
            check_type(argname="argument origin", value=origin, expected_type=type_hints["origin"])
            check_type(argname="argument protocol", value=protocol, expected_type=type_hints["protocol"])
            check_type(argname="argument protocol_mappers", value=protocol_mappers, expected_type=type_hints["protocol_mappers"])
            check_type(argname="argument public_client", value=public_client, expected_type=type_hints["public_client"])
            check_type(argname="argument redirect_uris", value=redirect_uris, expected_type=type_hints["redirect_uris"])
            check_type(argname="argument registered_nodes", value=registered_nodes, expected_type=type_hints["registered_nodes"])
            check_type(argname="argument registration_access_token", value=registration_access_token, expected_type=type_hints["registration_access_token"])
            check_type(argname="argument root_url", value=root_url, expected_type=type_hints["root_url"])
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
            check_type(argname="argument service_accounts_enabled", value=service_accounts_enabled, expected_type=type_hints["service_accounts_enabled"])
            check_type(argname="argument standard_flow_enabled", value=standard_flow_enabled, expected_type=type_hints["standard_flow_enabled"])
            check_type(argname="argument surrogate_auth_required", value=surrogate_auth_required, expected_type=type_hints["surrogate_auth_required"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument use_template_config", value=use_template_config, expected_type=type_hints["use_template_config"])
            check_type(argname="argument use_template_mappers", value=use_template_mappers, expected_type=type_hints["use_template_mappers"])
            check_type(argname="argument use_template_scope", value=use_template_scope, expected_type=type_hints["use_template_scope"])
            check_type(argname="argument web_origins", value=web_origins, expected_type=type_hints["web_origins"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if access is not None:
            self._values["access"] = access
        if admin_url is not None:
            self._values["admin_url"] = admin_url
        if always_display_in_console is not None:
            self._values["always_display_in_console"] = always_display_in_console
        if attributes is not None:
            self._values["attributes"] = attributes
        if authentication_flow_binding_overrides is not None:
            self._values["authentication_flow_binding_overrides"] = authentication_flow_binding_overrides
        if authorization_services_enabled is not None:
            self._values["authorization_services_enabled"] = authorization_services_enabled
        if authorization_settings is not None:
            self._values["authorization_settings"] = authorization_settings
        if base_url is not None:
            self._values["base_url"] = base_url
        if bearer_only is not None:
            self._values["bearer_only"] = bearer_only
        if claims is not None:
            self._values["claims"] = claims
        if client_authenticator_type is not None:
            self._values["client_authenticator_type"] = client_authenticator_type
        if client_id is not None:
            self._values["client_id"] = client_id
        if client_template is not None:
            self._values["client_template"] = client_template
        if consent_required is not None:
            self._values["consent_required"] = consent_required
        if default_client_scopes is not None:
            self._values["default_client_scopes"] = default_client_scopes
        if default_roles is not None:
            self._values["default_roles"] = default_roles
        if description is not None:
            self._values["description"] = description
        if direct_access_grants_enabled is not None:
            self._values["direct_access_grants_enabled"] = direct_access_grants_enabled
        if direct_grants_only is not None:
            self._values["direct_grants_only"] = direct_grants_only
        if enabled is not None:
            self._values["enabled"] = enabled
        if frontchannel_logout is not None:
            self._values["frontchannel_logout"] = frontchannel_logout
        if full_scope_allowed is not None:
            self._values["full_scope_allowed"] = full_scope_allowed
        if id is not None:
            self._values["id"] = id
        if implicit_flow_enabled is not None:
            self._values["implicit_flow_enabled"] = implicit_flow_enabled
        if name is not None:
            self._values["name"] = name
        if node_re_registration_timeout is not None:
            self._values["node_re_registration_timeout"] = node_re_registration_timeout
        if not_before is not None:
            self._values["not_before"] = not_before
        if optional_client_scopes is not None:
            self._values["optional_client_scopes"] = optional_client_scopes
        if origin is not None:
            self._values["origin"] = origin
        if protocol is not None:
            self._values["protocol"] = protocol
        if protocol_mappers is not None:
            self._values["protocol_mappers"] = protocol_mappers
        if public_client is not None:
            self._values["public_client"] = public_client
        if redirect_uris is not None:
            self._values["redirect_uris"] = redirect_uris
        if registered_nodes is not None:
            self._values["registered_nodes"] = registered_nodes
        if registration_access_token is not None:
            self._values["registration_access_token"] = registration_access_token
        if root_url is not None:
            self._values["root_url"] = root_url
        if secret is not None:
            self._values["secret"] = secret
        if service_accounts_enabled is not None:
            self._values["service_accounts_enabled"] = service_accounts_enabled
        if standard_flow_enabled is not None:
            self._values["standard_flow_enabled"] = standard_flow_enabled
        if surrogate_auth_required is not None:
            self._values["surrogate_auth_required"] = surrogate_auth_required
        if type is not None:
            self._values["type"] = type
        if use_template_config is not None:
            self._values["use_template_config"] = use_template_config
        if use_template_mappers is not None:
            self._values["use_template_mappers"] = use_template_mappers
        if use_template_scope is not None:
            self._values["use_template_scope"] = use_template_scope
        if web_origins is not None:
            self._values["web_origins"] = web_origins

    @builtins.property
    def access(self) -> typing.Any:
        '''
        :schema: KeycloakRealmImportSpecRealmApplications#access
        '''
        result = self._values.get("access")
        return typing.cast(typing.Any, result)

    @builtins.property
    def admin_url(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmApplications#adminUrl
        '''
        result = self._values.get("admin_url")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def always_display_in_console(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmApplications#alwaysDisplayInConsole
        '''
        result = self._values.get("always_display_in_console")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def attributes(self) -> typing.Any:
        '''
        :schema: KeycloakRealmImportSpecRealmApplications#attributes
        '''
        result = self._values.get("attributes")
        return typing.cast(typing.Any, result)

    @builtins.property
    def authentication_flow_binding_overrides(self) -> typing.Any:
        '''
        :schema: KeycloakRealmImportSpecRealmApplications#authenticationFlowBindingOverrides
        '''
        result = self._values.get("authentication_flow_binding_overrides")
        return typing.cast(typing.Any, result)

    @builtins.property
    def authorization_services_enabled(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmApplications#authorizationServicesEnabled
        '''
        result = self._values.get("authorization_services_enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def authorization_settings(self) -> typing.Any:
        '''
        :schema: KeycloakRealmImportSpecRealmApplications#authorizationSettings
        '''
        result = self._values.get("authorization_settings")
        return typing.cast(typing.Any, result)

    @builtins.property
    def base_url(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmApplications#baseUrl
        '''
        result = self._values.get("base_url")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def bearer_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmApplications#bearerOnly
        '''
        result = self._values.get("bearer_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def claims(self) -> typing.Any:
        '''
        :schema: KeycloakRealmImportSpecRealmApplications#claims
        '''
        result = self._values.get("claims")
        return typing.cast(typing.Any, result)

    @builtins.property
    def client_authenticator_type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmApplications#clientAuthenticatorType
        '''
        result = self._values.get("client_authenticator_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def client_id(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmApplications#clientId
        '''
        result = self._values.get("client_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def client_template(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmApplications#clientTemplate
        '''
        result = self._values.get("client_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def consent_required(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmApplications#consentRequired
        '''
        result = self._values.get("consent_required")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def default_client_scopes(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KeycloakRealmImportSpecRealmApplications#defaultClientScopes
        '''
        result = self._values.get("default_client_scopes")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def default_roles(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KeycloakRealmImportSpecRealmApplications#defaultRoles
        '''
        result = self._values.get("default_roles")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def description(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmApplications#description
        '''
        result = self._values.get("description")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def direct_access_grants_enabled(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmApplications#directAccessGrantsEnabled
        '''
        result = self._values.get("direct_access_grants_enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def direct_grants_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmApplications#directGrantsOnly
        '''
        result = self._values.get("direct_grants_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmApplications#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def frontchannel_logout(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmApplications#frontchannelLogout
        '''
        result = self._values.get("frontchannel_logout")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def full_scope_allowed(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmApplications#fullScopeAllowed
        '''
        result = self._values.get("full_scope_allowed")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmApplications#id
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def implicit_flow_enabled(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmApplications#implicitFlowEnabled
        '''
        result = self._values.get("implicit_flow_enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmApplications#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def node_re_registration_timeout(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KeycloakRealmImportSpecRealmApplications#nodeReRegistrationTimeout
        '''
        result = self._values.get("node_re_registration_timeout")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def not_before(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KeycloakRealmImportSpecRealmApplications#notBefore
        '''
        result = self._values.get("not_before")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def optional_client_scopes(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KeycloakRealmImportSpecRealmApplications#optionalClientScopes
        '''
        result = self._values.get("optional_client_scopes")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def origin(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmApplications#origin
        '''
        result = self._values.get("origin")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def protocol(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmApplications#protocol
        '''
        result = self._values.get("protocol")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def protocol_mappers(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: KeycloakRealmImportSpecRealmApplications#protocolMappers
        '''
        result = self._values.get("protocol_mappers")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def public_client(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmApplications#publicClient
        '''
        result = self._values.get("public_client")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def redirect_uris(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KeycloakRealmImportSpecRealmApplications#redirectUris
        '''
        result = self._values.get("redirect_uris")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def registered_nodes(self) -> typing.Any:
        '''
        :schema: KeycloakRealmImportSpecRealmApplications#registeredNodes
        '''
        result = self._values.get("registered_nodes")
        return typing.cast(typing.Any, result)

    @builtins.property
    def registration_access_token(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmApplications#registrationAccessToken
        '''
        result = self._values.get("registration_access_token")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def root_url(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmApplications#rootUrl
        '''
        result = self._values.get("root_url")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def secret(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmApplications#secret
        '''
        result = self._values.get("secret")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def service_accounts_enabled(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmApplications#serviceAccountsEnabled
        '''
        result = self._values.get("service_accounts_enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def standard_flow_enabled(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmApplications#standardFlowEnabled
        '''
        result = self._values.get("standard_flow_enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def surrogate_auth_required(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmApplications#surrogateAuthRequired
        '''
        result = self._values.get("surrogate_auth_required")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmApplications#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def use_template_config(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmApplications#useTemplateConfig
        '''
        result = self._values.get("use_template_config")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def use_template_mappers(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmApplications#useTemplateMappers
        '''
        result = self._values.get("use_template_mappers")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def use_template_scope(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmApplications#useTemplateScope
        '''
        result = self._values.get("use_template_scope")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def web_origins(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KeycloakRealmImportSpecRealmApplications#webOrigins
        '''
        result = self._values.get("web_origins")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakRealmImportSpecRealmApplications(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakRealmImportSpecRealmAuthenticationFlows",
    jsii_struct_bases=[],
    name_mapping={
        "alias": "alias",
        "authentication_executions": "authenticationExecutions",
        "built_in": "builtIn",
        "description": "description",
        "id": "id",
        "provider_id": "providerId",
        "top_level": "topLevel",
    },
)
class KeycloakRealmImportSpecRealmAuthenticationFlows:
    def __init__(
        self,
        *,
        alias: typing.Optional[builtins.str] = None,
        authentication_executions: typing.Optional[typing.Sequence[typing.Any]] = None,
        built_in: typing.Optional[builtins.bool] = None,
        description: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        provider_id: typing.Optional[builtins.str] = None,
        top_level: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param alias: 
        :param authentication_executions: 
        :param built_in: 
        :param description: 
        :param id: 
        :param provider_id: 
        :param top_level: 

        :schema: KeycloakRealmImportSpecRealmAuthenticationFlows
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5c88c5a36482cf9004682a0732d8b7ab9fa07135b8064c2ccb81343c1b9461d3)
            check_type(argname="argument alias", value=alias, expected_type=type_hints["alias"])
            check_type(argname="argument authentication_executions", value=authentication_executions, expected_type=type_hints["authentication_executions"])
            check_type(argname="argument built_in", value=built_in, expected_type=type_hints["built_in"])
            check_type(argname="argument description", value=description, expected_type=type_hints["description"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument provider_id", value=provider_id, expected_type=type_hints["provider_id"])
            check_type(argname="argument top_level", value=top_level, expected_type=type_hints["top_level"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if alias is not None:
            self._values["alias"] = alias
        if authentication_executions is not None:
            self._values["authentication_executions"] = authentication_executions
        if built_in is not None:
            self._values["built_in"] = built_in
        if description is not None:
            self._values["description"] = description
        if id is not None:
            self._values["id"] = id
        if provider_id is not None:
            self._values["provider_id"] = provider_id
        if top_level is not None:
            self._values["top_level"] = top_level

    @builtins.property
    def alias(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmAuthenticationFlows#alias
        '''
        result = self._values.get("alias")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def authentication_executions(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: KeycloakRealmImportSpecRealmAuthenticationFlows#authenticationExecutions
        '''
        result = self._values.get("authentication_executions")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def built_in(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmAuthenticationFlows#builtIn
        '''
        result = self._values.get("built_in")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def description(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmAuthenticationFlows#description
        '''
        result = self._values.get("description")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmAuthenticationFlows#id
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def provider_id(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmAuthenticationFlows#providerId
        '''
        result = self._values.get("provider_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def top_level(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmAuthenticationFlows#topLevel
        '''
        result = self._values.get("top_level")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakRealmImportSpecRealmAuthenticationFlows(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakRealmImportSpecRealmAuthenticatorConfig",
    jsii_struct_bases=[],
    name_mapping={"alias": "alias", "config": "config", "id": "id"},
)
class KeycloakRealmImportSpecRealmAuthenticatorConfig:
    def __init__(
        self,
        *,
        alias: typing.Optional[builtins.str] = None,
        config: typing.Any = None,
        id: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param alias: 
        :param config: 
        :param id: 

        :schema: KeycloakRealmImportSpecRealmAuthenticatorConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0665332c33fa8432e3e16dc4a8b7f7ec69039f79d39e21b666af794ee140c8ce)
            check_type(argname="argument alias", value=alias, expected_type=type_hints["alias"])
            check_type(argname="argument config", value=config, expected_type=type_hints["config"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if alias is not None:
            self._values["alias"] = alias
        if config is not None:
            self._values["config"] = config
        if id is not None:
            self._values["id"] = id

    @builtins.property
    def alias(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmAuthenticatorConfig#alias
        '''
        result = self._values.get("alias")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def config(self) -> typing.Any:
        '''
        :schema: KeycloakRealmImportSpecRealmAuthenticatorConfig#config
        '''
        result = self._values.get("config")
        return typing.cast(typing.Any, result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmAuthenticatorConfig#id
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakRealmImportSpecRealmAuthenticatorConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakRealmImportSpecRealmClientScopes",
    jsii_struct_bases=[],
    name_mapping={
        "attributes": "attributes",
        "description": "description",
        "id": "id",
        "name": "name",
        "protocol": "protocol",
        "protocol_mappers": "protocolMappers",
    },
)
class KeycloakRealmImportSpecRealmClientScopes:
    def __init__(
        self,
        *,
        attributes: typing.Any = None,
        description: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        protocol: typing.Optional[builtins.str] = None,
        protocol_mappers: typing.Optional[typing.Sequence[typing.Any]] = None,
    ) -> None:
        '''
        :param attributes: 
        :param description: 
        :param id: 
        :param name: 
        :param protocol: 
        :param protocol_mappers: 

        :schema: KeycloakRealmImportSpecRealmClientScopes
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1d4db24419ff50797df055b28ac2c1fbb7aca6544f571b57d4efc1a7c5723b3e)
            check_type(argname="argument attributes", value=attributes, expected_type=type_hints["attributes"])
            check_type(argname="argument description", value=description, expected_type=type_hints["description"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument protocol", value=protocol, expected_type=type_hints["protocol"])
            check_type(argname="argument protocol_mappers", value=protocol_mappers, expected_type=type_hints["protocol_mappers"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if attributes is not None:
            self._values["attributes"] = attributes
        if description is not None:
            self._values["description"] = description
        if id is not None:
            self._values["id"] = id
        if name is not None:
            self._values["name"] = name
        if protocol is not None:
            self._values["protocol"] = protocol
        if protocol_mappers is not None:
            self._values["protocol_mappers"] = protocol_mappers

    @builtins.property
    def attributes(self) -> typing.Any:
        '''
        :schema: KeycloakRealmImportSpecRealmClientScopes#attributes
        '''
        result = self._values.get("attributes")
        return typing.cast(typing.Any, result)

    @builtins.property
    def description(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmClientScopes#description
        '''
        result = self._values.get("description")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmClientScopes#id
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmClientScopes#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def protocol(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmClientScopes#protocol
        '''
        result = self._values.get("protocol")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def protocol_mappers(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: KeycloakRealmImportSpecRealmClientScopes#protocolMappers
        '''
        result = self._values.get("protocol_mappers")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakRealmImportSpecRealmClientScopes(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakRealmImportSpecRealmClientTemplates",
    jsii_struct_bases=[],
    name_mapping={
        "attributes": "attributes",
        "bearer_only": "bearerOnly",
        "consent_required": "consentRequired",
        "description": "description",
        "direct_access_grants_enabled": "directAccessGrantsEnabled",
        "frontchannel_logout": "frontchannelLogout",
        "full_scope_allowed": "fullScopeAllowed",
        "id": "id",
        "implicit_flow_enabled": "implicitFlowEnabled",
        "name": "name",
        "protocol": "protocol",
        "protocol_mappers": "protocolMappers",
        "public_client": "publicClient",
        "service_accounts_enabled": "serviceAccountsEnabled",
        "standard_flow_enabled": "standardFlowEnabled",
    },
)
class KeycloakRealmImportSpecRealmClientTemplates:
    def __init__(
        self,
        *,
        attributes: typing.Any = None,
        bearer_only: typing.Optional[builtins.bool] = None,
        consent_required: typing.Optional[builtins.bool] = None,
        description: typing.Optional[builtins.str] = None,
        direct_access_grants_enabled: typing.Optional[builtins.bool] = None,
        frontchannel_logout: typing.Optional[builtins.bool] = None,
        full_scope_allowed: typing.Optional[builtins.bool] = None,
        id: typing.Optional[builtins.str] = None,
        implicit_flow_enabled: typing.Optional[builtins.bool] = None,
        name: typing.Optional[builtins.str] = None,
        protocol: typing.Optional[builtins.str] = None,
        protocol_mappers: typing.Optional[typing.Sequence[typing.Any]] = None,
        public_client: typing.Optional[builtins.bool] = None,
        service_accounts_enabled: typing.Optional[builtins.bool] = None,
        standard_flow_enabled: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param attributes: 
        :param bearer_only: 
        :param consent_required: 
        :param description: 
        :param direct_access_grants_enabled: 
        :param frontchannel_logout: 
        :param full_scope_allowed: 
        :param id: 
        :param implicit_flow_enabled: 
        :param name: 
        :param protocol: 
        :param protocol_mappers: 
        :param public_client: 
        :param service_accounts_enabled: 
        :param standard_flow_enabled: 

        :schema: KeycloakRealmImportSpecRealmClientTemplates
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5d92564a7690103ba01746bdf1171abbc729768aabcb6ba95c46fbe3e6b0c385)
            check_type(argname="argument attributes", value=attributes, expected_type=type_hints["attributes"])
            check_type(argname="argument bearer_only", value=bearer_only, expected_type=type_hints["bearer_only"])
            check_type(argname="argument consent_required", value=consent_required, expected_type=type_hints["consent_required"])
            check_type(argname="argument description", value=description, expected_type=type_hints["description"])
            check_type(argname="argument direct_access_grants_enabled", value=direct_access_grants_enabled, expected_type=type_hints["direct_access_grants_enabled"])
            check_type(argname="argument frontchannel_logout", value=frontchannel_logout, expected_type=type_hints["frontchannel_logout"])
            check_type(argname="argument full_scope_allowed", value=full_scope_allowed, expected_type=type_hints["full_scope_allowed"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument implicit_flow_enabled", value=implicit_flow_enabled, expected_type=type_hints["implicit_flow_enabled"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument protocol", value=protocol, expected_type=type_hints["protocol"])
            check_type(argname="argument protocol_mappers", value=protocol_mappers, expected_type=type_hints["protocol_mappers"])
            check_type(argname="argument public_client", value=public_client, expected_type=type_hints["public_client"])
            check_type(argname="argument service_accounts_enabled", value=service_accounts_enabled, expected_type=type_hints["service_accounts_enabled"])
            check_type(argname="argument standard_flow_enabled", value=standard_flow_enabled, expected_type=type_hints["standard_flow_enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if attributes is not None:
            self._values["attributes"] = attributes
        if bearer_only is not None:
            self._values["bearer_only"] = bearer_only
        if consent_required is not None:
            self._values["consent_required"] = consent_required
        if description is not None:
            self._values["description"] = description
        if direct_access_grants_enabled is not None:
            self._values["direct_access_grants_enabled"] = direct_access_grants_enabled
        if frontchannel_logout is not None:
            self._values["frontchannel_logout"] = frontchannel_logout
        if full_scope_allowed is not None:
            self._values["full_scope_allowed"] = full_scope_allowed
        if id is not None:
            self._values["id"] = id
        if implicit_flow_enabled is not None:
            self._values["implicit_flow_enabled"] = implicit_flow_enabled
        if name is not None:
            self._values["name"] = name
        if protocol is not None:
            self._values["protocol"] = protocol
        if protocol_mappers is not None:
            self._values["protocol_mappers"] = protocol_mappers
        if public_client is not None:
            self._values["public_client"] = public_client
        if service_accounts_enabled is not None:
            self._values["service_accounts_enabled"] = service_accounts_enabled
        if standard_flow_enabled is not None:
            self._values["standard_flow_enabled"] = standard_flow_enabled

    @builtins.property
    def attributes(self) -> typing.Any:
        '''
        :schema: KeycloakRealmImportSpecRealmClientTemplates#attributes
        '''
        result = self._values.get("attributes")
        return typing.cast(typing.Any, result)

    @builtins.property
    def bearer_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmClientTemplates#bearerOnly
        '''
        result = self._values.get("bearer_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def consent_required(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmClientTemplates#consentRequired
        '''
        result = self._values.get("consent_required")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def description(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmClientTemplates#description
        '''
        result = self._values.get("description")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def direct_access_grants_enabled(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmClientTemplates#directAccessGrantsEnabled
        '''
        result = self._values.get("direct_access_grants_enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def frontchannel_logout(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmClientTemplates#frontchannelLogout
        '''
        result = self._values.get("frontchannel_logout")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def full_scope_allowed(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmClientTemplates#fullScopeAllowed
        '''
        result = self._values.get("full_scope_allowed")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmClientTemplates#id
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def implicit_flow_enabled(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmClientTemplates#implicitFlowEnabled
        '''
        result = self._values.get("implicit_flow_enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmClientTemplates#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def protocol(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmClientTemplates#protocol
        '''
        result = self._values.get("protocol")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def protocol_mappers(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: KeycloakRealmImportSpecRealmClientTemplates#protocolMappers
        '''
        result = self._values.get("protocol_mappers")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def public_client(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmClientTemplates#publicClient
        '''
        result = self._values.get("public_client")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def service_accounts_enabled(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmClientTemplates#serviceAccountsEnabled
        '''
        result = self._values.get("service_accounts_enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def standard_flow_enabled(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmClientTemplates#standardFlowEnabled
        '''
        result = self._values.get("standard_flow_enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakRealmImportSpecRealmClientTemplates(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakRealmImportSpecRealmClients",
    jsii_struct_bases=[],
    name_mapping={
        "access": "access",
        "admin_url": "adminUrl",
        "always_display_in_console": "alwaysDisplayInConsole",
        "attributes": "attributes",
        "authentication_flow_binding_overrides": "authenticationFlowBindingOverrides",
        "authorization_services_enabled": "authorizationServicesEnabled",
        "authorization_settings": "authorizationSettings",
        "base_url": "baseUrl",
        "bearer_only": "bearerOnly",
        "client_authenticator_type": "clientAuthenticatorType",
        "client_id": "clientId",
        "client_template": "clientTemplate",
        "consent_required": "consentRequired",
        "default_client_scopes": "defaultClientScopes",
        "default_roles": "defaultRoles",
        "description": "description",
        "direct_access_grants_enabled": "directAccessGrantsEnabled",
        "direct_grants_only": "directGrantsOnly",
        "enabled": "enabled",
        "frontchannel_logout": "frontchannelLogout",
        "full_scope_allowed": "fullScopeAllowed",
        "id": "id",
        "implicit_flow_enabled": "implicitFlowEnabled",
        "name": "name",
        "node_re_registration_timeout": "nodeReRegistrationTimeout",
        "not_before": "notBefore",
        "optional_client_scopes": "optionalClientScopes",
        "origin": "origin",
        "protocol": "protocol",
        "protocol_mappers": "protocolMappers",
        "public_client": "publicClient",
        "redirect_uris": "redirectUris",
        "registered_nodes": "registeredNodes",
        "registration_access_token": "registrationAccessToken",
        "root_url": "rootUrl",
        "secret": "secret",
        "service_accounts_enabled": "serviceAccountsEnabled",
        "standard_flow_enabled": "standardFlowEnabled",
        "surrogate_auth_required": "surrogateAuthRequired",
        "type": "type",
        "use_template_config": "useTemplateConfig",
        "use_template_mappers": "useTemplateMappers",
        "use_template_scope": "useTemplateScope",
        "web_origins": "webOrigins",
    },
)
class KeycloakRealmImportSpecRealmClients:
    def __init__(
        self,
        *,
        access: typing.Any = None,
        admin_url: typing.Optional[builtins.str] = None,
        always_display_in_console: typing.Optional[builtins.bool] = None,
        attributes: typing.Any = None,
        authentication_flow_binding_overrides: typing.Any = None,
        authorization_services_enabled: typing.Optional[builtins.bool] = None,
        authorization_settings: typing.Any = None,
        base_url: typing.Optional[builtins.str] = None,
        bearer_only: typing.Optional[builtins.bool] = None,
        client_authenticator_type: typing.Optional[builtins.str] = None,
        client_id: typing.Optional[builtins.str] = None,
        client_template: typing.Optional[builtins.str] = None,
        consent_required: typing.Optional[builtins.bool] = None,
        default_client_scopes: typing.Optional[typing.Sequence[builtins.str]] = None,
        default_roles: typing.Optional[typing.Sequence[builtins.str]] = None,
        description: typing.Optional[builtins.str] = None,
        direct_access_grants_enabled: typing.Optional[builtins.bool] = None,
        direct_grants_only: typing.Optional[builtins.bool] = None,
        enabled: typing.Optional[builtins.bool] = None,
        frontchannel_logout: typing.Optional[builtins.bool] = None,
        full_scope_allowed: typing.Optional[builtins.bool] = None,
        id: typing.Optional[builtins.str] = None,
        implicit_flow_enabled: typing.Optional[builtins.bool] = None,
        name: typing.Optional[builtins.str] = None,
        node_re_registration_timeout: typing.Optional[jsii.Number] = None,
        not_before: typing.Optional[jsii.Number] = None,
        optional_client_scopes: typing.Optional[typing.Sequence[builtins.str]] = None,
        origin: typing.Optional[builtins.str] = None,
        protocol: typing.Optional[builtins.str] = None,
        protocol_mappers: typing.Optional[typing.Sequence[typing.Any]] = None,
        public_client: typing.Optional[builtins.bool] = None,
        redirect_uris: typing.Optional[typing.Sequence[builtins.str]] = None,
        registered_nodes: typing.Any = None,
        registration_access_token: typing.Optional[builtins.str] = None,
        root_url: typing.Optional[builtins.str] = None,
        secret: typing.Optional[builtins.str] = None,
        service_accounts_enabled: typing.Optional[builtins.bool] = None,
        standard_flow_enabled: typing.Optional[builtins.bool] = None,
        surrogate_auth_required: typing.Optional[builtins.bool] = None,
        type: typing.Optional[builtins.str] = None,
        use_template_config: typing.Optional[builtins.bool] = None,
        use_template_mappers: typing.Optional[builtins.bool] = None,
        use_template_scope: typing.Optional[builtins.bool] = None,
        web_origins: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param access: 
        :param admin_url: 
        :param always_display_in_console: 
        :param attributes: 
        :param authentication_flow_binding_overrides: 
        :param authorization_services_enabled: 
        :param authorization_settings: 
        :param base_url: 
        :param bearer_only: 
        :param client_authenticator_type: 
        :param client_id: 
        :param client_template: 
        :param consent_required: 
        :param default_client_scopes: 
        :param default_roles: 
        :param description: 
        :param direct_access_grants_enabled: 
        :param direct_grants_only: 
        :param enabled: 
        :param frontchannel_logout: 
        :param full_scope_allowed: 
        :param id: 
        :param implicit_flow_enabled: 
        :param name: 
        :param node_re_registration_timeout: 
        :param not_before: 
        :param optional_client_scopes: 
        :param origin: 
        :param protocol: 
        :param protocol_mappers: 
        :param public_client: 
        :param redirect_uris: 
        :param registered_nodes: 
        :param registration_access_token: 
        :param root_url: 
        :param secret: 
        :param service_accounts_enabled: 
        :param standard_flow_enabled: 
        :param surrogate_auth_required: 
        :param type: 
        :param use_template_config: 
        :param use_template_mappers: 
        :param use_template_scope: 
        :param web_origins: 

        :schema: KeycloakRealmImportSpecRealmClients
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__aa3482e1b86e19d7201828fa4fcf1c22433536ebd7e96725ef206a903287dc4e)
            check_type(argname="argument access", value=access, expected_type=type_hints["access"])
            check_type(argname="argument admin_url", value=admin_url, expected_type=type_hints["admin_url"])
            check_type(argname="argument always_display_in_console", value=always_display_in_console, expected_type=type_hints["always_display_in_console"])
            check_type(argname="argument attributes", value=attributes, expected_type=type_hints["attributes"])
            check_type(argname="argument authentication_flow_binding_overrides", value=authentication_flow_binding_overrides, expected_type=type_hints["authentication_flow_binding_overrides"])
            check_type(argname="argument authorization_services_enabled", value=authorization_services_enabled, expected_type=type_hints["authorization_services_enabled"])
            check_type(argname="argument authorization_settings", value=authorization_settings, expected_type=type_hints["authorization_settings"])
            check_type(argname="argument base_url", value=base_url, expected_type=type_hints["base_url"])
            check_type(argname="argument bearer_only", value=bearer_only, expected_type=type_hints["bearer_only"])
            check_type(argname="argument client_authenticator_type", value=client_authenticator_type, expected_type=type_hints["client_authenticator_type"])
            check_type(argname="argument client_id", value=client_id, expected_type=type_hints["client_id"])
            check_type(argname="argument client_template", value=client_template, expected_type=type_hints["client_template"])
            check_type(argname="argument consent_required", value=consent_required, expected_type=type_hints["consent_required"])
            check_type(argname="argument default_client_scopes", value=default_client_scopes, expected_type=type_hints["default_client_scopes"])
            check_type(argname="argument default_roles", value=default_roles, expected_type=type_hints["default_roles"])
            check_type(argname="argument description", value=description, expected_type=type_hints["description"])
            check_type(argname="argument direct_access_grants_enabled", value=direct_access_grants_enabled, expected_type=type_hints["direct_access_grants_enabled"])
            check_type(argname="argument direct_grants_only", value=direct_grants_only, expected_type=type_hints["direct_grants_only"])
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
            check_type(argname="argument frontchannel_logout", value=frontchannel_logout, expected_type=type_hints["frontchannel_logout"])
            check_type(argname="argument full_scope_allowed", value=full_scope_allowed, expected_type=type_hints["full_scope_allowed"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument implicit_flow_enabled", value=implicit_flow_enabled, expected_type=type_hints["implicit_flow_enabled"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument node_re_registration_timeout", value=node_re_registration_timeout, expected_type=type_hints["node_re_registration_timeout"])
            check_type(argname="argument not_before", value=not_before, expected_type=type_hints["not_before"])
            check_type(argname="argument optional_client_scopes", value=optional_client_scopes, expected_type=type_hints["optional_client_scopes"])
            check_type(argname="argument origin", value=origin, expected_type=type_hints["origin"])
            check_type(argname="argument protocol", value=protocol, expected_type=type_hints["protocol"])
            check_type(argname="argument protocol_mappers", value=protocol_mappers, expected_type=type_hints["protocol_mappers"])
            check_type(argname="argument public_client", value=public_client, expected_type=type_hints["public_client"])
            check_type(argname="argument redirect_uris", value=redirect_uris, expected_type=type_hints["redirect_uris"])
            check_type(argname="argument registered_nodes", value=registered_nodes, expected_type=type_hints["registered_nodes"])
            check_type(argname="argument registration_access_token", value=registration_access_token, expected_type=type_hints["registration_access_token"])
            check_type(argname="argument root_url", value=root_url, expected_type=type_hints["root_url"])
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
            check_type(argname="argument service_accounts_enabled", value=service_accounts_enabled, expected_type=type_hints["service_accounts_enabled"])
            check_type(argname="argument standard_flow_enabled", value=standard_flow_enabled, expected_type=type_hints["standard_flow_enabled"])
            check_type(argname="argument surrogate_auth_required", value=surrogate_auth_required, expected_type=type_hints["surrogate_auth_required"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument use_template_config", value=use_template_config, expected_type=type_hints["use_template_config"])
            check_type(argname="argument use_template_mappers", value=use_template_mappers, expected_type=type_hints["use_template_mappers"])
            check_type(argname="argument use_template_scope", value=use_template_scope, expected_type=type_hints["use_template_scope"])
            check_type(argname="argument web_origins", value=web_origins, expected_type=type_hints["web_origins"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if access is not None:
            self._values["access"] = access
        if admin_url is not None:
            self._values["admin_url"] = admin_url
        if always_display_in_console is not None:
            self._values["always_display_in_console"] = always_display_in_console
        if attributes is not None:
            self._values["attributes"] = attributes
        if authentication_flow_binding_overrides is not None:
            self._values["authentication_flow_binding_overrides"] = authentication_flow_binding_overrides
        if authorization_services_enabled is not None:
            self._values["authorization_services_enabled"] = authorization_services_enabled
        if authorization_settings is not None:
            self._values["authorization_settings"] = authorization_settings
        if base_url is not None:
            self._values["base_url"] = base_url
        if bearer_only is not None:
            self._values["bearer_only"] = bearer_only
        if client_authenticator_type is not None:
            self._values["client_authenticator_type"] = client_authenticator_type
        if client_id is not None:
            self._values["client_id"] = client_id
        if client_template is not None:
            self._values["client_template"] = client_template
        if consent_required is not None:
            self._values["consent_required"] = consent_required
        if default_client_scopes is not None:
            self._values["default_client_scopes"] = default_client_scopes
        if default_roles is not None:
            self._values["default_roles"] = default_roles
        if description is not None:
            self._values["description"] = description
        if direct_access_grants_enabled is not None:
            self._values["direct_access_grants_enabled"] = direct_access_grants_enabled
        if direct_grants_only is not None:
            self._values["direct_grants_only"] = direct_grants_only
        if enabled is not None:
            self._values["enabled"] = enabled
        if frontchannel_logout is not None:
            self._values["frontchannel_logout"] = frontchannel_logout
        if full_scope_allowed is not None:
            self._values["full_scope_allowed"] = full_scope_allowed
        if id is not None:
            self._values["id"] = id
        if implicit_flow_enabled is not None:
            self._values["implicit_flow_enabled"] = implicit_flow_enabled
        if name is not None:
            self._values["name"] = name
        if node_re_registration_timeout is not None:
            self._values["node_re_registration_timeout"] = node_re_registration_timeout
        if not_before is not None:
            self._values["not_before"] = not_before
        if optional_client_scopes is not None:
            self._values["optional_client_scopes"] = optional_client_scopes
        if origin is not None:
            self._values["origin"] = origin
        if protocol is not None:
            self._values["protocol"] = protocol
        if protocol_mappers is not None:
            self._values["protocol_mappers"] = protocol_mappers
        if public_client is not None:
            self._values["public_client"] = public_client
        if redirect_uris is not None:
            self._values["redirect_uris"] = redirect_uris
        if registered_nodes is not None:
            self._values["registered_nodes"] = registered_nodes
        if registration_access_token is not None:
            self._values["registration_access_token"] = registration_access_token
        if root_url is not None:
            self._values["root_url"] = root_url
        if secret is not None:
            self._values["secret"] = secret
        if service_accounts_enabled is not None:
            self._values["service_accounts_enabled"] = service_accounts_enabled
        if standard_flow_enabled is not None:
            self._values["standard_flow_enabled"] = standard_flow_enabled
        if surrogate_auth_required is not None:
            self._values["surrogate_auth_required"] = surrogate_auth_required
        if type is not None:
            self._values["type"] = type
        if use_template_config is not None:
            self._values["use_template_config"] = use_template_config
        if use_template_mappers is not None:
            self._values["use_template_mappers"] = use_template_mappers
        if use_template_scope is not None:
            self._values["use_template_scope"] = use_template_scope
        if web_origins is not None:
            self._values["web_origins"] = web_origins

    @builtins.property
    def access(self) -> typing.Any:
        '''
        :schema: KeycloakRealmImportSpecRealmClients#access
        '''
        result = self._values.get("access")
        return typing.cast(typing.Any, result)

    @builtins.property
    def admin_url(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmClients#adminUrl
        '''
        result = self._values.get("admin_url")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def always_display_in_console(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmClients#alwaysDisplayInConsole
        '''
        result = self._values.get("always_display_in_console")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def attributes(self) -> typing.Any:
        '''
        :schema: KeycloakRealmImportSpecRealmClients#attributes
        '''
        result = self._values.get("attributes")
        return typing.cast(typing.Any, result)

    @builtins.property
    def authentication_flow_binding_overrides(self) -> typing.Any:
        '''
        :schema: KeycloakRealmImportSpecRealmClients#authenticationFlowBindingOverrides
        '''
        result = self._values.get("authentication_flow_binding_overrides")
        return typing.cast(typing.Any, result)

    @builtins.property
    def authorization_services_enabled(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmClients#authorizationServicesEnabled
        '''
        result = self._values.get("authorization_services_enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def authorization_settings(self) -> typing.Any:
        '''
        :schema: KeycloakRealmImportSpecRealmClients#authorizationSettings
        '''
        result = self._values.get("authorization_settings")
        return typing.cast(typing.Any, result)

    @builtins.property
    def base_url(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmClients#baseUrl
        '''
        result = self._values.get("base_url")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def bearer_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmClients#bearerOnly
        '''
        result = self._values.get("bearer_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def client_authenticator_type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmClients#clientAuthenticatorType
        '''
        result = self._values.get("client_authenticator_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def client_id(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmClients#clientId
        '''
        result = self._values.get("client_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def client_template(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmClients#clientTemplate
        '''
        result = self._values.get("client_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def consent_required(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmClients#consentRequired
        '''
        result = self._values.get("consent_required")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def default_client_scopes(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KeycloakRealmImportSpecRealmClients#defaultClientScopes
        '''
        result = self._values.get("default_client_scopes")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def default_roles(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KeycloakRealmImportSpecRealmClients#defaultRoles
        '''
        result = self._values.get("default_roles")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def description(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmClients#description
        '''
        result = self._values.get("description")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def direct_access_grants_enabled(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmClients#directAccessGrantsEnabled
        '''
        result = self._values.get("direct_access_grants_enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def direct_grants_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmClients#directGrantsOnly
        '''
        result = self._values.get("direct_grants_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmClients#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def frontchannel_logout(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmClients#frontchannelLogout
        '''
        result = self._values.get("frontchannel_logout")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def full_scope_allowed(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmClients#fullScopeAllowed
        '''
        result = self._values.get("full_scope_allowed")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmClients#id
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def implicit_flow_enabled(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmClients#implicitFlowEnabled
        '''
        result = self._values.get("implicit_flow_enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmClients#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def node_re_registration_timeout(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KeycloakRealmImportSpecRealmClients#nodeReRegistrationTimeout
        '''
        result = self._values.get("node_re_registration_timeout")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def not_before(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KeycloakRealmImportSpecRealmClients#notBefore
        '''
        result = self._values.get("not_before")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def optional_client_scopes(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KeycloakRealmImportSpecRealmClients#optionalClientScopes
        '''
        result = self._values.get("optional_client_scopes")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def origin(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmClients#origin
        '''
        result = self._values.get("origin")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def protocol(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmClients#protocol
        '''
        result = self._values.get("protocol")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def protocol_mappers(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: KeycloakRealmImportSpecRealmClients#protocolMappers
        '''
        result = self._values.get("protocol_mappers")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def public_client(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmClients#publicClient
        '''
        result = self._values.get("public_client")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def redirect_uris(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KeycloakRealmImportSpecRealmClients#redirectUris
        '''
        result = self._values.get("redirect_uris")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def registered_nodes(self) -> typing.Any:
        '''
        :schema: KeycloakRealmImportSpecRealmClients#registeredNodes
        '''
        result = self._values.get("registered_nodes")
        return typing.cast(typing.Any, result)

    @builtins.property
    def registration_access_token(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmClients#registrationAccessToken
        '''
        result = self._values.get("registration_access_token")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def root_url(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmClients#rootUrl
        '''
        result = self._values.get("root_url")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def secret(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmClients#secret
        '''
        result = self._values.get("secret")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def service_accounts_enabled(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmClients#serviceAccountsEnabled
        '''
        result = self._values.get("service_accounts_enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def standard_flow_enabled(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmClients#standardFlowEnabled
        '''
        result = self._values.get("standard_flow_enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def surrogate_auth_required(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmClients#surrogateAuthRequired
        '''
        result = self._values.get("surrogate_auth_required")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmClients#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def use_template_config(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmClients#useTemplateConfig
        '''
        result = self._values.get("use_template_config")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def use_template_mappers(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmClients#useTemplateMappers
        '''
        result = self._values.get("use_template_mappers")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def use_template_scope(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmClients#useTemplateScope
        '''
        result = self._values.get("use_template_scope")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def web_origins(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KeycloakRealmImportSpecRealmClients#webOrigins
        '''
        result = self._values.get("web_origins")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakRealmImportSpecRealmClients(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakRealmImportSpecRealmDefaultRole",
    jsii_struct_bases=[],
    name_mapping={
        "attributes": "attributes",
        "client_role": "clientRole",
        "composite": "composite",
        "composites": "composites",
        "container_id": "containerId",
        "description": "description",
        "id": "id",
        "name": "name",
        "scope_param_required": "scopeParamRequired",
    },
)
class KeycloakRealmImportSpecRealmDefaultRole:
    def __init__(
        self,
        *,
        attributes: typing.Any = None,
        client_role: typing.Optional[builtins.bool] = None,
        composite: typing.Optional[builtins.bool] = None,
        composites: typing.Any = None,
        container_id: typing.Optional[builtins.str] = None,
        description: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        scope_param_required: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param attributes: 
        :param client_role: 
        :param composite: 
        :param composites: 
        :param container_id: 
        :param description: 
        :param id: 
        :param name: 
        :param scope_param_required: 

        :schema: KeycloakRealmImportSpecRealmDefaultRole
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0bec630e7ee81d70d10ea5a301290d94dc0c81759994d5a77f1a2784d2f3b5f7)
            check_type(argname="argument attributes", value=attributes, expected_type=type_hints["attributes"])
            check_type(argname="argument client_role", value=client_role, expected_type=type_hints["client_role"])
            check_type(argname="argument composite", value=composite, expected_type=type_hints["composite"])
            check_type(argname="argument composites", value=composites, expected_type=type_hints["composites"])
            check_type(argname="argument container_id", value=container_id, expected_type=type_hints["container_id"])
            check_type(argname="argument description", value=description, expected_type=type_hints["description"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument scope_param_required", value=scope_param_required, expected_type=type_hints["scope_param_required"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if attributes is not None:
            self._values["attributes"] = attributes
        if client_role is not None:
            self._values["client_role"] = client_role
        if composite is not None:
            self._values["composite"] = composite
        if composites is not None:
            self._values["composites"] = composites
        if container_id is not None:
            self._values["container_id"] = container_id
        if description is not None:
            self._values["description"] = description
        if id is not None:
            self._values["id"] = id
        if name is not None:
            self._values["name"] = name
        if scope_param_required is not None:
            self._values["scope_param_required"] = scope_param_required

    @builtins.property
    def attributes(self) -> typing.Any:
        '''
        :schema: KeycloakRealmImportSpecRealmDefaultRole#attributes
        '''
        result = self._values.get("attributes")
        return typing.cast(typing.Any, result)

    @builtins.property
    def client_role(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmDefaultRole#clientRole
        '''
        result = self._values.get("client_role")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def composite(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmDefaultRole#composite
        '''
        result = self._values.get("composite")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def composites(self) -> typing.Any:
        '''
        :schema: KeycloakRealmImportSpecRealmDefaultRole#composites
        '''
        result = self._values.get("composites")
        return typing.cast(typing.Any, result)

    @builtins.property
    def container_id(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmDefaultRole#containerId
        '''
        result = self._values.get("container_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def description(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmDefaultRole#description
        '''
        result = self._values.get("description")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmDefaultRole#id
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmDefaultRole#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def scope_param_required(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmDefaultRole#scopeParamRequired
        '''
        result = self._values.get("scope_param_required")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakRealmImportSpecRealmDefaultRole(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakRealmImportSpecRealmFederatedUsers",
    jsii_struct_bases=[],
    name_mapping={
        "access": "access",
        "application_roles": "applicationRoles",
        "attributes": "attributes",
        "client_consents": "clientConsents",
        "client_roles": "clientRoles",
        "created_timestamp": "createdTimestamp",
        "credentials": "credentials",
        "disableable_credential_types": "disableableCredentialTypes",
        "email": "email",
        "email_verified": "emailVerified",
        "enabled": "enabled",
        "federated_identities": "federatedIdentities",
        "federation_link": "federationLink",
        "first_name": "firstName",
        "groups": "groups",
        "id": "id",
        "last_name": "lastName",
        "not_before": "notBefore",
        "origin": "origin",
        "realm_roles": "realmRoles",
        "required_actions": "requiredActions",
        "self": "self",
        "service_account_client_id": "serviceAccountClientId",
        "social_links": "socialLinks",
        "totp": "totp",
        "username": "username",
        "user_profile_metadata": "userProfileMetadata",
    },
)
class KeycloakRealmImportSpecRealmFederatedUsers:
    def __init__(
        self_,
        *,
        access: typing.Any = None,
        application_roles: typing.Any = None,
        attributes: typing.Any = None,
        client_consents: typing.Optional[typing.Sequence[typing.Any]] = None,
        client_roles: typing.Any = None,
        created_timestamp: typing.Optional[jsii.Number] = None,
        credentials: typing.Optional[typing.Sequence[typing.Any]] = None,
        disableable_credential_types: typing.Optional[typing.Sequence[builtins.str]] = None,
        email: typing.Optional[builtins.str] = None,
        email_verified: typing.Optional[builtins.bool] = None,
        enabled: typing.Optional[builtins.bool] = None,
        federated_identities: typing.Optional[typing.Sequence[typing.Any]] = None,
        federation_link: typing.Optional[builtins.str] = None,
        first_name: typing.Optional[builtins.str] = None,
        groups: typing.Optional[typing.Sequence[builtins.str]] = None,
        id: typing.Optional[builtins.str] = None,
        last_name: typing.Optional[builtins.str] = None,
        not_before: typing.Optional[jsii.Number] = None,
        origin: typing.Optional[builtins.str] = None,
        realm_roles: typing.Optional[typing.Sequence[builtins.str]] = None,
        required_actions: typing.Optional[typing.Sequence[builtins.str]] = None,
        self: typing.Optional[builtins.str] = None,
        service_account_client_id: typing.Optional[builtins.str] = None,
        social_links: typing.Optional[typing.Sequence[typing.Any]] = None,
        totp: typing.Optional[builtins.bool] = None,
        username: typing.Optional[builtins.str] = None,
        user_profile_metadata: typing.Any = None,
    ) -> None:
        '''
        :param access: 
        :param application_roles: 
        :param attributes: 
        :param client_consents: 
        :param client_roles: 
        :param created_timestamp: 
        :param credentials: 
        :param disableable_credential_types: 
        :param email: 
        :param email_verified: 
        :param enabled: 
        :param federated_identities: 
        :param federation_link: 
        :param first_name: 
        :param groups: 
        :param id: 
        :param last_name: 
        :param not_before: 
        :param origin: 
        :param realm_roles: 
        :param required_actions: 
        :param self: 
        :param service_account_client_id: 
        :param social_links: 
        :param totp: 
        :param username: 
        :param user_profile_metadata: 

        :schema: KeycloakRealmImportSpecRealmFederatedUsers
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ca9db1c0f3a071726931ccf23963aa22ec8e3e1f15b5545c121fbd3aa894a70b)
            check_type(argname="argument access", value=access, expected_type=type_hints["access"])
            check_type(argname="argument application_roles", value=application_roles, expected_type=type_hints["application_roles"])
            check_type(argname="argument attributes", value=attributes, expected_type=type_hints["attributes"])
            check_type(argname="argument client_consents", value=client_consents, expected_type=type_hints["client_consents"])
            check_type(argname="argument client_roles", value=client_roles, expected_type=type_hints["client_roles"])
            check_type(argname="argument created_timestamp", value=created_timestamp, expected_type=type_hints["created_timestamp"])
            check_type(argname="argument credentials", value=credentials, expected_type=type_hints["credentials"])
            check_type(argname="argument disableable_credential_types", value=disableable_credential_types, expected_type=type_hints["disableable_credential_types"])
            check_type(argname="argument email", value=email, expected_type=type_hints["email"])
            check_type(argname="argument email_verified", value=email_verified, expected_type=type_hints["email_verified"])
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
            check_type(argname="argument federated_identities", value=federated_identities, expected_type=type_hints["federated_identities"])
            check_type(argname="argument federation_link", value=federation_link, expected_type=type_hints["federation_link"])
            check_type(argname="argument first_name", value=first_name, expected_type=type_hints["first_name"])
            check_type(argname="argument groups", value=groups, expected_type=type_hints["groups"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument last_name", value=last_name, expected_type=type_hints["last_name"])
            check_type(argname="argument not_before", value=not_before, expected_type=type_hints["not_before"])
            check_type(argname="argument origin", value=origin, expected_type=type_hints["origin"])
            check_type(argname="argument realm_roles", value=realm_roles, expected_type=type_hints["realm_roles"])
            check_type(argname="argument required_actions", value=required_actions, expected_type=type_hints["required_actions"])
            check_type(argname="argument self", value=self, expected_type=type_hints["self"])
            check_type(argname="argument service_account_client_id", value=service_account_client_id, expected_type=type_hints["service_account_client_id"])
            check_type(argname="argument social_links", value=social_links, expected_type=type_hints["social_links"])
            check_type(argname="argument totp", value=totp, expected_type=type_hints["totp"])
            check_type(argname="argument username", value=username, expected_type=type_hints["username"])
            check_type(argname="argument user_profile_metadata", value=user_profile_metadata, expected_type=type_hints["user_profile_metadata"])
        self_._values: typing.Dict[builtins.str, typing.Any] = {}
        if access is not None:
            self_._values["access"] = access
        if application_roles is not None:
            self_._values["application_roles"] = application_roles
        if attributes is not None:
            self_._values["attributes"] = attributes
        if client_consents is not None:
            self_._values["client_consents"] = client_consents
        if client_roles is not None:
            self_._values["client_roles"] = client_roles
        if created_timestamp is not None:
            self_._values["created_timestamp"] = created_timestamp
        if credentials is not None:
            self_._values["credentials"] = credentials
        if disableable_credential_types is not None:
            self_._values["disableable_credential_types"] = disableable_credential_types
        if email is not None:
            self_._values["email"] = email
        if email_verified is not None:
            self_._values["email_verified"] = email_verified
        if enabled is not None:
            self_._values["enabled"] = enabled
        if federated_identities is not None:
            self_._values["federated_identities"] = federated_identities
        if federation_link is not None:
            self_._values["federation_link"] = federation_link
        if first_name is not None:
            self_._values["first_name"] = first_name
        if groups is not None:
            self_._values["groups"] = groups
        if id is not None:
            self_._values["id"] = id
        if last_name is not None:
            self_._values["last_name"] = last_name
        if not_before is not None:
            self_._values["not_before"] = not_before
        if origin is not None:
            self_._values["origin"] = origin
        if realm_roles is not None:
            self_._values["realm_roles"] = realm_roles
        if required_actions is not None:
            self_._values["required_actions"] = required_actions
        if self is not None:
            self_._values["self"] = self
        if service_account_client_id is not None:
            self_._values["service_account_client_id"] = service_account_client_id
        if social_links is not None:
            self_._values["social_links"] = social_links
        if totp is not None:
            self_._values["totp"] = totp
        if username is not None:
            self_._values["username"] = username
        if user_profile_metadata is not None:
            self_._values["user_profile_metadata"] = user_profile_metadata

    @builtins.property
    def access(self) -> typing.Any:
        '''
        :schema: KeycloakRealmImportSpecRealmFederatedUsers#access
        '''
        result = self._values.get("access")
        return typing.cast(typing.Any, result)

    @builtins.property
    def application_roles(self) -> typing.Any:
        '''
        :schema: KeycloakRealmImportSpecRealmFederatedUsers#applicationRoles
        '''
        result = self._values.get("application_roles")
        return typing.cast(typing.Any, result)

    @builtins.property
    def attributes(self) -> typing.Any:
        '''
        :schema: KeycloakRealmImportSpecRealmFederatedUsers#attributes
        '''
        result = self._values.get("attributes")
        return typing.cast(typing.Any, result)

    @builtins.property
    def client_consents(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: KeycloakRealmImportSpecRealmFederatedUsers#clientConsents
        '''
        result = self._values.get("client_consents")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def client_roles(self) -> typing.Any:
        '''
        :schema: KeycloakRealmImportSpecRealmFederatedUsers#clientRoles
        '''
        result = self._values.get("client_roles")
        return typing.cast(typing.Any, result)

    @builtins.property
    def created_timestamp(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KeycloakRealmImportSpecRealmFederatedUsers#createdTimestamp
        '''
        result = self._values.get("created_timestamp")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def credentials(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: KeycloakRealmImportSpecRealmFederatedUsers#credentials
        '''
        result = self._values.get("credentials")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def disableable_credential_types(
        self,
    ) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KeycloakRealmImportSpecRealmFederatedUsers#disableableCredentialTypes
        '''
        result = self._values.get("disableable_credential_types")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def email(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmFederatedUsers#email
        '''
        result = self._values.get("email")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def email_verified(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmFederatedUsers#emailVerified
        '''
        result = self._values.get("email_verified")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmFederatedUsers#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def federated_identities(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: KeycloakRealmImportSpecRealmFederatedUsers#federatedIdentities
        '''
        result = self._values.get("federated_identities")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def federation_link(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmFederatedUsers#federationLink
        '''
        result = self._values.get("federation_link")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def first_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmFederatedUsers#firstName
        '''
        result = self._values.get("first_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def groups(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KeycloakRealmImportSpecRealmFederatedUsers#groups
        '''
        result = self._values.get("groups")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmFederatedUsers#id
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def last_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmFederatedUsers#lastName
        '''
        result = self._values.get("last_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def not_before(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KeycloakRealmImportSpecRealmFederatedUsers#notBefore
        '''
        result = self._values.get("not_before")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def origin(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmFederatedUsers#origin
        '''
        result = self._values.get("origin")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def realm_roles(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KeycloakRealmImportSpecRealmFederatedUsers#realmRoles
        '''
        result = self._values.get("realm_roles")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def required_actions(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KeycloakRealmImportSpecRealmFederatedUsers#requiredActions
        '''
        result = self._values.get("required_actions")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def self(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmFederatedUsers#self
        '''
        result = self._values.get("self")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def service_account_client_id(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmFederatedUsers#serviceAccountClientId
        '''
        result = self._values.get("service_account_client_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def social_links(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: KeycloakRealmImportSpecRealmFederatedUsers#socialLinks
        '''
        result = self._values.get("social_links")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def totp(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmFederatedUsers#totp
        '''
        result = self._values.get("totp")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def username(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmFederatedUsers#username
        '''
        result = self._values.get("username")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def user_profile_metadata(self) -> typing.Any:
        '''
        :schema: KeycloakRealmImportSpecRealmFederatedUsers#userProfileMetadata
        '''
        result = self._values.get("user_profile_metadata")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakRealmImportSpecRealmFederatedUsers(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakRealmImportSpecRealmGroups",
    jsii_struct_bases=[],
    name_mapping={
        "access": "access",
        "attributes": "attributes",
        "client_roles": "clientRoles",
        "id": "id",
        "name": "name",
        "parent_id": "parentId",
        "path": "path",
        "realm_roles": "realmRoles",
        "sub_group_count": "subGroupCount",
        "sub_groups": "subGroups",
    },
)
class KeycloakRealmImportSpecRealmGroups:
    def __init__(
        self,
        *,
        access: typing.Any = None,
        attributes: typing.Any = None,
        client_roles: typing.Any = None,
        id: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        parent_id: typing.Optional[builtins.str] = None,
        path: typing.Optional[builtins.str] = None,
        realm_roles: typing.Optional[typing.Sequence[builtins.str]] = None,
        sub_group_count: typing.Optional[jsii.Number] = None,
        sub_groups: typing.Optional[typing.Sequence[typing.Any]] = None,
    ) -> None:
        '''
        :param access: 
        :param attributes: 
        :param client_roles: 
        :param id: 
        :param name: 
        :param parent_id: 
        :param path: 
        :param realm_roles: 
        :param sub_group_count: 
        :param sub_groups: 

        :schema: KeycloakRealmImportSpecRealmGroups
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__802da7dabdb12098c8c1083aef36b9fe994e1541e81899380a9f06e40a5af854)
            check_type(argname="argument access", value=access, expected_type=type_hints["access"])
            check_type(argname="argument attributes", value=attributes, expected_type=type_hints["attributes"])
            check_type(argname="argument client_roles", value=client_roles, expected_type=type_hints["client_roles"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument parent_id", value=parent_id, expected_type=type_hints["parent_id"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument realm_roles", value=realm_roles, expected_type=type_hints["realm_roles"])
            check_type(argname="argument sub_group_count", value=sub_group_count, expected_type=type_hints["sub_group_count"])
            check_type(argname="argument sub_groups", value=sub_groups, expected_type=type_hints["sub_groups"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if access is not None:
            self._values["access"] = access
        if attributes is not None:
            self._values["attributes"] = attributes
        if client_roles is not None:
            self._values["client_roles"] = client_roles
        if id is not None:
            self._values["id"] = id
        if name is not None:
            self._values["name"] = name
        if parent_id is not None:
            self._values["parent_id"] = parent_id
        if path is not None:
            self._values["path"] = path
        if realm_roles is not None:
            self._values["realm_roles"] = realm_roles
        if sub_group_count is not None:
            self._values["sub_group_count"] = sub_group_count
        if sub_groups is not None:
            self._values["sub_groups"] = sub_groups

    @builtins.property
    def access(self) -> typing.Any:
        '''
        :schema: KeycloakRealmImportSpecRealmGroups#access
        '''
        result = self._values.get("access")
        return typing.cast(typing.Any, result)

    @builtins.property
    def attributes(self) -> typing.Any:
        '''
        :schema: KeycloakRealmImportSpecRealmGroups#attributes
        '''
        result = self._values.get("attributes")
        return typing.cast(typing.Any, result)

    @builtins.property
    def client_roles(self) -> typing.Any:
        '''
        :schema: KeycloakRealmImportSpecRealmGroups#clientRoles
        '''
        result = self._values.get("client_roles")
        return typing.cast(typing.Any, result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmGroups#id
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmGroups#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def parent_id(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmGroups#parentId
        '''
        result = self._values.get("parent_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmGroups#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def realm_roles(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KeycloakRealmImportSpecRealmGroups#realmRoles
        '''
        result = self._values.get("realm_roles")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def sub_group_count(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KeycloakRealmImportSpecRealmGroups#subGroupCount
        '''
        result = self._values.get("sub_group_count")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def sub_groups(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: KeycloakRealmImportSpecRealmGroups#subGroups
        '''
        result = self._values.get("sub_groups")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakRealmImportSpecRealmGroups(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakRealmImportSpecRealmIdentityProviderMappers",
    jsii_struct_bases=[],
    name_mapping={
        "config": "config",
        "id": "id",
        "identity_provider_alias": "identityProviderAlias",
        "identity_provider_mapper": "identityProviderMapper",
        "name": "name",
    },
)
class KeycloakRealmImportSpecRealmIdentityProviderMappers:
    def __init__(
        self,
        *,
        config: typing.Any = None,
        id: typing.Optional[builtins.str] = None,
        identity_provider_alias: typing.Optional[builtins.str] = None,
        identity_provider_mapper: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param config: 
        :param id: 
        :param identity_provider_alias: 
        :param identity_provider_mapper: 
        :param name: 

        :schema: KeycloakRealmImportSpecRealmIdentityProviderMappers
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__694d1c99e88614023ad4ad62b80d756229bc2dbd0ba788822280098de90744dc)
            check_type(argname="argument config", value=config, expected_type=type_hints["config"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument identity_provider_alias", value=identity_provider_alias, expected_type=type_hints["identity_provider_alias"])
            check_type(argname="argument identity_provider_mapper", value=identity_provider_mapper, expected_type=type_hints["identity_provider_mapper"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if config is not None:
            self._values["config"] = config
        if id is not None:
            self._values["id"] = id
        if identity_provider_alias is not None:
            self._values["identity_provider_alias"] = identity_provider_alias
        if identity_provider_mapper is not None:
            self._values["identity_provider_mapper"] = identity_provider_mapper
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def config(self) -> typing.Any:
        '''
        :schema: KeycloakRealmImportSpecRealmIdentityProviderMappers#config
        '''
        result = self._values.get("config")
        return typing.cast(typing.Any, result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmIdentityProviderMappers#id
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def identity_provider_alias(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmIdentityProviderMappers#identityProviderAlias
        '''
        result = self._values.get("identity_provider_alias")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def identity_provider_mapper(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmIdentityProviderMappers#identityProviderMapper
        '''
        result = self._values.get("identity_provider_mapper")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmIdentityProviderMappers#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakRealmImportSpecRealmIdentityProviderMappers(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakRealmImportSpecRealmIdentityProviders",
    jsii_struct_bases=[],
    name_mapping={
        "add_read_token_role_on_create": "addReadTokenRoleOnCreate",
        "alias": "alias",
        "authenticate_by_default": "authenticateByDefault",
        "config": "config",
        "display_name": "displayName",
        "enabled": "enabled",
        "first_broker_login_flow_alias": "firstBrokerLoginFlowAlias",
        "hide_on_login": "hideOnLogin",
        "internal_id": "internalId",
        "link_only": "linkOnly",
        "organization_id": "organizationId",
        "post_broker_login_flow_alias": "postBrokerLoginFlowAlias",
        "provider_id": "providerId",
        "store_token": "storeToken",
        "trust_email": "trustEmail",
        "update_profile_first_login_mode": "updateProfileFirstLoginMode",
    },
)
class KeycloakRealmImportSpecRealmIdentityProviders:
    def __init__(
        self,
        *,
        add_read_token_role_on_create: typing.Optional[builtins.bool] = None,
        alias: typing.Optional[builtins.str] = None,
        authenticate_by_default: typing.Optional[builtins.bool] = None,
        config: typing.Any = None,
        display_name: typing.Optional[builtins.str] = None,
        enabled: typing.Optional[builtins.bool] = None,
        first_broker_login_flow_alias: typing.Optional[builtins.str] = None,
        hide_on_login: typing.Optional[builtins.bool] = None,
        internal_id: typing.Optional[builtins.str] = None,
        link_only: typing.Optional[builtins.bool] = None,
        organization_id: typing.Optional[builtins.str] = None,
        post_broker_login_flow_alias: typing.Optional[builtins.str] = None,
        provider_id: typing.Optional[builtins.str] = None,
        store_token: typing.Optional[builtins.bool] = None,
        trust_email: typing.Optional[builtins.bool] = None,
        update_profile_first_login_mode: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param add_read_token_role_on_create: 
        :param alias: 
        :param authenticate_by_default: 
        :param config: 
        :param display_name: 
        :param enabled: 
        :param first_broker_login_flow_alias: 
        :param hide_on_login: 
        :param internal_id: 
        :param link_only: 
        :param organization_id: 
        :param post_broker_login_flow_alias: 
        :param provider_id: 
        :param store_token: 
        :param trust_email: 
        :param update_profile_first_login_mode: 

        :schema: KeycloakRealmImportSpecRealmIdentityProviders
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__54083398c1578370addcb29d2eee61b6c9f5755b10fb151f68d586a89d0dde6c)
            check_type(argname="argument add_read_token_role_on_create", value=add_read_token_role_on_create, expected_type=type_hints["add_read_token_role_on_create"])
            check_type(argname="argument alias", value=alias, expected_type=type_hints["alias"])
            check_type(argname="argument authenticate_by_default", value=authenticate_by_default, expected_type=type_hints["authenticate_by_default"])
            check_type(argname="argument config", value=config, expected_type=type_hints["config"])
            check_type(argname="argument display_name", value=display_name, expected_type=type_hints["display_name"])
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
            check_type(argname="argument first_broker_login_flow_alias", value=first_broker_login_flow_alias, expected_type=type_hints["first_broker_login_flow_alias"])
            check_type(argname="argument hide_on_login", value=hide_on_login, expected_type=type_hints["hide_on_login"])
            check_type(argname="argument internal_id", value=internal_id, expected_type=type_hints["internal_id"])
            check_type(argname="argument link_only", value=link_only, expected_type=type_hints["link_only"])
            check_type(argname="argument organization_id", value=organization_id, expected_type=type_hints["organization_id"])
            check_type(argname="argument post_broker_login_flow_alias", value=post_broker_login_flow_alias, expected_type=type_hints["post_broker_login_flow_alias"])
            check_type(argname="argument provider_id", value=provider_id, expected_type=type_hints["provider_id"])
            check_type(argname="argument store_token", value=store_token, expected_type=type_hints["store_token"])
            check_type(argname="argument trust_email", value=trust_email, expected_type=type_hints["trust_email"])
            check_type(argname="argument update_profile_first_login_mode", value=update_profile_first_login_mode, expected_type=type_hints["update_profile_first_login_mode"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if add_read_token_role_on_create is not None:
            self._values["add_read_token_role_on_create"] = add_read_token_role_on_create
        if alias is not None:
            self._values["alias"] = alias
        if authenticate_by_default is not None:
            self._values["authenticate_by_default"] = authenticate_by_default
        if config is not None:
            self._values["config"] = config
        if display_name is not None:
            self._values["display_name"] = display_name
        if enabled is not None:
            self._values["enabled"] = enabled
        if first_broker_login_flow_alias is not None:
            self._values["first_broker_login_flow_alias"] = first_broker_login_flow_alias
        if hide_on_login is not None:
            self._values["hide_on_login"] = hide_on_login
        if internal_id is not None:
            self._values["internal_id"] = internal_id
        if link_only is not None:
            self._values["link_only"] = link_only
        if organization_id is not None:
            self._values["organization_id"] = organization_id
        if post_broker_login_flow_alias is not None:
            self._values["post_broker_login_flow_alias"] = post_broker_login_flow_alias
        if provider_id is not None:
            self._values["provider_id"] = provider_id
        if store_token is not None:
            self._values["store_token"] = store_token
        if trust_email is not None:
            self._values["trust_email"] = trust_email
        if update_profile_first_login_mode is not None:
            self._values["update_profile_first_login_mode"] = update_profile_first_login_mode

    @builtins.property
    def add_read_token_role_on_create(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmIdentityProviders#addReadTokenRoleOnCreate
        '''
        result = self._values.get("add_read_token_role_on_create")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def alias(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmIdentityProviders#alias
        '''
        result = self._values.get("alias")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def authenticate_by_default(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmIdentityProviders#authenticateByDefault
        '''
        result = self._values.get("authenticate_by_default")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def config(self) -> typing.Any:
        '''
        :schema: KeycloakRealmImportSpecRealmIdentityProviders#config
        '''
        result = self._values.get("config")
        return typing.cast(typing.Any, result)

    @builtins.property
    def display_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmIdentityProviders#displayName
        '''
        result = self._values.get("display_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmIdentityProviders#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def first_broker_login_flow_alias(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmIdentityProviders#firstBrokerLoginFlowAlias
        '''
        result = self._values.get("first_broker_login_flow_alias")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def hide_on_login(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmIdentityProviders#hideOnLogin
        '''
        result = self._values.get("hide_on_login")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def internal_id(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmIdentityProviders#internalId
        '''
        result = self._values.get("internal_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def link_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmIdentityProviders#linkOnly
        '''
        result = self._values.get("link_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def organization_id(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmIdentityProviders#organizationId
        '''
        result = self._values.get("organization_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def post_broker_login_flow_alias(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmIdentityProviders#postBrokerLoginFlowAlias
        '''
        result = self._values.get("post_broker_login_flow_alias")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def provider_id(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmIdentityProviders#providerId
        '''
        result = self._values.get("provider_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def store_token(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmIdentityProviders#storeToken
        '''
        result = self._values.get("store_token")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def trust_email(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmIdentityProviders#trustEmail
        '''
        result = self._values.get("trust_email")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def update_profile_first_login_mode(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmIdentityProviders#updateProfileFirstLoginMode
        '''
        result = self._values.get("update_profile_first_login_mode")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakRealmImportSpecRealmIdentityProviders(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakRealmImportSpecRealmOauthClients",
    jsii_struct_bases=[],
    name_mapping={
        "access": "access",
        "admin_url": "adminUrl",
        "always_display_in_console": "alwaysDisplayInConsole",
        "attributes": "attributes",
        "authentication_flow_binding_overrides": "authenticationFlowBindingOverrides",
        "authorization_services_enabled": "authorizationServicesEnabled",
        "authorization_settings": "authorizationSettings",
        "base_url": "baseUrl",
        "bearer_only": "bearerOnly",
        "claims": "claims",
        "client_authenticator_type": "clientAuthenticatorType",
        "client_id": "clientId",
        "client_template": "clientTemplate",
        "consent_required": "consentRequired",
        "default_client_scopes": "defaultClientScopes",
        "default_roles": "defaultRoles",
        "description": "description",
        "direct_access_grants_enabled": "directAccessGrantsEnabled",
        "direct_grants_only": "directGrantsOnly",
        "enabled": "enabled",
        "frontchannel_logout": "frontchannelLogout",
        "full_scope_allowed": "fullScopeAllowed",
        "id": "id",
        "implicit_flow_enabled": "implicitFlowEnabled",
        "name": "name",
        "node_re_registration_timeout": "nodeReRegistrationTimeout",
        "not_before": "notBefore",
        "optional_client_scopes": "optionalClientScopes",
        "origin": "origin",
        "protocol": "protocol",
        "protocol_mappers": "protocolMappers",
        "public_client": "publicClient",
        "redirect_uris": "redirectUris",
        "registered_nodes": "registeredNodes",
        "registration_access_token": "registrationAccessToken",
        "root_url": "rootUrl",
        "secret": "secret",
        "service_accounts_enabled": "serviceAccountsEnabled",
        "standard_flow_enabled": "standardFlowEnabled",
        "surrogate_auth_required": "surrogateAuthRequired",
        "type": "type",
        "use_template_config": "useTemplateConfig",
        "use_template_mappers": "useTemplateMappers",
        "use_template_scope": "useTemplateScope",
        "web_origins": "webOrigins",
    },
)
class KeycloakRealmImportSpecRealmOauthClients:
    def __init__(
        self,
        *,
        access: typing.Any = None,
        admin_url: typing.Optional[builtins.str] = None,
        always_display_in_console: typing.Optional[builtins.bool] = None,
        attributes: typing.Any = None,
        authentication_flow_binding_overrides: typing.Any = None,
        authorization_services_enabled: typing.Optional[builtins.bool] = None,
        authorization_settings: typing.Any = None,
        base_url: typing.Optional[builtins.str] = None,
        bearer_only: typing.Optional[builtins.bool] = None,
        claims: typing.Any = None,
        client_authenticator_type: typing.Optional[builtins.str] = None,
        client_id: typing.Optional[builtins.str] = None,
        client_template: typing.Optional[builtins.str] = None,
        consent_required: typing.Optional[builtins.bool] = None,
        default_client_scopes: typing.Optional[typing.Sequence[builtins.str]] = None,
        default_roles: typing.Optional[typing.Sequence[builtins.str]] = None,
        description: typing.Optional[builtins.str] = None,
        direct_access_grants_enabled: typing.Optional[builtins.bool] = None,
        direct_grants_only: typing.Optional[builtins.bool] = None,
        enabled: typing.Optional[builtins.bool] = None,
        frontchannel_logout: typing.Optional[builtins.bool] = None,
        full_scope_allowed: typing.Optional[builtins.bool] = None,
        id: typing.Optional[builtins.str] = None,
        implicit_flow_enabled: typing.Optional[builtins.bool] = None,
        name: typing.Optional[builtins.str] = None,
        node_re_registration_timeout: typing.Optional[jsii.Number] = None,
        not_before: typing.Optional[jsii.Number] = None,
        optional_client_scopes: typing.Optional[typing.Sequence[builtins.str]] = None,
        origin: typing.Optional[builtins.str] = None,
        protocol: typing.Optional[builtins.str] = None,
        protocol_mappers: typing.Optional[typing.Sequence[typing.Any]] = None,
        public_client: typing.Optional[builtins.bool] = None,
        redirect_uris: typing.Optional[typing.Sequence[builtins.str]] = None,
        registered_nodes: typing.Any = None,
        registration_access_token: typing.Optional[builtins.str] = None,
        root_url: typing.Optional[builtins.str] = None,
        secret: typing.Optional[builtins.str] = None,
        service_accounts_enabled: typing.Optional[builtins.bool] = None,
        standard_flow_enabled: typing.Optional[builtins.bool] = None,
        surrogate_auth_required: typing.Optional[builtins.bool] = None,
        type: typing.Optional[builtins.str] = None,
        use_template_config: typing.Optional[builtins.bool] = None,
        use_template_mappers: typing.Optional[builtins.bool] = None,
        use_template_scope: typing.Optional[builtins.bool] = None,
        web_origins: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param access: 
        :param admin_url: 
        :param always_display_in_console: 
        :param attributes: 
        :param authentication_flow_binding_overrides: 
        :param authorization_services_enabled: 
        :param authorization_settings: 
        :param base_url: 
        :param bearer_only: 
        :param claims: 
        :param client_authenticator_type: 
        :param client_id: 
        :param client_template: 
        :param consent_required: 
        :param default_client_scopes: 
        :param default_roles: 
        :param description: 
        :param direct_access_grants_enabled: 
        :param direct_grants_only: 
        :param enabled: 
        :param frontchannel_logout: 
        :param full_scope_allowed: 
        :param id: 
        :param implicit_flow_enabled: 
        :param name: 
        :param node_re_registration_timeout: 
        :param not_before: 
        :param optional_client_scopes: 
        :param origin: 
        :param protocol: 
        :param protocol_mappers: 
        :param public_client: 
        :param redirect_uris: 
        :param registered_nodes: 
        :param registration_access_token: 
        :param root_url: 
        :param secret: 
        :param service_accounts_enabled: 
        :param standard_flow_enabled: 
        :param surrogate_auth_required: 
        :param type: 
        :param use_template_config: 
        :param use_template_mappers: 
        :param use_template_scope: 
        :param web_origins: 

        :schema: KeycloakRealmImportSpecRealmOauthClients
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__20b25198e92d4f6ff819a0094b1ac7a966a5ffbb55806f10e9eade28a7bb982c)
            check_type(argname="argument access", value=access, expected_type=type_hints["access"])
            check_type(argname="argument admin_url", value=admin_url, expected_type=type_hints["admin_url"])
            check_type(argname="argument always_display_in_console", value=always_display_in_console, expected_type=type_hints["always_display_in_console"])
            check_type(argname="argument attributes", value=attributes, expected_type=type_hints["attributes"])
            check_type(argname="argument authentication_flow_binding_overrides", value=authentication_flow_binding_overrides, expected_type=type_hints["authentication_flow_binding_overrides"])
            check_type(argname="argument authorization_services_enabled", value=authorization_services_enabled, expected_type=type_hints["authorization_services_enabled"])
            check_type(argname="argument authorization_settings", value=authorization_settings, expected_type=type_hints["authorization_settings"])
            check_type(argname="argument base_url", value=base_url, expected_type=type_hints["base_url"])
            check_type(argname="argument bearer_only", value=bearer_only, expected_type=type_hints["bearer_only"])
            check_type(argname="argument claims", value=claims, expected_type=type_hints["claims"])
            check_type(argname="argument client_authenticator_type", value=client_authenticator_type, expected_type=type_hints["client_authenticator_type"])
            check_type(argname="argument client_id", value=client_id, expected_type=type_hints["client_id"])
            check_type(argname="argument client_template", value=client_template, expected_type=type_hints["client_template"])
            check_type(argname="argument consent_required", value=consent_required, expected_type=type_hints["consent_required"])
            check_type(argname="argument default_client_scopes", value=default_client_scopes, expected_type=type_hints["default_client_scopes"])
            check_type(argname="argument default_roles", value=default_roles, expected_type=type_hints["default_roles"])
            check_type(argname="argument description", value=description, expected_type=type_hints["description"])
            check_type(argname="argument direct_access_grants_enabled", value=direct_access_grants_enabled, expected_type=type_hints["direct_access_grants_enabled"])
            check_type(argname="argument direct_grants_only", value=direct_grants_only, expected_type=type_hints["direct_grants_only"])
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
            check_type(argname="argument frontchannel_logout", value=frontchannel_logout, expected_type=type_hints["frontchannel_logout"])
            check_type(argname="argument full_scope_allowed", value=full_scope_allowed, expected_type=type_hints["full_scope_allowed"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument implicit_flow_enabled", value=implicit_flow_enabled, expected_type=type_hints["implicit_flow_enabled"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument node_re_registration_timeout", value=node_re_registration_timeout, expected_type=type_hints["node_re_registration_timeout"])
            check_type(argname="argument not_before", value=not_before, expected_type=type_hints["not_before"])
            check_type(argname="argument optional_client_scopes", value=optional_client_scopes, expected_type=type_hints["optional_client_scopes"])
            check_type(argname="argument origin", value=origin, expected_type=type_hints["origin"])
            check_type(argname="argument protocol", value=protocol, expected_type=type_hints["protocol"])
            check_type(argname="argument protocol_mappers", value=protocol_mappers, expected_type=type_hints["protocol_mappers"])
            check_type(argname="argument public_client", value=public_client, expected_type=type_hints["public_client"])
            check_type(argname="argument redirect_uris", value=redirect_uris, expected_type=type_hints["redirect_uris"])
            check_type(argname="argument registered_nodes", value=registered_nodes, expected_type=type_hints["registered_nodes"])
            check_type(argname="argument registration_access_token", value=registration_access_token, expected_type=type_hints["registration_access_token"])
            check_type(argname="argument root_url", value=root_url, expected_type=type_hints["root_url"])
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
            check_type(argname="argument service_accounts_enabled", value=service_accounts_enabled, expected_type=type_hints["service_accounts_enabled"])
            check_type(argname="argument standard_flow_enabled", value=standard_flow_enabled, expected_type=type_hints["standard_flow_enabled"])
            check_type(argname="argument surrogate_auth_required", value=surrogate_auth_required, expected_type=type_hints["surrogate_auth_required"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument use_template_config", value=use_template_config, expected_type=type_hints["use_template_config"])
            check_type(argname="argument use_template_mappers", value=use_template_mappers, expected_type=type_hints["use_template_mappers"])
            check_type(argname="argument use_template_scope", value=use_template_scope, expected_type=type_hints["use_template_scope"])
            check_type(argname="argument web_origins", value=web_origins, expected_type=type_hints["web_origins"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if access is not None:
            self._values["access"] = access
        if admin_url is not None:
            self._values["admin_url"] = admin_url
        if always_display_in_console is not None:
            self._values["always_display_in_console"] = always_display_in_console
        if attributes is not None:
            self._values["attributes"] = attributes
        if authentication_flow_binding_overrides is not None:
            self._values["authentication_flow_binding_overrides"] = authentication_flow_binding_overrides
        if authorization_services_enabled is not None:
            self._values["authorization_services_enabled"] = authorization_services_enabled
        if authorization_settings is not None:
            self._values["authorization_settings"] = authorization_settings
        if base_url is not None:
            self._values["base_url"] = base_url
        if bearer_only is not None:
            self._values["bearer_only"] = bearer_only
        if claims is not None:
            self._values["claims"] = claims
        if client_authenticator_type is not None:
            self._values["client_authenticator_type"] = client_authenticator_type
        if client_id is not None:
            self._values["client_id"] = client_id
        if client_template is not None:
            self._values["client_template"] = client_template
        if consent_required is not None:
            self._values["consent_required"] = consent_required
        if default_client_scopes is not None:
            self._values["default_client_scopes"] = default_client_scopes
        if default_roles is not None:
            self._values["default_roles"] = default_roles
        if description is not None:
            self._values["description"] = description
        if direct_access_grants_enabled is not None:
            self._values["direct_access_grants_enabled"] = direct_access_grants_enabled
        if direct_grants_only is not None:
            self._values["direct_grants_only"] = direct_grants_only
        if enabled is not None:
            self._values["enabled"] = enabled
        if frontchannel_logout is not None:
            self._values["frontchannel_logout"] = frontchannel_logout
        if full_scope_allowed is not None:
            self._values["full_scope_allowed"] = full_scope_allowed
        if id is not None:
            self._values["id"] = id
        if implicit_flow_enabled is not None:
            self._values["implicit_flow_enabled"] = implicit_flow_enabled
        if name is not None:
            self._values["name"] = name
        if node_re_registration_timeout is not None:
            self._values["node_re_registration_timeout"] = node_re_registration_timeout
        if not_before is not None:
            self._values["not_before"] = not_before
        if optional_client_scopes is not None:
            self._values["optional_client_scopes"] = optional_client_scopes
        if origin is not None:
            self._values["origin"] = origin
        if protocol is not None:
            self._values["protocol"] = protocol
        if protocol_mappers is not None:
            self._values["protocol_mappers"] = protocol_mappers
        if public_client is not None:
            self._values["public_client"] = public_client
        if redirect_uris is not None:
            self._values["redirect_uris"] = redirect_uris
        if registered_nodes is not None:
            self._values["registered_nodes"] = registered_nodes
        if registration_access_token is not None:
            self._values["registration_access_token"] = registration_access_token
        if root_url is not None:
            self._values["root_url"] = root_url
        if secret is not None:
            self._values["secret"] = secret
        if service_accounts_enabled is not None:
            self._values["service_accounts_enabled"] = service_accounts_enabled
        if standard_flow_enabled is not None:
            self._values["standard_flow_enabled"] = standard_flow_enabled
        if surrogate_auth_required is not None:
            self._values["surrogate_auth_required"] = surrogate_auth_required
        if type is not None:
            self._values["type"] = type
        if use_template_config is not None:
            self._values["use_template_config"] = use_template_config
        if use_template_mappers is not None:
            self._values["use_template_mappers"] = use_template_mappers
        if use_template_scope is not None:
            self._values["use_template_scope"] = use_template_scope
        if web_origins is not None:
            self._values["web_origins"] = web_origins

    @builtins.property
    def access(self) -> typing.Any:
        '''
        :schema: KeycloakRealmImportSpecRealmOauthClients#access
        '''
        result = self._values.get("access")
        return typing.cast(typing.Any, result)

    @builtins.property
    def admin_url(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmOauthClients#adminUrl
        '''
        result = self._values.get("admin_url")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def always_display_in_console(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmOauthClients#alwaysDisplayInConsole
        '''
        result = self._values.get("always_display_in_console")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def attributes(self) -> typing.Any:
        '''
        :schema: KeycloakRealmImportSpecRealmOauthClients#attributes
        '''
        result = self._values.get("attributes")
        return typing.cast(typing.Any, result)

    @builtins.property
    def authentication_flow_binding_overrides(self) -> typing.Any:
        '''
        :schema: KeycloakRealmImportSpecRealmOauthClients#authenticationFlowBindingOverrides
        '''
        result = self._values.get("authentication_flow_binding_overrides")
        return typing.cast(typing.Any, result)

    @builtins.property
    def authorization_services_enabled(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmOauthClients#authorizationServicesEnabled
        '''
        result = self._values.get("authorization_services_enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def authorization_settings(self) -> typing.Any:
        '''
        :schema: KeycloakRealmImportSpecRealmOauthClients#authorizationSettings
        '''
        result = self._values.get("authorization_settings")
        return typing.cast(typing.Any, result)

    @builtins.property
    def base_url(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmOauthClients#baseUrl
        '''
        result = self._values.get("base_url")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def bearer_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmOauthClients#bearerOnly
        '''
        result = self._values.get("bearer_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def claims(self) -> typing.Any:
        '''
        :schema: KeycloakRealmImportSpecRealmOauthClients#claims
        '''
        result = self._values.get("claims")
        return typing.cast(typing.Any, result)

    @builtins.property
    def client_authenticator_type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmOauthClients#clientAuthenticatorType
        '''
        result = self._values.get("client_authenticator_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def client_id(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmOauthClients#clientId
        '''
        result = self._values.get("client_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def client_template(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmOauthClients#clientTemplate
        '''
        result = self._values.get("client_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def consent_required(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmOauthClients#consentRequired
        '''
        result = self._values.get("consent_required")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def default_client_scopes(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KeycloakRealmImportSpecRealmOauthClients#defaultClientScopes
        '''
        result = self._values.get("default_client_scopes")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def default_roles(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KeycloakRealmImportSpecRealmOauthClients#defaultRoles
        '''
        result = self._values.get("default_roles")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def description(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmOauthClients#description
        '''
        result = self._values.get("description")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def direct_access_grants_enabled(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmOauthClients#directAccessGrantsEnabled
        '''
        result = self._values.get("direct_access_grants_enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def direct_grants_only(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmOauthClients#directGrantsOnly
        '''
        result = self._values.get("direct_grants_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmOauthClients#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def frontchannel_logout(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmOauthClients#frontchannelLogout
        '''
        result = self._values.get("frontchannel_logout")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def full_scope_allowed(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmOauthClients#fullScopeAllowed
        '''
        result = self._values.get("full_scope_allowed")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmOauthClients#id
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def implicit_flow_enabled(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmOauthClients#implicitFlowEnabled
        '''
        result = self._values.get("implicit_flow_enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmOauthClients#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def node_re_registration_timeout(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KeycloakRealmImportSpecRealmOauthClients#nodeReRegistrationTimeout
        '''
        result = self._values.get("node_re_registration_timeout")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def not_before(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KeycloakRealmImportSpecRealmOauthClients#notBefore
        '''
        result = self._values.get("not_before")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def optional_client_scopes(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KeycloakRealmImportSpecRealmOauthClients#optionalClientScopes
        '''
        result = self._values.get("optional_client_scopes")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def origin(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmOauthClients#origin
        '''
        result = self._values.get("origin")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def protocol(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmOauthClients#protocol
        '''
        result = self._values.get("protocol")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def protocol_mappers(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: KeycloakRealmImportSpecRealmOauthClients#protocolMappers
        '''
        result = self._values.get("protocol_mappers")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def public_client(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmOauthClients#publicClient
        '''
        result = self._values.get("public_client")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def redirect_uris(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KeycloakRealmImportSpecRealmOauthClients#redirectUris
        '''
        result = self._values.get("redirect_uris")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def registered_nodes(self) -> typing.Any:
        '''
        :schema: KeycloakRealmImportSpecRealmOauthClients#registeredNodes
        '''
        result = self._values.get("registered_nodes")
        return typing.cast(typing.Any, result)

    @builtins.property
    def registration_access_token(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmOauthClients#registrationAccessToken
        '''
        result = self._values.get("registration_access_token")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def root_url(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmOauthClients#rootUrl
        '''
        result = self._values.get("root_url")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def secret(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmOauthClients#secret
        '''
        result = self._values.get("secret")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def service_accounts_enabled(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmOauthClients#serviceAccountsEnabled
        '''
        result = self._values.get("service_accounts_enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def standard_flow_enabled(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmOauthClients#standardFlowEnabled
        '''
        result = self._values.get("standard_flow_enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def surrogate_auth_required(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmOauthClients#surrogateAuthRequired
        '''
        result = self._values.get("surrogate_auth_required")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmOauthClients#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def use_template_config(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmOauthClients#useTemplateConfig
        '''
        result = self._values.get("use_template_config")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def use_template_mappers(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmOauthClients#useTemplateMappers
        '''
        result = self._values.get("use_template_mappers")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def use_template_scope(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmOauthClients#useTemplateScope
        '''
        result = self._values.get("use_template_scope")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def web_origins(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KeycloakRealmImportSpecRealmOauthClients#webOrigins
        '''
        result = self._values.get("web_origins")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakRealmImportSpecRealmOauthClients(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakRealmImportSpecRealmOrganizations",
    jsii_struct_bases=[],
    name_mapping={
        "alias": "alias",
        "attributes": "attributes",
        "description": "description",
        "domains": "domains",
        "enabled": "enabled",
        "id": "id",
        "identity_providers": "identityProviders",
        "members": "members",
        "name": "name",
        "redirect_url": "redirectUrl",
    },
)
class KeycloakRealmImportSpecRealmOrganizations:
    def __init__(
        self,
        *,
        alias: typing.Optional[builtins.str] = None,
        attributes: typing.Any = None,
        description: typing.Optional[builtins.str] = None,
        domains: typing.Optional[typing.Sequence[typing.Any]] = None,
        enabled: typing.Optional[builtins.bool] = None,
        id: typing.Optional[builtins.str] = None,
        identity_providers: typing.Optional[typing.Sequence[typing.Any]] = None,
        members: typing.Optional[typing.Sequence[typing.Any]] = None,
        name: typing.Optional[builtins.str] = None,
        redirect_url: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param alias: 
        :param attributes: 
        :param description: 
        :param domains: 
        :param enabled: 
        :param id: 
        :param identity_providers: 
        :param members: 
        :param name: 
        :param redirect_url: 

        :schema: KeycloakRealmImportSpecRealmOrganizations
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9adab7ac883dadcd7054ba5c3bb1477205b2583d031b386d7f5b8d92307438e2)
            check_type(argname="argument alias", value=alias, expected_type=type_hints["alias"])
            check_type(argname="argument attributes", value=attributes, expected_type=type_hints["attributes"])
            check_type(argname="argument description", value=description, expected_type=type_hints["description"])
            check_type(argname="argument domains", value=domains, expected_type=type_hints["domains"])
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument identity_providers", value=identity_providers, expected_type=type_hints["identity_providers"])
            check_type(argname="argument members", value=members, expected_type=type_hints["members"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument redirect_url", value=redirect_url, expected_type=type_hints["redirect_url"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if alias is not None:
            self._values["alias"] = alias
        if attributes is not None:
            self._values["attributes"] = attributes
        if description is not None:
            self._values["description"] = description
        if domains is not None:
            self._values["domains"] = domains
        if enabled is not None:
            self._values["enabled"] = enabled
        if id is not None:
            self._values["id"] = id
        if identity_providers is not None:
            self._values["identity_providers"] = identity_providers
        if members is not None:
            self._values["members"] = members
        if name is not None:
            self._values["name"] = name
        if redirect_url is not None:
            self._values["redirect_url"] = redirect_url

    @builtins.property
    def alias(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmOrganizations#alias
        '''
        result = self._values.get("alias")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def attributes(self) -> typing.Any:
        '''
        :schema: KeycloakRealmImportSpecRealmOrganizations#attributes
        '''
        result = self._values.get("attributes")
        return typing.cast(typing.Any, result)

    @builtins.property
    def description(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmOrganizations#description
        '''
        result = self._values.get("description")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def domains(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: KeycloakRealmImportSpecRealmOrganizations#domains
        '''
        result = self._values.get("domains")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmOrganizations#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmOrganizations#id
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def identity_providers(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: KeycloakRealmImportSpecRealmOrganizations#identityProviders
        '''
        result = self._values.get("identity_providers")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def members(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: KeycloakRealmImportSpecRealmOrganizations#members
        '''
        result = self._values.get("members")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmOrganizations#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def redirect_url(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmOrganizations#redirectUrl
        '''
        result = self._values.get("redirect_url")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakRealmImportSpecRealmOrganizations(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakRealmImportSpecRealmProtocolMappers",
    jsii_struct_bases=[],
    name_mapping={
        "config": "config",
        "consent_required": "consentRequired",
        "consent_text": "consentText",
        "id": "id",
        "name": "name",
        "protocol": "protocol",
        "protocol_mapper": "protocolMapper",
    },
)
class KeycloakRealmImportSpecRealmProtocolMappers:
    def __init__(
        self,
        *,
        config: typing.Any = None,
        consent_required: typing.Optional[builtins.bool] = None,
        consent_text: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        protocol: typing.Optional[builtins.str] = None,
        protocol_mapper: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param config: 
        :param consent_required: 
        :param consent_text: 
        :param id: 
        :param name: 
        :param protocol: 
        :param protocol_mapper: 

        :schema: KeycloakRealmImportSpecRealmProtocolMappers
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3413ae70142aaebd03108fe8d8414d34de9bcb8209c9ea951e14782f70502f66)
            check_type(argname="argument config", value=config, expected_type=type_hints["config"])
            check_type(argname="argument consent_required", value=consent_required, expected_type=type_hints["consent_required"])
            check_type(argname="argument consent_text", value=consent_text, expected_type=type_hints["consent_text"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument protocol", value=protocol, expected_type=type_hints["protocol"])
            check_type(argname="argument protocol_mapper", value=protocol_mapper, expected_type=type_hints["protocol_mapper"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if config is not None:
            self._values["config"] = config
        if consent_required is not None:
            self._values["consent_required"] = consent_required
        if consent_text is not None:
            self._values["consent_text"] = consent_text
        if id is not None:
            self._values["id"] = id
        if name is not None:
            self._values["name"] = name
        if protocol is not None:
            self._values["protocol"] = protocol
        if protocol_mapper is not None:
            self._values["protocol_mapper"] = protocol_mapper

    @builtins.property
    def config(self) -> typing.Any:
        '''
        :schema: KeycloakRealmImportSpecRealmProtocolMappers#config
        '''
        result = self._values.get("config")
        return typing.cast(typing.Any, result)

    @builtins.property
    def consent_required(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmProtocolMappers#consentRequired
        '''
        result = self._values.get("consent_required")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def consent_text(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmProtocolMappers#consentText
        '''
        result = self._values.get("consent_text")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmProtocolMappers#id
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmProtocolMappers#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def protocol(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmProtocolMappers#protocol
        '''
        result = self._values.get("protocol")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def protocol_mapper(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmProtocolMappers#protocolMapper
        '''
        result = self._values.get("protocol_mapper")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakRealmImportSpecRealmProtocolMappers(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakRealmImportSpecRealmRequiredActions",
    jsii_struct_bases=[],
    name_mapping={
        "alias": "alias",
        "config": "config",
        "default_action": "defaultAction",
        "enabled": "enabled",
        "name": "name",
        "priority": "priority",
        "provider_id": "providerId",
    },
)
class KeycloakRealmImportSpecRealmRequiredActions:
    def __init__(
        self,
        *,
        alias: typing.Optional[builtins.str] = None,
        config: typing.Any = None,
        default_action: typing.Optional[builtins.bool] = None,
        enabled: typing.Optional[builtins.bool] = None,
        name: typing.Optional[builtins.str] = None,
        priority: typing.Optional[jsii.Number] = None,
        provider_id: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param alias: 
        :param config: 
        :param default_action: 
        :param enabled: 
        :param name: 
        :param priority: 
        :param provider_id: 

        :schema: KeycloakRealmImportSpecRealmRequiredActions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e7d076fe9f606705f8459e712d3349d7b4c404d53826580a74cb6057f4eadeaf)
            check_type(argname="argument alias", value=alias, expected_type=type_hints["alias"])
            check_type(argname="argument config", value=config, expected_type=type_hints["config"])
            check_type(argname="argument default_action", value=default_action, expected_type=type_hints["default_action"])
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument priority", value=priority, expected_type=type_hints["priority"])
            check_type(argname="argument provider_id", value=provider_id, expected_type=type_hints["provider_id"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if alias is not None:
            self._values["alias"] = alias
        if config is not None:
            self._values["config"] = config
        if default_action is not None:
            self._values["default_action"] = default_action
        if enabled is not None:
            self._values["enabled"] = enabled
        if name is not None:
            self._values["name"] = name
        if priority is not None:
            self._values["priority"] = priority
        if provider_id is not None:
            self._values["provider_id"] = provider_id

    @builtins.property
    def alias(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmRequiredActions#alias
        '''
        result = self._values.get("alias")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def config(self) -> typing.Any:
        '''
        :schema: KeycloakRealmImportSpecRealmRequiredActions#config
        '''
        result = self._values.get("config")
        return typing.cast(typing.Any, result)

    @builtins.property
    def default_action(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmRequiredActions#defaultAction
        '''
        result = self._values.get("default_action")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmRequiredActions#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmRequiredActions#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def priority(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KeycloakRealmImportSpecRealmRequiredActions#priority
        '''
        result = self._values.get("priority")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def provider_id(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmRequiredActions#providerId
        '''
        result = self._values.get("provider_id")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakRealmImportSpecRealmRequiredActions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakRealmImportSpecRealmRoles",
    jsii_struct_bases=[],
    name_mapping={"application": "application", "client": "client", "realm": "realm"},
)
class KeycloakRealmImportSpecRealmRoles:
    def __init__(
        self,
        *,
        application: typing.Any = None,
        client: typing.Any = None,
        realm: typing.Optional[typing.Sequence[typing.Any]] = None,
    ) -> None:
        '''
        :param application: 
        :param client: 
        :param realm: 

        :schema: KeycloakRealmImportSpecRealmRoles
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__da8b8bca332da848801c0d1a0fcb170f2940e4c7d48bdf6f0852da68e7645d12)
            check_type(argname="argument application", value=application, expected_type=type_hints["application"])
            check_type(argname="argument client", value=client, expected_type=type_hints["client"])
            check_type(argname="argument realm", value=realm, expected_type=type_hints["realm"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if application is not None:
            self._values["application"] = application
        if client is not None:
            self._values["client"] = client
        if realm is not None:
            self._values["realm"] = realm

    @builtins.property
    def application(self) -> typing.Any:
        '''
        :schema: KeycloakRealmImportSpecRealmRoles#application
        '''
        result = self._values.get("application")
        return typing.cast(typing.Any, result)

    @builtins.property
    def client(self) -> typing.Any:
        '''
        :schema: KeycloakRealmImportSpecRealmRoles#client
        '''
        result = self._values.get("client")
        return typing.cast(typing.Any, result)

    @builtins.property
    def realm(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: KeycloakRealmImportSpecRealmRoles#realm
        '''
        result = self._values.get("realm")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakRealmImportSpecRealmRoles(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakRealmImportSpecRealmScopeMappings",
    jsii_struct_bases=[],
    name_mapping={
        "client": "client",
        "client_scope": "clientScope",
        "client_template": "clientTemplate",
        "roles": "roles",
        "self": "self",
    },
)
class KeycloakRealmImportSpecRealmScopeMappings:
    def __init__(
        self_,
        *,
        client: typing.Optional[builtins.str] = None,
        client_scope: typing.Optional[builtins.str] = None,
        client_template: typing.Optional[builtins.str] = None,
        roles: typing.Optional[typing.Sequence[builtins.str]] = None,
        self: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param client: 
        :param client_scope: 
        :param client_template: 
        :param roles: 
        :param self: 

        :schema: KeycloakRealmImportSpecRealmScopeMappings
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7bd57b3fc13278c255e78f1fb25b9d3601a4f01e6dd518457462e5e2de235263)
            check_type(argname="argument client", value=client, expected_type=type_hints["client"])
            check_type(argname="argument client_scope", value=client_scope, expected_type=type_hints["client_scope"])
            check_type(argname="argument client_template", value=client_template, expected_type=type_hints["client_template"])
            check_type(argname="argument roles", value=roles, expected_type=type_hints["roles"])
            check_type(argname="argument self", value=self, expected_type=type_hints["self"])
        self_._values: typing.Dict[builtins.str, typing.Any] = {}
        if client is not None:
            self_._values["client"] = client
        if client_scope is not None:
            self_._values["client_scope"] = client_scope
        if client_template is not None:
            self_._values["client_template"] = client_template
        if roles is not None:
            self_._values["roles"] = roles
        if self is not None:
            self_._values["self"] = self

    @builtins.property
    def client(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmScopeMappings#client
        '''
        result = self._values.get("client")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def client_scope(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmScopeMappings#clientScope
        '''
        result = self._values.get("client_scope")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def client_template(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmScopeMappings#clientTemplate
        '''
        result = self._values.get("client_template")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def roles(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KeycloakRealmImportSpecRealmScopeMappings#roles
        '''
        result = self._values.get("roles")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def self(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmScopeMappings#self
        '''
        result = self._values.get("self")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakRealmImportSpecRealmScopeMappings(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakRealmImportSpecRealmUserFederationMappers",
    jsii_struct_bases=[],
    name_mapping={
        "config": "config",
        "federation_mapper_type": "federationMapperType",
        "federation_provider_display_name": "federationProviderDisplayName",
        "id": "id",
        "name": "name",
    },
)
class KeycloakRealmImportSpecRealmUserFederationMappers:
    def __init__(
        self,
        *,
        config: typing.Any = None,
        federation_mapper_type: typing.Optional[builtins.str] = None,
        federation_provider_display_name: typing.Optional[builtins.str] = None,
        id: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param config: 
        :param federation_mapper_type: 
        :param federation_provider_display_name: 
        :param id: 
        :param name: 

        :schema: KeycloakRealmImportSpecRealmUserFederationMappers
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9c52ee496f393d8dfb3f6236bfe91010e54a5dd6002bf09ace5b654a13010664)
            check_type(argname="argument config", value=config, expected_type=type_hints["config"])
            check_type(argname="argument federation_mapper_type", value=federation_mapper_type, expected_type=type_hints["federation_mapper_type"])
            check_type(argname="argument federation_provider_display_name", value=federation_provider_display_name, expected_type=type_hints["federation_provider_display_name"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if config is not None:
            self._values["config"] = config
        if federation_mapper_type is not None:
            self._values["federation_mapper_type"] = federation_mapper_type
        if federation_provider_display_name is not None:
            self._values["federation_provider_display_name"] = federation_provider_display_name
        if id is not None:
            self._values["id"] = id
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def config(self) -> typing.Any:
        '''
        :schema: KeycloakRealmImportSpecRealmUserFederationMappers#config
        '''
        result = self._values.get("config")
        return typing.cast(typing.Any, result)

    @builtins.property
    def federation_mapper_type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmUserFederationMappers#federationMapperType
        '''
        result = self._values.get("federation_mapper_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def federation_provider_display_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmUserFederationMappers#federationProviderDisplayName
        '''
        result = self._values.get("federation_provider_display_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmUserFederationMappers#id
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmUserFederationMappers#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakRealmImportSpecRealmUserFederationMappers(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakRealmImportSpecRealmUserFederationProviders",
    jsii_struct_bases=[],
    name_mapping={
        "changed_sync_period": "changedSyncPeriod",
        "config": "config",
        "display_name": "displayName",
        "full_sync_period": "fullSyncPeriod",
        "id": "id",
        "last_sync": "lastSync",
        "priority": "priority",
        "provider_name": "providerName",
    },
)
class KeycloakRealmImportSpecRealmUserFederationProviders:
    def __init__(
        self,
        *,
        changed_sync_period: typing.Optional[jsii.Number] = None,
        config: typing.Any = None,
        display_name: typing.Optional[builtins.str] = None,
        full_sync_period: typing.Optional[jsii.Number] = None,
        id: typing.Optional[builtins.str] = None,
        last_sync: typing.Optional[jsii.Number] = None,
        priority: typing.Optional[jsii.Number] = None,
        provider_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param changed_sync_period: 
        :param config: 
        :param display_name: 
        :param full_sync_period: 
        :param id: 
        :param last_sync: 
        :param priority: 
        :param provider_name: 

        :schema: KeycloakRealmImportSpecRealmUserFederationProviders
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6ab072c2f47392206b6584581d7a206d4881b161f012b25c1b082af6c169e381)
            check_type(argname="argument changed_sync_period", value=changed_sync_period, expected_type=type_hints["changed_sync_period"])
            check_type(argname="argument config", value=config, expected_type=type_hints["config"])
            check_type(argname="argument display_name", value=display_name, expected_type=type_hints["display_name"])
            check_type(argname="argument full_sync_period", value=full_sync_period, expected_type=type_hints["full_sync_period"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument last_sync", value=last_sync, expected_type=type_hints["last_sync"])
            check_type(argname="argument priority", value=priority, expected_type=type_hints["priority"])
            check_type(argname="argument provider_name", value=provider_name, expected_type=type_hints["provider_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if changed_sync_period is not None:
            self._values["changed_sync_period"] = changed_sync_period
        if config is not None:
            self._values["config"] = config
        if display_name is not None:
            self._values["display_name"] = display_name
        if full_sync_period is not None:
            self._values["full_sync_period"] = full_sync_period
        if id is not None:
            self._values["id"] = id
        if last_sync is not None:
            self._values["last_sync"] = last_sync
        if priority is not None:
            self._values["priority"] = priority
        if provider_name is not None:
            self._values["provider_name"] = provider_name

    @builtins.property
    def changed_sync_period(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KeycloakRealmImportSpecRealmUserFederationProviders#changedSyncPeriod
        '''
        result = self._values.get("changed_sync_period")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def config(self) -> typing.Any:
        '''
        :schema: KeycloakRealmImportSpecRealmUserFederationProviders#config
        '''
        result = self._values.get("config")
        return typing.cast(typing.Any, result)

    @builtins.property
    def display_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmUserFederationProviders#displayName
        '''
        result = self._values.get("display_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def full_sync_period(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KeycloakRealmImportSpecRealmUserFederationProviders#fullSyncPeriod
        '''
        result = self._values.get("full_sync_period")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmUserFederationProviders#id
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def last_sync(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KeycloakRealmImportSpecRealmUserFederationProviders#lastSync
        '''
        result = self._values.get("last_sync")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def priority(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KeycloakRealmImportSpecRealmUserFederationProviders#priority
        '''
        result = self._values.get("priority")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def provider_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmUserFederationProviders#providerName
        '''
        result = self._values.get("provider_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakRealmImportSpecRealmUserFederationProviders(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakRealmImportSpecRealmUsers",
    jsii_struct_bases=[],
    name_mapping={
        "access": "access",
        "application_roles": "applicationRoles",
        "attributes": "attributes",
        "client_consents": "clientConsents",
        "client_roles": "clientRoles",
        "created_timestamp": "createdTimestamp",
        "credentials": "credentials",
        "disableable_credential_types": "disableableCredentialTypes",
        "email": "email",
        "email_verified": "emailVerified",
        "enabled": "enabled",
        "federated_identities": "federatedIdentities",
        "federation_link": "federationLink",
        "first_name": "firstName",
        "groups": "groups",
        "id": "id",
        "last_name": "lastName",
        "not_before": "notBefore",
        "origin": "origin",
        "realm_roles": "realmRoles",
        "required_actions": "requiredActions",
        "self": "self",
        "service_account_client_id": "serviceAccountClientId",
        "social_links": "socialLinks",
        "totp": "totp",
        "username": "username",
        "user_profile_metadata": "userProfileMetadata",
    },
)
class KeycloakRealmImportSpecRealmUsers:
    def __init__(
        self_,
        *,
        access: typing.Any = None,
        application_roles: typing.Any = None,
        attributes: typing.Any = None,
        client_consents: typing.Optional[typing.Sequence[typing.Any]] = None,
        client_roles: typing.Any = None,
        created_timestamp: typing.Optional[jsii.Number] = None,
        credentials: typing.Optional[typing.Sequence[typing.Any]] = None,
        disableable_credential_types: typing.Optional[typing.Sequence[builtins.str]] = None,
        email: typing.Optional[builtins.str] = None,
        email_verified: typing.Optional[builtins.bool] = None,
        enabled: typing.Optional[builtins.bool] = None,
        federated_identities: typing.Optional[typing.Sequence[typing.Any]] = None,
        federation_link: typing.Optional[builtins.str] = None,
        first_name: typing.Optional[builtins.str] = None,
        groups: typing.Optional[typing.Sequence[builtins.str]] = None,
        id: typing.Optional[builtins.str] = None,
        last_name: typing.Optional[builtins.str] = None,
        not_before: typing.Optional[jsii.Number] = None,
        origin: typing.Optional[builtins.str] = None,
        realm_roles: typing.Optional[typing.Sequence[builtins.str]] = None,
        required_actions: typing.Optional[typing.Sequence[builtins.str]] = None,
        self: typing.Optional[builtins.str] = None,
        service_account_client_id: typing.Optional[builtins.str] = None,
        social_links: typing.Optional[typing.Sequence[typing.Any]] = None,
        totp: typing.Optional[builtins.bool] = None,
        username: typing.Optional[builtins.str] = None,
        user_profile_metadata: typing.Any = None,
    ) -> None:
        '''
        :param access: 
        :param application_roles: 
        :param attributes: 
        :param client_consents: 
        :param client_roles: 
        :param created_timestamp: 
        :param credentials: 
        :param disableable_credential_types: 
        :param email: 
        :param email_verified: 
        :param enabled: 
        :param federated_identities: 
        :param federation_link: 
        :param first_name: 
        :param groups: 
        :param id: 
        :param last_name: 
        :param not_before: 
        :param origin: 
        :param realm_roles: 
        :param required_actions: 
        :param self: 
        :param service_account_client_id: 
        :param social_links: 
        :param totp: 
        :param username: 
        :param user_profile_metadata: 

        :schema: KeycloakRealmImportSpecRealmUsers
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c1ff3cdfb7fd77f75edded35e26d623a2bb0a35635096f3403564523573a9ad4)
            check_type(argname="argument access", value=access, expected_type=type_hints["access"])
            check_type(argname="argument application_roles", value=application_roles, expected_type=type_hints["application_roles"])
            check_type(argname="argument attributes", value=attributes, expected_type=type_hints["attributes"])
            check_type(argname="argument client_consents", value=client_consents, expected_type=type_hints["client_consents"])
            check_type(argname="argument client_roles", value=client_roles, expected_type=type_hints["client_roles"])
            check_type(argname="argument created_timestamp", value=created_timestamp, expected_type=type_hints["created_timestamp"])
            check_type(argname="argument credentials", value=credentials, expected_type=type_hints["credentials"])
            check_type(argname="argument disableable_credential_types", value=disableable_credential_types, expected_type=type_hints["disableable_credential_types"])
            check_type(argname="argument email", value=email, expected_type=type_hints["email"])
            check_type(argname="argument email_verified", value=email_verified, expected_type=type_hints["email_verified"])
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
            check_type(argname="argument federated_identities", value=federated_identities, expected_type=type_hints["federated_identities"])
            check_type(argname="argument federation_link", value=federation_link, expected_type=type_hints["federation_link"])
            check_type(argname="argument first_name", value=first_name, expected_type=type_hints["first_name"])
            check_type(argname="argument groups", value=groups, expected_type=type_hints["groups"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
            check_type(argname="argument last_name", value=last_name, expected_type=type_hints["last_name"])
            check_type(argname="argument not_before", value=not_before, expected_type=type_hints["not_before"])
            check_type(argname="argument origin", value=origin, expected_type=type_hints["origin"])
            check_type(argname="argument realm_roles", value=realm_roles, expected_type=type_hints["realm_roles"])
            check_type(argname="argument required_actions", value=required_actions, expected_type=type_hints["required_actions"])
            check_type(argname="argument self", value=self, expected_type=type_hints["self"])
            check_type(argname="argument service_account_client_id", value=service_account_client_id, expected_type=type_hints["service_account_client_id"])
            check_type(argname="argument social_links", value=social_links, expected_type=type_hints["social_links"])
            check_type(argname="argument totp", value=totp, expected_type=type_hints["totp"])
            check_type(argname="argument username", value=username, expected_type=type_hints["username"])
            check_type(argname="argument user_profile_metadata", value=user_profile_metadata, expected_type=type_hints["user_profile_metadata"])
        self_._values: typing.Dict[builtins.str, typing.Any] = {}
        if access is not None:
            self_._values["access"] = access
        if application_roles is not None:
            self_._values["application_roles"] = application_roles
        if attributes is not None:
            self_._values["attributes"] = attributes
        if client_consents is not None:
            self_._values["client_consents"] = client_consents
        if client_roles is not None:
            self_._values["client_roles"] = client_roles
        if created_timestamp is not None:
            self_._values["created_timestamp"] = created_timestamp
        if credentials is not None:
            self_._values["credentials"] = credentials
        if disableable_credential_types is not None:
            self_._values["disableable_credential_types"] = disableable_credential_types
        if email is not None:
            self_._values["email"] = email
        if email_verified is not None:
            self_._values["email_verified"] = email_verified
        if enabled is not None:
            self_._values["enabled"] = enabled
        if federated_identities is not None:
            self_._values["federated_identities"] = federated_identities
        if federation_link is not None:
            self_._values["federation_link"] = federation_link
        if first_name is not None:
            self_._values["first_name"] = first_name
        if groups is not None:
            self_._values["groups"] = groups
        if id is not None:
            self_._values["id"] = id
        if last_name is not None:
            self_._values["last_name"] = last_name
        if not_before is not None:
            self_._values["not_before"] = not_before
        if origin is not None:
            self_._values["origin"] = origin
        if realm_roles is not None:
            self_._values["realm_roles"] = realm_roles
        if required_actions is not None:
            self_._values["required_actions"] = required_actions
        if self is not None:
            self_._values["self"] = self
        if service_account_client_id is not None:
            self_._values["service_account_client_id"] = service_account_client_id
        if social_links is not None:
            self_._values["social_links"] = social_links
        if totp is not None:
            self_._values["totp"] = totp
        if username is not None:
            self_._values["username"] = username
        if user_profile_metadata is not None:
            self_._values["user_profile_metadata"] = user_profile_metadata

    @builtins.property
    def access(self) -> typing.Any:
        '''
        :schema: KeycloakRealmImportSpecRealmUsers#access
        '''
        result = self._values.get("access")
        return typing.cast(typing.Any, result)

    @builtins.property
    def application_roles(self) -> typing.Any:
        '''
        :schema: KeycloakRealmImportSpecRealmUsers#applicationRoles
        '''
        result = self._values.get("application_roles")
        return typing.cast(typing.Any, result)

    @builtins.property
    def attributes(self) -> typing.Any:
        '''
        :schema: KeycloakRealmImportSpecRealmUsers#attributes
        '''
        result = self._values.get("attributes")
        return typing.cast(typing.Any, result)

    @builtins.property
    def client_consents(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: KeycloakRealmImportSpecRealmUsers#clientConsents
        '''
        result = self._values.get("client_consents")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def client_roles(self) -> typing.Any:
        '''
        :schema: KeycloakRealmImportSpecRealmUsers#clientRoles
        '''
        result = self._values.get("client_roles")
        return typing.cast(typing.Any, result)

    @builtins.property
    def created_timestamp(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KeycloakRealmImportSpecRealmUsers#createdTimestamp
        '''
        result = self._values.get("created_timestamp")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def credentials(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: KeycloakRealmImportSpecRealmUsers#credentials
        '''
        result = self._values.get("credentials")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def disableable_credential_types(
        self,
    ) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KeycloakRealmImportSpecRealmUsers#disableableCredentialTypes
        '''
        result = self._values.get("disableable_credential_types")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def email(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmUsers#email
        '''
        result = self._values.get("email")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def email_verified(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmUsers#emailVerified
        '''
        result = self._values.get("email_verified")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmUsers#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def federated_identities(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: KeycloakRealmImportSpecRealmUsers#federatedIdentities
        '''
        result = self._values.get("federated_identities")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def federation_link(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmUsers#federationLink
        '''
        result = self._values.get("federation_link")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def first_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmUsers#firstName
        '''
        result = self._values.get("first_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def groups(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KeycloakRealmImportSpecRealmUsers#groups
        '''
        result = self._values.get("groups")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def id(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmUsers#id
        '''
        result = self._values.get("id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def last_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmUsers#lastName
        '''
        result = self._values.get("last_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def not_before(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KeycloakRealmImportSpecRealmUsers#notBefore
        '''
        result = self._values.get("not_before")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def origin(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmUsers#origin
        '''
        result = self._values.get("origin")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def realm_roles(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KeycloakRealmImportSpecRealmUsers#realmRoles
        '''
        result = self._values.get("realm_roles")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def required_actions(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KeycloakRealmImportSpecRealmUsers#requiredActions
        '''
        result = self._values.get("required_actions")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def self(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmUsers#self
        '''
        result = self._values.get("self")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def service_account_client_id(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmUsers#serviceAccountClientId
        '''
        result = self._values.get("service_account_client_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def social_links(self) -> typing.Optional[typing.List[typing.Any]]:
        '''
        :schema: KeycloakRealmImportSpecRealmUsers#socialLinks
        '''
        result = self._values.get("social_links")
        return typing.cast(typing.Optional[typing.List[typing.Any]], result)

    @builtins.property
    def totp(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakRealmImportSpecRealmUsers#totp
        '''
        result = self._values.get("totp")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def username(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecRealmUsers#username
        '''
        result = self._values.get("username")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def user_profile_metadata(self) -> typing.Any:
        '''
        :schema: KeycloakRealmImportSpecRealmUsers#userProfileMetadata
        '''
        result = self._values.get("user_profile_metadata")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakRealmImportSpecRealmUsers(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakRealmImportSpecResources",
    jsii_struct_bases=[],
    name_mapping={"claims": "claims", "limits": "limits", "requests": "requests"},
)
class KeycloakRealmImportSpecResources:
    def __init__(
        self,
        *,
        claims: typing.Optional[typing.Sequence[typing.Union["KeycloakRealmImportSpecResourcesClaims", typing.Dict[builtins.str, typing.Any]]]] = None,
        limits: typing.Optional[typing.Mapping[builtins.str, "KeycloakRealmImportSpecResourcesLimits"]] = None,
        requests: typing.Optional[typing.Mapping[builtins.str, "KeycloakRealmImportSpecResourcesRequests"]] = None,
    ) -> None:
        '''Compute Resources required by Keycloak container.

        If not specified, the value is inherited from the Keycloak CR.

        :param claims: 
        :param limits: 
        :param requests: 

        :schema: KeycloakRealmImportSpecResources
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5749399366674c50508a1cf86e5062a0f6b62a747778915c49a72c73aae69209)
            check_type(argname="argument claims", value=claims, expected_type=type_hints["claims"])
            check_type(argname="argument limits", value=limits, expected_type=type_hints["limits"])
            check_type(argname="argument requests", value=requests, expected_type=type_hints["requests"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if claims is not None:
            self._values["claims"] = claims
        if limits is not None:
            self._values["limits"] = limits
        if requests is not None:
            self._values["requests"] = requests

    @builtins.property
    def claims(
        self,
    ) -> typing.Optional[typing.List["KeycloakRealmImportSpecResourcesClaims"]]:
        '''
        :schema: KeycloakRealmImportSpecResources#claims
        '''
        result = self._values.get("claims")
        return typing.cast(typing.Optional[typing.List["KeycloakRealmImportSpecResourcesClaims"]], result)

    @builtins.property
    def limits(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "KeycloakRealmImportSpecResourcesLimits"]]:
        '''
        :schema: KeycloakRealmImportSpecResources#limits
        '''
        result = self._values.get("limits")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "KeycloakRealmImportSpecResourcesLimits"]], result)

    @builtins.property
    def requests(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "KeycloakRealmImportSpecResourcesRequests"]]:
        '''
        :schema: KeycloakRealmImportSpecResources#requests
        '''
        result = self._values.get("requests")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "KeycloakRealmImportSpecResourcesRequests"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakRealmImportSpecResources(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakRealmImportSpecResourcesClaims",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class KeycloakRealmImportSpecResourcesClaims:
    def __init__(self, *, name: typing.Optional[builtins.str] = None) -> None:
        '''
        :param name: 

        :schema: KeycloakRealmImportSpecResourcesClaims
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b6eeb58e7dd8001a1f80c3b368d318e5cc521ce88cd256cde2394e25be5b3cb5)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakRealmImportSpecResourcesClaims#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakRealmImportSpecResourcesClaims(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class KeycloakRealmImportSpecResourcesLimits(
    metaclass=jsii.JSIIMeta,
    jsii_type="keycloak_orgkeycloakk8s.KeycloakRealmImportSpecResourcesLimits",
):
    '''
    :schema: KeycloakRealmImportSpecResourcesLimits
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "KeycloakRealmImportSpecResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5b86463181d519ea935fcba5c37a8bcaf7dcf8854b8ad3ffbe54227db642ee8f)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("KeycloakRealmImportSpecResourcesLimits", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "KeycloakRealmImportSpecResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__85ad14d9ca1144e0c100d03694977fbff05dc2bce91b6c1d08aaea1fb2d89d23)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("KeycloakRealmImportSpecResourcesLimits", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class KeycloakRealmImportSpecResourcesRequests(
    metaclass=jsii.JSIIMeta,
    jsii_type="keycloak_orgkeycloakk8s.KeycloakRealmImportSpecResourcesRequests",
):
    '''
    :schema: KeycloakRealmImportSpecResourcesRequests
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "KeycloakRealmImportSpecResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__17581abf8b31e5d9ee201761d56f0c64f16534470741730518069dcf56a28566)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("KeycloakRealmImportSpecResourcesRequests", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "KeycloakRealmImportSpecResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__764eb24be5ad70c2224e3b5e62d8550e6620589461dc8373748e55e106674738)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("KeycloakRealmImportSpecResourcesRequests", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakSpec",
    jsii_struct_bases=[],
    name_mapping={
        "additional_options": "additionalOptions",
        "bootstrap_admin": "bootstrapAdmin",
        "cache": "cache",
        "db": "db",
        "features": "features",
        "hostname": "hostname",
        "http": "http",
        "http_management": "httpManagement",
        "image": "image",
        "image_pull_secrets": "imagePullSecrets",
        "ingress": "ingress",
        "instances": "instances",
        "proxy": "proxy",
        "resources": "resources",
        "scheduling": "scheduling",
        "start_optimized": "startOptimized",
        "transaction": "transaction",
        "truststores": "truststores",
        "unsupported": "unsupported",
    },
)
class KeycloakSpec:
    def __init__(
        self,
        *,
        additional_options: typing.Optional[typing.Sequence[typing.Union["KeycloakSpecAdditionalOptions", typing.Dict[builtins.str, typing.Any]]]] = None,
        bootstrap_admin: typing.Optional[typing.Union["KeycloakSpecBootstrapAdmin", typing.Dict[builtins.str, typing.Any]]] = None,
        cache: typing.Optional[typing.Union["KeycloakSpecCache", typing.Dict[builtins.str, typing.Any]]] = None,
        db: typing.Optional[typing.Union["KeycloakSpecDb", typing.Dict[builtins.str, typing.Any]]] = None,
        features: typing.Optional[typing.Union["KeycloakSpecFeatures", typing.Dict[builtins.str, typing.Any]]] = None,
        hostname: typing.Optional[typing.Union["KeycloakSpecHostname", typing.Dict[builtins.str, typing.Any]]] = None,
        http: typing.Optional[typing.Union["KeycloakSpecHttp", typing.Dict[builtins.str, typing.Any]]] = None,
        http_management: typing.Optional[typing.Union["KeycloakSpecHttpManagement", typing.Dict[builtins.str, typing.Any]]] = None,
        image: typing.Optional[builtins.str] = None,
        image_pull_secrets: typing.Optional[typing.Sequence[typing.Union["KeycloakSpecImagePullSecrets", typing.Dict[builtins.str, typing.Any]]]] = None,
        ingress: typing.Optional[typing.Union["KeycloakSpecIngress", typing.Dict[builtins.str, typing.Any]]] = None,
        instances: typing.Optional[jsii.Number] = None,
        proxy: typing.Optional[typing.Union["KeycloakSpecProxy", typing.Dict[builtins.str, typing.Any]]] = None,
        resources: typing.Optional[typing.Union["KeycloakSpecResources", typing.Dict[builtins.str, typing.Any]]] = None,
        scheduling: typing.Optional[typing.Union["KeycloakSpecScheduling", typing.Dict[builtins.str, typing.Any]]] = None,
        start_optimized: typing.Optional[builtins.bool] = None,
        transaction: typing.Optional[typing.Union["KeycloakSpecTransaction", typing.Dict[builtins.str, typing.Any]]] = None,
        truststores: typing.Optional[typing.Mapping[builtins.str, typing.Union["KeycloakSpecTruststores", typing.Dict[builtins.str, typing.Any]]]] = None,
        unsupported: typing.Optional[typing.Union["KeycloakSpecUnsupported", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param additional_options: Configuration of the Keycloak server. expressed as a keys (reference: https://www.keycloak.org/server/all-config) and values that can be either direct values or references to secrets.
        :param bootstrap_admin: In this section you can configure Keycloak's bootstrap admin - will be used only for inital cluster creation.
        :param cache: In this section you can configure Keycloak's cache.
        :param db: In this section you can find all properties related to connect to a database.
        :param features: In this section you can configure Keycloak features, which should be enabled/disabled.
        :param hostname: In this section you can configure Keycloak hostname and related properties.
        :param http: In this section you can configure Keycloak features related to HTTP and HTTPS.
        :param http_management: In this section you can configure Keycloak's management interface setting.
        :param image: Custom Keycloak image to be used.
        :param image_pull_secrets: Secret(s) that might be used when pulling an image from a private container image registry or repository.
        :param ingress: The deployment is, by default, exposed through a basic ingress. You can change this behaviour by setting the enabled property to false.
        :param instances: Number of Keycloak instances. Default is 1. Default: 1.
        :param proxy: In this section you can configure Keycloak's reverse proxy setting.
        :param resources: Compute Resources required by Keycloak container.
        :param scheduling: In this section you can configure Keycloak's scheduling.
        :param start_optimized: Set to force the behavior of the --optimized flag for the start command. If left unspecified the operator will assume custom images have already been augmented.
        :param transaction: In this section you can find all properties related to the settings of transaction behavior.
        :param truststores: In this section you can configure Keycloak truststores.
        :param unsupported: In this section you can configure podTemplate advanced features, not production-ready, and not supported settings. Use at your own risk and open an issue with your use-case if you don't find an alternative way.

        :schema: KeycloakSpec
        '''
        if isinstance(bootstrap_admin, dict):
            bootstrap_admin = KeycloakSpecBootstrapAdmin(**bootstrap_admin)
        if isinstance(cache, dict):
            cache = KeycloakSpecCache(**cache)
        if isinstance(db, dict):
            db = KeycloakSpecDb(**db)
        if isinstance(features, dict):
            features = KeycloakSpecFeatures(**features)
        if isinstance(hostname, dict):
            hostname = KeycloakSpecHostname(**hostname)
        if isinstance(http, dict):
            http = KeycloakSpecHttp(**http)
        if isinstance(http_management, dict):
            http_management = KeycloakSpecHttpManagement(**http_management)
        if isinstance(ingress, dict):
            ingress = KeycloakSpecIngress(**ingress)
        if isinstance(proxy, dict):
            proxy = KeycloakSpecProxy(**proxy)
        if isinstance(resources, dict):
            resources = KeycloakSpecResources(**resources)
        if isinstance(scheduling, dict):
            scheduling = KeycloakSpecScheduling(**scheduling)
        if isinstance(transaction, dict):
            transaction = KeycloakSpecTransaction(**transaction)
        if isinstance(unsupported, dict):
            unsupported = KeycloakSpecUnsupported(**unsupported)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__37139a908e6a3b29ce199736fe8296f86aa3f79fb71e11681ad575e4c6ca61d5)
            check_type(argname="argument additional_options", value=additional_options, expected_type=type_hints["additional_options"])
            check_type(argname="argument bootstrap_admin", value=bootstrap_admin, expected_type=type_hints["bootstrap_admin"])
            check_type(argname="argument cache", value=cache, expected_type=type_hints["cache"])
            check_type(argname="argument db", value=db, expected_type=type_hints["db"])
            check_type(argname="argument features", value=features, expected_type=type_hints["features"])
            check_type(argname="argument hostname", value=hostname, expected_type=type_hints["hostname"])
            check_type(argname="argument http", value=http, expected_type=type_hints["http"])
            check_type(argname="argument http_management", value=http_management, expected_type=type_hints["http_management"])
            check_type(argname="argument image", value=image, expected_type=type_hints["image"])
            check_type(argname="argument image_pull_secrets", value=image_pull_secrets, expected_type=type_hints["image_pull_secrets"])
            check_type(argname="argument ingress", value=ingress, expected_type=type_hints["ingress"])
            check_type(argname="argument instances", value=instances, expected_type=type_hints["instances"])
            check_type(argname="argument proxy", value=proxy, expected_type=type_hints["proxy"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
            check_type(argname="argument scheduling", value=scheduling, expected_type=type_hints["scheduling"])
            check_type(argname="argument start_optimized", value=start_optimized, expected_type=type_hints["start_optimized"])
            check_type(argname="argument transaction", value=transaction, expected_type=type_hints["transaction"])
            check_type(argname="argument truststores", value=truststores, expected_type=type_hints["truststores"])
            check_type(argname="argument unsupported", value=unsupported, expected_type=type_hints["unsupported"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if additional_options is not None:
            self._values["additional_options"] = additional_options
        if bootstrap_admin is not None:
            self._values["bootstrap_admin"] = bootstrap_admin
        if cache is not None:
            self._values["cache"] = cache
        if db is not None:
            self._values["db"] = db
        if features is not None:
            self._values["features"] = features
        if hostname is not None:
            self._values["hostname"] = hostname
        if http is not None:
            self._values["http"] = http
        if http_management is not None:
            self._values["http_management"] = http_management
        if image is not None:
            self._values["image"] = image
        if image_pull_secrets is not None:
            self._values["image_pull_secrets"] = image_pull_secrets
        if ingress is not None:
            self._values["ingress"] = ingress
        if instances is not None:
            self._values["instances"] = instances
        if proxy is not None:
            self._values["proxy"] = proxy
        if resources is not None:
            self._values["resources"] = resources
        if scheduling is not None:
            self._values["scheduling"] = scheduling
        if start_optimized is not None:
            self._values["start_optimized"] = start_optimized
        if transaction is not None:
            self._values["transaction"] = transaction
        if truststores is not None:
            self._values["truststores"] = truststores
        if unsupported is not None:
            self._values["unsupported"] = unsupported

    @builtins.property
    def additional_options(
        self,
    ) -> typing.Optional[typing.List["KeycloakSpecAdditionalOptions"]]:
        '''Configuration of the Keycloak server.

        expressed as a keys (reference: https://www.keycloak.org/server/all-config) and values that can be either direct values or references to secrets.

        :schema: KeycloakSpec#additionalOptions
        '''
        result = self._values.get("additional_options")
        return typing.cast(typing.Optional[typing.List["KeycloakSpecAdditionalOptions"]], result)

    @builtins.property
    def bootstrap_admin(self) -> typing.Optional["KeycloakSpecBootstrapAdmin"]:
        '''In this section you can configure Keycloak's bootstrap admin - will be used only for inital cluster creation.

        :schema: KeycloakSpec#bootstrapAdmin
        '''
        result = self._values.get("bootstrap_admin")
        return typing.cast(typing.Optional["KeycloakSpecBootstrapAdmin"], result)

    @builtins.property
    def cache(self) -> typing.Optional["KeycloakSpecCache"]:
        '''In this section you can configure Keycloak's cache.

        :schema: KeycloakSpec#cache
        '''
        result = self._values.get("cache")
        return typing.cast(typing.Optional["KeycloakSpecCache"], result)

    @builtins.property
    def db(self) -> typing.Optional["KeycloakSpecDb"]:
        '''In this section you can find all properties related to connect to a database.

        :schema: KeycloakSpec#db
        '''
        result = self._values.get("db")
        return typing.cast(typing.Optional["KeycloakSpecDb"], result)

    @builtins.property
    def features(self) -> typing.Optional["KeycloakSpecFeatures"]:
        '''In this section you can configure Keycloak features, which should be enabled/disabled.

        :schema: KeycloakSpec#features
        '''
        result = self._values.get("features")
        return typing.cast(typing.Optional["KeycloakSpecFeatures"], result)

    @builtins.property
    def hostname(self) -> typing.Optional["KeycloakSpecHostname"]:
        '''In this section you can configure Keycloak hostname and related properties.

        :schema: KeycloakSpec#hostname
        '''
        result = self._values.get("hostname")
        return typing.cast(typing.Optional["KeycloakSpecHostname"], result)

    @builtins.property
    def http(self) -> typing.Optional["KeycloakSpecHttp"]:
        '''In this section you can configure Keycloak features related to HTTP and HTTPS.

        :schema: KeycloakSpec#http
        '''
        result = self._values.get("http")
        return typing.cast(typing.Optional["KeycloakSpecHttp"], result)

    @builtins.property
    def http_management(self) -> typing.Optional["KeycloakSpecHttpManagement"]:
        '''In this section you can configure Keycloak's management interface setting.

        :schema: KeycloakSpec#httpManagement
        '''
        result = self._values.get("http_management")
        return typing.cast(typing.Optional["KeycloakSpecHttpManagement"], result)

    @builtins.property
    def image(self) -> typing.Optional[builtins.str]:
        '''Custom Keycloak image to be used.

        :schema: KeycloakSpec#image
        '''
        result = self._values.get("image")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_pull_secrets(
        self,
    ) -> typing.Optional[typing.List["KeycloakSpecImagePullSecrets"]]:
        '''Secret(s) that might be used when pulling an image from a private container image registry or repository.

        :schema: KeycloakSpec#imagePullSecrets
        '''
        result = self._values.get("image_pull_secrets")
        return typing.cast(typing.Optional[typing.List["KeycloakSpecImagePullSecrets"]], result)

    @builtins.property
    def ingress(self) -> typing.Optional["KeycloakSpecIngress"]:
        '''The deployment is, by default, exposed through a basic ingress.

        You can change this behaviour by setting the enabled property to false.

        :schema: KeycloakSpec#ingress
        '''
        result = self._values.get("ingress")
        return typing.cast(typing.Optional["KeycloakSpecIngress"], result)

    @builtins.property
    def instances(self) -> typing.Optional[jsii.Number]:
        '''Number of Keycloak instances.

        Default is 1.

        :default: 1.

        :schema: KeycloakSpec#instances
        '''
        result = self._values.get("instances")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def proxy(self) -> typing.Optional["KeycloakSpecProxy"]:
        '''In this section you can configure Keycloak's reverse proxy setting.

        :schema: KeycloakSpec#proxy
        '''
        result = self._values.get("proxy")
        return typing.cast(typing.Optional["KeycloakSpecProxy"], result)

    @builtins.property
    def resources(self) -> typing.Optional["KeycloakSpecResources"]:
        '''Compute Resources required by Keycloak container.

        :schema: KeycloakSpec#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Optional["KeycloakSpecResources"], result)

    @builtins.property
    def scheduling(self) -> typing.Optional["KeycloakSpecScheduling"]:
        '''In this section you can configure Keycloak's scheduling.

        :schema: KeycloakSpec#scheduling
        '''
        result = self._values.get("scheduling")
        return typing.cast(typing.Optional["KeycloakSpecScheduling"], result)

    @builtins.property
    def start_optimized(self) -> typing.Optional[builtins.bool]:
        '''Set to force the behavior of the --optimized flag for the start command.

        If left unspecified the operator will assume custom images have already been augmented.

        :schema: KeycloakSpec#startOptimized
        '''
        result = self._values.get("start_optimized")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def transaction(self) -> typing.Optional["KeycloakSpecTransaction"]:
        '''In this section you can find all properties related to the settings of transaction behavior.

        :schema: KeycloakSpec#transaction
        '''
        result = self._values.get("transaction")
        return typing.cast(typing.Optional["KeycloakSpecTransaction"], result)

    @builtins.property
    def truststores(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "KeycloakSpecTruststores"]]:
        '''In this section you can configure Keycloak truststores.

        :schema: KeycloakSpec#truststores
        '''
        result = self._values.get("truststores")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "KeycloakSpecTruststores"]], result)

    @builtins.property
    def unsupported(self) -> typing.Optional["KeycloakSpecUnsupported"]:
        '''In this section you can configure podTemplate advanced features, not production-ready, and not supported settings.

        Use at your own risk and open an issue with your use-case if you don't find an alternative way.

        :schema: KeycloakSpec#unsupported
        '''
        result = self._values.get("unsupported")
        return typing.cast(typing.Optional["KeycloakSpecUnsupported"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakSpecAdditionalOptions",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "secret": "secret", "value": "value"},
)
class KeycloakSpecAdditionalOptions:
    def __init__(
        self,
        *,
        name: typing.Optional[builtins.str] = None,
        secret: typing.Optional[typing.Union["KeycloakSpecAdditionalOptionsSecret", typing.Dict[builtins.str, typing.Any]]] = None,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: 
        :param secret: 
        :param value: 

        :schema: KeycloakSpecAdditionalOptions
        '''
        if isinstance(secret, dict):
            secret = KeycloakSpecAdditionalOptionsSecret(**secret)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c7f7d49eeae1f6f7b141b3474c5f64474ba54a3624507f0d78263b844ec47e2b)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name
        if secret is not None:
            self._values["secret"] = secret
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakSpecAdditionalOptions#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def secret(self) -> typing.Optional["KeycloakSpecAdditionalOptionsSecret"]:
        '''
        :schema: KeycloakSpecAdditionalOptions#secret
        '''
        result = self._values.get("secret")
        return typing.cast(typing.Optional["KeycloakSpecAdditionalOptionsSecret"], result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakSpecAdditionalOptions#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakSpecAdditionalOptions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakSpecAdditionalOptionsSecret",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class KeycloakSpecAdditionalOptionsSecret:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param key: 
        :param name: 
        :param optional: 

        :schema: KeycloakSpecAdditionalOptionsSecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1b1db0f3bc23498264e0e31b3546f082bb791675efc1a379094b97ea02469ea8)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakSpecAdditionalOptionsSecret#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakSpecAdditionalOptionsSecret#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakSpecAdditionalOptionsSecret#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakSpecAdditionalOptionsSecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakSpecBootstrapAdmin",
    jsii_struct_bases=[],
    name_mapping={"service": "service", "user": "user"},
)
class KeycloakSpecBootstrapAdmin:
    def __init__(
        self,
        *,
        service: typing.Optional[typing.Union["KeycloakSpecBootstrapAdminService", typing.Dict[builtins.str, typing.Any]]] = None,
        user: typing.Optional[typing.Union["KeycloakSpecBootstrapAdminUser", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''In this section you can configure Keycloak's bootstrap admin - will be used only for inital cluster creation.

        :param service: Configures the bootstrap admin service account.
        :param user: Configures the bootstrap admin user.

        :schema: KeycloakSpecBootstrapAdmin
        '''
        if isinstance(service, dict):
            service = KeycloakSpecBootstrapAdminService(**service)
        if isinstance(user, dict):
            user = KeycloakSpecBootstrapAdminUser(**user)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b1682afc690f9195377851cd150b14d3443099703b6586c8860a5c72075c2320)
            check_type(argname="argument service", value=service, expected_type=type_hints["service"])
            check_type(argname="argument user", value=user, expected_type=type_hints["user"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if service is not None:
            self._values["service"] = service
        if user is not None:
            self._values["user"] = user

    @builtins.property
    def service(self) -> typing.Optional["KeycloakSpecBootstrapAdminService"]:
        '''Configures the bootstrap admin service account.

        :schema: KeycloakSpecBootstrapAdmin#service
        '''
        result = self._values.get("service")
        return typing.cast(typing.Optional["KeycloakSpecBootstrapAdminService"], result)

    @builtins.property
    def user(self) -> typing.Optional["KeycloakSpecBootstrapAdminUser"]:
        '''Configures the bootstrap admin user.

        :schema: KeycloakSpecBootstrapAdmin#user
        '''
        result = self._values.get("user")
        return typing.cast(typing.Optional["KeycloakSpecBootstrapAdminUser"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakSpecBootstrapAdmin(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakSpecBootstrapAdminService",
    jsii_struct_bases=[],
    name_mapping={"secret": "secret"},
)
class KeycloakSpecBootstrapAdminService:
    def __init__(self, *, secret: typing.Optional[builtins.str] = None) -> None:
        '''Configures the bootstrap admin service account.

        :param secret: Name of the Secret that contains the client-id and client-secret keys.

        :schema: KeycloakSpecBootstrapAdminService
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ebbb167d5b87aa5349c049a3ab46db47a62cc959821ab56eb40bf3ad2c9bf0c7)
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if secret is not None:
            self._values["secret"] = secret

    @builtins.property
    def secret(self) -> typing.Optional[builtins.str]:
        '''Name of the Secret that contains the client-id and client-secret keys.

        :schema: KeycloakSpecBootstrapAdminService#secret
        '''
        result = self._values.get("secret")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakSpecBootstrapAdminService(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakSpecBootstrapAdminUser",
    jsii_struct_bases=[],
    name_mapping={"secret": "secret"},
)
class KeycloakSpecBootstrapAdminUser:
    def __init__(self, *, secret: typing.Optional[builtins.str] = None) -> None:
        '''Configures the bootstrap admin user.

        :param secret: Name of the Secret that contains the username and password keys.

        :schema: KeycloakSpecBootstrapAdminUser
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__dd464bceb29eff4047fbd012d8d1fcd5f72e9fbe8536b08dc4f01f755d2d5f26)
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if secret is not None:
            self._values["secret"] = secret

    @builtins.property
    def secret(self) -> typing.Optional[builtins.str]:
        '''Name of the Secret that contains the username and password keys.

        :schema: KeycloakSpecBootstrapAdminUser#secret
        '''
        result = self._values.get("secret")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakSpecBootstrapAdminUser(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakSpecCache",
    jsii_struct_bases=[],
    name_mapping={"config_map_file": "configMapFile"},
)
class KeycloakSpecCache:
    def __init__(
        self,
        *,
        config_map_file: typing.Optional[typing.Union["KeycloakSpecCacheConfigMapFile", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''In this section you can configure Keycloak's cache.

        :param config_map_file: 

        :schema: KeycloakSpecCache
        '''
        if isinstance(config_map_file, dict):
            config_map_file = KeycloakSpecCacheConfigMapFile(**config_map_file)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3587aadb4de26ba93b958fa8b20d1f4d2e74eb1dc79c6c9f571b4940e2645605)
            check_type(argname="argument config_map_file", value=config_map_file, expected_type=type_hints["config_map_file"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if config_map_file is not None:
            self._values["config_map_file"] = config_map_file

    @builtins.property
    def config_map_file(self) -> typing.Optional["KeycloakSpecCacheConfigMapFile"]:
        '''
        :schema: KeycloakSpecCache#configMapFile
        '''
        result = self._values.get("config_map_file")
        return typing.cast(typing.Optional["KeycloakSpecCacheConfigMapFile"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakSpecCache(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakSpecCacheConfigMapFile",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class KeycloakSpecCacheConfigMapFile:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param key: 
        :param name: 
        :param optional: 

        :schema: KeycloakSpecCacheConfigMapFile
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4496a8b7e11ad5b1e663c545e3cc43d68f5a9e6c53010f56e8ef2948145f93df)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakSpecCacheConfigMapFile#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakSpecCacheConfigMapFile#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakSpecCacheConfigMapFile#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakSpecCacheConfigMapFile(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakSpecDb",
    jsii_struct_bases=[],
    name_mapping={
        "database": "database",
        "host": "host",
        "password_secret": "passwordSecret",
        "pool_initial_size": "poolInitialSize",
        "pool_max_size": "poolMaxSize",
        "pool_min_size": "poolMinSize",
        "port": "port",
        "schema": "schema",
        "url": "url",
        "username_secret": "usernameSecret",
        "vendor": "vendor",
    },
)
class KeycloakSpecDb:
    def __init__(
        self,
        *,
        database: typing.Optional[builtins.str] = None,
        host: typing.Optional[builtins.str] = None,
        password_secret: typing.Optional[typing.Union["KeycloakSpecDbPasswordSecret", typing.Dict[builtins.str, typing.Any]]] = None,
        pool_initial_size: typing.Optional[jsii.Number] = None,
        pool_max_size: typing.Optional[jsii.Number] = None,
        pool_min_size: typing.Optional[jsii.Number] = None,
        port: typing.Optional[jsii.Number] = None,
        schema: typing.Optional[builtins.str] = None,
        url: typing.Optional[builtins.str] = None,
        username_secret: typing.Optional[typing.Union["KeycloakSpecDbUsernameSecret", typing.Dict[builtins.str, typing.Any]]] = None,
        vendor: typing.Optional[builtins.str] = None,
    ) -> None:
        '''In this section you can find all properties related to connect to a database.

        :param database: Sets the database name of the default JDBC URL of the chosen vendor. If the ``url`` option is set, this option is ignored.
        :param host: Sets the hostname of the default JDBC URL of the chosen vendor. If the ``url`` option is set, this option is ignored.
        :param password_secret: The reference to a secret holding the password of the database user.
        :param pool_initial_size: The initial size of the connection pool.
        :param pool_max_size: The maximum size of the connection pool.
        :param pool_min_size: The minimal size of the connection pool.
        :param port: Sets the port of the default JDBC URL of the chosen vendor. If the ``url`` option is set, this option is ignored.
        :param schema: The database schema to be used.
        :param url: The full database JDBC URL. If not provided, a default URL is set based on the selected database vendor. For instance, if using 'postgres', the default JDBC URL would be 'jdbc:postgresql://localhost/keycloak'.
        :param username_secret: The reference to a secret holding the username of the database user.
        :param vendor: The database vendor.

        :schema: KeycloakSpecDb
        '''
        if isinstance(password_secret, dict):
            password_secret = KeycloakSpecDbPasswordSecret(**password_secret)
        if isinstance(username_secret, dict):
            username_secret = KeycloakSpecDbUsernameSecret(**username_secret)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__87c82edb033249abb84df00795319c9e39351c54cb6aa3825fb27c13830a3fcc)
            check_type(argname="argument database", value=database, expected_type=type_hints["database"])
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
            check_type(argname="argument password_secret", value=password_secret, expected_type=type_hints["password_secret"])
            check_type(argname="argument pool_initial_size", value=pool_initial_size, expected_type=type_hints["pool_initial_size"])
            check_type(argname="argument pool_max_size", value=pool_max_size, expected_type=type_hints["pool_max_size"])
            check_type(argname="argument pool_min_size", value=pool_min_size, expected_type=type_hints["pool_min_size"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument schema", value=schema, expected_type=type_hints["schema"])
            check_type(argname="argument url", value=url, expected_type=type_hints["url"])
            check_type(argname="argument username_secret", value=username_secret, expected_type=type_hints["username_secret"])
            check_type(argname="argument vendor", value=vendor, expected_type=type_hints["vendor"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if database is not None:
            self._values["database"] = database
        if host is not None:
            self._values["host"] = host
        if password_secret is not None:
            self._values["password_secret"] = password_secret
        if pool_initial_size is not None:
            self._values["pool_initial_size"] = pool_initial_size
        if pool_max_size is not None:
            self._values["pool_max_size"] = pool_max_size
        if pool_min_size is not None:
            self._values["pool_min_size"] = pool_min_size
        if port is not None:
            self._values["port"] = port
        if schema is not None:
            self._values["schema"] = schema
        if url is not None:
            self._values["url"] = url
        if username_secret is not None:
            self._values["username_secret"] = username_secret
        if vendor is not None:
            self._values["vendor"] = vendor

    @builtins.property
    def database(self) -> typing.Optional[builtins.str]:
        '''Sets the database name of the default JDBC URL of the chosen vendor.

        If the ``url`` option is set, this option is ignored.

        :schema: KeycloakSpecDb#database
        '''
        result = self._values.get("database")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def host(self) -> typing.Optional[builtins.str]:
        '''Sets the hostname of the default JDBC URL of the chosen vendor.

        If the ``url`` option is set, this option is ignored.

        :schema: KeycloakSpecDb#host
        '''
        result = self._values.get("host")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def password_secret(self) -> typing.Optional["KeycloakSpecDbPasswordSecret"]:
        '''The reference to a secret holding the password of the database user.

        :schema: KeycloakSpecDb#passwordSecret
        '''
        result = self._values.get("password_secret")
        return typing.cast(typing.Optional["KeycloakSpecDbPasswordSecret"], result)

    @builtins.property
    def pool_initial_size(self) -> typing.Optional[jsii.Number]:
        '''The initial size of the connection pool.

        :schema: KeycloakSpecDb#poolInitialSize
        '''
        result = self._values.get("pool_initial_size")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def pool_max_size(self) -> typing.Optional[jsii.Number]:
        '''The maximum size of the connection pool.

        :schema: KeycloakSpecDb#poolMaxSize
        '''
        result = self._values.get("pool_max_size")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def pool_min_size(self) -> typing.Optional[jsii.Number]:
        '''The minimal size of the connection pool.

        :schema: KeycloakSpecDb#poolMinSize
        '''
        result = self._values.get("pool_min_size")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''Sets the port of the default JDBC URL of the chosen vendor.

        If the ``url`` option is set, this option is ignored.

        :schema: KeycloakSpecDb#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def schema(self) -> typing.Optional[builtins.str]:
        '''The database schema to be used.

        :schema: KeycloakSpecDb#schema
        '''
        result = self._values.get("schema")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def url(self) -> typing.Optional[builtins.str]:
        '''The full database JDBC URL.

        If not provided, a default URL is set based on the selected database vendor. For instance, if using 'postgres', the default JDBC URL would be 'jdbc:postgresql://localhost/keycloak'.

        :schema: KeycloakSpecDb#url
        '''
        result = self._values.get("url")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def username_secret(self) -> typing.Optional["KeycloakSpecDbUsernameSecret"]:
        '''The reference to a secret holding the username of the database user.

        :schema: KeycloakSpecDb#usernameSecret
        '''
        result = self._values.get("username_secret")
        return typing.cast(typing.Optional["KeycloakSpecDbUsernameSecret"], result)

    @builtins.property
    def vendor(self) -> typing.Optional[builtins.str]:
        '''The database vendor.

        :schema: KeycloakSpecDb#vendor
        '''
        result = self._values.get("vendor")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakSpecDb(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakSpecDbPasswordSecret",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class KeycloakSpecDbPasswordSecret:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''The reference to a secret holding the password of the database user.

        :param key: 
        :param name: 
        :param optional: 

        :schema: KeycloakSpecDbPasswordSecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5e56b204c8acbaabe587b41a97e19630c4c32d14cbe30352f7b3230d22e3f5f1)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakSpecDbPasswordSecret#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakSpecDbPasswordSecret#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakSpecDbPasswordSecret#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakSpecDbPasswordSecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakSpecDbUsernameSecret",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class KeycloakSpecDbUsernameSecret:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''The reference to a secret holding the username of the database user.

        :param key: 
        :param name: 
        :param optional: 

        :schema: KeycloakSpecDbUsernameSecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__57a4a58792db5abc1de49ecd04fd059b3a6c5d4f32ff42bc06e6ead468119f37)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakSpecDbUsernameSecret#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakSpecDbUsernameSecret#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakSpecDbUsernameSecret#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakSpecDbUsernameSecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakSpecFeatures",
    jsii_struct_bases=[],
    name_mapping={"disabled": "disabled", "enabled": "enabled"},
)
class KeycloakSpecFeatures:
    def __init__(
        self,
        *,
        disabled: typing.Optional[typing.Sequence[builtins.str]] = None,
        enabled: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''In this section you can configure Keycloak features, which should be enabled/disabled.

        :param disabled: Disabled Keycloak features.
        :param enabled: Enabled Keycloak features.

        :schema: KeycloakSpecFeatures
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fe35f360aa0eaf601a536f0b361acc45d2c7e66c052e252fccdae6cdfe8f053c)
            check_type(argname="argument disabled", value=disabled, expected_type=type_hints["disabled"])
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if disabled is not None:
            self._values["disabled"] = disabled
        if enabled is not None:
            self._values["enabled"] = enabled

    @builtins.property
    def disabled(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Disabled Keycloak features.

        :schema: KeycloakSpecFeatures#disabled
        '''
        result = self._values.get("disabled")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def enabled(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Enabled Keycloak features.

        :schema: KeycloakSpecFeatures#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakSpecFeatures(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakSpecHostname",
    jsii_struct_bases=[],
    name_mapping={
        "admin": "admin",
        "admin_url": "adminUrl",
        "backchannel_dynamic": "backchannelDynamic",
        "hostname": "hostname",
        "strict": "strict",
        "strict_backchannel": "strictBackchannel",
    },
)
class KeycloakSpecHostname:
    def __init__(
        self,
        *,
        admin: typing.Optional[builtins.str] = None,
        admin_url: typing.Optional[builtins.str] = None,
        backchannel_dynamic: typing.Optional[builtins.bool] = None,
        hostname: typing.Optional[builtins.str] = None,
        strict: typing.Optional[builtins.bool] = None,
        strict_backchannel: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''In this section you can configure Keycloak hostname and related properties.

        :param admin: The hostname for accessing the administration console. Applicable for Hostname v1 and v2.
        :param admin_url: DEPRECATED. Sets the base URL for accessing the administration console, including scheme, host, port and path. Applicable for Hostname v1.
        :param backchannel_dynamic: Enables dynamic resolving of backchannel URLs, including hostname, scheme, port and context path. Set to true if your application accesses Keycloak via a private network. Applicable for Hostname v2.
        :param hostname: Hostname for the Keycloak server. Applicable for Hostname v1 and v2.
        :param strict: Disables dynamically resolving the hostname from request headers. Applicable for Hostname v1 and v2.
        :param strict_backchannel: DEPRECATED. By default backchannel URLs are dynamically resolved from request headers to allow internal and external applications. Applicable for Hostname v1.

        :schema: KeycloakSpecHostname
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a7e5ad65519ddf1d0aad2b52b649d75e87778e5bf5b1f374a2002599ca7304e1)
            check_type(argname="argument admin", value=admin, expected_type=type_hints["admin"])
            check_type(argname="argument admin_url", value=admin_url, expected_type=type_hints["admin_url"])
            check_type(argname="argument backchannel_dynamic", value=backchannel_dynamic, expected_type=type_hints["backchannel_dynamic"])
            check_type(argname="argument hostname", value=hostname, expected_type=type_hints["hostname"])
            check_type(argname="argument strict", value=strict, expected_type=type_hints["strict"])
            check_type(argname="argument strict_backchannel", value=strict_backchannel, expected_type=type_hints["strict_backchannel"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if admin is not None:
            self._values["admin"] = admin
        if admin_url is not None:
            self._values["admin_url"] = admin_url
        if backchannel_dynamic is not None:
            self._values["backchannel_dynamic"] = backchannel_dynamic
        if hostname is not None:
            self._values["hostname"] = hostname
        if strict is not None:
            self._values["strict"] = strict
        if strict_backchannel is not None:
            self._values["strict_backchannel"] = strict_backchannel

    @builtins.property
    def admin(self) -> typing.Optional[builtins.str]:
        '''The hostname for accessing the administration console.

        Applicable for Hostname v1 and v2.

        :schema: KeycloakSpecHostname#admin
        '''
        result = self._values.get("admin")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def admin_url(self) -> typing.Optional[builtins.str]:
        '''DEPRECATED.

        Sets the base URL for accessing the administration console, including scheme, host, port and path. Applicable for Hostname v1.

        :schema: KeycloakSpecHostname#adminUrl
        '''
        result = self._values.get("admin_url")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def backchannel_dynamic(self) -> typing.Optional[builtins.bool]:
        '''Enables dynamic resolving of backchannel URLs, including hostname, scheme, port and context path.

        Set to true if your application accesses Keycloak via a private network. Applicable for Hostname v2.

        :schema: KeycloakSpecHostname#backchannelDynamic
        '''
        result = self._values.get("backchannel_dynamic")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def hostname(self) -> typing.Optional[builtins.str]:
        '''Hostname for the Keycloak server.

        Applicable for Hostname v1 and v2.

        :schema: KeycloakSpecHostname#hostname
        '''
        result = self._values.get("hostname")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def strict(self) -> typing.Optional[builtins.bool]:
        '''Disables dynamically resolving the hostname from request headers.

        Applicable for Hostname v1 and v2.

        :schema: KeycloakSpecHostname#strict
        '''
        result = self._values.get("strict")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def strict_backchannel(self) -> typing.Optional[builtins.bool]:
        '''DEPRECATED.

        By default backchannel URLs are dynamically resolved from request headers to allow internal and external applications. Applicable for Hostname v1.

        :schema: KeycloakSpecHostname#strictBackchannel
        '''
        result = self._values.get("strict_backchannel")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakSpecHostname(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakSpecHttp",
    jsii_struct_bases=[],
    name_mapping={
        "http_enabled": "httpEnabled",
        "http_port": "httpPort",
        "https_port": "httpsPort",
        "tls_secret": "tlsSecret",
    },
)
class KeycloakSpecHttp:
    def __init__(
        self,
        *,
        http_enabled: typing.Optional[builtins.bool] = None,
        http_port: typing.Optional[jsii.Number] = None,
        https_port: typing.Optional[jsii.Number] = None,
        tls_secret: typing.Optional[builtins.str] = None,
    ) -> None:
        '''In this section you can configure Keycloak features related to HTTP and HTTPS.

        :param http_enabled: Enables the HTTP listener.
        :param http_port: The used HTTP port.
        :param https_port: The used HTTPS port.
        :param tls_secret: A secret containing the TLS configuration for HTTPS. Reference: https://kubernetes.io/docs/concepts/configuration/secret/#tls-secrets.

        :schema: KeycloakSpecHttp
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7975ab6995c53aa1aefd42d363e46a03dd3819dde74ad87fc1a90f6549973092)
            check_type(argname="argument http_enabled", value=http_enabled, expected_type=type_hints["http_enabled"])
            check_type(argname="argument http_port", value=http_port, expected_type=type_hints["http_port"])
            check_type(argname="argument https_port", value=https_port, expected_type=type_hints["https_port"])
            check_type(argname="argument tls_secret", value=tls_secret, expected_type=type_hints["tls_secret"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if http_enabled is not None:
            self._values["http_enabled"] = http_enabled
        if http_port is not None:
            self._values["http_port"] = http_port
        if https_port is not None:
            self._values["https_port"] = https_port
        if tls_secret is not None:
            self._values["tls_secret"] = tls_secret

    @builtins.property
    def http_enabled(self) -> typing.Optional[builtins.bool]:
        '''Enables the HTTP listener.

        :schema: KeycloakSpecHttp#httpEnabled
        '''
        result = self._values.get("http_enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def http_port(self) -> typing.Optional[jsii.Number]:
        '''The used HTTP port.

        :schema: KeycloakSpecHttp#httpPort
        '''
        result = self._values.get("http_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def https_port(self) -> typing.Optional[jsii.Number]:
        '''The used HTTPS port.

        :schema: KeycloakSpecHttp#httpsPort
        '''
        result = self._values.get("https_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def tls_secret(self) -> typing.Optional[builtins.str]:
        '''A secret containing the TLS configuration for HTTPS.

        Reference: https://kubernetes.io/docs/concepts/configuration/secret/#tls-secrets.

        :schema: KeycloakSpecHttp#tlsSecret
        '''
        result = self._values.get("tls_secret")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakSpecHttp(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakSpecHttpManagement",
    jsii_struct_bases=[],
    name_mapping={"port": "port"},
)
class KeycloakSpecHttpManagement:
    def __init__(self, *, port: typing.Optional[jsii.Number] = None) -> None:
        '''In this section you can configure Keycloak's management interface setting.

        :param port: Port of the management interface.

        :schema: KeycloakSpecHttpManagement
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d40106a105f2c47cbfb953ef0874536636fef185d1157391e101816a8036e602)
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if port is not None:
            self._values["port"] = port

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''Port of the management interface.

        :schema: KeycloakSpecHttpManagement#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakSpecHttpManagement(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakSpecImagePullSecrets",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class KeycloakSpecImagePullSecrets:
    def __init__(self, *, name: typing.Optional[builtins.str] = None) -> None:
        '''
        :param name: 

        :schema: KeycloakSpecImagePullSecrets
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9c7a85a421db5679d4dcad947f5737875d5fb5801cbe40853b0d2622ba268728)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakSpecImagePullSecrets#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakSpecImagePullSecrets(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakSpecIngress",
    jsii_struct_bases=[],
    name_mapping={
        "annotations": "annotations",
        "class_name": "className",
        "enabled": "enabled",
    },
)
class KeycloakSpecIngress:
    def __init__(
        self,
        *,
        annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        class_name: typing.Optional[builtins.str] = None,
        enabled: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''The deployment is, by default, exposed through a basic ingress.

        You can change this behaviour by setting the enabled property to false.

        :param annotations: Additional annotations to be appended to the Ingress object.
        :param class_name: 
        :param enabled: 

        :schema: KeycloakSpecIngress
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__41a169453c868462adf33f6e596575f37720a6ba2bfb9bd996dfb8f55378f80f)
            check_type(argname="argument annotations", value=annotations, expected_type=type_hints["annotations"])
            check_type(argname="argument class_name", value=class_name, expected_type=type_hints["class_name"])
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if annotations is not None:
            self._values["annotations"] = annotations
        if class_name is not None:
            self._values["class_name"] = class_name
        if enabled is not None:
            self._values["enabled"] = enabled

    @builtins.property
    def annotations(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Additional annotations to be appended to the Ingress object.

        :schema: KeycloakSpecIngress#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def class_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakSpecIngress#className
        '''
        result = self._values.get("class_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakSpecIngress#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakSpecIngress(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakSpecProxy",
    jsii_struct_bases=[],
    name_mapping={"headers": "headers"},
)
class KeycloakSpecProxy:
    def __init__(self, *, headers: typing.Optional[builtins.str] = None) -> None:
        '''In this section you can configure Keycloak's reverse proxy setting.

        :param headers: The proxy headers that should be accepted by the server. Misconfiguration might leave the server exposed to security vulnerabilities.

        :schema: KeycloakSpecProxy
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7f6c4916cea0a308468e22ff5ddfb1e085e51ce74531fef9952659fe5c26082a)
            check_type(argname="argument headers", value=headers, expected_type=type_hints["headers"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if headers is not None:
            self._values["headers"] = headers

    @builtins.property
    def headers(self) -> typing.Optional[builtins.str]:
        '''The proxy headers that should be accepted by the server.

        Misconfiguration might leave the server exposed to security vulnerabilities.

        :schema: KeycloakSpecProxy#headers
        '''
        result = self._values.get("headers")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakSpecProxy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakSpecResources",
    jsii_struct_bases=[],
    name_mapping={"claims": "claims", "limits": "limits", "requests": "requests"},
)
class KeycloakSpecResources:
    def __init__(
        self,
        *,
        claims: typing.Optional[typing.Sequence[typing.Union["KeycloakSpecResourcesClaims", typing.Dict[builtins.str, typing.Any]]]] = None,
        limits: typing.Optional[typing.Mapping[builtins.str, "KeycloakSpecResourcesLimits"]] = None,
        requests: typing.Optional[typing.Mapping[builtins.str, "KeycloakSpecResourcesRequests"]] = None,
    ) -> None:
        '''Compute Resources required by Keycloak container.

        :param claims: 
        :param limits: 
        :param requests: 

        :schema: KeycloakSpecResources
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__06dd558bb9ff3b91f96b007351700e1c0ac7ac8d57719c353020692449f4b621)
            check_type(argname="argument claims", value=claims, expected_type=type_hints["claims"])
            check_type(argname="argument limits", value=limits, expected_type=type_hints["limits"])
            check_type(argname="argument requests", value=requests, expected_type=type_hints["requests"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if claims is not None:
            self._values["claims"] = claims
        if limits is not None:
            self._values["limits"] = limits
        if requests is not None:
            self._values["requests"] = requests

    @builtins.property
    def claims(self) -> typing.Optional[typing.List["KeycloakSpecResourcesClaims"]]:
        '''
        :schema: KeycloakSpecResources#claims
        '''
        result = self._values.get("claims")
        return typing.cast(typing.Optional[typing.List["KeycloakSpecResourcesClaims"]], result)

    @builtins.property
    def limits(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "KeycloakSpecResourcesLimits"]]:
        '''
        :schema: KeycloakSpecResources#limits
        '''
        result = self._values.get("limits")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "KeycloakSpecResourcesLimits"]], result)

    @builtins.property
    def requests(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, "KeycloakSpecResourcesRequests"]]:
        '''
        :schema: KeycloakSpecResources#requests
        '''
        result = self._values.get("requests")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, "KeycloakSpecResourcesRequests"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakSpecResources(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakSpecResourcesClaims",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class KeycloakSpecResourcesClaims:
    def __init__(self, *, name: typing.Optional[builtins.str] = None) -> None:
        '''
        :param name: 

        :schema: KeycloakSpecResourcesClaims
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3db6a92bf6e59587fb3717465eab9b5c188e718765ba42aedc7d15b902887a4c)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakSpecResourcesClaims#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakSpecResourcesClaims(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class KeycloakSpecResourcesLimits(
    metaclass=jsii.JSIIMeta,
    jsii_type="keycloak_orgkeycloakk8s.KeycloakSpecResourcesLimits",
):
    '''
    :schema: KeycloakSpecResourcesLimits
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(cls, value: jsii.Number) -> "KeycloakSpecResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__627d710a3cfc62517d89ed1ff186a6e63535fa0787aecbd6f151d64e30edc60d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("KeycloakSpecResourcesLimits", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(cls, value: builtins.str) -> "KeycloakSpecResourcesLimits":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4f873fdaf811f8d547775ca836f192de5e09bd59e85b99d5666f8a5820c5100a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("KeycloakSpecResourcesLimits", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class KeycloakSpecResourcesRequests(
    metaclass=jsii.JSIIMeta,
    jsii_type="keycloak_orgkeycloakk8s.KeycloakSpecResourcesRequests",
):
    '''
    :schema: KeycloakSpecResourcesRequests
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(cls, value: jsii.Number) -> "KeycloakSpecResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__32a3c61ea891497c8b5dda374123590afe55b3f97b9d57686ddb68ecaa4c028c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("KeycloakSpecResourcesRequests", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(cls, value: builtins.str) -> "KeycloakSpecResourcesRequests":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__06479ea6e0d3ffc180563bddd06f989c446dd856753681ef76ac8e260cff669d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("KeycloakSpecResourcesRequests", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakSpecScheduling",
    jsii_struct_bases=[],
    name_mapping={
        "affinity": "affinity",
        "priority_class_name": "priorityClassName",
        "tolerations": "tolerations",
        "topology_spread_constraints": "topologySpreadConstraints",
    },
)
class KeycloakSpecScheduling:
    def __init__(
        self,
        *,
        affinity: typing.Optional[typing.Union["KeycloakSpecSchedulingAffinity", typing.Dict[builtins.str, typing.Any]]] = None,
        priority_class_name: typing.Optional[builtins.str] = None,
        tolerations: typing.Optional[typing.Sequence[typing.Union["KeycloakSpecSchedulingTolerations", typing.Dict[builtins.str, typing.Any]]]] = None,
        topology_spread_constraints: typing.Optional[typing.Sequence[typing.Union["KeycloakSpecSchedulingTopologySpreadConstraints", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''In this section you can configure Keycloak's scheduling.

        :param affinity: 
        :param priority_class_name: 
        :param tolerations: 
        :param topology_spread_constraints: 

        :schema: KeycloakSpecScheduling
        '''
        if isinstance(affinity, dict):
            affinity = KeycloakSpecSchedulingAffinity(**affinity)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__abccdb95a62d5fecabfe5d27d185853f228fb4c05747923fa15ad4c9b8910ffd)
            check_type(argname="argument affinity", value=affinity, expected_type=type_hints["affinity"])
            check_type(argname="argument priority_class_name", value=priority_class_name, expected_type=type_hints["priority_class_name"])
            check_type(argname="argument tolerations", value=tolerations, expected_type=type_hints["tolerations"])
            check_type(argname="argument topology_spread_constraints", value=topology_spread_constraints, expected_type=type_hints["topology_spread_constraints"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if affinity is not None:
            self._values["affinity"] = affinity
        if priority_class_name is not None:
            self._values["priority_class_name"] = priority_class_name
        if tolerations is not None:
            self._values["tolerations"] = tolerations
        if topology_spread_constraints is not None:
            self._values["topology_spread_constraints"] = topology_spread_constraints

    @builtins.property
    def affinity(self) -> typing.Optional["KeycloakSpecSchedulingAffinity"]:
        '''
        :schema: KeycloakSpecScheduling#affinity
        '''
        result = self._values.get("affinity")
        return typing.cast(typing.Optional["KeycloakSpecSchedulingAffinity"], result)

    @builtins.property
    def priority_class_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakSpecScheduling#priorityClassName
        '''
        result = self._values.get("priority_class_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tolerations(
        self,
    ) -> typing.Optional[typing.List["KeycloakSpecSchedulingTolerations"]]:
        '''
        :schema: KeycloakSpecScheduling#tolerations
        '''
        result = self._values.get("tolerations")
        return typing.cast(typing.Optional[typing.List["KeycloakSpecSchedulingTolerations"]], result)

    @builtins.property
    def topology_spread_constraints(
        self,
    ) -> typing.Optional[typing.List["KeycloakSpecSchedulingTopologySpreadConstraints"]]:
        '''
        :schema: KeycloakSpecScheduling#topologySpreadConstraints
        '''
        result = self._values.get("topology_spread_constraints")
        return typing.cast(typing.Optional[typing.List["KeycloakSpecSchedulingTopologySpreadConstraints"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakSpecScheduling(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakSpecSchedulingAffinity",
    jsii_struct_bases=[],
    name_mapping={
        "node_affinity": "nodeAffinity",
        "pod_affinity": "podAffinity",
        "pod_anti_affinity": "podAntiAffinity",
    },
)
class KeycloakSpecSchedulingAffinity:
    def __init__(
        self,
        *,
        node_affinity: typing.Optional[typing.Union["KeycloakSpecSchedulingAffinityNodeAffinity", typing.Dict[builtins.str, typing.Any]]] = None,
        pod_affinity: typing.Optional[typing.Union["KeycloakSpecSchedulingAffinityPodAffinity", typing.Dict[builtins.str, typing.Any]]] = None,
        pod_anti_affinity: typing.Optional[typing.Union["KeycloakSpecSchedulingAffinityPodAntiAffinity", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param node_affinity: 
        :param pod_affinity: 
        :param pod_anti_affinity: 

        :schema: KeycloakSpecSchedulingAffinity
        '''
        if isinstance(node_affinity, dict):
            node_affinity = KeycloakSpecSchedulingAffinityNodeAffinity(**node_affinity)
        if isinstance(pod_affinity, dict):
            pod_affinity = KeycloakSpecSchedulingAffinityPodAffinity(**pod_affinity)
        if isinstance(pod_anti_affinity, dict):
            pod_anti_affinity = KeycloakSpecSchedulingAffinityPodAntiAffinity(**pod_anti_affinity)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__519d9f1b2e9b9fb23616a6ab44bd6b557d5dc263cb53a51efda2e08b3e876352)
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
    def node_affinity(
        self,
    ) -> typing.Optional["KeycloakSpecSchedulingAffinityNodeAffinity"]:
        '''
        :schema: KeycloakSpecSchedulingAffinity#nodeAffinity
        '''
        result = self._values.get("node_affinity")
        return typing.cast(typing.Optional["KeycloakSpecSchedulingAffinityNodeAffinity"], result)

    @builtins.property
    def pod_affinity(
        self,
    ) -> typing.Optional["KeycloakSpecSchedulingAffinityPodAffinity"]:
        '''
        :schema: KeycloakSpecSchedulingAffinity#podAffinity
        '''
        result = self._values.get("pod_affinity")
        return typing.cast(typing.Optional["KeycloakSpecSchedulingAffinityPodAffinity"], result)

    @builtins.property
    def pod_anti_affinity(
        self,
    ) -> typing.Optional["KeycloakSpecSchedulingAffinityPodAntiAffinity"]:
        '''
        :schema: KeycloakSpecSchedulingAffinity#podAntiAffinity
        '''
        result = self._values.get("pod_anti_affinity")
        return typing.cast(typing.Optional["KeycloakSpecSchedulingAffinityPodAntiAffinity"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakSpecSchedulingAffinity(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakSpecSchedulingAffinityNodeAffinity",
    jsii_struct_bases=[],
    name_mapping={
        "preferred_during_scheduling_ignored_during_execution": "preferredDuringSchedulingIgnoredDuringExecution",
        "required_during_scheduling_ignored_during_execution": "requiredDuringSchedulingIgnoredDuringExecution",
    },
)
class KeycloakSpecSchedulingAffinityNodeAffinity:
    def __init__(
        self,
        *,
        preferred_during_scheduling_ignored_during_execution: typing.Optional[typing.Sequence[typing.Union["KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution", typing.Dict[builtins.str, typing.Any]]]] = None,
        required_during_scheduling_ignored_during_execution: typing.Optional[typing.Union["KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param preferred_during_scheduling_ignored_during_execution: 
        :param required_during_scheduling_ignored_during_execution: 

        :schema: KeycloakSpecSchedulingAffinityNodeAffinity
        '''
        if isinstance(required_during_scheduling_ignored_during_execution, dict):
            required_during_scheduling_ignored_during_execution = KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(**required_during_scheduling_ignored_during_execution)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__771e7bd2726f5decdb84562a30b5e35a8250010b54d5ca703a54e2173244e80e)
            check_type(argname="argument preferred_during_scheduling_ignored_during_execution", value=preferred_during_scheduling_ignored_during_execution, expected_type=type_hints["preferred_during_scheduling_ignored_during_execution"])
            check_type(argname="argument required_during_scheduling_ignored_during_execution", value=required_during_scheduling_ignored_during_execution, expected_type=type_hints["required_during_scheduling_ignored_during_execution"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if preferred_during_scheduling_ignored_during_execution is not None:
            self._values["preferred_during_scheduling_ignored_during_execution"] = preferred_during_scheduling_ignored_during_execution
        if required_during_scheduling_ignored_during_execution is not None:
            self._values["required_during_scheduling_ignored_during_execution"] = required_during_scheduling_ignored_during_execution

    @builtins.property
    def preferred_during_scheduling_ignored_during_execution(
        self,
    ) -> typing.Optional[typing.List["KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution"]]:
        '''
        :schema: KeycloakSpecSchedulingAffinityNodeAffinity#preferredDuringSchedulingIgnoredDuringExecution
        '''
        result = self._values.get("preferred_during_scheduling_ignored_during_execution")
        return typing.cast(typing.Optional[typing.List["KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution"]], result)

    @builtins.property
    def required_during_scheduling_ignored_during_execution(
        self,
    ) -> typing.Optional["KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution"]:
        '''
        :schema: KeycloakSpecSchedulingAffinityNodeAffinity#requiredDuringSchedulingIgnoredDuringExecution
        '''
        result = self._values.get("required_during_scheduling_ignored_during_execution")
        return typing.cast(typing.Optional["KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakSpecSchedulingAffinityNodeAffinity(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution",
    jsii_struct_bases=[],
    name_mapping={"preference": "preference", "weight": "weight"},
)
class KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution:
    def __init__(
        self,
        *,
        preference: typing.Optional[typing.Union["KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference", typing.Dict[builtins.str, typing.Any]]] = None,
        weight: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param preference: 
        :param weight: 

        :schema: KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution
        '''
        if isinstance(preference, dict):
            preference = KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(**preference)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__41499b07834aa9e03fb63fc731de89cbadaf23a610aa17ef37383d44488ae439)
            check_type(argname="argument preference", value=preference, expected_type=type_hints["preference"])
            check_type(argname="argument weight", value=weight, expected_type=type_hints["weight"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if preference is not None:
            self._values["preference"] = preference
        if weight is not None:
            self._values["weight"] = weight

    @builtins.property
    def preference(
        self,
    ) -> typing.Optional["KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference"]:
        '''
        :schema: KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution#preference
        '''
        result = self._values.get("preference")
        return typing.cast(typing.Optional["KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference"], result)

    @builtins.property
    def weight(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
        '''
        result = self._values.get("weight")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_fields": "matchFields",
    },
)
class KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_fields: typing.Optional[typing.Sequence[typing.Union["KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param match_expressions: 
        :param match_fields: 

        :schema: KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e15460d474d0654b6e077a723b1ff57f176af080996f6ec3213538a2e157b59b)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_fields", value=match_fields, expected_type=type_hints["match_fields"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_fields is not None:
            self._values["match_fields"] = match_fields

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions"]]:
        '''
        :schema: KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions"]], result)

    @builtins.property
    def match_fields(
        self,
    ) -> typing.Optional[typing.List["KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields"]]:
        '''
        :schema: KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference#matchFields
        '''
        result = self._values.get("match_fields")
        return typing.cast(typing.Optional[typing.List["KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        operator: typing.Optional[builtins.str] = None,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param key: 
        :param operator: 
        :param values: 

        :schema: KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a088be29930d5a7d8d46b9a61797b8cab1c82f33b9051fe8d2cf9ba3aac2736c)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if operator is not None:
            self._values["operator"] = operator
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def operator(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#operator
        '''
        result = self._values.get("operator")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        operator: typing.Optional[builtins.str] = None,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param key: 
        :param operator: 
        :param values: 

        :schema: KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9a6b9b3d472bf81d769cfb36e32fe779a164f9c3752ab6259c537e497dad89e3)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if operator is not None:
            self._values["operator"] = operator
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def operator(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#operator
        '''
        result = self._values.get("operator")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution",
    jsii_struct_bases=[],
    name_mapping={"node_selector_terms": "nodeSelectorTerms"},
)
class KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution:
    def __init__(
        self,
        *,
        node_selector_terms: typing.Optional[typing.Sequence[typing.Union["KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param node_selector_terms: 

        :schema: KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a837c3c8d51433d14adec00fd9ca4d247089f9a5875f014bc5443a9a2d0e1548)
            check_type(argname="argument node_selector_terms", value=node_selector_terms, expected_type=type_hints["node_selector_terms"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if node_selector_terms is not None:
            self._values["node_selector_terms"] = node_selector_terms

    @builtins.property
    def node_selector_terms(
        self,
    ) -> typing.Optional[typing.List["KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms"]]:
        '''
        :schema: KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution#nodeSelectorTerms
        '''
        result = self._values.get("node_selector_terms")
        return typing.cast(typing.Optional[typing.List["KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_fields": "matchFields",
    },
)
class KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_fields: typing.Optional[typing.Sequence[typing.Union["KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param match_expressions: 
        :param match_fields: 

        :schema: KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6fc3e4378935bf83632c170f8a1f7dc18f0032fad40fbee9f065eba78e64c01b)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_fields", value=match_fields, expected_type=type_hints["match_fields"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_fields is not None:
            self._values["match_fields"] = match_fields

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions"]]:
        '''
        :schema: KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions"]], result)

    @builtins.property
    def match_fields(
        self,
    ) -> typing.Optional[typing.List["KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields"]]:
        '''
        :schema: KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms#matchFields
        '''
        result = self._values.get("match_fields")
        return typing.cast(typing.Optional[typing.List["KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        operator: typing.Optional[builtins.str] = None,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param key: 
        :param operator: 
        :param values: 

        :schema: KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__040ea8b1e402fdf0cc7d5bea414444f44d30df7383abd6d25b618ddf282ac4aa)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if operator is not None:
            self._values["operator"] = operator
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def operator(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#operator
        '''
        result = self._values.get("operator")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        operator: typing.Optional[builtins.str] = None,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param key: 
        :param operator: 
        :param values: 

        :schema: KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1ba472080a7a27e0ea8ad048dc73dbc31a44d282837fe633e29c68ff3276ef15)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if operator is not None:
            self._values["operator"] = operator
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def operator(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#operator
        '''
        result = self._values.get("operator")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakSpecSchedulingAffinityPodAffinity",
    jsii_struct_bases=[],
    name_mapping={
        "preferred_during_scheduling_ignored_during_execution": "preferredDuringSchedulingIgnoredDuringExecution",
        "required_during_scheduling_ignored_during_execution": "requiredDuringSchedulingIgnoredDuringExecution",
    },
)
class KeycloakSpecSchedulingAffinityPodAffinity:
    def __init__(
        self,
        *,
        preferred_during_scheduling_ignored_during_execution: typing.Optional[typing.Sequence[typing.Union["KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution", typing.Dict[builtins.str, typing.Any]]]] = None,
        required_during_scheduling_ignored_during_execution: typing.Optional[typing.Sequence[typing.Union["KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param preferred_during_scheduling_ignored_during_execution: 
        :param required_during_scheduling_ignored_during_execution: 

        :schema: KeycloakSpecSchedulingAffinityPodAffinity
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__367c49b6e352b55ea3f6109339d5687e9959d67807e0d5bf1565c0a58a920a65)
            check_type(argname="argument preferred_during_scheduling_ignored_during_execution", value=preferred_during_scheduling_ignored_during_execution, expected_type=type_hints["preferred_during_scheduling_ignored_during_execution"])
            check_type(argname="argument required_during_scheduling_ignored_during_execution", value=required_during_scheduling_ignored_during_execution, expected_type=type_hints["required_during_scheduling_ignored_during_execution"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if preferred_during_scheduling_ignored_during_execution is not None:
            self._values["preferred_during_scheduling_ignored_during_execution"] = preferred_during_scheduling_ignored_during_execution
        if required_during_scheduling_ignored_during_execution is not None:
            self._values["required_during_scheduling_ignored_during_execution"] = required_during_scheduling_ignored_during_execution

    @builtins.property
    def preferred_during_scheduling_ignored_during_execution(
        self,
    ) -> typing.Optional[typing.List["KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution"]]:
        '''
        :schema: KeycloakSpecSchedulingAffinityPodAffinity#preferredDuringSchedulingIgnoredDuringExecution
        '''
        result = self._values.get("preferred_during_scheduling_ignored_during_execution")
        return typing.cast(typing.Optional[typing.List["KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution"]], result)

    @builtins.property
    def required_during_scheduling_ignored_during_execution(
        self,
    ) -> typing.Optional[typing.List["KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution"]]:
        '''
        :schema: KeycloakSpecSchedulingAffinityPodAffinity#requiredDuringSchedulingIgnoredDuringExecution
        '''
        result = self._values.get("required_during_scheduling_ignored_during_execution")
        return typing.cast(typing.Optional[typing.List["KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakSpecSchedulingAffinityPodAffinity(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution",
    jsii_struct_bases=[],
    name_mapping={"pod_affinity_term": "podAffinityTerm", "weight": "weight"},
)
class KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution:
    def __init__(
        self,
        *,
        pod_affinity_term: typing.Optional[typing.Union["KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm", typing.Dict[builtins.str, typing.Any]]] = None,
        weight: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param pod_affinity_term: 
        :param weight: 

        :schema: KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution
        '''
        if isinstance(pod_affinity_term, dict):
            pod_affinity_term = KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(**pod_affinity_term)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c283ca1bf0edaeeb8ad0964da6de92fb01ad94474c63880446ac73071ebcb75c)
            check_type(argname="argument pod_affinity_term", value=pod_affinity_term, expected_type=type_hints["pod_affinity_term"])
            check_type(argname="argument weight", value=weight, expected_type=type_hints["weight"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if pod_affinity_term is not None:
            self._values["pod_affinity_term"] = pod_affinity_term
        if weight is not None:
            self._values["weight"] = weight

    @builtins.property
    def pod_affinity_term(
        self,
    ) -> typing.Optional["KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm"]:
        '''
        :schema: KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution#podAffinityTerm
        '''
        result = self._values.get("pod_affinity_term")
        return typing.cast(typing.Optional["KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm"], result)

    @builtins.property
    def weight(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
        '''
        result = self._values.get("weight")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm",
    jsii_struct_bases=[],
    name_mapping={
        "label_selector": "labelSelector",
        "match_label_keys": "matchLabelKeys",
        "mismatch_label_keys": "mismatchLabelKeys",
        "namespaces": "namespaces",
        "namespace_selector": "namespaceSelector",
        "topology_key": "topologyKey",
    },
)
class KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm:
    def __init__(
        self,
        *,
        label_selector: typing.Optional[typing.Union["KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector", typing.Dict[builtins.str, typing.Any]]] = None,
        match_label_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
        mismatch_label_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
        namespaces: typing.Optional[typing.Sequence[builtins.str]] = None,
        namespace_selector: typing.Optional[typing.Union["KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector", typing.Dict[builtins.str, typing.Any]]] = None,
        topology_key: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param label_selector: 
        :param match_label_keys: 
        :param mismatch_label_keys: 
        :param namespaces: 
        :param namespace_selector: 
        :param topology_key: 

        :schema: KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm
        '''
        if isinstance(label_selector, dict):
            label_selector = KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(**label_selector)
        if isinstance(namespace_selector, dict):
            namespace_selector = KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(**namespace_selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__760e34757179b2aa3929b93afae02fc396f2cc4dfb088bcffe8871b461796a6a)
            check_type(argname="argument label_selector", value=label_selector, expected_type=type_hints["label_selector"])
            check_type(argname="argument match_label_keys", value=match_label_keys, expected_type=type_hints["match_label_keys"])
            check_type(argname="argument mismatch_label_keys", value=mismatch_label_keys, expected_type=type_hints["mismatch_label_keys"])
            check_type(argname="argument namespaces", value=namespaces, expected_type=type_hints["namespaces"])
            check_type(argname="argument namespace_selector", value=namespace_selector, expected_type=type_hints["namespace_selector"])
            check_type(argname="argument topology_key", value=topology_key, expected_type=type_hints["topology_key"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if label_selector is not None:
            self._values["label_selector"] = label_selector
        if match_label_keys is not None:
            self._values["match_label_keys"] = match_label_keys
        if mismatch_label_keys is not None:
            self._values["mismatch_label_keys"] = mismatch_label_keys
        if namespaces is not None:
            self._values["namespaces"] = namespaces
        if namespace_selector is not None:
            self._values["namespace_selector"] = namespace_selector
        if topology_key is not None:
            self._values["topology_key"] = topology_key

    @builtins.property
    def label_selector(
        self,
    ) -> typing.Optional["KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector"]:
        '''
        :schema: KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#labelSelector
        '''
        result = self._values.get("label_selector")
        return typing.cast(typing.Optional["KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector"], result)

    @builtins.property
    def match_label_keys(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#matchLabelKeys
        '''
        result = self._values.get("match_label_keys")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def mismatch_label_keys(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#mismatchLabelKeys
        '''
        result = self._values.get("mismatch_label_keys")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def namespaces(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaces
        '''
        result = self._values.get("namespaces")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def namespace_selector(
        self,
    ) -> typing.Optional["KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector"]:
        '''
        :schema: KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaceSelector
        '''
        result = self._values.get("namespace_selector")
        return typing.cast(typing.Optional["KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector"], result)

    @builtins.property
    def topology_key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#topologyKey
        '''
        result = self._values.get("topology_key")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param match_expressions: 
        :param match_labels: 

        :schema: KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0aa9670b4e7215205ebaa27331708495bdf45dc9fba71c2b493eba5246be7806)
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
    ) -> typing.Optional[typing.List["KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions"]]:
        '''
        :schema: KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        operator: typing.Optional[builtins.str] = None,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param key: 
        :param operator: 
        :param values: 

        :schema: KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0c422fbf78707d61cd642a9909851c05767879ee5b3286991a9325603e8e3402)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if operator is not None:
            self._values["operator"] = operator
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def operator(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param match_expressions: 
        :param match_labels: 

        :schema: KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__86cdaaf639acb7ecc12ac2d5bf95c37f277c5d122e5663eb21fd9194a21f55fe)
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
    ) -> typing.Optional[typing.List["KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions"]]:
        '''
        :schema: KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        operator: typing.Optional[builtins.str] = None,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param key: 
        :param operator: 
        :param values: 

        :schema: KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__df49a914504d46b478b677d59e4b9fd516d4345cc8d1a2f5db20dc14c440388a)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if operator is not None:
            self._values["operator"] = operator
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def operator(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution",
    jsii_struct_bases=[],
    name_mapping={
        "label_selector": "labelSelector",
        "match_label_keys": "matchLabelKeys",
        "mismatch_label_keys": "mismatchLabelKeys",
        "namespaces": "namespaces",
        "namespace_selector": "namespaceSelector",
        "topology_key": "topologyKey",
    },
)
class KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution:
    def __init__(
        self,
        *,
        label_selector: typing.Optional[typing.Union["KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector", typing.Dict[builtins.str, typing.Any]]] = None,
        match_label_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
        mismatch_label_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
        namespaces: typing.Optional[typing.Sequence[builtins.str]] = None,
        namespace_selector: typing.Optional[typing.Union["KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector", typing.Dict[builtins.str, typing.Any]]] = None,
        topology_key: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param label_selector: 
        :param match_label_keys: 
        :param mismatch_label_keys: 
        :param namespaces: 
        :param namespace_selector: 
        :param topology_key: 

        :schema: KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution
        '''
        if isinstance(label_selector, dict):
            label_selector = KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(**label_selector)
        if isinstance(namespace_selector, dict):
            namespace_selector = KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(**namespace_selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ae31c15240046a61272425b73e00507888d24d0e912b9ca74d5078ebaa725180)
            check_type(argname="argument label_selector", value=label_selector, expected_type=type_hints["label_selector"])
            check_type(argname="argument match_label_keys", value=match_label_keys, expected_type=type_hints["match_label_keys"])
            check_type(argname="argument mismatch_label_keys", value=mismatch_label_keys, expected_type=type_hints["mismatch_label_keys"])
            check_type(argname="argument namespaces", value=namespaces, expected_type=type_hints["namespaces"])
            check_type(argname="argument namespace_selector", value=namespace_selector, expected_type=type_hints["namespace_selector"])
            check_type(argname="argument topology_key", value=topology_key, expected_type=type_hints["topology_key"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if label_selector is not None:
            self._values["label_selector"] = label_selector
        if match_label_keys is not None:
            self._values["match_label_keys"] = match_label_keys
        if mismatch_label_keys is not None:
            self._values["mismatch_label_keys"] = mismatch_label_keys
        if namespaces is not None:
            self._values["namespaces"] = namespaces
        if namespace_selector is not None:
            self._values["namespace_selector"] = namespace_selector
        if topology_key is not None:
            self._values["topology_key"] = topology_key

    @builtins.property
    def label_selector(
        self,
    ) -> typing.Optional["KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector"]:
        '''
        :schema: KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#labelSelector
        '''
        result = self._values.get("label_selector")
        return typing.cast(typing.Optional["KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector"], result)

    @builtins.property
    def match_label_keys(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#matchLabelKeys
        '''
        result = self._values.get("match_label_keys")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def mismatch_label_keys(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#mismatchLabelKeys
        '''
        result = self._values.get("mismatch_label_keys")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def namespaces(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaces
        '''
        result = self._values.get("namespaces")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def namespace_selector(
        self,
    ) -> typing.Optional["KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector"]:
        '''
        :schema: KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaceSelector
        '''
        result = self._values.get("namespace_selector")
        return typing.cast(typing.Optional["KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector"], result)

    @builtins.property
    def topology_key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#topologyKey
        '''
        result = self._values.get("topology_key")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param match_expressions: 
        :param match_labels: 

        :schema: KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__560daee9938bc7461bc4fc535c9a44c97bf48777857cf17c33dd8084652f88bc)
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
    ) -> typing.Optional[typing.List["KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions"]]:
        '''
        :schema: KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        operator: typing.Optional[builtins.str] = None,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param key: 
        :param operator: 
        :param values: 

        :schema: KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__869b497daa0508aebb97c9195dd891d4f4d9d96f4a0db91f98ab1af969337d31)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if operator is not None:
            self._values["operator"] = operator
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def operator(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param match_expressions: 
        :param match_labels: 

        :schema: KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9e2e0ce20e2ac5fb6ac192a309479bef835fafa8b6405e12edfd624d9ce24662)
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
    ) -> typing.Optional[typing.List["KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions"]]:
        '''
        :schema: KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        operator: typing.Optional[builtins.str] = None,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param key: 
        :param operator: 
        :param values: 

        :schema: KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__91e791e24266c355eea4e0c55d5525d0c1602e6b861e05f91976f312a1b0c3c8)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if operator is not None:
            self._values["operator"] = operator
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def operator(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakSpecSchedulingAffinityPodAntiAffinity",
    jsii_struct_bases=[],
    name_mapping={
        "preferred_during_scheduling_ignored_during_execution": "preferredDuringSchedulingIgnoredDuringExecution",
        "required_during_scheduling_ignored_during_execution": "requiredDuringSchedulingIgnoredDuringExecution",
    },
)
class KeycloakSpecSchedulingAffinityPodAntiAffinity:
    def __init__(
        self,
        *,
        preferred_during_scheduling_ignored_during_execution: typing.Optional[typing.Sequence[typing.Union["KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution", typing.Dict[builtins.str, typing.Any]]]] = None,
        required_during_scheduling_ignored_during_execution: typing.Optional[typing.Sequence[typing.Union["KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param preferred_during_scheduling_ignored_during_execution: 
        :param required_during_scheduling_ignored_during_execution: 

        :schema: KeycloakSpecSchedulingAffinityPodAntiAffinity
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__23369002da8b7d215c7f19bf45587839b8d0a9906089c9db7c11a59514f35e64)
            check_type(argname="argument preferred_during_scheduling_ignored_during_execution", value=preferred_during_scheduling_ignored_during_execution, expected_type=type_hints["preferred_during_scheduling_ignored_during_execution"])
            check_type(argname="argument required_during_scheduling_ignored_during_execution", value=required_during_scheduling_ignored_during_execution, expected_type=type_hints["required_during_scheduling_ignored_during_execution"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if preferred_during_scheduling_ignored_during_execution is not None:
            self._values["preferred_during_scheduling_ignored_during_execution"] = preferred_during_scheduling_ignored_during_execution
        if required_during_scheduling_ignored_during_execution is not None:
            self._values["required_during_scheduling_ignored_during_execution"] = required_during_scheduling_ignored_during_execution

    @builtins.property
    def preferred_during_scheduling_ignored_during_execution(
        self,
    ) -> typing.Optional[typing.List["KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution"]]:
        '''
        :schema: KeycloakSpecSchedulingAffinityPodAntiAffinity#preferredDuringSchedulingIgnoredDuringExecution
        '''
        result = self._values.get("preferred_during_scheduling_ignored_during_execution")
        return typing.cast(typing.Optional[typing.List["KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution"]], result)

    @builtins.property
    def required_during_scheduling_ignored_during_execution(
        self,
    ) -> typing.Optional[typing.List["KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution"]]:
        '''
        :schema: KeycloakSpecSchedulingAffinityPodAntiAffinity#requiredDuringSchedulingIgnoredDuringExecution
        '''
        result = self._values.get("required_during_scheduling_ignored_during_execution")
        return typing.cast(typing.Optional[typing.List["KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakSpecSchedulingAffinityPodAntiAffinity(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution",
    jsii_struct_bases=[],
    name_mapping={"pod_affinity_term": "podAffinityTerm", "weight": "weight"},
)
class KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution:
    def __init__(
        self,
        *,
        pod_affinity_term: typing.Optional[typing.Union["KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm", typing.Dict[builtins.str, typing.Any]]] = None,
        weight: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param pod_affinity_term: 
        :param weight: 

        :schema: KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution
        '''
        if isinstance(pod_affinity_term, dict):
            pod_affinity_term = KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(**pod_affinity_term)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__339090da6e20fb086d0ef8b2f8794a213fbc37b9124277913ad9f4facd58f41b)
            check_type(argname="argument pod_affinity_term", value=pod_affinity_term, expected_type=type_hints["pod_affinity_term"])
            check_type(argname="argument weight", value=weight, expected_type=type_hints["weight"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if pod_affinity_term is not None:
            self._values["pod_affinity_term"] = pod_affinity_term
        if weight is not None:
            self._values["weight"] = weight

    @builtins.property
    def pod_affinity_term(
        self,
    ) -> typing.Optional["KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm"]:
        '''
        :schema: KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#podAffinityTerm
        '''
        result = self._values.get("pod_affinity_term")
        return typing.cast(typing.Optional["KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm"], result)

    @builtins.property
    def weight(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
        '''
        result = self._values.get("weight")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm",
    jsii_struct_bases=[],
    name_mapping={
        "label_selector": "labelSelector",
        "match_label_keys": "matchLabelKeys",
        "mismatch_label_keys": "mismatchLabelKeys",
        "namespaces": "namespaces",
        "namespace_selector": "namespaceSelector",
        "topology_key": "topologyKey",
    },
)
class KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm:
    def __init__(
        self,
        *,
        label_selector: typing.Optional[typing.Union["KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector", typing.Dict[builtins.str, typing.Any]]] = None,
        match_label_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
        mismatch_label_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
        namespaces: typing.Optional[typing.Sequence[builtins.str]] = None,
        namespace_selector: typing.Optional[typing.Union["KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector", typing.Dict[builtins.str, typing.Any]]] = None,
        topology_key: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param label_selector: 
        :param match_label_keys: 
        :param mismatch_label_keys: 
        :param namespaces: 
        :param namespace_selector: 
        :param topology_key: 

        :schema: KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm
        '''
        if isinstance(label_selector, dict):
            label_selector = KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(**label_selector)
        if isinstance(namespace_selector, dict):
            namespace_selector = KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(**namespace_selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1c434676e84baad348057e3d3c112bf9e459ffce716b39402764d76ba3cb25d6)
            check_type(argname="argument label_selector", value=label_selector, expected_type=type_hints["label_selector"])
            check_type(argname="argument match_label_keys", value=match_label_keys, expected_type=type_hints["match_label_keys"])
            check_type(argname="argument mismatch_label_keys", value=mismatch_label_keys, expected_type=type_hints["mismatch_label_keys"])
            check_type(argname="argument namespaces", value=namespaces, expected_type=type_hints["namespaces"])
            check_type(argname="argument namespace_selector", value=namespace_selector, expected_type=type_hints["namespace_selector"])
            check_type(argname="argument topology_key", value=topology_key, expected_type=type_hints["topology_key"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if label_selector is not None:
            self._values["label_selector"] = label_selector
        if match_label_keys is not None:
            self._values["match_label_keys"] = match_label_keys
        if mismatch_label_keys is not None:
            self._values["mismatch_label_keys"] = mismatch_label_keys
        if namespaces is not None:
            self._values["namespaces"] = namespaces
        if namespace_selector is not None:
            self._values["namespace_selector"] = namespace_selector
        if topology_key is not None:
            self._values["topology_key"] = topology_key

    @builtins.property
    def label_selector(
        self,
    ) -> typing.Optional["KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector"]:
        '''
        :schema: KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#labelSelector
        '''
        result = self._values.get("label_selector")
        return typing.cast(typing.Optional["KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector"], result)

    @builtins.property
    def match_label_keys(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#matchLabelKeys
        '''
        result = self._values.get("match_label_keys")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def mismatch_label_keys(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#mismatchLabelKeys
        '''
        result = self._values.get("mismatch_label_keys")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def namespaces(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaces
        '''
        result = self._values.get("namespaces")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def namespace_selector(
        self,
    ) -> typing.Optional["KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector"]:
        '''
        :schema: KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaceSelector
        '''
        result = self._values.get("namespace_selector")
        return typing.cast(typing.Optional["KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector"], result)

    @builtins.property
    def topology_key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#topologyKey
        '''
        result = self._values.get("topology_key")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param match_expressions: 
        :param match_labels: 

        :schema: KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3d8e3cb1e55350b90eb3cebec1bed93cad904904175eca68757c7818e8b54123)
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
    ) -> typing.Optional[typing.List["KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions"]]:
        '''
        :schema: KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        operator: typing.Optional[builtins.str] = None,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param key: 
        :param operator: 
        :param values: 

        :schema: KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d66849de46ffaa306c73598e449cd346bf567eb790ad3125b82e609c14860db0)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if operator is not None:
            self._values["operator"] = operator
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def operator(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param match_expressions: 
        :param match_labels: 

        :schema: KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ed0156f57ba515b9ca2b0a37bdf972186f3cd4e95ce36fbd951dfa81ff7b932a)
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
    ) -> typing.Optional[typing.List["KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions"]]:
        '''
        :schema: KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        operator: typing.Optional[builtins.str] = None,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param key: 
        :param operator: 
        :param values: 

        :schema: KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__75eec70177148d4399c9c213ac5118eca5338f6b514d387817114f1c1f51fda4)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if operator is not None:
            self._values["operator"] = operator
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def operator(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution",
    jsii_struct_bases=[],
    name_mapping={
        "label_selector": "labelSelector",
        "match_label_keys": "matchLabelKeys",
        "mismatch_label_keys": "mismatchLabelKeys",
        "namespaces": "namespaces",
        "namespace_selector": "namespaceSelector",
        "topology_key": "topologyKey",
    },
)
class KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution:
    def __init__(
        self,
        *,
        label_selector: typing.Optional[typing.Union["KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector", typing.Dict[builtins.str, typing.Any]]] = None,
        match_label_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
        mismatch_label_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
        namespaces: typing.Optional[typing.Sequence[builtins.str]] = None,
        namespace_selector: typing.Optional[typing.Union["KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector", typing.Dict[builtins.str, typing.Any]]] = None,
        topology_key: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param label_selector: 
        :param match_label_keys: 
        :param mismatch_label_keys: 
        :param namespaces: 
        :param namespace_selector: 
        :param topology_key: 

        :schema: KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution
        '''
        if isinstance(label_selector, dict):
            label_selector = KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(**label_selector)
        if isinstance(namespace_selector, dict):
            namespace_selector = KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(**namespace_selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__47d6414ee04c2a67b15f5af0b88464b289c8a31cbeb6a753f1740d2619cd90d9)
            check_type(argname="argument label_selector", value=label_selector, expected_type=type_hints["label_selector"])
            check_type(argname="argument match_label_keys", value=match_label_keys, expected_type=type_hints["match_label_keys"])
            check_type(argname="argument mismatch_label_keys", value=mismatch_label_keys, expected_type=type_hints["mismatch_label_keys"])
            check_type(argname="argument namespaces", value=namespaces, expected_type=type_hints["namespaces"])
            check_type(argname="argument namespace_selector", value=namespace_selector, expected_type=type_hints["namespace_selector"])
            check_type(argname="argument topology_key", value=topology_key, expected_type=type_hints["topology_key"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if label_selector is not None:
            self._values["label_selector"] = label_selector
        if match_label_keys is not None:
            self._values["match_label_keys"] = match_label_keys
        if mismatch_label_keys is not None:
            self._values["mismatch_label_keys"] = mismatch_label_keys
        if namespaces is not None:
            self._values["namespaces"] = namespaces
        if namespace_selector is not None:
            self._values["namespace_selector"] = namespace_selector
        if topology_key is not None:
            self._values["topology_key"] = topology_key

    @builtins.property
    def label_selector(
        self,
    ) -> typing.Optional["KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector"]:
        '''
        :schema: KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#labelSelector
        '''
        result = self._values.get("label_selector")
        return typing.cast(typing.Optional["KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector"], result)

    @builtins.property
    def match_label_keys(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#matchLabelKeys
        '''
        result = self._values.get("match_label_keys")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def mismatch_label_keys(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#mismatchLabelKeys
        '''
        result = self._values.get("mismatch_label_keys")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def namespaces(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaces
        '''
        result = self._values.get("namespaces")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def namespace_selector(
        self,
    ) -> typing.Optional["KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector"]:
        '''
        :schema: KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaceSelector
        '''
        result = self._values.get("namespace_selector")
        return typing.cast(typing.Optional["KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector"], result)

    @builtins.property
    def topology_key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#topologyKey
        '''
        result = self._values.get("topology_key")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param match_expressions: 
        :param match_labels: 

        :schema: KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f1ff990c827160997b780d78164176eb11d6691e46e507bdff974ab5c85ac70c)
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
    ) -> typing.Optional[typing.List["KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions"]]:
        '''
        :schema: KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        operator: typing.Optional[builtins.str] = None,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param key: 
        :param operator: 
        :param values: 

        :schema: KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d09f37d58aeccbbfbff8b621099c35a9fa890714f2fdd42008f906e6ab2f4e0e)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if operator is not None:
            self._values["operator"] = operator
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def operator(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param match_expressions: 
        :param match_labels: 

        :schema: KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d2fc4fa4ff562657bfd925ae3e6317d6536a9ff5d35ba7fe36136c2eb39c3491)
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
    ) -> typing.Optional[typing.List["KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions"]]:
        '''
        :schema: KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        operator: typing.Optional[builtins.str] = None,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param key: 
        :param operator: 
        :param values: 

        :schema: KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7661a6e95f2e702be7ce72c3705f42a0fa9dcc1561b307f4299d556a847f4458)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if operator is not None:
            self._values["operator"] = operator
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def operator(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakSpecSchedulingTolerations",
    jsii_struct_bases=[],
    name_mapping={
        "effect": "effect",
        "key": "key",
        "operator": "operator",
        "toleration_seconds": "tolerationSeconds",
        "value": "value",
    },
)
class KeycloakSpecSchedulingTolerations:
    def __init__(
        self,
        *,
        effect: typing.Optional[builtins.str] = None,
        key: typing.Optional[builtins.str] = None,
        operator: typing.Optional[builtins.str] = None,
        toleration_seconds: typing.Optional[jsii.Number] = None,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param effect: 
        :param key: 
        :param operator: 
        :param toleration_seconds: 
        :param value: 

        :schema: KeycloakSpecSchedulingTolerations
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__75772f637ab919c6341799be2396b9abe1ee1fdaee3dde20a5a96e3bace3c675)
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
        '''
        :schema: KeycloakSpecSchedulingTolerations#effect
        '''
        result = self._values.get("effect")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakSpecSchedulingTolerations#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def operator(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakSpecSchedulingTolerations#operator
        '''
        result = self._values.get("operator")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def toleration_seconds(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KeycloakSpecSchedulingTolerations#tolerationSeconds
        '''
        result = self._values.get("toleration_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakSpecSchedulingTolerations#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakSpecSchedulingTolerations(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakSpecSchedulingTopologySpreadConstraints",
    jsii_struct_bases=[],
    name_mapping={
        "label_selector": "labelSelector",
        "match_label_keys": "matchLabelKeys",
        "max_skew": "maxSkew",
        "min_domains": "minDomains",
        "node_affinity_policy": "nodeAffinityPolicy",
        "node_taints_policy": "nodeTaintsPolicy",
        "topology_key": "topologyKey",
        "when_unsatisfiable": "whenUnsatisfiable",
    },
)
class KeycloakSpecSchedulingTopologySpreadConstraints:
    def __init__(
        self,
        *,
        label_selector: typing.Optional[typing.Union["KeycloakSpecSchedulingTopologySpreadConstraintsLabelSelector", typing.Dict[builtins.str, typing.Any]]] = None,
        match_label_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
        max_skew: typing.Optional[jsii.Number] = None,
        min_domains: typing.Optional[jsii.Number] = None,
        node_affinity_policy: typing.Optional[builtins.str] = None,
        node_taints_policy: typing.Optional[builtins.str] = None,
        topology_key: typing.Optional[builtins.str] = None,
        when_unsatisfiable: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param label_selector: 
        :param match_label_keys: 
        :param max_skew: 
        :param min_domains: 
        :param node_affinity_policy: 
        :param node_taints_policy: 
        :param topology_key: 
        :param when_unsatisfiable: 

        :schema: KeycloakSpecSchedulingTopologySpreadConstraints
        '''
        if isinstance(label_selector, dict):
            label_selector = KeycloakSpecSchedulingTopologySpreadConstraintsLabelSelector(**label_selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__72e3d786e35ae4245b5fff05276218b0d847e46d6876f6af66c6620125dc723c)
            check_type(argname="argument label_selector", value=label_selector, expected_type=type_hints["label_selector"])
            check_type(argname="argument match_label_keys", value=match_label_keys, expected_type=type_hints["match_label_keys"])
            check_type(argname="argument max_skew", value=max_skew, expected_type=type_hints["max_skew"])
            check_type(argname="argument min_domains", value=min_domains, expected_type=type_hints["min_domains"])
            check_type(argname="argument node_affinity_policy", value=node_affinity_policy, expected_type=type_hints["node_affinity_policy"])
            check_type(argname="argument node_taints_policy", value=node_taints_policy, expected_type=type_hints["node_taints_policy"])
            check_type(argname="argument topology_key", value=topology_key, expected_type=type_hints["topology_key"])
            check_type(argname="argument when_unsatisfiable", value=when_unsatisfiable, expected_type=type_hints["when_unsatisfiable"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if label_selector is not None:
            self._values["label_selector"] = label_selector
        if match_label_keys is not None:
            self._values["match_label_keys"] = match_label_keys
        if max_skew is not None:
            self._values["max_skew"] = max_skew
        if min_domains is not None:
            self._values["min_domains"] = min_domains
        if node_affinity_policy is not None:
            self._values["node_affinity_policy"] = node_affinity_policy
        if node_taints_policy is not None:
            self._values["node_taints_policy"] = node_taints_policy
        if topology_key is not None:
            self._values["topology_key"] = topology_key
        if when_unsatisfiable is not None:
            self._values["when_unsatisfiable"] = when_unsatisfiable

    @builtins.property
    def label_selector(
        self,
    ) -> typing.Optional["KeycloakSpecSchedulingTopologySpreadConstraintsLabelSelector"]:
        '''
        :schema: KeycloakSpecSchedulingTopologySpreadConstraints#labelSelector
        '''
        result = self._values.get("label_selector")
        return typing.cast(typing.Optional["KeycloakSpecSchedulingTopologySpreadConstraintsLabelSelector"], result)

    @builtins.property
    def match_label_keys(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KeycloakSpecSchedulingTopologySpreadConstraints#matchLabelKeys
        '''
        result = self._values.get("match_label_keys")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def max_skew(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KeycloakSpecSchedulingTopologySpreadConstraints#maxSkew
        '''
        result = self._values.get("max_skew")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def min_domains(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: KeycloakSpecSchedulingTopologySpreadConstraints#minDomains
        '''
        result = self._values.get("min_domains")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def node_affinity_policy(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakSpecSchedulingTopologySpreadConstraints#nodeAffinityPolicy
        '''
        result = self._values.get("node_affinity_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def node_taints_policy(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakSpecSchedulingTopologySpreadConstraints#nodeTaintsPolicy
        '''
        result = self._values.get("node_taints_policy")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def topology_key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakSpecSchedulingTopologySpreadConstraints#topologyKey
        '''
        result = self._values.get("topology_key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def when_unsatisfiable(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakSpecSchedulingTopologySpreadConstraints#whenUnsatisfiable
        '''
        result = self._values.get("when_unsatisfiable")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakSpecSchedulingTopologySpreadConstraints(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakSpecSchedulingTopologySpreadConstraintsLabelSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class KeycloakSpecSchedulingTopologySpreadConstraintsLabelSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["KeycloakSpecSchedulingTopologySpreadConstraintsLabelSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param match_expressions: 
        :param match_labels: 

        :schema: KeycloakSpecSchedulingTopologySpreadConstraintsLabelSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__56a1982a97f271632f8b5d3f94919e716165d1ca04f0805d747f8bb593a0a451)
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
    ) -> typing.Optional[typing.List["KeycloakSpecSchedulingTopologySpreadConstraintsLabelSelectorMatchExpressions"]]:
        '''
        :schema: KeycloakSpecSchedulingTopologySpreadConstraintsLabelSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["KeycloakSpecSchedulingTopologySpreadConstraintsLabelSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: KeycloakSpecSchedulingTopologySpreadConstraintsLabelSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakSpecSchedulingTopologySpreadConstraintsLabelSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakSpecSchedulingTopologySpreadConstraintsLabelSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class KeycloakSpecSchedulingTopologySpreadConstraintsLabelSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: typing.Optional[builtins.str] = None,
        operator: typing.Optional[builtins.str] = None,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param key: 
        :param operator: 
        :param values: 

        :schema: KeycloakSpecSchedulingTopologySpreadConstraintsLabelSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__63de61a4bec22f828a4348020181d442a90ef54ac5811dd0f5458f49a1d31d51)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if key is not None:
            self._values["key"] = key
        if operator is not None:
            self._values["operator"] = operator
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakSpecSchedulingTopologySpreadConstraintsLabelSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def operator(self) -> typing.Optional[builtins.str]:
        '''
        :schema: KeycloakSpecSchedulingTopologySpreadConstraintsLabelSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: KeycloakSpecSchedulingTopologySpreadConstraintsLabelSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakSpecSchedulingTopologySpreadConstraintsLabelSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakSpecTransaction",
    jsii_struct_bases=[],
    name_mapping={"xa_enabled": "xaEnabled"},
)
class KeycloakSpecTransaction:
    def __init__(self, *, xa_enabled: typing.Optional[builtins.bool] = None) -> None:
        '''In this section you can find all properties related to the settings of transaction behavior.

        :param xa_enabled: Determine whether Keycloak should use a non-XA datasource in case the database does not support XA transactions.

        :schema: KeycloakSpecTransaction
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__cf4b1f6a4ba6c8e6ef04b27c3c7dfb1a932a197826883d6f472f7b3a86487dfb)
            check_type(argname="argument xa_enabled", value=xa_enabled, expected_type=type_hints["xa_enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if xa_enabled is not None:
            self._values["xa_enabled"] = xa_enabled

    @builtins.property
    def xa_enabled(self) -> typing.Optional[builtins.bool]:
        '''Determine whether Keycloak should use a non-XA datasource in case the database does not support XA transactions.

        :schema: KeycloakSpecTransaction#xaEnabled
        '''
        result = self._values.get("xa_enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakSpecTransaction(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakSpecTruststores",
    jsii_struct_bases=[],
    name_mapping={"secret": "secret", "name": "name"},
)
class KeycloakSpecTruststores:
    def __init__(
        self,
        *,
        secret: typing.Union["KeycloakSpecTruststoresSecret", typing.Dict[builtins.str, typing.Any]],
        name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param secret: 
        :param name: Not used. To be removed in later versions.

        :schema: KeycloakSpecTruststores
        '''
        if isinstance(secret, dict):
            secret = KeycloakSpecTruststoresSecret(**secret)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8685bbc5153e556ad690044e15fdbbc39c27e1973635b749e1d1a87a3825f443)
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "secret": secret,
        }
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def secret(self) -> "KeycloakSpecTruststoresSecret":
        '''
        :schema: KeycloakSpecTruststores#secret
        '''
        result = self._values.get("secret")
        assert result is not None, "Required property 'secret' is missing"
        return typing.cast("KeycloakSpecTruststoresSecret", result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Not used.

        To be removed in later versions.

        :schema: KeycloakSpecTruststores#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakSpecTruststores(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakSpecTruststoresSecret",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "optional": "optional"},
)
class KeycloakSpecTruststoresSecret:
    def __init__(
        self,
        *,
        name: builtins.str,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param name: 
        :param optional: 

        :schema: KeycloakSpecTruststoresSecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bd575fb2e7ff4a4392c6e3cad555cc09603f9940d9cc9901754645ec9b7cc791)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: KeycloakSpecTruststoresSecret#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: KeycloakSpecTruststoresSecret#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakSpecTruststoresSecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="keycloak_orgkeycloakk8s.KeycloakSpecUnsupported",
    jsii_struct_bases=[],
    name_mapping={"pod_template": "podTemplate"},
)
class KeycloakSpecUnsupported:
    def __init__(self, *, pod_template: typing.Any = None) -> None:
        '''In this section you can configure podTemplate advanced features, not production-ready, and not supported settings.

        Use at your own risk and open an issue with your use-case if you don't find an alternative way.

        :param pod_template: You can configure that will be merged with the one configured by default by the operator. Use at your own risk, we reserve the possibility to remove/change the way any field gets merged in future releases without notice. Reference: https://kubernetes.io/docs/concepts/workloads/pods/#pod-templates

        :schema: KeycloakSpecUnsupported
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c9fdbab62defd8a46ec9764d18bd394dd55405d1c6ff960147255518c29bf9fb)
            check_type(argname="argument pod_template", value=pod_template, expected_type=type_hints["pod_template"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if pod_template is not None:
            self._values["pod_template"] = pod_template

    @builtins.property
    def pod_template(self) -> typing.Any:
        '''You can configure that will be merged with the one configured by default by the operator.

        Use at your own risk, we reserve the possibility to remove/change the way any field gets merged in future releases without notice.
        Reference: https://kubernetes.io/docs/concepts/workloads/pods/#pod-templates

        :schema: KeycloakSpecUnsupported#podTemplate
        '''
        result = self._values.get("pod_template")
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KeycloakSpecUnsupported(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "Keycloak",
    "KeycloakProps",
    "KeycloakRealmImport",
    "KeycloakRealmImportProps",
    "KeycloakRealmImportSpec",
    "KeycloakRealmImportSpecPlaceholders",
    "KeycloakRealmImportSpecPlaceholdersSecret",
    "KeycloakRealmImportSpecRealm",
    "KeycloakRealmImportSpecRealmApplications",
    "KeycloakRealmImportSpecRealmAuthenticationFlows",
    "KeycloakRealmImportSpecRealmAuthenticatorConfig",
    "KeycloakRealmImportSpecRealmClientScopes",
    "KeycloakRealmImportSpecRealmClientTemplates",
    "KeycloakRealmImportSpecRealmClients",
    "KeycloakRealmImportSpecRealmDefaultRole",
    "KeycloakRealmImportSpecRealmFederatedUsers",
    "KeycloakRealmImportSpecRealmGroups",
    "KeycloakRealmImportSpecRealmIdentityProviderMappers",
    "KeycloakRealmImportSpecRealmIdentityProviders",
    "KeycloakRealmImportSpecRealmOauthClients",
    "KeycloakRealmImportSpecRealmOrganizations",
    "KeycloakRealmImportSpecRealmProtocolMappers",
    "KeycloakRealmImportSpecRealmRequiredActions",
    "KeycloakRealmImportSpecRealmRoles",
    "KeycloakRealmImportSpecRealmScopeMappings",
    "KeycloakRealmImportSpecRealmUserFederationMappers",
    "KeycloakRealmImportSpecRealmUserFederationProviders",
    "KeycloakRealmImportSpecRealmUsers",
    "KeycloakRealmImportSpecResources",
    "KeycloakRealmImportSpecResourcesClaims",
    "KeycloakRealmImportSpecResourcesLimits",
    "KeycloakRealmImportSpecResourcesRequests",
    "KeycloakSpec",
    "KeycloakSpecAdditionalOptions",
    "KeycloakSpecAdditionalOptionsSecret",
    "KeycloakSpecBootstrapAdmin",
    "KeycloakSpecBootstrapAdminService",
    "KeycloakSpecBootstrapAdminUser",
    "KeycloakSpecCache",
    "KeycloakSpecCacheConfigMapFile",
    "KeycloakSpecDb",
    "KeycloakSpecDbPasswordSecret",
    "KeycloakSpecDbUsernameSecret",
    "KeycloakSpecFeatures",
    "KeycloakSpecHostname",
    "KeycloakSpecHttp",
    "KeycloakSpecHttpManagement",
    "KeycloakSpecImagePullSecrets",
    "KeycloakSpecIngress",
    "KeycloakSpecProxy",
    "KeycloakSpecResources",
    "KeycloakSpecResourcesClaims",
    "KeycloakSpecResourcesLimits",
    "KeycloakSpecResourcesRequests",
    "KeycloakSpecScheduling",
    "KeycloakSpecSchedulingAffinity",
    "KeycloakSpecSchedulingAffinityNodeAffinity",
    "KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution",
    "KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference",
    "KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions",
    "KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields",
    "KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution",
    "KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms",
    "KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions",
    "KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields",
    "KeycloakSpecSchedulingAffinityPodAffinity",
    "KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution",
    "KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm",
    "KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector",
    "KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions",
    "KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector",
    "KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions",
    "KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution",
    "KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector",
    "KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions",
    "KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector",
    "KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions",
    "KeycloakSpecSchedulingAffinityPodAntiAffinity",
    "KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution",
    "KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm",
    "KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector",
    "KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions",
    "KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector",
    "KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions",
    "KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution",
    "KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector",
    "KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions",
    "KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector",
    "KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions",
    "KeycloakSpecSchedulingTolerations",
    "KeycloakSpecSchedulingTopologySpreadConstraints",
    "KeycloakSpecSchedulingTopologySpreadConstraintsLabelSelector",
    "KeycloakSpecSchedulingTopologySpreadConstraintsLabelSelectorMatchExpressions",
    "KeycloakSpecTransaction",
    "KeycloakSpecTruststores",
    "KeycloakSpecTruststoresSecret",
    "KeycloakSpecUnsupported",
]

publication.publish()

def _typecheckingstub__1f75e19d21d42da64d60c7272505fb86ba70f4f4a4cc2a0bdb097803cf514efd(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[KeycloakSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__81bf2361dc5fb2c9d732f808cec12032d1d338b65818cb06397e59e40176439c(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[KeycloakSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b1eb4f1e19a6611edc9815e045e7db281a47534d9a2f025541d0f1e94185af34(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[KeycloakRealmImportSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9865bbe69b1f68583ca73aca00b4768452197a8989a6e92691964036840d0806(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[KeycloakRealmImportSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7108569b4556414f0bc6f626f5ecc6ce5d4e9c3992edf0347b24fb555cdc7270(
    *,
    keycloak_cr_name: builtins.str,
    realm: typing.Union[KeycloakRealmImportSpecRealm, typing.Dict[builtins.str, typing.Any]],
    placeholders: typing.Optional[typing.Mapping[builtins.str, typing.Union[KeycloakRealmImportSpecPlaceholders, typing.Dict[builtins.str, typing.Any]]]] = None,
    resources: typing.Optional[typing.Union[KeycloakRealmImportSpecResources, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bd69a0dd7749142fefb04d62dc106c96688054336180515bab1b5f6ac9277cf1(
    *,
    secret: typing.Optional[typing.Union[KeycloakRealmImportSpecPlaceholdersSecret, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7b4d120501fc7353bae4c2e37e44ffc1869c928b22b4966d0a35ecfc1b808324(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cdbd6d4e263a9548f56e7e7a032d3bdce426861e8a1be6d092b3f2e11a0d0609(
    *,
    access_code_lifespan: typing.Optional[jsii.Number] = None,
    access_code_lifespan_login: typing.Optional[jsii.Number] = None,
    access_code_lifespan_user_action: typing.Optional[jsii.Number] = None,
    access_token_lifespan: typing.Optional[jsii.Number] = None,
    access_token_lifespan_for_implicit_flow: typing.Optional[jsii.Number] = None,
    account_theme: typing.Optional[builtins.str] = None,
    action_token_generated_by_admin_lifespan: typing.Optional[jsii.Number] = None,
    action_token_generated_by_user_lifespan: typing.Optional[jsii.Number] = None,
    admin_events_details_enabled: typing.Optional[builtins.bool] = None,
    admin_events_enabled: typing.Optional[builtins.bool] = None,
    admin_theme: typing.Optional[builtins.str] = None,
    applications: typing.Optional[typing.Sequence[typing.Union[KeycloakRealmImportSpecRealmApplications, typing.Dict[builtins.str, typing.Any]]]] = None,
    application_scope_mappings: typing.Optional[typing.Mapping[builtins.str, typing.Sequence[typing.Any]]] = None,
    attributes: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    authentication_flows: typing.Optional[typing.Sequence[typing.Union[KeycloakRealmImportSpecRealmAuthenticationFlows, typing.Dict[builtins.str, typing.Any]]]] = None,
    authenticator_config: typing.Optional[typing.Sequence[typing.Union[KeycloakRealmImportSpecRealmAuthenticatorConfig, typing.Dict[builtins.str, typing.Any]]]] = None,
    browser_flow: typing.Optional[builtins.str] = None,
    browser_security_headers: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    brute_force_protected: typing.Optional[builtins.bool] = None,
    certificate: typing.Optional[builtins.str] = None,
    client_authentication_flow: typing.Optional[builtins.str] = None,
    client_offline_session_idle_timeout: typing.Optional[jsii.Number] = None,
    client_offline_session_max_lifespan: typing.Optional[jsii.Number] = None,
    client_policies: typing.Any = None,
    client_profiles: typing.Any = None,
    clients: typing.Optional[typing.Sequence[typing.Union[KeycloakRealmImportSpecRealmClients, typing.Dict[builtins.str, typing.Any]]]] = None,
    client_scope_mappings: typing.Optional[typing.Mapping[builtins.str, typing.Sequence[typing.Any]]] = None,
    client_scopes: typing.Optional[typing.Sequence[typing.Union[KeycloakRealmImportSpecRealmClientScopes, typing.Dict[builtins.str, typing.Any]]]] = None,
    client_session_idle_timeout: typing.Optional[jsii.Number] = None,
    client_session_max_lifespan: typing.Optional[jsii.Number] = None,
    client_templates: typing.Optional[typing.Sequence[typing.Union[KeycloakRealmImportSpecRealmClientTemplates, typing.Dict[builtins.str, typing.Any]]]] = None,
    code_secret: typing.Optional[builtins.str] = None,
    components: typing.Optional[typing.Mapping[builtins.str, typing.Sequence[typing.Any]]] = None,
    default_default_client_scopes: typing.Optional[typing.Sequence[builtins.str]] = None,
    default_groups: typing.Optional[typing.Sequence[builtins.str]] = None,
    default_locale: typing.Optional[builtins.str] = None,
    default_optional_client_scopes: typing.Optional[typing.Sequence[builtins.str]] = None,
    default_role: typing.Optional[typing.Union[KeycloakRealmImportSpecRealmDefaultRole, typing.Dict[builtins.str, typing.Any]]] = None,
    default_roles: typing.Optional[typing.Sequence[builtins.str]] = None,
    default_signature_algorithm: typing.Optional[builtins.str] = None,
    direct_grant_flow: typing.Optional[builtins.str] = None,
    display_name: typing.Optional[builtins.str] = None,
    display_name_html: typing.Optional[builtins.str] = None,
    docker_authentication_flow: typing.Optional[builtins.str] = None,
    duplicate_emails_allowed: typing.Optional[builtins.bool] = None,
    edit_username_allowed: typing.Optional[builtins.bool] = None,
    email_theme: typing.Optional[builtins.str] = None,
    enabled: typing.Optional[builtins.bool] = None,
    enabled_event_types: typing.Optional[typing.Sequence[builtins.str]] = None,
    events_enabled: typing.Optional[builtins.bool] = None,
    events_expiration: typing.Optional[jsii.Number] = None,
    events_listeners: typing.Optional[typing.Sequence[builtins.str]] = None,
    failure_factor: typing.Optional[jsii.Number] = None,
    federated_users: typing.Optional[typing.Sequence[typing.Union[KeycloakRealmImportSpecRealmFederatedUsers, typing.Dict[builtins.str, typing.Any]]]] = None,
    first_broker_login_flow: typing.Optional[builtins.str] = None,
    groups: typing.Optional[typing.Sequence[typing.Union[KeycloakRealmImportSpecRealmGroups, typing.Dict[builtins.str, typing.Any]]]] = None,
    id: typing.Optional[builtins.str] = None,
    identity_provider_mappers: typing.Optional[typing.Sequence[typing.Union[KeycloakRealmImportSpecRealmIdentityProviderMappers, typing.Dict[builtins.str, typing.Any]]]] = None,
    identity_providers: typing.Optional[typing.Sequence[typing.Union[KeycloakRealmImportSpecRealmIdentityProviders, typing.Dict[builtins.str, typing.Any]]]] = None,
    internationalization_enabled: typing.Optional[builtins.bool] = None,
    keycloak_version: typing.Optional[builtins.str] = None,
    localization_texts: typing.Optional[typing.Mapping[builtins.str, typing.Any]] = None,
    login_theme: typing.Optional[builtins.str] = None,
    login_with_email_allowed: typing.Optional[builtins.bool] = None,
    max_delta_time_seconds: typing.Optional[jsii.Number] = None,
    max_failure_wait_seconds: typing.Optional[jsii.Number] = None,
    max_temporary_lockouts: typing.Optional[jsii.Number] = None,
    minimum_quick_login_wait_seconds: typing.Optional[jsii.Number] = None,
    not_before: typing.Optional[jsii.Number] = None,
    oauth2_device_code_lifespan: typing.Optional[jsii.Number] = None,
    oauth2_device_polling_interval: typing.Optional[jsii.Number] = None,
    oauth_clients: typing.Optional[typing.Sequence[typing.Union[KeycloakRealmImportSpecRealmOauthClients, typing.Dict[builtins.str, typing.Any]]]] = None,
    offline_session_idle_timeout: typing.Optional[jsii.Number] = None,
    offline_session_max_lifespan: typing.Optional[jsii.Number] = None,
    offline_session_max_lifespan_enabled: typing.Optional[builtins.bool] = None,
    organizations: typing.Optional[typing.Sequence[typing.Union[KeycloakRealmImportSpecRealmOrganizations, typing.Dict[builtins.str, typing.Any]]]] = None,
    organizations_enabled: typing.Optional[builtins.bool] = None,
    otp_policy_algorithm: typing.Optional[builtins.str] = None,
    otp_policy_code_reusable: typing.Optional[builtins.bool] = None,
    otp_policy_digits: typing.Optional[jsii.Number] = None,
    otp_policy_initial_counter: typing.Optional[jsii.Number] = None,
    otp_policy_look_ahead_window: typing.Optional[jsii.Number] = None,
    otp_policy_period: typing.Optional[jsii.Number] = None,
    otp_policy_type: typing.Optional[builtins.str] = None,
    otp_supported_applications: typing.Optional[typing.Sequence[builtins.str]] = None,
    password_credential_grant_allowed: typing.Optional[builtins.bool] = None,
    password_policy: typing.Optional[builtins.str] = None,
    permanent_lockout: typing.Optional[builtins.bool] = None,
    private_key: typing.Optional[builtins.str] = None,
    protocol_mappers: typing.Optional[typing.Sequence[typing.Union[KeycloakRealmImportSpecRealmProtocolMappers, typing.Dict[builtins.str, typing.Any]]]] = None,
    public_key: typing.Optional[builtins.str] = None,
    quick_login_check_milli_seconds: typing.Optional[jsii.Number] = None,
    realm: typing.Optional[builtins.str] = None,
    refresh_token_max_reuse: typing.Optional[jsii.Number] = None,
    registration_allowed: typing.Optional[builtins.bool] = None,
    registration_email_as_username: typing.Optional[builtins.bool] = None,
    registration_flow: typing.Optional[builtins.str] = None,
    remember_me: typing.Optional[builtins.bool] = None,
    required_actions: typing.Optional[typing.Sequence[typing.Union[KeycloakRealmImportSpecRealmRequiredActions, typing.Dict[builtins.str, typing.Any]]]] = None,
    required_credentials: typing.Optional[typing.Sequence[builtins.str]] = None,
    reset_credentials_flow: typing.Optional[builtins.str] = None,
    reset_password_allowed: typing.Optional[builtins.bool] = None,
    revoke_refresh_token: typing.Optional[builtins.bool] = None,
    roles: typing.Optional[typing.Union[KeycloakRealmImportSpecRealmRoles, typing.Dict[builtins.str, typing.Any]]] = None,
    scope_mappings: typing.Optional[typing.Sequence[typing.Union[KeycloakRealmImportSpecRealmScopeMappings, typing.Dict[builtins.str, typing.Any]]]] = None,
    smtp_server: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    social: typing.Optional[builtins.bool] = None,
    social_providers: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ssl_required: typing.Optional[builtins.str] = None,
    sso_session_idle_timeout: typing.Optional[jsii.Number] = None,
    sso_session_idle_timeout_remember_me: typing.Optional[jsii.Number] = None,
    sso_session_max_lifespan: typing.Optional[jsii.Number] = None,
    sso_session_max_lifespan_remember_me: typing.Optional[jsii.Number] = None,
    supported_locales: typing.Optional[typing.Sequence[builtins.str]] = None,
    update_profile_on_initial_social_login: typing.Optional[builtins.bool] = None,
    user_federation_mappers: typing.Optional[typing.Sequence[typing.Union[KeycloakRealmImportSpecRealmUserFederationMappers, typing.Dict[builtins.str, typing.Any]]]] = None,
    user_federation_providers: typing.Optional[typing.Sequence[typing.Union[KeycloakRealmImportSpecRealmUserFederationProviders, typing.Dict[builtins.str, typing.Any]]]] = None,
    user_managed_access_allowed: typing.Optional[builtins.bool] = None,
    users: typing.Optional[typing.Sequence[typing.Union[KeycloakRealmImportSpecRealmUsers, typing.Dict[builtins.str, typing.Any]]]] = None,
    verify_email: typing.Optional[builtins.bool] = None,
    wait_increment_seconds: typing.Optional[jsii.Number] = None,
    web_authn_policy_acceptable_aaguids: typing.Optional[typing.Sequence[builtins.str]] = None,
    web_authn_policy_attestation_conveyance_preference: typing.Optional[builtins.str] = None,
    web_authn_policy_authenticator_attachment: typing.Optional[builtins.str] = None,
    web_authn_policy_avoid_same_authenticator_register: typing.Optional[builtins.bool] = None,
    web_authn_policy_create_timeout: typing.Optional[jsii.Number] = None,
    web_authn_policy_extra_origins: typing.Optional[typing.Sequence[builtins.str]] = None,
    web_authn_policy_passwordless_acceptable_aaguids: typing.Optional[typing.Sequence[builtins.str]] = None,
    web_authn_policy_passwordless_attestation_conveyance_preference: typing.Optional[builtins.str] = None,
    web_authn_policy_passwordless_authenticator_attachment: typing.Optional[builtins.str] = None,
    web_authn_policy_passwordless_avoid_same_authenticator_register: typing.Optional[builtins.bool] = None,
    web_authn_policy_passwordless_create_timeout: typing.Optional[jsii.Number] = None,
    web_authn_policy_passwordless_extra_origins: typing.Optional[typing.Sequence[builtins.str]] = None,
    web_authn_policy_passwordless_require_resident_key: typing.Optional[builtins.str] = None,
    web_authn_policy_passwordless_rp_entity_name: typing.Optional[builtins.str] = None,
    web_authn_policy_passwordless_rp_id: typing.Optional[builtins.str] = None,
    web_authn_policy_passwordless_signature_algorithms: typing.Optional[typing.Sequence[builtins.str]] = None,
    web_authn_policy_passwordless_user_verification_requirement: typing.Optional[builtins.str] = None,
    web_authn_policy_require_resident_key: typing.Optional[builtins.str] = None,
    web_authn_policy_rp_entity_name: typing.Optional[builtins.str] = None,
    web_authn_policy_rp_id: typing.Optional[builtins.str] = None,
    web_authn_policy_signature_algorithms: typing.Optional[typing.Sequence[builtins.str]] = None,
    web_authn_policy_user_verification_requirement: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4cd341becf0a7605146e32c61917bc7f566e002e9ed5b00a7fe53b27658c39a4(
    *,
    access: typing.Any = None,
    admin_url: typing.Optional[builtins.str] = None,
    always_display_in_console: typing.Optional[builtins.bool] = None,
    attributes: typing.Any = None,
    authentication_flow_binding_overrides: typing.Any = None,
    authorization_services_enabled: typing.Optional[builtins.bool] = None,
    authorization_settings: typing.Any = None,
    base_url: typing.Optional[builtins.str] = None,
    bearer_only: typing.Optional[builtins.bool] = None,
    claims: typing.Any = None,
    client_authenticator_type: typing.Optional[builtins.str] = None,
    client_id: typing.Optional[builtins.str] = None,
    client_template: typing.Optional[builtins.str] = None,
    consent_required: typing.Optional[builtins.bool] = None,
    default_client_scopes: typing.Optional[typing.Sequence[builtins.str]] = None,
    default_roles: typing.Optional[typing.Sequence[builtins.str]] = None,
    description: typing.Optional[builtins.str] = None,
    direct_access_grants_enabled: typing.Optional[builtins.bool] = None,
    direct_grants_only: typing.Optional[builtins.bool] = None,
    enabled: typing.Optional[builtins.bool] = None,
    frontchannel_logout: typing.Optional[builtins.bool] = None,
    full_scope_allowed: typing.Optional[builtins.bool] = None,
    id: typing.Optional[builtins.str] = None,
    implicit_flow_enabled: typing.Optional[builtins.bool] = None,
    name: typing.Optional[builtins.str] = None,
    node_re_registration_timeout: typing.Optional[jsii.Number] = None,
    not_before: typing.Optional[jsii.Number] = None,
    optional_client_scopes: typing.Optional[typing.Sequence[builtins.str]] = None,
    origin: typing.Optional[builtins.str] = None,
    protocol: typing.Optional[builtins.str] = None,
    protocol_mappers: typing.Optional[typing.Sequence[typing.Any]] = None,
    public_client: typing.Optional[builtins.bool] = None,
    redirect_uris: typing.Optional[typing.Sequence[builtins.str]] = None,
    registered_nodes: typing.Any = None,
    registration_access_token: typing.Optional[builtins.str] = None,
    root_url: typing.Optional[builtins.str] = None,
    secret: typing.Optional[builtins.str] = None,
    service_accounts_enabled: typing.Optional[builtins.bool] = None,
    standard_flow_enabled: typing.Optional[builtins.bool] = None,
    surrogate_auth_required: typing.Optional[builtins.bool] = None,
    type: typing.Optional[builtins.str] = None,
    use_template_config: typing.Optional[builtins.bool] = None,
    use_template_mappers: typing.Optional[builtins.bool] = None,
    use_template_scope: typing.Optional[builtins.bool] = None,
    web_origins: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5c88c5a36482cf9004682a0732d8b7ab9fa07135b8064c2ccb81343c1b9461d3(
    *,
    alias: typing.Optional[builtins.str] = None,
    authentication_executions: typing.Optional[typing.Sequence[typing.Any]] = None,
    built_in: typing.Optional[builtins.bool] = None,
    description: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    provider_id: typing.Optional[builtins.str] = None,
    top_level: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0665332c33fa8432e3e16dc4a8b7f7ec69039f79d39e21b666af794ee140c8ce(
    *,
    alias: typing.Optional[builtins.str] = None,
    config: typing.Any = None,
    id: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1d4db24419ff50797df055b28ac2c1fbb7aca6544f571b57d4efc1a7c5723b3e(
    *,
    attributes: typing.Any = None,
    description: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    protocol: typing.Optional[builtins.str] = None,
    protocol_mappers: typing.Optional[typing.Sequence[typing.Any]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5d92564a7690103ba01746bdf1171abbc729768aabcb6ba95c46fbe3e6b0c385(
    *,
    attributes: typing.Any = None,
    bearer_only: typing.Optional[builtins.bool] = None,
    consent_required: typing.Optional[builtins.bool] = None,
    description: typing.Optional[builtins.str] = None,
    direct_access_grants_enabled: typing.Optional[builtins.bool] = None,
    frontchannel_logout: typing.Optional[builtins.bool] = None,
    full_scope_allowed: typing.Optional[builtins.bool] = None,
    id: typing.Optional[builtins.str] = None,
    implicit_flow_enabled: typing.Optional[builtins.bool] = None,
    name: typing.Optional[builtins.str] = None,
    protocol: typing.Optional[builtins.str] = None,
    protocol_mappers: typing.Optional[typing.Sequence[typing.Any]] = None,
    public_client: typing.Optional[builtins.bool] = None,
    service_accounts_enabled: typing.Optional[builtins.bool] = None,
    standard_flow_enabled: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__aa3482e1b86e19d7201828fa4fcf1c22433536ebd7e96725ef206a903287dc4e(
    *,
    access: typing.Any = None,
    admin_url: typing.Optional[builtins.str] = None,
    always_display_in_console: typing.Optional[builtins.bool] = None,
    attributes: typing.Any = None,
    authentication_flow_binding_overrides: typing.Any = None,
    authorization_services_enabled: typing.Optional[builtins.bool] = None,
    authorization_settings: typing.Any = None,
    base_url: typing.Optional[builtins.str] = None,
    bearer_only: typing.Optional[builtins.bool] = None,
    client_authenticator_type: typing.Optional[builtins.str] = None,
    client_id: typing.Optional[builtins.str] = None,
    client_template: typing.Optional[builtins.str] = None,
    consent_required: typing.Optional[builtins.bool] = None,
    default_client_scopes: typing.Optional[typing.Sequence[builtins.str]] = None,
    default_roles: typing.Optional[typing.Sequence[builtins.str]] = None,
    description: typing.Optional[builtins.str] = None,
    direct_access_grants_enabled: typing.Optional[builtins.bool] = None,
    direct_grants_only: typing.Optional[builtins.bool] = None,
    enabled: typing.Optional[builtins.bool] = None,
    frontchannel_logout: typing.Optional[builtins.bool] = None,
    full_scope_allowed: typing.Optional[builtins.bool] = None,
    id: typing.Optional[builtins.str] = None,
    implicit_flow_enabled: typing.Optional[builtins.bool] = None,
    name: typing.Optional[builtins.str] = None,
    node_re_registration_timeout: typing.Optional[jsii.Number] = None,
    not_before: typing.Optional[jsii.Number] = None,
    optional_client_scopes: typing.Optional[typing.Sequence[builtins.str]] = None,
    origin: typing.Optional[builtins.str] = None,
    protocol: typing.Optional[builtins.str] = None,
    protocol_mappers: typing.Optional[typing.Sequence[typing.Any]] = None,
    public_client: typing.Optional[builtins.bool] = None,
    redirect_uris: typing.Optional[typing.Sequence[builtins.str]] = None,
    registered_nodes: typing.Any = None,
    registration_access_token: typing.Optional[builtins.str] = None,
    root_url: typing.Optional[builtins.str] = None,
    secret: typing.Optional[builtins.str] = None,
    service_accounts_enabled: typing.Optional[builtins.bool] = None,
    standard_flow_enabled: typing.Optional[builtins.bool] = None,
    surrogate_auth_required: typing.Optional[builtins.bool] = None,
    type: typing.Optional[builtins.str] = None,
    use_template_config: typing.Optional[builtins.bool] = None,
    use_template_mappers: typing.Optional[builtins.bool] = None,
    use_template_scope: typing.Optional[builtins.bool] = None,
    web_origins: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0bec630e7ee81d70d10ea5a301290d94dc0c81759994d5a77f1a2784d2f3b5f7(
    *,
    attributes: typing.Any = None,
    client_role: typing.Optional[builtins.bool] = None,
    composite: typing.Optional[builtins.bool] = None,
    composites: typing.Any = None,
    container_id: typing.Optional[builtins.str] = None,
    description: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    scope_param_required: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ca9db1c0f3a071726931ccf23963aa22ec8e3e1f15b5545c121fbd3aa894a70b(
    *,
    access: typing.Any = None,
    application_roles: typing.Any = None,
    attributes: typing.Any = None,
    client_consents: typing.Optional[typing.Sequence[typing.Any]] = None,
    client_roles: typing.Any = None,
    created_timestamp: typing.Optional[jsii.Number] = None,
    credentials: typing.Optional[typing.Sequence[typing.Any]] = None,
    disableable_credential_types: typing.Optional[typing.Sequence[builtins.str]] = None,
    email: typing.Optional[builtins.str] = None,
    email_verified: typing.Optional[builtins.bool] = None,
    enabled: typing.Optional[builtins.bool] = None,
    federated_identities: typing.Optional[typing.Sequence[typing.Any]] = None,
    federation_link: typing.Optional[builtins.str] = None,
    first_name: typing.Optional[builtins.str] = None,
    groups: typing.Optional[typing.Sequence[builtins.str]] = None,
    id: typing.Optional[builtins.str] = None,
    last_name: typing.Optional[builtins.str] = None,
    not_before: typing.Optional[jsii.Number] = None,
    origin: typing.Optional[builtins.str] = None,
    realm_roles: typing.Optional[typing.Sequence[builtins.str]] = None,
    required_actions: typing.Optional[typing.Sequence[builtins.str]] = None,
    self: typing.Optional[builtins.str] = None,
    service_account_client_id: typing.Optional[builtins.str] = None,
    social_links: typing.Optional[typing.Sequence[typing.Any]] = None,
    totp: typing.Optional[builtins.bool] = None,
    username: typing.Optional[builtins.str] = None,
    user_profile_metadata: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__802da7dabdb12098c8c1083aef36b9fe994e1541e81899380a9f06e40a5af854(
    *,
    access: typing.Any = None,
    attributes: typing.Any = None,
    client_roles: typing.Any = None,
    id: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    parent_id: typing.Optional[builtins.str] = None,
    path: typing.Optional[builtins.str] = None,
    realm_roles: typing.Optional[typing.Sequence[builtins.str]] = None,
    sub_group_count: typing.Optional[jsii.Number] = None,
    sub_groups: typing.Optional[typing.Sequence[typing.Any]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__694d1c99e88614023ad4ad62b80d756229bc2dbd0ba788822280098de90744dc(
    *,
    config: typing.Any = None,
    id: typing.Optional[builtins.str] = None,
    identity_provider_alias: typing.Optional[builtins.str] = None,
    identity_provider_mapper: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__54083398c1578370addcb29d2eee61b6c9f5755b10fb151f68d586a89d0dde6c(
    *,
    add_read_token_role_on_create: typing.Optional[builtins.bool] = None,
    alias: typing.Optional[builtins.str] = None,
    authenticate_by_default: typing.Optional[builtins.bool] = None,
    config: typing.Any = None,
    display_name: typing.Optional[builtins.str] = None,
    enabled: typing.Optional[builtins.bool] = None,
    first_broker_login_flow_alias: typing.Optional[builtins.str] = None,
    hide_on_login: typing.Optional[builtins.bool] = None,
    internal_id: typing.Optional[builtins.str] = None,
    link_only: typing.Optional[builtins.bool] = None,
    organization_id: typing.Optional[builtins.str] = None,
    post_broker_login_flow_alias: typing.Optional[builtins.str] = None,
    provider_id: typing.Optional[builtins.str] = None,
    store_token: typing.Optional[builtins.bool] = None,
    trust_email: typing.Optional[builtins.bool] = None,
    update_profile_first_login_mode: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__20b25198e92d4f6ff819a0094b1ac7a966a5ffbb55806f10e9eade28a7bb982c(
    *,
    access: typing.Any = None,
    admin_url: typing.Optional[builtins.str] = None,
    always_display_in_console: typing.Optional[builtins.bool] = None,
    attributes: typing.Any = None,
    authentication_flow_binding_overrides: typing.Any = None,
    authorization_services_enabled: typing.Optional[builtins.bool] = None,
    authorization_settings: typing.Any = None,
    base_url: typing.Optional[builtins.str] = None,
    bearer_only: typing.Optional[builtins.bool] = None,
    claims: typing.Any = None,
    client_authenticator_type: typing.Optional[builtins.str] = None,
    client_id: typing.Optional[builtins.str] = None,
    client_template: typing.Optional[builtins.str] = None,
    consent_required: typing.Optional[builtins.bool] = None,
    default_client_scopes: typing.Optional[typing.Sequence[builtins.str]] = None,
    default_roles: typing.Optional[typing.Sequence[builtins.str]] = None,
    description: typing.Optional[builtins.str] = None,
    direct_access_grants_enabled: typing.Optional[builtins.bool] = None,
    direct_grants_only: typing.Optional[builtins.bool] = None,
    enabled: typing.Optional[builtins.bool] = None,
    frontchannel_logout: typing.Optional[builtins.bool] = None,
    full_scope_allowed: typing.Optional[builtins.bool] = None,
    id: typing.Optional[builtins.str] = None,
    implicit_flow_enabled: typing.Optional[builtins.bool] = None,
    name: typing.Optional[builtins.str] = None,
    node_re_registration_timeout: typing.Optional[jsii.Number] = None,
    not_before: typing.Optional[jsii.Number] = None,
    optional_client_scopes: typing.Optional[typing.Sequence[builtins.str]] = None,
    origin: typing.Optional[builtins.str] = None,
    protocol: typing.Optional[builtins.str] = None,
    protocol_mappers: typing.Optional[typing.Sequence[typing.Any]] = None,
    public_client: typing.Optional[builtins.bool] = None,
    redirect_uris: typing.Optional[typing.Sequence[builtins.str]] = None,
    registered_nodes: typing.Any = None,
    registration_access_token: typing.Optional[builtins.str] = None,
    root_url: typing.Optional[builtins.str] = None,
    secret: typing.Optional[builtins.str] = None,
    service_accounts_enabled: typing.Optional[builtins.bool] = None,
    standard_flow_enabled: typing.Optional[builtins.bool] = None,
    surrogate_auth_required: typing.Optional[builtins.bool] = None,
    type: typing.Optional[builtins.str] = None,
    use_template_config: typing.Optional[builtins.bool] = None,
    use_template_mappers: typing.Optional[builtins.bool] = None,
    use_template_scope: typing.Optional[builtins.bool] = None,
    web_origins: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9adab7ac883dadcd7054ba5c3bb1477205b2583d031b386d7f5b8d92307438e2(
    *,
    alias: typing.Optional[builtins.str] = None,
    attributes: typing.Any = None,
    description: typing.Optional[builtins.str] = None,
    domains: typing.Optional[typing.Sequence[typing.Any]] = None,
    enabled: typing.Optional[builtins.bool] = None,
    id: typing.Optional[builtins.str] = None,
    identity_providers: typing.Optional[typing.Sequence[typing.Any]] = None,
    members: typing.Optional[typing.Sequence[typing.Any]] = None,
    name: typing.Optional[builtins.str] = None,
    redirect_url: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3413ae70142aaebd03108fe8d8414d34de9bcb8209c9ea951e14782f70502f66(
    *,
    config: typing.Any = None,
    consent_required: typing.Optional[builtins.bool] = None,
    consent_text: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    protocol: typing.Optional[builtins.str] = None,
    protocol_mapper: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e7d076fe9f606705f8459e712d3349d7b4c404d53826580a74cb6057f4eadeaf(
    *,
    alias: typing.Optional[builtins.str] = None,
    config: typing.Any = None,
    default_action: typing.Optional[builtins.bool] = None,
    enabled: typing.Optional[builtins.bool] = None,
    name: typing.Optional[builtins.str] = None,
    priority: typing.Optional[jsii.Number] = None,
    provider_id: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__da8b8bca332da848801c0d1a0fcb170f2940e4c7d48bdf6f0852da68e7645d12(
    *,
    application: typing.Any = None,
    client: typing.Any = None,
    realm: typing.Optional[typing.Sequence[typing.Any]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7bd57b3fc13278c255e78f1fb25b9d3601a4f01e6dd518457462e5e2de235263(
    *,
    client: typing.Optional[builtins.str] = None,
    client_scope: typing.Optional[builtins.str] = None,
    client_template: typing.Optional[builtins.str] = None,
    roles: typing.Optional[typing.Sequence[builtins.str]] = None,
    self: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9c52ee496f393d8dfb3f6236bfe91010e54a5dd6002bf09ace5b654a13010664(
    *,
    config: typing.Any = None,
    federation_mapper_type: typing.Optional[builtins.str] = None,
    federation_provider_display_name: typing.Optional[builtins.str] = None,
    id: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6ab072c2f47392206b6584581d7a206d4881b161f012b25c1b082af6c169e381(
    *,
    changed_sync_period: typing.Optional[jsii.Number] = None,
    config: typing.Any = None,
    display_name: typing.Optional[builtins.str] = None,
    full_sync_period: typing.Optional[jsii.Number] = None,
    id: typing.Optional[builtins.str] = None,
    last_sync: typing.Optional[jsii.Number] = None,
    priority: typing.Optional[jsii.Number] = None,
    provider_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c1ff3cdfb7fd77f75edded35e26d623a2bb0a35635096f3403564523573a9ad4(
    *,
    access: typing.Any = None,
    application_roles: typing.Any = None,
    attributes: typing.Any = None,
    client_consents: typing.Optional[typing.Sequence[typing.Any]] = None,
    client_roles: typing.Any = None,
    created_timestamp: typing.Optional[jsii.Number] = None,
    credentials: typing.Optional[typing.Sequence[typing.Any]] = None,
    disableable_credential_types: typing.Optional[typing.Sequence[builtins.str]] = None,
    email: typing.Optional[builtins.str] = None,
    email_verified: typing.Optional[builtins.bool] = None,
    enabled: typing.Optional[builtins.bool] = None,
    federated_identities: typing.Optional[typing.Sequence[typing.Any]] = None,
    federation_link: typing.Optional[builtins.str] = None,
    first_name: typing.Optional[builtins.str] = None,
    groups: typing.Optional[typing.Sequence[builtins.str]] = None,
    id: typing.Optional[builtins.str] = None,
    last_name: typing.Optional[builtins.str] = None,
    not_before: typing.Optional[jsii.Number] = None,
    origin: typing.Optional[builtins.str] = None,
    realm_roles: typing.Optional[typing.Sequence[builtins.str]] = None,
    required_actions: typing.Optional[typing.Sequence[builtins.str]] = None,
    self: typing.Optional[builtins.str] = None,
    service_account_client_id: typing.Optional[builtins.str] = None,
    social_links: typing.Optional[typing.Sequence[typing.Any]] = None,
    totp: typing.Optional[builtins.bool] = None,
    username: typing.Optional[builtins.str] = None,
    user_profile_metadata: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5749399366674c50508a1cf86e5062a0f6b62a747778915c49a72c73aae69209(
    *,
    claims: typing.Optional[typing.Sequence[typing.Union[KeycloakRealmImportSpecResourcesClaims, typing.Dict[builtins.str, typing.Any]]]] = None,
    limits: typing.Optional[typing.Mapping[builtins.str, KeycloakRealmImportSpecResourcesLimits]] = None,
    requests: typing.Optional[typing.Mapping[builtins.str, KeycloakRealmImportSpecResourcesRequests]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b6eeb58e7dd8001a1f80c3b368d318e5cc521ce88cd256cde2394e25be5b3cb5(
    *,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5b86463181d519ea935fcba5c37a8bcaf7dcf8854b8ad3ffbe54227db642ee8f(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__85ad14d9ca1144e0c100d03694977fbff05dc2bce91b6c1d08aaea1fb2d89d23(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__17581abf8b31e5d9ee201761d56f0c64f16534470741730518069dcf56a28566(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__764eb24be5ad70c2224e3b5e62d8550e6620589461dc8373748e55e106674738(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__37139a908e6a3b29ce199736fe8296f86aa3f79fb71e11681ad575e4c6ca61d5(
    *,
    additional_options: typing.Optional[typing.Sequence[typing.Union[KeycloakSpecAdditionalOptions, typing.Dict[builtins.str, typing.Any]]]] = None,
    bootstrap_admin: typing.Optional[typing.Union[KeycloakSpecBootstrapAdmin, typing.Dict[builtins.str, typing.Any]]] = None,
    cache: typing.Optional[typing.Union[KeycloakSpecCache, typing.Dict[builtins.str, typing.Any]]] = None,
    db: typing.Optional[typing.Union[KeycloakSpecDb, typing.Dict[builtins.str, typing.Any]]] = None,
    features: typing.Optional[typing.Union[KeycloakSpecFeatures, typing.Dict[builtins.str, typing.Any]]] = None,
    hostname: typing.Optional[typing.Union[KeycloakSpecHostname, typing.Dict[builtins.str, typing.Any]]] = None,
    http: typing.Optional[typing.Union[KeycloakSpecHttp, typing.Dict[builtins.str, typing.Any]]] = None,
    http_management: typing.Optional[typing.Union[KeycloakSpecHttpManagement, typing.Dict[builtins.str, typing.Any]]] = None,
    image: typing.Optional[builtins.str] = None,
    image_pull_secrets: typing.Optional[typing.Sequence[typing.Union[KeycloakSpecImagePullSecrets, typing.Dict[builtins.str, typing.Any]]]] = None,
    ingress: typing.Optional[typing.Union[KeycloakSpecIngress, typing.Dict[builtins.str, typing.Any]]] = None,
    instances: typing.Optional[jsii.Number] = None,
    proxy: typing.Optional[typing.Union[KeycloakSpecProxy, typing.Dict[builtins.str, typing.Any]]] = None,
    resources: typing.Optional[typing.Union[KeycloakSpecResources, typing.Dict[builtins.str, typing.Any]]] = None,
    scheduling: typing.Optional[typing.Union[KeycloakSpecScheduling, typing.Dict[builtins.str, typing.Any]]] = None,
    start_optimized: typing.Optional[builtins.bool] = None,
    transaction: typing.Optional[typing.Union[KeycloakSpecTransaction, typing.Dict[builtins.str, typing.Any]]] = None,
    truststores: typing.Optional[typing.Mapping[builtins.str, typing.Union[KeycloakSpecTruststores, typing.Dict[builtins.str, typing.Any]]]] = None,
    unsupported: typing.Optional[typing.Union[KeycloakSpecUnsupported, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c7f7d49eeae1f6f7b141b3474c5f64474ba54a3624507f0d78263b844ec47e2b(
    *,
    name: typing.Optional[builtins.str] = None,
    secret: typing.Optional[typing.Union[KeycloakSpecAdditionalOptionsSecret, typing.Dict[builtins.str, typing.Any]]] = None,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1b1db0f3bc23498264e0e31b3546f082bb791675efc1a379094b97ea02469ea8(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b1682afc690f9195377851cd150b14d3443099703b6586c8860a5c72075c2320(
    *,
    service: typing.Optional[typing.Union[KeycloakSpecBootstrapAdminService, typing.Dict[builtins.str, typing.Any]]] = None,
    user: typing.Optional[typing.Union[KeycloakSpecBootstrapAdminUser, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ebbb167d5b87aa5349c049a3ab46db47a62cc959821ab56eb40bf3ad2c9bf0c7(
    *,
    secret: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dd464bceb29eff4047fbd012d8d1fcd5f72e9fbe8536b08dc4f01f755d2d5f26(
    *,
    secret: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3587aadb4de26ba93b958fa8b20d1f4d2e74eb1dc79c6c9f571b4940e2645605(
    *,
    config_map_file: typing.Optional[typing.Union[KeycloakSpecCacheConfigMapFile, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4496a8b7e11ad5b1e663c545e3cc43d68f5a9e6c53010f56e8ef2948145f93df(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__87c82edb033249abb84df00795319c9e39351c54cb6aa3825fb27c13830a3fcc(
    *,
    database: typing.Optional[builtins.str] = None,
    host: typing.Optional[builtins.str] = None,
    password_secret: typing.Optional[typing.Union[KeycloakSpecDbPasswordSecret, typing.Dict[builtins.str, typing.Any]]] = None,
    pool_initial_size: typing.Optional[jsii.Number] = None,
    pool_max_size: typing.Optional[jsii.Number] = None,
    pool_min_size: typing.Optional[jsii.Number] = None,
    port: typing.Optional[jsii.Number] = None,
    schema: typing.Optional[builtins.str] = None,
    url: typing.Optional[builtins.str] = None,
    username_secret: typing.Optional[typing.Union[KeycloakSpecDbUsernameSecret, typing.Dict[builtins.str, typing.Any]]] = None,
    vendor: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5e56b204c8acbaabe587b41a97e19630c4c32d14cbe30352f7b3230d22e3f5f1(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__57a4a58792db5abc1de49ecd04fd059b3a6c5d4f32ff42bc06e6ead468119f37(
    *,
    key: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fe35f360aa0eaf601a536f0b361acc45d2c7e66c052e252fccdae6cdfe8f053c(
    *,
    disabled: typing.Optional[typing.Sequence[builtins.str]] = None,
    enabled: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a7e5ad65519ddf1d0aad2b52b649d75e87778e5bf5b1f374a2002599ca7304e1(
    *,
    admin: typing.Optional[builtins.str] = None,
    admin_url: typing.Optional[builtins.str] = None,
    backchannel_dynamic: typing.Optional[builtins.bool] = None,
    hostname: typing.Optional[builtins.str] = None,
    strict: typing.Optional[builtins.bool] = None,
    strict_backchannel: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7975ab6995c53aa1aefd42d363e46a03dd3819dde74ad87fc1a90f6549973092(
    *,
    http_enabled: typing.Optional[builtins.bool] = None,
    http_port: typing.Optional[jsii.Number] = None,
    https_port: typing.Optional[jsii.Number] = None,
    tls_secret: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d40106a105f2c47cbfb953ef0874536636fef185d1157391e101816a8036e602(
    *,
    port: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9c7a85a421db5679d4dcad947f5737875d5fb5801cbe40853b0d2622ba268728(
    *,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__41a169453c868462adf33f6e596575f37720a6ba2bfb9bd996dfb8f55378f80f(
    *,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    class_name: typing.Optional[builtins.str] = None,
    enabled: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7f6c4916cea0a308468e22ff5ddfb1e085e51ce74531fef9952659fe5c26082a(
    *,
    headers: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__06dd558bb9ff3b91f96b007351700e1c0ac7ac8d57719c353020692449f4b621(
    *,
    claims: typing.Optional[typing.Sequence[typing.Union[KeycloakSpecResourcesClaims, typing.Dict[builtins.str, typing.Any]]]] = None,
    limits: typing.Optional[typing.Mapping[builtins.str, KeycloakSpecResourcesLimits]] = None,
    requests: typing.Optional[typing.Mapping[builtins.str, KeycloakSpecResourcesRequests]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3db6a92bf6e59587fb3717465eab9b5c188e718765ba42aedc7d15b902887a4c(
    *,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__627d710a3cfc62517d89ed1ff186a6e63535fa0787aecbd6f151d64e30edc60d(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4f873fdaf811f8d547775ca836f192de5e09bd59e85b99d5666f8a5820c5100a(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__32a3c61ea891497c8b5dda374123590afe55b3f97b9d57686ddb68ecaa4c028c(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__06479ea6e0d3ffc180563bddd06f989c446dd856753681ef76ac8e260cff669d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__abccdb95a62d5fecabfe5d27d185853f228fb4c05747923fa15ad4c9b8910ffd(
    *,
    affinity: typing.Optional[typing.Union[KeycloakSpecSchedulingAffinity, typing.Dict[builtins.str, typing.Any]]] = None,
    priority_class_name: typing.Optional[builtins.str] = None,
    tolerations: typing.Optional[typing.Sequence[typing.Union[KeycloakSpecSchedulingTolerations, typing.Dict[builtins.str, typing.Any]]]] = None,
    topology_spread_constraints: typing.Optional[typing.Sequence[typing.Union[KeycloakSpecSchedulingTopologySpreadConstraints, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__519d9f1b2e9b9fb23616a6ab44bd6b557d5dc263cb53a51efda2e08b3e876352(
    *,
    node_affinity: typing.Optional[typing.Union[KeycloakSpecSchedulingAffinityNodeAffinity, typing.Dict[builtins.str, typing.Any]]] = None,
    pod_affinity: typing.Optional[typing.Union[KeycloakSpecSchedulingAffinityPodAffinity, typing.Dict[builtins.str, typing.Any]]] = None,
    pod_anti_affinity: typing.Optional[typing.Union[KeycloakSpecSchedulingAffinityPodAntiAffinity, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__771e7bd2726f5decdb84562a30b5e35a8250010b54d5ca703a54e2173244e80e(
    *,
    preferred_during_scheduling_ignored_during_execution: typing.Optional[typing.Sequence[typing.Union[KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution, typing.Dict[builtins.str, typing.Any]]]] = None,
    required_during_scheduling_ignored_during_execution: typing.Optional[typing.Union[KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__41499b07834aa9e03fb63fc731de89cbadaf23a610aa17ef37383d44488ae439(
    *,
    preference: typing.Optional[typing.Union[KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference, typing.Dict[builtins.str, typing.Any]]] = None,
    weight: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e15460d474d0654b6e077a723b1ff57f176af080996f6ec3213538a2e157b59b(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_fields: typing.Optional[typing.Sequence[typing.Union[KeycloakSpecSchedulingAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a088be29930d5a7d8d46b9a61797b8cab1c82f33b9051fe8d2cf9ba3aac2736c(
    *,
    key: typing.Optional[builtins.str] = None,
    operator: typing.Optional[builtins.str] = None,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9a6b9b3d472bf81d769cfb36e32fe779a164f9c3752ab6259c537e497dad89e3(
    *,
    key: typing.Optional[builtins.str] = None,
    operator: typing.Optional[builtins.str] = None,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a837c3c8d51433d14adec00fd9ca4d247089f9a5875f014bc5443a9a2d0e1548(
    *,
    node_selector_terms: typing.Optional[typing.Sequence[typing.Union[KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6fc3e4378935bf83632c170f8a1f7dc18f0032fad40fbee9f065eba78e64c01b(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_fields: typing.Optional[typing.Sequence[typing.Union[KeycloakSpecSchedulingAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__040ea8b1e402fdf0cc7d5bea414444f44d30df7383abd6d25b618ddf282ac4aa(
    *,
    key: typing.Optional[builtins.str] = None,
    operator: typing.Optional[builtins.str] = None,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1ba472080a7a27e0ea8ad048dc73dbc31a44d282837fe633e29c68ff3276ef15(
    *,
    key: typing.Optional[builtins.str] = None,
    operator: typing.Optional[builtins.str] = None,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__367c49b6e352b55ea3f6109339d5687e9959d67807e0d5bf1565c0a58a920a65(
    *,
    preferred_during_scheduling_ignored_during_execution: typing.Optional[typing.Sequence[typing.Union[KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution, typing.Dict[builtins.str, typing.Any]]]] = None,
    required_during_scheduling_ignored_during_execution: typing.Optional[typing.Sequence[typing.Union[KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c283ca1bf0edaeeb8ad0964da6de92fb01ad94474c63880446ac73071ebcb75c(
    *,
    pod_affinity_term: typing.Optional[typing.Union[KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm, typing.Dict[builtins.str, typing.Any]]] = None,
    weight: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__760e34757179b2aa3929b93afae02fc396f2cc4dfb088bcffe8871b461796a6a(
    *,
    label_selector: typing.Optional[typing.Union[KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    match_label_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
    mismatch_label_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
    namespaces: typing.Optional[typing.Sequence[builtins.str]] = None,
    namespace_selector: typing.Optional[typing.Union[KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    topology_key: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0aa9670b4e7215205ebaa27331708495bdf45dc9fba71c2b493eba5246be7806(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0c422fbf78707d61cd642a9909851c05767879ee5b3286991a9325603e8e3402(
    *,
    key: typing.Optional[builtins.str] = None,
    operator: typing.Optional[builtins.str] = None,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__86cdaaf639acb7ecc12ac2d5bf95c37f277c5d122e5663eb21fd9194a21f55fe(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[KeycloakSpecSchedulingAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__df49a914504d46b478b677d59e4b9fd516d4345cc8d1a2f5db20dc14c440388a(
    *,
    key: typing.Optional[builtins.str] = None,
    operator: typing.Optional[builtins.str] = None,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ae31c15240046a61272425b73e00507888d24d0e912b9ca74d5078ebaa725180(
    *,
    label_selector: typing.Optional[typing.Union[KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    match_label_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
    mismatch_label_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
    namespaces: typing.Optional[typing.Sequence[builtins.str]] = None,
    namespace_selector: typing.Optional[typing.Union[KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    topology_key: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__560daee9938bc7461bc4fc535c9a44c97bf48777857cf17c33dd8084652f88bc(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__869b497daa0508aebb97c9195dd891d4f4d9d96f4a0db91f98ab1af969337d31(
    *,
    key: typing.Optional[builtins.str] = None,
    operator: typing.Optional[builtins.str] = None,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9e2e0ce20e2ac5fb6ac192a309479bef835fafa8b6405e12edfd624d9ce24662(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[KeycloakSpecSchedulingAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__91e791e24266c355eea4e0c55d5525d0c1602e6b861e05f91976f312a1b0c3c8(
    *,
    key: typing.Optional[builtins.str] = None,
    operator: typing.Optional[builtins.str] = None,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__23369002da8b7d215c7f19bf45587839b8d0a9906089c9db7c11a59514f35e64(
    *,
    preferred_during_scheduling_ignored_during_execution: typing.Optional[typing.Sequence[typing.Union[KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution, typing.Dict[builtins.str, typing.Any]]]] = None,
    required_during_scheduling_ignored_during_execution: typing.Optional[typing.Sequence[typing.Union[KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__339090da6e20fb086d0ef8b2f8794a213fbc37b9124277913ad9f4facd58f41b(
    *,
    pod_affinity_term: typing.Optional[typing.Union[KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm, typing.Dict[builtins.str, typing.Any]]] = None,
    weight: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1c434676e84baad348057e3d3c112bf9e459ffce716b39402764d76ba3cb25d6(
    *,
    label_selector: typing.Optional[typing.Union[KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    match_label_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
    mismatch_label_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
    namespaces: typing.Optional[typing.Sequence[builtins.str]] = None,
    namespace_selector: typing.Optional[typing.Union[KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    topology_key: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3d8e3cb1e55350b90eb3cebec1bed93cad904904175eca68757c7818e8b54123(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d66849de46ffaa306c73598e449cd346bf567eb790ad3125b82e609c14860db0(
    *,
    key: typing.Optional[builtins.str] = None,
    operator: typing.Optional[builtins.str] = None,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ed0156f57ba515b9ca2b0a37bdf972186f3cd4e95ce36fbd951dfa81ff7b932a(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[KeycloakSpecSchedulingAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__75eec70177148d4399c9c213ac5118eca5338f6b514d387817114f1c1f51fda4(
    *,
    key: typing.Optional[builtins.str] = None,
    operator: typing.Optional[builtins.str] = None,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__47d6414ee04c2a67b15f5af0b88464b289c8a31cbeb6a753f1740d2619cd90d9(
    *,
    label_selector: typing.Optional[typing.Union[KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    match_label_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
    mismatch_label_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
    namespaces: typing.Optional[typing.Sequence[builtins.str]] = None,
    namespace_selector: typing.Optional[typing.Union[KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    topology_key: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f1ff990c827160997b780d78164176eb11d6691e46e507bdff974ab5c85ac70c(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d09f37d58aeccbbfbff8b621099c35a9fa890714f2fdd42008f906e6ab2f4e0e(
    *,
    key: typing.Optional[builtins.str] = None,
    operator: typing.Optional[builtins.str] = None,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d2fc4fa4ff562657bfd925ae3e6317d6536a9ff5d35ba7fe36136c2eb39c3491(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[KeycloakSpecSchedulingAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7661a6e95f2e702be7ce72c3705f42a0fa9dcc1561b307f4299d556a847f4458(
    *,
    key: typing.Optional[builtins.str] = None,
    operator: typing.Optional[builtins.str] = None,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__75772f637ab919c6341799be2396b9abe1ee1fdaee3dde20a5a96e3bace3c675(
    *,
    effect: typing.Optional[builtins.str] = None,
    key: typing.Optional[builtins.str] = None,
    operator: typing.Optional[builtins.str] = None,
    toleration_seconds: typing.Optional[jsii.Number] = None,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__72e3d786e35ae4245b5fff05276218b0d847e46d6876f6af66c6620125dc723c(
    *,
    label_selector: typing.Optional[typing.Union[KeycloakSpecSchedulingTopologySpreadConstraintsLabelSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    match_label_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
    max_skew: typing.Optional[jsii.Number] = None,
    min_domains: typing.Optional[jsii.Number] = None,
    node_affinity_policy: typing.Optional[builtins.str] = None,
    node_taints_policy: typing.Optional[builtins.str] = None,
    topology_key: typing.Optional[builtins.str] = None,
    when_unsatisfiable: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__56a1982a97f271632f8b5d3f94919e716165d1ca04f0805d747f8bb593a0a451(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[KeycloakSpecSchedulingTopologySpreadConstraintsLabelSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__63de61a4bec22f828a4348020181d442a90ef54ac5811dd0f5458f49a1d31d51(
    *,
    key: typing.Optional[builtins.str] = None,
    operator: typing.Optional[builtins.str] = None,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cf4b1f6a4ba6c8e6ef04b27c3c7dfb1a932a197826883d6f472f7b3a86487dfb(
    *,
    xa_enabled: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8685bbc5153e556ad690044e15fdbbc39c27e1973635b749e1d1a87a3825f443(
    *,
    secret: typing.Union[KeycloakSpecTruststoresSecret, typing.Dict[builtins.str, typing.Any]],
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bd575fb2e7ff4a4392c6e3cad555cc09603f9940d9cc9901754645ec9b7cc791(
    *,
    name: builtins.str,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c9fdbab62defd8a46ec9764d18bd394dd55405d1c6ff960147255518c29bf9fb(
    *,
    pod_template: typing.Any = None,
) -> None:
    """Type checking stubs"""
    pass
