"""The one-page plans work area: the list of plans, the OPPM editor, review, tracking, printing."""
