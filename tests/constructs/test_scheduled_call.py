"""The scheduled curl CronJob the data tiers' backups share."""

import cdk8s

from somaagent01_gitops.constructs.scheduled_call import ScheduledCall, ScheduledCallProps, SecretFile


def test_one_run_at_a_time_restricted_read_only_with_secrets_only_as_files():
    chart = cdk8s.Testing.chart()
    files = (SecretFile(volume="token", secret="s", key="token", path="/etc/x/token"),)
    ScheduledCall(
        chart, "call", props=ScheduledCallProps(name="x-backup", component="backup", schedule="0 3 * * *", script="true", files=files)
    )
    (cron_job,) = cdk8s.Testing.synth(chart)
    spec = cron_job["spec"]
    assert (spec["schedule"], spec["timeZone"], spec["concurrencyPolicy"]) == ("0 3 * * *", "Etc/UTC", "Forbid")
    assert spec["jobTemplate"]["spec"]["backoffLimit"] == 2 and spec["jobTemplate"]["spec"]["activeDeadlineSeconds"] == 3600
    pod = spec["jobTemplate"]["spec"]["template"]["spec"]
    (container,) = pod["containers"]
    assert "env" not in container and container["securityContext"]["readOnlyRootFilesystem"] is True
    assert {"name": "token", "mountPath": "/etc/x/token", "subPath": "token", "readOnly": True} in container["volumeMounts"]
    assert pod["automountServiceAccountToken"] is False and pod["restartPolicy"] == "Never"
    assert cron_job["metadata"]["annotations"]["checkov.io/skip1"].startswith("CKV_K8S_40=")
    assert spec["jobTemplate"]["spec"]["template"]["metadata"]["labels"]["app.kubernetes.io/name"] == "x-backup"
