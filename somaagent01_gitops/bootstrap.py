"""``python -m somaagent01_gitops.bootstrap CLUSTER``: the commands that bring up a fresh cluster.

Argo CD is installed once by hand, from the same chart, version and values as the Argo CD
Application in ``dist/apps/<cluster>/`` (read from there, so the two cannot differ); that
Application then adopts the release and keeps it in sync. Applying the root app-of-apps does
the rest, wave by wave.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

from .operators import OPERATORS
from .output import dump_yaml

PROJECT_ROOT = Path(__file__).resolve().parent.parent
ARGO_CD = next(operator for operator in OPERATORS if operator.bootstrap)


def commands(dist: Path, cluster: str) -> str:
    """The shell commands for ``cluster``, from the committed ``dist/``."""
    folder = dist / "apps" / cluster
    application = folder / f"application-{ARGO_CD.name}.yaml"
    if not application.is_file():
        clusters = sorted(path.name for path in (dist / "apps").iterdir()) if (dist / "apps").is_dir() else []
        raise SystemExit(f"{application}: no such file; clusters: {', '.join(clusters) or 'none (run make synth)'}")
    spec = yaml.safe_load(application.read_text())["spec"]
    source, namespace = spec["source"], spec["destination"]["namespace"]
    values = dump_yaml(source["helm"].get("valuesObject") or {}).decode().rstrip("\n")
    root = folder / "application-root.yaml"
    return (
        f"# 1. Argo CD itself: the chart, version and values its Application ({application.name}) keeps in sync\n"
        f"helm repo add argo {source['repoURL']}\n"
        f"helm install {source['helm']['releaseName']} argo/{source['chart']} --version {source['targetRevision']} "
        f"--namespace {namespace} --create-namespace --values - <<'VALUES'\n{values}\nVALUES\n"
        f"# 2. the root app-of-apps: projects, operators (in waves), the cluster folder, the environments\n"
        f"kubectl apply --namespace {namespace} -f {root.relative_to(dist.parent)}\n"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m somaagent01_gitops.bootstrap", description=__doc__.splitlines()[0])
    parser.add_argument("cluster", help="a folder of dist/apps/, e.g. dev-shared")
    parser.add_argument("--dist", type=Path, default=PROJECT_ROOT / "dist")
    args = parser.parse_args(argv)
    print(commands(args.dist.resolve(), args.cluster), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
