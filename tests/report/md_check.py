#!/usr/bin/python3
"""Checks the tables of `pop report --format markdown`, for tests/report/run.sh.

    md_check.py REPORT.md REPORT.json

A table is a run of lines starting with `|`. Cells are split the way GitHub-flavoured markdown
does: at every `|` not escaped with a backslash. Checked: every row of every table has as many
cells as its header, the second row is a delimiter row (---, ---:) of that width, there are at
least the people and team tables, and the people table holds the json's people in order, with
their names, ids and teams (control characters shown as `?`). Prints `ok ...` and `FAIL ...`
lines; exits 1 when one failed.
"""
import json
import re
import sys


def cells(line):
    """The cells of a table row, unescaped; None when the row does not end with an unescaped |."""
    out = []
    cell = ""
    i = 1  # after the leading |
    closed = False
    while i < len(line):
        c = line[i]
        if c == "\\" and i + 1 < len(line):
            cell += line[i + 1]
            i += 2
            continue
        if c == "|":
            out.append(cell.strip())
            cell = ""
            closed = True
        else:
            closed = False
            cell += c
        i += 1
    if not closed or cell.strip():
        return None
    return out


def printable(s):
    return "".join("?" if (ord(c) < 0x20 or ord(c) == 0x7F) and c != "\t" else (" " if c == "\t" else c) for c in s)


def main(argv):
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    md_path, json_path = argv[1:]
    label = md_path.rsplit("/", 1)[-1]
    failures = 0

    def ok(what):
        print(f"ok   {label}: {what}")

    def fail(what):
        nonlocal failures
        failures += 1
        print(f"FAIL {label}: {what}")

    with open(md_path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    with open(json_path, encoding="utf-8") as f:
        people = json.load(f)["people"]
    tables = []
    current = None
    for n, line in enumerate(lines, 1):
        if line.startswith("|"):
            if current is None:
                current = []
                tables.append(current)
            current.append((n, line))
        else:
            current = None
    if len(tables) < 2:
        fail(f"expected at least the people and team tables, found {len(tables)} tables")
        return 1
    bad = 0
    for table in tables:
        first_line, header_line = table[0]
        header = cells(header_line)
        if header is None or len(table) < 2:
            fail(f"line {first_line}: not a table header with a delimiter row: {header_line!r}")
            bad += 1
            continue
        delimiter = cells(table[1][1])
        if delimiter is None or len(delimiter) != len(header) or not all(re.fullmatch(r":?-{3,}:?", d) for d in delimiter):
            fail(f"line {table[1][0]}: not a delimiter row of {len(header)} cells: {table[1][1]!r}")
            bad += 1
        for n, line in table[2:]:
            row = cells(line)
            if row is None or len(row) != len(header):
                fail(f"line {n}: {len(row) if row is not None else 'unterminated'} cells, the header has {len(header)}: {line!r}")
                bad += 1
    if bad == 0:
        ok(f"all {len(tables)} tables: every row has as many cells as its header ({sum(len(t) for t in tables)} rows)")
    people_rows = [cells(line) for _, line in tables[0][2:]]
    want = [[printable(p["name"]), p["id"], printable(p["team"])] for p in people]
    got = [r[:3] if r else None for r in people_rows]
    if got == want:
        ok(f"the people table holds the json's {len(people)} people in order, names and teams intact")
    else:
        for g, w in zip(got, want):
            if g != w:
                fail(f"people table row {g!r}, json {w!r}")
        if len(got) != len(want):
            fail(f"people table has {len(got)} rows, json {len(want)} people")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
