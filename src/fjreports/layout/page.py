"""Reading page files: bytes to text, with the encoding found."""

from __future__ import annotations

import codecs
import re
import warnings
from pathlib import Path

from attrs import field, frozen

from ..errors import PageReadError

__all__ = ["EmptyPageWarning", "Page", "read_page"]


class EmptyPageWarning(UserWarning):
    """A page file holds no text; it gives no articles."""


@frozen
class Page:
    """One page: its file name, its text as decoded, and the encoding found.

    Attributes:
        name: the file name (`000_a80a92710e1c03cb.txt`).
        text: the decoded text; every span of every record points into it.
        encoding: `utf-8`, `utf-8-sig`, `utf-16` or `gb18030`.
    """

    name: str
    text: str = field(repr=False)
    encoding: str = "utf-8"


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def read_page(path: str | Path) -> Page:
    """Read one page file, detecting its encoding.

    UTF-8 (with or without BOM), UTF-16 with BOM and GB18030/GBK are read; the
    encoding found is recorded in `Page.encoding`.

    Raises:
        FileNotFoundError: there is no such file.
        PageReadError: the file cannot be read (a folder, no permission), or
            its bytes are none of these encodings, or hold control characters
            that text does not; the error names the file and the byte offset.

    Examples:
        >>> import tempfile, os
        >>> folder = tempfile.mkdtemp()
        >>> path = os.path.join(folder, "gbk.txt")
        >>> _ = open(path, "wb").write("集美区约6000万元".encode("gbk"))
        >>> read_page(path).encoding, read_page(path).text
        ('gb18030', '集美区约6000万元')
    """
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"no such page file: {path}")
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise
    except OSError as err:  # a folder named *.txt, no permission, a failing disk
        raise PageReadError(
            f"{path}: cannot be read: {err.strerror or err}", str(path), 0
        ) from None
    text, encoding = _decode(data, path)
    if not text.strip():
        warnings.warn(f"{path}: the page is empty", EmptyPageWarning, stacklevel=2)
    return Page(path.name, text, encoding)


def _decode(data: bytes, path: Path) -> tuple[str, str]:
    if data.startswith(codecs.BOM_UTF8):
        candidates = [("utf-8-sig", data)]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates = [("utf-16", data)]
    else:
        candidates = [("utf-8", data), ("gb18030", data)]
    first_error: UnicodeDecodeError | None = None
    for encoding, raw in candidates:
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError as err:
            first_error = first_error or err
            continue
        bad = _CONTROL.search(text)
        if bad is not None:
            offset = len(text[: bad.start()].encode(encoding))
            if encoding == "utf-16":
                offset += 2  # the BOM
            raise PageReadError(
                f"{path}: not text: control character {bad.group()!r} at byte offset {offset}",
                str(path),
                offset,
            )
        return text, encoding
    assert first_error is not None
    offset = first_error.start
    raise PageReadError(
        f"{path}: not UTF-8, UTF-16 or GB18030 text: undecodable bytes "
        f"{data[offset : offset + 4]!r} at byte offset {offset}",
        str(path),
        offset,
    )
