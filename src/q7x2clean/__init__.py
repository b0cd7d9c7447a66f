"""q7x2clean: messy news page dumps in, clean structured articles out."""

from .article import Article, Block, BlockKind, Removed
from .cleaner import Cleaner, clean, clean_html, clean_text
from .config import CleanerConfig
from .errors import CleanError, DecodeError, InputTooLarge, InvalidConfig, InvalidInput, NoContent, TimeLimitExceeded
from .templates import SiteTemplates, learn_templates

__all__ = [
    "Article",
    "Block",
    "BlockKind",
    "CleanError",
    "CleanerConfig",
    "Cleaner",
    "DecodeError",
    "InputTooLarge",
    "InvalidConfig",
    "InvalidInput",
    "NoContent",
    "Removed",
    "SiteTemplates",
    "TimeLimitExceeded",
    "clean",
    "clean_html",
    "clean_text",
    "learn_templates",
]
__version__ = "0.1.0"
