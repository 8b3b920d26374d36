#!/usr/bin/python3
"""Reads the csv of `pop report --format csv` with Python's csv module, for tests/report/run.sh.

    csv_check.py CSV SEPARATOR LANG REPORT.json [--excel] [--dump ROWS.json] [--expect ID FIELD VALUE]...

Checks, against the json report of the same run: RFC 4180 line ends (CRLF after every record),
the header (the stable keys in every LANG; with --excel a UTF-8 byte order mark first and the
column names in LANG, without it no byte order mark), that every row has as many fields as the
header, and that the rows are the json people in the same order with the same id, name, team,
current POP, state (its stable word; in words with --excel), period end, goals, steps,
conversations, hours and euros (rounded to one decimal), the number of warnings and their rule ids (separated by spaces).
A cell starting with =, +, - or @ must come back with a leading ' (no formula in a spreadsheet).
--expect ID FIELD VALUE: the row of that id must hold exactly VALUE in that column (e.g. a name
with a quote), read back by the csv module. --dump writes the rows read, as json, to compare
with another csv reader. Prints `ok ...` and `FAIL ...` lines; exits 1 when one failed.
"""
import csv
import io
import json
import sys

KEYS = ["name", "id", "team", "has_current_pop", "state", "expired_on", "errors", "period_end", "goals_achieved",
        "goals", "steps_done", "steps_total", "last_conversation", "next_conversation", "hours_per_year",
        "budget_per_year", "warnings", "warning_rules"]
EXCEL_HEADERS = {
    "en": ["name", "id", "team", "current POP", "POP", "expired on", "errors", "POP until", "goals achieved", "goals",
           "steps done", "steps", "last talk", "next talk", "h/year", "€/year", "warnings", "warning rules"],
    "nl": ["naam", "code", "team", "lopend POP", "POP", "verlopen op", "fouten", "POP tot", "doelen behaald", "doelen",
           "stappen gedaan", "stappen", "laatste gesprek", "volgend gesprek", "uur/jaar", "€/jaar", "waarschuwingen",
           "waarschuwingsregels"],
}


def main(argv):
    if len(argv) < 5:
        print(__doc__, file=sys.stderr)
        return 2
    path, sep, lang, report_path = argv[1:5]
    dump = None
    excel = False
    expects = []
    rest = argv[5:]
    while rest:
        if rest[0] == "--excel":
            excel, rest = True, rest[1:]
        elif rest[0] == "--dump" and len(rest) >= 2:
            dump, rest = rest[1], rest[2:]
        elif rest[0] == "--expect" and len(rest) >= 4:
            expects.append(tuple(rest[1:4]))
            rest = rest[4:]
        else:
            print(f"csv_check.py: bad arguments {rest}", file=sys.stderr)
            return 2
    label = f"{path.rsplit('/', 1)[-1]} (separator {sep!r})"
    failures = 0

    def ok(what):
        print(f"ok   {label}: {what}")

    def fail(what):
        nonlocal failures
        failures += 1
        print(f"FAIL {label}: {what}")

    with open(path, "rb") as f:
        data = f.read()
    with open(report_path, encoding="utf-8") as f:
        people = json.load(f)["people"]
    bom = b"\xef\xbb\xbf"
    if excel and data.startswith(bom):
        ok("starts with a UTF-8 byte order mark (Excel reads UTF-8)")
        data = data[len(bom):]
    elif excel:
        fail("--excel: no UTF-8 byte order mark at the start")
    elif data.startswith(bom):
        fail("a byte order mark without --excel")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        fail(f"not UTF-8: {e}")
        return 1
    if data.endswith(b"\r\n"):
        ok("ends with CRLF")
    else:
        fail("does not end with CRLF")
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=sep, quotechar='"', strict=True))
    except csv.Error as e:
        fail(f"the csv module cannot read it: {e}")
        return 1
    # Every record ends with CRLF: the records written again with CRLF give the same text back
    # (only quoting may differ, so compare the number of line ends outside quotes instead).
    outside = 0
    quoted = False
    for i, c in enumerate(text):
        if c == '"':
            quoted = not quoted
        elif c == "\n" and not quoted:
            outside += 1
            if i == 0 or text[i - 1] != "\r":
                fail(f"a record ends with a bare LF (at byte {i})")
                break
    if outside != len(rows):
        fail(f"{len(rows)} records, but {outside} line ends outside quotes")
    if dump:
        with open(dump, "w", encoding="utf-8") as f:
            json.dump(rows, f, ensure_ascii=False)
    if not rows:
        fail("no rows")
        return 1
    header = rows[0]
    expected_header = EXCEL_HEADERS[lang] if excel else KEYS
    if header == expected_header:
        ok(f"header ({lang}): {sep.join(header)}")
    else:
        fail(f"header is {header}, expected {expected_header}")
    widths = {len(r) for r in rows}
    if widths == {len(header)}:
        ok(f"all {len(rows)} rows have {len(header)} fields")
    else:
        bad = [i for i, r in enumerate(rows) if len(r) != len(header)]
        fail(f"rows with another number of fields than the header: {bad[:10]}")
        return 1
    body = rows[1:]
    if len(body) != len(people):
        fail(f"{len(body)} data rows, the json has {len(people)} people")
        return 1

    def guarded(value):
        if value and value[0] in "=+-@" and value != "-":
            return "'" + value
        return value

    mismatches = []
    for row, p in zip(body, people):
        current = p["has_current_pop"]
        want = [
            guarded(p["name"]), guarded(p["id"]), guarded(p["team"]), "1" if current else "0",
            None if excel else p["state"],  # with --excel the state in words: checked by the golden cases
            p["expired_on"] or "", str(p["errors"]),
            p["period_end"] if current and p["period_end"] else "",
            str(p["goals_achieved"]), str(p["goals"]), str(p["steps_done"]), str(p["steps_total"]),
            p["last_conversation"] or "", p["next_conversation"] or "",
            None,  # hours: checked below
            None,  # budget: checked below
            str(len(p["warnings"])),
            " ".join(p["warnings"]),
        ]
        for i, (got, expected) in enumerate(zip(row, want)):
            if expected is not None and got != expected:
                mismatches.append(f"{p['id']} {header[i]}: csv {got!r}, json {expected!r}")
        # Hours and euros: rounded to one decimal in the CSV, in full in the JSON; empty when left out
        # (no current POP, or an invalid value: JSON null).
        for column, key in ((14, "hours_per_year"), (15, "budget_per_year")):
            if not current or p[key] is None:
                if row[column] != "":
                    mismatches.append(f"{p['id']} {key}: csv {row[column]!r}, expected an empty cell")
                continue
            try:
                if abs(float(row[column]) - p[key]) > 0.051:
                    mismatches.append(f"{p['id']} {key}: csv {row[column]!r}, json {p[key]}")
            except ValueError:
                mismatches.append(f"{p['id']} {key}: {row[column]!r} is not a number")
    if mismatches:
        for m in mismatches[:20]:
            fail(f"differs from the json: {m}")
    else:
        ok(f"the {len(body)} rows are the json's people: ids, names, teams, dates and numbers agree")
    by_id = {r[1]: r for r in body}
    for pid, field, value in expects:
        row = by_id.get(pid)
        if row is None:
            fail(f"no row with id {pid}")
            continue
        column = KEYS.index(field) if field in KEYS else int(field)
        if row[column] == value:
            ok(f"{pid}: {header[column]} reads back as {value!r}")
        else:
            fail(f"{pid}: {header[column]} reads back as {row[column]!r}, expected {value!r}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
