"""The OPA section's rules: the bundle names the release, HTTPS beyond LOCAL, three servers in PRODUCTION."""

import pytest
from pydantic import ValidationError

from somaagent01_gitops.tiers.opa.settings import Opa

URL = "https://artifacts.example/somaagent01/{release}/policy-bundle.tar.gz"


def broken(opa, mode):
    return [(path, message) for path, holds, message in opa.mode_rules(mode) if not holds]


def test_the_release_goes_into_the_bundle_url():
    assert Opa(bundle_url=URL).bundle_for("abc123") == "https://artifacts.example/somaagent01/abc123/policy-bundle.tar.gz"
    with pytest.raises(ValidationError):
        Opa(bundle_url="https://artifacts.example/somaagent01/policy-bundle.tar.gz")


def test_each_mode_holds_opa_to_its_rules():
    plain = Opa(bundle_url=URL.replace("https://", "http://"))
    assert broken(plain, "LOCAL") == []
    assert broken(plain, "DEVELOPMENT") == [(("bundle_url",), "DEVELOPMENT downloads the bundle over https://")]
    assert broken(Opa(bundle_url=URL), "PRODUCTION") == [(("replicas",), "PRODUCTION runs at least 3 OPA servers, got 1")]
    assert broken(Opa(bundle_url=URL, replicas=3), "PRODUCTION") == []
    slow = Opa(bundle_url=URL, polling_min_seconds=300, polling_max_seconds=120)
    assert broken(slow, "DEVELOPMENT") == [(("polling_max_seconds",), "must be at least polling_min_seconds (300)")]
