"""Turning input into clean text: bytes decoding, HTML sniffing, type and size checks,
control characters, surrogates."""

from __future__ import annotations

import codecs
import re

from .config import CleanerConfig
from .errors import DecodeError, InputTooLarge, InvalidInput

# C0/C1 control characters other than tab and newline carry no text; NUL bytes and
# escape sequences in dumps come from broken renderers or binary junk.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Unpaired surrogates cannot be encoded to UTF-8 and would crash any writer downstream.
_SURROGATE = re.compile(r"[\ud800-\udfff]")

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Bytes that never occur in text in any single-byte or UTF-8 encoding (C0 controls other
# than tab, newline, form feed, carriage return and escape). A share of them in the first
# kilobytes means an image, an archive or an executable, not a page.
_BINARY_BYTES = bytes(set(range(32)) - {9, 10, 12, 13, 27})
_BINARY_SHARE = 0.01
_SNIFF_BYTES = 8192
# A document whose start shows one of these is markup, whatever its file name says.
_HTML_START = re.compile(
    r"\A(?:\s|<!--.*?-->)*<(?:!doctype\s+html|html|head|body|meta|title|div|article|p|table|script|style|link)\b",
    re.IGNORECASE | re.DOTALL,
)
# <meta charset="..."> or <meta http-equiv="Content-Type" content="text/html; charset=...">.
_DECLARED_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]{2,40})", re.IGNORECASE)
_HTML_TAGS = re.compile(r"</?(?:html|head|body|div|p|span|a|article|section|br|li|ul|table|td|h[1-6])\b[^>]*>", re.I)


def check_size(length: int, config: CleanerConfig, unit: str = "characters") -> None:
    limit = config.max_input_chars
    if length > limit:
        raise InputTooLarge(f"input has {length:,} {unit}, over the limit of {limit:,} (CleanerConfig.max_input_chars)")


def decode_bytes(data: bytes, config: CleanerConfig) -> str:
    """Bytes to text: a byte-order mark if there is one, then strict UTF-8, then the
    encoding charset detection finds, then UTF-8 with replacement characters. Binary data
    (images, archives) is refused with `DecodeError`; decoding itself never crashes."""
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise InvalidInput(f"expected bytes, got {type(data).__name__}")
    data = bytes(data)
    check_size(len(data), config, "bytes")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace")
    head = data[:_SNIFF_BYTES]
    if head and sum(head.count(b) for b in _BINARY_BYTES) > _BINARY_SHARE * len(head):
        raise DecodeError("binary data (control bytes), not a text dump or an HTML page")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _DECLARED_CHARSET.search(head)
    if declared:
        # An HTML page that names its encoding is right far more often than a guess.
        try:
            return data.decode(declared.group(1).decode("ascii").lower(), errors="replace")
        except LookupError:
            pass
    import charset_normalizer  # a trafilatura dependency

    best = charset_normalizer.from_bytes(data[: 1 << 20]).best()
    if best is not None and best.encoding:
        try:
            return data.decode(best.encoding, errors="replace")
        except LookupError:
            pass
    return data.decode("utf-8", errors="replace")


def looks_like_html(text: str) -> bool:
    """True when `text` is an HTML page rather than a text dump: it starts with markup,
    or tags make up a good part of its first kilobytes."""
    head = text[:_SNIFF_BYTES]
    if _HTML_START.match(head):
        return True
    return len(_HTML_TAGS.findall(head)) >= 5


def normalize_text(text: object, config: CleanerConfig) -> str:
    """Check that `text` is a str within the size cap and return it with unified
    newlines, no control characters and no lone surrogates."""
    if not isinstance(text, str):
        raise InvalidInput(
            f"expected text (str), got {type(text).__name__}; decode bytes first or use q7x2clean.clean()"
        )
    check_size(len(text), config)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _CONTROL.search(text):
        # A space, not nothing: a control character between two words must not glue them.
        text = _CONTROL.sub(" ", text)
    if _SURROGATE.search(text):
        text = _SURROGATE.sub("\ufffd", text)
    return text.replace("\t", "    ").replace("\u00a0", " ")
