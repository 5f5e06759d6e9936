import json

from somaagent01_gitops.settings.schema import SCHEMA_FILES, overlay_schema, schema_text

from ..conftest import OVERLAYS, PROJECT_ROOT


def test_committed_schemas_are_what_the_model_says():
    # `make schema` rewrites them; editors read them
    for relative, (model, title) in SCHEMA_FILES.items():
        assert (PROJECT_ROOT / relative).read_text() == schema_text(model, title), relative


def test_schema_forbids_unknown_keys_and_names_required_inputs():
    schema = json.loads(overlay_schema())
    assert schema["additionalProperties"] is False
    assert {"mode", "namespace", "image", "external"} <= set(schema["required"])
    assert "conversation-temporal-worker" in schema["properties"]["services"]["propertyNames"]["enum"]
    assert "outbox-sync" not in schema["properties"]["services"]["propertyNames"]["enum"], "deleted upstream (40eb5bdc)"


def test_every_settings_file_points_editors_at_its_schema():
    for overlay in OVERLAYS.glob("*.yaml"):
        assert overlay.read_text().startswith("# yaml-language-server: $schema=./schema.json"), overlay
    assert (PROJECT_ROOT / "platform.yaml").read_text().startswith("# yaml-language-server: $schema=./platform.schema.json")
