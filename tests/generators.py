"""Load a generator script of scripts/ for an integrity test, or skip the test where the
sources it reads (the 'gen' extra) are missing or of other versions than made the file."""

from __future__ import annotations

import importlib.metadata
import importlib.util
import pathlib
from types import ModuleType

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent


def load_generator(script: str, sources: dict[str, str]) -> ModuleType:
    """The module scripts/``script``; ``sources``: the package versions the committed file
    was made with (its ``_meta.sources``)."""
    missing = [p for p in sources if importlib.util.find_spec(p.replace("-", "_")) is None]
    if missing:
        pytest.skip(f"the generator's sources are not installed ({', '.join(missing)}): pip install -e '.[gen]'")
    versions = {p: importlib.metadata.version(p) for p in sources}
    if versions != sources:
        pytest.skip(f"other versions of the generator's sources are installed ({versions}) than made the file "
                    f"({sources}): the output may differ")
    spec = importlib.util.spec_from_file_location(script.removesuffix(".py"), ROOT / "scripts" / script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
