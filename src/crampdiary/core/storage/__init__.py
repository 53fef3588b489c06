"""Storage: the one way a diary file is opened, and the one home of the diary's SQL.

* ``connection`` opens every SQLite file the program touches (live diary,
  backups, restore candidates) with the same hardening pragmas; read snapshots,
  checkpoints and the import's page cache.
* ``db`` opens a diary (checks, migrations, pragmas, daily backup) and gives the
  ``Diary`` handle; ``backups`` makes, rotates and checks the backup copies.
* ``entries`` holds every SQL statement that reads or writes entries.
* ``medicines`` the medicine list's SQL; ``meta`` the diary's own facts (its UUID).

Outside this package only the migrations, restore's schema check of a backup and
the Health Connect importer (another app's file) speak SQL; ``tests/test_layers.py``
checks it.  ``core.db`` and ``core.backups`` are old names of ``storage.db`` and
``storage.backups`` (the same module objects).
"""
