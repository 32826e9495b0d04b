"""Layer 5: a bare title the title sieve resolves is a mention of its person (the chain sieve).

"His Majesty King Hamad ... left Sochi" ... "The king had arrived bearing a gift of his own"
... "he handed the Russian leader a sword": the pronoun's antecedent is the king of the
sentence before, though the king's name is three sentences back.  As CoreNLP's sieves grow a
cluster mention by mention, a bare title ("the king", "the emir") that names a person of
known country is added to the discourse where it stands, so the pronoun and title sieves
after it find the person where the text last spoke of them (coref/data/sieves.json: chain).
"""

from __future__ import annotations

import dataclasses

from giftextract.coref.sieves import SIEVES, Discourse, resolve
from giftextract.lexicon.entities import Entity
from giftextract.mentions.nominals import TITLE_CUE, find_nominals

_ON = any(s.name == "chain" and s.enabled for s in SIEVES)


def title_mentions(text: str, lo: int, hi: int, entities: list[Entity], sentence: int, discourse: Discourse) -> list[Entity]:
    """The bare titles of sentence ``text[lo:hi]`` that name a person seen before, each as that
    person's entity at the title's own span (``via`` "chain"); a title inside a name is none."""
    if not _ON or TITLE_CUE.search(text, lo, hi) is None:
        return []
    out = []
    for n in find_nominals(text, lo, hi):
        if n.type != "title" or any(e.start < n.end and n.start < e.end for e in entities):
            continue
        person, _sieve = resolve(n, sentence, discourse, None)
        if person is not None:
            out.append(dataclasses.replace(person, start=n.start, end=n.end, text=n.text, possessive=False, via="chain"))
    return out
