"""The Keycloak tier: its settings, constructs, operator and registration (``tier.py``)."""
