"""Shared test configuration: hypothesis profiles only.

``ci`` (the default) keeps the whole property suite under a minute; ``thorough`` is for
a nightly or a local soak run::

    pytest --hypothesis-profile=thorough tests/test_numbers.py
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile("ci", max_examples=200, deadline=None)
settings.register_profile(
    "thorough",
    max_examples=100_000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
# ``--hypothesis-profile NAME`` (the hypothesis pytest plugin) overrides this default.
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
