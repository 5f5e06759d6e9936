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
from collections.abc import Sequence
from pathlib import Path

import yaml

from .toolchain import use_project_node

use_project_node()  # delivery imports cdk8s, whose jsii starts the first node on PATH

from .delivery import plan_cluster  # noqa: E402
from .footprints import Kind  # noqa: E402
from .operators import ClusterFacts, cluster_facts  # noqa: E402
from .output import dump_yaml  # noqa: E402
from .settings import load_environments, load_platform  # noqa: E402
from .targets import Target, targets_of  # noqa: E402
from .tiers.app.app_services import vault_agent  # noqa: E402
from .tiers.base import declared_vault_secrets  # noqa: E402
from .tiers.registry import OPERATORS, TIERS  # noqa: E402
from .vault import (  # noqa: E402
    APP_KV_MOUNT,
    ENGINE_COMMANDS,
    VaultSecret,
    app_configuration_commands,
    configuration_commands,
    shell_variable,
)

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


def _vault(cluster: ClusterFacts) -> list[str]:
    """Beyond LOCAL, what Vault needs once it is unsealed: its engine and auth method, and
    per environment namespace its store's policy and role (then the keys a human writes).
    In LOCAL (no Vault beyond dev mode) the Secrets themselves, made by hand."""
    lines: list[str] = []
    for target in cluster.targets:
        secrets = declared_vault_secrets(target, TIERS)
        namespace = target.settings.namespace
        if target.settings.mode == "LOCAL":
            lines += _hand_made(namespace, secrets)
        else:
            lines += [line for line in ENGINE_COMMANDS if line not in lines]
            lines += configuration_commands(namespace=namespace, folder=target.environment, secrets=secrets)
            lines += [line for line in _app_vault(target) if line not in lines]
    return lines


def _app_vault(target: Target) -> list[str]:
    """Where the app's own Vault client is on: its engine, and per entrypoint its agent's
    policy and role."""
    services = [spec.name for spec in target.settings.release.services if vault_agent(spec, target.settings)]
    if not services:
        return []
    engine = f"vault secrets list | grep -q '^{APP_KV_MOUNT}/' || vault secrets enable -path={APP_KV_MOUNT} -version=2 kv"
    return [engine, *app_configuration_commands(namespace=target.settings.namespace, services=services)]


def _hand_made(namespace: str, secrets: Sequence[VaultSecret]) -> list[str]:
    """One random value per Vault key (shared where Secrets share a key), then the Secrets."""
    randoms = sorted({(secret.path, prop) for secret in secrets for key, prop in secret.read_keys if key not in secret.local_values})
    lines = [f"{shell_variable(path, key)}=$(openssl rand -hex 24)" for path, key in randoms]
    for secret in secrets:

        def value(key: str, secret: VaultSecret = secret) -> str:
            if key in secret.literals:
                return secret.literals[key]
            return secret.local_values.get(key) or "${" + shell_variable(secret.path, secret.properties.get(key, key)) + "}"

        literals = " ".join(f'--from-literal={key}="{value(key)}"' for key in secret.keys)
        lines.append(f"kubectl -n {namespace} create secret generic {secret.name} --type={secret.type} {literals}")
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
    project = folder / "appproject-bootstrap.yaml"
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
        f"# 2. the root app-of-apps, after its project: projects, operators (in waves), the cluster folder, the environments\n"
        "kubectl wait --for=condition=Established --timeout=120s crd/appprojects.argoproj.io crd/applications.argoproj.io\n"
        f"kubectl apply --namespace {namespace} -f {project.relative_to(dist.parent)}\n"
        f"kubectl apply --namespace {namespace} -f {root.relative_to(dist.parent)}\n" + _vault_section(cluster)
    )


def _vault_section(cluster: ClusterFacts) -> str:
    lines = _vault(cluster)
    if not lines:
        return ""
    local = all(target.settings.mode == "LOCAL" for target in cluster.targets)
    title = (
        "# 3. LOCAL runs Vault in dev mode only: the Secrets the tiers read, made by hand (random values; put real API keys in)\n"
        if local
        else "# 3. once Vault is unsealed (vault operator init; VAULT_ADDR and a token with admin rights):\n"
        "#    the KV engine, Kubernetes auth, and per namespace its store's policy and role (all idempotent)\n"
    )
    return title + "".join(line + "\n" for line in lines)


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
