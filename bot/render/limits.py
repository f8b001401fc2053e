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
# A thread's name, a forum post's included.
THREAD_NAME = 100
FORUM_THREAD_NAME = THREAD_NAME
# Components and autocomplete ("Component Reference", "Autocomplete"): how many options
# a select menu or an autocomplete answer may hold, and the length of each option's
# label, value and description (a choice's name and value).
SELECT_OPTIONS = 25
SELECT_OPTION_TEXT = 100
AUTOCOMPLETE_CHOICES = 25
CHOICE_TEXT = 100
# Not a documented limit per field, but URLs beyond this are rejected in practice.
EMBED_URL = 2048
# Forum posts carry at most 5 tags; a webhook message's username is 1–80 characters.
FORUM_APPLIED_TAGS = 5
WEBHOOK_USERNAME = 80
