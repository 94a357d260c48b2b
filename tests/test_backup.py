"""Backup and restore: a round trip gives an identical store; a wrong file changes nothing."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import zipfile
from typing import Any

import pytest
from sqlalchemy import Engine

from data_model.backup import (
    BackupError,
    clear_store,
    make_backup,
    read_backup,
    restore_backup,
    store_checksum,
)
from data_model.bulk import row_counts
from data_model.columns import RecordKind
from data_model.meta import SAMPLE_DATA_KEY, holds_sample_data, set_store_setting
from data_model.store import head_revision, open_store
from data_model.validation import MemberRow
from data_model.writes import add_record, end_member

NOW = dt.datetime(2026, 7, 1, 9, 30)


def unpack(backup: bytes) -> tuple[dict[str, Any], dict[str, Any]]:
    with zipfile.ZipFile(io.BytesIO(backup)) as archive:
        return json.loads(archive.read("manifest.json")), json.loads(archive.read("data.json"))


def repack(manifest: dict[str, Any], tables: dict[str, Any], fix_checksum: bool = True) -> bytes:
    data = json.dumps(tables).encode()
    if fix_checksum:
        manifest = manifest | {"checksum": hashlib.sha256(data).hexdigest()}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("manifest.json", json.dumps(manifest))
        archive.writestr("data.json", data)
    return buffer.getvalue()


def add_someone(engine: Engine) -> None:
    row = MemberRow.model_validate(
        {
            "display_name": "Nieuw",
            "pseudonym": "T-30",
            "education_level": "mbo3",
            "discipline": "overig",
            "kind": None,
            "employer": None,
            "fte": 0.5,
            "registration": None,
            "registration_valid_until": None,
            "started_on": "01-01-2026",
            "ended_on": None,
            "years_experience": None,
        }
    )
    add_record(engine, RecordKind.MEMBER, team_id=1, row=row)


def test_manifest_says_what_the_file_is(tiny_engine: Engine) -> None:
    manifest, _ = unpack(make_backup(tiny_engine, NOW))
    assert manifest["format"] == "teamspiegel-backup"
    assert manifest["schema_revision"] == head_revision()
    assert manifest["created_at"] == "2026-07-01T09:30:00"
    assert manifest["tables"]["member"] == 8
    assert manifest["tables"]["phase_period"] == 13


def test_round_trip_into_a_new_store_gives_an_identical_store(
    tiny_engine: Engine, tmp_path: Any
) -> None:
    other = open_store(f"sqlite:///{tmp_path / 'ander.db'}").engine
    restore_backup(other, read_backup(make_backup(tiny_engine)))
    assert row_counts(other) == row_counts(tiny_engine)
    assert store_checksum(other) == store_checksum(tiny_engine)
    other.dispose()


def test_restore_replaces_everything_changed_since_the_backup(tiny_engine: Engine) -> None:
    original = store_checksum(tiny_engine)
    backup = make_backup(tiny_engine)
    add_someone(tiny_engine)
    end_member(tiny_engine, member_id=1, expected_version=1, ended_on=dt.date(2026, 6, 1))
    assert store_checksum(tiny_engine) != original
    restore_backup(tiny_engine, read_backup(backup))
    assert store_checksum(tiny_engine) == original


def test_new_records_after_a_restore_get_fresh_ids(tiny_engine: Engine) -> None:
    restore_backup(tiny_engine, read_backup(make_backup(tiny_engine)))
    add_someone(tiny_engine)
    assert row_counts(tiny_engine)["member"] == 9


def test_sample_data_mark_follows_the_backup(tiny_engine: Engine, tmp_path: Any) -> None:
    set_store_setting(tiny_engine, SAMPLE_DATA_KEY, "fictief")
    sample_backup = make_backup(tiny_engine)
    set_store_setting(tiny_engine, SAMPLE_DATA_KEY, None)
    real_backup = make_backup(tiny_engine)
    restore_backup(tiny_engine, read_backup(sample_backup))
    assert holds_sample_data(tiny_engine)
    restore_backup(tiny_engine, read_backup(real_backup))
    assert not holds_sample_data(tiny_engine)


def _not_zip(_backup: bytes) -> bytes:
    return b"naam;pseudoniem\nAnna;T-01\n"


def _no_manifest(backup: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("data.json", json.dumps(unpack(backup)[1]))
    return buffer.getvalue()


def _other_format(backup: bytes) -> bytes:
    manifest, tables = unpack(backup)
    return repack(manifest | {"format": "iets-anders"}, tables)


def _newer_schema(backup: bytes) -> bytes:
    manifest, tables = unpack(backup)
    return repack(manifest | {"schema_revision": "9999_future"}, tables)


def _newer_format(backup: bytes) -> bytes:
    manifest, tables = unpack(backup)
    return repack(manifest | {"format_version": 2}, tables)


def _tampered(backup: bytes) -> bytes:
    manifest, tables = unpack(backup)
    tables["member"][0]["fte"] = 1.4
    return repack(manifest, tables, fix_checksum=False)


def _row_count_off(backup: bytes) -> bytes:
    manifest, tables = unpack(backup)
    tables["case"].pop()
    return repack(manifest, tables)


def _unknown_column(backup: bytes) -> bytes:
    manifest, tables = unpack(backup)
    tables["member"][0]["salaris"] = 4000
    return repack(manifest, tables)


def _bad_date(backup: bytes) -> bytes:
    manifest, tables = unpack(backup)
    tables["case"][0]["opened_on"] = "31-02-2026"
    return repack(manifest, tables)


def _breaks_a_rule(backup: bytes) -> bytes:
    manifest, tables = unpack(backup)
    tables["member"][0]["team_id"] = 99  # no such team
    return repack(manifest, tables)


@pytest.mark.parametrize(
    ("spoil", "message"),
    [
        (_not_zip, "geen Teamspiegel-back-up"),
        (_no_manifest, "geen Teamspiegel-back-up"),
        (_other_format, "geen Teamspiegel-back-up"),
        (_newer_schema, "nieuwere versie"),
        (_newer_format, "nieuwere versie"),
        (_tampered, "controlesom klopt niet"),
        (_row_count_off, r"beschadigd \(tabel case\)"),
        (_unknown_column, r"beschadigd \(tabel member\)"),
        (_bad_date, r"beschadigd \(tabel case\)"),
    ],
)
def test_a_file_that_is_not_a_good_backup_is_refused_before_anything_changes(
    tiny_engine: Engine, spoil: Any, message: str
) -> None:
    before = store_checksum(tiny_engine)
    with pytest.raises(BackupError, match=message):
        read_backup(spoil(make_backup(tiny_engine)))
    assert store_checksum(tiny_engine) == before


def test_a_backup_that_contradicts_itself_is_rolled_back_completely(tiny_engine: Engine) -> None:
    backup = read_backup(_breaks_a_rule(make_backup(tiny_engine)))
    before = store_checksum(tiny_engine)
    with pytest.raises(BackupError, match="past niet in de database"):
        restore_backup(tiny_engine, backup)
    assert store_checksum(tiny_engine) == before


def test_starting_empty_removes_all_data_and_the_sample_mark(tiny_engine: Engine) -> None:
    set_store_setting(tiny_engine, SAMPLE_DATA_KEY, "fictief")
    clear_store(tiny_engine)
    assert set(row_counts(tiny_engine).values()) == {0}
    assert not holds_sample_data(tiny_engine)
