"""Footprint arithmetic: dependency levels, cycles, value merging, kubeVersion floors."""

import re

import pytest

from somaagent01_gitops.footprints import (
    CRD,
    WATCHED,
    Crds,
    Footprint,
    FootprintError,
    Kind,
    Writes,
    deep_merge,
    dependency_levels,
    parse_kube_version,
    weaker,
)

MONITOR = Kind("monitoring.coreos.com", "ServiceMonitor")
CERT = Kind("cert-manager.io", "Certificate")


def test_a_provider_comes_a_level_before_its_consumers():
    levels = dependency_levels(
        needs={"prometheus": set(), "cert-manager": {MONITOR}, "plugin": {CERT}},
        provides={"prometheus": {MONITOR}, "cert-manager": {CERT}, "plugin": set()},
    )
    assert levels == {"prometheus": 0, "cert-manager": 1, "plugin": 2}


def test_a_cycle_is_an_error_that_names_it():
    with pytest.raises(FootprintError, match="cycle: cert-manager -> prometheus -> cert-manager"):
        dependency_levels(
            needs={"prometheus": {CERT}, "cert-manager": {MONITOR}},
            provides={"prometheus": {MONITOR}, "cert-manager": {CERT}},
        )


def test_a_need_nobody_provides_is_an_error():
    with pytest.raises(FootprintError, match=re.escape("plugin needs cert-manager.io/Certificate, which no operator")):
        dependency_levels(needs={"plugin": {CERT}}, provides={"plugin": set()})


def test_two_providers_of_one_kind_is_an_error():
    with pytest.raises(FootprintError, match="provided by both a and b"):
        dependency_levels(needs={}, provides={"a": {CERT}, "b": {CERT}})


def test_watched_namespaces_resolve_to_the_clusters_environments():
    footprint = Footprint(
        writes=(Writes(namespace=WATCHED, kinds=(Kind("rbac.authorization.k8s.io", "RoleBinding"),), source="t"),),
        provides=(Crds(group="x.io", kinds=("X",), source="t"),),
    )
    assert footprint.namespaces(own="op", watched=["soma-a", "soma-b"]) == {"op", "soma-a", "soma-b"}
    assert CRD in footprint.cluster_kinds(), "a chart that ships CRDs creates CustomResourceDefinitions"


def test_values_merge_deeply_and_lists_add_up():
    merged = deep_merge({"a": {"b": 1, "env": [{"name": "X"}]}, "c": 1}, {"a": {"env": [{"name": "Y"}]}, "c": 2})
    assert merged == {"a": {"b": 1, "env": [{"name": "X"}, {"name": "Y"}]}, "c": 2}


def test_kube_version_floors_read_helm_constraints():
    assert parse_kube_version(">=1.29.0-0", source="s").minor == (1, 29)
    assert parse_kube_version(">= v1.23.0-0 <1.40", source="s").minor == (1, 23)
    with pytest.raises(ValueError, match="no '>=' floor"):
        parse_kube_version("^1.25.0", source="Chart.yaml")


def test_pod_security_levels_are_ordered():
    assert weaker("baseline", "restricted") and not weaker("restricted", "restricted")
