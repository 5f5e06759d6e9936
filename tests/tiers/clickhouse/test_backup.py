"""ClickHouse's backup CronJob: one BACKUP statement, the credentials as files."""

import shutil
import subprocess

import cdk8s

from somaagent01_gitops.tiers.clickhouse.backup import ClickHouseBackupJob, ClickHouseBackupProps, backup_script

PROPS = ClickHouseBackupProps(
    namespace="soma-x",
    schedule="0 2 * * *",
    destination="https://soma-x-clickhouse.s3.us-east-1.amazonaws.com/soma-x/clickhouse/",
    password_secret="clickhouse-credentials",
)


def render():
    chart = cdk8s.Testing.chart()
    ClickHouseBackupJob(chart, "backup", props=PROPS)
    cron_job, _policy = cdk8s.Testing.synth(chart)
    return cron_job


def test_snapshot(snapshot):
    assert render() == snapshot


def test_it_backs_up_the_whole_cluster_once_per_shard_but_the_servers_own_databases():
    script = backup_script(PROPS)
    assert "BACKUP ALL EXCEPT DATABASES system, INFORMATION_SCHEMA, information_schema ON CLUSTER 'clickhouse'" in script
    assert 'TO S3(\'%s%s\')" "https://soma-x-clickhouse.s3.us-east-1.amazonaws.com/soma-x/clickhouse/" "$taken"' in script
    assert '--user "soma:$password"' in script and "http://clickhouse-clickhouse.soma-x.svc:8123/" in script
    assert "--fail-with-body" in script, "a failed statement fails the job, with ClickHouse's message in its log"


def test_the_statement_names_no_credential_and_the_password_is_a_file():
    pod = render()["spec"]["jobTemplate"]["spec"]["template"]["spec"]
    (container,) = pod["containers"]
    assert "env" not in container
    assert {mount["mountPath"] for mount in container["volumeMounts"]} == {"/etc/clickhouse/password", "/tmp"}
    script = backup_script(PROPS)
    assert "key_id" not in script and "secret" not in script.lower().replace("password", ""), "the servers hold the bucket's key"


def test_the_script_parses_as_posix_shell():
    shell = shutil.which("sh")
    assert shell, "a POSIX shell is on every machine this suite runs on"
    checked = subprocess.run([shell, "-n", "-c", backup_script(PROPS)], capture_output=True, text=True, check=False)
    assert checked.returncode == 0, checked.stderr
