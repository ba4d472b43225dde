"""One reader per file format; each turns bytes into an :class:`Extracted`."""
