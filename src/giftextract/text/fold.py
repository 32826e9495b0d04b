"""Layer 1: case folding that keeps every offset, for case-insensitive matching done fast.

``re.IGNORECASE`` makes the engine compare case at every position it tries: over a trie
of a thousand species surfaces it is 2.5 times slower than a case-sensitive scan.  So the
lexicon's case-insensitive patterns are lowercase patterns run case-sensitively over
``fold_case(text)``, which finds what ``re.IGNORECASE`` finds, at the same offsets:

- one character in, one out: ``"İ".lower()`` is two characters, so it becomes "i" first;
- characters the engine treats as the same letter fold to the same one: ``str.lower()``
  keeps "ı" and "i", "ſ" and "s", "ς" and "σ" apart, the engine does not (the table
  below is ``re``'s own list of such pairs, one representative per class).

A pattern's literals must be folded the same way (``fold_case`` of the surfaces).
"""

from __future__ import annotations

from giftextract.text.compiled import compile as compile_re

_BEFORE_LOWER = {0x0130: "i"}  # İ: re.IGNORECASE matches it with i; lower() would make two characters
_AFTER_LOWER = {  # letters that match each other case-insensitively though lower() differs
    0x0131: 0x0069, 0x017F: 0x0073, 0x1FBE: 0x03B9, 0x03BC: 0x00B5, 0x03C3: 0x03C2, 0x03D0: 0x03B2,
    0x03D1: 0x03B8, 0x03D5: 0x03C6, 0x03D6: 0x03C0, 0x03F0: 0x03BA, 0x03F1: 0x03C1, 0x03F5: 0x03B5,
    0x1C80: 0x0432, 0x1C81: 0x0434, 0x1C82: 0x043E, 0x1C83: 0x0441, 0x1C84: 0x0442, 0x1C85: 0x0442,
    0x1C86: 0x044A, 0x1C87: 0x0463, 0x1E9B: 0x1E61, 0x1FD3: 0x0390, 0x1FE3: 0x03B0,
    0xA64B: 0x1C88, 0xFB06: 0xFB05,
}  # not U+0345 (a combining mark, equal to ι): folding it either way would change what \w is
# str.translate looks up every character in a dict (slow): the tables are applied only when
# the text has one of their characters or a capital that lowers to one (Ι, Μ, Σ, Ꙋ);
# tests/test_fold.py derives this list from the tables.
_NEEDS_TABLE = compile_re("[" + "".join(chr(c) for c in (
    0x0130, 0x0131, 0x017F, 0x039C, 0x03A3, 0x03BC, 0x03C3, 0x03D0, 0x03D1, 0x03D5,
    0x03D6, 0x03F0, 0x03F1, 0x03F5, 0x1C80, 0x1C81, 0x1C82, 0x1C83, 0x1C84, 0x1C85, 0x1C86, 0x1C87,
    0x1E9B, 0x1FBE, 0x1FD3, 0x1FE3, 0xA64A, 0xA64B, 0xFB06)) + "]")


def fold_case(text: str) -> str:
    """``text`` in lower case, character for character (``len`` is kept), with the letters
    ``re.IGNORECASE`` equates folded to one."""
    if _NEEDS_TABLE.search(text):
        return text.translate(_BEFORE_LOWER).lower().translate(_AFTER_LOWER)
    return text.lower()


def _ascii_letters() -> dict[int, str]:
    """A Latin letter with a mark, one character, -> its ASCII letter ("ī" -> "i", "ø" -> "o"):
    names are written with and without their marks ("Rīgas", "Rzeszów", "Türkiye")."""
    import unicodedata
    out = {}
    for c in range(0xC0, 0x250):
        ch = chr(c)
        base = unicodedata.normalize("NFD", ch)[0]
        if base != ch and base.isascii() and base.isalpha():
            out[c] = base
    out.update({ord("ł"): "l", ord("Ł"): "L", ord("ø"): "o", ord("Ø"): "O", ord("đ"): "d", ord("Đ"): "D",
                ord("ı"): "i", ord("ħ"): "h", ord("Ħ"): "H"})
    return out


ASCII_LETTERS = _ascii_letters()
_MARKED = "[" + "".join(chr(c) for c in sorted(ASCII_LETTERS)) + "]"
_HAS_MARKED = compile_re(_MARKED)
# a word with a marked letter in it ("Rīgas"): only these differ once folded
MARKED_WORD = compile_re(r"[^\W\d_]*" + _MARKED + r"[^\W\d_]*")


def fold_marks(text: str) -> str:
    """``text`` with its marked Latin letters as their ASCII letters, character for character."""
    # (a substitution of the marked letters alone: translate() would look up every character)
    return _HAS_MARKED.sub(_ascii_of, text) if _HAS_MARKED.search(text) else text


def _ascii_of(m) -> str:
    return ASCII_LETTERS[ord(m.group())]
