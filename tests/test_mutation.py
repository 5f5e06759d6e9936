"""Every mutant of ``make mutation`` still finds the text it changes: a refactoring that moves
the code a mutant targets must move the mutant too, or the measurement silently shrinks."""

import importlib.util
import sys

import pytest

from .conftest import PROJECT_ROOT


def mutants():
    spec = importlib.util.spec_from_file_location("mutation_tool", PROJECT_ROOT / "tools" / "mutation.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["mutation_tool"] = module
    spec.loader.exec_module(module)
    return module.MUTANTS


@pytest.mark.parametrize("mutant", mutants(), ids=lambda mutant: mutant.name)
def test_the_mutant_applies_to_the_source(mutant):
    text = (PROJECT_ROOT / mutant.file).read_text(encoding="utf-8")
    assert mutant.old in text, f"{mutant.file} no longer holds the text {mutant.name} changes: update tools/mutation.py"
    assert mutant.new != mutant.old


def test_there_are_at_least_twenty_mutants():
    assert len(mutants()) >= 20
