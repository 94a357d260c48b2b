"""Facts about the store itself (key/value), such as whether it holds sample data."""

from __future__ import annotations

from sqlalchemy import Engine, delete, insert, select

from data_model.models import StoreSetting

SAMPLE_DATA_KEY = "sample_data"


def get_store_setting(engine: Engine, key: str) -> str | None:
    with engine.connect() as conn:
        return conn.execute(select(StoreSetting.value).where(StoreSetting.key == key)).scalar()


def set_store_setting(engine: Engine, key: str, value: str | None) -> None:
    """Set (or with None remove) one setting, in one transaction."""
    with engine.begin() as conn:
        conn.execute(delete(StoreSetting).where(StoreSetting.key == key))
        if value is not None:
            conn.execute(insert(StoreSetting).values(key=key, value=value))


def holds_sample_data(engine: Engine) -> bool:
    return get_store_setting(engine, SAMPLE_DATA_KEY) is not None
