"""The program's core: storage, use cases, rules and analysis.

Nothing in this package imports Qt or matplotlib (a test checks it), so the
command line stays fast and every rule can be tested without a window.
"""
