"""Render the search page with results from the demo library to
resources/screenshots/search.png (offscreen, Chinese interface).

Run from the repository root:  QT_QPA_PLATFORM=offscreen python tools/screenshot_search.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

QUERY = "碳汇 OR 黑臭水体"


def _add_commitment(ctx, word: str, notes: str) -> None:
    """Register the sentence around the first `word` of the library as a commitment."""
    from tracker.domain.model import Commitment
    from tracker.domain.spans import Span
    from tracker.services import library
    from tracker.storage import repos

    for summary in library.list_documents(ctx):
        text = library.get_document(ctx, summary.id).text
        at = text.find(word)
        if at >= 0:
            start = max(text.rfind("。", 0, at), text.rfind("\n", 0, at)) + 1
            end = text.find("。", at) + 1 or len(text)
            with ctx.db.session() as session:
                repos.add_commitment(session, Commitment(
                    document_id=summary.id, span=Span.of(text, start, end), notes=notes))
            return


def main() -> int:
    from shot import ShotWindow

    from tracker.services import importing

    with ShotWindow(1400, 880) as shot:
        importing.import_samples(shot.ctx)
        _add_commitment(shot.ctx, "碳汇", "林业局牵头，年底前报送碳汇交易试点进展")
        shot.attach()
        page = shot.page("search")
        page.focus_query()
        page.query.setText(QUERY)
        page.run()
        shot.settle(lambda: bool(page.model.results))
        hit = page.model.index(1, 0, page.model.index(0, 0))
        page.tree.setCurrentIndex(hit)
        page.tree.setFocus()
        shot.pump()
        shot.save("search.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
