"""The public contract: every record giftextract returns is one of these models.

Field names are stable and changes are additive only; ``schemas/`` is written from
these models by ``giftextract schema --out schemas`` and a test fails when it drifts.
All offsets are half-open character offsets into the caller's original string.
"""

from __future__ import annotations

from typing import Annotated, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer

SCHEMA_VERSION = "1.0"

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
    """One term of a count that is a sum: 'two male' of 'two male and three female lions'."""

    value: float
    sex: Optional[Sex] = None
    text: SourceText
    span: Span


class Quantity(_Model):
    """A count as written: "more than 70 animals", "two dozen horses", "between 5,000 and 7,000";
    or a measured amount ("more than 2 tonnes", "$5 million"), which has a ``dimension``."""

    value: Optional[float] = Field(None, description="The count; null for vague plurals ('dozens of').")
    low: Optional[float] = Field(None, description="Lower bound, for ranges and vague plurals.")
    high: Optional[float] = Field(None, description="Upper bound, for ranges.")
    qualifier: Qualifier = "exact"
    unit: Optional[str] = Field(None, description=(
        "Singular noun counted: 'animal', 'troop', 'species', 'dose'; for an amount, the canonical unit: "
        "'tonne', 'kilogram', 'litre', 'dollar', 'dose'."))
    text: SourceText
    span: Span
    dimension: Optional[Dimension] = Field(None, description="Set only for a measured amount: mass, volume, "
                                           "currency or dose. Counts have none.")
    base_value: Optional[float] = Field(None, description=(
        "An amount's value in its dimension's base unit ('three tonnes': 3000); null for counts."))
    base_unit: Optional[str] = Field(None, description=(
        "'kilogram' for mass, 'litre' for volume, the currency itself (no exchange rate), 'dose'."))
    parts: list[QuantityPart] = Field(default_factory=list, description=(
        "The terms of a sex breakdown, whose sum is the value: 'two male and three female lions', "
        "'19 stallions and 5 mares'. Empty for any other quantity."))


class Party(_Model):
    """Who acts: a person, a state, an institution, a people or a group."""

    name: SourceText
    kind: PartyKind
    country: Optional[str] = Field(None, description="ISO 3166-1 alpha-2 code of the state behind the party.")
    title: Optional[str] = Field(None, description="Role as written, e.g. 'President'.")
    span: Span


class Place(_Model):
    """A zoo, facility, city, region or country, named as written without a leading 'the'."""

    name: SourceText
    kind: PlaceKind
    country: Optional[str] = None
    span: Span


class GiftItem(_Model):
    """One kind of thing given, with its count."""

    species: str = Field(description="Canonical singular lowercase name: 'mandarin duck', 'pungsan dog'.")
    scientific_name: Optional[str] = None
    animal_class: Optional[str] = Field(None, description="mammal, bird, reptile, ...")
    category: ItemCategory = "animal"
    count: Optional[Quantity] = None
    amount: Optional[Quantity] = Field(None, description=(
        "What the item weighs, holds or is worth: '150 tonnes' (of rice), '$5 million' (worth of equipment), "
        "'1 million doses'. A weight is never a count: '150 tonnes of rice' has an amount and no count."))
    sex: Optional[Sex] = None
    breed: Optional[str] = None
    descriptors: list[str] = Field(default_factory=list, description="Adjectives as written: 'purebred', 'white'.")
    span: Span


class Transport(_Model):
    """How the gift travelled."""

    mode: Optional[TransportMode] = None
    vehicle: Optional[SourceText] = None
    escorts: list[SourceText] = Field(default_factory=list)
    span: Span


class TimeExpr(_Model):
    """A time expression and, where it resolves, an ISO 8601 prefix (YYYY, YYYY-MM, YYYY-MM-DD)."""

    text: SourceText
    value: Optional[str] = None
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


class FieldValue(_Model):
    """One distinct value of a field across the documents of a cluster, with every source behind it."""

    value: str = Field(description="Normalised for comparison: 'RU', 'more than 70', '2 brown bear', '2024-04'.")
    comparable: bool = Field(True, description="False for values that could not be normalised (an unresolved "
                             "'Wednesday'); they are listed but take no part in consensus or conflict.")
    sources: list[Support] = Field(default_factory=list)


class ReconciledField(_Model):
    """What the documents of one cluster say about one field, and whether they agree."""

    field: str = Field(description="'giver', 'total', 'item: brown bear', 'personnel', 'personnel (planned)', ...")
    values: list[FieldValue] = Field(default_factory=list, description="Most-supported first.")
    consensus: Optional[str] = Field(None, description="The agreed value (the most specific of agreeing values); "
                                     "null when the values conflict.")
    conflict: bool = Field(False, description="True when two comparable values genuinely differ.")


class ClusterMember(_Model):
    """One record of one document that describes the cluster's event."""

    doc_id: str
    record: int = Field(ge=0)
    status: Optional[DeploymentStatus] = Field(None, description="Deployments only.")
    confidence: float = Field(0.5, ge=0.0, le=1.0)


class EventCluster(_Model):
    """One real-world event as many documents describe it: one answer per field, every source, every conflict."""

    schema_version: str = SCHEMA_VERSION
    cluster_id: str = Field(description="Stable for the same input: 'gift-RU-KP-1', 'deployment-KP-RU-1'.")
    kind: EventKind
    key: str = Field(description="The countries that key the cluster, 'RU->KP' (giver->recipient or sender->host).")
    members: list[ClusterMember] = Field(default_factory=list)
    fields: list[ReconciledField] = Field(default_factory=list)
    conflicts: list[str] = Field(default_factory=list, description="Names of the fields whose values conflict.")


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
    """The JSON Schema of :class:`Extraction` (all other models appear under ``$defs``)."""
    return Extraction.model_json_schema()


def reconciliation_json_schema() -> dict:
    """The JSON Schema of ``reconcile``'s output: an array of :class:`EventCluster`."""
    from pydantic import TypeAdapter

    schema = TypeAdapter(list[EventCluster]).json_schema()
    schema["title"] = "Reconciliation"
    return schema
