"""cdk8s app entry point (cdk8s.yaml runs it): see somaagent01_gitops/cli.py."""

import sys

from somaagent01_gitops.toolchain import use_project_node

use_project_node()

from somaagent01_gitops.cli import main  # noqa: E402  (cdk8s must see the project's Node)

if __name__ == "__main__":
    sys.exit(main())
