"""The JSON Schema of an overlay file, for editors (yaml-language-server) to complete and check.

``python -m somaagent01_gitops.settings.schema overlays/schema.json`` writes it; a test
fails when the committed file is not what the model says.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from .model import EnvironmentSettings


def overlay_schema() -> str:
    schema = EnvironmentSettings.model_json_schema(by_alias=True, mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "SomaAgent01 environment overlay (overlays/<environment>.yaml)"
    return json.dumps(schema, indent=2, sort_keys=True) + "\n"


if __name__ == "__main__":
    Path(sys.argv[1]).write_text(overlay_schema(), encoding="utf-8")
