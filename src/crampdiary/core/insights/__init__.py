"""Insights: the honest statistics of a diary (rates with their uncertainty, wear-off
profiles, what goes with more cramps), computed without Qt or matplotlib.

``analysis`` holds them today; ``crampdiary.core.analysis`` is its old name (the same
module object).  The charts (``crampdiary.charts``) draw what it computes.
"""
