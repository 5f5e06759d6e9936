"""The OpenFGA tier: relationship authorization for the components that use it, on the
environment's Postgres, with its authorization model written from data."""
