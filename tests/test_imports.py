"""The generated bindings in imports/ are lean, and the two argoproj.io imports coexist."""

import yaml

from .conftest import PROJECT_ROOT


def test_argo_cd_and_argo_rollouts_keep_modules_of_their_own():
    from imports.argocd.io import argoproj as argocd
    from imports.rollouts.io import argoproj as rollouts

    assert hasattr(argocd, "Application") and hasattr(argocd, "AppProject")
    assert hasattr(rollouts, "Rollout") and hasattr(rollouts, "AnalysisTemplate")
    assert not hasattr(argocd, "Rollout") and not hasattr(rollouts, "Application")


def test_bindings_carry_no_status_or_operation():
    from imports.argocd.io import argoproj as argocd
    from imports.strimzi.io.strimzi import kafka as strimzi

    assert not [name for name in dir(argocd) if name.startswith(("ApplicationStatus", "ApplicationOperation"))]
    assert not [name for name in dir(strimzi) if name.startswith("KafkaStatus")]


def test_every_import_names_a_pinned_upstream_release():
    imports = yaml.safe_load((PROJECT_ROOT / "cdk8s.yaml").read_text())["imports"]
    assert imports
    for entry in imports:
        module, url = entry.split(":=")
        tag = url.split("/")[5].removeprefix("release-")  # Altinity tags its releases release-<version>
        assert url.startswith("https://raw.githubusercontent.com/") and tag[0] in "v0123456789", entry
        assert (PROJECT_ROOT / "imports" / module).is_dir(), f"{module}: run `make import`"
