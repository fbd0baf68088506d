"""Rules and use cases, plain Python: never imports Qt."""
