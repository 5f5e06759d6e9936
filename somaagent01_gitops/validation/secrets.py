"""Gate: no secret value in the manifests.

detect-secrets scans every file; and no ``Secret`` object outside the LOCAL overlay may carry
``data`` or ``stringData``: beyond LOCAL, secrets come from Vault.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from detect_secrets.core.secrets_collection import SecretsCollection
from detect_secrets.settings import default_settings

from .findings import Document, Finding

LOCAL_OVERLAY = "overlays/local/"
CHECKSUM_LINE = re.compile(r"^\s+checksum/config: [0-9a-f]{64}$")
"""The pod template's sha256 of its (non-secret) ConfigMap: high-entropy hex, but no secret."""
REFERENCE_LINE = re.compile(r"^\s*(-\s+)?((secretName|existingSecret): [a-z0-9]([-a-z0-9.]*[a-z0-9])?|(password|secretKey): password)$")
"""References to a Secret, not values: a Secret's name (``secretName``, and a Helm chart's
``existingSecret``), and Strimzi's ``passwordSecret.password``, which names the key holding
the password (always ``password`` here), and a chart's ``secretKey: password`` likewise.
detect-secrets' keyword detector reads them as assignments."""
LET_THROUGH = ((CHECKSUM_LINE, "Hex High Entropy String"), (REFERENCE_LINE, "Secret Keyword"))
"""The only lines the scan lets through, each for one detector; the gate's summary says so."""


def check(documents: Iterable[Document], *, files: Iterable[Path], relative_to: Path) -> list[Finding]:
    """detect-secrets' findings over every file, then every literal Secret beyond LOCAL."""
    return _detected_secrets(files, relative_to=relative_to) + _literal_secrets(documents)


def _detected_secrets(files: Iterable[Path], *, relative_to: Path) -> list[Finding]:
    """What detect-secrets flags, less the lines :data:`LET_THROUGH` knows to be no secret."""
    findings = []
    with default_settings():
        collection = SecretsCollection()
        for path in sorted(files):
            collection.scan_file(str(path))
        for filename, secret in collection:
            line = Path(filename).read_text(encoding="utf-8").splitlines()[secret.line_number - 1]
            if _let_through(line, secret.type):
                continue
            findings.append(
                Finding(
                    str(Path(filename).relative_to(relative_to)),
                    f"line {secret.line_number}",
                    "detect-secrets",
                    f"looks like a secret: {secret.type}",
                )
            )
    return findings


def _let_through(line: str, detector: str) -> bool:
    """A line is let through only for the one detector its pattern is known to trip."""
    return any(pattern.match(line) and detector == known for pattern, known in LET_THROUGH)


def _literal_secrets(documents: Iterable[Document]) -> list[Finding]:
    """Secrets that carry values outside LOCAL: beyond LOCAL they come from Vault."""
    findings = []
    for document in documents:
        if document.manifest.get("kind") != "Secret" or document.api_version != "v1" or LOCAL_OVERLAY in document.file:
            continue
        carried = [key for key in ("data", "stringData") if document.manifest.get(key)]
        if carried:
            findings.append(
                Finding(
                    document.file,
                    document.label,
                    "no-literal-secrets",
                    f"a Secret carries {' and '.join(carried)} outside LOCAL; beyond LOCAL secrets come from Vault",
                )
            )
    return findings
