// Unit tests for the workspace layer (src/core/workspace/): finding files and their repository
// files, per-folder policies, and the use cases of check, due, calendar, status and report, all on
// files and a history in memory.
#include <doctest/doctest.h>

#include <algorithm>

#include "memory_sources.h"
#include "pop/workspace/check_repository.h"
#include "pop/workspace/overlay.h"
#include "pop/workspace/paths.h"
#include "pop/workspace/views.h"
#include "pop/workspace/workspace.h"

namespace pop {
namespace {

using test::MemoryFiles;
using test::MemoryHistory;

const Date kToday = *parse_date("2026-11-22").date;

// A POP of `id`, running 2025-08-01 to 2027-07-31, with one goal whose open step is due on `due`;
// signed by both when `signed_off`.
std::string pop_text(const std::string& id, const std::string& due, bool signed_off = true,
                     const std::string& start = "2025-08-01", const std::string& end = "2027-07-31") {
    std::string text = "format_version: 1\nperson:\n  id: " + id + "\n  name: Naam " + id + "\nperiod:\n  start: " + start +
                       "\n  end: " + end + "\n";
    if (signed_off)
        text += "sign_off:\n  employee: { name: Naam " + id + ", date: 2025-10-01 }\n"
                "  manager: { name: Frank Meijer, date: 2025-10-03 }\n";
    text += "goals:\n"
            "  - id: exit-tickets\n"
            "    title: Exit tickets in havo 2\n"
            "    specific: Ik sluit elke les aardrijkskunde in havo 2 af met een exit ticket van drie vragen.\n"
            "    measurable: In 30 lessen een exit ticket gebruikt; de uitkomst bespreek ik de les erna.\n"
            "    realistic:\n      hours: 20\n"
            "    start: 2026-09-01\n    end: 2027-06-30\n"
            "    inspiring: Ik wil sneller zien wat mijn leerlingen nog niet begrijpen.\n"
            "    status: active\n"
            "    steps:\n"
            "      - what: Tien exit tickets maken\n        due: 2026-10-16\n        done: 2026-10-14\n"
            "      - what: Ervaringen bespreken in de sectievergadering\n        due: " + due + "\n"
            "conversations:\n  - kind: progress\n    date: 2026-10-12\n    agreements: Exit tickets ook in havo 3.\n";
    return text;
}

// What a check wrote, per file: "path: rule rule ...", one line each, from a renderer that writes
// nothing else.
class RuleListRenderer : public CheckRenderer {
public:
    void file(const FileReport& file, FilePieces& out) const override {
        out.first += file.path + ":";
        for (const Finding& f : file.findings) out.first += " " + std::string(f.rule.text());
        out.first += "\n";
    }
    CheckFrame frame(const CheckTotals&, bool, bool) const override { return {}; }
};

// Collects the pieces in order, holes filled in place.
class MemoryOutput : public CheckOutput {
public:
    void append(const FilePieces& pieces) override { parts_.push_back(pieces.first); }
    std::size_t hole() override {
        parts_.emplace_back();
        holes_.push_back(parts_.size() - 1);
        return holes_.size() - 1;
    }
    void fill(std::size_t n, const FilePieces& pieces) override { parts_[holes_[n]] = pieces.first; }
    std::string text() const {
        std::string out;
        for (const std::string& p : parts_) out += p;
        return out;
    }

private:
    std::vector<std::string> parts_;
    std::vector<std::size_t> holes_;
};

struct CheckRun {
    RepositoryCheckResult result;
    std::string output;
};

CheckRun check(const FileSource& files, const MemoryHistory& history, RepositoryCheckRequest request) {
    if (request.today == Date{}) request.today = kToday;
    RuleListRenderer renderer;
    MemoryOutput output;
    CheckRun run{check_repository(request, files, history, renderer, output), ""};
    run.output = output.text();
    return run;
}

RepositoryCheckRequest paths(std::vector<std::string> p, bool reminders = false) {
    RepositoryCheckRequest request;
    request.workspace.paths = std::move(p);
    request.workspace.jobs = 2;
    request.today = kToday;
    request.reminders = reminders;
    return request;
}

// Two folders of one repository, each with its own policy: a/ reminds of a step 0 days ahead and
// asks for nothing, b/ reminds 30 days ahead and asks for a signed POP. The same POP (unsigned,
// a step due in 9 days) lies in each.
MemoryFiles two_policies() {
    MemoryFiles files;
    files.add_repository(".");
    files.add("a/pop-policy.yaml", "format_version: 1\nwarn:\n  step_due_days: 0\n");
    files.add("b/pop-policy.yaml", "format_version: 1\nwarn:\n  step_due_days: 30\ncomplete:\n  sign_off: true\n");
    files.add("a/a.bos.pop.yaml", pop_text("a.bos", "2026-12-01", false));
    files.add("b/b.bos.pop.yaml", pop_text("b.bos", "2026-12-01", false));
    return files;
}

}  // namespace

TEST_CASE("paths are worked out as text, the same for every file source") {
    CHECK(join_path("", "a.pop.yaml") == "a.pop.yaml");
    CHECK(join_path(".", "a.pop.yaml") == "a.pop.yaml");
    CHECK(join_path("pops/", "a") == "pops/a");
    CHECK(join_path("/", ".git") == "/.git");
    CHECK(normal_path("./pops/../a//b/.") == "a/b");
    CHECK(normal_path("../x") == "../x");
    CHECK(normal_path("/..") == "/");
    CHECK(normal_path("./") == ".");
    CHECK(folder_of_path("a.pop.yaml") == "");
    CHECK(folder_of_path("x//a.pop.yaml") == "x");
    CHECK(folder_of_path("/a.pop.yaml") == "/");
    CHECK(file_name_of("pops/") == "");
    CHECK(parent_of("/a/b") == "/a");
    CHECK(parent_of("/a") == "/");
    CHECK(parent_of("/") == "/");
}

TEST_CASE("find_inputs searches folders in name order, skips hidden folders and takes named files as they are") {
    MemoryFiles files;
    files.add("pops/z.pop.yaml", "x");
    files.add("pops/b/k.pop.yaml", "x");
    files.add("pops/a.pop.yaml", "x");
    files.add("pops/.hidden/h.pop.yaml", "x");
    files.add("pops/notes.txt", "x");
    files.add("pops/pop-roster.yaml", "x");
    files.add("pops/ignored.pop.yaml", "x");
    files.ignore("pops/ignored.pop.yaml");
    FoundInputs found = find_inputs({"pops", "missing.pop.yaml"}, files);
    std::vector<std::string> got;
    for (const Input& in : found.files) got.push_back(in.path + (in.found_in_folder ? "" : " (named)"));
    CHECK(got == std::vector<std::string>{"pops/a.pop.yaml", "pops/b/k.pop.yaml", "pops/pop-roster.yaml",
                                          "pops/z.pop.yaml", "missing.pop.yaml (named)"});
    CHECK(found.files[2].kind == FileKind::Roster);
    CHECK(found.unreadable_folders.empty());
}

TEST_CASE("the repository files of a folder are the nearest of each kind, up to the repository root") {
    MemoryFiles files;
    files.add("/outside/pop-school-goals.yaml", "x");  // above the repository: never used
    files.add_repository("/outside/repo");
    files.add("/outside/repo/pop-policy.yaml", "x");
    files.add("/outside/repo/pop-roster.yaml", "x");
    files.add("/outside/repo/team/pop-policy.yaml", "x");
    RepositoryFinder finder(files);
    RepositoryPaths team = finder.for_folder("/outside/repo/team/sub");
    CHECK(team.policy == "/outside/repo/team/pop-policy.yaml");
    CHECK(team.roster == "/outside/repo/pop-roster.yaml");
    CHECK(team.school_goals == "");
    CHECK(finder.for_folder("/outside/repo").policy == "/outside/repo/pop-policy.yaml");
}

TEST_CASE("two folders under two policies: check, due, calendar, status and report agree per POP") {
    MemoryFiles files = two_policies();
    MemoryHistory history;
    CheckRun run = check(files, history, paths({"."}, true));
    REQUIRE_FALSE(run.result.problem);
    // a/: no reminder 9 days ahead (step_due_days 0), nothing asked; b/: reminded, and unsigned.
    CHECK(run.output ==
          "a/a.bos.pop.yaml: smarti.agreed\n"
          "a/pop-policy.yaml:\n"
          "b/b.bos.pop.yaml: complete.sign-off smarti.agreed reminder.step-due\n"
          "b/pop-policy.yaml:\n");

    WorkspaceRequest request;
    request.paths = {"."};
    Workspace workspace(request, files);
    LoadedPops loaded = load_pops(workspace);
    REQUIRE(loaded.pops.size() == 2);
    CHECK(loaded.pops[0].policy.step_due_days == 0);
    CHECK(loaded.pops[1].policy.step_due_days == 30);

    // pop due: within 5 days nothing of a/, but b/'s step, which its policy reminds of.
    DueList due = list_due(loaded, kToday, 5);
    REQUIRE(due.lines.size() == 1);
    CHECK(due.lines[0].path == "b/b.bos.pop.yaml");

    // pop status: the reminders of each POP with its own policy.
    PopStatus a = pop_status("a/a.bos.pop.yaml", files, kToday);
    PopStatus b = pop_status("b/b.bos.pop.yaml", files, kToday);
    CHECK(a.view.reminders.empty());
    REQUIRE(b.view.reminders.size() == 1);
    CHECK(b.view.reminders[0].rule == rule::reminder_step_due);

    // pop report: the warnings column, per person.
    TeamReportBuilder builder;
    TeamReportRun report = add_to_team_report(workspace, kToday, builder);
    CHECK(report.unreadable.empty());
    CHECK(report.readable == 2);
    builder.finish(nullptr, nullptr, kToday);
    std::map<std::string, std::vector<std::string>> warnings;
    builder.each([&](const PersonRow& row) {
        for (const auto& w : row.warnings) warnings[row.id].push_back(w);
    });
    CHECK(warnings["a.bos"].empty());
    CHECK(warnings["b.bos"] == std::vector<std::string>{"reminder.step-due"});

    // pop calendar: everything due, each with its own POP.
    CalendarList calendar = list_calendar(loaded, kToday);
    std::size_t of_a = std::count_if(calendar.entries.begin(), calendar.entries.end(),
                                     [](const CalendarEntry& e) { return e.path == "a/a.bos.pop.yaml"; });
    CHECK(of_a > 0);
}

TEST_CASE("a POP a later POP of the same person took over has no reminders anywhere") {
    MemoryFiles files;
    files.add_repository(".");
    files.add("pops/a.pop.yaml", pop_text("a.bos", "2026-11-25", true, "2025-08-01", "2026-12-31"));
    files.add("pops/a-2027.pop.yaml", pop_text("a.bos", "2027-02-01", true, "2027-01-01", "2028-12-31"));
    MemoryHistory history;
    CheckRun run = check(files, history, paths({"pops"}, true));
    INFO(run.output);
    std::size_t line = run.output.find("pops/a.pop.yaml:");
    REQUIRE(line != std::string::npos);
    std::string own = run.output.substr(line, run.output.find('\n', line) - line);
    CHECK(own.find("reminder.") == std::string::npos);
    CHECK(run.output.find("pops/a-2027.pop.yaml:") != std::string::npos);
    WorkspaceRequest request;
    request.paths = {"pops"};
    Workspace workspace(request, files);
    LoadedPops loaded = load_pops(workspace);
    REQUIRE(loaded.pops.size() == 2);
    CHECK(loaded.pops[1].path == "pops/a.pop.yaml");
    CHECK(loaded.pops[1].superseded);
    for (const DueLine& line : list_due(loaded, kToday, 30).lines) CHECK(line.path != "pops/a.pop.yaml");
    PopStatus status = pop_status("pops/a.pop.yaml", files, kToday);
    CHECK(status.view.reminders.empty());
    CHECK(status.successor == "pops/a-2027.pop.yaml");
}

TEST_CASE("the roster rules see the POPs of the folder that holds the roster, in output order") {
    MemoryFiles files;
    files.add_repository(".");
    files.add("pop-roster.yaml",
              "format_version: 1\nstaff:\n  - { id: a.bos, name: A }\n  - { id: c.dam, name: C }\n");
    files.add("pops/a.pop.yaml", pop_text("a.bos", "2027-02-01"));
    files.add("pops/a2.pop.yaml", pop_text("a.bos", "2027-02-01"));
    MemoryHistory history;
    CheckRun run = check(files, history, paths({"."}));
    CHECK(run.output ==
          "pop-roster.yaml: roster.missing-pop\n"
          "pops/a.pop.yaml:\n"
          "pops/a2.pop.yaml: roster.duplicate-pop\n");
    // A POP checked on its own says nothing about who else has one.
    CHECK(check(files, history, paths({"pops/a.pop.yaml"})).output == "pop-roster.yaml:\npops/a.pop.yaml:\n");
}

TEST_CASE("history.stale comes from the history source, with the policy of the POP's folder") {
    MemoryFiles files;
    files.add_repository(".");
    files.add("old/pop-policy.yaml", "format_version: 1\nstale_months: 2\n");
    files.add("old/a.pop.yaml", pop_text("a.bos", "2027-02-01"));
    files.add("new/b.pop.yaml", pop_text("b.bos", "2027-02-01"));
    MemoryHistory history;
    history.changes = {{"/repo/old/a.pop.yaml", *parse_date("2026-08-01").date},
                       {"/repo/new/b.pop.yaml", *parse_date("2026-08-01").date}};
    RepositoryCheckRequest request = paths({"."});
    request.history = true;
    CheckRun run = check(files, history, request);
    REQUIRE_FALSE(run.result.problem);
    CHECK(run.output == "new/b.pop.yaml:\nold/a.pop.yaml: history.stale\nold/pop-policy.yaml:\n");
    CHECK(history.walks == 1);  // one walk per repository

    SUBCASE("a shallow clone: a notice, no finding") {
        history.shallow = true;
        CheckRun shallow = check(files, history, request);
        CHECK(shallow.result.notices == std::vector<std::string>{"ui.history.shallow"});
        CHECK(shallow.output.find("history.stale") == std::string::npos);
    }
    SUBCASE("outside any repository: a usage problem naming the POP") {
        history.root.reset();
        CheckRun none = check(files, history, request);
        REQUIRE(none.result.problem);
        CHECK(*none.result.problem == "ui.history.no-git");
        CHECK(none.result.problem_args.at(0).value == "new/b.pop.yaml");
    }
}

TEST_CASE("--changed-since writes only the POPs that changed, and always the repository files") {
    MemoryFiles files;
    files.add_repository(".");
    files.add("pop-policy.yaml", "format_version: 1\n");
    files.add("a.pop.yaml", pop_text("a.bos", "2027-02-01"));
    files.add("b.pop.yaml", pop_text("b.bos", "2027-02-01"));
    MemoryHistory history;
    history.changed.paths = {"/repo/b.pop.yaml"};
    RepositoryCheckRequest request = paths({"."});
    request.changed_since = "HEAD~1";
    CheckRun run = check(files, history, request);
    CHECK(run.output == "b.pop.yaml:\npop-policy.yaml:\n");
    CHECK(run.result.totals.files == 2);

    history.changed.error = "unknown revision";
    CheckRun bad = check(files, history, request);
    REQUIRE(bad.result.problem);
    CHECK(*bad.result.problem == "ui.changed-since.bad-rev");
}

TEST_CASE("texts in memory over the disk: a buffer is checked with the repository files beside it") {
    MemoryFiles disk = two_policies();
    MemoryHistory history;
    OverlayFileSource files(disk);
    // b/ asks for a signed POP: the unsigned POP on disk has findings; the buffer, signed, has none.
    const std::string clean_b = "b/b.bos.pop.yaml:\nb/pop-policy.yaml:\n";
    CHECK(check(files, history, paths({"b/b.bos.pop.yaml"})).output != clean_b);
    files.set("b/b.bos.pop.yaml", pop_text("b.bos", "2027-02-01", true));
    CHECK(files.has("b/b.bos.pop.yaml"));
    CHECK(check(files, history, paths({"b/b.bos.pop.yaml"})).output == clean_b);
    // The same unsigned buffer in a/ and in b/: each folder's own policy decides.
    files.set("a/a.bos.pop.yaml", pop_text("a.bos", "2027-02-01", false));
    files.set("b/b.bos.pop.yaml", pop_text("b.bos", "2027-02-01", false));
    std::string in_a = check(files, history, paths({"a/a.bos.pop.yaml"})).output;
    std::string in_b = check(files, history, paths({"b/b.bos.pop.yaml"})).output;
    CHECK(in_a.find("complete.") == std::string::npos);
    CHECK(in_b.find("complete.") != std::string::npos);
    files.set("b/b.bos.pop.yaml", pop_text("b.bos", "2027-02-01", true));
    // A buffer that is not on disk yet is found in its folder, beside the files on disk, and its
    // broken YAML is reported at its own line.
    files.set("b/c.kok.pop.yaml", "format_version: 1\nperson: [\n");
    CHECK(files.exists("b/c.kok.pop.yaml"));
    CHECK_FALSE(files.is_folder("b/c.kok.pop.yaml"));
    CheckRun folder = check(files, history, paths({"b"}));
    CHECK(folder.output == "b/b.bos.pop.yaml:\nb/c.kok.pop.yaml: yaml.syntax\nb/pop-policy.yaml:\n");
    // A buffer larger than the reader takes is cut one byte past the limit, as a file is.
    CHECK(files.read("b/c.kok.pop.yaml", 3).bytes == "form");
    // remove: the disk's text again.
    files.remove("b/b.bos.pop.yaml");
    CHECK_FALSE(files.has("b/b.bos.pop.yaml"));
    CHECK(check(files, history, paths({"b/b.bos.pop.yaml"})).output != clean_b);
    // A buffer in a folder that is not on disk at all.
    files.set("nieuw/d.vos.pop.yaml", pop_text("d.vos", "2027-02-01", true));
    CHECK(files.is_folder("nieuw"));
    CHECK(check(files, history, paths({"nieuw"})).output == "nieuw/d.vos.pop.yaml:\n");
}

TEST_CASE("no files, unreadable files and leftover temporary files") {
    MemoryFiles files;
    files.add("empty/notes.txt", "x");
    MemoryHistory history;
    CheckRun none = check(files, history, paths({"empty"}));
    REQUIRE(none.result.problem);
    CHECK(*none.result.problem == "ui.no-files");
    CHECK(none.result.problem_args.at(0).value == "empty");

    files.add("a.pop.yaml", pop_text("a.bos", "2027-02-01"));
    files.add_temp(".", "a.pop.yaml", ".a.pop.yaml.pop-tmp-Ab12Cd");
    CheckRun run = check(files, history, paths({"a.pop.yaml", "gone.pop.yaml"}));
    CHECK(run.output == "a.pop.yaml: input.leftover-temp\ngone.pop.yaml: input.unreadable\n");
    CHECK(run.result.totals.unreadable == 1);
}

TEST_CASE("multi-person outputs: what is missing, and what may be written") {
    MemoryFiles files;
    files.add("pops/a.pop.yaml", pop_text("a.bos", "2027-02-01"));
    files.add("empty/notes.txt", "x");
    // A typo in the path: the path is taken as a file, which is missing.
    WorkspaceRequest request;
    request.paths = {"pops", "pop/", "gone.pop.yaml"};
    request.named.roster = "missing-roster.yaml";
    Workspace workspace(request, files);
    LoadedPops loaded = load_pops(workspace);
    std::vector<UnreadableFile> missing = missing_inputs(workspace, loaded.unreadable);
    REQUIRE(missing.size() == 3);
    CHECK(missing[0].path == "missing-roster.yaml");  // repository files first, then the POPs in path order
    CHECK(missing[1].path == "pop/");
    CHECK(missing[1].error == "input.unreadable.missing");
    CHECK(missing[2].path == "gone.pop.yaml");
    TeamReportBuilder builder;
    TeamReportRun run = add_to_team_report(workspace, kToday, builder);
    CHECK(run.pops == 3);
    CHECK(run.readable == 1);
    REQUIRE(run.unreadable.size() == 2);
    CHECK(run.unreadable[0].path == "pop/");

    CHECK(decide_output(3, 1, 3, false) == OutputDecision::Refuse);
    CHECK(decide_output(3, 1, 3, true) == OutputDecision::WritePartial);
    CHECK(decide_output(1, 0, 1, true) == OutputDecision::Refuse);  // nothing read: nothing to be partial about
    CHECK(decide_output(0, 0, 0, false) == OutputDecision::NoPopFiles);
    CHECK(decide_output(0, 0, 1, true) == OutputDecision::Refuse);    // an unreadable folder and no POPs
    CHECK(decide_output(2, 2, 0, false) == OutputDecision::Write);
    CHECK(decide_output(2, 2, 0, true) == OutputDecision::Write);

    WorkspaceRequest empty;
    empty.paths = {"empty"};
    Workspace none(empty, files);
    LoadedPops nothing = load_pops(none);
    CHECK(nothing.files == 0);
    CHECK(missing_inputs(none, nothing.unreadable).empty());
}

TEST_CASE("the output does not depend on the number of threads") {
    MemoryFiles files;
    files.add_repository(".");
    files.add("pop-roster.yaml", "format_version: 1\nstaff:\n  - { id: p0, name: P }\n  - { id: nobody, name: N }\n");
    for (int i = 0; i < 150; ++i)
        files.add("pops/p" + std::to_string(i) + ".pop.yaml", pop_text("p" + std::to_string(i % 7), "2026-11-30"));
    MemoryHistory history;
    RepositoryCheckRequest one = paths({"."}, true);
    one.workspace.jobs = 1;
    RepositoryCheckRequest many = paths({"."}, true);
    many.workspace.jobs = 8;
    std::string first = check(files, history, one).output;
    CHECK(first.find("roster.missing-pop") != std::string::npos);
    CHECK(first.find("roster.duplicate-pop") != std::string::npos);
    for (int round = 0; round < 3; ++round) CHECK(check(files, history, many).output == first);
}

}  // namespace pop
