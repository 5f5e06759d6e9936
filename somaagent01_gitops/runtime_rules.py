"""Falco's rules for the app's containers (production, where Falco runs): a shell started in
one, and a file written outside the paths the release writes. They build on the macros and
lists of Falco's default ruleset, which the chart loads first (``spawned_process``,
``shell_binaries``, ``open_write``), and name the app's containers by their image repository,
which Falco reads from the container runtime for every event."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import yaml

RULES_FILE = "somaagent01-rules.yaml"
"""The file the chart writes the rules to, beside its default ruleset (``customRules``)."""
ALWAYS_WRITABLE = ("/tmp", "/dev")
"""Scratch space every app container has, and devices (``/dev/null``, the terminal)."""


def falco_rules(*, repositories: Sequence[str], writable_paths: Sequence[str]) -> list[dict[str, Any]]:
    """The rules, as Falco's rules file holds them (a list of lists, macros and rules)."""
    # pmatch compares whole path components: /tmp covers /tmp/x, not /tmpx
    writable = sorted({*ALWAYS_WRITABLE, *(path.rstrip("/") for path in writable_paths)})
    where = "container=%container.name image=%container.image.repository pod=%k8s.pod.name namespace=%k8s.ns.name"
    return [
        {"list": "somaagent01_images", "items": sorted(set(repositories))},
        {"list": "somaagent01_writable_paths", "items": writable},
        {"macro": "somaagent01_container", "condition": "(container.image.repository in (somaagent01_images))"},
        {
            "rule": "Shell in a SomaAgent01 container",
            "desc": "A shell started in an app container: no entrypoint of the release starts one.",
            "condition": "spawned_process and somaagent01_container and proc.name in (shell_binaries)",
            "output": f"Shell in a SomaAgent01 container (user=%user.name command=%proc.cmdline parent=%proc.pname {where})",
            "priority": "WARNING",
            "tags": ["somaagent01", "container", "shell", "mitre_execution"],
        },
        {
            "rule": "Write outside the writable paths of a SomaAgent01 container",
            "desc": "A file opened for writing in an app container outside /tmp and the paths the release writes.",
            "condition": "open_write and somaagent01_container and not fd.name pmatch (somaagent01_writable_paths)",
            "output": f"File written outside the writable paths (file=%fd.name command=%proc.cmdline {where})",
            "priority": "ERROR",
            "tags": ["somaagent01", "container", "filesystem", "mitre_persistence"],
        },
    ]


def falco_rules_file(*, repositories: Sequence[str], writable_paths: Sequence[str]) -> str:
    return yaml.safe_dump(falco_rules(repositories=repositories, writable_paths=writable_paths), sort_keys=False)
