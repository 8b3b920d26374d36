// Unit tests for the language server's completion (src/core/lsp/completion.cpp): keys not yet
// written per nesting, enum values with their Dutch words, school goal ids and roster ids from the
// repository's files (an unsaved buffer laid over them counts), competence areas and levels from the
// policy's framework, on whole and on half-typed files.
#include <doctest/doctest.h>

#include <algorithm>

#include "../workspace/memory_sources.h"
#include "pop/lsp/completion.h"
#include "pop/workspace/overlay.h"

namespace pop {
namespace {

using json = nlohmann::json;
using test::MemoryFiles;

const Date kToday = *parse_date("2026-11-22").date;
const std::string kPath = "/repo/pops/a.jansen.pop.yaml";

const std::string kPop =
    "format_version: 1\n"
    "person:\n  id: a.jansen\n  name: Anna Jansen\n"
    "period:\n  start: 2025-08-01\n  end: 2027-07-31\n"
    "goals:\n"
    "  - id: exit-tickets\n"
    "    title: Exit tickets in havo 2\n"
    "    measurable: In 30 lessen een exit ticket gebruikt.\n"
    "    realistic:\n      hours: 20\n"
    "    steps:\n"
    "      - what: Vragen maken\n"
    "        due: 2026-10-01\n"
    "    start: 2026-09-01\n";

struct Files {
    MemoryFiles disk;
    Files() {
        disk.add_repository("/repo");
        disk.add("/repo/pop-roster.yaml",
                 "format_version: 1\nstaff:\n  - id: a.jansen\n    name: Anna Jansen\n  - id: f.meijer\n    name: Frank Meijer\n");
        disk.add("/repo/pop-school-goals.yaml",
                 "format_version: 1\ngoals:\n  - id: formatief-evalueren\n    title: Formatief evalueren in elke les\n"
                 "  - id: welzijn\n    title: Welzijn en veiligheid\n");
    }
};

// The completion at a position of `text`.
json complete_in(const std::string& text, std::uint32_t line, std::uint32_t character, const FileSource& files) {
    lsp::CompletionQuery q{kPath, text, {line, character}, kToday, Lang::Nl};
    return lsp::completion(q, files);
}

// `kPop` with `line` inserted after the line that holds `after`; the cursor at the end of it.
json complete_after(const std::string& after, const std::string& line, const FileSource& files,
                    const std::string& base = kPop) {
    std::size_t at = base.find(after);
    REQUIRE(at != std::string::npos);
    std::size_t eol = base.find('\n', at) + 1;
    std::string text = base.substr(0, eol) + line + "\n" + base.substr(eol);
    // the cursor at the end of what was inserted (its last line, when it has more than one)
    std::size_t end = eol + line.size();
    std::uint32_t number = static_cast<std::uint32_t>(std::count(text.begin(), text.begin() + end, '\n'));
    std::size_t last_break = line.rfind('\n');
    std::size_t column = last_break == std::string::npos ? line.size() : line.size() - last_break - 1;
    return complete_in(text, number, static_cast<std::uint32_t>(column), files);
}

std::vector<std::string> labels(const json& items) {
    std::vector<std::string> out;
    for (const json& i : items) out.push_back(i["label"]);
    return out;
}

bool has(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

std::string detail_of(const json& items, const std::string& label) {
    for (const json& i : items)
        if (i["label"] == label) return i.value("detail", "");
    return "(none)";
}

TEST_CASE("completion: the keys of a goal not written yet, with the Dutch term") {
    Files f;
    json items = complete_after("    title: Exit", "    ", f.disk);
    std::vector<std::string> l = labels(items);
    CHECK(has(l, "inspiring"));
    CHECK(has(l, "status"));
    CHECK(has(l, "specific"));
    CHECK_FALSE(has(l, "title"));       // written above
    CHECK_FALSE(has(l, "start"));       // written below
    CHECK_FALSE(has(l, "measurable"));
    CHECK_FALSE(has(l, "format_version"));  // a top-level key
    CHECK(detail_of(items, "inspiring") == "Inspirerend");
    // the word typed so far is replaced
    items = complete_after("    title: Exit", "    insp", f.disk);
    for (const json& i : items)
        if (i["label"] == "inspiring") {
            CHECK(i["textEdit"]["range"]["start"]["character"] == 4);
            CHECK(i["textEdit"]["range"]["end"]["character"] == 8);
            CHECK(i["textEdit"]["newText"] == "inspiring: ");
        }
}

TEST_CASE("completion: keys by nesting: top level, person, realistic, a step, a new step") {
    Files f;
    std::vector<std::string> top = labels(complete_after("  end: 2027", "", f.disk));
    CHECK(has(top, "sign_off"));
    CHECK(has(top, "conversations"));
    CHECK_FALSE(has(top, "goals"));
    CHECK_FALSE(has(top, "status"));
    std::vector<std::string> person = labels(complete_after("  name: Anna", "  ", f.disk));
    CHECK(has(person, "role"));
    CHECK(has(person, "manager"));
    CHECK_FALSE(has(person, "id"));
    std::vector<std::string> realistic = labels(complete_after("      hours: 20", "      ", f.disk));
    CHECK(realistic == std::vector<std::string>{"budget", "note"});
    std::vector<std::string> step = labels(complete_after("        due: 2026", "        ", f.disk));
    CHECK(has(step, "done"));
    CHECK_FALSE(has(step, "what"));
    std::vector<std::string> new_step = labels(complete_after("        due: 2026", "      - ", f.disk));
    CHECK(has(new_step, "what"));
    CHECK(has(new_step, "due"));
}

TEST_CASE("completion: enum values with their Dutch word, booleans, a date") {
    Files f;
    json items = complete_after("    title: Exit", "    status: ", f.disk);
    std::vector<std::string> l = labels(items);
    CHECK(l == std::vector<std::string>{"planned", "active", "achieved", "dropped", "paused"});
    CHECK(detail_of(items, "achieved") == "behaald");
    CHECK(labels(complete_after("    title: Exit", "    private: ", f.disk)) == std::vector<std::string>{"true", "false"});
    // right after the ":" (the trigger character) the value comes with the space YAML needs
    for (const json& i : complete_after("    title: Exit", "    status:", f.disk))
        if (i["label"] == "active") CHECK(i["textEdit"]["newText"] == " active");
    json date = complete_after("    title: Exit", "    end: ", f.disk);
    CHECK(labels(date) == std::vector<std::string>{"2026-11-22"});
    CHECK(detail_of(date, "2026-11-22") == "vandaag");
}

TEST_CASE("completion: methods values, after the key and inside the list, without the ones written") {
    Files f;
    json after_key = complete_after("    title: Exit", "    methods: ", f.disk);
    CHECK(has(labels(after_key), "intervision"));
    CHECK(detail_of(after_key, "intervision") == "intervisie");
    for (const json& i : after_key)
        if (i["label"] == "coaching") CHECK(i["textEdit"]["newText"] == "[coaching]");
    json inside = complete_after("    title: Exit", "    methods: [training, co", f.disk);
    std::vector<std::string> l = labels(inside);
    CHECK(has(l, "coaching"));
    CHECK_FALSE(has(l, "training"));
    for (const json& i : inside)
        if (i["label"] == "coaching") {
            CHECK(i["textEdit"]["newText"] == "coaching");
            CHECK(i["textEdit"]["range"]["start"]["character"] == 24);
        }
}

TEST_CASE("completion: school goal ids from pop-school-goals.yaml, an unsaved buffer of it counts") {
    Files f;
    json items = complete_after("    title: Exit", "    school_goals: [", f.disk);
    CHECK(labels(items) == std::vector<std::string>{"formatief-evalueren", "welzijn"});
    CHECK(detail_of(items, "welzijn") == "Welzijn en veiligheid");
    CHECK(labels(complete_after("    title: Exit", "    school_goals: [welzijn, ", f.disk)) ==
          std::vector<std::string>{"formatief-evalueren"});
    std::vector<std::string> block = labels(complete_after("    title: Exit", "    school_goals:\n      - ", f.disk));
    CHECK(block == std::vector<std::string>{"formatief-evalueren", "welzijn"});
    OverlayFileSource overlay(f.disk);
    overlay.set("/repo/pop-school-goals.yaml",
                "format_version: 1\ngoals:\n  - id: lezen\n    title: Meer lezen\n");
    CHECK(labels(complete_after("    title: Exit", "    school_goals: [", overlay)) == std::vector<std::string>{"lezen"});
}

TEST_CASE("completion: roster ids for person.id, roster names for manager and with") {
    Files f;
    std::string base = "format_version: 1\nperson:\n  name: Anna Jansen\nperiod:\n  start: 2025-08-01\n";
    json ids = complete_after("  name: Anna", "  id: ", f.disk, base);
    CHECK(labels(ids) == std::vector<std::string>{"a.jansen", "f.meijer"});
    CHECK(detail_of(ids, "f.meijer") == "Frank Meijer");
    CHECK(labels(complete_after("  name: Anna", "  manager: ", f.disk, base)) ==
          std::vector<std::string>{"Anna Jansen", "Frank Meijer"});
    std::string conversation = kPop + "conversations:\n  - kind: start\n";
    CHECK(labels(complete_after("  - kind: start", "    with: ", f.disk, conversation)) ==
          std::vector<std::string>{"Anna Jansen", "Frank Meijer"});
    CHECK(has(labels(complete_after("conversations:", "  - kind: ", f.disk, conversation)), "progress"));
}

TEST_CASE("completion: a goal's competence areas from the policy's framework, the Dutch areas without one") {
    Files f;
    // No policy: the Dutch bekwaamheidseisen (what competence.area checks against), named in the
    // client's language.
    json dutch = complete_after("    title: Exit", "    competence: ", f.disk);
    CHECK(labels(dutch) == std::vector<std::string>{"subject_matter", "subject_didactics", "pedagogical"});
    CHECK(detail_of(dutch, "pedagogical") == "pedagogisch bekwaam");
    lsp::CompletionQuery en{kPath, kPop + "    competence: ", {17, 16}, kToday, Lang::En};
    CHECK(detail_of(lsp::completion(en, f.disk), "pedagogical") == "pedagogical competence");
    // A Flemish policy: the basiscompetenties; the word typed so far is replaced.
    f.disk.add("/repo/pop-policy.yaml", "format_version: 1\npreset: vlaanderen\n");
    json flemish = complete_after("    title: Exit", "    competence: opv", f.disk);
    std::vector<std::string> l = labels(flemish);
    CHECK(l.size() == 10);
    CHECK(has(l, "educator"));
    CHECK_FALSE(has(l, "pedagogical"));
    CHECK(detail_of(flemish, "educator") == "opvoeder");
    for (const json& i : flemish)
        if (i["label"] == "educator") {
            CHECK(i["textEdit"]["newText"] == "educator");
            CHECK(i["textEdit"]["range"]["start"]["character"] == 16);
            CHECK(i["textEdit"]["range"]["end"]["character"] == 19);
        }
    // A school's own framework in a policy open in the editor (unsaved) counts.
    OverlayFileSource overlay(f.disk);
    overlay.set("/repo/pop-policy.yaml",
                "format_version: 1\ncompetence_framework:\n  id: oop\n  name: Kader OOP\n"
                "  areas:\n    - id: ict\n      name: ICT-vaardig\n      name_en: ICT skills\n"
                "  levels:\n    - id: basis\n      name: basis\n    - id: gevorderd\n      name: gevorderd\n");
    json own = complete_after("    title: Exit", "    competence: ", overlay);
    CHECK(labels(own) == std::vector<std::string>{"ict"});
    CHECK(detail_of(own, "ict") == "ICT-vaardig");
}

TEST_CASE("completion: a self-assessment's areas and levels from the policy's framework, none without one") {
    Files f;
    std::string assessed = kPop + "self_assessments:\n  - date: 2026-10-01\n    areas:\n      - area: educator\n";
    // Without a framework the policy names none: nothing to offer (competence.no-framework says why).
    CHECK(complete_after("      - area: educator", "        level: ", f.disk, assessed).empty());
    CHECK(complete_after("    areas:", "      - area: ", f.disk, assessed).empty());
    f.disk.add("/repo/pop-policy.yaml", "format_version: 1\ncompetence_framework: {preset: vl-basiscompetenties-2018}\n");
    json levels = complete_after("      - area: educator", "        level: ", f.disk, assessed);
    CHECK(labels(levels) == std::vector<std::string>{"in_ontwikkeling", "basiscompetent", "beroepsprofiel"});
    CHECK(detail_of(levels, "basiscompetent") == "basiscompetent");
    CHECK(labels(complete_after("      - area: educator", "        manager_level: ", f.disk, assessed)) ==
          std::vector<std::string>{"in_ontwikkeling", "basiscompetent", "beroepsprofiel"});
    json areas = complete_after("    areas:", "      - area: ", f.disk, assessed);
    CHECK(labels(areas).size() == 10);
    CHECK(detail_of(areas, "content_expert") == "inhoudelijk expert");
    // The Dutch preset in English.
    f.disk.add("/repo/pop-policy.yaml", "format_version: 1\npreset: vo\n");
    std::string text = assessed + "        level: ";
    lsp::CompletionQuery en{kPath, text, {static_cast<std::uint32_t>(std::count(text.begin(), text.end(), '\n')), 15},
                            kToday, Lang::En};
    json dutch_levels = lsp::completion(en, f.disk);
    CHECK(labels(dutch_levels) == std::vector<std::string>{"startbekwaam", "basisbekwaam", "vakbekwaam"});
    CHECK(detail_of(dutch_levels, "vakbekwaam") == "full competence");
}

TEST_CASE("completion: the roster's own keys, and a file with CRLF line ends") {
    Files f;
    std::string roster = "format_version: 1\nstaff:\n  - id: a.jansen\n    name: Anna Jansen\n    \n";
    lsp::CompletionQuery q{"/repo/pop-roster.yaml", roster, {4, 4}, kToday, Lang::Nl};
    std::vector<std::string> l = labels(lsp::completion(q, f.disk));
    CHECK(has(l, "left"));
    CHECK(has(l, "active"));
    CHECK_FALSE(has(l, "name"));
    CHECK_FALSE(has(l, "staff"));
    std::string crlf = "format_version: 1\r\nperson:\r\n  id: a.jansen\r\n  \r\n";
    lsp::CompletionQuery c{kPath, crlf, {3, 2}, kToday, Lang::Nl};
    l = labels(lsp::completion(c, f.disk));
    CHECK(has(l, "name"));
    CHECK_FALSE(has(l, "id"));
}

TEST_CASE("completion: a half-typed file that does not read as YAML still completes") {
    Files f;
    std::string broken = kPop + "  - id: [unclosed\n    title: \"no end\n";
    REQUIRE(broken.find("[unclosed") != std::string::npos);
    CHECK(labels(complete_after("    title: Exit", "    status: ", f.disk, broken)).size() == 5);
    CHECK(has(labels(complete_after("    title: Exit", "    ", f.disk, broken)), "inspiring"));
    // nothing inside a quoted text, after a comment, or past the end
    CHECK(complete_after("    title: Exit", "    status: \"ac", f.disk).empty());
    CHECK(complete_in(kPop, 999, 0, f.disk).empty());
    // a file pop does not check
    lsp::CompletionQuery other{"/repo/notes.yaml", kPop, {0, 0}, kToday, Lang::Nl};
    CHECK(lsp::completion(other, f.disk).empty());
}

}  // namespace
}  // namespace pop
