"""The Redis tier: settings, the OT redis-operator, the instances and their ACL users."""
