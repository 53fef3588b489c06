"""Cramp Diary: a private, local-first diary for muscle cramps, spasms and medicines."""

__version__ = "0.1.0"
