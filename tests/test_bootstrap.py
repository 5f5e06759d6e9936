"""The bootstrap commands install Argo CD exactly as its Application keeps it."""

import subprocess

import pytest
import yaml

from somaagent01_gitops.bootstrap import commands

from .conftest import DIST


@pytest.mark.parametrize("cluster", ["dev-shared", "local", "prod-eu-west-1", "prod-us-east-1"])
def test_helm_install_uses_the_applications_chart_version_and_values(cluster):
    text = commands(DIST, cluster)
    application = yaml.safe_load((DIST / "apps" / cluster / "application-argo-cd.yaml").read_text())["spec"]
    source = application["source"]
    assert f"helm install argo-cd argo/argo-cd --version {source['targetRevision']} --namespace argocd" in text
    values = text.split("<<'VALUES'\n", 1)[1].split("\nVALUES\n", 1)[0]
    assert yaml.safe_load(values) == source["helm"]["valuesObject"]
    assert text.endswith(f"kubectl apply --namespace argocd -f dist/apps/{cluster}/application-root.yaml\n")


def test_the_printed_commands_are_valid_shell():
    result = subprocess.run(["bash", "-n"], input=commands(DIST, "dev-shared"), text=True, capture_output=True, check=False)
    assert result.returncode == 0, result.stderr


def test_an_unknown_cluster_is_named_with_the_known_ones():
    with pytest.raises(SystemExit, match="clusters: dev-shared, local, prod-eu-west-1, prod-us-east-1"):
        commands(DIST, "nowhere")
