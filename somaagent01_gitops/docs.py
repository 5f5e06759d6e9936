"""``make docs``: write the README's generated sections from the declarations."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from .operators import operator_table

README = Path(__file__).resolve().parent.parent / "README.md"
SECTION = re.compile(r"(<!-- operators:begin -->\n).*?(<!-- operators:end -->)", re.S)


def main() -> int:
    text = README.read_text(encoding="utf-8")
    if not SECTION.search(text):
        print(f"{README}: no <!-- operators:begin --> ... <!-- operators:end --> section", file=sys.stderr)
        return 1
    README.write_text(SECTION.sub(lambda match: match.group(1) + operator_table() + match.group(2), text), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
