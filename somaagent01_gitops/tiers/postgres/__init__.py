"""The Postgres tier: its settings, constructs, CloudNativePG and its backup plugin, and registration (``tier.py``)."""
