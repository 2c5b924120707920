"""Writes the public-holiday calendars business-day deadlines skip, from the `holidays`
package (PyPI, pinned in requirements.txt): `cargo xtask holidays` runs it and the result,
src-tauri/core/data/holidays.json, is committed. Nothing here is typed by hand but the list of
countries and years; the core's tests fail when a country a rule needs, or next year, is
missing.

usage: generate.py OUT.json
"""

import json
import sys
from importlib.metadata import version

import holidays

# Every country a notification rule counts business or working days in, or whose bank
# holidays move a deadline: the EEA (DORA, Delegated Regulation (EU) 2025/301, Art. 5(3)),
# the United Kingdom, and the other jurisdictions the deadline engine knows.
EEA = [
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
    "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO",
]
OTHERS = ["GB", "US", "BR", "ID", "SG", "JP", "AU", "CA"]
FIRST_YEAR = 2018
LAST_YEAR = 2036


def calendar(country):
    """One country's public holidays, English names where the package has them."""
    supported = holidays.country_holidays(country).supported_languages
    language = next((l for l in ("en_US", "en_GB", "en") if l in supported), None)
    days = holidays.country_holidays(country, years=range(FIRST_YEAR, LAST_YEAR + 1), language=language)
    return [[day.isoformat(), name] for day, name in sorted(days.items())]


def main():
    out = sys.argv[1]
    data = {
        "source": f"holidays {version('holidays')} (PyPI), public holidays, by `cargo xtask holidays`",
        "firstYear": FIRST_YEAR,
        "lastYear": LAST_YEAR,
        "countries": {country: calendar(country) for country in sorted(EEA + OTHERS)},
    }
    # One holiday per line, so a regenerated calendar diffs by the days that changed.
    lines = [
        "{",
        f'"source": {json.dumps(data["source"])},',
        f'"firstYear": {FIRST_YEAR},',
        f'"lastYear": {LAST_YEAR},',
        '"countries": {',
    ]
    countries = list(data["countries"].items())
    for i, (country, days) in enumerate(countries):
        lines.append(f'"{country}": [')
        lines += [json.dumps(day, ensure_ascii=False) + ("," if j < len(days) - 1 else "") for j, day in enumerate(days)]
        lines.append("]" + ("," if i < len(countries) - 1 else ""))
    lines += ["}", "}"]
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
