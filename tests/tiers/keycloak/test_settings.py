"""The overlay's identity section."""

import pytest
from pydantic import ValidationError

from somaagent01_gitops.tiers.keycloak.settings import Identity


def test_the_hostname_is_required_and_redirects_are_https():
    with pytest.raises(ValidationError, match="hostname"):
        Identity.model_validate({})
    with pytest.raises(ValidationError, match="redirect_uris"):
        Identity.model_validate({"hostname": "auth.example", "redirect_uris": ["http://app.example/cb"]})
    assert Identity.model_validate({"hostname": "auth.example"}).redirect_uris == []
