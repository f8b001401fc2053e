"""Domain objects to Discord message payloads (plain dicts); limits in ``limits``."""
