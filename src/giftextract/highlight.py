"""One self-contained HTML page: the article with every extracted span highlighted by role.

Article text is untrusted: every character of it goes through ``html.escape``, so "<script>" or
"<img onerror=...>" in a news page renders as text. The page loads nothing (no network, no
external assets) and its Content-Security-Policy allows only its own inline style and script,
pinned by hash, so even a bug in escaping could not run injected code.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from html import escape
from typing import Optional, Union

from giftextract.models import Deployment, Extraction, GiftTransfer, Span

__all__ = ["ROLES", "highlight_html"]

# Role -> colour; sender/host share the giver/recipient colours (who sends, who receives).
ROLES = {
    "giver": "#f4a261", "recipient": "#90be6d", "item": "#ffd166", "count": "#ef8fa8",
    "origin": "#9ad1d4", "destination": "#74a9e6", "transport": "#c3a6e8", "troops": "#e76f51",
    "location": "#a3c4f3", "date": "#cdb4db", "source": "#bfbfbf",
}


@dataclass(frozen=True)
class Mark:
    """One highlighted span: its role (colour), the record it belongs to, and the field it fills."""

    start: int
    end: int
    role: str
    record: str
    field: str
    mark_id: str = ""


def _span_marks(record: Union[GiftTransfer, Deployment]) -> list[tuple[Optional[Span], str, str]]:
    """(span, role, field label) for every filled field of a record."""
    out: list[tuple[Optional[Span], str, str]] = []
    if isinstance(record, GiftTransfer):
        out += [(record.giver and record.giver.span, "giver", "giver"),
                (record.recipient and record.recipient.span, "recipient", "recipient")]
        for item in record.items:
            out.append((item.span, "item", f"item: {item.species}"))
            if item.count:
                out.append((item.count.span, "count", f"count: {item.species}"))
        out += [(record.total and record.total.span, "count", "total"),
                (record.origin and record.origin.span, "origin", "origin"),
                (record.destination and record.destination.span, "destination", "destination"),
                (record.transport and record.transport.span, "transport", "transport")]
    else:
        out += [(record.sender and record.sender.span, "giver", "sender"),
                (record.host and record.host.span, "recipient", "host"),
                (record.against and record.against.span, "recipient", "against"),
                (record.personnel and record.personnel.span, "troops", f"troops ({record.status})"),
                (record.location and record.location.span, "location", "location")]
    out.append((record.date and record.date.span, "date", "date"))
    out += [(s.span, "source", "source") for s in record.attributed_to]
    return out


def collect_marks(extraction: Extraction) -> list[Mark]:
    records = [(f"g{i}", g) for i, g in enumerate(extraction.gift_transfers)]
    records += [(f"d{i}", d) for i, d in enumerate(extraction.deployments)]
    marks = []
    for record_id, record in records:
        for span, role, field in _span_marks(record):
            if span is not None and span.end > span.start:
                marks.append(Mark(span.start, span.end, role, record_id, field, f"m{len(marks)}"))
    return marks


def _segments(text: str, marks: list[Mark]) -> list[tuple[int, int, list[Mark]]]:
    """Cut the text at every mark boundary; each piece knows the marks covering it (nested spans overlap)."""
    cuts = sorted({0, len(text)} | {m.start for m in marks} | {m.end for m in marks})
    pieces = []
    for start, end in zip(cuts, cuts[1:]):
        covering = [m for m in marks if m.start <= start and end <= m.end]
        pieces.append((start, end, covering))
    return pieces


def _article_html(text: str, marks: list[Mark]) -> str:
    out = []
    for start, end, covering in _segments(text, marks):
        # Anchors for the side panel's links sit where each mark starts.
        out.extend(f'<a class="anchor" id="{m.mark_id}"></a>' for m in marks if m.start == start)
        piece = escape(text[start:end])
        if not covering:
            out.append(piece)
            continue
        inner = min(covering, key=lambda m: (m.end - m.start, m.mark_id))  # the innermost span's colour shows
        tip = "; ".join(dict.fromkeys(f"{m.field} [{m.record}]" for m in covering))
        records = " ".join(sorted({m.record for m in covering}))
        out.append(f'<span class="hl r-{inner.role}" data-recs="{escape(records)}" data-tip="{escape(tip)}" '
                   f'title="{escape(tip)}">{piece}</span>')
    return "".join(out)


def _record_title(record_id: str, record: Union[GiftTransfer, Deployment]) -> str:
    if isinstance(record, GiftTransfer):
        who = (record.giver, record.recipient)
        kind = "Gift"
    else:
        who = (record.sender, record.host)
        kind = f"Deployment ({record.status})"
    names = [f"{p.name} ({p.country})" if p and p.country else (p.name if p else "?") for p in who]
    return f"{kind} {record_id}: {names[0]} \u2192 {names[1]}"


def _panel_html(text: str, extraction: Extraction, marks: list[Mark]) -> str:
    records = [(f"g{i}", g) for i, g in enumerate(extraction.gift_transfers)]
    records += [(f"d{i}", d) for i, d in enumerate(extraction.deployments)]
    if not records:
        return '<p class="empty">No gift transfer or deployment found.</p>'
    cards = []
    for record_id, record in records:
        rows = []
        for m in (m for m in marks if m.record == record_id):
            rows.append(f'<li><span class="sw r-{m.role}"></span><a href="#{m.mark_id}">{escape(m.field)}</a>: '
                        f'{escape(text[m.start:m.end])}</li>')
        cards.append(f'<section class="card" data-rec="{record_id}"><h3>{escape(_record_title(record_id, record))}'
                     f'</h3><ul>{"".join(rows)}</ul><p class="conf">confidence {record.confidence:.2f}</p></section>')
    return "".join(cards)


_STYLE = """
body{margin:0;font:15px/1.6 system-ui,sans-serif;color:#222;background:#fafafa;display:flex;height:100vh}
main{flex:1;overflow:auto;padding:24px 32px}
aside{width:420px;overflow:auto;border-left:1px solid #ddd;background:#fff;padding:16px}
h1{font-size:18px;margin:0 0 8px}h3{font-size:14px;margin:0 0 6px}
.article{white-space:pre-wrap;background:#fff;border:1px solid #e4e4e4;padding:16px 20px;border-radius:6px}
.hl{border-radius:3px;padding:0 1px;position:relative;cursor:help}
.hl:hover::after{content:attr(data-tip);position:absolute;left:0;top:1.5em;z-index:9;background:#222;color:#fff;
font-size:12px;padding:2px 6px;border-radius:4px;white-space:nowrap}
.hl.active{outline:2px solid #222}
.legend span{display:inline-block;margin:0 6px 4px 0;padding:0 6px;border-radius:3px;font-size:12px}
.card{border:1px solid #e4e4e4;border-radius:6px;padding:8px 10px;margin-bottom:10px}
.card:hover{border-color:#222}.card ul{margin:0;padding-left:4px;list-style:none;font-size:13px}
.sw{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:6px}
.conf{font-size:12px;color:#777;margin:4px 0 0}a{color:#1a4d8f}:target+.hl{outline:2px dashed #222}
"""

_SCRIPT = """
document.querySelectorAll('.card').forEach(function(card){
  var rec = card.getAttribute('data-rec');
  function mark(on){document.querySelectorAll('.hl').forEach(function(el){
    if((' '+el.getAttribute('data-recs')+' ').indexOf(' '+rec+' ')>=0){el.classList.toggle('active', on);}});}
  card.addEventListener('mouseenter', function(){mark(true);});
  card.addEventListener('mouseleave', function(){mark(false);});
});
"""


def _sha256(source: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii")


def highlight_html(text: str, extraction: Extraction, title: Optional[str] = None) -> str:
    """The whole page for one article and its extraction (spans are offsets into ``text``)."""
    marks = collect_marks(extraction)
    panel = _panel_html(text, extraction, marks)
    style = _STYLE + "".join(f".r-{role}{{background:{color}}}" for role, color in ROLES.items())
    legend = "".join(f'<span class="r-{role}">{role}</span>' for role in ROLES)
    heading = escape(title or extraction.doc_id or "article")
    policy = f"default-src 'none'; style-src '{_sha256(style)}'; script-src '{_sha256(_SCRIPT)}'"
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f'<meta http-equiv="Content-Security-Policy" content="{policy}">'
        f"<title>{heading} \u2013 giftextract</title><style>{style}</style></head><body>"
        f'<main><h1>{heading}</h1><div class="legend">{legend}</div>'
        f'<div class="article">{_article_html(text, marks)}</div></main>'
        f"<aside><h1>Records</h1>{panel}</aside><script>{_SCRIPT}</script></body></html>\n"
    )
