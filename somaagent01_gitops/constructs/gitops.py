"""Argo CD AppProjects and Applications, typed through the imported Argo CD CRDs."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from cdk8s import ApiObjectMetadata
from constructs import Construct

from imports.argocd.io import argoproj as argocd

from ..argocd import SYNC_OPTIONS_ANNOTATION, WAVE_ANNOTATION
from .idioms import metadata

IN_CLUSTER = "https://kubernetes.default.svc"
"""Each cluster runs its own Argo CD (see the README), so every destination is in-cluster."""


@dataclass(frozen=True, kw_only=True)
class ClusterKind:
    """A kind a project may create (cluster-scoped, or in its namespaces)."""

    group: str
    kind: str


@dataclass(frozen=True, kw_only=True)
class AppProjectProps:
    """One Argo CD project: what its Applications may read and where they may write."""

    name: str
    """The project's name, which its Applications name as their ``project``."""
    namespace: str
    """Argo CD's namespace."""
    description: str
    """What the project holds, shown in Argo CD's UI."""
    source_repos: Sequence[str]
    """Repositories its Applications may read."""
    destination_namespaces: Sequence[str]
    """Namespaces its Applications may write to (in this cluster)."""
    cluster_resources: Sequence[ClusterKind] = ()
    """Cluster-scoped kinds it may create. Default: none."""
    namespace_resources: Sequence[ClusterKind] | None = None
    """The only namespaced kinds it may create; an empty list: none at all (every kind
    blacklisted). Default: None, any namespaced kind."""
    signature_keys: Sequence[str] = ()
    """GPG key IDs one of which must have signed each Git revision its Applications sync.
    Default: none (unverified)."""
    kept: bool = False
    """Argo CD never prunes or deletes it (``Prune=false,Delete=false``): a project whose loss
    undoes a guard (the emptied ``default``, recreated permissive when missing) or strands its
    Applications. Default: false."""
    wave: int | None = None
    """Sync wave. Default: none (the chart-wide rule decides)."""


class AppProject(Construct):
    def __init__(self, scope: Construct, id: str, *, props: AppProjectProps) -> None:
        super().__init__(scope, id)
        self.resource = argocd.AppProject(
            self,
            "project",
            metadata=metadata(
                props.name,
                component="gitops",
                namespace=props.namespace,
                annotations={
                    **({WAVE_ANNOTATION: str(props.wave)} if props.wave is not None else {}),
                    **({SYNC_OPTIONS_ANNOTATION: "Prune=false,Delete=false"} if props.kept else {}),
                }
                or None,
            ),
            spec=argocd.AppProjectSpec(
                description=props.description,
                source_repos=sorted(props.source_repos),
                destinations=[
                    argocd.AppProjectSpecDestinations(server=IN_CLUSTER, namespace=namespace)
                    for namespace in sorted(props.destination_namespaces)
                ],
                cluster_resource_whitelist=[
                    argocd.AppProjectSpecClusterResourceWhitelist(group=kind.group, kind=kind.kind)
                    for kind in sorted(props.cluster_resources, key=lambda kind: (kind.group, kind.kind))
                ],
                namespace_resource_whitelist=[
                    argocd.AppProjectSpecNamespaceResourceWhitelist(group=kind.group, kind=kind.kind)
                    for kind in sorted(props.namespace_resources, key=lambda kind: (kind.group, kind.kind))
                ]
                if props.namespace_resources
                else None,
                # Argo CD reads an empty whitelist as no restriction: nothing at all is a blacklist
                namespace_resource_blacklist=[argocd.AppProjectSpecNamespaceResourceBlacklist(group="*", kind="*")]
                if props.namespace_resources is not None and not props.namespace_resources
                else None,
                signature_keys=[argocd.AppProjectSpecSignatureKeys(key_id=key) for key in sorted(props.signature_keys)] or None,
            ),
        )


@dataclass(frozen=True, kw_only=True)
class GitSource:
    """A folder of this repository (a kustomization or plain manifests)."""

    repo_url: str
    revision: str
    path: str


@dataclass(frozen=True, kw_only=True)
class HelmSource:
    """An upstream Helm chart at an exact version, with values from the model."""

    repo_url: str
    chart: str
    version: str
    release_name: str
    values: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, kw_only=True)
class IgnoredDifference:
    """Fields of one object that a controller writes after the sync, which Argo CD must
    neither report as drift nor overwrite."""

    group: str
    kind: str
    name: str
    jq_paths: Sequence[str]
    namespace: str | None = None


RETRY_LIMIT = 10
RETRY_BACKOFF = ("15s", 2, "5m")
"""Duration, factor, cap: ten tries over about 33 minutes. A fresh cluster's first syncs
fail while CRDs are being established and webhooks come up; automated sync does not try
the same commit again once the retries are spent, so they must outlast that."""


@dataclass(frozen=True, kw_only=True)
class ApplicationProps:
    """One Argo CD Application."""

    name: str
    """The Application's name in Argo CD."""
    namespace: str
    """Argo CD's namespace."""
    project: str
    """The AppProject that bounds what it may read and where it may write."""
    source: GitSource | HelmSource
    """What it syncs: a folder of this repository or an upstream Helm chart."""
    destination_namespace: str
    """The namespace it syncs into (in this cluster)."""
    wave: int
    """Its sync wave among its siblings (argocd.py): projects, cluster objects and operators
    come before what depends on them."""
    prune: bool = True
    """Automated sync deletes what left Git. Default: true; stateful objects opt out per object."""
    sync_options: Sequence[str] = ()
    """Extra sync options, e.g. ``ServerSideApply=true`` for large CRDs. Default: none."""
    cascade_delete: bool = True
    """Deleting the Application deletes what it synced (stateful objects excepted). False for
    Argo CD's own: it is then neither pruned nor deleted by its parent, and takes nothing with
    it. Default: true."""
    namespace_labels: Mapping[str, str] = field(default_factory=dict)
    """Labels Argo CD keeps on the destination namespace it creates (``managedNamespaceMetadata``:
    an operator namespace's Pod Security). Default: none."""
    ignore_differences: Sequence[IgnoredDifference] = ()
    """Fields patched at runtime; they also turn on ``RespectIgnoreDifferences=true``, so a
    sync keeps the live value instead of writing Git's back. Default: none."""


class Application(Construct):
    def __init__(self, scope: Construct, id: str, *, props: ApplicationProps) -> None:
        super().__init__(scope, id)
        self.resource = argocd.Application(
            self,
            "application",
            metadata=_application_metadata(props),
            spec=argocd.ApplicationSpec(
                project=props.project,
                source=_spec_source(props.source),
                destination=argocd.ApplicationSpecDestination(server=IN_CLUSTER, namespace=props.destination_namespace),
                ignore_differences=_ignore_differences(props.ignore_differences),
                sync_policy=_sync_policy(props),
            ),
        )


def _application_metadata(props: ApplicationProps) -> ApiObjectMetadata:
    """The finalizer makes deleting the Application delete what it synced; without cascade the
    Application is also kept from its parent's prune and delete."""
    return metadata(
        props.name,
        component="gitops",
        namespace=props.namespace,
        annotations={
            WAVE_ANNOTATION: str(props.wave),
            **({} if props.cascade_delete else {SYNC_OPTIONS_ANNOTATION: "Prune=false,Delete=false"}),
        },
        finalizers=["resources-finalizer.argocd.argoproj.io"] if props.cascade_delete else None,
    )


def _spec_source(source: GitSource | HelmSource) -> argocd.ApplicationSpecSource:
    if isinstance(source, GitSource):
        return argocd.ApplicationSpecSource(repo_url=source.repo_url, target_revision=source.revision, path=source.path)
    return argocd.ApplicationSpecSource(
        repo_url=source.repo_url,
        chart=source.chart,
        target_revision=source.version,
        helm=argocd.ApplicationSpecSourceHelm(release_name=source.release_name, values_object=dict(source.values) or None),
    )


def _ignore_differences(ignored_differences: Sequence[IgnoredDifference]) -> list[argocd.ApplicationSpecIgnoreDifferences] | None:
    return [
        argocd.ApplicationSpecIgnoreDifferences(
            group=ignored.group or None,
            kind=ignored.kind,
            name=ignored.name,
            namespace=ignored.namespace,
            jq_path_expressions=list(ignored.jq_paths),
        )
        for ignored in ignored_differences
    ] or None


def _sync_policy(props: ApplicationProps) -> argocd.ApplicationSpecSyncPolicy:
    """Automated and self-healing, retried long enough for a fresh cluster (see RETRY_BACKOFF)."""
    sync_options = list(props.sync_options)
    if props.ignore_differences:
        # a sync keeps the live value of an ignored field instead of writing Git's back
        sync_options.append("RespectIgnoreDifferences=true")
    return argocd.ApplicationSpecSyncPolicy(
        automated=argocd.ApplicationSpecSyncPolicyAutomated(prune=props.prune, self_heal=True),
        sync_options=sync_options or None,
        managed_namespace_metadata=argocd.ApplicationSpecSyncPolicyManagedNamespaceMetadata(labels=dict(props.namespace_labels))
        if props.namespace_labels
        else None,
        retry=argocd.ApplicationSpecSyncPolicyRetry(
            limit=RETRY_LIMIT,
            backoff=argocd.ApplicationSpecSyncPolicyRetryBackoff(
                duration=RETRY_BACKOFF[0], factor=RETRY_BACKOFF[1], max_duration=RETRY_BACKOFF[2]
            ),
        ),
    )
