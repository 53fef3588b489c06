"""Settings: units, goals, reminders, where the data lives, back up now."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from .. import paths
from ..settings import WATER_GOAL_MAX_FLOZ, WATER_GOAL_MAX_ML, Settings
from . import messages, screen
from .controller import DiaryController


class SettingsDialog(QDialog):
    def __init__(self, controller: DiaryController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctl = controller
        s = controller.settings
        self.setWindowTitle(self.tr("Settings"))
        self.body = QWidget(self)  # the groups scroll on a small screen; the buttons stay
        outer = QVBoxLayout(self.body)
        outer.setContentsMargins(0, 0, 0, 0)

        units = QGroupBox(self.tr("Units and goals"), self)
        f1 = QFormLayout(units)
        self.units = QComboBox(units)
        self.units.addItem(self.tr("Millilitres (ml)"), "ml")
        self.units.addItem(self.tr("US fluid ounces (fl oz)"), "floz")
        self.units.setCurrentIndex(max(0, self.units.findData(s.units)))
        self.units.setAccessibleName(self.tr("Units for drinks"))
        self.units.currentIndexChanged.connect(self._units_changed)
        f1.addRow(self.tr("Drinks in"), self.units)
        self.water_goal = QDoubleSpinBox(units)
        self.water_goal.setAccessibleName(self.tr("Daily water goal"))
        self._unit_shown = s.units
        self._set_goal_unit(s.units, s.water_goal_ml)
        f1.addRow(self.tr("Water goal a day"), self.water_goal)
        self.stretch_goal = QSpinBox(units)
        self.stretch_goal.setRange(0, 600)
        self.stretch_goal.setSuffix(self.tr(" min"))
        self.stretch_goal.setValue(int(s.stretch_goal_min))
        self.stretch_goal.setAccessibleName(self.tr("Daily stretching goal in minutes"))
        f1.addRow(self.tr("Stretching goal a day"), self.stretch_goal)
        outer.addWidget(units)

        rem = QGroupBox(self.tr("Reminders"), self)
        f2 = QFormLayout(rem)
        self.remind_doses = QCheckBox(self.tr("Remind me when a scheduled dose is due"), rem)
        self.remind_doses.setChecked(s.remind_doses)
        self.remind_doses.setToolTip(self.tr("Uses the schedule times of your medicines"))
        f2.addRow(self.remind_doses)
        self.remind_water = QCheckBox(self.tr("Remind me to drink water every"), rem)
        self.remind_water.setChecked(s.remind_water)
        self.water_interval = QSpinBox(rem)
        self.water_interval.setRange(15, 24 * 60)
        self.water_interval.setSingleStep(15)
        self.water_interval.setSuffix(self.tr(" min"))
        self.water_interval.setValue(s.water_interval_min)
        self.water_interval.setAccessibleName(self.tr("Minutes between water reminders"))
        row = QHBoxLayout()
        row.addWidget(self.remind_water)
        row.addWidget(self.water_interval)
        row.addStretch(1)
        f2.addRow(row)
        hint = QLabel(self.tr("Water reminders come only between 08:00 and 22:00, and never "
                              "sooner than the interval after your last drink."), rem)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        f2.addRow(hint)
        self.keep_in_tray = QCheckBox(self.tr("Keep running in the tray when the window is closed"),
                                      rem)
        self.keep_in_tray.setChecked(s.keep_in_tray)
        if not QSystemTrayIcon.isSystemTrayAvailable():
            self.keep_in_tray.setEnabled(False)
            self.keep_in_tray.setToolTip(self.tr("This desktop has no system tray"))
        f2.addRow(self.keep_in_tray)
        outer.addWidget(rem)

        look = QGroupBox(self.tr("Look"), self)
        f4 = QVBoxLayout(look)
        self.night_theme = QCheckBox(self.tr("Night theme (dim and dark, easy on the eyes at night)"),
                                     look)
        self.night_theme.setChecked(bool(getattr(s, "night_theme", False)))
        self.night_theme.setAccessibleName(self.tr("Use the night theme"))
        self.night_theme.setToolTip(self.tr("Off: the window follows your desktop's light or "
                                            "dark colours"))
        f4.addWidget(self.night_theme)
        outer.addWidget(look)

        data = QGroupBox(self.tr("Your data"), self)
        f3 = QVBoxLayout(data)
        where = QLabel(self.tr("Your diary is stored only on this computer, in:"), data)
        self.folder = QLabel(str(paths.data_dir()), data)
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder.setWordWrap(True)
        f3.addWidget(where)
        f3.addWidget(self.folder)
        self._add_privacy_rows(data, f3, s)
        brow = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Open folder"), data)
        self.open_button.setAccessibleName(self.tr("Open the data folder"))
        self.open_button.clicked.connect(self.open_folder)
        self.backup_button = QPushButton(self.tr("Back up now"), data)
        self.backup_button.setAccessibleName(self.tr("Make a backup of the diary now"))
        self.backup_button.clicked.connect(self.backup_now)
        brow.addWidget(self.open_button)
        brow.addWidget(self.backup_button)
        brow.addStretch(1)
        f3.addLayout(brow)
        outer.addWidget(data)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        root = QVBoxLayout(self)
        root.addWidget(screen.scrolling(self.body, self), 1)
        root.addWidget(buttons)
        self.buttons = buttons
        self.last_backup = None

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        """Open tall enough for the wrapped notes at this width, within the screen (Qt does
        not ask a top-level dialog for its height-for-width; below that, the groups scroll)."""
        super().showEvent(event)
        lay = self.body.layout()
        width = max(self.width(), self.body.minimumSizeHint().width() + 24)
        need = (lay.totalHeightForWidth(width) if lay is not None and lay.hasHeightForWidth()
                else self.body.sizeHint().height())
        need += self.buttons.sizeHint().height() + 3 * self.layout().spacing() + 24
        screen.fit_to_screen(self, QSize(width, max(need, self.height())))

    def _add_privacy_rows(self, box: QWidget, layout: QVBoxLayout, s: Settings) -> None:
        """Encryption: the idle lock and what encryption does and does not cover."""
        from ..core import crypto

        encrypted = crypto.is_encrypted(paths.db_path())
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Lock the window after"), box))
        self.lock_minutes = QSpinBox(box)
        self.lock_minutes.setRange(0, 24 * 60)
        self.lock_minutes.setSuffix(self.tr(" min without use"))
        self.lock_minutes.setSpecialValueText(self.tr("never"))
        self.lock_minutes.setValue(s.lock_idle_minutes)
        self.lock_minutes.setAccessibleName(self.tr("Minutes without use before the window locks"))
        self.lock_minutes.setEnabled(encrypted)
        row.addWidget(self.lock_minutes)
        row.addStretch(1)
        layout.addLayout(row)
        if encrypted:
            text = self.tr("Encrypted: the diary and its backups. Not covered: exports, "
                           "reports, this settings file, memory while unlocked.")
        else:
            text = self.tr("Not encrypted. 'crampdiary encrypt' encrypts the diary and its "
                           "backups.")
        note = QLabel(text, box)
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(note)

    def _set_goal_unit(self, units: str, ml: float) -> None:
        if units == "floz":
            self.water_goal.setRange(0, WATER_GOAL_MAX_FLOZ)
            self.water_goal.setDecimals(0)
            self.water_goal.setSingleStep(8)
            self.water_goal.setSuffix(" fl oz")
            self.water_goal.setValue(min(WATER_GOAL_MAX_FLOZ, round(Settings(units="floz").from_ml(ml))))
        else:
            self.water_goal.setRange(0, WATER_GOAL_MAX_ML)
            self.water_goal.setDecimals(0)
            self.water_goal.setSingleStep(250)
            self.water_goal.setSuffix(" ml")
            self.water_goal.setValue(min(WATER_GOAL_MAX_ML, round(ml)))

    def _units_changed(self) -> None:
        ml = Settings(units=self._unit_shown).to_ml(self.water_goal.value())  # type: ignore[arg-type]
        self._unit_shown = self.units.currentData()
        self._set_goal_unit(self._unit_shown, ml)

    def values(self) -> Settings:
        units = self.units.currentData()
        data = self.ctl.settings.model_dump()
        data.update(
            units=units,
            water_goal_ml=min(WATER_GOAL_MAX_ML,
                              round(Settings(units=units).to_ml(self.water_goal.value()), 1)),
            stretch_goal_min=float(self.stretch_goal.value()),
            remind_doses=self.remind_doses.isChecked(),
            remind_water=self.remind_water.isChecked(),
            water_interval_min=self.water_interval.value(),
            keep_in_tray=self.keep_in_tray.isChecked() and self.keep_in_tray.isEnabled(),
            night_theme=self.night_theme.isChecked(),
            lock_idle_minutes=self.lock_minutes.value(),
        )
        return Settings.model_validate(data)

    def accept(self) -> None:
        self.ctl.save_settings(self.values())
        super().accept()

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.data_dir())))

    def backup_now(self) -> None:
        from ..core.backups import make_backup

        try:
            self.last_backup = make_backup(self.ctl.diary.path, paths.backup_dir(), "manual")
        except OSError as exc:
            messages.warning(self, self.tr("Backup failed"),
                             self.tr("The backup could not be written: {e}").format(e=exc.strerror))
            return
        messages.information(self, self.tr("Backup made"),
                             self.tr("A copy of your diary was saved as:"), str(self.last_backup))
