"""The SpiceDB tier's registration."""

from somaagent01_gitops.tiers.spicedb.operator import SPICEDB_OPERATOR
from somaagent01_gitops.tiers.spicedb.tier import SpiceDbUnit
from tests.conftest import shipped_targets


def test_it_registers_its_operator_and_owns_its_database(environments):

    target = next(target for target in shipped_targets(environments) if target.path == "qa")
    unit = SpiceDbUnit()
    assert unit.applies(target) and unit.operators == (SPICEDB_OPERATOR,)
    assert unit.database_roles(target)["spicedb"].databases == ("spicedb",)
