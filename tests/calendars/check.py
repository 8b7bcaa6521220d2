"""Every activity's calendar file, read by an independent reader (python's icalendar with
recurring_ical_events), must give the dates its page lists: the next dates on the activity's own page, from the
day the pages were rendered for.

Usage: check.py <dist> <day the pages were rendered for, YYYY-MM-DD>
"""
import datetime
import html
import pathlib
import re
import sys

import icalendar
import recurring_ical_events

MONTHS = ["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober",
          "november", "desember"]


def page_dates(page: str) -> list[datetime.date]:
    """The dates the page shows, read from its words ("Kamis, 17 Desember 2026")."""
    found = []
    for strong in re.findall(r'<p class="agenda__date"><strong>(.*?)</strong>', page):
        # Without the framework's hydration markers (<!>) between the parts of the text.
        text = html.unescape(re.sub(r"<!--.*?-->|<!>", "", strong))
        _, day, month, year = text.replace(",", "").split()
        found.append(datetime.date(int(year), MONTHS.index(month.lower()) + 1, int(day)))
    return found


def calendar_dates(ics: bytes, start: datetime.date, days: int) -> list[datetime.date]:
    calendar = icalendar.Calendar.from_ical(ics)
    end = start + datetime.timedelta(days=days)
    occurrences = recurring_ical_events.of(calendar).between(start, end)
    dates = []
    for event in occurrences:
        value = event["DTSTART"].dt
        dates.append(value.date() if isinstance(value, datetime.datetime) else value)
    return sorted(dates)


def main() -> int:
    dist, built = pathlib.Path(sys.argv[1]), datetime.date.fromisoformat(sys.argv[2])
    problems, checked = [], 0
    for ics in sorted((dist / "agenda").glob("*.ics")):
        page = (dist / "agenda" / ics.stem / "index.html").read_text(encoding="utf-8")
        shown = page_dates(page)
        if not shown:
            problems.append(f"{ics.stem}: the page lists no dates")
            continue
        expanded = [d for d in calendar_dates(ics.read_bytes(), built, 400) if d >= built][: len(shown)]
        checked += 1
        if expanded != shown:
            problems.append(f"{ics.stem}: page {[str(d) for d in shown]} but calendar {[str(d) for d in expanded]}")
    for p in problems:
        print("calendar differs from its page:", p)
    print(f"calendars: {checked} activities read, {len(problems)} differ")
    return 1 if problems or checked == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
