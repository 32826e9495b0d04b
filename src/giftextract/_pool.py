"""A function over many items in worker processes, results in input order, input read lazily."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

CHUNK = 4  # documents per task: fewer round trips, still a fine-grained balance between processes
AHEAD = 4  # tasks queued per worker: keeps every process busy without reading far ahead


def _each(fn, chunk: list) -> list:
    return [fn(item) for item in chunk]


def ordered_map(fn, items: Iterable, *, workers: int, chunk: int = CHUNK) -> Iterator:
    """``fn`` over ``items`` in ``workers`` processes, results in input order. Unlike
    ``Executor.map``, which submits the whole input at once, at most ``workers * AHEAD``
    chunks are in flight: input is read and results released as the work goes on."""
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor
    from functools import partial
    from itertools import islice

    source = iter(items)
    work = partial(_each, fn)
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending: deque = deque()

        def submit() -> bool:
            batch = list(islice(source, chunk))
            if batch:
                pending.append(pool.submit(work, batch))
            return bool(batch)

        while len(pending) < workers * AHEAD and submit():
            pass
        while pending:
            results = pending.popleft().result()
            submit()
            yield from results
