"""Storage: the one way a diary file is opened, and the one home of entry SQL.

* ``connection`` opens every SQLite file the program touches (live diary,
  backups, restore candidates) with the same hardening pragmas.
* ``entries`` holds every SQL statement that reads or writes entries.
"""
