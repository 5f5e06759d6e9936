"""The environments' CA facts: every certificate renews well inside its validity."""

from somaagent01_gitops.pki import CA_LIFETIME, CA_SECRET, CA_VAULT_KEY, SERVER_LIFETIME
from somaagent01_gitops.settings.types import hours


def test_every_lifetime_renews_inside_its_validity_with_time_to_spare():
    for lifetime in (CA_LIFETIME, SERVER_LIFETIME):
        assert 0 < hours(lifetime.renew_before) <= hours(lifetime.duration) / 3, lifetime
    assert hours(SERVER_LIFETIME.duration) == 90 * 24


def test_the_production_ca_is_one_vault_key_both_regions_read():
    assert (CA_SECRET, CA_VAULT_KEY) == ("soma-ca", "pki/ca")
