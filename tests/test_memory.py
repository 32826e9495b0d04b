"""Bounded working memory within one long document: what a sentence is read with does not
grow with its place in the document (benchmarks/run.py --memory-child measures the peak RSS)."""

from __future__ import annotations

import tracemalloc

from giftextract.frames.continued import is_list_row


def _peak_bytes(fn) -> int:
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        before = tracemalloc.get_traced_memory()[0]
        fn()
        return tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()


def test_a_list_row_deep_in_a_long_text_is_tested_without_a_copy_of_the_text_before_it():
    head = "Nothing to see here today.\n\n" * 200_000  # 5.6 MB before the list
    text = head + "Canada sent these:\n\n- two tanks\n"
    start = text.index("- two")
    assert is_list_row(text, start, len(text) - 1)
    assert _peak_bytes(lambda: is_list_row(text, start, len(text) - 1)) < 100_000


def test_cycles_made_in_one_block_are_freed_before_the_next_is_read(monkeypatch):
    """The collector is paused during an extraction, but the cycles a block makes (a pattern's
    first compilation) do not live until its end: the young objects are collected between blocks."""
    import weakref

    from giftextract import _extract as pipeline

    class Cycle:
        pass

    made, alive_at_next = [], []
    frames_in = pipeline._frames_in

    def frames_in_making_a_cycle(*args):
        alive_at_next.extend(ref() is not None for ref in made)
        made.clear()
        cycle = Cycle()
        cycle.itself = cycle
        made.append(weakref.ref(cycle))
        return frames_in(*args)

    monkeypatch.setattr(pipeline, "BLOCK_CHARS", 50)  # one sentence a block
    monkeypatch.setattr(pipeline, "_frames_in", frames_in_making_a_cycle)
    pipeline.extract("Officials met on Monday in the capital to talk about trade. " * 3 + "Abenov gave Xi Jinping two horses.")
    assert alive_at_next == [False, False, False]


def test_free_heap_pages_are_handed_back_after_normalising_and_before_the_models_of_a_long_document_only(monkeypatch):
    from giftextract import _collector
    from giftextract import _extract as pipeline

    _collector.release_free_heap()  # glibc's malloc_trim here, nothing where there is none
    calls = []
    monkeypatch.setattr(pipeline, "release_free_heap", lambda: calls.append(1))
    gift = "Putin gifted 40 mandarin ducks to North Korea."
    assert pipeline.extract(gift).gift_transfers and calls == []  # one block: nothing to hand back
    monkeypatch.setattr(pipeline, "BLOCK_CHARS", 50)
    assert pipeline.extract("Officials met on Monday in the capital to talk about trade. " + gift).gift_transfers
    assert calls == [1, 1]  # the normalising copies, then the normalised text


def test_deployment_frames_are_kept_to_the_merge_in_a_slotted_form(monkeypatch):
    """Every deployment frame lives to the document's end (its status needs all of them): what
    is kept is the slotted form of the fields the merge reads (frames/kept.py), not the frame."""
    from giftextract import _extract as pipeline
    from giftextract.frames.kept import KeptDeployment

    seen = []
    merge = pipeline.merge_deployments
    monkeypatch.setattr(pipeline, "merge_deployments", lambda frames, place: seen.extend(frames) or merge(frames, place))
    ex = pipeline.extract("Russia has sent 2,000 troops to Syria, the ministry said. Russia sent the 2,000 troops "
                          "to Syria in May.")
    assert ex.deployments and seen and all(type(f) is KeptDeployment for f in seen)
    assert not hasattr(seen[0], "__dict__")


def test_parts_of_the_records_a_long_document_holds_have_no_instance_dict():
    from giftextract.frames.kept import KeptDeployment
    from giftextract.frames.slots import SourceRef
    from giftextract.mentions.items import ItemRef

    for cls in (KeptDeployment, SourceRef, ItemRef):
        assert "__slots__" in vars(cls) and "__dict__" not in dir(cls), cls.__name__


def test_a_name_written_twice_is_held_as_one_str():
    from giftextract.lexicon.entities import find_entities

    text = "Russia sent troops on Monday. Two days later, Russia sent more."
    first, second = [e for e in find_entities(text, 0, len(text)) if e.name == "Russia"]
    assert first.start != second.start and first.text is second.text
