#!/usr/bin/env python3
"""A realistic news stream for the speed benchmark: mostly off-topic wire copy, a few
percent on-topic articles.

    python benchmarks/news_stream.py --mb 1 > /tmp/news.txt      # look at it
    from news_stream import news_stream; docs = news_stream(3_000_000)

What users feed giftextract is an archive: economy, sport, weather, courts, politics,
full of numbers, country names, dates and reporting verbs, and of the very words the
extractor looks for ("sent", "troops", "zoo", "gave", "arrived", "delivered") used for
something else: ``TRAP_SHARE`` of the sentences are such traps (with the headlines and the
on-topic articles, about one sentence in five holds a word that can open a frame, more than
wire copy usually has). The off-topic articles are generated from the templates below (the
project's own words, a fixed seed, so the stream is the same on every run); about 2% of
the articles are the seed articles (``seeds/*.txt``), on topic.
"""

from __future__ import annotations

import argparse
import pathlib
import random
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
ON_TOPIC_SHARE = 0.02

COUNTRIES = ["France", "Germany", "Japan", "Brazil", "India", "Kenya", "Mexico", "Canada", "Australia", "Egypt",
             "Turkey", "Poland", "Chile", "Vietnam", "Nigeria", "Sweden", "Spain", "Italy", "Indonesia", "Peru",
             "China", "Russia", "the United States", "Britain", "South Korea", "Argentina", "Norway", "Iran"]
DEMONYMS = ["French", "German", "Japanese", "Brazilian", "Indian", "Kenyan", "Mexican", "Canadian", "Australian",
            "Egyptian", "Turkish", "Polish", "Chilean", "Vietnamese", "Nigerian", "Swedish", "Spanish", "Italian"]
CITIES = ["Paris", "Berlin", "Tokyo", "Sao Paulo", "Mumbai", "Nairobi", "Lima", "Toronto", "Sydney", "Cairo",
          "Istanbul", "Warsaw", "Santiago", "Hanoi", "Lagos", "Stockholm", "Madrid", "Milan", "Jakarta", "Oslo"]
PEOPLE = ["Maria Lopez", "John Carter", "Aiko Tanaka", "Ravi Menon", "Grace Otieno", "Lars Nilsson",
          "Ana Souza", "Pierre Morel", "Olga Ivanova", "Chen Wei", "Tom Baker", "Fatima Hassan"]
ROLES = ["Finance Minister", "the central bank governor", "a government spokesman", "the coach",
         "the company's chief executive", "a senior economist", "the mayor", "the prosecutor", "police"]
SAY = ["said", "told reporters", "said on Tuesday", "told a news conference", "said in a statement",
       "wrote on social media", "told state television", "said late on Friday", "confirmed", "announced"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TEAMS = ["United", "City", "Rovers", "the national team", "the visitors", "the champions", "the home side"]

SENTENCES = {
    "economy": [
        "{country}'s economy grew {pct} percent in the {quarter} quarter, {person}, {role}, {say}.",
        "Inflation rose to {pct} percent in {month}, the highest in {n} years, the statistics office {say}.",
        "The central bank sent a clear signal that rates would stay at {pct} percent until {month}.",
        "Exports to {country} fell {pct} percent to ${big} billion, while imports of {thing} rose by {n} percent.",
        "The company sent {n},{nnn} shipments of {thing} to {country} last year and expects to deliver more in {month}.",
        "Shares in the group gained {pct} percent after it gave a forecast of ${big} million in profit.",
        "{person} {say} the government would send a budget of ${big} billion to parliament on {day}.",
        "Oil prices climbed ${n} to ${big} a barrel on {day} after {country} cut output by {n}{nnn} barrels a day.",
        "About {n},{nnn} workers at the plant in {city} received a pay rise of {pct} percent in {month}.",
        "The trade deficit with {country} narrowed to ${big} billion, {role} {say}.",
    ],
    "sport": [
        "{country} beat {country2} {n}-{m} on {day} to reach the semi-finals in {city}.",
        "The striker scored twice in {n} minutes as {team} sent {team2} out of the cup.",
        "More than {n}{nnn} fans arrived in {city} for the final on {day}, {role} {say}.",
        "The {demonym} runner won gold in {n} minutes {m} seconds, the fastest time since {year}.",
        "{person} gave the team a {n}-{m} lead before half-time, and {team} held on.",
        "The coach sent off two players after {n} minutes, and {team} finished with {m} men.",
        "Organisers said {n},{nnn} tickets had been sold for the {month} {day2} match in {city}.",
        "{team} received a fine of ${n},{nnn} after fans threw flares onto the pitch.",
    ],
    "weather": [
        "Temperatures in {city} reached {n} degrees on {day}, {m} degrees above the {month} average.",
        "Heavy rain sent rivers in the north of {country} over their banks, and {n},{nnn} people left their homes.",
        "The storm brought winds of up to {n}{m} km an hour to {city} and cut power to {n},{nnn} homes.",
        "Forecasters {say} that {pct} inches of snow could fall on {day} across the south of {country}.",
        "Emergency crews were sent to {n} villages after the floods, {role} {say}.",
        "The {city} zoo closed for {n} days as the heatwave pushed temperatures past {m} degrees.",
    ],
    "politics": [
        "{person}, {country}'s {office}, arrived in {city} on {day} for {n} days of talks on trade and climate.",
        "{country} and {country2} signed {n} agreements on energy and transport during the visit, {role} {say}.",
        "Lawmakers voted {n}{m} to {m}{n} to pass the bill, which now goes to the upper house in {month}.",
        "{demonym} voters go to the polls on {month} {day2}, {year}, with {n} parties competing for {n}{m} seats.",
        "The opposition sent a letter to the election commission asking for a recount in {n} districts.",
        "{person} {say} that {country} would not send troops abroad without a vote in parliament.",
        "The minister gave no details of the talks, but {say} they had been \"useful\".",
        "About {n},{nnn} people marched in {city} on {day} against the new tax, police {say}.",
        "The president received the {demonym} ambassador on {day} and discussed the {year} trade agreement.",
    ],
    "courts": [
        "A court in {city} sentenced {n} men to {m} years in prison for fraud worth ${big} million.",
        "Prosecutors {say} the suspect sent {n}{nnn} emails to investors between {month} and {month2}.",
        "The judge gave the company until {month} {day2} to pay ${big} million in damages.",
        "Police arrested {n} people and seized {n}{m} kilograms of drugs at the port of {city} on {day}.",
        "The appeal will be heard on {month} {day2}, {year}, {person}'s lawyer {say}.",
    ],
    "culture": [
        "The museum in {city} received {n},{nnn} visitors in {month}, {pct} percent more than a year earlier.",
        "The film took ${big} million in its first {n} days and will be released in {country} in {month}.",
        "The festival, held every {month} since {year}, drew {n}{nnn} people to {city}, organisers {say}.",
        "Keepers at {city} zoo said the new aquarium would open in {month} after {n} years of work.",
        "The orchestra gave {n} concerts in {country} and {country2} during a tour that ended on {day}.",
    ],
}
# Sentences with none of the words that open a frame: most of what a wire service writes.
PLAIN = {
    "economy": [
        "Analysts had expected growth of {pct} percent, according to a survey of {n} economists.",
        "The index closed {pct} percent higher at {n},{nnn} points, its best day since {month}.",
        "{country}'s currency weakened to {n}.{m} against the dollar, the lowest level in {n} months.",
        "Unemployment fell to {pct} percent in {month}, down from {pct} percent a year earlier.",
        "The government expects the deficit to shrink to {pct} percent of output by {year}.",
        "Retail sales in {country} rose {pct} percent from a year earlier, {role} {say}.",
    ],
    "sport": [
        "{team} are {n} points clear at the top of the table with {m} games left.",
        "{person} has scored {n} goals in {m} matches since joining from a club in {country}.",
        "The match in {city} ended {m}-{m} after a late penalty was saved.",
        "The {demonym} champion lost in straight sets, {m}-{n}, {m}-{n}, in the second round.",
    ],
    "weather": [
        "Forecasters expect {n} millimetres of rain in {city} over the next {m} days.",
        "The drought has lasted {n} months, the longest in {country} since records began in {year}.",
        "Temperatures will fall to minus {m} degrees overnight in the mountains, {role} {say}.",
    ],
    "politics": [
        "{person} {say} the talks with {country} had been \"frank and open\".",
        "The coalition holds {n}{m} of the {n}{nnn} seats in the lower house.",
        "Polls show the ruling party at {n} percent, {m} points ahead of the opposition.",
        "The summit in {city} on {month} {day2} is expected to focus on trade and energy.",
        "{demonym} officials {say} the agreement would take effect in {month} {year}.",
    ],
    "courts": [
        "The trial, which began in {month}, is expected to last {n} weeks, {role} {say}.",
        "{person} denies all {n} charges and faces up to {m} years in prison if convicted.",
        "The supreme court of {country} ruled {m}-{m} that the law was constitutional.",
    ],
    "culture": [
        "The exhibition in {city} runs until {month} {day2} and features {n} works from {country}.",
        "Tickets for the {n} shows sold out in {m} hours, organisers {say}.",
        "The novel, her {m}th, has sold {n}{nnn} copies in {country} since {month}.",
    ],
}
TRAP_SHARE = 0.15  # share of sentences drawn from SENTENCES: words like "sent", "gave", "troops", "zoo"

HEADLINES = ["{country} {topic} update", "{city}: {topic} news", "{topic} roundup, {month} {day2}"]
OFFICES = ["prime minister", "foreign minister", "president", "trade minister", "finance minister"]
THINGS = ["steel", "wheat", "cars", "coffee", "solar panels", "medicines", "copper", "rice", "phones"]


def _fill(template: str, rng: random.Random) -> str:
    c1, c2 = rng.sample(COUNTRIES, 2)
    m1, m2 = rng.sample(MONTHS, 2)
    t1, t2 = rng.sample(TEAMS, 2)
    values = {
        "country": c1, "country2": c2, "demonym": rng.choice(DEMONYMS), "city": rng.choice(CITIES),
        "person": rng.choice(PEOPLE), "role": rng.choice(ROLES), "say": rng.choice(SAY), "month": m1,
        "month2": m2, "day": rng.choice(DAYS), "day2": rng.randint(1, 28), "year": rng.randint(1990, 2025),
        "n": rng.randint(2, 95), "m": rng.randint(1, 9), "nnn": f"{rng.randint(0, 999):03d}",
        "pct": f"{rng.randint(0, 12)}.{rng.randint(0, 9)}", "big": rng.randint(2, 900),
        "quarter": rng.choice(["first", "second", "third", "fourth"]), "team": t1, "team2": t2,
        "thing": rng.choice(THINGS), "office": rng.choice(OFFICES),
    }
    text = template.format(**values)
    return text[0].upper() + text[1:]


def off_topic_article(rng: random.Random) -> str:
    topic = rng.choice(sorted(SENTENCES))
    dateline = f"{rng.choice(CITIES).upper()}, {rng.choice(MONTHS)} {rng.randint(1, 28)} -- "
    title = _fill(rng.choice(HEADLINES).replace("{topic}", topic), rng)
    paragraphs = []
    for _ in range(rng.randint(4, 8)):
        sentences = []
        for _ in range(rng.randint(1, 3)):
            kind = topic if rng.random() < 0.8 else rng.choice(sorted(SENTENCES))
            pool = SENTENCES[kind] if rng.random() < TRAP_SHARE else PLAIN[kind]
            sentences.append(_fill(rng.choice(pool), rng))
        paragraphs.append(" ".join(sentences))
    return title + "\n\n" + dateline + "\n\n".join(paragraphs) + "\n"


def on_topic_articles() -> list[str]:
    return [p.read_text("utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]


def news_stream(size: int, seed: int = 12) -> list[str]:
    """Articles totalling at least ``size`` UTF-8 bytes: off-topic copy with one on-topic
    article (a seed, in turn) every 1 / ON_TOPIC_SHARE articles."""
    rng = random.Random(seed)
    on_topic = on_topic_articles()
    every = round(1 / ON_TOPIC_SHARE)
    docs: list[str] = []
    total = 0
    while total < size:
        if len(docs) % every == every // 2:
            doc = on_topic[(len(docs) // every) % len(on_topic)]
        else:
            doc = off_topic_article(rng)
        docs.append(doc)
        total += len(doc.encode("utf-8"))
    return docs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=0.05, help="megabytes of news to print")
    ap.add_argument("--seed", type=int, default=12)
    args = ap.parse_args(argv)
    sys.stdout.write("\n\n".join(news_stream(int(args.mb * 1e6), args.seed)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
