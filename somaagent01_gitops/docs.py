"""``make docs``: write the README's generated sections from the declarations."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from .operators import operator_table
from .releases import DEFAULT_RELEASE, RELEASES
from .settings import load_environments, load_platform
from .targets import clusters_of, targets_of

README = Path(__file__).resolve().parent.parent / "README.md"
PROJECT = README.parent


def release_defects() -> str:
    release = RELEASES[DEFAULT_RELEASE]
    return "".join(f"- `{release.name}`: {defect}\n" for defect in release.defects)


def gpu_capacity() -> str:
    """Per cluster and GPU pool of the shipped platform.yaml: what the pool holds and what the
    shipped overlays' speech servers take of it, at their fewest and at their most."""
    platform = load_platform(PROJECT / "platform.yaml")
    targets = targets_of(load_environments(PROJECT / "overlays"), platform)
    rows = ["| cluster | pool | GPUs (nodes x per node) | environment | GPUs at fewest | GPUs at most |", "|---|---|---|---|---|---|"]
    for cluster, own in clusters_of(targets).items():
        for name, pool in sorted(platform.cluster(cluster).gpu_pools.items()):
            for target in own:
                whisper = target.settings.whisper
                if whisper.gpu is None or whisper.gpu.pool != name:
                    continue
                rows.append(
                    f"| {cluster} | {name} | {pool.capacity} ({pool.max_nodes} x {pool.gpus_per_node}) | {target.path} | "
                    f"{whisper.fewest_replicas * whisper.gpu.gpus} | {whisper.most_replicas * whisper.gpu.gpus} |"
                )
    return "\n".join(rows) + "\n"


SECTIONS = {"operators": operator_table, "defects": release_defects, "gpu-capacity": gpu_capacity}


def main() -> int:
    text = README.read_text(encoding="utf-8")
    for name, render in SECTIONS.items():
        section = re.compile(rf"(<!-- {name}:begin -->\n).*?(<!-- {name}:end -->)", re.S)
        if not section.search(text):
            print(f"{README}: no <!-- {name}:begin --> ... <!-- {name}:end --> section", file=sys.stderr)
            return 1
        body = render()
        text = section.sub(lambda match: f"{match.group(1)}{body}{match.group(2)}", text)  # noqa: B023 (used at once)
    README.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
