"""The public contract: every record giftextract returns is one of these models.

Field names are stable and changes are additive only; ``schemas/`` is written from
these models by ``giftextract schema --out schemas`` and a test fails when it drifts.
All offsets are half-open character offsets into the caller's original string.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal, Optional

from pydantic import (
    BaseModel, ConfigDict, Field, PlainSerializer, SerializerFunctionWrapHandler, model_serializer,
)

SCHEMA_VERSION = "1.0"
# 2.0: values typed (label + structured value), fields keyed {field, key}, conflicts as keys.
RECONCILIATION_SCHEMA_VERSION = "2.0"

Qualifier = Literal["exact", "approximate", "more_than", "at_least", "less_than", "at_most"]
PartyKind = Literal["person", "state", "organization", "people", "group"]
PlaceKind = Literal["zoo", "facility", "city", "region", "country"]
ItemCategory = Literal["animal", "vehicle", "object"]
Sex = Literal["male", "female"]
Dimension = Literal["mass", "volume", "currency", "dose"]
TransportMode = Literal["air", "sea", "rail", "road"]
DeploymentStatus = Literal["reported", "planned", "confirmed", "denied"]


def _json_safe(value: str) -> str:
    """JSON in UTF-8 cannot carry a lone surrogate ("\\ud800", legal in a Python str):
    in JSON output it becomes U+FFFD.  In Python the text stays exactly the caller's."""
    if value.isascii():
        return value
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in value)
    return value


# Text copied from the caller's string (only JSON output differs, and only for lone surrogates).
SourceText = Annotated[str, PlainSerializer(_json_safe, return_type=str, when_used="json")]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False)


class Span(_Model):
    """A half-open interval ``[start, end)`` of the caller's string, with its text."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: SourceText


class QuantityPart(_Model):
    """One term of a count that is a sum: 'two male' of 'two male and three female lions', '16' of
    '16 officers and 53 other ranks'."""

    value: float
    sex: Optional[Sex] = None
    text: SourceText
    span: Span


# Each record model below is its "...Value" (what it says) plus where it was read (text, span).
# Reconciliation carries the Value models: a value agreed across documents has no single span.

class QuantityValue(_Model):
    """A count, or a measured amount: its figure, bounds, hedge and unit."""

    value: Optional[float] = Field(None, description="The count; null for vague plurals ('dozens of').")
    low: Optional[float] = Field(None, description="Lower bound, for ranges and vague plurals.")
    high: Optional[float] = Field(None, description="Upper bound, for ranges.")
    qualifier: Qualifier = "exact"
    unit: Optional[str] = Field(None, description=(
        "Singular noun counted: 'animal', 'troop', 'species', 'dose'; for an amount, the canonical unit: "
        "'tonne', 'kilogram', 'litre', 'dollar', 'dose'."))
    dimension: Optional[Dimension] = Field(None, description="Set only for a measured amount: mass, volume, "
                                           "currency or dose. Counts have none.")
    base_value: Optional[float] = Field(None, description=(
        "An amount's value in its dimension's base unit ('three tonnes': 3000); null for counts."))
    base_unit: Optional[str] = Field(None, description=(
        "'kilogram' for mass, 'litre' for volume, the currency itself (no exchange rate), 'dose'."))


class Quantity(QuantityValue):
    """A count as written: "more than 70 animals", "two dozen horses", "between 5,000 and 7,000";
    or a measured amount ("more than 2 tonnes", "$5 million"), which has a ``dimension``."""

    text: SourceText
    span: Span
    parts: list[QuantityPart] = Field(default_factory=list, description=(
        "The terms whose sum is the value: a sex breakdown ('two male and three female lions', "
        "'19 stallions and 5 mares', each term with its sex) or a force told as its officers and the rest "
        "('16 officers and 53 other ranks', no sex). Empty for any other quantity."))


class PartyValue(_Model):
    """A party: who acts, of which state."""

    name: SourceText
    kind: PartyKind
    country: Optional[str] = Field(None, description="ISO 3166-1 alpha-2 code of the state behind the party.")
    title: Optional[str] = Field(None, description="Role as written, e.g. 'President'.")


class Party(PartyValue):
    """Who acts: a person, a state, an institution, a people or a group."""

    span: Span


class PlaceValue(_Model):
    """A place: its name, kind and state."""

    name: SourceText
    kind: PlaceKind
    country: Optional[str] = None


class Place(PlaceValue):
    """A zoo, facility, city, region or country, named as written without a leading 'the'."""

    span: Span


class GiftItemValue(_Model):
    """A kind of thing given, with its count."""

    species: str = Field(description="Canonical singular lowercase name: 'mandarin duck', 'pungsan dog'.")
    scientific_name: Optional[str] = None
    animal_class: Optional[str] = Field(None, description="mammal, bird, reptile, ...")
    category: ItemCategory = "animal"
    count: Optional[QuantityValue] = None
    amount: Optional[QuantityValue] = Field(None, description=(
        "What the item weighs, holds or is worth: '150 tonnes' (of rice), '$5 million' (worth of equipment), "
        "'1 million doses'. A weight is never a count: '150 tonnes of rice' has an amount and no count."))
    sex: Optional[Sex] = None
    breed: Optional[str] = None
    descriptors: list[str] = Field(default_factory=list, description="Adjectives as written: 'purebred', 'white'.")


class GiftItem(GiftItemValue):
    """One kind of thing given, with its count."""

    count: Optional[Quantity] = None
    amount: Optional[Quantity] = Field(None, description=(
        "What the item weighs, holds or is worth: '150 tonnes' (of rice), '$5 million' (worth of equipment), "
        "'1 million doses'. A weight is never a count: '150 tonnes of rice' has an amount and no count."))
    span: Span


class TransportValue(_Model):
    """How a gift travelled: mode, vehicle, escorts."""

    mode: Optional[TransportMode] = None
    vehicle: Optional[SourceText] = None
    escorts: list[SourceText] = Field(default_factory=list)


class Transport(TransportValue):
    """How the gift travelled."""

    span: Span


class DateValue(_Model):
    """A date as written and, where it resolves, an ISO 8601 prefix (YYYY, YYYY-MM, YYYY-MM-DD)."""

    text: SourceText
    value: Optional[str] = None


class TimeExpr(DateValue):
    """A time expression and, where it resolves, an ISO 8601 prefix (YYYY, YYYY-MM, YYYY-MM-DD)."""

    span: Span


class Source(_Model):
    """Who the text says a statement comes from ("TASS", "the Russian government")."""

    name: SourceText
    span: Span


class GiftTransfer(_Model):
    """One state-to-state gift: who gave what to whom, from where to where, how and when."""

    giver: Optional[Party] = None
    recipient: Optional[Party] = None
    items: list[GiftItem] = Field(default_factory=list)
    total: Optional[Quantity] = None
    origin: Optional[Place] = None
    destination: Optional[Place] = None
    transport: Optional[Transport] = None
    date: Optional[TimeExpr] = None
    officials: list[Party] = Field(default_factory=list)
    attributed_to: list[Source] = Field(default_factory=list)
    evidence: list[Span] = Field(default_factory=list, description="The sentences the record was read from.")
    confidence: float = Field(0.5, ge=0.0, le=1.0)
    rules: list[str] = Field(default_factory=list, description=(
        "The construction rows (constructions/data/*.json) and coreference sieves ('sieve:NAME') that "
        "filled the record's roles; 'giftextract explain' shows them at work."))


class Deployment(_Model):
    """Troops one state sends to (or keeps in) another."""

    sender: Optional[Party] = None
    host: Optional[Party] = None
    against: Optional[Party] = None
    personnel: Optional[Quantity] = None
    personnel_kind: Optional[str] = Field(None, description="'troops', 'soldiers', 'workers' ...")
    location: Optional[Place] = None
    status: DeploymentStatus = "reported"
    date: Optional[TimeExpr] = None
    attributed_to: list[Source] = Field(default_factory=list)
    evidence: list[Span] = Field(default_factory=list)
    confidence: float = Field(0.5, ge=0.0, le=1.0)
    rules: list[str] = Field(default_factory=list, description=(
        "The construction rows and coreference sieves that filled the record's roles."))


class Extraction(_Model):
    """Everything found in one document."""

    schema_version: str = SCHEMA_VERSION
    doc_id: Optional[str] = None
    gift_transfers: list[GiftTransfer] = Field(default_factory=list)
    deployments: list[Deployment] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list, description="Sentences skipped or degraded, and why.")


# --- Cross-document reconciliation (giftextract.reconcile) -------------------------------

EventKind = Literal["gift_transfer", "deployment"]


class Support(_Model):
    """One document's backing for a value: which record said it, as written, and where."""

    doc_id: str
    record: int = Field(ge=0, description="Index of the record in that document's gift_transfers or deployments.")
    text: str = Field(description="The value as this document wrote it.")
    spans: list[Span] = Field(default_factory=list, description="Offsets into that document's text.")


ValueType = Literal["party", "quantity", "item", "place", "transport", "date", "status", "names"]
_VALUE_MEMBERS = frozenset(ValueType.__args__)  # type: ignore[attr-defined]


class ReconciledValue(_Model):
    """A value as reconciliation gives it: an English ``label`` for display and the structured value
    of the field's type, in the member named by ``type`` (the others are null)."""

    type: ValueType = Field(description="Which member holds the structured value.")
    label: str = Field(description="For display, in English: 'Russia', 'more than 70 animals', 'two brown bears', "
                       "'an African lion', 'April 2024'.")
    party: Optional[PartyValue] = Field(None, description="giver, recipient, sender, host, against: the state "
                                        "(kind 'state', its ISO code and name), or the party as written when it "
                                        "has no state.")
    quantity: Optional[QuantityValue] = Field(None, description="total, personnel.")
    item: Optional[GiftItemValue] = Field(None, description="item: the species with its count and sex.")
    place: Optional[PlaceValue] = Field(None, description="origin, destination, location.")
    transport: Optional[TransportValue] = None
    date: Optional[DateValue] = Field(None, description="date: value is null when the text did not resolve.")
    status: Optional[DeploymentStatus] = None
    names: Optional[list[str]] = Field(None, description="officials, sources, personnel_kind: names listed as "
                                       "written (a union across documents in a consensus).")

    @model_serializer(mode="wrap")
    def _only_the_typed_member(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        # The members other than ``type``'s are always null: leaving them out keeps output readable.
        data = handler(self)
        return {k: x for k, x in data.items() if not (k in _VALUE_MEMBERS and x is None)}


class FieldValue(ReconciledValue):
    """One distinct value of a field across the documents of a cluster, with every source behind it."""

    value: str = Field(description="The key values are grouped and compared by: 'RU', 'more than 70', "
                       "'2 brown bear', '2024-04'.")
    comparable: bool = Field(True, description="False for values that could not be normalised (an unresolved "
                             "'Wednesday'); they are listed but take no part in consensus or conflict.")
    sources: list[Support] = Field(default_factory=list)


FieldName = Literal["giver", "recipient", "total", "item", "origin", "destination", "transport", "date",
                    "officials", "sources", "sender", "host", "against", "personnel", "personnel_kind",
                    "location", "status"]


class FieldKey(_Model):
    """Which field of a cluster: ``{"field": "item", "key": "african lion"}``, ``{"field": "total", "key": null}``."""

    field: FieldName
    key: Optional[str] = Field(None, description="item: the species of the slot ('brown bear'; a second slot of "
                               "the same name gets '#2'); personnel: 'planned' for planned figures, null for "
                               "reported ones; null for every other field.")


class ReconciledField(FieldKey):
    """What the documents of one cluster say about one field, and whether they agree."""

    values: list[FieldValue] = Field(default_factory=list, description="Most-supported first.")
    consensus: Optional[ReconciledValue] = Field(
        None, description="The agreed value (the most specific of agreeing values; for listing fields the union); "
                          "null when the values conflict or none could be compared.")
    conflict: bool = Field(False, description="True when two comparable values genuinely differ.")


class ClusterMember(_Model):
    """One record of one document that describes the cluster's event."""

    doc_id: str
    record: int = Field(ge=0)
    status: Optional[DeploymentStatus] = Field(None, description="Deployments only.")
    confidence: float = Field(0.5, ge=0.0, le=1.0)


class EventCluster(_Model):
    """One real-world event as many documents describe it: one answer per field, every source, every conflict."""

    schema_version: str = RECONCILIATION_SCHEMA_VERSION
    cluster_id: str = Field(description="Stable for the same input: 'gift-RU-KP-1', 'deployment-KP-RU-1'.")
    kind: EventKind
    key: str = Field(description="The countries that key the cluster, 'RU->KP' (giver->recipient or sender->host).")
    members: list[ClusterMember] = Field(default_factory=list)
    fields: list[ReconciledField] = Field(default_factory=list)
    conflicts: list[FieldKey] = Field(default_factory=list, description="The fields whose values conflict.")


def iter_spans(model: object):
    """Every :class:`Span` in a model tree (records, lists, nested models), depth first.

    Useful to check grounding: ``all(text[s.start:s.end] == s.text for s in iter_spans(ex))``.
    """
    if isinstance(model, Span):
        yield model
    elif isinstance(model, BaseModel):
        for name in type(model).model_fields:
            yield from iter_spans(getattr(model, name))
    elif isinstance(model, (list, tuple)):
        for item in model:
            yield from iter_spans(item)


def json_schema() -> dict:
    """The JSON Schema of :class:`Extraction` (all other models appear under ``$defs``);
    the same as ``giftextract.json_schema("extraction")``."""
    from giftextract.contract import json_schema as shipped

    return shipped("extraction")


def reconciliation_json_schema() -> dict:
    """The JSON Schema of ``reconcile``'s output: an array of :class:`EventCluster`."""
    from giftextract.contract import json_schema as shipped

    return shipped("reconciliation")
