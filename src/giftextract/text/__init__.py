"""Layer 1: text normalisation with an offset map, and sentence splitting."""

from giftextract.text.normalize import NormalizedText, normalize
from giftextract.text.sentences import iter_sentences, split_sentences

__all__ = ["NormalizedText", "normalize", "iter_sentences", "split_sentences"]
