"""A document's number (文号) on a line of its own above its title: 赣府办发〔2025〕12号 /
九政字[2024]3號. Both the reader's metadata (which line is the title) and the extractor's
issuer (whose title it is) skip it; neither may import the other, so it lives here."""

from __future__ import annotations

import re

DOC_NUMBER_LINE = re.compile(r"^[\u4e00-\u9fff]{1,12}\s*[〔\[［(（]\s*\d{4}\s*[〕\]］)）]\s*\d{1,4}\s*[号號]$")
