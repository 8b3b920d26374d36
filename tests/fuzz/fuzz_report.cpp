// Fuzz target: bytes -> a POP model (when the bytes read) -> every view built from it: the team
// report in each format (text, markdown, csv, json, html), status, due, the calendar and diff
// against a fixed POP, in both languages. Checked: JSON outputs are JSON, HTML is UTF-8, the
// calendar is CRLF lines of at most 75 octets, calendar UIDs are unique.

#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_support.h"
#include "pop/reports/calendar.h"
#include "pop/reports/pop_diff.h"
#include "pop/rules/reminders.h"
#include "pop/reports/report.h"
#include "pop/render/status.h"

using namespace pop;

namespace {

const Pop& fixed_pop() {
    static const Pop pop = fuzz::model_from<Pop>(fuzz::kFixedPop, FileKind::Pop, &build_pop);
    return pop;
}

void team_report(const Pop& pop, const Policy& policy, int width) {
    std::vector<PersonSummary> summaries{summarize_for_team(pop, policy, fuzz::kToday, "a/fuzz.pop.yaml"),
                                         summarize_for_team(fixed_pop(), policy, fuzz::kToday, "b/fixed.pop.yaml")};
    for (const Roster* roster : {static_cast<const Roster*>(nullptr), &fuzz::fixed_roster()}) {
        TeamReport report = build_team_report(summaries, roster, roster ? &fuzz::fixed_school_goals() : nullptr, fuzz::kToday);
        for (Lang lang : {Lang::En, Lang::Nl}) {
            ReportOptions options{lang, lang == Lang::Nl, width, lang == Lang::Nl ? ';' : ','};
            (void)render_report_text(report, options);
            (void)render_report_markdown(report, options);
            fuzz::expect_utf8("report csv", render_report_csv(report, options));
            fuzz::expect_json("report json", render_report_json(report, options));
            fuzz::expect_utf8("report html", render_report_html(report, options));
        }
    }
}

void status_and_due(const Pop& pop, const Policy& policy) {
    StatusView view = build_status(pop, policy, fuzz::kToday);
    std::vector<DueLine> lines;
    for (const DueItem& item : due_items(pop, policy, fuzz::kToday)) lines.push_back({item, "a/fuzz.pop.yaml", "Fuzz", pop.person.id ? pop.person.id->value : ""});
    for (const DueItem& item : due_items(public_view(fixed_pop()), policy, fuzz::kToday))
        lines.push_back({item, "b/fixed.pop.yaml", "Jan", "jan"});
    (void)check_reminders(pop, policy, fuzz::kToday);
    for (Lang lang : {Lang::En, Lang::Nl}) {
        (void)render_status_text(view, "a/fuzz.pop.yaml", lang, lang == Lang::Nl);
        fuzz::expect_json("status json", render_status_json(view, "a/fuzz.pop.yaml", lang, fuzz::kToday));
        (void)render_due_text(lines, fuzz::kToday, lang, 3);
    }
    fuzz::expect_json("due json", render_due_json(lines, fuzz::kToday, 3));
}

void calendar(const Pop& pop, const Policy& policy) {
    for (bool multi : {false, true}) {
        std::vector<CalendarEntry> entries = calendar_entries(multi ? public_view(pop) : pop, policy, fuzz::kToday,
                                                              "a/fuzz.pop.yaml");
        if (multi)
            for (CalendarEntry& e : calendar_entries(public_view(fixed_pop()), policy, fuzz::kToday, "b/fixed.pop.yaml"))
                entries.push_back(std::move(e));
        assign_calendar_uids(entries);
        std::set<std::string> uids;
        for (const CalendarEntry& e : entries)
            if (!uids.insert(e.uid).second) fuzz::fail("calendar: two events with one UID", e.uid);
        for (Lang lang : {Lang::En, Lang::Nl})
            fuzz::expect_icalendar(render_calendar(entries, lang, fuzz::kToday, multi ? "" : "j.devries"));
    }
}

void diff(const Pop& pop) {
    for (bool forward : {false, true}) {
        std::vector<PopChange> changes = forward ? diff_pops(fixed_pop(), pop) : diff_pops(pop, fixed_pop());
        (void)render_diff_text(changes, forward ? Lang::En : Lang::Nl, "a/fuzz.pop.yaml", "HEAD~1");
        fuzz::expect_json("diff json", render_diff_json(changes, "a/fuzz.pop.yaml", "HEAD~1", pop.person));
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    ValidatedFile file = read_and_validate(bytes, FileKind::Pop);
    if (!file.usable || file.doc.empty()) return 0;
    const Pop pop = build_pop(file.doc);
    const Policy& policy = fuzz::fixed_policy();
    team_report(pop, policy, 20 + static_cast<int>(size % 140));  // narrow and wide terminals
    status_and_due(pop, policy);
    calendar(pop, policy);
    diff(pop);
    return 0;
}
