"""The reminders page (今日提醒)."""

from tracker.ui.reminders.page import ReminderPage

__all__ = ["ReminderPage"]
