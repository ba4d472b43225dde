"""今日提醒: what needs chasing today — overdue, due within 7 and 30 days, stale, and newly
achieved since the last visit. Each count is a button that opens the commitments table
filtered to exactly those rows (the reminder's CommitmentFilter, the table's own SQL).

The page also holds the follow-up settings (the lights' warning window, the days after
which an open commitment without a report is stale; kept beside the library), the option
of a tray notification at start where the desktop has a tray, and the periodic report."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.lights import LIGHT_COLOURS, Light, LightSettings
from tracker.services.changes import Changes
from tracker.services import follow
from tracker.ui.context import UiContext

LAST_VISIT_KEY = "follow/last_visit"
TRAY_KEY = "follow/tray"
AT_START_KEY = "follow/show_at_start"

# The colour stripe of each count (the lights' colours; newly achieved in grey-green).
_STRIPES = {"overdue": LIGHT_COLOURS[Light.RED], "due7": "#e37400",
            "due30": LIGHT_COLOURS[Light.YELLOW], "stale": "#7e57c2", "achieved": "#1e8e3e"}


class CountButton(QPushButton):
    """A large number above its words; a click opens the table on its rows."""

    def __init__(self, key: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.key = key
        self.count = 0
        # the large font from the page's own (computed once: not compounded per refresh)
        self.big = QFont(parent.font())
        self.big.setPointSizeF(max(self.big.pointSizeF(), 9) * 1.3)
        self.setObjectName(f"reminder_{key}")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(96)
        stripe = _STRIPES[key]
        self.setStyleSheet(
            f"QPushButton#reminder_{key} {{ text-align: left; padding: 8px 14px;"
            f" border: 1px solid #d0d4d9; border-left: 6px solid {stripe};"
            " border-radius: 4px; background: #ffffff; }"
            f"QPushButton#reminder_{key}:hover {{ background: #f3f6fb; }}"
            f"QPushButton#reminder_{key}:disabled {{ color: #5f6368; background: #fafafa; }}")

    def show_count(self, count: int, words: str) -> None:
        self.count = count
        self.setText(f"{count}\n{words}")
        font = QFont(self.big)
        font.setBold(count > 0)
        self.setFont(font)
        self.setEnabled(count > 0)

    def minimumSizeHint(self):  # noqa: N802 - Qt API
        """Narrower than its words if it must be (the grid shares the page's width)."""
        hint = super().minimumSizeHint()
        hint.setWidth(min(hint.width(), 200))
        return hint


class ReminderPage(QWidget):
    page_name = "reminders"
    report_requested = Signal()

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.services = ui.services
        self.reminders: list[follow.Reminder] = []
        self.tray: QSystemTrayIcon | None = None
        # "newly achieved" counts from the previous visit; this visit starts now
        raw = ui.settings.value(LAST_VISIT_KEY)
        try:
            self.last_visit = datetime.fromisoformat(str(raw)) if raw else None
        except ValueError:
            self.last_visit = None
        ui.settings.setValue(LAST_VISIT_KEY, follow.now_utc().isoformat())

        self.heading = QLabel(self)
        heading_font = QFont(self.font())
        heading_font.setPointSizeF(max(heading_font.pointSizeF(), 9) * 1.5)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.buttons = {key: CountButton(key, self) for key in follow.REMINDER_KEYS}
        for button in self.buttons.values():
            button.clicked.connect(lambda _c=False, b=button: self.open_reminder(b.key))
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(12)
        for n, key in enumerate(follow.REMINDER_KEYS):
            grid.addWidget(self.buttons[key], n // 3, n % 3)
        self.report_button = QPushButton(self)
        self.report_button.clicked.connect(self.report_requested)
        grid.addWidget(self.report_button, 1, 2)

        self.settings_box = QGroupBox(self)
        self.window_days = QSpinBox(self.settings_box)
        self.window_days.setRange(0, 365)
        self.stale_days = QSpinBox(self.settings_box)
        self.stale_days.setRange(1, 3650)
        self.tray_option = QCheckBox(self.settings_box)
        self.at_start = QCheckBox(self.settings_box)
        self.settings_error = QLabel(self.settings_box)
        self.settings_error.setWordWrap(True)
        self.settings_error.setStyleSheet("color: #b3261e;")
        self.settings_error.hide()
        form = QFormLayout(self.settings_box)
        self.window_label, self.stale_label = QLabel(self), QLabel(self)
        form.addRow(self.window_label, self.window_days)
        form.addRow(self.stale_label, self.stale_days)
        form.addRow(self.at_start)
        form.addRow(self.tray_option)
        form.addRow(self.settings_error)

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addSpacing(6)
        layout.addLayout(grid)
        layout.addSpacing(12)
        layout.addWidget(self.settings_box)
        layout.addStretch(1)

        self._load_settings()
        self.save_timer = QTimer(self)     # one save (and reload of the lights) per pause
        self.save_timer.setSingleShot(True)
        self.save_timer.setInterval(600)
        self.save_timer.timeout.connect(self._settings_changed)
        self.window_days.valueChanged.connect(lambda _v: self.save_timer.start())
        self.stale_days.valueChanged.connect(lambda _v: self.save_timer.start())
        self.tray_option.toggled.connect(self._tray_toggled)
        self.at_start.toggled.connect(lambda on: ui.settings.setValue(AT_START_KEY, on))
        ev = ui.events
        ev.changed.connect(lambda changes: (changes.concerns_commitments()
                                            or changes.concerns_documents())
                           and self.refresh())
        ev.external_change.connect(self.refresh)
        ev.language_changed.connect(self.retranslate)
        self.report_requested.connect(self.write_report)
        self.retranslate()
        self.refresh()

    # ------------------------------------------------------------------ tabs
    def page_title(self) -> str:
        return self.tr("Today")

    def wants_to_open_at_start(self) -> bool:
        """At start the window shows this page when it has something to say."""
        return self.at_start.isChecked() and any(r.count for r in self.reminders)

    # ------------------------------------------------------------------ counts
    def refresh(self) -> None:
        settings = self._settings()
        self.reminders = follow.reminders(self.services, self.last_visit, settings)
        self._show()

    def count(self, key: str) -> int:
        return next((r.count for r in self.reminders if r.key == key), 0)

    def filter_of(self, key: str):
        return next(r.filter for r in self.reminders if r.key == key)

    def open_reminder(self, key: str) -> None:
        """The table, filtered to exactly the rows this reminder counts."""
        self.ui.events.show_commitments.emit(self.filter_of(key).to_dict())

    def _words(self) -> dict[str, str]:
        s = self._settings()
        return {
            "overdue": self.tr("overdue"),
            "due7": self.tr("due within 7 days"),
            "due30": self.tr("due within 30 days"),
            "stale": self.tr("no report for %1+ days").replace("%1", str(s.stale_days)),
            "achieved": self.tr("achieved since last visit"),
        }

    def _explanations(self) -> dict[str, str]:
        s = self._settings()
        return {
            "overdue": self.tr("The deadline has passed and the commitment is not achieved"),
            "due7": self.tr("Not achieved yet, deadline within the next 7 days"),
            "due30": self.tr("Not achieved yet, deadline within the next 30 days"),
            "stale": self.tr("Open, and no progress reported for %1 days or more")
            .replace("%1", str(s.stale_days)),
            "achieved": self.tr("Marked achieved since you last opened the app"),
        }

    def _show(self) -> None:
        words, explanations = self._words(), self._explanations()
        for key, button in self.buttons.items():
            button.show_count(self.count(key), words[key])
            button.setToolTip(explanations[key] + "\n"
                              + self.tr("Click to list these commitments in the table"))
        total = self._total()
        if total == 0:
            self.summary.setText(self.tr(
                "The register is empty. Once commitments are registered (File › Load the "
                "demo library, or tag them in the reader), this page lists every morning "
                "what is overdue, falling due or without news."))
        elif not any(self.count(k) for k in follow.REMINDER_KEYS):
            self.summary.setText(self.tr("Nothing to chase today: no commitment is overdue, "
                                         "due within 30 days or without news."))
        else:
            previous = (QLocale().toString(self._local(self.last_visit), "yyyy-MM-dd HH:mm")
                        if self.last_visit else self.tr("never"))
            self.summary.setText(self.tr("%1 commitments in the register. Last visit: %2.")
                                 .replace("%1", str(total)).replace("%2", previous))
        self.report_button.setEnabled(total > 0)

    def _total(self) -> int:
        from tracker.services import register

        return register.total(self.services)

    @staticmethod
    def _local(moment: datetime):
        from datetime import timezone

        from PySide6.QtCore import QDateTime

        local = moment.replace(tzinfo=timezone.utc).astimezone()
        return QDateTime.fromSecsSinceEpoch(int(local.timestamp()))

    # ------------------------------------------------------------------ settings
    def _settings(self) -> LightSettings:
        return LightSettings(self.window_days.value(), self.stale_days.value())

    def _load_settings(self) -> None:
        try:
            s = follow.load_settings(self.services)
            self.settings_error.hide()
        except follow.FollowSettingsError as exc:
            s = LightSettings()
            self.settings_error.setText(self.tr("The settings file cannot be read, the "
                                                "defaults are used: %1").replace("%1", str(exc)))
            self.settings_error.show()
        for box, value in ((self.window_days, s.due_window_days),
                           (self.stale_days, s.stale_days)):
            box.blockSignals(True)
            box.setValue(value)
            box.blockSignals(False)
        tray = self.ui.settings.value(TRAY_KEY, False) in (True, "true", "1", 1)
        self.tray_option.setChecked(tray and QSystemTrayIcon.isSystemTrayAvailable())
        at_start = self.ui.settings.value(AT_START_KEY, True)
        self.at_start.setChecked(at_start not in (False, "false", "0", 0))

    def _settings_changed(self) -> None:
        try:
            follow.save_settings(self.services, self._settings())
        except OSError as exc:
            self.settings_error.setText(self.tr("The settings could not be saved: %1")
                                        .replace("%1", str(exc)))
            self.settings_error.show()
            return
        self.settings_error.hide()
        # every light may have changed: every view counts again
        self.ui.events.changed.emit(Changes.reload())

    # ------------------------------------------------------------------ tray
    def _tray_toggled(self, on: bool) -> None:
        self.ui.settings.setValue(TRAY_KEY, on)
        if not on and self.tray is not None:
            self.tray.hide()

    def notify_tray(self) -> bool:
        """A tray notification of today's counts (when chosen and the desktop has a tray)."""
        if not (self.tray_option.isChecked() and QSystemTrayIcon.isSystemTrayAvailable()):
            return False
        if not any(self.count(k) for k in follow.REMINDER_KEYS):
            return False
        if self.tray is None:
            self.tray = QSystemTrayIcon(self.window().windowIcon(), self)
            self.tray.messageClicked.connect(lambda: self.window().activateWindow())
        self.tray.show()
        self.tray.showMessage(self.tr("Today's reminders"), self.tray_text(),
                              QSystemTrayIcon.MessageIcon.Information, 10000)
        return True

    def tray_text(self) -> str:
        return self.tr("%1 overdue · %2 due within 7 days · %3 within 30 days · %4 stale")\
            .replace("%1", str(self.count("overdue"))).replace("%2", str(self.count("due7")))\
            .replace("%3", str(self.count("due30"))).replace("%4", str(self.count("stale")))

    # ------------------------------------------------------------------ report
    def write_report(self) -> None:
        from tracker.ui.reminders.report_dialog import ReportDialog

        self.report_dialog = ReportDialog(self.ui, self)
        self.report_dialog.open()

    # ------------------------------------------------------------------ language
    def retranslate(self) -> None:
        today = self.services.today()
        self.heading.setText(self.tr("Today's reminders · %1")
                             .replace("%1", QLocale().toString(QDate(today),
                                                               QLocale.FormatType.LongFormat)))
        self.report_button.setText(self.tr("Write the periodic report (通报)…"))
        self.report_button.setMinimumHeight(96)
        self.settings_box.setTitle(self.tr("Follow-up settings (for this library)"))
        self.window_label.setText(self.tr("Yellow light: deadline within (days)"))
        self.stale_label.setText(self.tr("Stale: no progress report for (days)"))
        self.at_start.setText(self.tr("Show this page at start when there is something to "
                                      "chase"))
        self.tray_option.setText(self.tr("Notify in the system tray at start"))
        if not QSystemTrayIcon.isSystemTrayAvailable():
            self.tray_option.setEnabled(False)
            self.tray_option.setToolTip(self.tr("This desktop has no system tray"))
        self._show()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
