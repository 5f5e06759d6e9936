"""The authorization model OpenFGA serves, as data: its DSL (what a person reads and edits)
and the JSON the API takes (``POST /stores/{id}/authorization-models``). The tests run
OpenFGA's own DSL tooling (``@openfga/syntax-transformer``) over the DSL: it must validate,
and its JSON must be exactly ``AUTHORIZATION_MODEL``, so the two cannot drift.

Types: a tenant's admins are its members; a persona belongs to a tenant, its owner and the
tenant's admins edit it, and the tenant's members may operate it; a conversation belongs to
a persona, whose editors may view it; a tool belongs to a tenant, whose admins (and the
users and personas granted it) may execute it.
"""

from __future__ import annotations

from typing import Any

STORE_NAME = "somaagent01"
"""The store the model is written to (created by name when missing)."""

AUTHORIZATION_MODEL_DSL = """\
model
  schema 1.1

type user

type tenant
  relations
    define admin: [user]
    define member: [user] or admin

type persona
  relations
    define tenant: [tenant]
    define owner: [user]
    define editor: [user] or owner or admin from tenant
    define operator: [user] or editor or member from tenant

type conversation
  relations
    define persona: [persona]
    define owner: [user]
    define viewer: [user] or owner or editor from persona

type tool
  relations
    define tenant: [tenant]
    define executor: [user, persona] or admin from tenant
"""

AUTHORIZATION_MODEL: dict[str, Any] = {
    "schema_version": "1.1",
    "type_definitions": [
        {"type": "user", "relations": {}, "metadata": None},
        {
            "type": "tenant",
            "relations": {
                "admin": {"this": {}},
                "member": {"union": {"child": [{"this": {}}, {"computedUserset": {"relation": "admin"}}]}},
            },
            "metadata": {
                "relations": {
                    "admin": {"directly_related_user_types": [{"type": "user"}]},
                    "member": {"directly_related_user_types": [{"type": "user"}]},
                }
            },
        },
        {
            "type": "persona",
            "relations": {
                "tenant": {"this": {}},
                "owner": {"this": {}},
                "editor": {
                    "union": {
                        "child": [
                            {"this": {}},
                            {"computedUserset": {"relation": "owner"}},
                            {"tupleToUserset": {"computedUserset": {"relation": "admin"}, "tupleset": {"relation": "tenant"}}},
                        ]
                    }
                },
                "operator": {
                    "union": {
                        "child": [
                            {"this": {}},
                            {"computedUserset": {"relation": "editor"}},
                            {"tupleToUserset": {"computedUserset": {"relation": "member"}, "tupleset": {"relation": "tenant"}}},
                        ]
                    }
                },
            },
            "metadata": {
                "relations": {
                    "tenant": {"directly_related_user_types": [{"type": "tenant"}]},
                    "owner": {"directly_related_user_types": [{"type": "user"}]},
                    "editor": {"directly_related_user_types": [{"type": "user"}]},
                    "operator": {"directly_related_user_types": [{"type": "user"}]},
                }
            },
        },
        {
            "type": "conversation",
            "relations": {
                "persona": {"this": {}},
                "owner": {"this": {}},
                "viewer": {
                    "union": {
                        "child": [
                            {"this": {}},
                            {"computedUserset": {"relation": "owner"}},
                            {"tupleToUserset": {"computedUserset": {"relation": "editor"}, "tupleset": {"relation": "persona"}}},
                        ]
                    }
                },
            },
            "metadata": {
                "relations": {
                    "persona": {"directly_related_user_types": [{"type": "persona"}]},
                    "owner": {"directly_related_user_types": [{"type": "user"}]},
                    "viewer": {"directly_related_user_types": [{"type": "user"}]},
                }
            },
        },
        {
            "type": "tool",
            "relations": {
                "tenant": {"this": {}},
                "executor": {
                    "union": {
                        "child": [
                            {"this": {}},
                            {"tupleToUserset": {"computedUserset": {"relation": "admin"}, "tupleset": {"relation": "tenant"}}},
                        ]
                    }
                },
            },
            "metadata": {
                "relations": {
                    "tenant": {"directly_related_user_types": [{"type": "tenant"}]},
                    "executor": {"directly_related_user_types": [{"type": "user"}, {"type": "persona"}]},
                }
            },
        },
    ],
}
"""``AUTHORIZATION_MODEL_DSL`` as the API takes it (the transformer's output, checked by the tests)."""
