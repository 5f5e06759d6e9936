"""The secrets tier: External Secrets objects that write each environment's Vault Secrets."""
