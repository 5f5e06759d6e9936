"""Tests mirror the sources one to one: ``somaagent01_gitops/<path>/<module>.py`` is tested by
``tests/<path>/test_<module>.py``, and every test module either mirrors a source module or
is about the rendered product as a whole (listed here, with what it covers). Also: every field
of a construct's ``*Props`` says what it is for and, when it has one, its default."""

import ast

from .conftest import PROJECT_ROOT

PACKAGE = PROJECT_ROOT / "somaagent01_gitops"
TESTS = PROJECT_ROOT / "tests"
NOT_MODULES = {"__init__.py", "__main__.py"}
"""Package markers and entry points: what they do is tested through the modules they call."""
PRODUCT_TESTS = {
    "test_invariants.py": "what would hurt production, over the whole rendered tree",
    "test_imports.py": "the generated bindings in imports/ (tools/import_crds.py)",
    "test_mutation.py": "the mutants of make mutation still apply to the source (tools/mutation.py)",
    "test_benchmark.py": "the region model make bench generates is valid settings (tools/benchmark.py)",
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


def undocumented_props_fields(path):
    """Fields of the ``*Props`` dataclasses in ``path`` with no attribute docstring, or whose
    docstring does not say the field's default."""
    tree = ast.parse(path.read_text(), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.ClassDef) and node.name.endswith("Props")):
            continue
        for statement, following in zip(node.body, [*node.body[1:], None], strict=True):
            if not isinstance(statement, ast.AnnAssign):
                continue
            docstring = following.value.value if isinstance(following, ast.Expr) and isinstance(following.value, ast.Constant) else None
            field = f"{path.name}:{statement.lineno} {node.name}.{ast.unparse(statement.target)}"
            if not isinstance(docstring, str):
                found.append(f"{field}: no docstring (say what it is for)")
            elif statement.value is not None and "Default" not in docstring:
                found.append(f"{field}: the docstring does not say 'Default: ...'")
    return found


def test_every_props_field_says_what_it_is_for_and_its_default():
    # the shared constructs and every tier's (props dataclasses live in both)
    constructs = sorted([*(PACKAGE / "constructs").glob("*.py"), *(PACKAGE / "tiers").rglob("*.py")])
    assert len(constructs) > 5, "the constructs were found"
    missing = [field for path in constructs for field in undocumented_props_fields(path)]
    assert not missing, "document each field (a string right after it; with a default, 'Default: <value>'):\n" + "\n".join(missing)
