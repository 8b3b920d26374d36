#!/usr/bin/python3
"""Gives some people of a copy of examples/ awkward names and teams, for tests/report/run.sh.

    oddities.py EXAMPLES_DIR

Edits, in place, both the roster entry and the POP's `person` of each person below, so the report
(which prefers the roster) shows the new values. Each value is written as a YAML double-quoted
scalar. Prints `ID<TAB>FIELD<TAB>VALUE` lines (VALUE as JSON) of what was planted.
"""
import json
import re
import sys

ODD = {
    # A quote, a comma and a semicolon: csv quoting with either separator.
    "a.jansen": {"name": 'Anouk "Nouk" Jansen', "team": 'onderbouw; locatie "Noord", vleugel B'},
    # A formula, and markdown's special characters.
    "k.mulder": {"name": "=1+2 Kees | Mulder", "team": "ondersteuning | ICT *B* [x] _y_ \\ `z` <b>"},
    # A line break inside a name (a quoted csv field spans two lines), and a leading minus.
    "m.elbaz": {"name": "Mourad\nel Baz", "team": "-mavo"},
}


def quoted(value):
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a YAML double-quoted scalar


def replace_in_block(text, block_start, indent, values, what):
    """Replaces `<indent>key: ...` lines of the block that starts at block_start."""
    end = len(text)
    nxt = re.compile(r"^ {0,%d}\S" % (len(indent) - 1), re.M).search(text, block_start + 1)
    if nxt:
        end = nxt.start()
    block = text[block_start:end]
    for key, value in values.items():
        block, n = re.subn(r"^%s%s:.*$" % (indent, key), lambda _: f"{indent}{key}: {quoted(value)}", block, count=1,
                           flags=re.M)
        if n != 1:
            sys.exit(f"oddities.py: no `{key}:` in {what}")
    return text[:block_start] + block + text[end:]


def main(argv):
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    root = argv[1]
    roster_path = f"{root}/pop-roster.yaml"
    with open(roster_path, encoding="utf-8") as f:
        roster = f.read()
    for pid, values in ODD.items():
        m = re.search(r"^  - id: %s\s*$" % re.escape(pid), roster, re.M)
        if not m:
            sys.exit(f"oddities.py: {pid} is not on the roster")
        roster = replace_in_block(roster, m.start() + 2, "    ", values, f"the roster entry of {pid}")
        pop_path = f"{root}/pops/{pid}.pop.yaml"
        with open(pop_path, encoding="utf-8") as f:
            pop = f.read()
        m = re.search(r"^person:\s*$", pop, re.M)
        if not m:
            sys.exit(f"oddities.py: no person in {pop_path}")
        pop = replace_in_block(pop, m.start(), "  ", values, f"the person of {pop_path}")
        with open(pop_path, "w", encoding="utf-8") as f:
            f.write(pop)
        for key, value in values.items():
            print(f"{pid}\t{key}\t{json.dumps(value, ensure_ascii=False)}")
    with open(roster_path, "w", encoding="utf-8") as f:
        f.write(roster)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
