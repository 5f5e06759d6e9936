"""The Temporal tier: its chart, installed per environment, and registration (``tier.py``)."""
