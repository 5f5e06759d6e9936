"""The CRDs' own CEL rules (``x-kubernetes-validations``), evaluated as the API server would
on create, with cel-python. Transition rules (those reading ``oldSelf``) only apply to
updates and are left out; a rule cel-python cannot evaluate is reported as not evaluated,
never as passed."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import celpy
import celpy.adapter
import celpy.evaluation
from celpy import celtypes


@dataclass(frozen=True)
class RuleResult:
    path: str
    rule: str
    message: str
    evaluated: bool
    """False when cel-python could not compile or run the rule."""


_ENVIRONMENT = celpy.Environment()


@functools.cache
def _program(rule: str) -> Any:
    return _ENVIRONMENT.program(_ENVIRONMENT.compile(rule))


def broken_rules(schema: dict[str, Any], instance: Any, path: str = "") -> Iterator[RuleResult]:
    """Every rule the instance breaks, and every rule that could not be evaluated."""
    for validation in schema.get("x-kubernetes-validations") or []:
        rule = validation["rule"]
        if "oldSelf" in rule:
            continue
        try:
            result = _program(rule).evaluate({"self": celpy.adapter.json_to_cel(instance)})
        except Exception as error:
            yield RuleResult(path or "(object)", rule, f"not evaluated: {error}", evaluated=False)
            continue
        if isinstance(result, celpy.evaluation.CELEvalError):
            yield RuleResult(path or "(object)", rule, f"not evaluated: {result}", evaluated=False)
        elif result != celtypes.BoolType(True):
            yield RuleResult(path or "(object)", rule, validation.get("message") or f"rule {rule!r} is false", evaluated=True)
    if isinstance(instance, dict):
        properties = schema.get("properties") or {}
        extra = schema.get("additionalProperties")
        for key, value in instance.items():
            child = properties.get(key) or (extra if isinstance(extra, dict) else None)
            if child is not None:
                yield from broken_rules(child, value, f"{path}.{key}" if path else str(key))
    elif isinstance(instance, list) and isinstance(schema.get("items"), dict):
        for index, item in enumerate(instance):
            yield from broken_rules(schema["items"], item, f"{path}[{index}]")
