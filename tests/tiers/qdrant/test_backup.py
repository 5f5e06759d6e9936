"""Qdrant's backup CronJob: a snapshot of each collection on every peer, the old ones deleted."""

import cdk8s

from somaagent01_gitops.tiers.qdrant.backup import QdrantBackupJob, QdrantBackupProps, backup_script

PROPS = QdrantBackupProps(
    namespace="soma-x", replicas=3, schedule="0 3 * * *", retention_days=14, secret="qdrant-secrets", tls_secret="qdrant-server-tls"
)


def render():
    chart = cdk8s.Testing.chart()
    QdrantBackupJob(chart, "backup", props=PROPS)
    cron_job, _policy = cdk8s.Testing.synth(chart)
    return cron_job


def test_snapshot(snapshot):
    assert render() == snapshot


def test_every_peer_snapshots_each_collection_over_verified_tls_with_the_key_from_a_file():
    script = backup_script(PROPS)
    for index in range(3):
        assert f"https://qdrant-{index}.qdrant-headless.soma-x.svc:6333" in script
    assert '--cacert /etc/qdrant/ca.crt -H "api-key: $key"' in script and 'key="$(cat /etc/qdrant/api_key)"' in script
    assert '-X POST "$peer/collections/$collection/snapshots?wait=true"' in script
    assert "14 * 86400" in script, "the retention"


def test_one_run_at_a_time_restricted_with_no_secret_in_its_environment():
    spec = render()["spec"]
    assert (spec["concurrencyPolicy"], spec["timeZone"]) == ("Forbid", "Etc/UTC")
    pod = spec["jobTemplate"]["spec"]["template"]["spec"]
    (container,) = pod["containers"]
    assert "env" not in container
    assert container["securityContext"]["readOnlyRootFilesystem"] is True and pod["securityContext"]["runAsNonRoot"] is True
    assert spec["jobTemplate"]["spec"]["template"]["metadata"]["labels"]["app.kubernetes.io/name"] == "qdrant-backup"


def test_the_script_parses_as_posix_shell():
    import shutil
    import subprocess

    shell = shutil.which("sh")
    assert shell, "a POSIX shell is on every machine this suite runs on"
    checked = subprocess.run([shell, "-n", "-c", backup_script(PROPS)], capture_output=True, text=True, check=False)
    assert checked.returncode == 0, checked.stderr


def test_a_failed_call_to_a_peer_fails_the_job():
    script = backup_script(PROPS)
    assert script.startswith("set -eu\n")
    assert 'collections="$(q "$peer/collections")"' in script, "read into a variable, where set -e sees curl fail"
    assert "$(q " not in script.replace('="$(q ', ""), "no curl inside a pipeline or a for list"
