// What the HTML and markdown renderers of `pop sheet` share (sheet_internal.h).
#include <fmt/format.h>

#include "catalog_keys.h"
#include "pop/base/rounding.h"
#include "sheet_internal.h"

namespace pop::sheet_text {

using render_keys::due_kind_key;
using render_keys::message_key;

std::string t(std::string_view key, Lang lang, std::vector<MessageArg> args) {
    return render_message(key, lang, args, ArgText::Verbatim);
}

std::string amount(double value) { return rounded_text(value); }

std::string long_date(const Date& date, Lang lang) {
    return fmt::format("{} {} {}", date.day, render_message("month." + std::to_string(date.month), lang), date.year);
}

std::string long_date(const std::optional<Date>& date, Lang lang) {
    return date ? long_date(*date, lang) : t("sheet.unknown", lang);
}

std::vector<Line> activity_lines(const Sheet& sheet, Lang lang) {
    std::vector<Line> out;
    for (const SheetActivity& a : sheet.activities) {
        std::vector<MessageArg> args{{"date", long_date(a.date, lang)}, {"goal", a.goal}, {"text", a.text}};
        std::string key = "sheet.activity.step";
        if (a.kind == SheetActivity::Kind::Evidence) key = "sheet.activity.evidence";
        if (a.kind == SheetActivity::Kind::Log) {
            key = a.goal.empty() ? "sheet.activity.log" : "sheet.activity.log-goal";
            args.push_back({"hours", a.hours ? amount(*a.hours) : "?"});
        }
        out.push_back({t(key, lang, args), a.is_private});
    }
    return out;
}

std::vector<Line> change_lines(const Sheet& sheet, Lang lang) {
    if (sheet.change_source == ChangeSource::File) return activity_lines(sheet, lang);
    std::vector<Line> out;
    for (const PopChange& c : sheet.changes) {
        std::string fields;
        for (const std::string& f : c.fields) fields += (fields.empty() ? "" : ", ") + f;
        std::vector<MessageArg> args{{"goal", c.goal}, {"text", c.text}, {"date", c.date}, {"fields", fields}};
        if (c.kind == ChangeKind::GoalStatus) {
            args.push_back({"from", "status." + c.from, true});
            args.push_back({"to", "status." + c.to, true});
        } else if (c.kind == ChangeKind::ConversationAdded) {
            args.push_back({"kind", "conversation." + c.text, true});
        } else {
            args.push_back({"from", c.from});
            args.push_back({"to", c.to});
        }
        out.push_back({t(message_key(c.kind), lang, args), false});
    }
    return out;
}

std::vector<Line> due_lines(const Sheet& sheet, Lang lang) {
    std::vector<Line> out;
    for (const DueItem& item : sheet.due) {
        long days = days_between(sheet.today, item.date);
        std::string when = days < 0 ? t("due.overdue", lang, {{"days", std::to_string(-days)}}) : day_distance(days, lang);
        std::vector<MessageArg> args{{"goal", item.goal}, {"text", item.text}};
        if (item.kind == DueKind::Conversation && !item.text.empty())
            args.push_back({"kind", "conversation." + item.text, true});
        std::string what = t(item.kind == DueKind::Conversation && !item.planned ? "due.conversation-required"
                                                                                 : std::string(due_kind_key(item.kind)),
                             lang, args);
        out.push_back({long_date(item.date, lang) + " (" + when + "): " + what, item.is_private});
    }
    return out;
}

std::vector<Line> reminder_lines(const Sheet& sheet, Lang lang) {
    std::vector<Line> out;
    for (const Finding& f : sheet.reminders) out.push_back({t(f.message, lang, f.args), false});
    return out;
}

std::string period_text(const Sheet& sheet, Lang lang) {
    std::string out = t("sheet.period", lang, {{"start", long_date(sheet.start, lang)}, {"end", long_date(sheet.end, lang)}});
    if (sheet.days_left) {
        long d = *sheet.days_left;
        std::vector<MessageArg> n{{"n", std::to_string(d >= 0 ? d : -d)}};
        out += " (" + t(d >= 0 ? "sheet.days-left" : "sheet.days-past", lang, n) + ")";
    }
    return out;
}

std::string area_name(const CompetenceFramework& framework, const std::string& id, Lang lang) {
    const CompetenceArea* a = framework.find_area(id);
    std::string name = a ? (is_dutch(lang) ? a->name_nl : a->name_en) : "";
    return name.empty() ? id : name;
}

std::string level_name(const CompetenceFramework& framework, const std::string& id, Lang lang) {
    const CompetenceLevel* l = framework.find_level(id);
    std::string name = l ? (is_dutch(lang) ? l->name_nl : l->name_en) : "";
    return name.empty() ? id : name;
}

std::string framework_name(const CompetenceFramework& framework, Lang lang) {
    std::string name = is_dutch(lang) ? framework.name_nl : framework.name_en;
    return name.empty() ? framework.id : name;
}

std::string hours_text(const SheetGoal& goal, Lang lang) {
    std::vector<MessageArg> args{{"spent", amount(goal.hours_spent)}};
    if (!goal.hours_planned) return t("sheet.goal.hours.unplanned", lang, args);
    args.push_back({"planned", amount(*goal.hours_planned)});
    return t("sheet.goal.hours.value", lang, args);
}

std::string agreed_text(const SheetGoal& goal, Lang lang) {
    std::vector<MessageArg> args{{"name", goal.agreed_by}, {"date", long_date(goal.agreed_on, lang)}};
    return t("sheet.goal.agreed.value", lang, args);
}

std::string changes_note(const Sheet& sheet, Lang lang) {
    if (!sheet.last_conversation) return "";
    std::string date = long_date(sheet.last_conversation->date, lang);
    if (sheet.change_source == ChangeSource::History) return t("sheet.changes.history", lang, {{"date", date}});
    if (sheet.change_source == ChangeSource::File) return t("sheet.changes.file", lang, {{"date", date}});
    return "";
}

}  // namespace pop::sheet_text
