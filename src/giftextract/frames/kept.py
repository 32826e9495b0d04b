"""Layer 6: a deployment frame as the document keeps it until its merge.

Deployment frames are merged only once the whole document is read: a figure's standing
(merge/status.py) depends on every sentence, so no frame can be folded into its record
early, and a long document holds all of them (9,300 in the 10 MB benchmark document). A
frame whole carries what only its sentence needed: the personnel noun's offsets, the
runner-up fills and the speakers the coreference read, an empty evidence list. Kept
instead is this slotted form with the fields the merge, the status, the destination
sieves and the records read, the same names, the frame's own lists and mentions
(nothing copied): 10 MB document, the kept frames 16 -> 12 MB.
"""

from __future__ import annotations

from dataclasses import dataclass

from giftextract.frames.deployments import DeploymentFrame
from giftextract.frames.slots import SourceRef
from giftextract.lexicon.entities import Entity
from giftextract.quantity.counts import Count
from giftextract.quantity.dates import TimeMention


@dataclass(slots=True, eq=False)
class KeptDeployment:
    """A resolved deployment frame, as merge_deployments reads it and makes it a record."""

    start: int
    end: int
    personnel: Count | None
    personnel_kind: str | None
    sender: Entity | None
    host: Entity | None
    against: Entity | None
    location: Entity | None
    status: str
    time: TimeMention | None
    sources: list[SourceRef]
    rules: list[str]
    mention_only: bool
    under_way: bool
    signal: str | None
    speaker_countries: tuple[str, ...]  # read only: the status compares them with the parties
    denies_pair: bool
    evidence: list[tuple[int, int]] | tuple = ()  # given by the merge
    each: tuple = ()  # the other senders of a figure told of each state (the merge spreads it)


def kept(frame: DeploymentFrame) -> KeptDeployment:
    """``frame`` once resolved, as the document keeps it (merge_deployments takes either)."""
    return KeptDeployment(frame.start, frame.end, frame.personnel, frame.personnel_kind, frame.sender, frame.host,
                          frame.against, frame.location, frame.status, frame.time, frame.sources, frame.rules,
                          frame.mention_only, frame.under_way, frame.signal, tuple(frame.speaker_countries),
                          frame.denies_pair, (), frame.each)
