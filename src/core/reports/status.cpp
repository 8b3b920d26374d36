#include "pop/reports/status.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "pop/base/json.h"
#include "pop/base/text.h"
#include "pop/model/facts.h"

namespace pop {
namespace {

// The catalog key of a status's name (the renderers below use it; the name lives in the model).
std::string_view status_key(GoalStatus s) { return goal_status_key(s); }

std::string_view due_kind_key(DueKind k) {
    switch (k) {
        case DueKind::Step: return "due.step";
        case DueKind::GoalEnd: return "due.goal-end";
        case DueKind::Conversation: return "due.conversation";
        case DueKind::PeriodEnd: return "due.period-end";
        case DueKind::Renewal: return "due.renewal";
    }
    return "due.step";
}

std::string_view due_kind_name(DueKind k) { return due_kind_key(k).substr(4); }

// A bar of `width` cells for done of total.
std::string progress_bar(int done, int total, int width) {
    int filled = total > 0 ? static_cast<int>(std::lround(static_cast<double>(done) * width / total)) : 0;
    return "[" + std::string(filled, '#') + std::string(width - filled, '-') + "]";
}

std::string message(std::string_view key, Lang lang, std::vector<MessageArg> args = {}) {
    return render_message(key, lang, args);
}

}  // namespace

StatusView build_status(const Pop& pop, const Policy& policy, const Date& today) {
    StatusView view;
    view.name = pop.person.name ? pop.person.name->value : "";
    view.id = pop.person.id ? pop.person.id->value : "";
    if (pop.period_start) view.start = pop.period_start->value;
    if (pop.period_end) {
        view.end = pop.period_end->value;
        view.days_left = days_between(today, pop.period_end->value);
    }
    for (const Goal& g : pop.goals) {
        GoalView gv;
        gv.id = g.id ? g.id->value : "?";
        gv.title = g.title ? g.title->value : "";
        gv.status = g.status;
        gv.steps_total = static_cast<int>(g.steps.size());
        for (const Step& s : g.steps) {
            if (s.done) {
                ++gv.steps_done;
                continue;
            }
            bool earlier = s.due && (!gv.next_step_due || s.due->value < *gv.next_step_due);
            if (gv.next_step.empty() || earlier) {
                if (gv.next_step.empty() || s.due) {
                    gv.next_step = s.what ? s.what->value : "";
                    gv.next_step_due = s.due ? std::optional<Date>(s.due->value) : std::nullopt;
                }
            }
        }
        if (g.end) gv.days_left = days_between(today, g.end->value);
        for (const Evidence& e : g.evidence)
            if (e.date && (!gv.latest_evidence_date || *gv.latest_evidence_date < e.date->value)) {
                gv.latest_evidence_date = e.date->value;
                gv.latest_evidence = e.what ? e.what->value : "";
            }
        view.goals.push_back(std::move(gv));
    }
    auto conversation = [](const Conversation* c) -> std::optional<ConversationView> {
        if (!c) return std::nullopt;
        return ConversationView{std::string(conversation_word(c->kind)), c->date->value};
    };
    view.last_conversation = conversation(last_conversation(pop, today));
    view.next_conversation = conversation(next_conversation(pop, today));
    view.reminders = check_reminders(pop, policy, today);
    return view;
}

std::string render_status_text(const StatusView& view, const std::string& path, Lang lang, bool color) {
    std::string out;
    std::string period = view.start && view.end ? view.start->to_string() + " – " + view.end->to_string() : "?";
    out += message("status.heading", lang, {{"name", view.name}, {"id", view.id}, {"period", period}});
    if (view.days_left)
        out += ", " + message(*view.days_left >= 0 ? "status.days-left" : "status.days-past", lang,
                             {{"days", std::to_string(std::labs(*view.days_left))}});
    out += "\n";
    // The conversations: the last one held and the next one planned, each with its kind.
    auto conversation = [&](std::string_view key, const ConversationView& c) {
        MessageArg kind{"kind", "conversation." + c.kind, c.kind != "?"};
        if (c.kind == "?") kind.value = "?";
        return "  " + message(key, lang, {kind, {"date", c.date.to_string()}}) + "\n";
    };
    if (view.last_conversation) out += conversation("status.last-conversation", *view.last_conversation);
    else out += "  " + message("status.no-conversation", lang) + "\n";
    if (view.next_conversation) out += conversation("status.next-conversation", *view.next_conversation);
    out += "\n";
    for (const GoalView& g : view.goals) {
        // A goal without steps shows no bar: "0/0" of an achieved goal is not a lack of progress.
        std::string progress = g.steps_total > 0 ? fmt::format("{} {}/{}", progress_bar(g.steps_done, g.steps_total, 10),
                                                               g.steps_done, g.steps_total)
                                                 : fmt::format("{:<16}", message("status.no-steps", lang));
        out += fmt::format("  {}  {}  {}", progress, g.id, message(status_key(g.status), lang));
        bool open = g.status != GoalStatus::Achieved && g.status != GoalStatus::Dropped;
        if (open && g.days_left)
            out += ", " + message(*g.days_left >= 0 ? "status.days-left" : "status.days-past", lang,
                                  {{"days", std::to_string(std::labs(*g.days_left))}});
        out += "\n      " + printable_text(g.title) + "\n";
        if (open && !g.next_step.empty())
            out += "      " + message(g.next_step_due ? "status.next-step" : "status.next-step-undated", lang,
                                      {{"what", g.next_step},
                                       {"date", g.next_step_due ? g.next_step_due->to_string() : ""}}) + "\n";
        if (g.latest_evidence_date)
            out += "      " + message("status.latest-evidence", lang,
                                      {{"what", g.latest_evidence}, {"date", g.latest_evidence_date->to_string()}}) + "\n";
    }
    out += "\n";
    if (view.reminders.empty()) {
        out += message("status.no-reminders", lang) + "\n";
        return out;
    }
    out += message("status.reminders", lang, {{"n", std::to_string(view.reminders.size())}}) + "\n";
    FileReport report{path, FileKind::Pop, false, view.reminders};
    out += render_findings_text(std::span(&report, 1), TextOptions{lang, color});
    return out;
}

std::string render_status_json(const StatusView& view, const std::string& path, Lang lang, const Date& today) {
    JsonWriter w;
    w.begin_object();
    w.key("format").value("pop-status");
    w.key("version").value(std::int64_t{1});
    w.key("today").value(today.to_string());
    w.key("path").value(printable_text(path));
    w.key("person").begin_object().key("id").value(view.id).key("name").value(view.name).end_object();
    w.key("period").begin_object();
    if (view.start) w.key("start").value(view.start->to_string());
    if (view.end) w.key("end").value(view.end->to_string());
    w.end_object();
    auto conversation = [&](std::string_view key, const std::optional<ConversationView>& c) {
        if (!c) return;
        w.key(key).begin_object().key("kind").value(c->kind).key("date").value(c->date.to_string()).end_object();
    };
    conversation("last_conversation", view.last_conversation);
    conversation("next_conversation", view.next_conversation);
    w.key("goals").begin_array();
    for (const GoalView& g : view.goals) {
        w.begin_object();
        w.key("id").value(g.id);
        w.key("title").value(g.title);
        w.key("status").value(status_key(g.status).substr(7));
        w.key("steps_done").value(std::int64_t{g.steps_done});
        w.key("steps_total").value(std::int64_t{g.steps_total});
        if (g.days_left) w.key("days_left").value(std::int64_t{*g.days_left});
        if (!g.next_step.empty()) {
            w.key("next_step").begin_object().key("what").value(g.next_step);
            if (g.next_step_due) w.key("due").value(g.next_step_due->to_string());
            w.end_object();
        }
        if (g.latest_evidence_date)
            w.key("latest_evidence").begin_object().key("what").value(g.latest_evidence).key("date").value(
                g.latest_evidence_date->to_string()).end_object();
        w.end_object();
    }
    w.end_array();
    w.key("reminders").begin_array();
    for (const Finding& f : view.reminders) {
        w.begin_object();
        w.key("rule").value(f.rule);
        w.key("line").value(static_cast<std::int64_t>(f.at.line));
        w.key("column").value(static_cast<std::int64_t>(f.at.column));
        w.key("message").value(finding_message(f, lang));
        w.end_object();
    }
    w.end_array();
    w.end_object();
    return w.str();
}

std::string render_due_text(const std::vector<DueLine>& lines, const Date& today, Lang lang,
                            std::size_t private_left_out) {
    std::string out;
    for (const DueLine& l : lines) {
        long days = days_between(today, l.item.date);
        std::string when = days < 0 ? message("due.overdue", lang, {{"days", std::to_string(-days)}})
                                    : days == 0 ? message("due.today", lang)
                                                : message("due.in", lang, {{"days", std::to_string(days)}});
        std::vector<MessageArg> args{{"goal", l.item.goal}, {"text", l.item.text}};
        if (l.item.kind == DueKind::Conversation && !l.item.text.empty())
            args.push_back({"kind", "conversation." + l.item.text, true});
        std::string what = message(l.item.kind == DueKind::Conversation && !l.item.planned ? "due.conversation-required"
                                                                                          : due_kind_key(l.item.kind),
                                   lang, args);
        out += fmt::format("{}  {:<22} {}  {}\n", l.item.date.to_string(), when, printable_text(l.person), what);
    }
    MessageArg n{"n", std::to_string(lines.size())};
    out += message(lines.size() == 1 ? "due.count.one" : "due.count.many", lang, {n});
    if (private_left_out > 0)
        out += "; " + message("due.private-left-out", lang, {{"n", std::to_string(private_left_out)}});
    out += "\n";
    return out;
}

std::string render_due_json(const std::vector<DueLine>& lines, const Date& today, std::size_t private_left_out) {
    JsonWriter w;
    w.begin_object();
    w.key("format").value("pop-due");
    w.key("version").value(std::int64_t{1});
    w.key("today").value(today.to_string());
    w.key("items").begin_array();
    for (const DueLine& l : lines) {
        w.begin_object();
        w.key("date").value(l.item.date.to_string());
        w.key("kind").value(due_kind_name(l.item.kind));
        w.key("overdue").value(l.item.overdue);
        w.key("planned").value(l.item.planned);
        w.key("path").value(printable_text(l.path));
        w.key("person").value(l.person);
        if (!l.item.goal.empty()) w.key("goal").value(l.item.goal);
        if (!l.item.text.empty()) w.key("text").value(l.item.text);
        w.key("line").value(static_cast<std::int64_t>(l.item.at.line));
        w.end_object();
    }
    w.end_array();
    w.key("private_left_out").value(static_cast<std::int64_t>(private_left_out));
    w.end_object();
    return w.str();
}

}  // namespace pop
