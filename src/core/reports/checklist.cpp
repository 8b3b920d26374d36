#include "pop/reports/checklist.h"

#include <algorithm>

#include "pop/model/facts.h"
#include "pop/model/model.h"
#include "pop/rules/reminders.h"
#include "pop/format/spec.h"
#include "pop/read/yaml_tree.h"

namespace pop {

std::string shell_word(std::string_view word) {
    bool safe = !word.empty() && std::all_of(word.begin(), word.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               std::string_view("-_./,:=+@%").find(c) != std::string_view::npos;
    });
    if (safe) return std::string(word);
    std::string out = "'";
    for (char c : word) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

std::string command_hint(const Finding& finding, std::string_view path, Lang lang) {
    std::string key = finding.message + ".hint.command";
    std::optional<std::string_view> text = message_template(key, lang);
    if (!text) return finding_hint(finding, lang);
    if (text->find("{goal}") != std::string_view::npos) {
        auto goal = std::find_if(finding.args.begin(), finding.args.end(),
                                 [](const MessageArg& a) { return a.name == "goal"; });
        // A goal without an id is named by its title (or "?"), which `pop goal set` cannot find.
        if (goal == finding.args.end() || goal->translate || !is_valid_id(goal->value))
            return finding_hint(finding, lang);
    }
    std::vector<MessageArg> args = finding.args;
    args.push_back({"path", shell_word(path)});
    return render_message(key, lang, args);
}

std::vector<ChecklistItem> policy_checklist(std::string_view bytes, std::span<const Finding> findings,
                                            std::string_view path, const Date& today) {
    auto has = [&](RuleId id) {
        return std::any_of(findings.begin(), findings.end(), [&](const Finding& f) { return f.rule == id; });
    };
    std::vector<ChecklistItem> items;
    if (!has(rule::complete_sign_off) && !has(rule::complete_goal) && !has(rule::complete_conversation) &&
        !has(rule::structure_no_goals) && !has(rule::smarti_agreed))
        return items;
    ReadResult tree = read_yaml(bytes);
    Pop pop = tree.fatal || tree.doc.empty() ? Pop{} : build_pop(tree.doc);
    std::string file = shell_word(path);
    // A name the file knows is filled in; otherwise the user sees where theirs goes.
    auto name_or_placeholder = [](const Maybe<std::string>& name) {
        return name && !name->value.empty() ? MessageArg{"name", shell_word(name->value)}
                                             : MessageArg{"name", "checklist.name", true};
    };
    // A goal without `agreed` is agreed when both have signed the POP (smarti.agreed).
    if (has(rule::complete_sign_off) || has(rule::smarti_agreed)) {
        auto signed_by = [](const std::optional<Signature>& s) { return s && s->complete; };
        if (!signed_by(pop.employee_sign))
            items.push_back({has(rule::complete_sign_off) ? rule::complete_sign_off : rule::smarti_agreed, "checklist.sign-employee",
                             {{"path", file}, name_or_placeholder(pop.person.name)}});
        if (!signed_by(pop.manager_sign))
            items.push_back({has(rule::complete_sign_off) ? rule::complete_sign_off : rule::smarti_agreed, "checklist.sign-manager",
                             {{"path", file}, name_or_placeholder(pop.person.manager)}});
    }
    if (has(rule::complete_goal))
        items.push_back({rule::complete_goal, "checklist.goal", {{"path", file}, {"today", today.to_string()}}});
    else if (has(rule::structure_no_goals))
        items.push_back({rule::structure_no_goals, "checklist.first-goal", {{"path", file}}});
    if (has(rule::complete_conversation)) {
        bool any_held = last_conversation(pop, today) != nullptr;
        items.push_back({rule::complete_conversation, any_held ? "checklist.conversation" : "checklist.conversation.start",
                         {{"path", file}, {"today", today.to_string()}}});
    }
    return items;
}

bool on_checklist(RuleId id) {
    return id == rule::complete_sign_off || id == rule::complete_goal || id == rule::complete_conversation ||
           id == rule::structure_no_goals || id == rule::smarti_agreed;
}

std::vector<Finding> off_checklist(std::vector<Finding> findings) {
    std::erase_if(findings, [](const Finding& f) { return on_checklist(f.rule); });
    return findings;
}

std::string render_checklist(std::span<const ChecklistItem> items, Lang lang) {
    if (items.empty()) return "";
    std::string out = render_message("checklist.title", lang) + "\n";
    for (const ChecklistItem& item : items) out += "  - " + render_message(item.message_key, lang, item.args) + "\n";
    return out;
}

}  // namespace pop
