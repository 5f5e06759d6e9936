"""Gate: checkov's Kubernetes policies over what each overlay really applies.

checkov reads the objects as ``kubectl kustomize`` renders them (base objects placed in the
overlay's namespace), so it judges what Argo CD will apply. Zero failed checks; a check may
only be skipped on one object with a ``checkov.io/skipN: CHECK=reason`` annotation, and every
skip is listed with its reason. checkov runs from its own venv with ``--skip-download`` (it
would otherwise fetch guidelines from the internet).
"""

from __future__ import annotations

import json
import re
import subprocess
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .findings import Finding


@dataclass(frozen=True, order=True)
class Skip:
    """A check knowingly not met by one object, and why."""

    file: str
    resource: str
    check: str
    reason: str

    def __str__(self) -> str:
        return f"{self.file}: {self.resource}: {self.check} skipped: {self.reason}"


@dataclass(frozen=True)
class PolicyReport:
    findings: list[Finding]
    skips: list[Skip]
    checked: int


def check(rendered: Mapping[str, list[tuple[str, dict[str, Any]]]], *, checkov: Path) -> PolicyReport:
    """``rendered``: overlay folder -> (the file each object came from, the object as rendered)."""
    with tempfile.TemporaryDirectory(prefix="checkov-") as work:
        root = Path(work)
        origin = _write_objects(rendered, root)
        if not origin:
            return PolicyReport([], [], 0)
        result = _run_checkov(checkov, root)
    if result.returncode not in (0, 1) or not result.stdout.strip():
        return PolicyReport(
            [Finding("(checkov)", "-", "checkov", f"checkov did not run (exit {result.returncode}): {result.stderr.strip()[-2000:]}")],
            [],
            0,
        )
    reports = json.loads(result.stdout)
    return _read_reports(reports if isinstance(reports, list) else [reports], origin)


def _write_objects(rendered: Mapping[str, list[tuple[str, dict[str, Any]]]], root: Path) -> dict[str, str]:
    """One file per rendered object below ``root``, so each checkov result names one object;
    returns checkov's path of each file -> the source file and overlay it came from."""
    origin: dict[str, str] = {}
    for label, objects in rendered.items():
        for index, (source, obj) in enumerate(objects):
            relative = f"{label}/{index:03d}-{obj.get('kind', 'object').lower()}-{(obj.get('metadata') or {}).get('name', '')}.yaml"
            (root / relative).parent.mkdir(parents=True, exist_ok=True)
            (root / relative).write_text(yaml.safe_dump(obj, sort_keys=False))
            origin["/" + relative] = f"{source} (as rendered by {label})"
    return origin


def _run_checkov(checkov: Path, root: Path) -> subprocess.CompletedProcess[str]:
    """checkov over ``root``, offline (``--skip-download``), as one JSON document."""
    return subprocess.run(
        [str(checkov), "--directory", str(root), "--framework", "kubernetes", "--skip-download", "--output", "json", "--compact"],
        capture_output=True,
        text=True,
        check=False,
    )


def _read_reports(reports: list[dict[str, Any]], origin: Mapping[str, str]) -> PolicyReport:
    """Findings (parse errors, failed checks, unexplained skips) and skips of every checkov
    report (one per framework), sorted, with how many resources checkov checked."""
    findings: list[Finding] = []
    skips: list[Skip] = []
    checked = 0
    for report in reports:
        results = report.get("results") or {}
        checked += (report.get("summary") or {}).get("resource_count", 0)
        for error in results.get("parsing_errors", []):
            findings.append(Finding(str(error), "-", "checkov-parse", "checkov could not parse this file"))
        for failed in results.get("failed_checks", []):
            findings.append(
                Finding(
                    origin.get(failed["file_path"], failed["file_path"]),
                    _resource(failed["resource"]),
                    failed["check_id"],
                    failed["check_name"],
                )
            )
        for skipped in results.get("skipped_checks", []):
            skip = _skip(skipped, origin)
            skips.append(skip)
            if _unexplained(skip.reason, skip.check):
                findings.append(
                    Finding(skip.file, skip.resource, skip.check, "skipped without a reason: write checkov.io/skipN: CHECK=why")
                )
    return PolicyReport(sorted(findings), sorted(skips), checked)


def _skip(skipped: Mapping[str, Any], origin: Mapping[str, str]) -> Skip:
    """A skipped check of checkov's report, with its annotation's reason."""
    reason = ((skipped.get("check_result") or {}).get("suppress_comment") or "").strip()
    return Skip(origin.get(skipped["file_path"], skipped["file_path"]), _resource(skipped["resource"]), skipped["check_id"], reason)


def _unexplained(reason: str, check_id: str) -> bool:
    """A skip must say why: checkov's placeholder, the bare check id or a few letters do not."""
    return reason in ("", "No comment provided", check_id) or len(reason) < 10


def _resource(resource: str) -> str:
    # graph checks name pods "Pod.ns.name.label-value..."; keep "Kind.ns.name"
    return ".".join(re.split(r"\.(?=[a-z0-9-]+/)", resource)[0].split(".")[:3])
