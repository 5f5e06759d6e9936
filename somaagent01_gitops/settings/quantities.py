"""Kubernetes resource quantities, parsed so settings can be compared and refused early.

A typo such as ``"512MB"`` or ``"0Gi"`` would otherwise reach the cluster and be rejected
there (or worse, accepted as zero); the overlay loader refuses it with the field's path.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Annotated

from pydantic import AfterValidator

_SUFFIXES = {
    "": Decimal(1),
    "m": Decimal("0.001"),
    "k": Decimal(10) ** 3,
    "M": Decimal(10) ** 6,
    "G": Decimal(10) ** 9,
    "T": Decimal(10) ** 12,
    "P": Decimal(10) ** 15,
    "Ki": Decimal(2) ** 10,
    "Mi": Decimal(2) ** 20,
    "Gi": Decimal(2) ** 30,
    "Ti": Decimal(2) ** 40,
    "Pi": Decimal(2) ** 50,
}
_QUANTITY = re.compile(r"^(?P<number>[0-9]+(?:\.[0-9]+)?)(?P<suffix>m|k|M|G|T|P|Ki|Mi|Gi|Ti|Pi)?$")


def parse_quantity(text: str) -> Decimal:
    """Return the quantity in base units (cores or bytes); ValueError if it is not one."""
    match = _QUANTITY.match(text)
    if match is None:
        raise ValueError(
            f"{text!r} is not a Kubernetes quantity: use a number with an optional suffix "
            "(m, k, M, G, T, Ki, Mi, Gi, Ti), e.g. '250m', '1', '512Mi', '20Gi'"
        )
    return Decimal(match["number"]) * _SUFFIXES[match["suffix"] or ""]


def _positive_cpu(text: str) -> str:
    if parse_quantity(text) <= 0:
        raise ValueError(f"CPU must be greater than zero, got {text!r}")
    return text


def _positive_bytes(text: str) -> str:
    value = parse_quantity(text)
    if text.endswith("m"):
        raise ValueError(f"a size in millibytes makes no sense: {text!r}; use Mi or Gi")
    if value <= 0:
        raise ValueError(f"a size must be greater than zero, got {text!r}")
    return text


Cpu = Annotated[str, AfterValidator(_positive_cpu)]
"""A CPU quantity greater than zero, e.g. ``250m`` or ``2``."""

Bytes = Annotated[str, AfterValidator(_positive_bytes)]
"""A memory or storage size greater than zero, e.g. ``512Mi`` or ``20Gi``."""
