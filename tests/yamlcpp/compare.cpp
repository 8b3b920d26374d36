// tests/yamlcpp/compare.cpp: yaml-cpp 0.7 as an independent second reader of what pop reads.
//
//   yamlcpp_compare [--quiet] [--verbose] [--known FILE.md] PATH... [--fuzz-edit FILE...]
//
// Each PATH is a file, or a folder whose *.yaml and *.yml files (recursively, sorted) are taken;
// `-` reads more paths from stdin, one a line. Files after --fuzz-edit are inputs of the fuzz
// target fuzz_edit (tests/fuzz/fuzz_edit.cpp): 8 selector bytes and two texts come before the
// document, which is what is compared. Every document pop's reader (pop::read_yaml, the
// reader of the product) accepts without a finding is read again with yaml-cpp, and the two trees
// must hold the same values: mappings with the same keys in the same order, sequences of the same
// length, scalars with the same text, and the same idea of which scalars are null, booleans,
// integers, floats or strings. Where YAML 1.1 (yaml-cpp) and YAML 1.2 (pop) resolve a plain scalar
// differently, the difference is counted as known only when it is one of the kinds listed in
// tests/yamlcpp/known-differences.md; anything else is printed as a difference.
// Documents pop refuses (any reader finding) are counted as skipped: pop does not read them.
// --known names the markdown file whose table rows `| \`NAME\` | ... |` list documents yaml-cpp
// cannot read right (NAME: the file name up to its first dot): their differences are printed as
// `KNOWN NAME: ...` and not counted as unexplained; a listed document that reads the same is
// printed as `STALE NAME` and fails. --verbose prints every known scalar difference.
//
// Prints `yamlcpp_compare: N documents compared, ...` and exits 0; 1 when there is an
// unexplained difference or a file could not be read; 2 for a usage error.

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <utility>
#include <string>
#include <string_view>
#include <vector>

#include "pop/read/yaml_tree.h"

namespace fs = std::filesystem;

namespace {

/// The type a scalar has for one reader.
enum class Type { Null, Bool, Int, Float, String };

/// A printable name of a type.
const char* name_of(Type t) {
    switch (t) {
        case Type::Null: return "null";
        case Type::Bool: return "bool";
        case Type::Int: return "int";
        case Type::Float: return "float";
        case Type::String: return "string";
    }
    return "?";
}

/// The type pop gives a scalar (YAML 1.2 core schema, quoted scalars are strings).
Type pop_type(const pop::YamlNode& n) {
    switch (pop::resolve_scalar(n)) {
        case pop::ScalarType::Null: return Type::Null;
        case pop::ScalarType::Bool: return Type::Bool;
        case pop::ScalarType::Int: return Type::Int;
        case pop::ScalarType::Float: return Type::Float;
        case pop::ScalarType::String: return Type::String;
    }
    return Type::String;
}

/// The type yaml-cpp gives a node: null nodes, and for plain scalars what its conversions accept
/// (as<bool>, as<long long>, as<double>, in that order); quoted scalars (tag "!") are strings.
Type yamlcpp_type(const YAML::Node& n) {
    if (n.IsNull()) return Type::Null;
    if (n.Tag() == "!") return Type::String;
    bool b = false;
    if (YAML::convert<bool>::decode(n, b)) return Type::Bool;
    long long i = 0;
    if (YAML::convert<long long>::decode(n, i)) return Type::Int;
    unsigned long long u = 0;
    if (YAML::convert<unsigned long long>::decode(n, u)) return Type::Int;
    double d = 0;
    if (YAML::convert<double>::decode(n, d)) return Type::Float;
    return Type::String;
}

/// Text for one line of output: line breaks, tabs and other control characters escaped.
std::string shown(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c == '\n') out += "\\n";
        else if (c == '\r') out += "\\r";
        else if (c == '\t') out += "\\t";
        else if (static_cast<unsigned char>(c) < 0x20) out += "\\x" + std::string(1, "0123456789abcdef"[c >> 4]) + "0123456789abcdef"[c & 15];
        else out += c;
    }
    return out;
}

/// True when text is one of the YAML 1.2 core schema's null forms (or empty).
bool null_text(std::string_view t) { return t.empty() || t == "~" || t == "null" || t == "Null" || t == "NULL"; }

/// True when text is [-+]?0[0-9]+: an integer with a leading zero (octal in YAML 1.1, decimal in 1.2).
bool leading_zero_int(std::string_view t) {
    if (!t.empty() && (t[0] == '-' || t[0] == '+')) t.remove_prefix(1);
    return t.size() > 1 && t[0] == '0' && std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; });
}

/// The value of an integer as YAML 1.2's core schema reads it ([-+]?[0-9]+, 0o[0-7]+, 0x[0-9a-fA-F]+),
/// as a sign and a magnitude; nullopt when it does not fit in 64 bits.
std::optional<std::pair<bool, unsigned long long>> int_value_12(std::string_view t) {
    bool negative = false;
    if (!t.empty() && (t[0] == '-' || t[0] == '+')) {
        negative = t[0] == '-';
        t.remove_prefix(1);
    }
    int base = 10;
    if (t.starts_with("0o")) base = 8, t.remove_prefix(2);
    else if (t.starts_with("0x")) base = 16, t.remove_prefix(2);
    unsigned long long v = 0;
    for (char c : t) {
        const int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : 99;
        if (d >= base) return std::nullopt;
        if (v > (~0ULL - static_cast<unsigned>(d)) / static_cast<unsigned>(base)) return std::nullopt;
        v = v * static_cast<unsigned>(base) + static_cast<unsigned>(d);
    }
    return std::make_pair(negative && v != 0, v);
}

/// The value yaml-cpp gives an integer, as a sign and a magnitude; nullopt when it gives none.
std::optional<std::pair<bool, unsigned long long>> int_value_yamlcpp(const YAML::Node& n) {
    long long i = 0;
    if (YAML::convert<long long>::decode(n, i))
        return std::make_pair(i < 0, i < 0 ? 0ULL - static_cast<unsigned long long>(i) : static_cast<unsigned long long>(i));
    unsigned long long u = 0;
    if (YAML::convert<unsigned long long>::decode(n, u)) return std::make_pair(false, u);
    return std::nullopt;
}

/// The kind of known difference (tests/yamlcpp/known-differences.md) that explains pop reading the
/// plain scalar `text` as `p` and yaml-cpp as `y` (types, or for integers their values); "" when none.
std::string known_kind(std::string_view text, Type p, Type y) {
    static const char* const bool11[] = {"y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO",
                                         "on", "On", "ON", "off", "Off", "OFF"};
    if (p == Type::String && y == Type::Bool &&
        std::find(std::begin(bool11), std::end(bool11), text) != std::end(bool11))
        return "bool-1.1";
    if (p == Type::Int && (y == Type::Int || y == Type::Float) && leading_zero_int(text)) return "octal-leading-zero";
    if (p == Type::Int && y == Type::String && (text.starts_with("0o") || text.starts_with("-0o") || text.starts_with("+0o")))
        return "octal-0o";
    if (p == Type::String && y == Type::Int &&
        (text.starts_with("0X") || text.starts_with("-0X") || text.starts_with("+0X") || text.starts_with("-0x") ||
         text.starts_with("+0x")))
        return "hex-forms";
    if (p == Type::Float && y == Type::String) {  // a float beyond the range of double: 1e400
        std::string copy(text);
        errno = 0;
        double d = std::strtod(copy.c_str(), nullptr);
        if (errno == ERANGE && std::isinf(d)) return "float-overflow";
    }
    return "";
}

/// The comparison of one document.
struct Compare {
    const pop::YamlDocument& doc;
    std::string file;
    std::vector<std::string> differences;      ///< Unexplained, as printable lines.
    std::map<std::string, int>& known;         ///< Known differences by kind, over all documents.
    bool verbose = false;                      ///< Print each known difference too.

    void differ(const std::string& where, const std::string& what) {
        differences.push_back(file + ": " + (where.empty() ? "/" : where) + ": " + what);
    }

    void scalar(const pop::YamlNode& p, const YAML::Node& y, const std::string& where) {
        const Type pt = pop_type(p);
        if (y.IsNull()) {
            if (pt != Type::Null) differ(where, "pop reads " + std::string(name_of(pt)) + " '" + shown(p.value) + "', yaml-cpp null");
            return;
        }
        if (!y.IsScalar()) {
            differ(where, "pop reads a scalar '" + shown(p.value) + "', yaml-cpp a collection");
            return;
        }
        const std::string& yt = y.Scalar();
        if (yt != p.value) {
            differ(where, "pop reads '" + shown(p.value) + "', yaml-cpp '" + shown(yt) + "'");
            return;
        }
        const Type ytype = yamlcpp_type(y);
        if (pt == ytype && pt == Type::Int) {  // the same number?
            const auto pv = int_value_12(yt);
            const auto yv = int_value_yamlcpp(y);
            if (!pv || !yv || *pv == *yv) return;
        } else if (pt == ytype) {
            return;
        }
        if (pt == Type::Null && null_text(yt)) return;  // yaml-cpp keeps `~` and `null` as text
        const std::string kind = p.style == pop::ScalarStyle::Plain ? known_kind(yt, pt, ytype) : "";
        if (!kind.empty()) {
            ++known[kind];
            if (verbose) std::cout << "known " << kind << ": " << file << ": " << where << ": '" << shown(yt) << "'\n";
            return;
        }
        differ(where, "'" + shown(yt) + "' is " + name_of(pt) + " for pop, " + name_of(ytype) + " for yaml-cpp" +
                          (pt == ytype ? " (another value)" : ""));
    }

    void node(pop::NodeId id, const YAML::Node& y, const std::string& where) {
        const pop::YamlNode& p = doc.node(id);
        switch (p.kind) {
            case pop::NodeKind::Scalar: scalar(p, y, where); return;
            case pop::NodeKind::Sequence: {
                if (!y.IsSequence()) {
                    differ(where, "pop reads a sequence, yaml-cpp does not");
                    return;
                }
                if (y.size() != p.children.size()) {
                    differ(where, "pop reads " + std::to_string(p.children.size()) + " items, yaml-cpp " +
                                      std::to_string(y.size()));
                    return;
                }
                for (std::size_t i = 0; i < p.children.size(); ++i)
                    node(p.children[i], y[i], where + "/" + std::to_string(i));
                return;
            }
            case pop::NodeKind::Mapping: {
                if (!y.IsMap()) {
                    differ(where, "pop reads a mapping, yaml-cpp does not");
                    return;
                }
                if (y.size() * 2 != p.children.size()) {
                    differ(where, "pop reads " + std::to_string(p.children.size() / 2) + " keys, yaml-cpp " +
                                      std::to_string(y.size()));
                    return;
                }
                std::size_t i = 0;
                for (const auto& kv : y) {  // yaml-cpp keeps a mapping's pairs in document order
                    const pop::YamlNode& key = doc.node(p.children[i]);
                    const std::string at = where + "/" + shown(key.value);
                    node(p.children[i], kv.first, at + " (key)");
                    node(p.children[i + 1], kv.second, at);
                    i += 2;
                }
                return;
            }
        }
    }
};

/// The document of a fuzz_edit input: what is left after 8 bytes and two strings read as
/// FuzzedDataProvider::ConsumeRandomLengthString reads them (`\\` is one backslash, `\` and any
/// other byte ends the string; at most 200 and 100 bytes).
std::string fuzz_edit_document(const std::string& in) {
    std::size_t at = std::min<std::size_t>(8, in.size());
    for (std::size_t max : {std::size_t{200}, std::size_t{100}}) {
        std::size_t taken = 0;
        while (at < in.size() && taken < max) {
            const char c = in[at++];
            if (c == '\\' && at < in.size()) {
                const char next = in[at++];
                if (next != '\\') break;
            }
            ++taken;
        }
    }
    return in.substr(at);
}

/// The names in the table rows `| `NAME` | ...` of a markdown file.
std::set<std::string> known_documents(const std::string& path, bool& ok) {
    std::set<std::string> names;
    std::ifstream in(path);
    if (!in) {
        std::cerr << "yamlcpp_compare: " << path << ": cannot read\n";
        ok = false;
        return names;
    }
    std::string line;
    while (std::getline(in, line)) {
        if (!line.starts_with("| `")) continue;
        const std::size_t end = line.find('`', 3);
        if (end != std::string::npos) names.insert(line.substr(3, end - 3));
    }
    return names;
}

/// A document's name for the list of known documents: its file name up to the first dot.
std::string document_name(const std::string& file) {
    const std::string base = fs::path(file).filename().string();
    return base.substr(0, base.find('.'));
}

/// Adds PATH (a file, or a folder's *.yaml and *.yml files, sorted) to files.
bool collect(const std::string& path, std::vector<std::string>& files) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
        std::vector<std::string> found;
        for (auto it = fs::recursive_directory_iterator(path, ec); !ec && it != fs::recursive_directory_iterator();
             it.increment(ec)) {
            const auto ext = it->path().extension();
            if (it->is_regular_file(ec) && (ext == ".yaml" || ext == ".yml")) found.push_back(it->path().string());
        }
        if (ec) {
            std::cerr << "yamlcpp_compare: " << path << ": " << ec.message() << "\n";
            return false;
        }
        std::sort(found.begin(), found.end());
        files.insert(files.end(), found.begin(), found.end());
        return true;
    }
    files.push_back(path);
    return true;
}

}  // namespace

int main(int argc, char** argv) {
    bool quiet = false;
    bool verbose = false;
    std::set<std::string> known_docs;
    bool fuzz_edit = false;  // the paths that follow are fuzz_edit inputs
    std::vector<std::string> files;
    std::vector<bool> edit_inputs;  // per file: a fuzz_edit input
    bool ok = true;
    for (int i = 1; i < argc; ++i) {
        const std::string_view a = argv[i];
        if (a == "--quiet") {
            quiet = true;
        } else if (a == "--verbose") {
            verbose = true;
        } else if (a == "--known" && i + 1 < argc) {
            known_docs = known_documents(argv[++i], ok);
        } else if (a == "--fuzz-edit") {
            fuzz_edit = true;
        } else if (a == "-") {
            std::string line;
            while (std::getline(std::cin, line))
                if (!line.empty()) ok = collect(line, files) && ok;
        } else if (a.starts_with("-")) {
            std::cerr << "usage: yamlcpp_compare [--quiet] [--verbose] [--known FILE.md] PATH... [--fuzz-edit FILE...]   (PATH a file, a folder or - for stdin)\n";
            return 2;
        } else {
            ok = collect(std::string(a), files) && ok;
        }
        edit_inputs.resize(files.size(), fuzz_edit);
    }
    if (files.empty()) {
        std::cerr << "yamlcpp_compare: no files given\n";
        return 2;
    }

    int compared = 0, skipped = 0, unreadable = 0, differing = 0, known_doc_count = 0, stale = 0;
    std::map<std::string, int> known;
    for (std::size_t k = 0; k < files.size(); ++k) {
        const std::string& file = files[k];
        std::ifstream in(file, std::ios::binary);
        if (!in) {
            std::cerr << "yamlcpp_compare: " << file << ": cannot read\n";
            ++unreadable;
            continue;
        }
        std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
        if (in.bad()) {
            std::cerr << "yamlcpp_compare: " << file << ": cannot read\n";
            ++unreadable;
            continue;
        }
        if (edit_inputs[k]) text = fuzz_edit_document(text);
        const pop::ReadResult r = pop::read_yaml(text);
        if (r.fatal || !r.findings.empty()) {
            ++skipped;
            if (!quiet) std::cout << "skip " << file << " (pop: " << r.findings.front().message << ")\n";
            continue;
        }
        ++compared;
        std::vector<std::string> problems;  // what differs in this document
        std::vector<YAML::Node> docs;
        bool loaded = true;
        try {
            docs = YAML::LoadAll(text);
        } catch (const YAML::Exception& e) {
            problems.push_back(file + ": pop reads it, yaml-cpp fails: " + e.what());
            loaded = false;
        }
        if (loaded && r.doc.empty()) {
            // An empty file (or only comments) is no document for pop; yaml-cpp gives none or one null.
            if (!(docs.empty() || (docs.size() == 1 && docs[0].IsNull())))
                problems.push_back(file + ": pop reads no document, yaml-cpp " + std::to_string(docs.size()));
        } else if (loaded && docs.size() != 1) {
            problems.push_back(file + ": pop reads one document, yaml-cpp " + std::to_string(docs.size()));
        } else if (loaded) {
            Compare c{r.doc, file, {}, known, verbose};
            c.node(0, docs[0], "");
            problems = std::move(c.differences);
        }
        const std::string name = document_name(file);
        if (known_docs.count(name)) {
            if (problems.empty()) {
                ++stale;
                std::cout << "STALE " << name << ": listed as a known difference, but " << file
                          << " reads the same with yaml-cpp now: take it off the list\n";
            } else {
                ++known_doc_count;
                std::cout << "KNOWN " << name << ": " << problems.front() << "\n";
            }
        } else if (!problems.empty()) {
            ++differing;
            for (const auto& d : problems) std::cout << "DIFF " << d << "\n";
        }
    }

    int known_total = 0;
    std::string kinds;
    for (const auto& [kind, n] : known) {
        known_total += n;
        kinds += (kinds.empty() ? "" : ", ") + kind + " " + std::to_string(n);
    }
    std::cout << "yamlcpp_compare: " << compared << " documents compared, " << skipped
              << " skipped (pop refuses them), " << known_total << " known scalar differences"
              << (kinds.empty() ? "" : " (" + kinds + ")") << ", " << known_doc_count
              << " known documents yaml-cpp reads wrongly, " << differing << " documents with unexplained differences";
    if (stale > 0) std::cout << ", " << stale << " stale entries in the known list";
    if (unreadable > 0) std::cout << ", " << unreadable << " files unreadable";
    std::cout << "\n";
    return differing == 0 && stale == 0 && unreadable == 0 && ok ? 0 : 1;
}
