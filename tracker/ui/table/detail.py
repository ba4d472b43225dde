"""The detail pane: the chosen commitment's fields and the timeline of its progress
entries (date, status, note, evidence). Evidence links open the link, the file, or the
other document at the quoted words."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from tracker.domain.model import EvidenceKind, Kind, ProgressEntry, Status
from tracker.services.register import RegisterRow
from tracker.ui.icon import svg_image
from tracker.ui.labels import kind_label, status_label

# evidence kinds drawn from the SVGs shipped in tracker/resources/icons (no emoji: Linux desktops
# without an emoji font show empty boxes)
EVIDENCE_ICONS = {"link": "evidence-link.svg", "file": "evidence-file.svg",
                  "span": "evidence-document.svg"}
ICON_PX = 14


def _icon(kind: str) -> str:
    return (f"<img src='icon:{kind}' width='{ICON_PX}' height='{ICON_PX}' "
            f"style='vertical-align:middle'>&nbsp;")


class _Browser(QTextBrowser):
    """Serves icon:link / icon:file / icon:span from the shipped SVGs."""

    def loadResource(self, kind: int, url: QUrl):  # noqa: N802 - Qt API
        name = EVIDENCE_ICONS.get(url.path()) if url.scheme() == "icon" else None
        if name is not None and kind == QTextDocument.ResourceType.ImageResource.value:
            return svg_image(name, ICON_PX, self.devicePixelRatioF() or 1.0)
        return super().loadResource(kind, url)


class DetailPane(QWidget):
    open_span = Signal(int, int, int)      # document, start, end
    open_file = Signal(str)                # stored evidence path (relative to the library)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = _Browser(self)
        self.view.setOpenLinks(False)
        self.view.anchorClicked.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.row: RegisterRow | None = None
        self.entries: list[ProgressEntry] = []
        self.show_row(None, [])

    def show_row(self, row: RegisterRow | None, entries: list[ProgressEntry],
                 selected: int = 1, extra: list[tuple[str, str]] | None = None) -> None:
        """``extra``: more (name, value) facts (the baseline beside the target, the
        breakdown's tasks)."""
        self.row, self.entries = row, entries
        if row is None:
            text = (self.tr("%1 commitments selected.").replace("%1", str(selected))
                    if selected > 1 else self.tr("Choose a commitment to see its progress."))
            self.view.setHtml(f"<p style='color:#666'>{escape(text)}</p>")
            return
        r = row.record
        facts = [
            (self.tr("Kind"), kind_label(Kind(r.kind))),
            (self.tr("Status"), status_label(Status(r.status))
             + (" · " + self.tr("overdue") if row.overdue else "")),
            (self.tr("Deadline"), " ".join(x for x in (
                r.deadline.isoformat() if r.deadline else "", r.deadline_text or "") if x)),
            (self.tr("Region"), row.region_name),
            (self.tr("Lead body"), "；".join(r.lead)),
            (self.tr("Supporting"), "；".join(r.support)),
            (self.tr("Document"), r.document_title or ""),
            (self.tr("Themes"), "；".join(r.themes)),
            (self.tr("Notes"), r.notes),
            *(extra or []),
        ]
        colour = "#b3261e" if row.overdue else "#222"
        html = [f"<p style='font-size:large; color:{colour}'>{escape(r.title or r.quote)}</p>"]
        if r.title:
            html.append(f"<p style='color:#444'>{escape(r.quote)}</p>")
        html.append("<table width='100%' cellspacing='0'><tr><td width='50%' valign='top'>")
        html.append("<table cellspacing='2'>")
        for name, value in facts:
            if value:
                html.append(f"<tr><td style='color:#666; padding-right:8px'>{escape(name)}</td>"
                            f"<td>{escape(value)}</td></tr>")
        html.append("</table></td><td valign='top' style='padding-left:16px'>")
        progress = self.tr("Progress")
        html.append(f"<p><b>{escape(progress)}</b></p>")
        if not entries:
            empty = self.tr("No progress entries yet. Change the status (Ctrl+U) to record one.")
            html.append(f"<p style='color:#666'>{escape(empty)}</p>")
        html.append("<ul>")
        for n, e in enumerate(reversed(entries)):
            at = len(entries) - 1 - n
            line = (f"<b>{e.date.isoformat()}</b> · {escape(status_label(e.status))}"
                    + (f"<br>{escape(e.note)}" if e.note else ""))
            ev = e.evidence
            if ev.kind is EvidenceKind.LINK and ev.link:
                line += f"<br>{_icon('link')}<a href='link:{at}'>{escape(ev.link)}</a>"
            elif ev.kind is EvidenceKind.FILE and ev.file_path:
                line += f"<br>{_icon('file')}<a href='file:{at}'>{escape(ev.file_path)}</a>"
            elif ev.kind is EvidenceKind.SPAN and ev.span is not None:
                line += (f"<br>{_icon('span')}<a href='span:{at}'>"
                         f"“{escape(ev.span.quote[:60])}”</a>")
            html.append(f"<li style='margin-bottom:6px'>{line}</li>")
        html.append("</ul></td></tr></table>")
        self.view.setHtml("".join(html))

    def _clicked(self, url: QUrl) -> None:
        kind, _, at = url.toString().partition(":")
        if not at.isdigit() or int(at) >= len(self.entries):
            return
        ev = self.entries[int(at)].evidence
        if kind == "link" and ev.link:
            QDesktopServices.openUrl(QUrl(ev.link))
        elif kind == "file" and ev.file_path:
            self.open_file.emit(ev.file_path)
        elif kind == "span" and ev.span is not None and ev.document_id is not None:
            self.open_span.emit(ev.document_id, ev.span.start, ev.span.end)
