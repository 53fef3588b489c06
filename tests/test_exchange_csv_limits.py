"""Issue 14 (CSV as people save it) and issue 12/16 (import limits): separator sniffing with
a decimal comma, byte-order marks, trailing empty columns, line ends inside cells,
control characters, non-regular files, size limit, huge numbers, lone surrogates,
numeric times, ids after delete, all-or-nothing across batches, dry runs, progress."""

from __future__ import annotations

import json
import os
from datetime import timedelta

import pytest

from crampdiary.core import exchange
from crampdiary.core.timeutil import now_utc
from crampdiary.core.use_cases import count_entries, delete_entry, list_entries, log_entry


def _folder(tmp_path, name: str, content: str | bytes, file: str = "water.csv"):  # type: ignore[no-untyped-def]
    d = tmp_path / name
    d.mkdir()
    p = d / file
    if isinstance(content, str):
        content = content.encode("utf-8")
    p.write_bytes(content)
    return d


def _entries(diary):  # type: ignore[no-untyped-def]
    return list_entries(diary, None, None, None)


def test_semicolon_separator_with_decimal_comma(diary, tmp_path):
    d = _folder(tmp_path, "eu", "id;at;ml;drink\n;2026-03-01T09:00;250,5;water\n"
                                ";2026-03-01T10:00;300;tea\n")
    (d / "stretches.csv").write_text("at;minutes;kind\n2026-03-01T11:00;7,5;wall, calves\n")
    res = exchange.import_path(diary, d)
    assert res.added == 3
    recs = _entries(diary)
    assert sorted(r.ml for r in recs if r.kind == "water") == [250.5, 300]
    s = next(r for r in recs if r.kind == "stretch")
    assert s.minutes == 7.5 and s.stretch_kind == "wall, calves"  # text keeps its comma


def test_comma_file_with_bom_and_trailing_empty_column(diary, tmp_path):
    d = _folder(tmp_path, "bom", b"\xef\xbb\xbfat,ml,drink,\r\n2026-03-01T09:00,250,water,\r\n"
                                 b"2026-03-01T10:00,300,water\r\n")
    assert exchange.import_path(diary, d).added == 2


def test_unnamed_column_with_a_value_is_a_bad_row(diary, tmp_path):
    d = _folder(tmp_path, "x", "at,ml,\n2026-03-01T09:00,250,\n2026-03-01T10:00,300,oops\n")
    with pytest.raises(exchange.InputError if hasattr(exchange, "InputError") else Exception) as ei:
        exchange.import_path(diary, d)
    assert "water.csv row 2" in str(ei.value) and "column 3" in str(ei.value)
    assert count_entries(diary) == 0


def test_line_ends_inside_a_cell_become_lf_so_a_resaved_file_adds_nothing(diary, tmp_path):
    unix = _folder(tmp_path, "u", 'started_at,muscle,severity,note\n'
                                  '2026-03-01T03:00,calf,5,"two\nlines"\n', "cramps.csv")
    dos = _folder(tmp_path, "d", 'started_at,muscle,severity,note\r\n'
                                 '2026-03-01T03:00,calf,5,"two\r\nlines"\r\n', "cramps.csv")
    mac = _folder(tmp_path, "m", 'started_at,muscle,severity,note\n'
                                 '2026-03-01T03:00,calf,5,"two\rlines"\n', "cramps.csv")
    assert exchange.import_path(diary, unix).added == 1
    assert exchange.import_path(diary, dos).added == 0
    assert exchange.import_path(diary, mac).added == 0
    assert _entries(diary)[0].note == "two\nlines"


def test_export_bom_round_trip(cli, tmp_path):
    assert cli("log", "water", "--ml", "250", "--at", "2026-03-01T09:00").rc == 0
    out = tmp_path / "csv"
    assert cli("export", "--format", "csv", "--bom", "--out", out).rc == 0
    raw = (out / "water.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfid,at,ml,drink\r\n")
    assert not (tmp_path / "plain").exists()
    assert cli("export", "--format", "csv", "--out", tmp_path / "plain").rc == 0
    assert (tmp_path / "plain" / "water.csv").read_bytes().startswith(b"id,")
    r = cli("import", out)
    assert r.rc == 0 and "imported 0" in r.out and "skipped 1" in r.out


@pytest.mark.parametrize("char,name", [("\x07", "BEL"), ("\x1b", "ESC"), ("\x00", "NUL"),
                                       ("\x08", "backspace"), ("\x7f", "DEL")])
def test_control_characters_refused_naming_file_row_field(cli, tmp_path, char, name):
    d = _folder(tmp_path, "c", f"started_at,muscle,severity,note\n2026-03-01T03:00,calf,4,ok\n"
                               f"2026-03-01T04:00,calf,5,ring{char}bell\n", "cramps.csv")
    r = cli("import", d)
    assert r.rc == 2, r.err
    assert "cramps.csv" in r.err and ("row 2" in r.err or "line 3" in r.err)
    if char != "\x00":
        assert "'note'" in r.err and name in r.err
    assert cli("list", "--json").json() == []


def test_control_characters_in_json_refused(cli, tmp_path):
    p = tmp_path / "x.json"
    p.write_text(json.dumps([{"kind": "symptom", "at": "2026-03-01T09:00", "name": "a\u001bb",
                              "severity": 2}]))
    r = cli("import", p)
    assert r.rc == 2 and "'name'" in r.err and "ESC" in r.err and "entry 1" in r.err


def test_dev_zero_fifo_and_device_refused_at_once(cli, tmp_path):
    r = cli("import", "/dev/zero")
    assert r.rc == 2 and "path" in r.err and "device" in r.err
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    r = cli("import", fifo)  # would hang if it were opened
    assert r.rc == 2 and "FIFO" in r.err
    for src in ("bearable", "medtimer", "apple-health", "health-connect", "crampdiary"):
        r = cli("import", fifo, "--from", src)
        assert r.rc == 2 and "FIFO" in r.err, (src, r.err)


def test_size_limit(cli, tmp_path, monkeypatch):
    monkeypatch.setattr(exchange.reader, "MAX_IMPORT_BYTES", 100)
    d = _folder(tmp_path, "big", "at,ml\n" + "2026-03-01T09:00,250\n" * 20)
    r = cli("import", d)
    assert r.rc == 2 and "too large" in r.err and "water.csv" in r.err


def test_5000_digit_integer_refused_naming_the_field(cli, tmp_path):
    p = tmp_path / "x.json"
    p.write_text('[{"kind": "water", "at": "2026-03-01T09:00", "ml": ' + "9" * 5000 + "}]")
    r = cli("import", p)
    assert r.rc == 2, r.err
    assert "'ml'" in r.err and "5000 digits" in r.err and "unexpected" not in r.err
    d = _folder(tmp_path, "c", "at,ml\n2026-03-01T09:00," + "9" * 5000 + "\n")
    r = cli("import", d)
    assert r.rc == 2 and "'ml'" in r.err and "unexpected" not in r.err
    p.write_text('[{"kind": "water", "id": ' + "1" * 5000 + ', "at": "2026-03-01T09:00", '
                 '"ml": 5}]')
    r = cli("import", p)
    assert r.rc == 2 and "'id'" in r.err


def test_lone_surrogates_refused(cli, tmp_path):
    p = tmp_path / "x.json"
    p.write_text('[{"kind": "symptom", "at": "2026-03-01T09:00", "name": "bad \\ud800 text", '
                 '"severity": 2}]')
    r = cli("import", p)
    assert r.rc == 2 and "'name'" in r.err and "surrogate" in r.err
    d = _folder(tmp_path, "s", b"at,name,severity\n2026-03-01T09:00,\xed\xa0\x80,2\n",
                "symptoms.csv")
    r = cli("import", d)
    assert r.rc == 2 and "UTF-8" in r.err


@pytest.mark.parametrize("value", ["1772352000", "1772352000000", "1772352000.5"])
def test_numeric_times_are_refused_never_guessed(cli, tmp_path, value):
    p = tmp_path / "x.json"
    p.write_text(f'[{{"kind": "water", "at": {value}, "ml": 250}}]')
    r = cli("import", p)
    assert r.rc == 2 and "'at'" in r.err and "number" in r.err
    d = _folder(tmp_path, "n", f"at,ml\n{value},250\n")
    r = cli("import", d)
    assert r.rc == 2 and "'at'" in r.err and "number" in r.err
    assert cli("list", "--json").json() == []


def test_import_after_delete_never_reuses_an_id(cli, diary, tmp_path):
    at = now_utc() - timedelta(days=1)
    ids = [log_entry(diary, "water", {"at": at + timedelta(minutes=i), "ml": 100 + i},
                     with_flags=False).id for i in range(3)]
    delete_entry(diary, ids[2])
    delete_entry(diary, ids[1])
    d = _folder(tmp_path, "i", f"id,at,ml\n{ids[1]},2026-03-01T09:00,50\n"
                               f",2026-03-01T10:00,60\n{ids[2] + 5},2026-03-01T11:00,70\n")
    exchange.import_path(diary, d)
    got = sorted(r.id for r in _entries(diary))
    assert ids[1] not in got and ids[2] not in got
    assert got[0] == ids[0] and len(got) == 4
    assert ids[2] + 5 in got  # a never-used id from the file is kept
    new = log_entry(diary, "water", {"at": at, "ml": 1}, with_flags=False).id
    assert new > max(got)


def test_bad_row_after_many_batches_writes_nothing(diary, tmp_path, monkeypatch):
    monkeypatch.setattr(exchange.engine, "BATCH", 50)
    lines = "".join(f"2026-01-{1 + i % 28:02d}T{i % 24:02d}:{i % 60:02d},{100 + i}\n"
                    for i in range(500))
    d = _folder(tmp_path, "b", "at,ml\n" + lines + "2026-03-01T09:00,-5\n")
    with pytest.raises(Exception) as ei:
        exchange.import_path(diary, d)
    assert "water.csv row 501" in str(ei.value) and "'ml'" in str(ei.value)
    assert count_entries(diary) == 0


def test_duplicates_across_batches_are_counted_as_a_multiset(diary, tmp_path, monkeypatch):
    monkeypatch.setattr(exchange.engine, "BATCH", 2)
    row = "2026-03-01T09:00,250\n"
    log_entry(diary, "water", {"at": "2026-03-01T09:00", "ml": 250}, with_flags=False)
    d = _folder(tmp_path, "m", "at,ml\n" + row * 5)
    res = exchange.import_path(diary, d)
    assert (res.added, res.skipped) == (4, 1)
    assert exchange.import_path(diary, d).added == 0


def test_dry_run_counts_and_writes_nothing(cli, tmp_path):
    assert cli("log", "water", "--ml", "250", "--at", "2026-03-01T09:00").rc == 0
    d = _folder(tmp_path, "dr", "at,ml\n2026-03-01T09:00,250\n2026-03-01T10:00,300\n")
    (d / "cramps.csv").write_text("started_at,muscle,severity\n2026-03-01T03:00,calf,4\n")
    r = cli("import", d, "--dry-run")
    assert r.rc == 0, r.err
    assert "water: would add 1, already present 1" in r.out
    assert "cramp: would add 1, already present 0" in r.out
    assert "first rows:" in r.out and "cramps.csv row 1" in r.out
    assert len(cli("list", "--json").json()) == 1
    bad = _folder(tmp_path, "bad", "at,ml\n2026-03-01T09:00,zero\n")
    r = cli("import", bad, "--dry-run")
    assert r.rc == 2 and "'ml'" in r.err


def test_progress_callback_and_backup_before_a_large_import(diary, tmp_path, monkeypatch,
                                                            data_dir):
    monkeypatch.setattr(exchange.engine, "BATCH", 10)
    lines = "".join(f"2026-02-{1 + i % 28:02d}T{i % 24:02d}:{i % 60:02d}:{i % 59:02d},{100 + i}\n"
                    for i in range(3000))
    d = _folder(tmp_path, "p", "at,ml\n" + lines)
    seen: list[float] = []
    from crampdiary.core.exchange import engine

    real = engine.run

    def small_threshold(*a, **kw):  # type: ignore[no-untyped-def]
        kw["backup_over"] = 100
        return real(*a, **kw)

    monkeypatch.setattr(exchange, "run", small_threshold)
    res = exchange.import_path(diary, d, lambda f, m: seen.append(f))
    assert res.added == 3000
    assert seen[-1] == 1.0 and len(seen) >= 3 and seen == sorted(seen)
    assert res.backup is not None and res.backup.exists()
    assert res.backup.parent == data_dir / "backups" or "backups" in str(res.backup)


def test_unknown_column_is_ignored_while_empty_and_a_bad_field_when_not(cli, tmp_path):
    ok = _folder(tmp_path, "ok", "at,ml,comment\n2026-03-01T09:00,250,\n2026-03-01T10:00,300,\n")
    r = cli("import", ok)
    assert r.rc == 0 and "imported 2" in r.out, r.err
    bad = _folder(tmp_path, "bad", "at,ml,comment\n2026-03-01T11:00,250,\n"
                                   "2026-03-01T12:00,300,nice\n")
    r = cli("import", bad)
    assert r.rc == 2 and "water.csv row 2" in r.err and "'comment'" in r.err, r.err
    assert len(cli("list", "--json").json()) == 2


def test_character_device_made_with_mknod_is_refused(cli, tmp_path):
    import stat

    node = tmp_path / "zero.csv"
    try:
        os.mknod(node, stat.S_IFCHR | 0o600, os.makedev(1, 5))  # what /dev/zero is
    except PermissionError:
        pytest.skip("making a device node needs privileges this machine does not give")
    r = cli("import", node)
    assert r.rc == 2 and "device" in r.err
    d = tmp_path / "folder"
    d.mkdir()
    os.mknod(d / "water.csv", stat.S_IFCHR | 0o600, os.makedev(1, 5))
    r = cli("import", d)
    assert r.rc == 2 and "device" in r.err and "water.csv" in r.err


def test_json_is_read_as_a_stream(tmp_path):
    from crampdiary.core.exchange.reader import JsonStream

    items = [{"kind": "water", "at": f"2026-01-01T{h % 24:02d}:00", "ml": 100 + h}
             for h in range(60000)]
    p = tmp_path / "big.json"
    p.write_text(json.dumps({"format": "crampdiary", "version": 1, "entries": items,
                             "medicines": [{"name": "x"}]}))
    s = JsonStream(p, p.name)
    it = s.items("entries")
    assert next(it) == items[0]
    assert s.position() < p.stat().st_size / 2  # only the first chunk has been read
    assert sum(1 for _ in it) == len(items) - 1
    assert s.head["format"] == "crampdiary" and s.head["medicines"] == [{"name": "x"}]


def test_cli_prints_progress_only_to_a_terminal(monkeypatch, tmp_path, data_dir):
    import io
    import sys

    from crampdiary import cli_exchange
    from crampdiary.cli import run

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    d = _folder(tmp_path, "t", "at,ml\n2026-03-01T09:00,250\n")
    err = Tty()
    monkeypatch.setattr(sys, "stderr", err)
    assert cli_exchange._progress() is not None
    assert run(["import", str(d)]) == 0
    assert "importing: 100.0%" in err.getvalue()
    plain = io.StringIO()
    monkeypatch.setattr(sys, "stderr", plain)
    assert cli_exchange._progress() is None
