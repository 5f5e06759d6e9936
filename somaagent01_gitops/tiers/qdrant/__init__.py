"""The Qdrant tier: the environment's vector store, a StatefulSet written here (Qdrant's chart
ships no CRDs and its community operator is inactive)."""
