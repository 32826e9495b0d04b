"""The highlight page: parsed by a real HTML parser, escaping checked, and rendered once in Chromium."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import pytest

import giftextract
from giftextract.highlight import ROLES, highlight_html

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_dee4f66007dc1917.txt"
HOSTILE = (
    "Putin gifted 40 mandarin ducks to North Korea. <script>alert(1)</script> "
    '<img src=x onerror="alert(2)"> & "quotes"\n'
)


class Page(HTMLParser):
    """Collects tags, attributes and the visible text of the article."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.scripts = 0
        self.article: list[str] = []
        self._article_depth = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        self.scripts += tag == "script"
        if self._article_depth or (tag == "div" and attrs.get("class") == "article"):
            self._article_depth += tag != "a"  # anchors are empty, so never closed before their content

    def handle_endtag(self, tag):
        if self._article_depth and tag != "a":
            self._article_depth -= 1

    def handle_data(self, data):
        if self._article_depth:
            self.article.append(data)


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    page.close()
    return page


def test_hostile_article_renders_as_text():
    html = highlight_html(HOSTILE, giftextract.extract(HOSTILE, doc_id="x"))
    page = parse(html)
    assert page.scripts == 1, "only the page's own script"
    assert not any(tag == "img" for tag, _ in page.tags)
    assert not any(k.startswith("on") for _, attrs in page.tags for k in attrs)
    # The visible article is exactly the input: escaped on the way in, unescaped by the parser.
    assert "".join(page.article) == HOSTILE
    assert "<script>alert" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_self_contained_and_locked_down():
    text = SEED.read_text("utf-8")
    html = highlight_html(text, giftextract.extract(text, doc_id=SEED.stem))
    page = parse(html)
    for tag, attrs in page.tags:
        assert "src" not in attrs, f"external asset in <{tag}>"
        if tag == "a":
            assert attrs.get("href", "#").startswith("#")
        if tag == "link":
            pytest.fail("no <link> allowed")
    csp = [a["content"] for t, a in page.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert csp and csp[0].startswith("default-src 'none'")


def test_every_span_highlighted_by_role_and_linked_from_the_panel():
    text = SEED.read_text("utf-8")
    extraction = giftextract.extract(text, doc_id=SEED.stem)
    page = parse(highlight_html(text, extraction))
    assert "".join(page.article) == text
    roles = {c.split("r-", 1)[1] for t, a in page.tags if t == "span" for c in a.get("class", "").split()
             if c.startswith("r-")}
    assert {"giver", "recipient", "item", "count", "origin", "destination", "troops"} <= roles <= set(ROLES)
    anchors = {a["id"] for t, a in page.tags if t == "a" and "id" in a}
    links = {a["href"][1:] for t, a in page.tags if t == "a" and "href" in a}
    assert links and links <= anchors
    cards = [a["data-rec"] for t, a in page.tags if t == "section"]
    assert len(cards) == len(extraction.gift_transfers) + len(extraction.deployments)
    tips = [a["data-tip"] for t, a in page.tags if t == "span" and "data-tip" in a]
    assert any("giver" in tip for tip in tips)


def test_cli_highlight_writes_the_page(tmp_path):
    out = tmp_path / "page.html"
    result = subprocess.run([sys.executable, "-m", "giftextract.cli", "highlight", str(SEED), "-o", str(out)],
                            capture_output=True, timeout=120)
    assert result.returncode == 0 and result.stderr == b"" and result.stdout == b""
    assert parse(out.read_text("utf-8")).article


@pytest.mark.skipif(shutil.which("chromium") is None, reason="Chromium not installed")
def test_renders_in_headless_chromium(tmp_path):
    text = SEED.read_text("utf-8")
    page = tmp_path / "page.html"
    page.write_text(highlight_html(text, giftextract.extract(text, doc_id=SEED.stem)), encoding="utf-8")
    png = tmp_path / "page.png"
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [shutil.which("chromium"), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
             "--no-first-run", "--disable-background-networking", "--disable-component-update",
             "--disable-sync", f"--user-data-dir={profile}", f"--screenshot={png}", "--window-size=1400,1000",
             page.as_uri()],
            capture_output=True, timeout=120,
        )
    data = png.read_bytes()
    assert data.startswith(b"\x89PNG") and len(data) > 20_000
