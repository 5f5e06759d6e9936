"""Tests mirror the sources one to one: ``somaagent01_gitops/<path>/<module>.py`` is tested by
``tests/<path>/test_<module>.py``, and every test module either mirrors a source module or
is about the rendered product as a whole (listed here, with what it covers)."""

from .conftest import PROJECT_ROOT

PACKAGE = PROJECT_ROOT / "somaagent01_gitops"
TESTS = PROJECT_ROOT / "tests"
NOT_MODULES = {"__init__.py", "__main__.py"}
"""Package markers and entry points: what they do is tested through the modules they call."""
PRODUCT_TESTS = {
    "test_invariants.py": "what would hurt production, over the whole rendered tree",
    "test_imports.py": "the generated bindings in imports/ (tools/import_crds.py)",
    "test_layout.py": "this file",
}
"""Test modules about the product or the repository rather than one source module."""


def source_modules():
    return sorted(
        path.relative_to(PACKAGE) for path in PACKAGE.rglob("*.py") if path.name not in NOT_MODULES and "__pycache__" not in path.parts
    )


def mirror_of(source):
    return source.parent / f"test_{source.name}"


def test_every_module_has_a_test_module_of_its_name():
    modules = source_modules()
    assert len(modules) > 30, "the package was found"
    missing = [
        f"tests/{mirror_of(source)} (for somaagent01_gitops/{source})" for source in modules if not (TESTS / mirror_of(source)).is_file()
    ]
    assert not missing, "add a test module for each:\n" + "\n".join(missing)


def test_every_test_module_mirrors_a_source_module_or_says_what_product_it_covers():
    mirrored = {mirror_of(source) for source in source_modules()}
    tests = sorted(path.relative_to(TESTS) for path in TESTS.rglob("test_*.py") if "__pycache__" not in path.parts)
    strays = [str(path) for path in tests if path not in mirrored and str(path) not in PRODUCT_TESTS]
    assert not strays, "rename each to the module it tests, or list it in PRODUCT_TESTS with what it covers:\n" + "\n".join(strays)
