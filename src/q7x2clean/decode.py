"""Turning input into clean text: bytes decoding, HTML sniffing, type and size checks,
control characters, surrogates."""

from __future__ import annotations

import codecs
import re
from collections import Counter

from .config import CleanerConfig
from .errors import DecodeError, InputTooLarge, InvalidInput

# C0/C1 control characters other than tab and newline carry no text; NUL bytes and
# escape sequences in dumps come from broken renderers or binary junk.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Unpaired surrogates cannot be encoded to UTF-8 and would crash any writer downstream.
_SURROGATE = re.compile(r"[\ud800-\udfff]")
# The same characters, looked for in a text's UTF-8 bytes (`has_unsafe_characters`): C0
# controls and DEL are single bytes (the bytes of other characters are all 0x80 or
# more), C1 controls are 0xC2 followed by 0x80-0x9F; lone surrogates do not encode.
_C0_BYTES = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])
_C1_BYTES = re.compile(rb"\xc2[\x80-\x9f]")

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Bytes that never occur in text in any single-byte or UTF-8 encoding (C0 controls other
# than tab, newline, form feed, carriage return and escape). A share of them in the first
# kilobytes or in the whole means an image, an archive or an executable, not a page.
_BINARY_BYTES = bytes(set(range(32)) - {9, 10, 12, 13, 27})
_BINARY_SHARE = 0.01
_SNIFF_BYTES = 8192
# File signatures, for a precise reason when a binary file is handed in by mistake.
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an Office/EPUB file)"),
    (b"\x1f\x8b", "gzip-compressed data: decompress it first"),
    (b"BZh", None),  # also starts English words: only with control bytes (below)
    (b"\xfd7zXZ\x00", "xz-compressed data: decompress it first"),
    (b"(\xb5/\xfd", "zstd-compressed data: decompress it first"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x7fELF", "an ELF executable"),
    (b"RIFF", None),
    (b"wOFF", "a web font"),
    (b"wOF2", "a web font"),
    (b"SQLite format 3\x00", "an SQLite database"),
)
_HIGH_BYTES = bytes(range(0x80, 0x100))
# Well-formed UTF-8 sequences of two to four bytes. Fixed-length alternatives: no
# backtracking on long runs of high bytes.
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}|\xed[\x80-\x9f][\x80-\xbf]"
    rb"|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
# Mixed pages (a UTF-8 page with a Windows-1252 footer or comment pasted in) decode the
# stray bytes as Windows-1252, the most common legacy encoding of the web (WHATWG
# reads latin-1 labels as it too); its five unassigned bytes become U+FFFD.
_CP1252_TABLE = bytes(range(256)).decode("cp1252", errors="replace")


def _utf8_or_cp1252(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):
        raise error
    return "".join(_CP1252_TABLE[b] for b in error.object[error.start : error.end]), error.end


_ERRORS = "q7x2clean-utf8-or-cp1252"
codecs.register_error(_ERRORS, _utf8_or_cp1252)
# charset_normalizer ranks encodings by "chaos"; Western text is often equally clean in
# cp1250, cp1257 or cp775, and it then picks one of them (é -> é but è -> č, ñ -> ń).
# Windows-1252 wins when it is about as clean as the best.
_CP1252_CHAOS_SLACK = 0.02
_LATIN = frozenset({"cp1252", "latin_1", "iso8859_15"})
# A decoded text with this share of U+FFFD was no text in any encoding tried.
_MAX_REPLACED_SHARE = 0.25
_MIN_JUDGED_CHARS = 64
# UTF-16 and UTF-32 without a byte-order mark: NUL bytes that binary checks would refuse.
_WIDE_COLUMN_SHARE = 0.5
_TEXT_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# A page start shows one of these is markup, whatever its file name says.
_HTML_START = re.compile(
    r"\A(?:\s|<!--.*?-->)*<(?:!doctype\s+html|html|head|body|meta|title|div|article|p|table|script|style|link)\b",
    re.IGNORECASE | re.DOTALL,
)
# <meta charset="..."> or <meta http-equiv="Content-Type" content="text/html; charset=...">.
_DECLARED_CHARSET = re.compile(rb"<meta[^<>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]{2,40})", re.IGNORECASE)
# ("[^<>]*": a tag holds no "<", and a scan for ">" stops at the next tag: linear.)
_HTML_TAGS = re.compile(r"</?(?:html|head|body|div|p|span|a|article|section|br|li|ul|table|td|h[1-6])\b[^<>]*>", re.I)


def check_size(length: int, config: CleanerConfig, unit: str = "characters") -> None:
    limit = config.max_input_chars
    if length > limit:
        raise InputTooLarge(f"input has {length:,} {unit}, over the limit of {limit:,} (CleanerConfig.max_input_chars)")


def check_lines(text: str, config: CleanerConfig) -> None:
    """Refuse a text dump with more lines, or a longer line, than the caps: the time a
    dump takes grows with both, and no real page comes near them. `text` has unified
    newlines."""
    lines = text.count("\n") + 1
    if lines > config.max_lines:
        raise InputTooLarge(f"text has {lines:,} lines, over the limit of {config.max_lines:,} (CleanerConfig.max_lines)")
    if len(text) > config.max_line_chars:
        # At most max_lines pieces: the split is cheap once the line count passed.
        longest = max(map(len, text.split("\n")))
        if longest > config.max_line_chars:
            raise InputTooLarge(
                f"text has a line of {longest:,} characters, over the limit of {config.max_line_chars:,}"
                " (CleanerConfig.max_line_chars)"
            )


def _signature(data: bytes, has_controls: bool) -> str | None:
    for magic, name in _MAGIC:
        if data.startswith(magic):
            if name is None:
                return "compressed or media data" if has_controls else None
            return name
    return None


_WIDE_MIN_BYTES = 16


def _wide_encoding(head: bytes) -> str | None:
    """UTF-32 or UTF-16 without a byte-order mark, told by its byte columns: in UTF-16
    text of one script the high byte of every unit is nearly always the same small value
    (0x00 for Latin, 0x04 for Cyrillic), in UTF-32 two columns are NUL. The first
    kilobytes must then decode strictly into text without control characters. (Text in
    a single-byte encoding or UTF-8 with a few stray NULs shows no such column.)"""
    head = head[: len(head) - len(head) % 4]
    if len(head) < _WIDE_MIN_BYTES:
        return None  # a few bytes with NULs are binary, not a word of UTF-16
    candidates = []
    for columns, encoding in (((2, 3), "utf-32-le"), ((0, 1), "utf-32-be")):
        if all(head[c::4].count(0) >= _WIDE_COLUMN_SHARE * len(head[c::4]) for c in columns):
            candidates.append(encoding)
    for column, encoding in ((1, "utf-16-le"), (0, "utf-16-be")):
        value, count = Counter(head[column::2]).most_common(1)[0]
        if value < 0x20 and count >= _WIDE_COLUMN_SHARE * len(head[column::2]):
            candidates.append(encoding)
    for encoding in candidates:
        try:
            text = codecs.getincrementaldecoder(encoding)().decode(head, final=False)
        except UnicodeDecodeError:
            continue
        # Text is mostly letters and spaces; code points that merely decode are not.
        if text and not _TEXT_CONTROLS.search(text) and sum(c.isalpha() or c.isspace() for c in text) >= 0.6 * len(text):
            return encoding
    return None


def _controls(data: bytes) -> int:
    return len(data) - len(data.translate(None, _BINARY_BYTES))


def _legacy_encoding(data: bytes) -> str | None:
    import charset_normalizer  # a trafilatura dependency

    results = list(charset_normalizer.from_bytes(data[: 1 << 20]))
    if not results:
        return None
    best = min(results, key=lambda match: match.chaos)
    for match in results:
        if match.encoding in _LATIN and match.chaos <= best.chaos + _CP1252_CHAOS_SLACK:
            return "cp1252"
    return results[0].encoding


def _check_decoded(text: str, how: str) -> str:
    if len(text) >= _MIN_JUDGED_CHARS:
        replaced = text.count("\ufffd")
        if replaced > _MAX_REPLACED_SHARE * len(text):
            raise DecodeError(f"not text: {replaced / len(text):.0%} of the characters are undecodable ({how})")
    return text


def decode_bytes(data: bytes, config: CleanerConfig) -> str:
    """Bytes to text, never crashing: a byte-order mark if there is one; binary data
    (file signatures, control bytes) refused with `DecodeError`; UTF-16/32 without a
    byte-order mark told by their NUL bytes; strict UTF-8; mostly UTF-8 with stray
    Windows-1252 bytes (mixed pages); else the charset an HTML page declares; else the
    legacy encoding charset detection finds (Windows-1252 when it fits as well); else
    UTF-8 with replacement characters. Text
    that is mostly replacement characters is refused with `DecodeError`."""
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise InvalidInput(f"expected bytes, got {type(data).__name__}")
    data = bytes(data)
    check_size(len(data), config, "bytes")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _check_decoded(data[len(bom) :].decode(encoding, errors="replace"), encoding)
    head = data[:_SNIFF_BYTES]
    head_controls = _controls(head)
    signature = _signature(data, head_controls > 0)
    if signature is not None:
        raise DecodeError(f"binary data ({signature}), not a text dump or an HTML page")
    if head_controls:
        wide = _wide_encoding(head)
        if wide is not None:
            return _check_decoded(data.decode(wide, errors="replace"), wide + " without a byte-order mark")
    controls = _controls(data)
    if head_controls > _BINARY_SHARE * len(head) or controls > _BINARY_SHARE * len(data):
        share = max(head_controls / max(len(head), 1), controls / len(data))
        raise DecodeError(f"binary data ({share:.0%} control bytes), not a text dump or an HTML page")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    high = len(data) - len(data.translate(None, _HIGH_BYTES))
    in_sequences = len(data) - len(_UTF8_SEQUENCE.sub(b"", data))
    if in_sequences and in_sequences >= high - in_sequences:
        # More well-formed UTF-8 than stray bytes: a UTF-8 page with pieces in cp1252.
        return data.decode("utf-8", errors=_ERRORS)
    declared = _DECLARED_CHARSET.search(head)
    if declared:
        # An HTML page that names its encoding is right far more often than a guess.
        try:
            return _check_decoded(data.decode(declared.group(1).decode("ascii").lower(), errors="replace"), "declared")
        except LookupError:
            pass
    encoding = _legacy_encoding(data)
    if encoding is not None:
        try:
            return _check_decoded(data.decode(encoding, errors="replace"), encoding)
        except LookupError:
            pass
    return _check_decoded(data.decode("utf-8", errors="replace"), "utf-8")


def looks_like_html(text: str) -> bool:
    """True when `text` is an HTML page rather than a text dump: it starts with markup,
    or tags make up a good part of its first kilobytes."""
    head = text[:_SNIFF_BYTES]
    if _HTML_START.match(head):
        return True
    return len(_HTML_TAGS.findall(head)) >= 5


def normalize_text(text: object, config: CleanerConfig) -> str:
    """Check that `text` is a str within the size cap and return it with unified
    newlines, no control characters, no soft hyphens and no lone surrogates."""
    if not isinstance(text, str):
        raise InvalidInput(
            f"expected text (str), got {type(text).__name__}; decode bytes first or use q7x2clean.clean()"
        )
    check_size(len(text), config)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if has_unsafe_characters(text):
        # A space, not nothing: a control character between two words must not glue them.
        text = _SURROGATE.sub("\ufffd", _CONTROL.sub(" ", text))
    text = text.replace("\t", "    ").replace("\u00a0", " ")
    return text.replace(_SOFT_HYPHEN, "") if _SOFT_HYPHEN in text else text


# A soft hyphen marks where a word may break and prints nothing unless it does: w3m and
# lynx drop it, inscriptis and innerText keep it, and kept, it cut each word it sits in
# into two tokens ("Wäh\u00adrend", "die\u00adsem"): no stopword, no match against the
# same words printed whole (26 of the traf-dev pages have them in those two renderers).
_SOFT_HYPHEN = "\u00ad"


def has_unsafe_characters(text: str) -> bool:
    """Whether `text` holds control characters (`_CONTROL`) or lone surrogates: what lxml
    refuses and what carries no text. Read off the UTF-8 bytes, twice as fast as the
    character classes over the text."""
    try:
        encoded = text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return len(encoded.translate(None, _C0_BYTES)) != len(encoded) or _C1_BYTES.search(encoded) is not None
