"""Text renderings of extractions and of the schema, kept apart from the CLI so they are pure and testable.

Every function returns a complete ``str`` ending in a newline; callers decide where it goes.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from giftextract.models import Extraction, json_schema

__all__ = ["schema_json", "to_json", "to_jsonl"]


def _plain(extraction: Extraction) -> dict:
    # mode="json" turns every value into a JSON-native type, so json.dumps never needs a default hook.
    return extraction.model_dump(mode="json")


def to_json(extractions: Iterable[Extraction]) -> str:
    """One pretty-printed JSON array of all extractions (``[]`` when there are none)."""
    # ensure_ascii=False keeps quoted source text readable; the CLI writes the result as UTF-8.
    return json.dumps([_plain(e) for e in extractions], indent=2, ensure_ascii=False) + "\n"


def to_jsonl(extractions: Iterable[Extraction]) -> str:
    """One compact JSON object per line; empty string when there are none."""
    # Compact separators keep every record on one line, which is what line-oriented tools expect.
    return "".join(
        json.dumps(_plain(e), ensure_ascii=False, separators=(",", ":")) + "\n" for e in extractions
    )


def schema_json() -> str:
    """The JSON Schema of :class:`Extraction`, exactly as committed under ``schemas/``.

    sort_keys and a fixed indent make the text deterministic, so the drift test can compare strings.
    """
    return json.dumps(json_schema(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
