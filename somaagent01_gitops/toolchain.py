"""The project's own Node 22 for jsii, whichever way the entry points are started.

jsii (under cdk8s) starts the first ``node`` on PATH when cdk8s is first imported; the
machine's may be an unsupported one. Entry points call this before importing cdk8s.
"""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def use_project_node() -> None:
    node_bin = PROJECT_ROOT / "node_modules" / ".bin"
    if (node_bin / "node").exists() and not os.environ.get("PATH", "").startswith(str(node_bin)):
        os.environ["PATH"] = f"{node_bin}{os.pathsep}{os.environ.get('PATH', '')}"
