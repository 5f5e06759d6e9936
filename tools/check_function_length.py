"""Fail when a function of the package is longer than the ceiling (part of ``make lint``).

A constructor that builds six kinds inline is hard to review; small named builders read in
one screen. Counted from ``def`` to the function's last line, docstring included."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

CEILING = 50


def long_functions(root: Path, ceiling: int = CEILING) -> list[str]:
    found = []
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.end_lineno is not None:
                length = node.end_lineno - node.lineno + 1
                if length > ceiling:
                    found.append(f"{path}:{node.lineno}: {node.name} is {length} lines (at most {ceiling})")
    return found


def main(argv: list[str]) -> int:
    found = [line for folder in argv or ["somaagent01_gitops"] for line in long_functions(Path(folder))]
    print("\n".join(found) or f"no function over {CEILING} lines")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
