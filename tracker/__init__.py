"""Policy-commitment tracker: read Chinese policy documents, register what was promised,
and follow it region by region until each promise is achieved or missed."""

__version__ = "0.1.0"
