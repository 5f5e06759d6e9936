"""The app tier: the release's services, its migrations and its network policies, and
registration (``tier.py``)."""
