"""The tiers of an environment: ``base.py`` says what a tier is, ``registry.py`` lists them
(TIERS, the one registration list), and each packaged tier (``keycloak/``, ``spicedb/``)
holds its settings, constructs, operator and registration. Deliberately empty: a tier's
settings are imported by the environment model, which the registry's tiers import in turn.
"""
