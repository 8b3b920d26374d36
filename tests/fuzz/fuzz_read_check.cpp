// Fuzz target: bytes -> read_yaml -> structure check as each kind of file -> the models -> the
// rules `pop check` runs (with a fixed policy, roster, school goals and today) -> the findings in
// every output format (text, json, gnu, github, gitlab, junit, sarif), in both languages.
// The input is also used as the policy, roster and school goals of a fixed POP, so odd values in
// those files (huge numbers of years, ids) meet the rules too.
// Checked: JSON outputs (json, gitlab, sarif) are JSON; junit is UTF-8.

#include <algorithm>
#include <cstddef>
#include <memory>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_support.h"
#include "pop/workspace/check_file.h"
#include "pop/rules/checks.h"
#include "pop/render/render_check.h"
#include "pop/render/render_ci.h"
#include "pop/format/validate.h"

using namespace pop;

namespace {

void render_all(const std::vector<FileReport>& files) {
    for (Lang lang : {Lang::En, Lang::Nl}) {
        (void)render_check_text(files, TextOptions{lang, lang == Lang::Nl});
        fuzz::expect_json("check json", render_check_json(files, lang, fuzz::kToday, lang == Lang::Nl));
        for (std::string_view format : ci_formats()) {
            std::optional<std::string> out = render_check_ci(format, files, CiOptions{lang, lang == Lang::Nl, "0.1.0"});
            if (!out) fuzz::fail("a CI format of ci_formats() renders nothing");
            if (format == "gitlab" || format == "sarif") fuzz::expect_json(format, *out);
            else fuzz::expect_utf8(format, *out);
        }
        // gnu: exactly one line per finding, whatever the messages hold.
        std::unique_ptr<CheckRenderer> gnu = check_renderer("gnu", CheckRenderOptions{lang});
        if (!gnu) fuzz::fail("no gnu renderer");
        std::string lines = render_all(*gnu, files);
        fuzz::expect_utf8("gnu", lines);
        std::size_t findings = 0;
        for (const FileReport& f : files) findings += f.findings.size();
        if (static_cast<std::size_t>(std::count(lines.begin(), lines.end(), '\n')) != findings)
            fuzz::fail("gnu: not one line per finding", lines);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const Policy& policy = fuzz::fixed_policy();
    const Roster& roster = fuzz::fixed_roster();
    const SchoolGoals& school_goals = fuzz::fixed_school_goals();
    std::vector<FileReport> files;

    // 1. The input as a POP, through the whole pipeline as `pop check --reminders` runs it.
    PopSummary summary;
    CheckContext context{fuzz::kToday, &policy, &roster, &school_goals, true};
    files.push_back(FileReport{"docenten/jan de vries,1:2%.pop.yaml", FileKind::Pop, false,
                               check_file(bytes, FileKind::Pop, context, {}, &summary)});

    // 2. The input as each kind of file: structure findings, and the model where it reads.
    ReadResult read = read_yaml(bytes);
    for (FileKind kind : {FileKind::Policy, FileKind::Roster, FileKind::SchoolGoals}) {
        FileReport report{std::string(conventional_filename(kind)), kind, false, read.findings};
        if (!read.fatal) {
            std::vector<Finding> structure = validate_structure(read.doc, kind);
            report.findings.insert(report.findings.end(), structure.begin(), structure.end());
        }
        sort_by_position(report.findings);
        attach_source_lines(bytes, report.findings);
        files.push_back(std::move(report));
    }
    if (!read.fatal && !read.doc.empty()) {
        // The input's policy, roster and school goals as the context of a fixed POP.
        Policy fuzzed_policy = build_policy(read.doc);
        Roster fuzzed_roster = build_roster(read.doc);
        SchoolGoals fuzzed_goals = build_school_goals(read.doc);
        CheckContext fuzzed{fuzz::kToday, &fuzzed_policy, &fuzzed_roster, &fuzzed_goals, true};
        PopSummary fixed_summary;
        FileReport fixed{"fixed.pop.yaml", FileKind::Pop, false,
                         check_file(fuzz::kFixedPop, FileKind::Pop, fuzzed, {}, &fixed_summary)};
        // Completeness against the input as roster, with the input and the fixed POP as the POPs.
        std::vector<PopSummary> pops{summary, fixed_summary};
        std::vector<std::string> paths{files.front().path, fixed.path};
        for (const Roster* r : {static_cast<const Roster*>(&fuzzed_roster), &roster})
            for (PlacedFinding& placed : check_roster(*r, pops, paths, fuzz::kToday)) {
                if (placed.pop && *placed.pop >= pops.size()) fuzz::fail("check_roster placed a finding on no POP");
                (placed.pop ? (*placed.pop == 0 ? files.front() : fixed) : files[2]).findings.push_back(placed.finding);
            }
        files.push_back(std::move(fixed));
    }

    // 3. The findings in every format, with an unreadable file beside them.
    files.push_back(FileReport{"gone.pop.yaml", FileKind::Pop, true,
                               {make_finding(rule::input_unreadable, Mark{}, "input.unreadable.missing")}});
    render_all(files);
    (void)check_exit_code(totals_of(files), true);
    return 0;
}
