// The roster.* family: every active member of staff on pop-roster.yaml has exactly one current POP,
// and the POP files of someone who left are removed after the policy's retention_months (AVG).
//
// Where each rule is: all here. check_roster looks at the POPs of one roster's folder at once
// (the caller groups them per roster); duplicate_pop_finding is also used alone, when a second
// current POP of a person is found without a roster. roster.retention: retention_passed tells the
// caller which POPs are past their retention period, check_retention makes the findings. Also the
// per-person facts other rules ask (superseded_pops, person_inactive).
// Messages: the catalog keys roster.* in src/core/i18n/messages.cpp.

#include "pop/rules/roster.h"

#include <algorithm>
#include <map>

#include "pop/base/strings.h"
#include "pop/i18n/messages.h"

namespace pop {

Finding duplicate_pop_finding(const PopSummary& pop, std::string_view other) {
    Finding f = make_finding(rule::roster_duplicate_pop, pop.person_id.at, "roster.duplicate-pop",
                             {{"id", pop.person_id.value}, {"other", std::string(other)}});
    f.width = pop.person_id.width;
    return f;
}

std::vector<PlacedFinding> check_roster(const Roster& roster, std::span<const PopSummary> pops,
                                        std::span<const std::string> paths, const Date& today) {
    std::vector<PlacedFinding> out;
    // Current POPs per person id, in the order given (sorted by path by the caller).
    std::vector<std::pair<std::string_view, std::size_t>> current;
    for (std::size_t i = 0; i < pops.size(); ++i)
        if (!pops[i].person_id.value.empty() && is_current(pops[i], today)) current.emplace_back(pops[i].person_id.value, i);
    std::stable_sort(current.begin(), current.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (std::size_t k = 1; k < current.size(); ++k) {
        if (current[k].first != current[k - 1].first) continue;
        std::size_t first = k - 1;
        while (first > 0 && current[first - 1].first == current[k].first) --first;
        out.push_back({current[k].second, duplicate_pop_finding(pops[current[k].second], paths[current[first].second])});
    }
    for (const StaffMember& member : roster.staff) {
        if (!member.active) continue;
        auto it = std::lower_bound(current.begin(), current.end(), std::string_view(member.id.value),
                                   [](const auto& entry, std::string_view id) { return entry.first < id; });
        if (it != current.end() && it->first == member.id.value) continue;
        Finding f = make_finding(rule::roster_missing_pop, member.id.at, "roster.missing-pop",
                                 {{"id", member.id.value}, {"name", member.name}});
        f.width = member.id.width;
        out.push_back({std::nullopt, std::move(f)});
    }
    return out;
}

bool retention_passed(const StaffMember& member, const Policy& policy, const Date& today) {
    return member.left && member.left->value.plus_months(policy.retention_months) < today;
}

std::vector<Finding> check_retention(const Roster& roster,
                                     const std::map<std::string, std::vector<std::string>, std::less<>>& files) {
    std::vector<Finding> out;
    for (const StaffMember& member : roster.staff) {
        auto it = files.find(member.id.value);
        if (it == files.end() || it->second.empty() || !member.left) continue;
        Finding f = make_finding(rule::roster_retention, member.id.at, "roster.retention",
                                 {{"id", member.id.value}, {"name", member.name},
                                  {"left", member.left->value.to_string()},
                                  {"files", list_arg(it->second)}});
        f.width = member.id.width;
        out.push_back(std::move(f));
    }
    return out;
}

bool person_inactive(const Pop& pop, const Roster* roster) {
    if (!roster || !pop.person.id) return false;
    for (const StaffMember& m : roster->staff)
        if (m.id.value == pop.person.id->value && !m.active) return true;
    return false;
}

std::vector<bool> superseded_pops(std::span<const PopSummary> pops) {
    std::map<std::string_view, Date> latest;  // per person id: the latest period start
    for (const PopSummary& p : pops)
        if (!p.person_id.value.empty() && p.start) {
            auto [it, fresh] = latest.try_emplace(p.person_id.value, *p.start);
            if (!fresh && it->second < *p.start) it->second = *p.start;
        }
    std::vector<bool> out(pops.size(), false);
    for (std::size_t i = 0; i < pops.size(); ++i) {
        auto it = pops[i].start ? latest.find(pops[i].person_id.value) : latest.end();
        out[i] = it != latest.end() && *pops[i].start < it->second;
    }
    return out;
}

}  // namespace pop
