"""The scheduled curl CronJob the data tiers' backups share."""

import cdk8s

from somaagent01_gitops.constructs.network import object_storage
from somaagent01_gitops.constructs.scheduled_call import ScheduledCall, ScheduledCallProps, SecretFile


def test_one_run_at_a_time_restricted_read_only_with_secrets_only_as_files():
    chart = cdk8s.Testing.chart()
    files = (SecretFile(volume="token", secret="s", key="token", path="/etc/x/token"),)
    ScheduledCall(
        chart, "call", props=ScheduledCallProps(name="x-backup", component="backup", schedule="0 3 * * *", script="true", files=files)
    )
    cron_job, _policy = cdk8s.Testing.synth(chart)
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
    cron_job, _policy = cdk8s.Testing.synth(chart)
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


def test_its_pods_reach_dns_what_they_call_and_object_storage_only_and_nothing_reaches_them():
    from somaagent01_gitops.constructs.scheduled_call import Reach

    chart = cdk8s.Testing.chart()
    props = ScheduledCallProps(
        name="x-backup",
        component="backup",
        schedule="0 3 * * *",
        script="true",
        reaches=(Reach(pod_labels={"app.kubernetes.io/name": "x"}, ports=(6379,)),),
        object_storage=object_storage("us-east-1"),
    )
    ScheduledCall(chart, "call", props=props)
    policy = next(obj for obj in cdk8s.Testing.synth(chart) if obj["kind"] == "NetworkPolicy")["spec"]
    assert policy["podSelector"] == {"matchLabels": {"app.kubernetes.io/name": "x-backup"}}
    assert policy["policyTypes"] == ["Ingress", "Egress"] and "ingress" not in policy
    dns, service, storage = policy["egress"]
    assert dns["ports"][0]["port"] == 53
    assert service == {
        "to": [{"podSelector": {"matchLabels": {"app.kubernetes.io/name": "x"}}}],
        "ports": [{"port": 6379, "protocol": "TCP"}],
    }
    assert storage["ports"] == [{"port": 443, "protocol": "TCP"}] and "10.0.0.0/8" in storage["to"][0]["ipBlock"]["except"]
