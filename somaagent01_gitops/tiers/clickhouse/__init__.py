"""The ClickHouse tier: the environment's analytics store, through the Altinity
clickhouse-operator (a ClickHouseInstallation on a ClickHouseKeeperInstallation)."""
