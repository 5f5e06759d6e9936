"""cdk8s app entry point (cdk8s.yaml runs it): see somaagent01_gitops/cli.py."""

import sys

from somaagent01_gitops.cli import main

if __name__ == "__main__":
    sys.exit(main())
