"""Redis' backup CronJob: a replica's snapshot streamed as the backup user, then put in the
bucket with curl's AWS signature."""

import shutil
import subprocess

import cdk8s
import pytest

from somaagent01_gitops.tiers.redis.backup import RedisBackupJob, RedisBackupProps, dump_script, upload_script

PROPS = RedisBackupProps(
    namespace="soma-x",
    instance="redis",
    image="quay.io/opstree/redis:v7.0.15",
    schedule="30 2 * * *",
    bucket="soma-x-redis-backups",
    region="us-east-1",
    size="2Gi",
    password_secret="redis-backup-user",
    credentials_secret="redis-backup-credentials",
    tls_secret="redis-server-tls",
)


def render():
    chart = cdk8s.Testing.chart()
    RedisBackupJob(chart, "backup", props=PROPS)
    cron_job, _policy = cdk8s.Testing.synth(chart)
    return cron_job


def test_snapshot(snapshot):
    assert render() == snapshot


def test_a_replica_streams_the_snapshot_over_verified_tls_as_the_backup_user():
    script = dump_script(PROPS)
    assert "-h redis-replica.soma-x.svc -p 6379 --user backup" in script
    assert "--tls --cacert /etc/redis-backup/ca.crt" in script and "--rdb /work/dump.rdb" in script
    assert 'REDISCLI_AUTH="$(cat /etc/redis-backup/password)"' in script and " -a " not in script, "no password on the command line"


def test_the_upload_is_one_signed_put_under_the_namespaces_folder():
    script = upload_script(PROPS)
    assert '--aws-sigv4 "aws:amz:us-east-1:s3"' in script and "--fail-with-body" in script
    assert '"https://soma-x-redis-backups.s3.us-east-1.amazonaws.com/soma-x/redis/$taken.rdb"' in script
    assert "-T /work/dump.rdb" in script
    # S3 checks the bytes against the signed hash; one PUT takes 5 GiB at most
    assert 'hash="$(sha256sum /work/dump.rdb' in script and '-H "x-amz-content-sha256: $hash"' in script
    assert '[ "$(stat -c %s /work/dump.rdb)" -le 5368709120 ]' in script


def test_each_container_reads_only_its_own_secrets_as_files():
    pod = render()["spec"]["jobTemplate"]["spec"]["template"]["spec"]
    (snapshot_step,) = pod["initContainers"]
    (upload,) = pod["containers"]
    assert {mount["mountPath"] for mount in snapshot_step["volumeMounts"]} == {
        "/etc/redis-backup/password",
        "/etc/redis-backup/ca.crt",
        "/tmp",
        "/work",
    }
    assert {mount["mountPath"] for mount in upload["volumeMounts"]} == {
        "/etc/redis-backup/access_key_id",
        "/etc/redis-backup/secret_access_key",
        "/tmp",
        "/work",
    }
    assert "env" not in snapshot_step and "env" not in upload
    assert {"name": "work", "emptyDir": {"sizeLimit": "2Gi"}} in pod["volumes"], "room for the whole instance"
    assert snapshot_step["resources"]["requests"]["ephemeral-storage"] == "2Gi", "placed where the copy fits"


@pytest.mark.parametrize("script", [dump_script(PROPS), upload_script(PROPS)], ids=["snapshot", "upload"])
def test_the_scripts_parse_as_posix_shell(script):
    shell = shutil.which("sh")
    assert shell, "a POSIX shell is on every machine this suite runs on"
    checked = subprocess.run([shell, "-n", "-c", script], capture_output=True, text=True, check=False)
    assert checked.returncode == 0, checked.stderr
