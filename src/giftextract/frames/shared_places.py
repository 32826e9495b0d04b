"""Layer 4: the place one sentence gives its forces, shared among them.

"The first armed U.N. soldiers landed at Mogadishu airport, 40 Pakistani infantrymen who are
the vanguard ...": the location row fills the first personnel noun's frame; the frame of
the force named after it, of the same host, was where the sentence says too.
"""

from __future__ import annotations


def _country(e) -> str | None:
    return getattr(e, "country", None)  # a host may still be a nominal ("the country")


def share_places(frames: list) -> None:
    """Each frame with no location takes the first location of a frame of the same (or no)
    host, when that place is in the frame's host country (or in none known)."""
    for f in frames:
        if f.location is not None:
            continue
        host = _country(f.host)
        f.location = next((o.location for o in frames if o.location is not None and _country(o.host) in (None, host)
                           and (host is None or _country(o.location) in (None, host))), None)
