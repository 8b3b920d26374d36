"""Reads `pop calendar` output with a real iCalendar parser (Debian's python3-icalendar).

check_ics.py check ICS DUE_JSON   the calendar is well formed and holds exactly the items of
                                  `pop due --format json` (same dates, step texts in summaries)
check_ics.py uids ICS             one line per event: UID DTSTART (sorted)
check_ics.py text ICS             every property value of every component, unescaped, one a line
check_ics.py private ICS TEXT     the UIDs of events with CLASS:PRIVATE whose summary holds TEXT

Problems go to stdout, one a line; the exit code is 1 when there are any.
"""
import collections
import datetime
import json
import sys

import icalendar


def load(path):
    with open(path, "rb") as f:
        data = f.read()
    return data, icalendar.Calendar.from_ical(data)


def raw_problems(data):
    """What a parser forgives but RFC 5545 does not: line ends, line length, split characters."""
    problems = []
    if not data.endswith(b"\r\n"):
        problems.append("the last line does not end with CRLF")
    lines = data.split(b"\r\n")[:-1]
    for n, line in enumerate(lines, 1):
        if b"\n" in line or b"\r" in line:
            problems.append(f"line {n}: a bare LF or CR")
        if len(line) > 75:
            problems.append(f"line {n}: {len(line)} octets (at most 75)")
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            problems.append(f"line {n}: not UTF-8 by itself (a fold split a character)")
    return problems


def events(cal):
    return list(cal.walk("VEVENT"))


def check(ics, due_json):
    data, cal = load(ics)
    problems = raw_problems(data)
    if cal.name != "VCALENDAR":
        problems.append(f"top component is {cal.name}")
    for prop, want in (("VERSION", "2.0"), ("CALSCALE", "GREGORIAN"), ("METHOD", "PUBLISH")):
        if str(cal.get(prop)) != want:
            problems.append(f"{prop} is {cal.get(prop)!r}, not {want}")
    for prop in ("PRODID", "X-WR-CALNAME"):
        if not str(cal.get(prop, "")):
            problems.append(f"no {prop}")
    uids = collections.Counter()
    dates = collections.Counter()
    by_date = collections.defaultdict(list)
    for ev in events(cal):
        uid = str(ev.get("UID", ""))
        uids[uid] += 1
        if not uid.endswith("@pop.invalid"):
            problems.append(f"UID {uid!r} does not end in @pop.invalid")
        start = ev.decoded("DTSTART") if "DTSTART" in ev else None
        end = ev.decoded("DTEND") if "DTEND" in ev else None
        if type(start) is not datetime.date:
            problems.append(f"{uid}: DTSTART {start!r} is not a date")
            continue
        if type(end) is not datetime.date or end != start + datetime.timedelta(days=1):
            problems.append(f"{uid}: DTEND {end!r} is not DTSTART + 1 day")
        if "DTSTAMP" not in ev:
            problems.append(f"{uid}: no DTSTAMP")
        summary = str(ev.get("SUMMARY", ""))
        if not summary:
            problems.append(f"{uid}: no SUMMARY")
        dates[start.isoformat()] += 1
        by_date[start.isoformat()].append(summary)
    for uid, n in uids.items():
        if n > 1:
            problems.append(f"UID {uid} occurs {n} times")
    with open(due_json, encoding="utf-8") as f:
        due = json.load(f)
    items = due["items"]
    if sum(dates.values()) != len(items):
        problems.append(f"{sum(dates.values())} events, but pop due lists {len(items)} items")
    due_dates = collections.Counter(i["date"] for i in items)
    if due_dates != dates:
        problems.append(f"dates differ: only in pop due {dict(due_dates - dates)}, only in the calendar {dict(dates - due_dates)}")
    for i in items:
        if i["kind"] == "step" and "text" in i:
            text = " ".join(i["text"].split())
            if not any(text in s for s in by_date[i["date"]]):
                problems.append(f"step {text!r} on {i['date']}: no event with it in its summary")
    return problems


def main():
    cmd = sys.argv[1]
    if cmd == "check":
        problems = check(sys.argv[2], sys.argv[3])
        for p in problems:
            print(p)
        sys.exit(1 if problems else 0)
    _, cal = load(sys.argv[2])
    if cmd == "uids":
        for line in sorted(f"{ev['UID']} {ev.decoded('DTSTART').isoformat()}" for ev in events(cal)):
            print(line)
    elif cmd == "text":
        for component in cal.walk():
            for name, value in component.property_items(recursive=False):
                print(f"{name}={value}")
    elif cmd == "private":
        for ev in events(cal):
            if str(ev.get("CLASS", "")) == "PRIVATE" and sys.argv[3] in str(ev.get("SUMMARY", "")):
                print(ev["UID"])
    else:
        sys.exit(f"unknown command {cmd}")


if __name__ == "__main__":
    main()
