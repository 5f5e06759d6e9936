"""What an operator declaration may say, and the helpers every declaration shares."""

import pytest

from somaagent01_gitops.footprints import Footprint, KubeVersionFloor
from somaagent01_gitops.operator_types import (
    EVERY_MODE,
    ClusterFacts,
    OperatorChart,
    kube_version_floor,
    operator_of_source,
    operator_table,
    operators_for,
    static_footprint,
)
from somaagent01_gitops.upstream import UpstreamManifests


def chart(**changes):
    declared = {
        "name": "demo",
        "namespace": "demo",
        "repo_url": "https://charts.example",
        "chart": "demo",
        "version": "1.2.3",
        "app_version": "v1.2.3",
        "modes": frozenset({"PRODUCTION"}),
        "footprint": static_footprint(Footprint(kube_version=KubeVersionFloor(minor=(1, 30), source="Chart.yaml"))),
    }
    return OperatorChart(**{**declared, **changes})


def test_a_version_is_exact():
    with pytest.raises(ValueError, match="not an exact semantic version"):
        chart(version="^1.2")


def test_an_operator_is_a_chart_or_upstream_manifests_never_both():
    manifests = UpstreamManifests(repository="o/r", tag="v1.0.0", files=("a.yaml",), objects=(), source="test")
    with pytest.raises(ValueError, match="give a chart, or upstream manifests"):
        chart(manifests=manifests, kustomization=lambda cluster: {})
    with pytest.raises(ValueError, match="give a chart, or upstream manifests"):
        chart(chart=None)


def test_a_cluster_needs_the_operators_of_its_modes():
    cluster = ClusterFacts(name="c", targets=())
    assert operators_for(cluster, [chart(), chart(name="always", modes=EVERY_MODE)]) == []
    assert not cluster.production and cluster.namespaces == [] and cluster.replicas() == 1


def test_a_helm_source_finds_its_declaration_by_repository_chart_and_version():
    declared = chart()
    assert operator_of_source([declared], "https://charts.example", "demo", "1.2.3") is declared
    assert operator_of_source([declared], "https://charts.example", "demo", "1.2.4") is None


def test_the_kubernetes_floor_is_the_highest_declared():
    assert kube_version_floor([chart(), chart(name="old", footprint=static_footprint(Footprint()))]) == (
        (1, 30),
        "demo 1.2.3 (Chart.yaml)",
    )
    assert kube_version_floor([]) == ((1, 0), "no chart")


def test_the_table_has_a_row_per_operator():
    rows = operator_table([chart()]).splitlines()
    assert len(rows) == 3 and rows[2].startswith("| demo | demo (https://charts.example) | 1.2.3 | v1.2.3 |")
