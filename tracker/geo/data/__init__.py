"""Shipped data files of tracker.geo (divisions.tsv)."""
