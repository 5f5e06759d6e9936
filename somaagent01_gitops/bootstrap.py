"""``python -m somaagent01_gitops.bootstrap CLUSTER``: the commands that bring up a fresh cluster.

First the Secrets the first operators read before Vault exists (declared in their
footprints; values made on the spot, never in Git), and a check of the KMS key Vault will
unseal with. Then Argo CD, from the same chart, version and values as the Argo CD
Application in ``dist/apps/<cluster>/`` (read from there, so the two cannot differ), which
then adopts the release. Applying the root app-of-apps does the rest, wave by wave.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

from .toolchain import use_project_node

use_project_node()  # delivery imports cdk8s, whose jsii starts the first node on PATH

from .delivery import plan_cluster  # noqa: E402
from .footprints import Kind  # noqa: E402
from .operators import ClusterFacts, cluster_facts  # noqa: E402
from .output import dump_yaml  # noqa: E402
from .settings import load_environments, load_platform  # noqa: E402
from .targets import targets_of  # noqa: E402
from .tiers.registry import OPERATORS  # noqa: E402

PROJECT_ROOT = Path(__file__).resolve().parent.parent
ARGO_CD = next(operator for operator in OPERATORS if operator.bootstrap)


def _secrets(cluster: ClusterFacts) -> list[str]:
    lines: list[str] = []
    operators = plan_cluster(cluster, cluster_folder_kinds={Kind("", "Namespace")}).operators
    for planned in operators:
        for secret in planned.operator.footprint(cluster).bootstrap_secrets:
            namespace = f"kubectl create namespace {secret.namespace} --dry-run=client -o yaml | kubectl apply -f -"
            literals = " ".join(f"--from-literal={key}={value}" for key, value in secret.keys)
            lines += [namespace] if namespace not in lines else []
            lines.append(f"kubectl -n {secret.namespace} create secret generic {secret.name} {literals}")
    if cluster.settings.pod_traffic_encryption == "cilium-wireguard":
        lines.append("cilium encryption status   # the CNI encrypts pod traffic with WireGuard (platform.yaml says so)")
    unseal = cluster.settings.vault_auto_unseal
    if unseal is not None and any(planned.operator.name == "vault" for planned in operators):
        lines.append(f"aws kms describe-key --key-id {unseal.kms_key_id} --region {unseal.region}   # Vault's unseal key exists")
    return lines


def commands(dist: Path, cluster: ClusterFacts) -> str:
    """The shell commands for ``cluster``, from the model and the committed ``dist/``."""
    folder = dist / "apps" / cluster.name
    application = folder / f"application-{ARGO_CD.name}.yaml"
    if not application.is_file():
        raise SystemExit(f"{application}: no such file (run make synth)")
    spec = yaml.safe_load(application.read_text())["spec"]
    source, namespace = spec["source"], spec["destination"]["namespace"]
    values = dump_yaml(source["helm"].get("valuesObject") or {}).decode().rstrip("\n")
    secrets = _secrets(cluster)
    root = folder / "application-root.yaml"
    return (
        (
            "# 0. what the first operators need before Vault exists (values made here, never in Git)\n"
            + "".join(line + "\n" for line in secrets)
            if secrets
            else ""
        )
        + f"# 1. Argo CD itself: the chart, version and values its Application ({application.name}) keeps in sync\n"
        f"helm repo add argo {source['repoURL']}\n"
        f"helm install {source['helm']['releaseName']} argo/{source['chart']} --version {source['targetRevision']} "
        f"--namespace {namespace} --create-namespace --values - <<'VALUES'\n{values}\nVALUES\n"
        f"# 2. the root app-of-apps: projects, operators (in waves), the cluster folder, the environments\n"
        f"kubectl apply --namespace {namespace} -f {root.relative_to(dist.parent)}\n"
    )


def clusters(overlays: Path, platform_file: Path) -> dict[str, ClusterFacts]:
    platform = load_platform(platform_file)
    return {cluster.name: cluster for cluster in cluster_facts(targets_of(load_environments(overlays)), platform)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m somaagent01_gitops.bootstrap", description=__doc__.splitlines()[0])
    parser.add_argument("cluster", help="a cluster the overlays sync into, e.g. dev-shared")
    parser.add_argument("--dist", type=Path, default=PROJECT_ROOT / "dist")
    args = parser.parse_args(argv)
    known = clusters(PROJECT_ROOT / "overlays", PROJECT_ROOT / "platform.yaml")
    if args.cluster not in known:
        print(f"no cluster {args.cluster!r}; clusters: {', '.join(sorted(known))}", file=sys.stderr)
        return 2
    print(commands(args.dist.resolve(), known[args.cluster]), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
