"""Qt widgets: thin, they call services and show results, never write SQL."""
