"""Issue 17: the desktop entry, the AppStream metainfo, the icon and desktop-install."""

from __future__ import annotations

import configparser
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from crampdiary import appinfo

ROOT = Path(__file__).resolve().parents[1]
DESKTOP = ROOT / "resources" / "desktop" / appinfo.DESKTOP_FILE
METAINFO = ROOT / "resources" / "desktop" / appinfo.METAINFO_FILE
ICONS = ROOT / "resources" / "icons" / "hicolor"


def _entry(path: Path) -> configparser.SectionProxy:
    cp = configparser.ConfigParser(interpolation=None, strict=True)
    cp.optionxform = str  # type: ignore[assignment,method-assign]
    cp.read_string(path.read_text(encoding="utf-8"))
    return cp["Desktop Entry"]


def _validate_desktop(path: Path) -> None:
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.skip("desktop-file-validate is not installed (apt-get install desktop-file-utils)")
    res = subprocess.run([tool, str(path)], capture_output=True, text=True, timeout=60)
    assert res.returncode == 0 and "error" not in res.stdout, res.stdout + res.stderr


def test_one_application_id_everywhere():
    assert appinfo.APP_ID.count(".") >= 2 and appinfo.APP_ID.split(".")[0] in ("io", "org", "com")
    assert DESKTOP.is_file() and METAINFO.is_file()
    assert _entry(DESKTOP)["Icon"] == appinfo.APP_ID
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == appinfo.APP_ID
    assert root.findtext("launchable") == appinfo.DESKTOP_FILE
    assert root.findtext("icon") == appinfo.APP_ID
    assert (ICONS / "scalable" / "apps" / f"{appinfo.APP_ID}.svg").is_file()
    assert appinfo.ORGANIZATION + "." + appinfo.APPLICATION == appinfo.APP_ID


def test_desktop_entry_passes_the_validator():
    _validate_desktop(DESKTOP)


def test_metainfo_passes_the_validator():
    tool = shutil.which("appstreamcli")
    if tool is None:
        pytest.skip("appstreamcli is not installed (apt-get install appstream)")
    res = subprocess.run([tool, "validate", "--no-net", "--no-color", str(METAINFO)],
                         capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stdout + res.stderr
    assert "E:" not in res.stdout and "W:" not in res.stdout, res.stdout


def test_metainfo_content():
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.find("content_rating").get("type").startswith("oars-")
    versions = [r.get("version") for r in root.iter("release")]
    from crampdiary import __version__

    assert __version__ in versions and len(versions) >= 2
    assert versions == sorted(versions, key=lambda v: tuple(map(int, v.split("."))), reverse=True)
    text = ET.tostring(root.find("description"), encoding="unicode", method="text")
    assert "never uses the network" in text and "this computer" in text  # the privacy statement
    shots = [img.text for img in root.iter("image")]
    assert shots
    for url in shots:  # each screenshot is a file of the repository
        assert url.startswith("https://")
        name = url.split("/docs/screenshots/")[1]
        assert (ROOT / "docs" / "screenshots" / name).is_file(), name
    for lang in ("de", "es"):
        assert root.find(f"name[@{{http://www.w3.org/XML/1998/namespace}}lang='{lang}']") is not None


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize("size", appinfo.ICON_SIZES)
def test_icon_in_every_hicolor_size(size):
    png = ICONS / f"{size}x{size}" / "apps" / f"{appinfo.APP_ID}.png"
    assert _png_size(png) == (size, size)


def test_svg_icon_is_square_and_plain():
    svg = ET.parse(ICONS / "scalable" / "apps" / f"{appinfo.APP_ID}.svg").getroot()
    assert svg.get("width") == svg.get("height")
    text = ET.tostring(svg, encoding="unicode")
    assert "<script" not in text and "href=\"http" not in text  # no scripts, nothing remote


# ----------------------------------------------------------------------- desktop-install
@pytest.fixture
def xdg(tmp_path, monkeypatch):
    home = tmp_path / "xdg-data"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home


def _installed(home: Path) -> list[Path]:
    caches = ("mimeinfo.cache", "icon-theme.cache")  # made by the desktop's own tools
    return sorted(p for p in home.rglob("*") if p.is_file() and p.name not in caches)


def test_desktop_install_writes_entry_and_icons(cli, xdg):
    r = cli("desktop-install")
    assert r.rc == 0, r.err
    entry = xdg / "applications" / appinfo.DESKTOP_FILE
    assert entry.is_file()
    for size in appinfo.ICON_SIZES:
        icon = xdg / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{appinfo.APP_ID}.png"
        assert _png_size(icon) == (size, size)
    assert (xdg / "icons" / "hicolor" / "scalable" / "apps" / f"{appinfo.APP_ID}.svg").is_file()
    assert f"{len(appinfo.ICON_SIZES) + 2} files written." in r.out
    fields = _entry(entry)
    # Exec runs a program that exists: the installed script, or this Python with -m
    program = fields["Exec"].split()[0].strip('"')
    assert Path(program).is_file(), fields["Exec"]
    assert fields["Exec"].endswith(" gui")
    assert fields["TryExec"] == program
    assert fields["Icon"] == appinfo.APP_ID
    assert oct(entry.stat().st_mode & 0o777) == "0o644"
    _validate_desktop(entry)


def test_exec_runs_the_installed_program(cli, xdg):
    assert cli("desktop-install").rc == 0
    exec_line = _entry(xdg / "applications" / appinfo.DESKTOP_FILE)["Exec"]
    argv = exec_line.replace(" gui", " --version").split()
    res = subprocess.run(argv, capture_output=True, text=True, timeout=120)
    from crampdiary import __version__

    assert res.returncode == 0 and __version__ in res.stdout + res.stderr


def test_desktop_install_is_idempotent(cli, xdg):
    assert cli("desktop-install").rc == 0
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in _installed(xdg)}
    r = cli("desktop-install")
    assert r.rc == 0 and "already up to date" in r.out
    after = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in _installed(xdg)}
    assert after == before
    # a changed file is put right, the others are left alone
    icon = xdg / "icons" / "hicolor" / "48x48" / "apps" / f"{appinfo.APP_ID}.png"
    icon.write_bytes(b"broken")
    r = cli("desktop-install")
    assert "1 file written." in r.out
    assert _png_size(icon) == (48, 48)


def test_desktop_install_uninstall_removes_only_its_files(cli, xdg):
    other = xdg / "applications" / "someone-else.desktop"
    other.parent.mkdir(parents=True)
    other.write_text("[Desktop Entry]\n")
    assert cli("desktop-install").rc == 0
    r = cli("desktop-install", "--uninstall")
    assert r.rc == 0 and "Removed" in r.out
    assert _installed(xdg) == [other]
    r = cli("desktop-install", "--uninstall")
    assert r.rc == 0 and "Nothing to remove" in r.out


def test_default_data_home_when_unset_or_relative(monkeypatch, tmp_path):
    from crampdiary import cli_desktop

    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    assert cli_desktop.xdg_data_home() == tmp_path / ".local" / "share"
    monkeypatch.setenv("XDG_DATA_HOME", "relative/dir")  # the spec says: ignore it
    assert cli_desktop.xdg_data_home() == tmp_path / ".local" / "share"


def test_exec_quoting_of_awkward_paths(monkeypatch, tmp_path):
    from crampdiary import cli_desktop

    odd = tmp_path / 'my "apps" 100% $HOME'
    odd.mkdir()
    fake = odd / "crampdiary"
    fake.write_text("#!/bin/sh\n")
    monkeypatch.setattr(cli_desktop.sys, "executable", str(odd / "python3"))
    cmd = cli_desktop.exec_command()
    quoted = str(fake).replace('"', '\\"').replace("$", "\\$").replace("%", "%%")
    assert cmd == f'"{quoted}" gui'
    assert cli_desktop.exec_command() == cmd


def test_desktop_install_needs_no_qt():
    import sys

    code = ("import sys; from crampdiary.cli import run; run(['desktop-install']); "
            "print(any(m.startswith('PySide6') for m in sys.modules))")
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert res.stdout.strip().endswith("False"), res.stdout + res.stderr


def test_flatpak_manifest_parses_and_uses_the_id():
    manifest = ROOT / "resources" / "flatpak" / f"{appinfo.APP_ID}.yml"
    text = manifest.read_text(encoding="utf-8")
    assert f"app-id: {appinfo.APP_ID}" in text
    assert "--share=network" not in text.replace("no --share=network", "")
    tool = shutil.which("flatpak-builder")
    if tool is None:
        pytest.skip("flatpak-builder is not installed")
    res = subprocess.run([tool, "--show-manifest", str(manifest)], capture_output=True,
                         text=True, timeout=120)
    assert res.returncode == 0 and "WARNING" not in res.stderr, res.stderr
    import json

    data = json.loads(res.stdout)
    assert data["id"] == appinfo.APP_ID
    assert [m["name"] for m in data["modules"]] == ["python3-deps", "crampdiary"]
