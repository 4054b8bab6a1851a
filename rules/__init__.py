"""Rule data (one TOML file per rule), installed as the package `seedaudit._rules`."""
