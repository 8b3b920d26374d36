#!/usr/bin/env python3
"""bench/lsp_session.py: drives `pop lsp` over pipes as an editor does, for bench/lsp.sh and
tests/lsp/wire.sh.

    lsp_session.py make-repo DIR                 a repository to edit in: examples/ with a roster
                                                 of 500 people and a 4 KB POP (with one date
                                                 written 1-10-2025), in git
    lsp_session.py MODE EDITS DIR -- POP_ARGV... runs a session in DIR (its POP) with POP_ARGV

MODE (every session: initialize, didOpen of DIR/pops/k.mulder.pop.yaml, EDITS keystrokes,
shutdown, exit; a keystroke is an incremental didChange that types or removes one letter in the
first goal's title, so the text stays about 4 KB):
  lockstep  waits for the diagnostics of each keystroke before the next (every edit is checked)
  burst     sends all keystrokes at once, then waits for the diagnostics of the last version
            (the server coalesces: far fewer checks than keystrokes)
  noread    sends everything (keystrokes, shutdown, exit) and never reads pop's output

    lsp_session.py script FILE DIR -- POP_ARGV...
runs the steps of FILE (one JSON object a line; "$DIR" in any string is DIR's absolute path): a
JSON-RPC message is sent; {"wait": URI} reads up to the next diagnostics of URI and prints
`diagnostics URI VERSION CODE...`; {"wait": ID} (a number) reads up to the response ID and prints
`response ID result` or `response ID error CODE`; {"run": ARGV} runs a command in DIR. At the end
stdin is closed, the rest is read, and `exit CODE` printed.

Prints one JSON object: published (publishDiagnostics received after the open), last_version (of
the last diagnostics), diagnostics (their codes and ranges), exit (pop's exit code), and
user_cpu/sys_cpu (seconds, pop and its children).
"""
import json
import os
import resource
import shutil
import subprocess
import sys
import threading

POP_NAME = "pops/k.mulder.pop.yaml"


def make_repo(root, target):
    examples = os.path.join(root, "examples")
    shutil.copytree(examples, target)
    with open(os.path.join(target, "pop-roster.yaml"), "a", encoding="utf-8") as f:
        for i in range(488):  # the example roster has 12 people: 500 in all
            f.write(f"  - id: p.persoon{i:03d}\n    name: Persoon {i:03d}\n    role: docent\n"
                    f"    team: team {i % 12}\n    manager: Marieke de Groot\n")
    path = os.path.join(target, POP_NAME)
    # a teacher's slip, so that the diagnostics are not empty: a date written day-month-year
    text = open(path, encoding="utf-8").read().replace("start: 2025-10-01", "start: 1-10-2025", 1)
    need = 4096 - len(text.encode("utf-8"))  # a comment line makes it 4096 bytes
    if need >= 2:
        text += "#" + "." * (need - 2) + "\n"
    open(path, "w", encoding="utf-8").write(text)
    for args in (["init", "-q"], ["add", "-A"],
                 ["-c", "user.name=bench", "-c", "user.email=bench@example.org", "commit", "-qm", "start"]):
        subprocess.run(["git", "-C", target] + args, check=True)


def frame(message):
    body = json.dumps(message, separators=(",", ":")).encode("utf-8")
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


class Reader:
    """Reads framed messages from pop's stdout."""

    def __init__(self, stream):
        self.stream = stream

    def next(self):
        length = None
        while True:
            line = self.stream.readline()
            if not line:
                return None
            line = line.rstrip(b"\r\n")
            if not line:
                if length is not None:
                    break
                continue
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value)
        body = self.stream.read(length)
        return json.loads(body) if len(body) == length else None


def session(mode, edits, repo, argv):
    uri = "file://" + os.path.join(os.path.abspath(repo), POP_NAME)
    text = open(os.path.join(repo, POP_NAME), encoding="utf-8").read()
    lines = text.split("\n")
    line = next(i for i, l in enumerate(lines) if l.strip().startswith("title:"))
    end = len(lines[line].encode("utf-16-le")) // 2

    def keystroke(version):
        # odd versions after the open type an "x" at the end of the title, even ones remove it
        if version % 2 == 0:
            change = {"range": {"start": {"line": line, "character": end}, "end": {"line": line, "character": end}}, "text": "x"}
        else:
            change = {"range": {"start": {"line": line, "character": end}, "end": {"line": line, "character": end + 1}}, "text": ""}
        return {"jsonrpc": "2.0", "method": "textDocument/didChange",
                "params": {"textDocument": {"uri": uri, "version": version}, "contentChanges": [change]}}

    opening = [
        {"jsonrpc": "2.0", "id": 1, "method": "initialize",
         "params": {"processId": None, "rootUri": "file://" + os.path.abspath(repo), "capabilities": {}}},
        {"jsonrpc": "2.0", "method": "initialized", "params": {}},
        {"jsonrpc": "2.0", "method": "textDocument/didOpen",
         "params": {"textDocument": {"uri": uri, "languageId": "yaml", "version": 1, "text": text}}},
    ]
    closing = [{"jsonrpc": "2.0", "id": 2, "method": "shutdown"}, {"jsonrpc": "2.0", "method": "exit"}]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    stdout = subprocess.DEVNULL if mode == "noread" else subprocess.PIPE
    if mode == "noread":
        # A pipe nobody reads: pop's output fills it and stays there.
        read_end, write_end = os.pipe()
        proc = subprocess.Popen(argv, cwd=repo, stdin=subprocess.PIPE, stdout=write_end)
        os.close(write_end)
    else:
        proc = subprocess.Popen(argv, cwd=repo, stdin=subprocess.PIPE, stdout=stdout)
    result = {"published": 0, "last_version": None, "diagnostics": None}
    if mode == "noread":
        data = b"".join(frame(m) for m in opening + [keystroke(v) for v in range(2, edits + 2)] + closing)
        proc.stdin.write(data)
        proc.stdin.close()
        proc.wait()
        os.close(read_end)
    else:
        reader = Reader(proc.stdout)

        def wait_for(version):
            """Reads until the diagnostics of `version`; counts publishDiagnostics after the open."""
            while True:
                m = reader.next()
                if m is None:
                    raise SystemExit("pop lsp ended before the diagnostics of version %d" % version)
                if m.get("method") == "textDocument/publishDiagnostics":
                    v = m["params"].get("version")
                    if v != 1:
                        result["published"] += 1
                    result["last_version"] = v
                    result["diagnostics"] = [(d["code"], d["range"]) for d in m["params"]["diagnostics"]]
                    if v == version:
                        return

        proc.stdin.write(b"".join(frame(m) for m in opening))
        proc.stdin.flush()
        wait_for(1)
        if mode == "lockstep":
            for v in range(2, edits + 2):
                proc.stdin.write(frame(keystroke(v)))
                proc.stdin.flush()
                wait_for(v)
        else:
            data = b"".join(frame(keystroke(v)) for v in range(2, edits + 2))
            writer = threading.Thread(target=lambda: (proc.stdin.write(data), proc.stdin.flush()))
            writer.start()
            wait_for(edits + 1)
            writer.join()
        proc.stdin.write(b"".join(frame(m) for m in closing))
        proc.stdin.close()
        while reader.next() is not None:
            pass
        proc.wait()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    result["exit"] = proc.returncode
    result["user_cpu"] = round(after.ru_utime - before.ru_utime, 4)
    result["sys_cpu"] = round(after.ru_stime - before.ru_stime, 4)
    print(json.dumps(result))


def script(path, repo, argv):
    root = os.path.abspath(repo)

    def expand(value):
        if isinstance(value, str):
            return value.replace("$DIR", root)
        if isinstance(value, list):
            return [expand(v) for v in value]
        if isinstance(value, dict):
            return {k: expand(v) for k, v in value.items()}
        return value

    proc = subprocess.Popen(argv, cwd=repo, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    reader = Reader(proc.stdout)
    for line in open(path, encoding="utf-8"):
        if not line.strip():
            continue
        step = expand(json.loads(line))
        if "jsonrpc" in step:
            proc.stdin.write(frame(step))
            proc.stdin.flush()
        elif "run" in step:
            subprocess.run(step["run"], cwd=repo, check=True)
        elif "wait" in step:
            while True:
                m = reader.next()
                if m is None:
                    print("ended while waiting for %s" % step["wait"], flush=True)
                    break
                if isinstance(step["wait"], str) and m.get("method") == "textDocument/publishDiagnostics" \
                        and m["params"]["uri"] == step["wait"]:
                    codes = " ".join(d.get("code", "?") for d in m["params"]["diagnostics"])
                    print("diagnostics %s %s %s" % (m["params"]["uri"], m["params"].get("version"), codes), flush=True)
                    break
                if not isinstance(step["wait"], str) and m.get("id") == step["wait"] and "method" not in m:
                    error = m.get("error")
                    print("response %s %s" % (m["id"], "error %s" % error["code"] if error else "result"), flush=True)
                    break
    proc.stdin.close()
    while reader.next() is not None:
        pass
    print("exit %d" % proc.wait())


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "make-repo":
        make_repo(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), sys.argv[2])
        return
    if len(sys.argv) >= 6 and sys.argv[1] == "script" and sys.argv[4] == "--":
        script(sys.argv[2], sys.argv[3], sys.argv[5:])
        return
    if len(sys.argv) < 6 or sys.argv[4] != "--" or sys.argv[1] not in ("lockstep", "burst", "noread"):
        sys.exit(__doc__)
    session(sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[5:])


if __name__ == "__main__":
    main()
