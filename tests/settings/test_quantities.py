from decimal import Decimal

import pytest

from somaagent01_gitops.settings.quantities import parse_quantity


@pytest.mark.parametrize(
    ("text", "value"),
    [("250m", Decimal("0.25")), ("2", Decimal(2)), ("512Mi", Decimal(512 * 2**20)), ("1.5Gi", Decimal(3 * 2**29))],
)
def test_parses_kubernetes_quantities(text, value):
    assert parse_quantity(text) == value


@pytest.mark.parametrize("text", ["512MB", "", "-1", "1 Gi", "Gi", "1e3"])
def test_refuses_what_kubernetes_would_refuse(text):
    with pytest.raises(ValueError, match="not a Kubernetes quantity"):
        parse_quantity(text)
