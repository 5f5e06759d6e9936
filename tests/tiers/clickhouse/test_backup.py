"""ClickHouse's backup CronJob: one BACKUP statement, the credentials as files."""

import shutil
import subprocess

import cdk8s

from somaagent01_gitops.tiers.clickhouse.backup import ClickHouseBackupJob, ClickHouseBackupProps, backup_script

PROPS = ClickHouseBackupProps(
    namespace="soma-x",
    schedule="0 2 * * *",
    bucket="soma-x-clickhouse",
    region="us-east-1",
    password_secret="clickhouse-credentials",
    credentials_secret="clickhouse-backup-credentials",
)


def render():
    chart = cdk8s.Testing.chart()
    ClickHouseBackupJob(chart, "backup", props=PROPS)
    (cron_job,) = cdk8s.Testing.synth(chart)
    return cron_job


def test_snapshot(snapshot):
    assert render() == snapshot


def test_it_backs_up_the_whole_cluster_once_per_shard_but_the_servers_own_databases():
    script = backup_script(PROPS)
    assert "BACKUP ALL EXCEPT DATABASES system, INFORMATION_SCHEMA, information_schema ON CLUSTER 'clickhouse'" in script
    assert "https://soma-x-clickhouse.s3.us-east-1.amazonaws.com/soma-x/clickhouse" in script
    assert '--user "soma:$password"' in script and "http://clickhouse-clickhouse.soma-x.svc:8123/" in script


def test_no_credential_in_the_environment_or_the_command_line():
    pod = render()["spec"]["jobTemplate"]["spec"]["template"]["spec"]
    (container,) = pod["containers"]
    assert "env" not in container
    mounted = {mount["mountPath"] for mount in container["volumeMounts"]}
    assert mounted >= {"/etc/clickhouse/password", "/etc/clickhouse/access_key_id", "/etc/clickhouse/secret_access_key"}
    assert "--data-binary @/tmp/backup.sql" in backup_script(PROPS), "the statement with the key goes in a file, not curl's arguments"


def test_the_script_parses_as_posix_shell():
    shell = shutil.which("sh")
    assert shell, "a POSIX shell is on every machine this suite runs on"
    checked = subprocess.run([shell, "-n", "-c", backup_script(PROPS)], capture_output=True, text=True, check=False)
    assert checked.returncode == 0, checked.stderr
