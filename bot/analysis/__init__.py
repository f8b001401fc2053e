"""Article analysis: extraction from HTML and the Brief (summary, quotes, entities, deadlines).

No discord imports here; everything is plain synchronous code the caller may run in a thread.
"""

from bot.analysis.brief import Brief, analyse
from bot.analysis.deadlines import Deadline
from bot.analysis.entities import Entity
from bot.analysis.extract import ExtractedArticle, NotArticleError, extract_article
from bot.analysis.quotes import Quote

__all__ = [
    "Brief",
    "Deadline",
    "Entity",
    "ExtractedArticle",
    "NotArticleError",
    "Quote",
    "analyse",
    "extract_article",
]
