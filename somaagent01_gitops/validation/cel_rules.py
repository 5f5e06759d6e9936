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
    """Every rule the instance breaks, and every rule that could not be evaluated: the
    node's own rules first, then its properties' and items' (depth first, in order)."""
    yield from _own_broken_rules(schema, instance, path or "(object)")
    if isinstance(instance, dict):
        yield from _property_broken_rules(schema, instance, path)
    elif isinstance(instance, list) and isinstance(schema.get("items"), dict):
        for index, item in enumerate(instance):
            yield from broken_rules(schema["items"], item, f"{path}[{index}]")


def _own_broken_rules(schema: dict[str, Any], instance: Any, where: str) -> Iterator[RuleResult]:
    """The rules of this schema node itself; transition rules (``oldSelf``) only apply to
    updates, so a create never breaks them."""
    for validation in schema.get("x-kubernetes-validations") or []:
        if "oldSelf" in validation["rule"]:
            continue
        result = _evaluate(validation, instance, where)
        if result is not None:
            yield result


def _evaluate(validation: dict[str, Any], instance: Any, where: str) -> RuleResult | None:
    """None when the rule holds; a rule cel-python cannot compile or run is reported as not
    evaluated, never taken as passed."""
    rule = validation["rule"]
    try:
        result = _program(rule).evaluate({"self": celpy.adapter.json_to_cel(instance)})
    except Exception as error:
        return RuleResult(where, rule, f"not evaluated: {error}", evaluated=False)
    if isinstance(result, celpy.evaluation.CELEvalError):
        return RuleResult(where, rule, f"not evaluated: {result}", evaluated=False)
    if result != celtypes.BoolType(True):
        return RuleResult(where, rule, validation.get("message") or f"rule {rule!r} is false", evaluated=True)
    return None


def _property_broken_rules(schema: dict[str, Any], instance: dict[str, Any], path: str) -> Iterator[RuleResult]:
    """The rules below an object's properties: a key's own schema, else the schema of
    ``additionalProperties`` (a map's values); keys with neither carry no rules."""
    properties = schema.get("properties") or {}
    extra = schema.get("additionalProperties")
    for key, value in instance.items():
        child = properties.get(key) or (extra if isinstance(extra, dict) else None)
        if child is not None:
            yield from broken_rules(child, value, f"{path}.{key}" if path else str(key))
