// The links.* family: what a POP names in the other files of its folder.
//
// Where each rule is: all of them here, in check_links. links.person needs pop-roster.yaml,
// links.school-goal pop-school-goals.yaml; without that file the rule stays silent.
// Messages: the catalog keys links.* in src/core/i18n/messages.cpp.

#include <algorithm>
#include <string>

#include "pop/format/validate.h"
#include "pop/model/facts.h"
#include "pop/rules/families.h"

namespace pop {
namespace {

// links.person: the person's id is on the roster, and active while the POP is current.
void person(PopCheck& check) {
    const Pop& pop = check.pop;
    const Roster* roster = check.context.roster;
    if (!roster || !pop.person.id || !is_valid_id(pop.person.id->value)) return;
    const auto& staff = roster->staff;
    auto member = std::find_if(staff.begin(), staff.end(),
                               [&](const StaffMember& s) { return s.id.value == pop.person.id->value; });
    if (member != staff.end() && !member->active && is_current(pop, check.context.today))
        check.add_at(rule::links_person, *pop.person.id, "links.person.inactive", {{"id", pop.person.id->value}});
    if (member == staff.end()) {
        std::vector<std::string_view> ids;
        for (const StaffMember& s : staff) ids.push_back(s.id.value);
        std::string_view hit = suggest(pop.person.id->value, ids);
        if (hit.empty())
            check.add_at(rule::links_person, *pop.person.id, "links.person", {{"id", pop.person.id->value}});
        else
            check.add_at(rule::links_person, *pop.person.id, "links.person.suggest",
                         {{"id", pop.person.id->value}, {"suggestion", std::string(hit)}});
    }
}

// links.school-goal: every school goal a goal links to exists.
void school_goals(PopCheck& check) {
    const SchoolGoals* school_goals = check.context.school_goals;
    if (!school_goals) return;
    std::vector<std::string_view> ids;
    for (const SchoolGoal& s : school_goals->goals) ids.push_back(s.id.value);
    std::string known;
    for (std::string_view id : ids) known += (known.empty() ? "" : ", ") + std::string(id);
    for (const Goal& g : check.pop.goals)
        for (const auto& link : g.school_goals) {
            if (!is_valid_id(link.value) || std::find(ids.begin(), ids.end(), link.value) != ids.end()) continue;
            std::string_view hit = suggest(link.value, ids);
            if (hit.empty())
                check.add_at(rule::links_school_goal, link, "links.school-goal", {{"id", link.value}, {"known", known}});
            else
                check.add_at(rule::links_school_goal, link, "links.school-goal.suggest",
                             {{"id", link.value}, {"known", known}, {"suggestion", std::string(hit)}});
        }
}

}  // namespace

void check_links(PopCheck& check) {
    person(check);
    school_goals(check);
}

}  // namespace pop
