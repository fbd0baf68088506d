"""One-page plans: the document, its store, templates, checks, review and tracking."""
