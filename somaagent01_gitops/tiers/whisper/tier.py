"""The Whisper tier's registration: in every environment the servers the gateway calls, on the
laptop's CPU in LOCAL and on the cluster's GPU pool beyond, scaled by KEDA on their queue."""

from __future__ import annotations

from types import MappingProxyType

from constructs import Construct

from ...catalog import Dependency
from ...endpoints import WHISPER_SERVICE, InClusterPeer
from ...operators import PROMETHEUS_URL
from ...targets import Target
from ..base import Tier, TierContext
from .constructs import POD_SELECTOR, QUEUE_PORT, GpuPlacement, WhisperServers, WhisperServersProps


def callers(target: Target) -> list[str]:
    """The release's entrypoints that call Whisper (the dependency graph)."""
    return sorted(spec.name for spec in target.settings.release.services if Dependency.WHISPER in spec.depends_on)


class WhisperUnit(Tier):
    """The environment's speech-to-text servers."""

    name = "whisper"
    peers = MappingProxyType({Dependency.WHISPER: InClusterPeer(POD_SELECTOR, (QUEUE_PORT,))})

    def build(self, scope: Construct, context: TierContext) -> str:
        """Build the servers; the URL the app's ``SA01_WHISPER_URL`` carries."""
        target = context.target
        settings, whisper = target.settings, target.settings.whisper
        gpu = None
        if whisper.gpu is not None:
            pool = target.gpu_pool
            if pool is None:  # delivery.check_platform reports it first; guard a direct build
                raise ValueError(
                    f"overlays/{target.environment}.yaml: whisper.gpu.pool: {whisper.gpu.pool!r} is not a GPU pool of its cluster"
                )
            gpu = GpuPlacement(gpus=whisper.gpu.gpus, node_labels=dict(pool.node_labels), taints=tuple(pool.taints))
        WhisperServers(
            scope,
            "whisper",
            props=WhisperServersProps(
                namespace=settings.namespace,
                image=whisper.server_image,
                envoy_image=whisper.envoy_image,
                model=whisper.model,
                port=whisper.port,
                threads=whisper.threads,
                queue_limit=whisper.queue_limit,
                resources=whisper.resources,
                clients=callers(target),
                prometheus_url=PROMETHEUS_URL,
                replicas=whisper.replicas,
                gpu=gpu,
                autoscaling=whisper.autoscaling,
                download_by_name=target.egress_by_name,
                zone_spread=target.region is not None,
                # LOCAL runs no Prometheus Operator, whose CRD a PodMonitor needs
                monitoring=settings.mode != "LOCAL",
            ),
        )
        return f"http://{WHISPER_SERVICE}.{settings.namespace}.svc:{whisper.port}"
