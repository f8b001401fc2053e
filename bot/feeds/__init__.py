"""Feeds domain: bytes to items, item identity, filters and templates. No I/O here.

- ``parse``: ``parse_feed``, ``looks_like_html``, ``discover_feed_links``
- ``identity``: ``normalise_url``, ``assign_item_ids``
- ``filters``: ``FeedFilter``, ``FilterResult``, ``FilterError``
- ``templates``: ``validate_template``, ``render_template``, ``format_date``
"""
