"""Validation gates: real validators over every synthesized object (see the README)."""
