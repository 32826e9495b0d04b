"""Layer 8: a deployment's standing in the whole document (GOLD.md's status conventions).

A frame's own sentence may leave its status open (no one cited); the article decides:
where the sender's or host's officials speak of it elsewhere, or the article tells the
sender doing it unhedged, it is acknowledged (confirmed); where others only report it or a
party denies it, it stays reported.
"""

from __future__ import annotations

from giftextract.frames.deployments import DeploymentFrame
from giftextract.merge.halves import country_of as _country


def decide_status(frames: list[DeploymentFrame], arrivals: list[DeploymentFrame] = ()) -> None:
    """A figure no one vouches for takes its deployment's standing in the document: where
    the sender's or host's officials speak of that deployment elsewhere in the article it
    or the article tells the sender doing it unhedged, it is acknowledged (confirmed);
    otherwise it stays reported (GOLD.md's conventions). ``arrivals``: figureless forces told
    as having arrived, which make no record but carry out a plan of their pair."""
    # "Russia denied sending troops to Syria": every figure of that sender and host is denied
    # (unless an official of either side acknowledges it elsewhere: "Kampala later confirmed ...")
    denied_pairs = {_pair(f) for f in frames if f.denies_pair and None not in _pair(f)} - {
        _pair(f) for f in frames if f.signal == "official" and f.status != "denied"}
    for f in frames:
        if _pair(f) in denied_pairs:
            f.status = "denied"
    for f in frames:
        if f.signal in (None, "acted") and f.speaker_countries:
            if {_country(f.sender), _country(f.host)} & set(f.speaker_countries):
                f.signal = "official"  # "Ankara said it had sent ...", once "it" is Turkey
                f.status = "confirmed" if f.status == "reported" else f.status
            else:  # "the Pentagon said 12,000 North Korean troops ...": a third country's word
                f.signal = "unofficial"
                f.status = "reported" if f.status == "confirmed" else f.status
    acknowledged = {_pair(f) for f in frames if f.signal in ("official", "acted")}
    # a deployment that only others vouch for (intelligence, media, hedges) or that a party denies
    disputed = {_pair(f) for f in frames if (f.signal == "unofficial" and f.personnel is not None) or f.status == "denied"}
    # a figure others give for a deployment sharing a side with this one ("South Korean
    # intelligence says the 8,000 soldiers were sent", its sender still unsure)
    hearsay = [(_pair(f), f.personnel.value) for f in frames if f.signal == "unofficial" and f.personnel]
    for f in frames:
        value = f.personnel.value if f.personnel else None
        if f.status != "reported" or f.signal is not None or any(
                v == value and any(x == y is not None for x, y in zip(p, _pair(f))) for p, v in hearsay):
            continue
        # told plainly, as a fact of the story: the article's own narration of an event done
        # or under way (GOLD.md: confirmed), unless the deployment is elsewhere only reported
        # by others or denied, and no official side acknowledges it
        if _pair(f) in acknowledged or not any(_may_be_same(_pair(f), d) for d in disputed):
            f.status = "confirmed"
    _fulfilled_plans(frames, arrivals)


def _pair(f: DeploymentFrame) -> tuple:
    """The deployment's (sender, host) countries."""
    return _country(f.sender), _country(f.host)


def _fulfilled_plans(frames: list[DeploymentFrame], arrivals: list[DeploymentFrame] = ()) -> None:
    """"British troops have arrived in South Sudan, the ministry confirmed ... Britain said it
    would send around 300 troops": the one figure of a plan an official arrival with no
    figure of its own has carried out is under way (GOLD.md: confirmed); so has a force told
    arrived in a later sentence ("Canada will send 130 airmen to Lithuania. Canadian airmen
    landed in Lithuania on Tuesday"; not "..., where the first contingent arrived last year")."""
    told = [f for f in [*frames, *arrivals] if f.personnel is None and f.status == "confirmed" and None not in _pair(f)]
    done = {_pair(f) for f in told if f.signal in ("official", "acted")}
    landed = [f for f in told if getattr(f, "under_way", False)]
    for p in done | {_pair(f) for f in landed}:
        plans = [f for f in frames if _pair(f) == p and f.personnel is not None]
        if p not in done and not any(a.start >= f.end for f in plans for a in landed if _pair(a) == p):
            continue
        if plans and all(f.status == "planned" for f in plans) and len({f.personnel.value for f in plans}) == 1:
            for f in plans:
                f.status = "confirmed"


def _may_be_same(a: tuple, b: tuple) -> bool:
    """Two (sender, host) pairs that may name one deployment: they share a side, and the
    other side is the same or unresolved in one of them ('Kenya's troops' and 'troops in
    Somalia'), never two different senders to one host."""
    sides = list(zip(a, b))
    return all(x == y or x is None or y is None for x, y in sides) and any(x == y is not None for x, y in sides)
