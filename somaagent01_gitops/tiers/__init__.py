"""The tiers of an environment: ``base.py`` says what a tier is, ``registry.py`` lists them
(TIERS, the one registration list), and each tier's package (``kafka/``, ``postgres/``,
``temporal/``, ``keycloak/``, ``spicedb/``, ``app/``) holds its settings, constructs,
operator and registration. Deliberately empty: a tier's settings are imported by the
environment model, which the registry's tiers import in turn.
"""
