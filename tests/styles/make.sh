#!/usr/bin/env bash
# tests/styles/make.sh: writes one POP in every style other tools write YAML in, for the tests
# that must work on all of them (tests/edit-styles/run.sh; pop renew).
#
# The source is hand.pop.yaml: examples/pops/m.elbaz.pop.yaml as a person would write it, with
# block lists for methods and school_goals (indented and not, with comments between items).
# From it, with the tools below, this script writes:
#
#   hand.pop.yaml          the source itself (committed; this script never writes it)
#   pyyaml-block.pop.yaml  PyYAML   yaml.safe_dump(data, sort_keys=False, allow_unicode=True)
#   pyyaml-flow.pop.yaml   PyYAML   the same with default_flow_style=True
#   ruamel.pop.yaml        ruamel.yaml  round trip: YAML() load + dump (comments kept)
#   npm-yaml.pop.yaml      npm yaml v2  YAML.stringify(YAML.parse(text))
#   yaml-cpp.pop.yaml      yaml-cpp  YAML::Emitter << YAML::LoadFile(path)
#   json.pop.yaml          Python json.dumps(data, indent=2, ensure_ascii=False); dates as strings
#
# Tool versions used for the committed files (Debian 12 packages, npm):
#   python3-yaml 6.0 (with libyaml), python3-ruamel.yaml 0.17.21, libyaml-cpp-dev 0.7.0,
#   yaml 2.x from npm (the version is printed when the script runs), node 20.
#
# The generated files are committed and must stay byte-stable: run this script only to add a
# style or after a tool upgrade, and commit what it writes together with the new versions above.
# Needs /usr/bin/python3 with Debian's python3-yaml and python3-ruamel.yaml, g++ with
# libyaml-cpp-dev, node and npm (tests/lib/npm.sh installs yaml@2 outside the source tree).
set -euo pipefail

HERE=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd -- "$HERE/../.." && pwd)
PY=/usr/bin/python3
SRC=$HERE/hand.pop.yaml
cd "$HERE"

"$PY" - "$SRC" <<'PY'
import datetime, json, sys, yaml
from ruamel.yaml import YAML

src = sys.argv[1]
with open(src, encoding="utf-8") as f:
    data = yaml.safe_load(f)

def write(name, text):
    with open(name, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)

write("pyyaml-block.pop.yaml", yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
write("pyyaml-flow.pop.yaml", yaml.safe_dump(data, sort_keys=False, allow_unicode=True, default_flow_style=True))

def as_text(o):
    if isinstance(o, (datetime.date, datetime.datetime)):
        return o.isoformat()
    raise TypeError(type(o))

write("json.pop.yaml", json.dumps(data, indent=2, ensure_ascii=False, default=as_text) + "\n")

rt = YAML()
with open(src, encoding="utf-8") as f:
    tree = rt.load(f)
with open("ruamel.pop.yaml", "w", encoding="utf-8", newline="\n") as f:
    rt.dump(tree, f)
print("PyYAML", yaml.__version__, "ruamel.yaml", __import__("ruamel.yaml").yaml.__version__)
PY

# shellcheck source=../lib/npm.sh
source "$ROOT/tests/lib/npm.sh"
npm_need tests/styles yaml@2
node -e '
    const fs = require("fs"), YAML = require("yaml");
    const text = fs.readFileSync(process.argv[1], "utf8");
    fs.writeFileSync("npm-yaml.pop.yaml", YAML.stringify(YAML.parse(text)));
    console.log("npm yaml", require("yaml/package.json").version);
' "$SRC"

TMP=$(mktemp -d "${TMPDIR:-/tmp}/pop-styles.XXXXXX")
trap 'rm -rf -- "$TMP"' EXIT
cat >"$TMP/emit.cpp" <<'CPP'
#include <iostream>
#include <yaml-cpp/yaml.h>
int main(int argc, char** argv) {
    if (argc != 2) return 2;
    YAML::Emitter out;
    out << YAML::LoadFile(argv[1]);
    std::cout << out.c_str() << "\n";
    return out.good() ? 0 : 1;
}
CPP
g++ -std=c++17 -O0 -o "$TMP/emit" "$TMP/emit.cpp" -lyaml-cpp
"$TMP/emit" "$SRC" >yaml-cpp.pop.yaml
echo "yaml-cpp $(dpkg-query -W -f '${Version}' libyaml-cpp-dev 2>/dev/null || echo '?')"
