"""Data files shipped with the search package (loaded with importlib.resources)."""
