"""Excel files in and out (openpyxl lives only here; the rules live in app.services)."""
