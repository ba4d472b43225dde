"""Names vulture (`vulture`, configured in pyproject.toml) cannot see used, each with who
uses it. Vulture only parses this file: `_` stands for any object."""

# Qt calls these overrides of its classes (QUndoCommand, QWidget, QSortFilterProxyModel,
# QCompleter) itself.
_.redo  # QUndoCommand.redo: the undo stack calls it on push and on redo
_.dragEnterEvent  # QWidget: dragging files onto the window
_.dropEvent  # QWidget: dropping files onto the window
_.contextMenuEvent  # QWidget: the reader's right-click menu
_.filterAcceptsRow  # QSortFilterProxyModel: the review queue's filter
_.splitPath  # QCompleter: completing one part of a field
_.pathFromIndex  # QCompleter: the text a chosen completion puts in the field
_.fetchMore  # QAbstractItemModel: the view asks the paged register model for more rows

# Strings marked for the translation catalogue (QT_TRANSLATE_NOOP), read by the script that
# builds it, not by the code.
_.STEP_NAMES  # services/selftest.py: the self-test's step names, translated where shown
_.LINES  # services/selftest.py: the self-test's summary lines
_.QT_GAPS  # ui/i18n.py: sources missing from Qt's own Chinese catalogue

# html.parser.HTMLParser calls these back while feeding.
_.handle_starttag  # ingest/readers/htmlhead.py
_.handle_endtag  # ingest/readers/htmlhead.py
_.handle_data  # ingest/readers/htmlhead.py

# Looked up by name in ingest/reader.py (the readers are imported when first needed).
_.read_html  # ingest/readers/web.py
_.read_docx  # ingest/readers/word.py
_.read_pdf  # ingest/readers/pdf.py

# SQLAlchemy event listeners, registered by @event.listens_for in storage/engine.py.
_._pragmas  # "connect": pragmas of each new connection
_._begin  # "begin": BEGIN IMMEDIATE for transactional DDL
_._before  # "before_cursor_execute": the slow-statement log
_._translate  # storage/dialect.py "before_cursor_execute": SQLite idioms for PostgreSQL
_._stamp  # storage/changelog.py "before_flush": who created and last changed each row
_.row_uuid  # storage/tables.py ChangeLogRow: written by changelog's bulk insert (a dict)
_.isolation_level  # sqlite3 connection attribute: autocommit mode, set for the driver

# Alembic reads these module attributes and calls downgrade() of each revision.
_.down_revision  # storage/migrations/versions/*.py
_.branch_labels  # storage/migrations/versions/*.py
_.depends_on  # storage/migrations/versions/*.py
_.downgrade  # storage/migrations/versions/*.py

# Attributes openpyxl reads when it writes the workbook (export/xlsx_io.py).
_.alignment  # a cell's alignment
_.number_format  # a cell's number format
_.data_type  # a cell's type (text kept as text)
_.border  # a cell's border
_.freeze_panes  # the sheet's frozen header row

# A database column, written for the record when a suggestion is accepted or rejected.
_.decided_at  # storage/tables.py SuggestionReviewRow, set in storage/repos.py

# Kept for tests that drive the window (the object they check or click through).
_.last_menu  # ui/library.py: tests/ui/library/test_document_actions.py
_.upgrade_failed_box  # ui/main_window.py: tests/ui/test_robustness_ui.py
_.last_export  # ui/table/ledger_dialogs.py: tests/ui/table/test_ledger_dialogs.py
_.status_dialog  # ui/table/page.py: tests/ui/table/test_table_page.py
_.breakdown_dialog  # ui/table/page.py: tests/ui/table/test_followup.py
_.set_row  # ui/table/followup.py BreakdownDialog: tests/ui/table/test_followup.py fills rows as a user would
_.act_refresh  # ui/overview/page.py: the Refresh shortcut's action, held by the page

# API for callers outside tracker/.
_.from_regions  # geo/gazetteer.py: a small gazetteer (tests/geo, tests/services, bench_geo)
_.SORT_COLUMNS  # services/register.py: the sortable columns (tests/services iterate them)

# openpyxl reads these attributes when it writes a workbook (export/progress_round.py: the
# sheet protection of a progress round's file, and its very hidden key sheet).
_.formatColumns  # openpyxl SheetProtection
_.formatRows  # openpyxl SheetProtection
_.insertRows  # openpyxl SheetProtection
_.deleteRows  # openpyxl SheetProtection
_.sheet_state  # openpyxl Worksheet: "veryHidden"
# export/rows.py LedgerRow.closed_on: set by services/ledger.py, read by name through the
# column table (export/columns.py _format_field("closed_on"))
_.closed_on

# tools/shortcuts_table.py writes the README's key table with it (vulture reads tracker/ only)
_.readme_section  # ui/actions.py

# python-docx reads these attributes when it writes the report (export/report_docx.py:
# styles, paragraph formats, page set-up, core properties); zipfile reads compress_type.
_.base_style  # docx style
_.first_line_indent  # docx ParagraphFormat
_.line_spacing  # docx ParagraphFormat
_.space_after  # docx ParagraphFormat
_.space_before  # docx ParagraphFormat
_.page_height  # docx Section
_.page_width  # docx Section
_.bottom_margin  # docx Section
_.top_margin  # docx Section
_.left_margin  # docx Section
_.right_margin  # docx Section
_.author  # docx CoreProperties
_.compress_type  # zipfile.ZipInfo
_.use_weights  # tracker.extract.confidence: called by tools/score_corpus.py --cv (one model per fold)
_.probability  # tracker.extract.confidence: the model on a feature table, used by tools/train_confidence.py, score_corpus --cv and the tests
_.first_chars  # tracker.extract.screen: what screened() works out, spelt out for tests/extract/test_screen.py
