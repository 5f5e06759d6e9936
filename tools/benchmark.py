"""``make bench``: how long each phase of a synth takes on this machine (median of N runs).

A measurement to watch, not a pass/fail test: numbers depend on the machine. Run it before
and after a change that may touch the hot path (imports, construct count, layout).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from somaagent01_gitops.toolchain import use_project_node

use_project_node()

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def main(runs: int = 5) -> int:
    started = time.perf_counter()
    from somaagent01_gitops.output import layout, write_tree
    from somaagent01_gitops.settings import load_environments, load_platform
    from somaagent01_gitops.synth import render_folders

    timings: dict[str, list[float]] = {"import (cdk8s, jsii, bindings)": [time.perf_counter() - started]}
    for _ in range(runs):
        clock = time.perf_counter()
        platform = load_platform(PROJECT_ROOT / "platform.yaml")
        environments = load_environments(PROJECT_ROOT / "overlays")
        timings.setdefault("load and validate settings", []).append(time.perf_counter() - clock)
        clock = time.perf_counter()
        folders = render_folders(environments, platform=platform)
        timings.setdefault("build and render charts", []).append(time.perf_counter() - clock)
        clock = time.perf_counter()
        files = layout(folders)
        timings.setdefault("lay out dist/", []).append(time.perf_counter() - clock)
        clock = time.perf_counter()
        with tempfile.TemporaryDirectory() as folder:
            write_tree(files, Path(folder) / "dist")
        timings.setdefault("write files", []).append(time.perf_counter() - clock)
    objects = sum(len(folder.objects) for folder in folders)
    print(f"{objects} objects, {len(files)} files; median of {runs} runs (import: once)")
    for phase, values in timings.items():
        print(f"  {phase:32s} {statistics.median(values) * 1000:8.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 5))
