"""``make publish GITOPS_CHECKOUT=<dir>``: copy dist/ into a GitOps checkout (the
rendered-manifests pattern) and report what changed.

The Applications in dist/ point at ``<path_prefix>/...`` of ``gitops.repo_url``
(platform.yaml); publishing copies dist/'s content to exactly that folder of the checkout,
so set both to the GitOps repository (e.g. ``path_prefix: infra/k8s``) and synthesize
first. Files that left dist/ are removed there too. Nothing is committed: review and
commit in the checkout.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path

from .output import read_tree
from .settings import OverlayError, load_platform

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class PublishError(Exception):
    """Publishing would put manifests where their Applications do not look."""


@dataclass
class PublishReport:
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)

    @property
    def unchanged(self) -> bool:
        return not (self.added or self.changed or self.removed)

    def lines(self, folder: str) -> list[str]:
        if self.unchanged:
            return [f"{folder}: up to date"]
        return (
            [f"{folder}: {len(self.added)} added, {len(self.changed)} changed, {len(self.removed)} removed"]
            + [f"  A {path}" for path in self.added]
            + [f"  M {path}" for path in self.changed]
            + [f"  D {path}" for path in self.removed]
        )


def publish(dist: Path, checkout: Path, *, path_prefix: str, dry_run: bool = False) -> PublishReport:
    if path_prefix == "dist":
        raise PublishError(
            "platform.yaml: gitops.path_prefix is 'dist', so the Applications point at this repository's "
            "dist/; set gitops.repo_url to the GitOps repository and gitops.path_prefix to where the "
            "manifests go there (e.g. infra/k8s), run `make synth`, then publish"
        )
    if not (checkout / ".git").exists():
        raise PublishError(f"{checkout}: not a Git checkout")
    target = checkout / path_prefix
    fresh, current = read_tree(dist), read_tree(target) if target.is_dir() else {}
    report = PublishReport(
        added=sorted(set(fresh) - set(current)),
        changed=sorted(path for path in set(fresh) & set(current) if fresh[path] != current[path]),
        removed=sorted(set(current) - set(fresh)),
    )
    if not dry_run:
        for path in report.removed:
            (target / path).unlink()
        for path in report.added + report.changed:
            (target / path).parent.mkdir(parents=True, exist_ok=True)
            (target / path).write_bytes(fresh[path])
        for folder in sorted((p for p in target.rglob("*") if p.is_dir()), reverse=True):
            if not any(folder.iterdir()):
                folder.rmdir()
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m somaagent01_gitops.publish", description=__doc__.splitlines()[0])
    parser.add_argument("checkout", type=Path, help="a checkout of the GitOps repository")
    parser.add_argument("--dry-run", action="store_true", help="only report what would change")
    args = parser.parse_args(argv)
    try:
        prefix = load_platform(PROJECT_ROOT / "platform.yaml").gitops.path_prefix
        report = publish(PROJECT_ROOT / "dist", args.checkout, path_prefix=prefix, dry_run=args.dry_run)
    except (OverlayError, PublishError) as error:
        print(f"publish refused: {error}", file=sys.stderr)
        return 2
    print("\n".join(report.lines(str(args.checkout / prefix))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
