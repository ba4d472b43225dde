"""The settings page "团队服务器" (Team server, issue 16): where a team's shared register
is (server, port, database, user), a connection test that names the problem, and the
choice to open the server instead of the file on this computer at the next start.

The password is never kept by the app: "Save password" writes it to libpq's password
file (~/.pgpass, mode 0600; %APPDATA%\\postgresql\\pgpass.conf on Windows), where libpq
and psql find it too. The settings hold the address only.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

KEY_HOST, KEY_PORT, KEY_DB, KEY_USER = ("team/host", "team/port", "team/database", "team/user")
KEY_USE = "team/use"


def saved_server_url(settings: QSettings) -> str | None:
    """The server to open at start, when the user chose one (else None: the file)."""
    if str(settings.value(KEY_USE, "false")).lower() not in ("true", "1"):
        return None
    from tracker.services.team import server_url

    host = str(settings.value(KEY_HOST, "") or "")
    db = str(settings.value(KEY_DB, "") or "")
    if not host or not db:
        return None
    return server_url(host, int(settings.value(KEY_PORT, 5432) or 5432), db,
                      str(settings.value(KEY_USER, "") or ""))


class TeamServerDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Team server"))
        self.host = QLineEdit(str(settings.value(KEY_HOST, "") or ""))
        self.host.setPlaceholderText("db.example.gov.cn")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(int(settings.value(KEY_PORT, 5432) or 5432))
        self.database = QLineEdit(str(settings.value(KEY_DB, "") or ""))
        self.user = QLineEdit(str(settings.value(KEY_USER, "") or ""))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.save_password = QPushButton(self.tr("Save password"))
        self.use = QCheckBox(self.tr("Open this server at start instead of the file on this "
                                     "computer"))
        self.use.setChecked(saved_server_url(settings) is not None)
        self.test = QPushButton(self.tr("Test connection"))
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        form = QFormLayout()
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("User"), self.user)
        pw_row = QHBoxLayout()
        pw_row.addWidget(self.password, 1)
        pw_row.addWidget(self.save_password)
        form.addRow(self.tr("Password"), pw_row)
        from tracker.services.team import password_file

        note = QLabel(self.tr(
            "The app does not keep the password. “Save password” writes it to the password "
            "file of PostgreSQL’s client library (%1), readable by you only.")
            .replace("%1", password_file()))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        row = QHBoxLayout()
        row.addWidget(self.test)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.result)
        layout.addWidget(self.use)
        layout.addWidget(buttons)
        self.test.clicked.connect(self.run_test)
        self.save_password.clicked.connect(self.store_password)
        self.resize(560, self.sizeHint().height())

    def url(self) -> str:
        from tracker.services.team import server_url

        return server_url(self.host.text(), self.port.value(), self.database.text(),
                          self.user.text())

    def _say(self, message: str) -> str:
        # imported here: tracker.ui.table brings the register's page and the services
        # (~1 s), and a plain start asks saved_server_url() before its first paint
        from tracker.ui.table.reasons import translate_reason

        return translate_reason(message)

    def run_test(self) -> bool:
        """Connect and show what was found (the core's message, translated)."""
        from tracker.services.team import check_connection

        if not self.host.text().strip() or not self.database.text().strip():
            self.result.setText(self.tr("Give the server and the database."))
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            report = check_connection(self.url())
        finally:
            QApplication.restoreOverrideCursor()
        self.result.setText(("✔ " if report.ok else "✘ ") + self._say(report.message))
        self.result.setProperty("ok", report.ok)
        return report.ok

    def store_password(self) -> None:
        from tracker.services.team import save_password

        if not self.password.text():
            self.result.setText(self.tr("Type the password first."))
            return
        try:
            where = save_password(self.host.text().strip(), self.port.value(),
                                  self.database.text().strip(), self.user.text().strip(),
                                  self.password.text())
        except OSError as exc:
            self.result.setText(self.tr("The password file could not be written: %1")
                                .replace("%1", str(exc.strerror or exc)))
            return
        self.password.clear()
        self.result.setText(self.tr("Password saved in %1.").replace("%1", where))

    def chosen_target(self, local_file):
        """What the window should show after Save: the server's address when "open this
        server" is ticked, else the file on this computer (`local_file`; None: the
        default file)."""
        return self.url() if self.use.isChecked() else local_file

    def accept(self) -> None:
        s = self.settings
        s.setValue(KEY_HOST, self.host.text().strip())
        s.setValue(KEY_PORT, self.port.value())
        s.setValue(KEY_DB, self.database.text().strip())
        s.setValue(KEY_USER, self.user.text().strip())
        s.setValue(KEY_USE, self.use.isChecked())
        super().accept()


