// The Dutch words of the spec (FieldSpec::term_nl and also_nl, Choice::term_nl and also_nl) as
// synonyms in every did-you-mean of the structure check, and docs/format.md kept equal to them.
#include <doctest/doctest.h>

#include <map>
#include <set>
#include <sstream>

#include "pop/format/validate.h"
#include "pop/i18n/messages.h"
#include "test_support.h"
#include "validate_from_text.h"

using namespace pop;
using pop::test::arg;
using pop::test::validate;

namespace {

const char* const kHead = test::kPopHead;

// "key>suggestion, ..." for the unknown keys and values not allowed ("<missing>": no suggestion).
std::string suggestions(const std::vector<Finding>& findings) {
    std::string out;
    for (const Finding& f : findings) {
        std::string written;
        if (f.message.starts_with("structure.unknown-key")) written = arg(f, "key");
        else if (f.message.starts_with("structure.enum")) written = arg(f, "value");
        else continue;
        out += (out.empty() ? "" : ", ") + written + ">" + arg(f, "suggestion");
    }
    return out;
}

// Every object of the four kinds of files, each once.
std::vector<const ObjectSpec*> all_objects() {
    std::vector<const ObjectSpec*> out;
    std::vector<const ObjectSpec*> todo;
    for (FileKind k : {FileKind::Pop, FileKind::Policy, FileKind::Roster, FileKind::SchoolGoals})
        todo.push_back(&spec_for(k));
    while (!todo.empty()) {
        const ObjectSpec* o = todo.back();
        todo.pop_back();
        if (std::find(out.begin(), out.end(), o) != out.end()) continue;
        out.push_back(o);
        for (const FieldSpec& f : o->fields)
            if (f.type.object) todo.push_back(f.type.object);
    }
    return out;
}

// The object at `path` (keys from the root of `kind`), or nullptr.
const ObjectSpec* object_at(FileKind kind, const std::vector<std::string>& path) {
    const ObjectSpec* o = &spec_for(kind);
    for (const std::string& key : path) {
        const FieldSpec* f = find_field(*o, key);
        if (!f || !f->type.object) return nullptr;
        o = f->type.object;
    }
    return o;
}

std::string trim(std::string s) {
    while (!s.empty() && s.front() == ' ') s.erase(s.begin());
    while (!s.empty() && s.back() == ' ') s.pop_back();
    return s;
}

// The cells of a table row "| a | b |": {"a", "b"}.
std::vector<std::string> cells(const std::string& row) {
    std::vector<std::string> out;
    std::string cur;
    for (std::size_t i = 1; i < row.size(); ++i) {
        if (row[i] == '|' && row[i - 1] != '\\') {
            out.push_back(trim(cur));
            cur.clear();
        } else {
            cur += row[i];
        }
    }
    return out;
}

// The Dutch words of a cell of docs/format.md: notes in parentheses and a SMARTI letter
// ("**S** — ") left out; words apart at `,`, `/` and `:`. "soort leren: formeel, non-formeel" gives
// "soort leren", "formeel", "non-formeel".
std::vector<std::string> doc_terms(std::string cell) {
    if (cell.starts_with("**")) {
        std::size_t dash = cell.find("— ");
        if (dash != std::string::npos) cell = cell.substr(dash + std::string_view("— ").size());
    }
    std::string plain;
    int depth = 0;
    for (char c : cell) {
        if (c == '(') ++depth;
        else if (c == ')') --depth;
        else if (depth == 0) plain += (c == '/' || c == ':') ? ',' : c;
    }
    std::vector<std::string> out;
    std::stringstream ss(plain);
    for (std::string word; std::getline(ss, word, ',');)
        if (!trim(word).empty()) out.push_back(trim(word));
    return out;
}

// True when `word` is the name or one of the Dutch words of a candidate named `name`, once folded.
bool means(std::string_view word, std::string_view name, const std::vector<std::string_view>& dutch) {
    if (folded_word(word) == folded_word(name)) return true;
    for (std::string_view d : dutch)
        if (folded_word(word) == folded_word(d)) return true;
    return false;
}

// True when `word` is a synonym of the field or of one of its values.
bool means_field_or_value(std::string_view word, const FieldSpec& f) {
    if (means(word, f.key, dutch_terms(f))) return true;
    for (const Choice& c : f.type.choices)
        if (means(word, c.value, dutch_terms(c))) return true;
    return false;
}

const Choice* choice_of(const FieldSpec& f, std::string_view value) {
    for (const Choice& c : f.type.choices)
        if (c.value == value) return &c;
    return nullptr;
}

// "`planned` (*gepland*), `active` (*bezig*)": the pairs of a line of prose.
std::vector<std::pair<std::string, std::string>> prose_pairs(const std::string& line) {
    std::vector<std::pair<std::string, std::string>> out;
    for (std::size_t at = line.find("` (*"); at != std::string::npos; at = line.find("` (*", at + 1)) {
        std::size_t open = line.rfind('`', at - 1), close = line.find("*)", at);
        if (open == std::string::npos || close == std::string::npos) break;
        out.emplace_back(line.substr(open + 1, at - open - 1), line.substr(at + 4, close - at - 4));
    }
    return out;
}

}  // namespace

TEST_CASE("folded_word: case, accents, `-`, `_` and spaces do not count") {
    CHECK(folded_word("Privé") == "prive");
    CHECK(folded_word("PRIVÉ") == "prive");
    CHECK(folded_word("Non-Formeel") == "nonformeel");
    CHECK(folded_word("school_goals") == "schoolgoals");
    CHECK(folded_word("lesson study") == "lessonstudy");
    CHECK(folded_word("België çà ñ ÿ Ü") == "belgiecanyu");
    CHECK(folded_word("ß×æ") == "ß×æ");        // no plain letter for these
    CHECK(folded_word("a\xff" "b") == "a\xff" "b");  // a stray byte stays
    CHECK(folded_word("").empty());
}

TEST_CASE("dutch_terms: the term without its note in parentheses, then the other words") {
    const FieldSpec& start = *find_field(*find_field(spec_for(FileKind::Pop), "goals")->type.object, "start");
    std::vector<std::string_view> terms = dutch_terms(start);
    REQUIRE(terms.size() >= 2);
    CHECK(terms[0] == "startdatum");
    CHECK(std::find(terms.begin(), terms.end(), "begindatum") != terms.end());
    const FieldSpec& status = *find_field(*find_field(spec_for(FileKind::Pop), "goals")->type.object, "status");
    const Choice& achieved = status.type.choices[2];
    REQUIRE(achieved.value == "achieved");
    std::vector<std::string_view> words = dutch_terms(achieved);
    CHECK(words[0] == "behaald");
    CHECK(std::find(words.begin(), words.end(), "klaar") != words.end());
    CHECK(std::find(words.begin(), words.end(), "afgerond") != words.end());
}

TEST_CASE("the synonym table: every word means one key of its object, and one value of its enum") {
    std::size_t words = 0;
    for (const ObjectSpec* o : all_objects()) {
        CAPTURE(o->name);
        std::map<std::string, std::string_view> owner;  // folded word -> key
        for (const FieldSpec& f : o->fields) owner.emplace(folded_word(f.key), f.key);
        for (const FieldSpec& f : o->fields) {
            for (std::string_view term : dutch_terms(f)) {
                CAPTURE(term);
                CHECK_FALSE(folded_word(term).empty());
                auto [it, added] = owner.emplace(folded_word(term), f.key);
                CHECK((added || it->second == f.key));  // the same word for the same key twice is harmless
                CHECK(suggest_key(term, *o) == f.key);   // and each one is suggested
                ++words;
            }
            std::map<std::string, std::string_view> value_of;
            for (const Choice& c : f.type.choices) value_of.emplace(folded_word(c.value), c.value);
            for (const Choice& c : f.type.choices)
                for (std::string_view term : dutch_terms(c)) {
                    CAPTURE(term);
                    auto [it, added] = value_of.emplace(folded_word(term), c.value);
                    CHECK((added || it->second == c.value));
                    CHECK(suggest_choice(term, f.type.choices) == c.value);
                    ++words;
                }
        }
    }
    CHECK(words > 200);
}

TEST_CASE("every Dutch term of docs/format.md is a synonym of its key or of one of its values") {
    struct DocTable {
        std::string heading;
        FileKind kind;
        std::vector<std::string> path;  // to the object whose keys the table lists
    };
    const std::vector<DocTable> tables{
        {"### Top level", FileKind::Pop, {}},
        {"### person", FileKind::Pop, {"person"}},
        {"### period", FileKind::Pop, {"period"}},
        {"### sign_off and signatures", FileKind::Pop, {"sign_off", "employee"}},
        {"### goal", FileKind::Pop, {"goals"}},
        {"#### realistic", FileKind::Pop, {"goals", "realistic"}},
        {"#### step", FileKind::Pop, {"goals", "steps"}},
        {"#### evidence", FileKind::Pop, {"goals", "evidence"}},
        {"### conversation", FileKind::Pop, {"conversations"}},
        {"## The policy (`pop-policy.yaml`)", FileKind::Policy, {}},
        {"## The roster (`pop-roster.yaml`)", FileKind::Roster, {}},
        {"## The school goals (`pop-school-goals.yaml`)", FileKind::SchoolGoals, {}},
    };
    std::vector<std::string> lines;
    {
        std::stringstream doc(test::read_source_file("docs/format.md"));
        for (std::string line; std::getline(doc, line);) lines.push_back(line);
    }
    REQUIRE(lines.size() > 100);
    auto line_of = [&](const std::string& start) {
        for (std::size_t i = 0; i < lines.size(); ++i)
            if (lines[i] == start || (start.starts_with("**") && lines[i].starts_with(start))) return i;
        FAIL_CHECK("docs/format.md has no line " << start);
        return lines.size();
    };

    std::size_t checked = 0;
    for (const DocTable& t : tables) {
        CAPTURE(t.heading);
        const ObjectSpec* object = object_at(t.kind, t.path);
        REQUIRE(object);
        std::size_t i = line_of(t.heading);
        while (i < lines.size() && !lines[i].starts_with("| key |")) ++i;
        REQUIRE(i < lines.size());
        std::vector<std::string> header = cells(lines[i]);
        std::size_t dutch = 0;
        while (dutch < header.size() && !header[dutch].starts_with("Dutch")) ++dutch;
        REQUIRE(dutch < header.size());
        for (i += 2; i < lines.size() && lines[i].starts_with("|"); ++i) {
            std::vector<std::string> row = cells(lines[i]);
            REQUIRE(row.size() == header.size());
            // `staff[].id`, `warn.period_end_days`: the path to the field under the table's object
            std::string key = row[0].substr(1, row[0].size() - 2);
            std::vector<std::string> path = t.path;
            for (std::size_t dot; (dot = key.find('.')) != std::string::npos; key = key.substr(dot + 1)) {
                std::string part = key.substr(0, dot);
                if (part.ends_with("[]")) part.resize(part.size() - 2);
                path.push_back(part);
            }
            const ObjectSpec* parent = object_at(t.kind, path);
            CAPTURE(row[0]);
            REQUIRE(parent);
            const FieldSpec* field = find_field(*parent, key);
            REQUIRE(field);
            for (const std::string& term : doc_terms(row[dutch])) {
                CAPTURE(term);
                CHECK(means_field_or_value(term, *field));
                ++checked;
            }
        }
    }

    // The values of `status` and the keys of sign_off, named in prose: "`planned` (*gepland*)".
    const ObjectSpec& goal = *object_at(FileKind::Pop, {"goals"});
    auto status = prose_pairs(lines[line_of("**`status`** values:")] + lines[line_of("**`status`** values:") + 1]);
    CHECK(status.size() == find_field(goal, "status")->type.choices.size());
    for (const auto& [value, term] : status) {
        CAPTURE(term);
        const Choice* c = choice_of(*find_field(goal, "status"), value);
        REQUIRE(c);
        CHECK(means(term, c->value, dutch_terms(*c)));
        ++checked;
    }
    std::size_t sign_off_line = line_of("### sign_off and signatures") + 2;
    auto sign_off = prose_pairs(lines[sign_off_line] + " " + lines[sign_off_line + 1]);
    CHECK(sign_off.size() == 2);
    for (const auto& [key, term] : sign_off) {
        CAPTURE(term);
        const FieldSpec* f = find_field(*object_at(FileKind::Pop, {"sign_off"}), key);
        REQUIRE(f);
        CHECK(means(term, f->key, dutch_terms(*f)));
        ++checked;
    }

    // The table of `methods` values: | value | Dutch | value | Dutch |
    const FieldSpec& methods = *find_field(goal, "methods");
    std::size_t i = line_of("**`methods`** values (*werkvormen*):");
    while (i < lines.size() && !lines[i].starts_with("| value |")) ++i;
    std::set<std::string> values_seen;
    for (i += 2; i < lines.size() && lines[i].starts_with("|"); ++i) {
        std::vector<std::string> row = cells(lines[i]);
        for (std::size_t col = 0; col + 1 < row.size(); col += 2) {
            if (row[col].empty()) continue;
            std::string value = row[col].substr(1, row[col].size() - 2);
            const Choice* c = choice_of(methods, value);
            CAPTURE(value);
            REQUIRE(c);
            values_seen.insert(value);
            for (const std::string& term : doc_terms(row[col + 1])) {
                CAPTURE(term);
                CHECK(means(term, c->value, dutch_terms(*c)));
                ++checked;
            }
        }
    }
    CHECK(values_seen.size() == methods.type.choices.size());
    CHECK(checked > 100);
}

TEST_CASE("a Dutch key gets the English one as suggestion, at every level and in every kind of file") {
    auto pop = validate(std::string(kHead) +
                        "doelen: []\n"                     // 4: goals
                        "goals:\n"
                        "  - id: g1\n"
                        "    title: T\n"
                        "    Stappen: [{what: x}]\n"       // 8: steps
                        "    bewijzen: []\n"               // 9: evidence
                        "    realistic: {uren: 4}\n"       // 10: hours
                        "    privé: true\n"                // 11: private
                        "    steps:\n"
                        "      - {what: x, deadline: 2026-01-01, afgerond: 2026-01-02}\n"
                        "    evidence:\n"
                        "      - {datum: 2026-01-01, what: x, bestand: a.pdf}\n"
                        "sign_off:\n"
                        "  medewerker: {name: Jan, date: 2025-09-01}\n"
                        "  manager: {naam: Jan, date: 2025-09-01}\n"
                        "gesprekken: []\n"
                        "conversations:\n"
                        "  - {soort: start, date: 2025-09-01, afspraken: x}\n");
    CHECK(suggestions(pop) == "doelen>goals, Stappen>steps, bewijzen>evidence, uren>hours, privé>private, "
                              "deadline>due, afgerond>done, datum>date, bestand>file, medewerker>employee, "
                              "naam>name, gesprekken>conversations, soort>kind, afspraken>agreements");
    auto policy = validate("format_version: 1\nuren per jaar: 40\nsmarti: {vage woorden: [beter]}\n"
                           "warn: {stilstand: 3}\nbewaartermijn: 24\n",
                           FileKind::Policy);
    CHECK(suggestions(policy) ==
          "uren per jaar>hours_per_year, vage woorden>vague_words, stilstand>inactivity_months, "
          "bewaartermijn>retention_months");
    auto roster = validate("format_version: 1\nmedewerkers: []\nstaff:\n  - {code: a, naam: A, 'in dienst': false}\n",
                           FileKind::Roster);
    CHECK(suggestions(roster) == "medewerkers>staff, code>id, naam>name, in dienst>active");
    CHECK(suggestions(validate("format_version: 1\nschooldoelen: []\ngoals: [{id: a, titel: A}]\n",
                               FileKind::SchoolGoals)) == "schooldoelen>goals, titel>title");
}

TEST_CASE("a misspelt Dutch key is close to its synonym; English typos keep working; nonsense gets none") {
    auto f = validate(std::string(kHead) + "doelenn: []\nconversatons: []\nmedewerkr: {}\nxyzzy: 1\nfoo: 1\n");
    CHECK(suggestions(f) == "doelenn>goals, conversatons>conversations, medewerkr>person, xyzzy><missing>, foo><missing>");
}

TEST_CASE("suggest_name: exact synonyms first, then the closest spelling; the English name wins a tie") {
    std::vector<Synonyms> c{{"hours", {"uren", "klokuren"}}, {"budget", {"geld"}}, {"note", {"toelichting"}}};
    CHECK(suggest_name("Uren", c) == "hours");
    CHECK(suggest_name("KLOK-UREN", c) == "hours");
    CHECK(suggest_name("urem", c) == "hours");
    CHECK(suggest_name("toelichtng", c) == "note");
    CHECK(suggest_name("budgett", c) == "budget");
    CHECK(suggest_name("xyz", c).empty());
    CHECK(suggest_name("", c).empty());
    CHECK(suggest_name("- _", c).empty());
    CHECK(suggest_name(std::string(65, 'u'), c).empty());
    // "note" and "nota" are one letter apart; "nota" is also the Dutch word of another name:
    std::vector<Synonyms> tie{{"note", {}}, {"bill", {"nota"}}};
    CHECK(suggest_name("nota", tie) == "bill");  // an exact synonym beats a close spelling
    CHECK(suggest_name("noto", tie) == "note");  // one letter from both: the first candidate
}

TEST_CASE("a Dutch enum value gets the English value as suggestion: status, methods, kinds, learning, preset") {
    auto f = validate(std::string(kHead) +
                      "goals:\n"
                      "  - id: g1\n"
                      "    title: T\n"
                      "    status: klaar\n"                                   // 7
                      "    learning: Informele\n"                             // 8
                      "    competence: vakdidactiek\n"                        // 9: an id (competence.area checks it)
                      "    methods: [Intervisie, hospiteren, nascholing]\n"   // 10
                      "  - {id: g2, title: T, status: Afgerond}\n"            // 11
                      "  - {id: g3, title: T, status: gepland}\n"             // 12
                      "  - {id: g4, title: T, status: bezig}\n"               // 13
                      "  - {id: g5, title: T, status: achieved}\n"            // 14: valid
                      "  - {id: g6, title: T, status: acheived}\n"            // 15: English typo
                      "  - {id: g7, title: T, status: gepauzeerdd}\n"         // 16: Dutch typo
                      "  - {id: g8, title: T, status: whatever}\n"            // 17: none
                      "conversations:\n"
                      "  - {kind: functioneringsgesprek, date: 2025-09-01}\n");
    CHECK(suggestions(f) == "klaar>achieved, Informele>informal, "
                            "Intervisie>intervision, hospiteren>collegial_visit, nascholing>course, "
                            "Afgerond>achieved, gepland>planned, bezig>active, acheived>achieved, "
                            "gepauzeerdd>paused, whatever><missing>, functioneringsgesprek>performance");
    CHECK(suggestions(validate("format_version: 1\npreset: basisonderwijs\n", FileKind::Policy)) == "basisonderwijs>po");
}

TEST_CASE("the suggestion in both languages: onbekend veld, bedoel je") {
    auto keys = validate(std::string(kHead) + "doelen: []\n");
    REQUIRE(keys.size() == 1);
    CHECK(finding_message(keys[0], Lang::Nl) == "onbekend veld `doelen`");
    CHECK(finding_hint(keys[0], Lang::Nl) == "bedoel je `goals`?");
    CHECK(finding_message(keys[0], Lang::En) == "unknown key `doelen`");
    CHECK(finding_hint(keys[0], Lang::En) == "did you mean `goals`?");
    auto values = validate(std::string(kHead) + "goals: [{id: g, title: T, status: klaar}]\n");
    REQUIRE(values.size() == 1);
    CHECK(finding_message(values[0], Lang::Nl) == "`klaar` is geen geldige waarde voor `status`");
    CHECK(finding_hint(values[0], Lang::Nl) == "bedoel je `achieved`? (één van: planned, active, achieved, dropped, paused)");
    CHECK(finding_hint(values[0], Lang::En) == "did you mean `achieved`? (one of: planned, active, achieved, dropped, paused)");
}
