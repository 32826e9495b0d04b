"""The construction tables as Markdown: the README's table is this function's output
(``giftextract rules``), and a test fails when the two drift apart."""

from __future__ import annotations

from giftextract.constructions.table import Table


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def tables_markdown(tables: dict[str, Table]) -> str:
    """One Markdown table per event kind, rows by descending priority, then name."""
    out = []
    for event in sorted(tables):
        rows = sorted(tables[event].rows, key=lambda r: (-r.priority, r.name))
        out.append(f"**{event}** ({len(rows)} rows)\n")
        out.append("| row | priority | voice | triggers | pattern | example |")
        out.append("|---|---|---|---|---|---|")
        for r in rows:
            triggers = ", ".join(r.triggers[:6]) + (", ..." if len(r.triggers) > 6 else "")
            example = r.examples[0]["text"] if r.examples else ""
            out.append(f"| `{r.name}` | {r.priority} | {r.voice} | {_cell(triggers)} | `{_cell(r.pattern)}` "
                       f"| {_cell(example)} |")
        out.append("")
    return "\n".join(out).rstrip() + "\n"
