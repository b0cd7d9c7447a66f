"""Coverage-guided fuzzing of the three entry points with atheris.

    python -m pip install -e ".[fuzz]"
    python fuzz/fuzz_clean.py -max_total_time=60           # a minute
    python fuzz/fuzz_clean.py -max_total_time=3600 -max_len=65536 -timeout=5 -rss_limit_mb=1024 fuzz/corpus

The input bytes go to `clean` (bytes: decoding and sniffing), to `clean_html` and, decoded
as UTF-8 with surrogates kept, to `clean_text`. Anything but an `Article` or a
`CleanError` is a finding, and so is a call over 5 s (-timeout) or 1 GiB (-rss_limit_mb).
Crashing inputs are written to the working directory as crash-<sha1>.
"""

import sys

import atheris

with atheris.instrument_imports():
    import q7x2clean


def test_one_input(data: bytes) -> None:
    text = data.decode("utf-8", errors="surrogateescape")
    for function, argument in (
        (q7x2clean.clean, data),
        (q7x2clean.clean_html, data),
        (q7x2clean.clean_text, text),
    ):
        try:
            result = function(argument)
        except q7x2clean.CleanError:
            continue
        if not isinstance(result, q7x2clean.Article):
            raise TypeError(f"{function.__name__} returned {type(result).__name__}")
        result.to_dict()


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
