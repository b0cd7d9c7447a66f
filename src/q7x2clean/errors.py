"""The errors q7x2clean raises on bad input: one base class, one subclass a reason."""

from __future__ import annotations


class CleanError(Exception):
    """Base of every error q7x2clean raises because of its input or configuration."""


class DecodeError(CleanError):
    """The input bytes are not text (binary data) or cannot be decoded."""


class InputTooLarge(CleanError):
    """The input is larger than the configured cap."""


class InvalidInput(CleanError):
    """The input has the wrong type or shape (e.g. bytes where text was expected)."""


class NoContent(CleanError):
    """The input holds no text at all (an empty file)."""


class InvalidConfig(CleanError):
    """A `CleanerConfig` value is out of range."""


class TimeLimitExceeded(CleanError):
    """Cleaning one document took longer than the batch's time limit a document."""
