"""PDF reports (reportlab).

Every module here imports reportlab lazily or is itself imported lazily: reportlab
costs about 0.2 s to import, and nothing the window needs at start may pay that.
Chinese text needs the bundled CJK font: get its name from :mod:`app.reports.fonts`.
"""
