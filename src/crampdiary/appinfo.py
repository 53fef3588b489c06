"""Who the app is to the desktop: one reverse-DNS id used everywhere.

The desktop entry file (``APP_ID.desktop``), the AppStream id, the icon name, the
Wayland app id / X11 desktop file name, the QSettings organisation and application,
and the single-instance socket name all derive from ``APP_ID``.  No Qt here.
"""

from __future__ import annotations

APP_ID = "io.github.crampdiary.CrampDiary"
DISPLAY_NAME = "Cramp Diary"
# QSettings: organisation = the id's domain part, application = its last part.
ORGANIZATION = APP_ID.rsplit(".", 1)[0]          # io.github.crampdiary
ORGANIZATION_DOMAIN = "crampdiary.github.io"
APPLICATION = APP_ID.rsplit(".", 1)[1]           # CrampDiary
# What version 0.1.0 used, read once to carry old settings over (see ui/app.py).
LEGACY_ORGANIZATION = "CrampDiary"
LEGACY_APPLICATION = "Cramp Diary"
LEGACY_SOCKET_PREFIX = "crampdiary"

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
DESKTOP_FILE = f"{APP_ID}.desktop"
METAINFO_FILE = f"{APP_ID}.metainfo.xml"
