"""SomaAgent01 GitOps: typed overlays -> cdk8s constructs -> the manifests Argo CD syncs."""
