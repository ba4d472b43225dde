"""The status overview page: province > prefecture > county roll-up, matrix and charts."""

from tracker.ui.overview.page import OverviewPage

__all__ = ["OverviewPage"]
