"""Layer 6: later deliveries of a gift, told in a list after it.

"Japan first donated 1.24 million doses of the AstraZeneca vaccine to Taiwan on June 4,
followed by 1.13 million doses on July 8 and 970,000 doses on July 15": the sentence's gift
frame reads the first delivery; each figure of the "followed by" list after it is a delivery
of its own, of the same thing between the same parties (GOLD.md annotates each as a gift).
A figure must be the same thing's (no noun, or the item's head noun or unit: "1.13 million
doses", "a further 200"), and a frame is made only where the first delivery was counted.
"""

from __future__ import annotations

import dataclasses

import regex

from giftextract.text.patterns import compile_pattern

from giftextract.mentions.sentence import SentenceView

# "followed by", "then", "and a further": what opens the list of later deliveries
_THEN = compile_pattern(r",?\s+(?:followed\s+by|and\s+then|then|before\s+another|and\s+(?:a\s+)?further|and\s+another)\s+",
                      regex.IGNORECASE)
# between one delivery (its date left out) and the next in the list
_AND = compile_pattern(r"\s*(?:(?:on|in)\s+)?[\s,]*(?:and\s+)?(?:a\s+further\s+|another\s+)?", regex.IGNORECASE)
_LIST_REACH = 160  # characters after the first delivery's item


def later_deliveries(view: SentenceView, frames: list) -> list:
    """A frame per later delivery of a counted gift of the sentence (see the module)."""
    out = []
    for frame in frames:
        counted = [i for i in frame.items if i.count is not None and i.count.value is not None]
        if len(counted) != 1 or len(frame.items) != 1:
            continue
        item = counted[0]
        heads = {w for w in (item.mention.species.split()[-1], item.count_unit, "dose") if w}
        opened = _THEN.search(view.text, item.end, min(view.end, item.end + _LIST_REACH))
        previous_end = None
        for c in view.counts:
            if c.start < item.end or c.start > item.end + _LIST_REACH or c.value is None:
                continue
            if previous_end is None:  # the first figure of the list: right after "followed by"
                if opened is None or opened.end() != c.start:
                    continue
            elif not _AND.fullmatch(_without_times(view, previous_end, c.start)):
                break
            end = _same_thing(view.text, c.end, heads)
            if end is None:
                break
            when = next((t for t in view.times if c.end <= t.start <= end + 25), None)
            out.append(dataclasses.replace(
                frame, items=[dataclasses.replace(item, count=c, start=c.start, end=end)], time=when or frame.time,
                distinct=True, rules=[*frame.rules, "later-delivery"], evidence=list(frame.evidence),
                sources=list(frame.sources), officials=list(frame.officials), alternatives={}))
            previous_end = end
    return out


def _without_times(view: SentenceView, a: int, b: int) -> str:
    """text[a:b] with its time expressions left out ("on July 8 and " -> " and ")."""
    pieces, at = [], a
    for t in view.times_in(a, b):
        pieces.append(view.text[at:t.start])
        at = t.end
    pieces.append(view.text[at:b])
    return "".join(pieces)


_NOUN = compile_pattern(r"\s+(?:more\s+)?([a-z][\w-]*)", regex.IGNORECASE)


def _same_thing(text: str, at: int, heads: set[str]) -> int | None:
    """Where the figure's thing ends when it is the item's own ("1.13 million doses", "970,000
    more"), or right after the figure when no noun follows; None for another thing."""
    m = _NOUN.match(text, at)
    if m is None:
        return at
    word = m.group(1).lower()
    if word.rstrip("s") in {h.rstrip("s") for h in heads}:
        return m.end()
    return at if word in ("on", "in", "at", "and", "by", "during", "later", "the", "a", "last", "this", "that") else None
