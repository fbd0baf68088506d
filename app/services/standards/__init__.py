"""Standards catalogs the college edits per year, their targets, and subjects' own standards.

- :mod:`.levels`: the shape of each kind (which level sits under which, which carries targets).
- :mod:`.doc`: :class:`~.doc.CatalogDoc`, the in-memory catalog and its edit operations
  (add, rename, retire/remove, move, set targets), each returning what its inverse needs.
- :mod:`.seed`: shipped file ↔ document, and next year's copy.
- :mod:`.store`: load, save by diff, list, seed a year, choose what to show.
- :mod:`.own`: a subject's own standard (自身发展标准): read, set, clear, adopt.
- :mod:`.targets`: a target's values, its sentence and SMART hint.
"""
