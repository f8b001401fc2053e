"""Discord's message and embed limits, in one place.

Source: Discord developer docs, "Embed Limits" and "Create Message". Lengths are in
characters; the 6000 total counts title, description, field names and values,
footer text and author name across all embeds of one message.
"""

EMBED_TITLE = 256
EMBED_DESCRIPTION = 4096
EMBED_FIELD_NAME = 256
EMBED_FIELD_VALUE = 1024
EMBED_FOOTER_TEXT = 2048
EMBED_AUTHOR_NAME = 256
EMBED_FIELDS = 25
EMBED_TOTAL = 6000
MESSAGE_CONTENT = 2000
MESSAGE_EMBEDS = 10
FORUM_THREAD_NAME = 100
# Not a documented limit per field, but URLs beyond this are rejected in practice.
EMBED_URL = 2048
