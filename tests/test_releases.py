"""The app release's contract: its entrypoints, ports, settings and groups, and the checks a
new release's description must pass."""

import dataclasses

import pytest

from somaagent01_gitops.catalog import AppServiceSpec, Dependency
from somaagent01_gitops.releases import A169E468, DEFAULT_RELEASE, RELEASES, AppRelease, Setting


def test_the_default_release_is_a169e468_with_its_seven_entrypoints():
    assert DEFAULT_RELEASE == "a169e468" and RELEASES == {"a169e468": A169E468}
    ports = {spec.name: (spec.port, spec.port_name) for spec in A169E468.services}
    assert ports == {
        "gateway": (9000, "http"),
        "conversation-worker": (9091, "metrics"),
        "conversation-temporal-worker": (None, None),
        "tool-executor": (9090, "metrics"),
        "memory-replicator": (9403, "metrics"),
        "delegation-worker": (None, None),
        "delegation-temporal-worker": (None, None),
    }
    assert A169E468.service("gateway").command[0] == "uvicorn"
    assert A169E468.kafka_tls is False, "its Kafka client cannot do TLS"


def test_consumer_groups_are_the_consumers_own_sorted_once():
    assert A169E468.consumer_groups == ["conversation-worker", "delegation-worker", "memory-replicator", "tool-executor"]


def test_the_migration_reads_the_database_settings_and_every_setting_names_where_it_is_read():
    assert A169E468.migrate_command == ("python", "manage.py", "migrate", "--noinput")
    assert {"SA01_DB_DSN", "PGSSLMODE", "PGSSLROOTCERT"} <= set(A169E468.migrate_settings)
    assert set(A169E468.migrate_settings) <= set(A169E468.settings)
    assert all(setting.source for setting in A169E468.settings.values()), "each setting says where the release reads it"


def release(*services, settings=()):
    return AppRelease(
        name="r",
        settings={setting.name: setting for setting in settings},
        services=tuple(services),
        kafka_tls=False,
        migrate_command=("migrate",),
        migrate_settings=(),
    )


def spec(name, **changes):
    fields = {"command": ("run",), "depends_on": frozenset({Dependency.POSTGRES}), "reads_settings": ()}
    return AppServiceSpec(name=name, **{**fields, **changes})


def test_a_release_refuses_two_entrypoints_of_one_name():
    with pytest.raises(ValueError, match="duplicate service names"):
        release(spec("a"), spec("a"))


def test_a_release_refuses_a_setting_it_does_not_declare():
    with pytest.raises(ValueError, match=r"a reads settings the release does not declare: \['X'\]"):
        release(spec("a", reads_settings=("X",)))
    assert release(spec("a", reads_settings=("X",)), settings=[Setting("X", "log_level")]).service("a").reads_settings == ("X",)


def test_a_release_refuses_a_call_to_an_entrypoint_it_lacks():
    with pytest.raises(ValueError, match=r"a calls unknown services \['b'\]"):
        release(spec("a", calls=frozenset({"b"})))
    assert release(spec("a", calls=frozenset({"b"})), spec("b")).service("b").name == "b"


def test_the_release_is_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        A169E468.kafka_tls = True
