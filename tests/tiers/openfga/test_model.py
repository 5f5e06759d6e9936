"""The authorization model, checked by OpenFGA's own DSL tooling (``@openfga/syntax-transformer``,
pinned in package.json): the DSL validates, its JSON is exactly what the model Job writes, and
a broken model is refused."""

import json
import subprocess
from pathlib import Path

import pytest

from somaagent01_gitops.tiers.openfga.model import AUTHORIZATION_MODEL, AUTHORIZATION_MODEL_DSL

ROOT = Path(__file__).resolve().parents[3]
NODE = ROOT / "node_modules" / ".bin" / "node"
TRANSFORM = """
const t = require("@openfga/syntax-transformer");
let dsl = "";
process.stdin.on("data", (chunk) => (dsl += chunk));
process.stdin.on("end", () => {
  try {
    t.validator.validateDSL(dsl);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
  process.stdout.write(JSON.stringify(t.transformer.transformDSLToJSONObject(dsl)));
});
"""


def transform(dsl: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(NODE), "-e", TRANSFORM], input=dsl, text=True, capture_output=True, cwd=ROOT, check=False)


def test_the_dsl_validates_and_is_the_json_the_job_writes():
    result = transform(AUTHORIZATION_MODEL_DSL)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == AUTHORIZATION_MODEL, "AUTHORIZATION_MODEL must be the transformer's output:\n" + result.stdout


@pytest.mark.parametrize(
    ("broken", "why"),
    [
        (AUTHORIZATION_MODEL_DSL.replace("or admin from tenant", "or owner from tenant"), "a relation the tupleset's type lacks"),
        (AUTHORIZATION_MODEL_DSL.replace("define viewer: [user] or owner", "define viewer: [user] or reader"), "an undefined relation"),
        (AUTHORIZATION_MODEL_DSL.replace("schema 1.1", "schema 9.9"), "an unknown schema version"),
    ],
)
def test_a_broken_model_is_refused(broken, why):
    assert broken != AUTHORIZATION_MODEL_DSL
    result = transform(broken)
    assert result.returncode != 0, why
