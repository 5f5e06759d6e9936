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
REFERENCE_LINE = re.compile(
    r"^\s*(-\s+)?((secretName|existingSecret|serverCASecret|serverTLSSecret|vault\.hashicorp\.com/tls-secret): "
    r"[a-z0-9]([-a-z0-9.]*[a-z0-9])?|(password|secretKey): password)$"
)
"""References to a Secret, not values: a Secret's name (``secretName``, a Helm chart's
``existingSecret``, a CloudNativePG Cluster's ``serverCASecret``/``serverTLSSecret``, the Secret
Vault's injector mounts into the agent, ``vault.hashicorp.com/tls-secret``), and Strimzi's ``passwordSecret.password``, which names the key holding
the password (always ``password`` here), and a chart's ``secretKey: password`` likewise.
detect-secrets' keyword detector reads them as assignments."""
LET_THROUGH = ((CHECKSUM_LINE, "Hex High Entropy String"), (REFERENCE_LINE, "Secret Keyword"))
"""The only lines the scan lets through, each for one detector; the gate's summary says so."""
EXTERNAL_SECRET_KEY = re.compile(r"^\s+(property|secretKey): ([A-Za-z0-9_.-]+)$")
"""In an ExternalSecret, the key a value is read from in Vault and the key it is written to:
names, not values. Let through only as such a pair (``property: X`` then ``secretKey: X``,
or two PEM file names such as ``tls.key`` and ``ca.key``) in a file holding an ExternalSecret."""
PEM_FILE_NAME = re.compile(r"^[a-z]+\.(crt|key)$")


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
            lines = Path(filename).read_text(encoding="utf-8").splitlines()
            if _let_through(lines, secret.line_number - 1, secret.type):
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


def _let_through(lines: list[str], index: int, detector: str) -> bool:
    """A line is let through only for the one detector its pattern is known to trip."""
    line = lines[index]
    if any(pattern.match(line) and detector == known for pattern, known in LET_THROUGH):
        return True
    return detector == "Secret Keyword" and "kind: ExternalSecret" in lines and _key_pair(lines, index)


def _key_pair(lines: list[str], index: int) -> bool:
    """The line is one of a ``property: X`` / ``secretKey: X`` pair naming the same key."""
    match = EXTERNAL_SECRET_KEY.match(lines[index])
    if match is None:
        return False
    partner = index + 1 if match.group(1) == "property" else index - 1
    other = EXTERNAL_SECRET_KEY.match(lines[partner]) if 0 <= partner < len(lines) else None
    if other is None or other.group(1) == match.group(1):
        return False
    names = (match.group(2), other.group(2))
    return names[0] == names[1] or all(PEM_FILE_NAME.match(name) for name in names)


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
