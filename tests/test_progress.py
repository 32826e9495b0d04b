"""Progress on long work: tqdm bars on stderr when it is a terminal (a pseudo-terminal here),
for many files and for one large file; nothing when stderr is a pipe."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest

import giftextract
from giftextract import cli

ROOT = Path(__file__).resolve().parents[1]
SEED = (ROOT / "seeds" / "000_dee4f66007dc1917.txt").read_text("utf-8")
pty = pytest.importorskip("pty", reason="pseudo-terminals are POSIX only")
fcntl = pytest.importorskip("fcntl", reason="pseudo-terminals are POSIX only")
termios = pytest.importorskip("termios", reason="pseudo-terminals are POSIX only")


def run_on_a_terminal(*args: str, cwd: Path) -> tuple[int, bytes, str]:
    """Run the CLI with stderr on a pseudo-terminal; return (exit code, stdout, what the terminal showed)."""
    master, slave = pty.openpty()
    # a terminal of 80 columns, as a person's would be (a fresh pseudo-terminal has none)
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    # stdout to a file, not a pipe: a full pipe would stall the process while this reads the terminal
    out_path = cwd / "stdout.out"
    with out_path.open("wb") as out_file:
        proc = subprocess.Popen([sys.executable, "-m", "giftextract.cli", *args], cwd=cwd,
                                stdout=out_file, stderr=slave)
    os.close(slave)
    shown = bytearray()
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the terminal closed: the process is done with it
            break
        if not chunk:
            break
        shown.extend(chunk)
    proc.wait(timeout=300)
    os.close(master)
    out = out_path.read_bytes()
    out_path.unlink()
    return proc.returncode, out, shown.decode("utf-8", "replace")


def test_many_files_show_a_bar_of_documents_on_a_terminal(tmp_path):
    for i in range(cli.PROGRESS_MIN_DOCS):
        (tmp_path / f"doc{i:02d}.txt").write_text(SEED, encoding="utf-8")

    code, out, shown = run_on_a_terminal("extract", ".", "--format", "jsonl", cwd=tmp_path)

    assert code == 0 and len(out.splitlines()) == cli.PROGRESS_MIN_DOCS
    assert f"{cli.PROGRESS_MIN_DOCS}/{cli.PROGRESS_MIN_DOCS}" in shown and "doc" in shown and "100%" in shown


def test_one_large_file_shows_a_bar_of_characters_on_a_terminal(tmp_path):
    copies = cli.PROGRESS_MIN_CHARS // len(SEED) + 1
    (tmp_path / "big.txt").write_text("\n\n".join([SEED] * copies), encoding="utf-8")

    code, out, shown = run_on_a_terminal("extract", "big.txt", "--format", "jsonl", cwd=tmp_path)

    assert code == 0 and out.count(b"\n") == 1
    assert "big" in shown and "char" in shown and "%" in shown


def test_no_bar_when_stderr_is_not_a_terminal(tmp_path):
    for i in range(cli.PROGRESS_MIN_DOCS):
        (tmp_path / f"doc{i:02d}.txt").write_text(SEED, encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "giftextract.cli", "extract", ".", "--format", "jsonl"],
                            cwd=tmp_path, capture_output=True, timeout=300)
    assert result.returncode == 0 and result.stderr == b""


def test_extract_reports_progress_through_a_long_text():
    text = "\n\n".join([SEED] * 60)  # several 100 kB blocks
    calls: list[tuple[int, int]] = []
    giftextract.extract(text, progress=lambda done, total: calls.append((done, total)))
    assert len(calls) >= 3
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
    assert calls[-1][0] == calls[-1][1] and {total for _, total in calls} == {calls[-1][1]}
