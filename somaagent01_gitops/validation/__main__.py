"""``python -m somaagent01_gitops.validation [--gate NAME]``: check dist/ and report.

Exit 0 when every gate passes, 1 when any finds something; the report names the file, the
object and the rule of every finding, and lists every checkov skip with its reason.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..settings import load_platform
from ..toolchain import use_project_node
from .gates import GATES, GateContext, run_gates

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def default_context(dist: Path | None = None) -> GateContext:
    dist = (dist or PROJECT_ROOT / "dist").resolve()
    platform = PROJECT_ROOT / "platform.yaml"
    return GateContext(
        dist=dist,
        crds_dir=(PROJECT_ROOT.parent / "shared" / "crds").resolve(),
        checkov=PROJECT_ROOT / ".venv-checkov" / "bin" / "checkov",
        repo_root=dist.parent,
        overlays=PROJECT_ROOT / "overlays",
        platform=platform,
        path_prefix=load_platform(platform).gitops.path_prefix,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m somaagent01_gitops.validation", description=__doc__.splitlines()[0])
    parser.add_argument("--gate", action="append", choices=sorted(GATES), help="run only this gate (repeatable)")
    parser.add_argument("--dist", type=Path, default=None, help="the tree to check (default: dist/)")
    args = parser.parse_args(argv)
    use_project_node()
    results = run_gates(default_context(args.dist), args.gate or ())
    for result in results:
        print(f"{'PASS' if result.passed else 'FAIL'} {result.name}: {result.summary}")
        for line in result.details:
            print(f"     {line}")
        for finding in result.findings:
            print(f"  {finding}")
    failed = [result.name for result in results if not result.passed]
    print(f"{len(results) - len(failed)} passed, {len(failed)} failed" + (f": {', '.join(failed)}" if failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
