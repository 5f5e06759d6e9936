"""The Kafka versions the pinned Strimzi can run, and the KRaft metadata version of each.

Read from Strimzi's ``kafka-versions.yaml`` at tag 1.2.0 (entries with ``supported: true``;
4.3.1 is its default). Pinning both in the Kafka resource keeps an operator upgrade from
rolling the brokers onto a new Kafka by surprise; a Strimzi upgrade that drops a version
changes this table and, through the settings model, refuses overlays that still name it.
"""

from __future__ import annotations

STRIMZI_VERSION = "1.2.0"
KAFKA_METADATA_VERSIONS: dict[str, str] = {
    "4.2.0": "4.2-IV1",
    "4.2.1": "4.2-IV1",
    "4.3.0": "4.3-IV0",
    "4.3.1": "4.3-IV0",
}
DEFAULT_KAFKA_VERSION = "4.3.1"
