"""The Kafka tier: its settings, constructs, the Strimzi operator, and registration (``tier.py``)."""
