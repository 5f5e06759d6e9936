"""The construct library: one module per tier, each construct with a typed props object."""
