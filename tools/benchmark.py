"""``make bench``: a full synth against the floor of an empty cdk8s app, on this machine.

The floor imports ``cdk8s`` and ``cdk8s_plus_27``, builds one empty chart and synthesizes it,
in the same venv, on the same Node. Floor and full synth (``python -O main.py`` into a scratch
``dist/``, exactly what ``make synth`` runs) alternate, after a warm-up of each, so drift on a
shared machine hits both alike. Each run is a fresh process: wall time, and the peak RSS of the
Python process and of its Node (jsii kernel) child, read from ``/proc`` before they exit.
Then the same synth with 2, 4, 8 and 16 prod regions (a model generated from the shipped
overlays) gives the cost of one more region. Writes ``bench/results.md``.

A measurement, not a test: ``make test`` asserts no timing.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

PROJECT_ROOT = Path(__file__).resolve().parent.parent
RESULTS = PROJECT_ROOT / "bench" / "results.md"
PYTHON = PROJECT_ROOT / ".venv" / "bin" / "python"
REGION_COUNTS = (2, 4, 8, 16)

FLOOR = """
import sys
sys.path.insert(0, {root!r})
from somaagent01_gitops.toolchain import use_project_node
use_project_node()
import cdk8s, cdk8s_plus_27
app = cdk8s.App(outdir={outdir!r})
cdk8s.Chart(app, "empty")
app.synth()
"""

PER_OBJECT = """
import json, sys, time
sys.path.insert(0, {root!r})
from somaagent01_gitops.toolchain import use_project_node
use_project_node()
import cdk8s
from cdk8s_plus_27 import k8s
chart = cdk8s.Chart(cdk8s.App(), "c")
count = {count}
spec = {{"podSelector": {{"matchLabels": {{"app": "x"}}}}, "policyTypes": ["Ingress"], "ingress": [{{"ports": [{{"port": 80, "protocol": "TCP"}}]}}]}}
port = k8s.IntOrString.from_number(80)
def typed(i):
    k8s.KubeNetworkPolicy(chart, f"t{{i}}", metadata=k8s.ObjectMeta(name=f"t{{i}}"), spec=k8s.NetworkPolicySpec(
        pod_selector=k8s.LabelSelector(match_labels={{"app": "x"}}), policy_types=["Ingress"],
        ingress=[k8s.NetworkPolicyIngressRule(ports=[k8s.NetworkPolicyPort(port=port, protocol="TCP")])]))
def patched(i):
    api_object = cdk8s.ApiObject(chart, f"p{{i}}", api_version="networking.k8s.io/v1", kind="NetworkPolicy", metadata=cdk8s.ApiObjectMetadata(name=f"p{{i}}"))
    api_object.add_json_patch(cdk8s.JsonPatch.add("/spec", spec))
def bare(i):
    cdk8s.ApiObject(chart, f"b{{i}}", api_version="networking.k8s.io/v1", kind="NetworkPolicy", metadata=cdk8s.ApiObjectMetadata(name=f"b{{i}}"))
result = {{}}
for name, make in (("typed", typed), ("patched", patched), ("bare", bare)):
    started = time.perf_counter()
    for i in range(count):
        make(i)
    result[name] = (time.perf_counter() - started) / count
started = time.perf_counter()
chart.to_json()
result["to_json"] = (time.perf_counter() - started) / (3 * count)
print(json.dumps(result))
"""
"""The cost of one object through jsii, three ways: a typed ``k8s`` object with nested
structs, a bare ``ApiObject`` with its spec as one JSON patch, and a bare ``ApiObject``
(one round trip, the least any object of the construct tree can cost); and rendering."""

# Runs a program in this process and, before it exits, reports its peak RSS and its Node
# child's (VmHWM from /proc, read while the child is still alive: jsii stops it at exit).
MEASURED = """
import json, os, runpy, sys
from pathlib import Path

def _hwm(pid):
    for line in Path(f"/proc/{{pid}}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    return 0

def _descendants(pid):
    found = []
    for task in Path(f"/proc/{{pid}}/task").iterdir():
        children = (task / "children").read_text().split()
        for child in map(int, children):
            found += [child, *_descendants(child)]
    return found

def _report():
    node = sum(_hwm(pid) for pid in _descendants(os.getpid()))
    Path({report!r}).write_text(json.dumps({{"python": _hwm(os.getpid()), "node": node}}))

sys.argv = {argv!r}
try:
    runpy.run_path(sys.argv[0], run_name="__main__")
finally:
    _report()  # before exit: jsii stops its Node at exit
"""


@dataclass(frozen=True)
class Run:
    seconds: float
    python_rss: int
    node_rss: int


def _measure(program: str, *, report: Path, env: dict[str, str] | None = None) -> Run:
    import time

    started = time.perf_counter()
    result = subprocess.run([str(PYTHON), "-O", "-c", program], cwd=PROJECT_ROOT, capture_output=True, text=True, env=env, check=False)
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"benchmark run failed:\n{result.stdout}{result.stderr}")
    memory = json.loads(report.read_text())
    return Run(seconds=seconds, python_rss=memory["python"], node_rss=memory["node"])


def _floor(scratch: Path) -> Run:
    script = scratch / "floor.py"
    script.write_text(FLOOR.format(root=str(PROJECT_ROOT), outdir=str(scratch / "floor-out")))
    report = scratch / "floor.json"
    return _measure(MEASURED.format(report=str(report), argv=[str(script)]), report=report)


def _synth(scratch: Path, *, overlays: Path, platform_file: Path) -> Run:
    report = scratch / "synth.json"
    argv = [str(PROJECT_ROOT / "main.py"), "--overlays", str(overlays), "--platform", str(platform_file), "--dist", str(scratch / "dist")]
    env = {**os.environ, "CDK8S_OUTDIR": str(scratch / "staging")}
    return _measure(MEASURED.format(report=str(report), argv=argv), report=report, env=env)


def regions_model(count: int, scratch: Path) -> tuple[Path, Path]:
    """Overlays and platform with ``count`` prod regions: the shipped ones, then copies of
    them renamed, paired as each other's peers."""
    overlays = scratch / f"overlays-{count}"
    shutil.copytree(PROJECT_ROOT / "overlays", overlays)
    prod = yaml.safe_load((overlays / "prod.yaml").read_text())
    platform_data = yaml.safe_load((PROJECT_ROOT / "platform.yaml").read_text())
    templates = list(prod["regions"].items())
    regions: dict[str, Any] = {}
    for index in range(count):
        template_name, template = templates[index % len(templates)]
        name = template_name if index < len(templates) else f"{template_name.rsplit('-', 1)[0]}-{index + 10}"
        regions[name] = _region_copy(template, template_name, name, index)
        platform_data["clusters"][regions[name]["cluster"]] = copy.deepcopy(platform_data["clusters"][template["cluster"]])
    names = list(regions)
    for index, name in enumerate(names):
        regions[name]["peer_region"] = names[index ^ 1]
    prod["regions"] = regions
    (overlays / "prod.yaml").write_text(yaml.safe_dump(prod, sort_keys=False))
    platform_file = scratch / f"platform-{count}.yaml"
    platform_file.write_text(yaml.safe_dump(platform_data, sort_keys=False))
    return overlays, platform_file


def _region_copy(template: dict[str, Any], template_name: str, name: str, index: int) -> dict[str, Any]:
    text = json.dumps(template).replace(template_name, name)
    region: dict[str, Any] = json.loads(text)
    region["network_cidr"] = f"10.{100 + index}.0.0/16"
    return region


def _per_object(count: int = 300) -> dict[str, float]:
    program = PER_OBJECT.format(root=str(PROJECT_ROOT), count=count)
    result = subprocess.run([str(PYTHON), "-O", "-c", program], cwd=PROJECT_ROOT, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"per-object measurement failed:\n{result.stdout}{result.stderr}")
    costs: dict[str, float] = json.loads(result.stdout)
    return costs


def _summary(values: list[float]) -> tuple[float, float, float]:
    return min(values), statistics.median(values), max(values)


def _slope(points: list[tuple[int, float]]) -> float:
    """Least-squares seconds per region."""
    xs, ys = [x for x, _ in points], [y for _, y in points]
    mean_x, mean_y = statistics.fmean(xs), statistics.fmean(ys)
    return sum((x - mean_x) * (y - mean_y) for x, y in points) / sum((x - mean_x) ** 2 for x in xs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs of each, after a warm-up (default 5)")
    parser.add_argument("--region-runs", type=int, default=3, help="runs per region count (default 3)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder)
        overlays, platform_file = PROJECT_ROOT / "overlays", PROJECT_ROOT / "platform.yaml"
        _floor(scratch), _synth(scratch, overlays=overlays, platform_file=platform_file)  # warm-up
        floors, synths = [], []
        for _ in range(args.runs):
            floors.append(_floor(scratch))
            synths.append(_synth(scratch, overlays=overlays, platform_file=platform_file))
        files = sum(1 for path in (scratch / "dist").rglob("*.yaml"))
        per_object = _per_object()
        region_medians = []
        for count in REGION_COUNTS:
            model = regions_model(count, scratch)
            runs = [_synth(scratch, overlays=model[0], platform_file=model[1]).seconds for _ in range(args.region_runs)]
            region_medians.append((count, statistics.median(runs)))
    report = _report(floors, synths, region_medians, files=files, runs=args.runs, per_object=per_object)
    print(report)
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(report)
    return 0


def _report(
    floors: list[Run], synths: list[Run], regions: list[tuple[int, float]], *, files: int, runs: int, per_object: dict[str, float]
) -> str:
    floor = _summary([run.seconds for run in floors])
    full = _summary([run.seconds for run in synths])
    slope = _slope(regions)
    mib = 1024 * 1024
    peak_python = max(run.python_rss for run in synths) / mib
    peak_node = max(run.node_rss for run in synths) / mib
    lines = [
        "# Benchmark",
        "",
        f"`make bench` on {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()};",
        f"{runs} runs each after a warm-up, floor and full synth alternating; the shipped overlays render {files} files.",
        "",
        "| | min s | median s | max s | peak RSS Python MiB | peak RSS Node MiB |",
        "|---|---:|---:|---:|---:|---:|",
        f"| floor: empty cdk8s app | {floor[0]:.2f} | {floor[1]:.2f} | {floor[2]:.2f} | "
        f"{max(r.python_rss for r in floors) / mib:.0f} | {max(r.node_rss for r in floors) / mib:.0f} |",
        f"| full synth (`python -O main.py`) | {full[0]:.2f} | {full[1]:.2f} | {full[2]:.2f} | {peak_python:.0f} | {peak_node:.0f} |",
        "",
        f"- ratio of medians, full / floor: **{full[1] / floor[1]:.2f}x** (target 2.0x)",
        f"- peak memory, Python + Node: **{peak_python + peak_node:.0f} MiB** (target 400 MiB)",
        "",
        "| prod regions | median s |",
        "|---:|---:|",
        *(f"| {count} | {seconds:.2f} |" for count, seconds in regions),
        "",
        f"- per additional region: **{slope:.3f} s = {slope / floor[1] * 100:.0f} % of the floor** (target 10 %)",
        "",
        "| one NetworkPolicy through jsii (300 of each) | ms |",
        "|---|---:|",
        f"| typed `k8s.KubeNetworkPolicy` with nested structs | {per_object['typed'] * 1000:.2f} |",
        f"| bare `ApiObject` + its spec as one JSON patch | {per_object['patched'] * 1000:.2f} |",
        f"| bare `ApiObject` (one round trip: the least an object of the tree costs) | {per_object['bare'] * 1000:.2f} |",
        f"| rendering it (`Chart.to_json`, per object) | {per_object['to_json'] * 1000:.2f} |",
        "",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
