"""The sync window: the "Data Exchange" area, its dialogs, and the flows behind the File menu.

Thin over :mod:`app.services.sync`: every decision (what a bundle carries, what
is refused and why, how a conflict resolves) is the services'; this package
chooses files, runs the long work in the background and shows the results.
"""
