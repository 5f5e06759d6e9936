"""The OPA tier: the servers that answer the app's policy decisions (package ``soma.policy``)
from the bundle its release publishes."""
