"""The edge: the Gateway API objects through which Kong publishes the gateway's public paths
and Keycloak's login pages, with TLS from cert-manager and, where the mode asks, JWT
validation, rate limiting and Kong's request-filtering plugins."""
