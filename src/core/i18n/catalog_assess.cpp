// The message catalog, part "assess": self-assessments against a competence framework (issue 18):
// the rules competence.* and their help, the self-assessment in `pop status` and `pop report`.
// Keys: competence.*, rule.competence.*, what.self_assessment, status.assessment.*, report.assessment.*.
#include "catalog_parts.h"

namespace pop::catalog_parts {
namespace {

constexpr auto kEntries = sorted(std::array{
    E{"what.self_assessment", "this self-assessment", "deze zelfevaluatie"},
    // The rules competence.*: findings and their hints.
    E{"competence.area", "area {area} is not in the competence framework {framework} (areas: {areas})",
      "gebied {area} staat niet in het bekwaamheidskader {framework} (gebieden: {areas})"},
    E{"competence.area.hint", "write one of the framework's area ids", "schrijf een van de gebieden uit het kader"},
    E{"competence.area.suggest", "area {area} is not in the competence framework {framework} (areas: {areas})",
      "gebied {area} staat niet in het bekwaamheidskader {framework} (gebieden: {areas})"},
    E{"competence.area.suggest.hint", "did you mean `{suggestion}`?", "bedoel je `{suggestion}`?"},
    E{"competence.level", "level {level} is not in the competence framework {framework} (levels: {levels})",
      "niveau {level} staat niet in het bekwaamheidskader {framework} (niveaus: {levels})"},
    E{"competence.level.hint", "write one of the framework's level ids", "schrijf een van de niveaus uit het kader"},
    E{"competence.duplicate-area", "area {area} is assessed twice in this self-assessment",
      "gebied {area} staat twee keer in deze zelfevaluatie"},
    E{"competence.duplicate-area.hint", "keep one entry per area", "houd per gebied één regel over"},
    E{"competence.no-framework", "the policy names no competence framework to assess against",
      "het beleid noemt geen bekwaamheidskader om je tegen te beoordelen"},
    E{"competence.no-framework.hint", "set `preset` or `competence_framework` in pop-policy.yaml",
      "zet `preset` of `competence_framework` in pop-policy.yaml"},
    E{"competence.below-required", "{area}: {level} is below the required {required} and no goal addresses it",
      "{area}: {level} ligt onder het vereiste niveau {required} en geen doel werkt eraan"},
    E{"competence.below-required.hint", "add a goal with `competence: {area}`, or talk about it in your next conversation",
      "voeg een doel toe met `competence: {area}`, of bespreek het in je volgende gesprek"},
    // `pop status`: the latest self-assessment.
    E{"status.assessment.heading", "self-assessment of {date}:", "zelfevaluatie van {date}:"},
    // `pop report`: per area, how many people assess themselves below the required level.
    E{"report.assessment.section", "Self-assessments below the required level",
      "Zelfevaluaties onder het vereiste niveau"},
    E{"report.assessment.note",
      "Per area of the competence framework: how many people with a current POP gave it a level in their latest "
      "self-assessment (on or before {date}), and how many of them are below the level their role requires. "
      "Private self-assessments count as levels only. Groups of fewer than {min} people are not shown.",
      "Per gebied van het bekwaamheidskader: hoeveel mensen met een actueel POP het in hun laatste zelfevaluatie "
      "(op of voor {date}) een niveau gaven, en hoeveel van hen onder het niveau zitten dat hun functie vraagt. "
      "Vertrouwelijke zelfevaluaties tellen alleen als niveau mee. Groepen van minder dan {min} mensen staan er "
      "niet in."},
    E{"report.assessment.note.all-shown",
      "Per area of the competence framework: how many people with a current POP gave it a level in their latest "
      "self-assessment (on or before {date}), and how many of them are below the level their role requires. "
      "Private self-assessments count as levels only. Every group is shown: the policy's min_group_size is {min}.",
      "Per gebied van het bekwaamheidskader: hoeveel mensen met een actueel POP het in hun laatste zelfevaluatie "
      "(op of voor {date}) een niveau gaven, en hoeveel van hen onder het niveau zitten dat hun functie vraagt. "
      "Vertrouwelijke zelfevaluaties tellen alleen als niveau mee. Elke groep staat erin: min_group_size in het "
      "beleid is {min}."},
    E{"report.assessment.framework", "{framework}:", "{framework}:"},
    E{"report.assessment.line", "{area}: {below} of {assessed} below the required level",
      "{area}: {below} van {assessed} onder het vereiste niveau"},
    E{"report.assessment.line.none", "{area}: nobody assessed it", "{area}: door niemand ingevuld"},
    E{"report.assessment.line.suppressed", "{area}: assessed by {assessed}; below the required level: {why}",
      "{area}: ingevuld door {assessed}; onder het vereiste niveau: {why}"},
    E{"report.assessment.col.area", "area", "gebied"},
    E{"report.assessment.col.assessed", "assessed", "ingevuld"},
    E{"report.assessment.col.below", "below the required level", "onder het vereiste niveau"},
    E{"status.assessment.heading-previous", "self-assessment of {date} (previous: {previous}):",
      "zelfevaluatie van {date} (vorige: {previous}):"},
    E{"status.assessment.not-assessed", "not assessed", "niet beoordeeld"},
    E{"status.assessment.was", "(was {level})", "(was {level})"},
    E{"status.assessment.required", "required {level}", "vereist {level}"},
    E{"status.assessment.goals", "{n, plural, one {goal} other {goals}}: {goals}",
      "{n, plural, one {doel} other {doelen}}: {goals}"},
    // The help of each rule.
    E{"rule.competence.area",
      "An area of a self-assessment, or the `competence` of a goal, is not one of the areas of the competence framework that the policy names (a preset or the school's own `competence_framework`). A goal under a policy without a framework may name the three Dutch areas. When the value is an area's name or close to an id (`pedagogisch`, `opvoeder`), the finding suggests the id.",
      "Een gebied in een zelfevaluatie, of de `competence` van een doel, is geen gebied uit het bekwaamheidskader dat het beleid noemt (een standaardkader of het eigen `competence_framework` van de school). Een doel onder een beleid zonder kader mag de drie Nederlandse gebieden noemen. Is de waarde de naam van een gebied of lijkt ze op een code (`pedagogisch`, `opvoeder`), dan stelt de melding de code voor."},
    E{"rule.competence.area.hint", "Write one of the framework's area ids; docs/format.md lists those of the presets.",
      "Schrijf een van de gebieden uit het kader; docs/format.md noemt die van de standaardkaders."},
    E{"rule.competence.level",
      "A `level` or `manager_level` of a self-assessment is not one of the levels of the policy's competence framework.",
      "Een `level` of `manager_level` in een zelfevaluatie is geen niveau uit het bekwaamheidskader van het beleid."},
    E{"rule.competence.level.hint", "Write one of the framework's level ids, e.g. startbekwaam, basisbekwaam or vakbekwaam.",
      "Schrijf een van de niveaus uit het kader, bijvoorbeeld startbekwaam, basisbekwaam of vakbekwaam."},
    E{"rule.competence.duplicate-area",
      "One self-assessment names the same area twice, so it is not clear which level counts.",
      "Eén zelfevaluatie noemt hetzelfde gebied twee keer, zodat niet duidelijk is welk niveau telt."},
    E{"rule.competence.duplicate-area.hint", "Keep one entry per area and merge the explanations.",
      "Houd per gebied één regel over en voeg de toelichtingen samen."},
    E{"rule.competence.no-framework",
      "The POP records self-assessments, but the policy names no competence framework, so their areas and levels cannot be checked.",
      "Het POP heeft zelfevaluaties, maar het beleid noemt geen bekwaamheidskader, dus gebieden en niveaus zijn niet te controleren."},
    E{"rule.competence.no-framework.hint", "Set a sector `preset` or a `competence_framework` in pop-policy.yaml.",
      "Zet een sector (`preset`) of een `competence_framework` in pop-policy.yaml."},
    E{"rule.competence.below-required",
      "In the latest self-assessment an area is at a level below what the person's role requires (a starter's or an experienced teacher's level, or the school's level for support staff), and no goal of the POP has `competence` set to that area.",
      "In de laatste zelfevaluatie staat een gebied op een lager niveau dan de functie vraagt (dat van een starter of een ervaren docent, of het niveau dat de school voor oop vraagt), en geen doel van het POP heeft dat gebied als `competence`."},
    E{"rule.competence.below-required.hint", "Add a goal for the area, or discuss the level with your manager.",
      "Voeg een doel toe voor dat gebied, of bespreek het niveau met je leidinggevende."},
});
static_assert(unique_keys(kEntries), "duplicate key in the message catalog");

}  // namespace

std::span<const CatalogEntry> assess() { return kEntries; }

}  // namespace pop::catalog_parts
