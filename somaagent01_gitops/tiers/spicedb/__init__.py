"""The SpiceDB tier: its settings, constructs, operator and registration (``tier.py``)."""
