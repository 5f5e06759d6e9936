"""``main.py``: synthesize the environments and swap the result into ``dist/`` whole.

``cdk8s synth`` runs this with ``CDK8S_OUTDIR`` set to its (git-ignored) staging folder;
``make synth`` runs it directly. Both render into the staging folder first and then swap
a copy into ``dist/``, so a failed run leaves the previous ``dist/`` untouched.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from .footprints import FootprintError
from .output import OutputError, swap_in, write_tree
from .settings import Environment, OverlayError, PlatformSettings, load_environments, load_platform
from .synth import synthesize

PROJECT_ROOT = Path(__file__).resolve().parent.parent
EXIT_BAD_INPUT = 2
EXIT_FAILED = 1


def _load_settings(platform_file: Path, overlays: Path, names: Sequence[str]) -> tuple[PlatformSettings, list[Environment]]:
    """Both kinds of settings, with every problem of both reported at once."""
    problems: list[str] = []
    platform = environments = None
    try:
        platform = load_platform(platform_file)
    except OverlayError as error:
        problems += error.problems
    try:
        environments = load_environments(overlays, names)
    except OverlayError as error:
        problems += error.problems
    if platform is None or environments is None:
        raise OverlayError(problems)
    return platform, environments


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="main.py",
        description="Synthesize SomaAgent01's Kubernetes manifests for every environment into dist/.",
    )
    parser.add_argument(
        "environments",
        nargs="*",
        metavar="ENVIRONMENT",
        help="only these environments (overlay file names); they are rendered into the staging "
        "folder for a look, and dist/ is left alone, since it always holds every environment",
    )
    parser.add_argument("--overlays", type=Path, default=PROJECT_ROOT / "overlays", help="default: overlays/")
    parser.add_argument("--platform", type=Path, default=PROJECT_ROOT / "platform.yaml", help="default: platform.yaml")
    parser.add_argument("--dist", type=Path, default=PROJECT_ROOT / "dist", help="default: dist/")
    args = parser.parse_args(argv)
    staging = Path(os.environ.get("CDK8S_OUTDIR") or PROJECT_ROOT / ".synth-staging")

    try:
        platform, environments = _load_settings(args.platform, args.overlays, args.environments)
        files = synthesize(environments, platform=platform, every_environment=not args.environments)
    except OverlayError as error:
        print(f"synth refused the settings; {args.dist} is unchanged:\n{error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except (OutputError, FootprintError) as error:
        print(f"synth failed; {args.dist} is unchanged:\n{error}", file=sys.stderr)
        return EXIT_FAILED

    write_tree(files, staging)
    if args.environments:
        print(f"rendered {', '.join(args.environments)} into {staging} ({len(files)} files); dist/ unchanged")
        return 0
    swap_in(staging, args.dist)
    print(f"synthesized {len(environments)} environments into {args.dist} ({len(files)} files)")
    return 0
