"""The desktop window (PySide6).  ``ui.app.run_gui()`` starts it."""
