"""The Whisper tier's section of an overlay (``whisper``), with the rules each mode sets: CPU
in LOCAL, a GPU pool of the cluster beyond it, autoscaled on the queue in front of the
servers (KEDA), to zero only in DEVELOPMENT and only with working hours to wake it."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

from pydantic import Field, model_validator

from ...settings.quantities import parse_quantity
from ...settings.types import (
    CronJobSchedule,
    DnsLabel,
    FieldRuleError,
    ImageReference,
    ModeRule,
    ResourceAmounts,
    Resources,
    StrictModel,
    TimeZone,
)

WHISPER_CPP_COMMIT = "339f2b4e27d7c3b52f44a124a854abba507acff3"
"""The whisper.cpp commit of the pinned images: the first the project's daily image build
(.github/workflows/docker.yml, cron 04:12 UTC, tags ``<variant>-<commit>``) met after the
v1.9.3 release commit 371b5a75 (master's head from 2026-08-20 13:59 UTC to 2026-08-21
06:57 UTC), which differs from v1.9.3 only in bindings/javascript. The project publishes
no version tags."""
WHISPER_CPU_IMAGE = f"ghcr.io/ggml-org/whisper.cpp:main-{WHISPER_CPP_COMMIT}"
"""whisper.cpp's CPU image (.devops/main.Dockerfile): ``whisper-server`` on the PATH, the
base.en model baked in at /app/models."""
WHISPER_CUDA_IMAGE = f"ghcr.io/ggml-org/whisper.cpp:main-cuda-{WHISPER_CPP_COMMIT}"
"""whisper.cpp's CUDA 13.0 image (.devops/main-cuda.Dockerfile): the same, built for GPUs."""
ENVOY_IMAGE = "envoyproxy/envoy:distroless-v1.36.6"
"""The queue in front of each server (its metrics are what the autoscaler reads): Envoy's
distroless image, which runs as the nonroot user 65532 (ci/Dockerfile-envoy)."""


@dataclass(frozen=True)
class WhisperModel:
    """A ggml model whisper.cpp's download script knows, as models/README.md lists it at v1.9.3."""

    sha1: str
    """The file's SHA-1: the init step refuses a download that does not match."""
    mebibytes: int
    """Its size on disk, which the model volume must hold."""


MODELS: dict[str, WhisperModel] = {
    "tiny": WhisperModel("bd577a113a864445d4c299885e0cb97d4ba92b5f", 75),
    "tiny.en": WhisperModel("c78c86eb1a8faa21b369bcd33207cc90d64ae9df", 75),
    "base": WhisperModel("465707469ff3a37a2b9b8d8f89f2f99de7299dac", 142),
    "base.en": WhisperModel("137c40403d78fd54d454da0f9bd998f78703390c", 142),
    "small": WhisperModel("55356645c2b361a969dfd0ef2c5a50d530afd8d5", 466),
    "small.en": WhisperModel("db8a495a91d927739e50b3fc1cc4c6b8f6c2d022", 466),
    "medium": WhisperModel("fd9727b6e1217c2f614f9b698455c4ffd82463b4", 1536),
    "medium.en": WhisperModel("8c30f0e44ce9560643ebd10bbe50cd20eafd3723", 1536),
    "large-v2": WhisperModel("0f4c8e34f21cf1a914c59d8b3ce882345ad349d6", 2970),
    "large-v3": WhisperModel("ad82bf6a9043ceed055076d0fd39f5f186ff8062", 2970),
    "large-v3-q5_0": WhisperModel("e6e2ed78495d403bef4b7cff42ef4aaadcfea8de", 1127),
    "large-v3-turbo": WhisperModel("4af2b29d7ec73d781377bfd1758ca957a807e941", 1536),
    "large-v3-turbo-q5_0": WhisperModel("e050f7970618a659205450ad97eb95a18d69c9ee", 547),
}
"""The models an overlay may name (whisper.cpp models/README.md at v1.9.3: name, disk, SHA)."""
TIME_ZONES = frozenset(resources.files("tzdata").joinpath("zones").read_text(encoding="utf-8").split())
"""The IANA zones of the pinned tzdata package (requirements.txt), whatever the machine has."""
BAKED_MODEL = "base.en"
"""The model both images carry (``make base.en`` in their Dockerfiles): no download needed."""


class WhisperGpu(StrictModel):
    """Where the servers run on GPUs: a GPU pool of the cluster (platform.yaml
    ``clusters.<name>.gpu_pools``) and how many GPUs each server takes."""

    pool: DnsLabel = Field(description="Required. The cluster's GPU pool (platform.yaml clusters.<name>.gpu_pools.<pool>).")
    gpus: int = Field(default=1, ge=1, le=8, description="nvidia.com/gpu requested (and limited) per server. Default: 1.")


class WorkingHours(StrictModel):
    """When a DEVELOPMENT environment keeps one server up although no queue can wake it from
    zero (the queue's metrics come from the servers' own pods)."""

    start: CronJobSchedule = Field(description="Required. When the server comes up (cron, in timezone), e.g. '0 7 * * 1-5'.")
    end: CronJobSchedule = Field(description="Required. When it may go back to zero (cron, in timezone), e.g. '0 19 * * 1-5'.")
    timezone: TimeZone = Field(default="Etc/UTC", description="An IANA time zone (tzdata's list). Default: Etc/UTC.")

    @model_validator(mode="after")
    def _known_zone(self) -> WorkingHours:
        if self.timezone not in TIME_ZONES:
            raise FieldRuleError(
                ("timezone",), f"{self.timezone!r} is not in the IANA time zone database; allowed: e.g. Etc/UTC, Europe/Berlin"
            )
        return self


class WhisperAutoscaling(StrictModel):
    """KEDA scales the servers on the length of the queue in front of them: requests in
    progress and waiting, as each server's Envoy counts them, summed over the servers."""

    min_replicas: int = Field(
        default=1,
        ge=0,
        le=100,
        description="Fewest servers. Default: 1; 0 only in DEVELOPMENT (with working_hours); PRODUCTION at least 2.",
    )
    max_replicas: int = Field(default=4, ge=1, le=100, description="Most servers. Default: 4; at least min_replicas.")
    queue_per_replica: int = Field(
        default=2,
        ge=1,
        le=64,
        description="Requests per server (one transcribing, the rest waiting) above which another server is added. Default: 2.",
    )
    working_hours: WorkingHours | None = Field(
        default=None, description="Keep one server up in these hours (min_replicas 0 only). Default: none."
    )

    @model_validator(mode="after")
    def _bounds(self) -> WhisperAutoscaling:
        if self.max_replicas < max(self.min_replicas, 1):
            raise FieldRuleError(("max_replicas",), f"allowed: at least min_replicas ({self.min_replicas}) and at least 1")
        if self.min_replicas == 0 and self.working_hours is None:
            raise FieldRuleError(
                ("working_hours",),
                "min_replicas 0 needs working hours: nothing counts the queue while no server runs, so only a schedule wakes it",
            )
        if self.min_replicas > 0 and self.working_hours is not None:
            raise FieldRuleError(("working_hours",), f"only with min_replicas 0 (servers never go below {self.min_replicas}); remove it")
        return self


class Whisper(StrictModel):
    """The environment's speech-to-text servers (whisper.cpp's ``whisper-server``), which the
    gateway calls at ``SA01_WHISPER_URL``. Default: one CPU server with the base.en model."""

    image: ImageReference | None = Field(
        default=None,
        description=f"The whisper.cpp image. Default: {WHISPER_CPU_IMAGE} on CPU, {WHISPER_CUDA_IMAGE} with gpu.",
    )
    envoy_image: ImageReference = Field(default=ENVOY_IMAGE, description=f"The queue's Envoy (uid 65532). Default: {ENVOY_IMAGE}.")
    model: str = Field(
        default=BAKED_MODEL,
        json_schema_extra={"enum": list(MODELS)},
        description=f"The ggml model; any other than {BAKED_MODEL} is downloaded at start and checked. Default: {BAKED_MODEL}.",
    )
    port: int = Field(default=9001, ge=1024, le=65535, description="The port the gateway calls (the catalog's). Default: 9001.")
    threads: int = Field(
        default=2,
        ge=1,
        le=64,
        description="Threads per transcription (whisper-server -t). Default: 2; at most the CPU limit (more are throttled).",
    )
    queue_limit: int = Field(
        default=4,
        ge=1,
        le=64,
        description="Requests that may wait in front of one server; beyond it its Envoy answers 503 at once. About the "
        "gateway's 60 s over a transcription's time: more would wait only to time out. Default: 4.",
    )
    replicas: int = Field(default=1, ge=1, le=20, description="Servers without autoscaling (LOCAL). Default: 1; refused with autoscaling.")
    resources: Resources = Field(
        default=Resources(requests=ResourceAmounts(cpu="500m", memory="512Mi"), limits=ResourceAmounts(cpu="2", memory="2Gi")),
        description="Each server's requests and limits (without the GPUs). Default: 500m/512Mi requested, 2/2Gi limit.",
    )
    gpu: WhisperGpu | None = Field(default=None, description="Run on a GPU pool. Default: none (CPU); required beyond LOCAL.")
    autoscaling: WhisperAutoscaling | None = Field(
        default=None, description="Scale on the queue with KEDA. Default: none (replicas servers); required beyond LOCAL."
    )

    @model_validator(mode="after")
    def _known_model(self) -> Whisper:
        if self.model not in MODELS:
            raise FieldRuleError(("model",), f"{self.model!r} is not a known model; allowed: {', '.join(MODELS)}")
        return self

    @model_validator(mode="after")
    def _one_count(self) -> Whisper:
        if self.autoscaling is not None and self.replicas != 1:
            raise FieldRuleError(("replicas",), "KEDA keeps the count between autoscaling's bounds; remove replicas")
        return self

    @model_validator(mode="after")
    def _threads_fit_the_cpu_limit(self) -> Whisper:
        limit = self.resources.limits.cpu
        if self.threads > parse_quantity(limit):
            raise FieldRuleError(("threads",), f"{self.threads} threads on a CPU limit of {limit} are throttled; allowed: at most {limit}")
        return self

    @property
    def server_image(self) -> str:
        """The image the servers run: the overlay's, else the CPU or CUDA build."""
        return self.image or (WHISPER_CUDA_IMAGE if self.gpu is not None else WHISPER_CPU_IMAGE)

    @property
    def fewest_replicas(self) -> int:
        """The fewest servers it runs."""
        return self.autoscaling.min_replicas if self.autoscaling is not None else self.replicas

    @property
    def most_replicas(self) -> int:
        """The most servers it runs at once."""
        return self.autoscaling.max_replicas if self.autoscaling is not None else self.replicas

    def mode_rules(self, mode: str) -> list[ModeRule]:
        """What a mode requires of Whisper: (field, holds, message)."""
        if mode == "LOCAL":
            return [
                (("gpu",), self.gpu is None, "LOCAL runs Whisper on the laptop's CPU"),
                (("autoscaling",), self.autoscaling is None, "LOCAL runs no KEDA"),
            ]
        rules: list[ModeRule] = [
            (("gpu",), self.gpu is not None, f"{mode} runs Whisper on a GPU pool: give gpu.pool"),
            (("autoscaling",), self.autoscaling is not None, f"{mode} scales Whisper on its queue: give autoscaling"),
        ]
        minimum = self.autoscaling.min_replicas if self.autoscaling is not None else 1
        if mode != "DEVELOPMENT":
            rules.append((("autoscaling", "min_replicas"), minimum > 0, f"only DEVELOPMENT scales Whisper to zero, not {mode}"))
        if mode == "PRODUCTION":
            rules.append(
                (("autoscaling", "min_replicas"), minimum >= 2, f"PRODUCTION keeps at least 2 Whisper servers (a drain), got {minimum}")
            )
        return rules
