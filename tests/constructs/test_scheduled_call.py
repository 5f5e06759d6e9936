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


def test_steps_run_first_as_their_own_user_and_share_a_scratch_folder_with_the_call():
    from somaagent01_gitops.constructs.scheduled_call import JobStep

    chart = cdk8s.Testing.chart()
    step = JobStep(
        name="fetch",
        image="example/tool:1.0",
        uid=1000,
        script="true",
        files=(SecretFile(volume="p", secret="s", key="p", path="/etc/x/p"),),
        scratch="2Gi",
    )
    ScheduledCall(
        chart,
        "call",
        props=ScheduledCallProps(name="x-backup", component="backup", schedule="0 3 * * *", script="true", steps=(step,), work_size="2Gi"),
    )
    (cron_job,) = cdk8s.Testing.synth(chart)
    pod = cron_job["spec"]["jobTemplate"]["spec"]["template"]["spec"]
    (init,) = pod["initContainers"]
    (container,) = pod["containers"]
    assert init["securityContext"]["runAsUser"] == 1000 and container["securityContext"]["runAsUser"] == 100
    assert {"name": "work", "mountPath": "/work"} in init["volumeMounts"] and {"name": "work", "mountPath": "/work"} in container[
        "volumeMounts"
    ]
    assert {"name": "work", "emptyDir": {"sizeLimit": "2Gi"}} in pod["volumes"]
    assert init["resources"]["requests"]["ephemeral-storage"] == "2Gi" and "ephemeral-storage" not in container["resources"]["requests"]
    assert {"name": "p", "mountPath": "/etc/x/p", "subPath": "p", "readOnly": True} in init["volumeMounts"]
    assert all(mount["name"] != "p" for mount in container["volumeMounts"]), "a step's secrets are its own"
