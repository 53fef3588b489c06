"""A desktop notification through the freedesktop notification service, when there is one.

Uses QtDBus (``org.freedesktop.Notifications.Notify`` on the session bus).  Without
QtDBus, without a session bus or without a notification service it does nothing and
says so by returning False: the banner in the window is always shown anyway.
"""

from __future__ import annotations

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"


def desktop_notify(title: str, body: str, timeout_ms: int = 15_000) -> bool:
    """Show a notification; True if the service took it."""
    try:
        from PySide6.QtDBus import QDBusConnection, QDBusConnectionInterface, QDBusMessage
    except ImportError:
        return False
    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        return False
    iface: QDBusConnectionInterface | None = bus.interface()
    if iface is None:
        return False
    registered = iface.isServiceRegistered(SERVICE)
    if not getattr(registered, "value", lambda: False)():
        return False
    msg = QDBusMessage.createMethodCall(SERVICE, PATH, SERVICE, "Notify")
    msg.setArguments(["Cramp Diary", 0, "crampdiary", title, body, [], {}, int(timeout_ms)])
    reply = bus.call(msg, QDBusConnection_block(), 2000)
    return reply.type() == QDBusMessage.MessageType.ReplyMessage


def QDBusConnection_block():  # noqa: N802 - the enum, looked up lazily
    from PySide6.QtDBus import QDBus

    return QDBus.CallMode.Block
