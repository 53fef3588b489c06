"""Message boxes in one place, so tests can replace them (nothing here blocks in tests).

Widgets call ``messages.warning(parent, title, text)`` etc.  Tests monkeypatch
these functions to record the call and return an answer.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def information(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setInformativeText(details)
    box.exec()


def warning(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setInformativeText(details)
    box.exec()


def ask(parent: QWidget | None, title: str, text: str, yes: str, no: str,
        details: str = "") -> bool:
    """A question with two plainly named buttons; True when ``yes`` was chosen."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton,
                      parent)
    if details:
        box.setInformativeText(details)
    yes_b = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(yes_b)
    box.exec()
    return box.clickedButton() is yes_b


def choose(parent: QWidget | None, title: str, text: str, details: str,
           options: list[str]) -> int:
    """A warning with several plainly named ways forward; the index chosen, the last is 'cancel'."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton,
                      parent)
    if details:
        box.setInformativeText(details)
    buttons = []
    for i, label in enumerate(options):
        role = (QMessageBox.ButtonRole.RejectRole if i == len(options) - 1
                else QMessageBox.ButtonRole.AcceptRole)
        buttons.append(box.addButton(label, role))
    if buttons:
        box.setDefaultButton(buttons[0])
    box.exec()
    clicked = box.clickedButton()
    return buttons.index(clicked) if clicked in buttons else len(options) - 1
