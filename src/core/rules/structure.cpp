// The structure.* family: the shape of a file (required keys, types and ranges, allowed values, ids).
//
// Where each rule is:
//   structure.no-goals        here: check_structure (the model knows whether `goals:` is an empty list).
//   structure.required, structure.type, structure.empty, structure.id, structure.enum,
//   structure.unknown-key, structure.version, structure.duplicate-id, structure.thousands-point
//                             src/core/format/validate.cpp: the validator walks the YAML tree against
//                             the format's spec (src/core/format/spec.cpp) and reports them where it
//                             finds them, before a model exists; an empty file is structure.required.
//                             The ranges of hours and euros are the spec's (structure.type), and an
//                             amount in euros written as 2.450 is structure.thousands-point (the
//                             written text shows it; the model only sees 2.45).
// Messages: the catalog keys structure.* in src/core/i18n/messages.cpp.

#include "pop/rules/families.h"

namespace pop {

void check_structure(PopCheck& check) {
    const Pop& pop = check.pop;
    if (pop.goals.empty() && pop.goals_written_as_list)
        check.add(rule::structure_no_goals, pop.goals_at, 1, "structure.no-goals", {});
}

}  // namespace pop
