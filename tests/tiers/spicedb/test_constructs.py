"""SpiceDB per environment: a SpiceDBCluster on Postgres, restricted pods through the
operator's patches, and a disruption budget beyond LOCAL."""

import cdk8s
import pytest

from somaagent01_gitops.tiers.spicedb.constructs import SPICEDB_VERSION, SpiceDb, SpiceDbProps


def render(mode="DEVELOPMENT"):
    chart = cdk8s.Testing.chart()
    SpiceDb(chart, "spicedb", props=SpiceDbProps(mode=mode))
    return {obj["kind"]: obj for obj in cdk8s.Testing.synth(chart)}


@pytest.mark.parametrize("mode", ["LOCAL", "PRODUCTION"])
def test_snapshot(mode, snapshot):
    assert render(mode) == snapshot


def test_a_postgres_backed_cluster_at_a_version_of_the_operators_stable_channel():
    spec = render()["SpiceDBCluster"]["spec"]
    assert spec["config"]["datastoreEngine"] == "postgres"
    assert (spec["channel"], spec["version"]) == ("stable", SPICEDB_VERSION)
    assert spec["secretName"] == "spicedb", "preshared_key and datastore_uri, from Vault"


def test_replicas_per_mode_and_no_second_disruption_budget():
    assert render("LOCAL")["SpiceDBCluster"]["spec"]["config"]["replicas"] == 1
    prod = render("PRODUCTION")
    assert prod["SpiceDBCluster"]["spec"]["config"]["replicas"] == 3
    assert set(prod) == {"SpiceDBCluster"}, "the operator makes the budget; a second one would refuse every eviction"


def test_it_takes_a_bounded_share_of_the_postgres_connections():
    config = render("PRODUCTION")["SpiceDBCluster"]["spec"]["config"]
    assert (config["datastoreConnPoolReadMaxOpen"], config["datastoreConnPoolWriteMaxOpen"]) == (5, 3)


def test_the_operators_deployment_and_migration_job_are_patched_to_restricted_with_only_the_ca_certificate():
    patches = {patch["kind"]: patch["patch"]["spec"]["template"]["spec"] for patch in render()["SpiceDBCluster"]["spec"]["patches"]}
    assert set(patches) == {"Deployment", "Job"}
    for kind, container_name in (("Deployment", "spicedb"), ("Job", "migrate")):
        pod = patches[kind]
        assert pod["securityContext"]["runAsNonRoot"] is True and pod["securityContext"]["seccompProfile"] == {"type": "RuntimeDefault"}
        (container,) = pod["containers"]
        assert container["name"] == container_name
        assert container["securityContext"]["capabilities"] == {"drop": ["ALL"]}
        (volume,) = pod["volumes"]
        assert volume["secret"]["items"] == [{"key": "ca.crt", "path": "ca.crt"}]
