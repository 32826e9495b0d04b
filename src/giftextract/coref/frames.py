"""Layer 5: a frame's referring slots ("he", "his guest", "the zoo") replaced by their
antecedents, the co-role (the other party of the event) steering each sieve."""

from __future__ import annotations

from giftextract.coref.sieves import Discourse, resolve
from giftextract.lexicon.entities import Entity
from giftextract.mentions.nominals import Nominal

_PAIRS = {"gift": (("giver", "recipient"), ("origin", None), ("destination", None)),
          "deployment": (("sender", "host"), ("location", None))}


def resolve_frame(frame, event: str, sentence: int, discourse: Discourse) -> None:
    """Resolve every Nominal slot of ``frame`` in place; the sieves used join ``frame.rules``."""
    for a, b in _PAIRS[event]:
        slots = (a, b) if b is not None else (a,)
        # a slot whose partner is already a name is resolved first: its partner steers it
        order = sorted(slots, key=lambda s: not isinstance(getattr(frame, _other(s, a, b) or s, None), Entity))
        for slot in order:
            value = getattr(frame, slot)
            if not isinstance(value, Nominal):
                continue
            partner = getattr(frame, _other(slot, a, b)) if b is not None else None
            co = partner if isinstance(partner, Entity) else None
            found, sieve = None, None
            for candidate in [value, *frame.alternatives.get(slot, ())]:
                if isinstance(candidate, Entity):
                    found = candidate if candidate is not co else None
                elif isinstance(candidate, Nominal):
                    found, sieve = resolve(candidate, sentence, discourse, co)
                if found is not None:
                    break
            setattr(frame, slot, found)
            if sieve is not None and found is not None:
                frame.rules.append(f"sieve:{sieve}")


def _other(slot: str, a: str, b: str | None) -> str | None:
    return b if slot == a else a
