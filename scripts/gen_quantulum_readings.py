#!/usr/bin/env python3
"""Write src/giftextract/quantity/data/quantulum_readings.json: quantulum3's reading of the
probe ``canonical_unit`` makes for every unit the amount finder reads (each unit word, each
currency sign and code), so that reading an amount imports no quantulum3.

    python scripts/gen_quantulum_readings.py
"""

from __future__ import annotations

import json
import pathlib

OUT = pathlib.Path(__file__).resolve().parents[1] / "src" / "giftextract" / "quantity" / "data" / "quantulum_readings.json"
WORDS = """kg kgs kilo kilos kilogram kilograms kilogramme kilogrammes gram grams tonne tonnes ton tons
lb lbs pound pounds ounce ounces litre litres liter liters millilitre millilitres milliliter milliliters
gallon gallons barrel barrels doses dose dollar dollars euro euros rouble roubles ruble rubles yuan renminbi yen
rupee rupees won""".split() + [
    *(f"{a} {b}" for a in ("metric", "short", "long") for b in ("tonne", "tonnes", "ton", "tons")),
    "pound sterling", "pounds sterling", "cubic metre", "cubic metres", "cubic meter", "cubic meters",
    "us dollar", "us dollars"]
SYMBOLS = [p + s for p in ("", "US", "A", "C", "HK", "NZ", "S") for s in "$€£¥₽₩₹"]
DOC = ("quantulum3's reading of the probe canonical_unit (amounts.py) makes for each unit as written: the "
       "unit's name where quantulum3 reads a currency, or a mass or volume the 'units' table of amounts.json "
       "knows, else null (the aliases then decide). Read from this table, a unit costs no import of quantulum3 "
       "(about a second and a half, at the first amount of a process); a probe not listed is read by "
       "quantulum3 itself. tests/test_quantulum_readings.py checks every entry against quantulum3. "
       "Regenerate: python scripts/gen_quantulum_readings.py")


def main() -> None:
    if not OUT.exists():  # amounts.py reads the table at import
        OUT.write_text(json.dumps({"readings": {}}), "utf-8")
    from giftextract.quantity import amounts

    probes = [f"1 {w}" for w in WORDS] + [f"{s}1" for s in SYMBOLS] + [f"1 {c}" for c in amounts._CODES]
    readings = {probe: amounts._read_unit(probe) for probe in probes}
    OUT.write_text(json.dumps({"_doc": DOC, "readings": readings}, indent=1, ensure_ascii=False) + "\n", "utf-8")
    print(f"wrote {len(readings)} readings to {OUT}")


if __name__ == "__main__":
    main()
