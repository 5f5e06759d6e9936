import json

from somaagent01_gitops.settings.schema import overlay_schema

from ..conftest import OVERLAYS


def test_committed_schema_is_what_the_model_says():
    # `make schema` rewrites it; editors read overlays/schema.json
    assert (OVERLAYS / "schema.json").read_text() == overlay_schema()


def test_schema_forbids_unknown_keys_and_names_required_inputs():
    schema = json.loads(overlay_schema())
    assert schema["additionalProperties"] is False
    assert {"mode", "namespace", "image", "external"} <= set(schema["required"])
    assert "conversation-worker" in schema["$defs"]["AppServices"]["properties"]


def test_every_overlay_points_editors_at_the_schema():
    for overlay in OVERLAYS.glob("*.yaml"):
        assert overlay.read_text().startswith("# yaml-language-server: $schema=./schema.json"), overlay
