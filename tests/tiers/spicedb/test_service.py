"""SpiceDB as a runtime service: the database it owns, nothing installed per environment."""

from somaagent01_gitops.tiers.spicedb.service import SPICEDB


def test_it_owns_a_database_and_installs_nothing_per_environment():
    assert SPICEDB.databases == {"spicedb": ("spicedb",)} and not SPICEDB.installed
