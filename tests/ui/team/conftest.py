"""The reader's fixtures (a document imported through the window, its page)."""

from tests.ui.reader.conftest import page, reader_doc  # noqa: F401 - fixtures
