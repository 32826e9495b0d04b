"""Frames to public models: every offset mapped back to the caller's string.

This is the only place pydantic models are built, and only for final records. They are
built without validation (the values are the library's own, already of the field types),
which is 3x faster and, with one shared fields-set per model class instead of a set per
instance, about 40% smaller: a 10 MB document's records are tens of thousands of models.
``tests/test_records.py`` checks every model built here equals its validated twin.
"""

from __future__ import annotations

from giftextract.frames.deployments import DeploymentFrame
from giftextract.frames.gifts import GiftFrame
from giftextract.mentions.items import ItemRef
from giftextract.frames.slots import SourceRef
from giftextract.lexicon.data import LEXICON
from giftextract.lexicon.entities import Entity
from giftextract.models import (
    Deployment, GiftItem, GiftTransfer, Party, Place, Quantity, QuantityPart, Source, Span, TimeExpr, Transport,
)
from giftextract.quantity.amounts import Amount
from giftextract.quantity.counts import Count
from giftextract.quantity.numbers import as_number
from giftextract.text import NormalizedText
from giftextract.text.compiled import compile as compile_re
from giftextract.text.fold import MARKED_WORD, fold_marks

_STATE_NAME = {code: s["names"][0] for code, s in LEXICON["states"].items()}

_set_attr = object.__setattr__

_WORD = compile_re(r"[^\W\d_]+")  # a word of letters (a marked letter is one)


def _maker(cls):
    """A constructor of ``cls`` without validation: every field in declaration order (a
    missing one gets its default), and one fields-set object shared by every instance.
    The shared set names every field, so pydantic's ``fields_set.add(name)`` on a later
    assignment never changes it (``model_dump(exclude_unset=True)`` therefore dumps every
    field: these models have no unset fields).

    The fields are set one by one, always in the same order, rather than as a dict of
    their own: CPython then gives each instance a key-sharing dict (one key table per
    class, only the values per instance), less than half the size of a plain one (10 MB
    document: its 96,000 models' dicts, 19 MB, were most of its records' size)."""
    fields = cls.model_fields
    names = tuple(fields)
    every = set(names)
    defaults = {n: (f.default_factory, f.default) for n, f in fields.items() if not f.is_required()}

    def make(**values):
        for name in values:
            if name not in every:
                raise TypeError(f"{cls.__name__} has no field {name!r}")
        m = cls.__new__(cls)
        for name in names:
            if name in values:
                _set_attr(m, name, values[name])
            else:
                factory, default = defaults[name]  # KeyError: a required field is missing
                _set_attr(m, name, factory() if factory is not None else default)
        _set_attr(m, "__pydantic_fields_set__", every)
        _set_attr(m, "__pydantic_extra__", None)
        _set_attr(m, "__pydantic_private__", None)
        return m

    return make


def _float(x):
    """A float field's value as validation gives it: ints become floats."""
    return None if x is None else float(x)


_Span, _Quantity, _Party, _Place = _maker(Span), _maker(Quantity), _maker(Party), _maker(Place)
_GiftItem, _Transport, _TimeExpr, _Source = _maker(GiftItem), _maker(Transport), _maker(TimeExpr), _maker(Source)
_GiftTransfer, _Deployment, _QuantityPart = _maker(GiftTransfer), _maker(Deployment), _maker(QuantityPart)


class Builder:
    """Maps normalised offsets to original ones while building models."""

    def __init__(self, norm: NormalizedText) -> None:
        self.norm = norm
        self._marked: dict[str, str] | None = None  # a folded word -> the word as the caller wrote it
        # one str per distinct span text: a long document repeats its names, counts and
        # dates thousands of times, and a slice is a new string each time
        self._texts: dict[str, str] = {}

    def written(self, name: str) -> str:
        """``name`` (read from the normalised text, whose marked letters are folded: "Rzeszow")
        with its words as the caller wrote them ("Rzeszów"), in the name's case."""
        if self._marked is None:
            self._marked = {}
            for m in MARKED_WORD.finditer(self.norm.original):  # (no list of every word of a long text)
                w = m.group()
                folded = fold_marks(w)
                self._marked.setdefault(folded, w)
                self._marked.setdefault(folded.lower(), w.lower())
        if not self._marked:
            return name
        return _WORD.sub(lambda m: self._marked.get(m.group(), m.group()), name)

    def span(self, start: int, end: int) -> Span:
        s, e = self.norm.to_original(start, end)
        text = self.norm.original[s:e]
        return _Span(start=s, end=e, text=self._texts.setdefault(text, text))

    def quantity(self, c: Count | None, unit: str | None = None) -> Quantity | None:
        if c is None:
            return None
        span = self.span(c.start, c.end)
        return _Quantity(value=_float(as_number(c.value)), low=_float(as_number(c.low)), high=_float(as_number(c.high)),
                         qualifier=c.qualifier, unit=unit or c.unit, text=span.text, span=span,
                         parts=[self.part(p.start, p.end, p.value, p.sex) for p in c.parts])

    def part(self, start: int, end: int, value: float, sex: str | None) -> QuantityPart:
        span = self.span(start, end)
        return _QuantityPart(value=_float(as_number(value)), sex=sex, text=span.text, span=span)

    def amount(self, a: Amount | None) -> Quantity | None:
        if a is None:
            return None
        span = self.span(a.start, a.end)
        return _Quantity(value=_float(as_number(a.value)), qualifier=a.qualifier, unit=a.unit, text=span.text,
                         span=span, dimension=a.dimension, base_value=_float(as_number(a.base_value)),
                         base_unit=a.base_unit)

    def party(self, e: Entity | None) -> Party | None:
        if e is None:
            return None
        if e.party_kind is None:  # a place standing for its state: "to Pyongyang Central Zoo"
            return _Party(name=_STATE_NAME.get(e.country or "", self.written(e.name)), kind="state", country=e.country,
                         span=self.span(e.start, e.end))
        return _Party(name=self.written(e.name), kind=e.party_kind, country=e.country, title=e.title,
                     span=self.span(e.start, e.end))

    def place(self, e: Entity | None) -> Place | None:
        if e is None or e.place_kind is None:
            return None
        name = e.name
        if e.possessive is False and name.startswith(("the ", "The ")):
            name = name[4:]
        return _Place(name=self.written(name), kind=e.place_kind, country=e.country, span=self.span(e.start, e.end))

    def item(self, it: ItemRef) -> GiftItem:
        m = it.mention
        unit = it.count_unit if it.count_unit in ("species", "dose") else m.species
        return _GiftItem(species=self.written(m.species), scientific_name=m.scientific_name, animal_class=m.animal_class,
                         category=m.category, count=self.quantity(it.count, unit), amount=self.amount(it.amount),
                         sex=it.sex, breed=m.breed,
                         descriptors=list(it.descriptors), span=self.span(it.start, it.end))

    def sources(self, refs: list[SourceRef]) -> list[Source]:
        unique = {(r.start, r.end): r for r in refs}
        return [_Source(name=self.written(r.name), span=self.span(r.start, r.end)) for r in sorted(unique.values(), key=lambda r: r.start)]

    def evidence(self, spans: list[tuple[int, int]]) -> list:
        return [self.span(a, b) for a, b in sorted(set(spans))]

    def time(self, t) -> TimeExpr | None:
        if t is None:
            return None
        span = self.span(t.start, t.end)
        return _TimeExpr(text=span.text, value=t.value, span=span)

    def gift(self, f: GiftFrame) -> GiftTransfer:
        transport = None
        if f.transport is not None:
            t = f.transport
            transport = _Transport(mode=t.mode, vehicle=t.vehicle, escorts=list(t.escorts), span=self.span(t.start, t.end))
        slots = [f.giver, f.recipient, f.items or f.total, f.origin or f.destination, f.sources]
        confidence = round(min(0.95, 0.35 + 0.12 * sum(1 for s in slots if s)), 2)
        return _GiftTransfer(
            giver=self.party(f.giver), recipient=self.party(f.recipient),
            items=[self.item(i) for i in f.items], total=self.quantity(f.total, "animal"),
            origin=self.place(f.origin), destination=self.place(f.destination), transport=transport,
            date=self.time(f.time), officials=[p for p in map(self.party, {o.start: o for o in f.officials}.values()) if p],
            attributed_to=self.sources(f.sources), evidence=self.evidence(f.evidence),
            confidence=confidence, rules=sorted(set(f.rules)),
        )

    def deployment(self, f: DeploymentFrame) -> Deployment:
        slots = [f.sender, f.host, f.personnel, f.location, f.sources]
        confidence = round(min(0.95, 0.35 + 0.12 * sum(1 for s in slots if s)), 2)
        host = f.host
        return _Deployment(
            sender=self.party(f.sender), host=self.party(host), against=self.party(f.against),
            personnel=self.quantity(f.personnel, "troop" if f.personnel_kind == "troops" else f.personnel_kind),
            personnel_kind=f.personnel_kind, location=self.place(f.location), status=f.status,
            date=self.time(f.time), attributed_to=self.sources(f.sources),
            evidence=self.evidence(f.evidence), confidence=confidence, rules=sorted(set(f.rules)),
        )
