"""JSON Schemas of the settings files, for editors (yaml-language-server) to complete and check.

``python -m somaagent01_gitops.settings.schema`` (``make schema``) writes
``overlays/schema.json`` and ``platform.schema.json``; a test fails when either is not what
the model says.
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from .model import EnvironmentSettings, PlatformSettings

PROJECT_ROOT = Path(__file__).resolve().parents[2]
SCHEMA_FILES: dict[str, tuple[type[BaseModel], str]] = {
    "overlays/schema.json": (EnvironmentSettings, "SomaAgent01 environment overlay (overlays/<environment>.yaml)"),
    "platform.schema.json": (PlatformSettings, "SomaAgent01 platform settings (platform.yaml)"),
}


def schema_text(model: type[BaseModel], title: str) -> str:
    schema = model.model_json_schema(by_alias=True, mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = title
    return json.dumps(schema, indent=2, sort_keys=True) + "\n"


def overlay_schema() -> str:
    return schema_text(*SCHEMA_FILES["overlays/schema.json"])


if __name__ == "__main__":
    for relative, (model, title) in SCHEMA_FILES.items():
        (PROJECT_ROOT / relative).write_text(schema_text(model, title), encoding="utf-8")
