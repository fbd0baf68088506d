"""The standards work area: the college's catalogs per year, and subjects' own standards."""
