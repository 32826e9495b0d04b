"""Layer 1: text normalisation with an offset map, and sentence splitting."""

from giftextract.text.normalize import NormalizedText, normalize
from giftextract.text.sentences import hard_wrapped, iter_sentences, split_sentences

__all__ = ["NormalizedText", "normalize", "hard_wrapped", "iter_sentences", "split_sentences"]
