"""``make docs``: write the README's generated sections from the declarations."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from .operators import operator_table
from .releases import DEFAULT_RELEASE, RELEASES

README = Path(__file__).resolve().parent.parent / "README.md"


def release_defects() -> str:
    release = RELEASES[DEFAULT_RELEASE]
    return "".join(f"- `{release.name}`: {defect}\n" for defect in release.defects)


SECTIONS = {"operators": operator_table, "defects": release_defects}


def main() -> int:
    text = README.read_text(encoding="utf-8")
    for name, render in SECTIONS.items():
        section = re.compile(rf"(<!-- {name}:begin -->\n).*?(<!-- {name}:end -->)", re.S)
        if not section.search(text):
            print(f"{README}: no <!-- {name}:begin --> ... <!-- {name}:end --> section", file=sys.stderr)
            return 1
        body = render()
        text = section.sub(lambda match: f"{match.group(1)}{body}{match.group(2)}", text)  # noqa: B023 (used at once)
    README.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
