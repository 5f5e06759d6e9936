"""``make mutation``: would the suite notice a dangerous change made carelessly?

Each mutant is one edit of the source that would hurt production (data loss, weaker
durability, an unencrypted or unauthenticated hop, wider privileges). For each, in a
scratch copy of the project: apply it, synthesize ``dist/``, accept the construct snapshots
as a careless change would (``--snapshot-update``), and run the whole suite. A mutant the
suite fails on (or the model refuses to synthesize) is killed; one it passes survived.
The report lists both; it is a measurement, not part of ``make test``. ``MUTANT=name``
runs one. Mutants apply to the committed tree (HEAD), so commit first.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SHARED_LINKS = (".venv", ".venv-checkov", "node_modules")
"""Installed tools, linked into the scratch copy rather than copied."""


@dataclass(frozen=True)
class Mutant:
    name: str
    file: str
    old: str
    new: str
    harm: str


MUTANTS: tuple[Mutant, ...] = (
    Mutant(
        "canary-threshold-loosened",
        "somaagent01_gitops/catalog.py",
        'GATEWAY_HIGH_ERROR_RATE = CatalogAlert("GatewayHighErrorRate", 0.01, "ratio of responses that are 5xx")',
        'GATEWAY_HIGH_ERROR_RATE = CatalogAlert("GatewayHighErrorRate", 0.1, "ratio of responses that are 5xx")',
        "a canary returning up to 10 % errors is promoted to every user",
    ),
    Mutant(
        "canary-passes-without-traffic",
        "somaagent01_gitops/tiers/app/canary.py",
        'metric("traffic", request_rate_query(pattern), failure="false", success=TRAFFIC_SEEN),',
        "",
        "a canary nobody's requests reached (or whose metrics broke) is promoted unjudged",
    ),
    Mutant(
        "whisper-two-envoy-workers",
        "somaagent01_gitops/tiers/whisper/constructs.py",
        '"--concurrency", "1"',
        '"--concurrency", "2"',
        "speech requests get 503 instead of waiting while a server is busy",
    ),
    Mutant(
        "whisper-single-server-in-production",
        "somaagent01_gitops/tiers/whisper/settings.py",
        '("autoscaling", "min_replicas"), minimum >= 2,',
        '("autoscaling", "min_replicas"), minimum >= 1,',
        "a node drain takes speech down in production",
    ),
    Mutant(
        "postgres-prunable",
        "somaagent01_gitops/tiers/postgres/tier.py",
        'data_kinds = frozenset({("postgresql.cnpg.io", "Cluster"), ("postgresql.cnpg.io", "Database")})',
        'data_kinds = frozenset({("postgresql.cnpg.io", "Database")})',
        "Argo CD may prune or delete the Postgres cluster, and its volumes with it",
    ),
    Mutant(
        "kafka-prunable",
        "somaagent01_gitops/tiers/kafka/tier.py",
        'data_kinds = frozenset({("kafka.strimzi.io", "Kafka"), ("kafka.strimzi.io", "KafkaNodePool"), ("kafka.strimzi.io", "KafkaTopic")})',
        'data_kinds = frozenset({("kafka.strimzi.io", "KafkaNodePool"), ("kafka.strimzi.io", "KafkaTopic")})',
        "Argo CD may prune or delete the Kafka cluster",
    ),
    Mutant(
        "namespaces-prunable",
        "somaagent01_gitops/argocd.py",
        '("", "Namespace"),',
        "",
        "Argo CD may delete an environment's namespace, and every volume in it",
    ),
    Mutant(
        "kafka-delete-claim",
        "somaagent01_gitops/tiers/kafka/constructs.py",
        "delete_claim=False,",
        "delete_claim=True,",
        "deleting a node pool deletes the brokers' data",
    ),
    Mutant(
        "platform-project-any-namespace",
        "somaagent01_gitops/charts.py",
        "destination_namespaces=delivery.namespaces,",
        'destination_namespaces=["*"],',
        "the platform project may write anywhere",
    ),
    Mutant(
        "platform-project-any-kind",
        "somaagent01_gitops/charts.py",
        "cluster_resources=[ClusterKind(group=kind.group, kind=kind.kind) for kind in delivery.cluster_kinds],",
        'cluster_resources=[ClusterKind(group="*", kind="*")],',
        "the platform project may create any cluster-scoped kind",
    ),
    Mutant(
        "environment-project-cluster-kinds",
        "somaagent01_gitops/charts.py",
        "destination_namespaces=sorted({target.settings.namespace for target in targets}),",
        'destination_namespaces=sorted({target.settings.namespace for target in targets}),\n                cluster_resources=[ClusterKind(group="rbac.authorization.k8s.io", kind="ClusterRoleBinding")],',
        "an environment may bind cluster roles",
    ),
    Mutant(
        "pod-security-privileged",
        "somaagent01_gitops/delivery.py",
        'ENVIRONMENT_POD_SECURITY: PodSecurityLevel = "restricted"',
        'ENVIRONMENT_POD_SECURITY: PodSecurityLevel = "privileged"',
        "environment namespaces admit privileged pods",
    ),
    Mutant(
        "kafka-authorization-off",
        "somaagent01_gitops/tiers/kafka/constructs.py",
        "authorization=strimzi.KafkaSpecKafkaAuthorization(type=strimzi.KafkaSpecKafkaAuthorizationType.SIMPLE),",
        "",
        "every authenticated Kafka user may read and write every topic",
    ),
    Mutant(
        "kafka-topic-min-isr-1",
        "somaagent01_gitops/tiers/kafka/constructs.py",
        '"min.insync.replicas": props.min_insync_replicas,',
        '"min.insync.replicas": 1,',
        "a write is acknowledged by one broker: a failure loses it",
    ),
    Mutant(
        "kafka-broker-min-isr-1",
        "somaagent01_gitops/tiers/kafka/constructs.py",
        '"min.insync.replicas": settings.min_insync_replicas,',
        '"min.insync.replicas": 1,',
        "the brokers' default acknowledges writes on one copy",
    ),
    Mutant(
        "postgres-peer-sslmode-disable",
        "somaagent01_gitops/tiers/postgres/constructs.py",
        '"sslmode": "verify-full",',
        '"sslmode": "disable",',
        "cross-region replication in clear text",
    ),
    Mutant(
        "app-postgres-sslmode-require",
        "somaagent01_gitops/tiers/app/app_services.py",
        '"postgres_sslmode": "verify-full",',
        '"postgres_sslmode": "require",',
        "the app does not verify the database server",
    ),
    Mutant(
        "keycloak-postgres-sslmode-disable",
        "somaagent01_gitops/tiers/keycloak/constructs.py",
        "?sslmode=verify-full&sslrootcert=",
        "?sslmode=disable&sslrootcert=",
        "Keycloak's database traffic in clear text",
    ),
    Mutant(
        "temporal-no-host-verification",
        "somaagent01_gitops/tiers/temporal/service.py",
        '"enableHostVerification": True',
        '"enableHostVerification": False',
        "Temporal trusts any server presenting a CA-signed certificate",
    ),
    Mutant(
        "app-privilege-escalation",
        "somaagent01_gitops/constructs/idioms.py",
        "allow_privilege_escalation=False",
        "allow_privilege_escalation=True",
        "app containers may gain privileges",
    ),
    Mutant(
        "app-writable-root",
        "somaagent01_gitops/constructs/idioms.py",
        "read_only_root_filesystem=True",
        "read_only_root_filesystem=False",
        "app containers may write their image",
    ),
    Mutant(
        "app-service-account-token",
        "somaagent01_gitops/tiers/app/app_service.py",
        "automount_service_account_token=False",
        "automount_service_account_token=True",
        "every app pod holds an API token",
    ),
    Mutant(
        "gateway-no-disruption-budget",
        "somaagent01_gitops/tiers/app/app_service.py",
        "if props.sizing.min_available_replicas > 1:",
        "if props.sizing.min_available_replicas > 99:",
        "a drain may take every replica of a service down at once",
    ),
    Mutant(
        "postgres-no-wal-archiving",
        "somaagent01_gitops/tiers/postgres/constructs.py",
        "is_wal_archiver=True",
        "is_wal_archiver=False",
        "no WAL archive: no point-in-time recovery",
    ),
    Mutant(
        "network-default-deny-ingress-only",
        "somaagent01_gitops/constructs/network.py",
        'pod_selector=k8s.LabelSelector(), policy_types=["Ingress", "Egress"]',
        'pod_selector=k8s.LabelSelector(), policy_types=["Ingress"]',
        "a pod no policy of its own selects may connect anywhere",
    ),
    Mutant(
        "network-private-ranges-open",
        "somaagent01_gitops/constructs/network.py",
        'k8s.IpBlock(cidr="0.0.0.0/0", except_=list(PRIVATE_RANGES))',
        'k8s.IpBlock(cidr="0.0.0.0/0")',
        "external egress rules also open the private network",
    ),
    Mutant(
        "keycloak-unbounded-pool",
        "somaagent01_gitops/tiers/keycloak/constructs.py",
        "POOL_MAX_SIZE = 10",
        "POOL_MAX_SIZE = 100",
        "three Keycloak pods could open 300 connections to a Postgres that accepts 200",
    ),
    Mutant(
        "tier-topic-min-isr-1",
        "somaagent01_gitops/tiers/kafka/constructs.py",
        "min_insync_replicas=kafka.min_insync_replicas,",
        "min_insync_replicas=1,",
        "one level up from the topic construct: the tier hands every topic min ISR 1",
    ),
    Mutant(
        "gateway-sizing-drops-budget",
        "somaagent01_gitops/tiers/app/app_services.py",
        "sizing=settings.sizing(spec.name),",
        "sizing=settings.sizing(spec.name) if spec.name != 'gateway' else settings.sizing(spec.name).model_copy(update={'replicas': 1, 'autoscaling': None}),",
        "one level up from the service construct: the gateway runs one replica with no budget",
    ),
    Mutant(
        "kafka-replication-factor-1",
        "somaagent01_gitops/tiers/kafka/constructs.py",
        '"default.replication.factor": settings.replication_factor,',
        '"default.replication.factor": 1,',
        "new topics keep one copy: a broker loss loses them",
    ),
    Mutant(
        "external-secret-deletes-its-secret",
        "somaagent01_gitops/tiers/secrets/constructs.py",
        "deletion_policy=ExternalSecretSpecTargetDeletionPolicy.RETAIN,",
        "deletion_policy=ExternalSecretSpecTargetDeletionPolicy.DELETE,",
        "a key missing in Vault for a moment deletes the Secret under running pods",
    ),
    Mutant(
        "secret-store-shared-role",
        "somaagent01_gitops/tiers/secrets/constructs.py",
        "role=store_role(props.namespace),",
        'role="external-secrets",',
        "every namespace logs in to Vault as one role: any environment may read another's secrets",
    ),
    Mutant(
        "services-log-in-as-the-owner",
        "somaagent01_gitops/tiers/app/app_services.py",
        "secret = POSTGRES_APP_SECRET if database_owner else database_uri_secret(spec.name)",
        "secret = POSTGRES_APP_SECRET",
        "every entrypoint may alter or drop any table, replicated ones included",
    ),
    Mutant(
        "app-group-may-alter-tables",
        "somaagent01_gitops/tiers/app/app_services.py",
        'f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {APP_GROUP_ROLE}; "',
        'f"GRANT ALL PRIVILEGES ON ALL TABLES IN SCHEMA public TO {APP_GROUP_ROLE}; "',
        "the app's roles may truncate tables and create triggers on them",
    ),
    Mutant(
        "secrets-after-their-readers",
        "somaagent01_gitops/tiers/secrets/constructs.py",
        "annotations=_wave(WAVE_AFTER_EVERYTHING if secret.written_after_sync else WAVE_VAULT_SECRETS)",
        "annotations=None",
        "workloads and custom resources start before the Secrets they read exist",
    ),
    Mutant(
        "peer-verified-with-a-copied-ca",
        "somaagent01_gitops/tiers/postgres/constructs.py",
        "ca_secret=POSTGRES_SERVER_TLS_SECRET,",
        'ca_secret=f"postgres-peer-{region.peer_region}-ca",',
        "the peer region's Postgres CA is a copy that goes stale at its next renewal",
    ),
)


def _copy_project(destination: Path) -> Path:
    """A scratch copy of the committed project (``git archive HEAD``: what CI sees, not a
    half-edited work tree) beside a link to ``../shared`` (the CRD mirror)."""
    repo = destination / "repo"
    repo.mkdir()
    archive = subprocess.run(["git", "archive", "HEAD"], cwd=PROJECT_ROOT, capture_output=True, check=True)
    subprocess.run(["tar", "-x", "-C", str(repo)], input=archive.stdout, check=True)
    for name in SHARED_LINKS:
        if (PROJECT_ROOT / name).exists():
            (repo / name).symlink_to(PROJECT_ROOT / name)
    (destination / "shared").symlink_to((PROJECT_ROOT.parent / "shared").resolve())
    return repo


def _run(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PATH": f"{PROJECT_ROOT / 'node_modules' / '.bin'}:{os.environ.get('PATH', '')}"}
    return subprocess.run(
        [str(PROJECT_ROOT / ".venv" / "bin" / "python"), *args], cwd=repo, env=env, capture_output=True, text=True, check=False
    )


def run_mutant(mutant: Mutant) -> tuple[str, str]:
    """(outcome, detail): killed, survived, or not-applicable (the source moved on)."""
    with tempfile.TemporaryDirectory(prefix="mutant-") as scratch:
        repo = _copy_project(Path(scratch))
        path = repo / mutant.file
        text = path.read_text(encoding="utf-8")
        if text.count(mutant.old) < 1:
            return "not-applicable", f"{mutant.file} no longer holds the text to mutate: update the mutant"
        path.write_text(text.replace(mutant.old, mutant.new), encoding="utf-8")
        synth = _run(repo, "main.py")
        if synth.returncode != 0:
            return "killed", "synth refused it: " + (synth.stderr.strip().splitlines() or ["?"])[-1]
        # every construct snapshot (they live beside their tiers' tests too, tests/tiers/)
        _run(repo, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests", "-k", "snapshot", "--snapshot-update")
        # without tests/test_mutation.py: it checks that each mutant still applies to the
        # unmutated source, so it fails on every mutated tree and would count as a kill
        suite = _run(
            repo,
            "-m",
            "pytest",
            "-x",
            "-q",
            "-p",
            "no:cacheprovider",
            "--ignore=tests/test_mutation.py",
            "tests/test_invariants.py",
            "tests",
        )
        if suite.returncode != 0:
            failed = [line for line in suite.stdout.splitlines() if line.startswith(("FAILED", "ERROR"))]
            return "killed", (failed or ["the suite failed"])[0]
        return "survived", "the whole suite passed"


def main() -> int:
    only = os.environ.get("MUTANT")
    mutants = [mutant for mutant in MUTANTS if only in (None, "", mutant.name)]
    if not mutants:
        print(f"no mutant named {only!r}; known: {', '.join(mutant.name for mutant in MUTANTS)}", file=sys.stderr)
        return 2
    results = []
    for mutant in mutants:
        started = time.monotonic()
        outcome, detail = run_mutant(mutant)
        results.append((mutant, outcome))
        print(f"{outcome:>14}  {mutant.name}  ({time.monotonic() - started:.0f} s): {mutant.harm}\n{'':>16}{detail}", flush=True)
    killed = sum(outcome == "killed" for _, outcome in results)
    applicable = sum(outcome != "not-applicable" for _, outcome in results)
    print(f"\n{killed} of {applicable} mutants killed ({100 * killed // max(applicable, 1)} %)")
    survivors = [mutant.name for mutant, outcome in results if outcome == "survived"]
    if survivors:
        print("survived: " + ", ".join(survivors))
    return 1 if any(outcome == "not-applicable" for _, outcome in results) else 0


if __name__ == "__main__":
    sys.exit(main())
