"""Layer 3: the noun phrase after a count, for a guess at what is counted.

``guess_unit(text, end)`` is the head noun, singular, of the words after a count that
ends at ``end`` ("40 mandarin ducks" -> "duck"); ``plural_noun_follows`` says whether the
first of those words is a lowercase plural (then "3000" in "3000 troops" is no year).
"""

from __future__ import annotations

import regex

# Words of the noun phrase after a count, for the unit guess: "-strong" is skipped
# ("a 10,000-strong force"), then up to five words, each captured ("w" is a repeated group).
_NP_WORDS = regex.compile(r"(?:-strong\b)?(?:\s+(?P<w>[A-Za-z][\w'-]*|[0-9][\w-]*)){1,5}")
# Words that end the noun phrase: the counted noun is never after these.
_STOP = frozenset(
    """of and or to the a an in from for with by at on as than into onto via per were was
    is are be been being has have had will would could should may might can do does did
    this that these those its his her their our your my who which whose whom while when
    where after before since until more less other others each every all both such but
    not no nor yet so thus plus versus across among against also only just still even
    said says say told reported""".split()
)
# Nouns whose plural does not end in "s", and words ending in "s" that are not plurals.
_IRREGULAR = {"people": "people", "men": "man", "women": "woman", "children": "child",
              "personnel": "personnel", "police": "police", "cattle": "cattle",
              "sheep": "sheep", "deer": "deer", "fish": "fish", "aircraft": "aircraft",
              "geese": "goose", "mice": "mouse", "oxen": "ox", "teeth": "tooth",
              "feet": "foot", "staff": "staff", "troops": "troop", "species": "species",
              "series": "series", "buses": "bus", "gases": "gas", "bison": "bison", "moose": "moose", "swine": "swine",
              "salmon": "salmon", "elk": "elk", "livestock": "livestock",
              # singulars in "-as" (most "-as" words are plurals: "pandas", "llamas")
              "canvas": "canvas", "canvases": "canvas", "atlas": "atlas", "atlases": "atlas",
              # nouns with no singular ("clothes" is no plural of "clothe")
              "clothes": "clothes", "binoculars": "binoculars", "scissors": "scissors", "trousers": "trousers",
              "pliers": "pliers", "tongs": "tongs", "pyjamas": "pyjamas", "pajamas": "pajamas",
              "goggles": "goggles", "shorts": "shorts", "overalls": "overalls", "tights": "tights", "sunglasses": "sunglasses", "eyeglasses": "eyeglasses", "spectacles": "spectacles",
              "headphones": "headphones", "earphones": "earphones", "jeans": "jeans", "tweezers": "tweezers", "shears": "shears",
              # names of things that end in "s" in the singular ("31 M1 Abrams", "four H-model Hercules")
              "abrams": "abrams", "hercules": "hercules",
              # "-f"/"-fe" nouns whose plural is "-ves" (others keep the "e": "gloves", "valves")
              "scarves": "scarf", "wolves": "wolf", "calves": "calf", "halves": "half", "knives": "knife",
              "wives": "wife", "leaves": "leaf", "loaves": "loaf", "shelves": "shelf", "hooves": "hoof",
              "thieves": "thief", "sheaves": "sheaf", "elves": "elf", "dwarves": "dwarf",
              # "-is" nouns whose plural is "-ises" ("ibises", not "ibise")
              "ibises": "ibis", "irises": "iris", "mantises": "mantis", "trellises": "trellis"}
# nouns written the same in the singular and the plural ("two aircraft", "ten sheep")
ZERO_PLURALS = frozenset(k for k, v in _IRREGULAR.items() if k == v)
_KIND_WORDS = {"kinds": "kind", "types": "type", "breeds": "breed", "varieties": "variety",
               "sorts": "sort", "strains": "strain"}


# Nouns in "-oe", whose plural is "-oes" but whose singular keeps the "e" ("canoes" -> "canoe");
# every other "-oes" plural drops "es" ("mangoes" -> "mango", "potatoes" -> "potato").
_OE_NOUNS = frozenset(("shoe", "horseshoe", "snowshoe", "backhoe", "canoe", "oboe", "toe", "tiptoe", "mistletoe", "hoe",
                       "floe", "sloe", "foe", "roe", "doe", "throe"))
# Nouns in "-i", whose plural adds "s" ("okapis", "saris"); every other word in "-is" is a
# singular ("chassis", "axis", "analysis", "ibis").
_I_NOUNS = frozenset(("okapi", "wapiti", "saluki", "kiwi", "surahi", "sari", "taxi", "safari", "alibi", "bonsai",
                      "kukri", "khukuri", "rabbi", "yeti", "salami", "chilli", "chili", "bikini", "tiki", "hibachi",
                      "kimchi", "tsunami", "origami", "tepui", "maxi", "mini", "semi", "deli", "ski", "jacuzzi"))
# Nouns in "-ie", whose plural "-ies" keeps the "ie" ("walkie-talkies" -> "walkie-talkie", not
# "-talky"); every other "-ies" plural ends in "y" ("puppies" -> "puppy").
_IE_NOUNS = frozenset(("talkie", "cookie", "movie", "hoodie", "zombie", "goalie", "selfie", "rookie", "smoothie",
                       "pie", "tie", "necktie", "bowtie", "calorie", "prairie", "brownie", "beanie", "bootie",
                       "birdie", "genie", "collie", "budgie", "sortie", "kiltie", "veggie", "auntie"))


def singular(word: str) -> str:
    """The English singular of a plural noun, by the irregular table and the regular rules
    ('doses' -> 'dose', 'mangoes' -> 'mango', 'canoes' -> 'canoe', 'cattle' -> 'cattle')."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word in _KIND_WORDS:
        return _KIND_WORDS[word]
    if word.endswith("ies") and len(word) > 4:
        return word[:-1] if word[:-1].rsplit("-", 1)[-1] in _IE_NOUNS else word[:-3] + "y"
    if word.endswith("buses"):  # "minibuses", "microbuses"
        return word[:-2]
    if word.endswith(("ches", "shes", "sses", "xes", "zzes")):
        return word[:-2]
    if word.endswith("oes") and len(word) > 4 and word[:-1] not in _OE_NOUNS:
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    if word.endswith("is") and word[:-1].rsplit("-", 1)[-1] in _I_NOUNS:
        return word[:-1]  # "okapis", "bidri surahis": nouns in "-i" add an "s"
    return word




def _is_plural(word: str) -> bool:
    if word in _IRREGULAR or word in _KIND_WORDS:
        return True
    return word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3 \
        or word.endswith("is") and word[:-1] in _I_NOUNS


def guess_unit(text: str, end: int) -> str | None:
    """The counted noun, singular: the head of the noun phrase after the count.

    Modifiers are skipped: adjectives and nouns used as modifiers ("mandarin ducks"),
    capitalised names and demonyms ("North Korean troops"), model names ("Su-27 jets").
    The head is the first plural-looking word; failing that, the first lowercase word.
    """
    m = _NP_WORDS.match(text, end, min(len(text), end + 120))
    if not m:
        return None
    first: str | None = None
    for w in m.captures("w"):
        low = w.lower()
        if low in _STOP:
            break
        if low in ("different", "various", "distinct", "separate", "rare", "other"):
            continue
        if _is_plural(low) and not w[0].isdigit():
            return singular(low)
        if first is None and w[0].islower():
            first = low
    return first


def plural_noun_follows(text: str, end: int) -> bool:
    """Whether the first word after ``end`` is a lowercase plural ("3000 troops")."""
    m = _NP_WORDS.match(text, end, min(len(text), end + 120))
    head = m.captures("w")[0] if m else ""
    return bool(head and head[0].islower() and _is_plural(head.lower()))
