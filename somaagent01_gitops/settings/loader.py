"""Read ``overlays/<environment>.yaml`` files into the typed model, or explain what is wrong.

Every refusal becomes one :class:`OverlayError` whose lines read
``overlays/dev.yaml:12:5: services.gateway.replicas: must be >= 0 (got -1)``: the file, the
line, the field path and what is allowed. No traceback reaches the user.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from .model import EnvironmentSettings, PlatformSettings, is_valid_environment_name
from .types import PATTERN_MEANINGS, FieldRuleError

ModelT = TypeVar("ModelT", bound=BaseModel)


class OverlayError(Exception):
    """One or more overlay files are unusable; ``str()`` is the whole report."""

    def __init__(self, problems: Sequence[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = list(problems)


@dataclass(frozen=True)
class Environment:
    """A named environment and its validated settings."""

    name: str
    settings: EnvironmentSettings


def overlay_files(overlays_dir: Path) -> dict[str, Path]:
    """The environments the overlay folder defines, by name, sorted."""
    return {path.stem: path for path in sorted(overlays_dir.glob("*.yaml"))}


def load_environments(overlays_dir: Path, names: Iterable[str] = ()) -> list[Environment]:
    """Load the named environments (all when none are named); refuse them all at once."""
    available = overlay_files(overlays_dir)
    wanted = list(names) or list(available)
    problems: list[str] = []
    if not available:
        problems.append(f"{overlays_dir}: no overlay files (<environment>.yaml) found")
    for name in wanted:
        if name not in available:
            problems.append(f"{overlays_dir / (name + '.yaml')}: no such environment; allowed: {', '.join(available) or 'none'}")
    environments: list[Environment] = []
    for name in wanted:
        if name not in available:
            continue
        try:
            environments.append(load_environment(available[name], name=name))
        except OverlayError as error:
            problems.extend(error.problems)
    if problems:
        raise OverlayError(problems)
    return environments


def load_environment(path: Path, *, name: str) -> Environment:
    """Parse and validate one overlay file."""
    if not is_valid_environment_name(name):
        raise OverlayError([f"{path}: the file name {name!r} must be a DNS label (a-z, 0-9, '-')"])
    return Environment(name=name, settings=_load_model(path, EnvironmentSettings))


def load_platform(path: Path) -> PlatformSettings:
    """Parse and validate ``platform.yaml``, the settings every environment shares."""
    return _load_model(path, PlatformSettings)


def _load_model(path: Path, model: type[ModelT]) -> ModelT:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise OverlayError([f"{path}: cannot read: {error.strerror}"]) from None
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark else str(path)
        problem = getattr(error, "problem", None) or str(error)
        raise OverlayError([f"{where}: malformed YAML: {problem}"]) from None
    if not isinstance(data, dict):
        raise OverlayError([f"{path}: the file must hold a mapping of settings, got {type(data).__name__}"])
    try:
        return model.model_validate(data)
    except ValidationError as error:
        raise OverlayError([_describe(path, root, detail, model) for detail in error.errors(include_url=False)]) from None


def _describe(path: Path, root: yaml.Node | None, detail: Any, model: type[BaseModel]) -> str:
    loc = tuple(part for part in detail["loc"] if not _is_union_tag(part))
    message = detail["msg"]
    original = (detail.get("ctx") or {}).get("error")
    if isinstance(original, FieldRuleError):
        loc = loc + original.path
        message = original.message
    elif detail["type"] == "extra_forbidden":
        allowed = _allowed_keys(model, loc[:-1])
        message = f"unknown setting; allowed here: {', '.join(allowed)}" if allowed else "unknown setting"
    elif detail["type"] == "missing":
        message = "required setting is missing"
    elif detail["type"] == "value_error":
        message = message.removeprefix("Value error, ")
    else:
        if detail["type"] == "string_pattern_mismatch":
            pattern = detail["ctx"]["pattern"]
            message = f"must be {PATTERN_MEANINGS.get(pattern, 'a string matching ' + pattern)}"
        message = f"{message} (got {_show(detail.get('input'))})"
    field = ".".join(str(part) for part in loc) or "(top level)"
    line, column = _position(root, loc)
    where = f"{path}:{line}:{column}" if line else str(path)
    return f"{where}: {field}: {message}"


def _is_union_tag(part: str | int) -> bool:
    # pydantic names the branch of an Optional/Union it tried ("Autoscaling"); users never wrote it
    return isinstance(part, str) and part[:1].isupper()


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _allowed_keys(root_model: type[BaseModel], loc: tuple[str | int, ...]) -> list[str]:
    model: Any = root_model
    skip_key = False
    for part in loc:
        if skip_key:  # a key of a dict field (a region name); the value's model comes next
            skip_key = False
            continue
        if not (isinstance(model, type) and issubclass(model, BaseModel)):
            return []
        field = next(
            (info for name, info in model.model_fields.items() if part in (name, info.alias)),
            None,
        )
        if field is None:
            return []
        skip_key = getattr(field.annotation, "__origin__", None) is dict
        model = _model_of(field.annotation)
    if isinstance(model, type) and issubclass(model, BaseModel):
        return [info.alias or name for name, info in model.model_fields.items()]
    return []


def _model_of(annotation: Any) -> Any:
    for candidate in (annotation, *getattr(annotation, "__args__", ())):
        if isinstance(candidate, type) and issubclass(candidate, BaseModel):
            return candidate
    return None


def _position(root: yaml.Node | None, loc: tuple[str | int, ...]) -> tuple[int, int]:
    """Line and column of the deepest node of ``loc`` that the file has (1-based; 0 if none)."""
    node = root
    best = (node.start_mark.line + 1, node.start_mark.column + 1) if node is not None else (0, 0)
    for part in loc:
        child = None
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if key.value == str(part):
                    child = value
                    best = (key.start_mark.line + 1, key.start_mark.column + 1)
                    break
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            child = node.value[part]
            best = (child.start_mark.line + 1, child.start_mark.column + 1)
        if child is None:
            break
        node = child
    return best
