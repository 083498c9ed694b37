#!/usr/bin/env python3
"""Checks iCalendar feeds with a real parser against the occurrences they should give.

Usage: check_ics.py FEED.ics EXPECTED.json [FEED.ics EXPECTED.json ...]
       check_ics.py --site PUBLIC_DIR

With --site, a built site's calendar.ics is checked against its api/calendar.json, and each
series' own lich/ID.ics against that series alone.

EXPECTED.json has the shape of the site's api/calendar.json:

    {"timezone": "Asia/Ho_Chi_Minh",
     "window": {"start": "2026-11-01", "end": "2027-03-31"},
     "series": [{"id": "hop-dau-tuan", "occurrences": ["2026-11-02T09:00", ...]}]}

The window includes both its days. Series ID is the VEVENT whose UID is "ID@playbook". The
feed is parsed with `icalendar`; each VEVENT's RRULE, RDATE and EXDATE are expanded with
python-dateutil as wall times in its TZID zone, and must give exactly the listed occurrences
within the window. At each occurrence the feed's own VTIMEZONE, read by dateutil, must give
the offset the tz database gives, so clients that trust the VTIMEZONE agree with those that
know the zone. Also checked: UTF-8, CRLF line ends, lines of at most 75 octets, VERSION,
PRODID, X-WR-TIMEZONE and one VEVENT per series.

Prints one line per check, then "ics: N passed, M failed"; exits 1 when any check failed.
"""
import json
import os
import sys
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import icalendar
from dateutil.rrule import rruleset, rrulestr

PRODID = "-//Playbook//Playbook//VI"
MAX_LINE_OCTETS = 75
UID_SUFFIX = "@playbook"


class Report:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, name, problems):
        if problems:
            self.failed += 1
            print(f"FAIL - {name}: " + "; ".join(problems))
        else:
            self.passed += 1
            print(f"ok - {name}")


def line_problems(raw):
    """Where the bytes break RFC 5545 §3.1: encoding, line ends, line length."""
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as error:
        return [f"not UTF-8 at byte {error.start}"]
    if not raw.endswith(b"\r\n"):
        return ["does not end with CRLF"]
    problems = []
    for number, line in enumerate(raw[:-2].split(b"\r\n"), start=1):
        if b"\r" in line or b"\n" in line:
            problems.append(f"line {number} has a bare CR or LF")
        if len(line) > MAX_LINE_OCTETS:
            problems.append(f"line {number} has {len(line)} octets")
    return problems[:5]


def wall_time(value, zone_name):
    """A DATE-TIME property value as an aware time in the zone its TZID names; a whole-day
    DATE as local midnight, the way api/calendar.json lists it."""
    if value.params.get("VALUE") == "DATE" and isinstance(value.dt, date) and not isinstance(value.dt, datetime):
        return datetime(value.dt.year, value.dt.month, value.dt.day, tzinfo=ZoneInfo(zone_name))
    tzid = value.params.get("TZID")
    if tzid != zone_name:
        raise ValueError(f"{value.to_ical().decode()} has TZID {tzid!r}, not {zone_name!r}")
    if not isinstance(value.dt, datetime):
        raise ValueError(f"{value.to_ical().decode()} is not a DATE-TIME")
    return value.dt.replace(tzinfo=None).replace(tzinfo=ZoneInfo(zone_name))


def date_list(event, name, zone_name):
    """Every time of the RDATE or EXDATE properties, however many the event has."""
    properties = event.get(name, [])
    if not isinstance(properties, list):
        properties = [properties]
    return [wall_time(value, zone_name) for prop in properties for value in prop.dts]


def occurrences(event, zone_name, start, end):
    """The event's starts from START (included) to END (excluded)."""
    dtstart = wall_time(event["DTSTART"], zone_name)
    starts = rruleset()
    if "RRULE" in event:
        rule = rrulestr(event["RRULE"].to_ical().decode(), dtstart=dtstart)
        if next(iter(rule), None) != dtstart:
            raise ValueError("DTSTART is not the RRULE's first occurrence")
        starts.rrule(rule)
    else:
        starts.rdate(dtstart)
    for value in date_list(event, "RDATE", zone_name):
        starts.rdate(value)
    for value in date_list(event, "EXDATE", zone_name):
        starts.exdate(value)
    return [value for value in starts.between(start, end, inc=True) if value < end]


def offset_problems(starts, vtimezone, zone_name):
    """Starts at which the feed's VTIMEZONE and the tz database disagree on the offset."""
    if vtimezone is None:
        return [f"no VTIMEZONE with TZID {zone_name}"]
    feed_zone = vtimezone.to_tz(lookup_tzid=False)
    problems = []
    for value in starts:
        wall = value.replace(tzinfo=None)
        feed_offset = wall.replace(tzinfo=feed_zone).utcoffset()
        if feed_offset != value.utcoffset():
            problems.append(f"VTIMEZONE gives {feed_offset} at {wall:%Y-%m-%dT%H:%M}, the tz database {value.utcoffset()}")
    return problems[:3]


def check_feed(report, feed_path, expected):
    with open(feed_path, "rb") as file:
        raw = file.read()
    zone_name = expected["timezone"]
    zone = ZoneInfo(zone_name)
    window_start = datetime.combine(date.fromisoformat(expected["window"]["start"]), time(), zone)
    window_end = datetime.combine(date.fromisoformat(expected["window"]["end"]) + timedelta(days=1), time(), zone)

    report.check(f"{feed_path}: UTF-8, CRLF, lines of at most {MAX_LINE_OCTETS} octets", line_problems(raw))
    try:
        calendar = icalendar.Calendar.from_ical(raw)
    except ValueError as error:
        report.check(f"{feed_path}: parses", [str(error)])
        return
    header = {
        "VERSION": (str(calendar.get("VERSION")), "2.0"),
        "PRODID": (str(calendar.get("PRODID")), PRODID),
        "X-WR-TIMEZONE": (str(calendar.get("X-WR-TIMEZONE")), zone_name),
    }
    report.check(f"{feed_path}: VERSION, PRODID, X-WR-TIMEZONE",
                 [f"{name} is {actual!r}, not {wanted!r}" for name, (actual, wanted) in header.items() if actual != wanted])

    events = calendar.walk("VEVENT")
    uids = [str(event.get("UID")) for event in events]
    wanted_uids = [series["id"] + UID_SUFFIX for series in expected["series"]]
    report.check(f"{feed_path}: one VEVENT per series",
                 [] if sorted(uids) == sorted(wanted_uids) else [f"UIDs {sorted(uids)}, expected {sorted(wanted_uids)}"])

    vtimezone = next((tz for tz in calendar.walk("VTIMEZONE") if str(tz.get("TZID")) == zone_name), None)
    for series in expected["series"]:
        uid = series["id"] + UID_SUFFIX
        matching = [event for event in events if str(event.get("UID")) == uid]
        if len(matching) != 1:
            report.check(f"{series['id']}", [f"{len(matching)} VEVENTs with UID {uid}"])
            continue
        try:
            starts = occurrences(matching[0], zone_name, window_start, window_end)
        except ValueError as error:
            report.check(f"{series['id']}", [str(error)])
            continue
        actual = {f"{value:%Y-%m-%dT%H:%M}" for value in starts}
        wanted = set(series["occurrences"])
        problems = []
        if actual - wanted:
            problems.append("unexpected " + ", ".join(sorted(actual - wanted)))
        if wanted - actual:
            problems.append("missing " + ", ".join(sorted(wanted - actual)))
        problems += offset_problems(starts, vtimezone, zone_name)
        report.check(f"{series['id']}: {len(wanted)} in the window", problems)


def read_json(path):
    with open(path, encoding="utf-8") as file:
        return json.load(file)


def check_site(report, public):
    expected = read_json(os.path.join(public, "api", "calendar.json"))
    report.check(f"{public}: the calendar has series", [] if expected["series"] else ["api/calendar.json lists no series"])
    check_feed(report, os.path.join(public, "calendar.ics"), expected)
    for series in expected["series"]:
        check_feed(report, os.path.join(public, "lich", series["id"] + ".ics"), dict(expected, series=[series]))


def main(arguments):
    report = Report()
    if len(arguments) == 2 and arguments[0] == "--site":
        check_site(report, arguments[1])
    elif arguments and len(arguments) % 2 == 0:
        for feed_path, expected_path in zip(arguments[::2], arguments[1::2]):
            check_feed(report, feed_path, read_json(expected_path))
    else:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    print(f"ics: {report.passed} passed, {report.failed} failed")
    return 1 if report.failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
