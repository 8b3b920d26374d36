// The message catalog, Flemish overlay (nl-BE): only the keys whose wording in Flanders differs from
// the Dutch of the Netherlands; every other key of nl-BE takes the Dutch text. Sources: the Flemish
// article in shared/domain/sources and the Flanders paragraph of POP.md. What differs:
// - the closing appraisal is the *evaluatie* (evaluatiegesprek), not a beoordelingsgesprek;
// - a teacher is a *leerkracht* (docent is higher education in Flanders);
// - a subject department is a *vakgroep* (sectie is a school in the Netherlands);
// - a class visit is a *klasbezoek* (lesbezoek in the Netherlands);
// - Flanders has no bekwaamheidseisen (Wet BIO) but *competenties* (the beroepsprofiel);
// - the school's goals are in its *professionaliseringsplan*, not a schoolplan (Dutch law);
// - a plan put away lies *in de schuif* (in de la in the Netherlands).
// The unit test checks that each key is in the catalog with the Dutch placeholders and differs from it.
#include <algorithm>
#include <array>

#include "pop/i18n/messages.h"

namespace pop {
namespace {

using O = OverlayEntry;

constexpr auto sorted_by_key(auto entries) {
    std::sort(entries.begin(), entries.end(), [](const O& a, const O& b) { return a.key < b.key; });
    return entries;
}

constexpr auto kOverlay = sorted_by_key(std::array{
    // ---- the conversations of the cycle ----
    O{"conversation.appraisal", "evaluatiegesprek"},
    O{"rule.complete.conversation",
      "Het beleid zet `complete.conversation: true`: een lopend POP moet een gesprek (start-, voortgangs-, functionerings- of evaluatiegesprek) binnen de afgelopen `conversation_months` maanden vastleggen. Dit POP heeft geen gesprek dat zo recent is, of helemaal geen."},
    // ---- people and the school ----
    O{"edit.ask.role", "Functie (bijv. leerkracht Engels):"},
    O{"edit.ask.team", "Team of vakgroep:"},
    O{"html.section.school-goals.intro",
      "Welke lopende en geplande doelen in de POP's bijdragen aan elk doel uit het professionaliseringsplan van de school: aantal doelen en medewerkers, en enkele titels."},
    O{"rule.links.school-goal",
      "Met de lijst `school_goals` koppel je een doel via hun code aan doelen uit het professionaliseringsplan van de school. Als `pop-school-goals.yaml` gevonden wordt, moet elke code uit die lijst daarin staan; deze staat er niet in, dus overzichten kunnen het doel niet tellen bij het schooldoel dat bedoeld was."},
    // ---- ways to learn ----
    O{"rule.smarti.measurable-concrete",
      "Meetbaar: het succescriterium `measurable` noemt geen getal, dus het is moeilijk te zeggen of het gehaald is. Een criterium als \"80% van de leerlingen\" of \"3 klasbezoeken\" is te tellen."},
    // ---- a plan nobody looks at ----
    O{"history.stale.hint", "een POP in de schuif: bekijk het samen, vink stappen af, voeg bewijs toe, leg het gesprek vast"},
    O{"rule.history.stale",
      "Alleen met `pop check --history`: volgens git is dit POP langer dan `stale_months` uit het beleid (12 als dat niet is ingesteld) niet veranderd. Een POP dat zo lang niemand heeft aangeraakt, ligt in de schuif in plaats van dat het gebruikt wordt. De regel heeft de hele git-geschiedenis nodig; in een ondiepe kloon wordt hij overgeslagen."},
    // ---- competences ----
    O{"html.section.competences.heading", "Competentiedomeinen"},
    O{"html.section.competences.intro",
      "Aan welke competentiedomeinen de lopende en geplande doelen werken: aantal doelen · aantal medewerkers."},
    O{"report.figure.competences", "competentiedomeinen"},
    O{"report.section.competences", "Behoeften per competentiedomein"},
    O{"cli.goal.add.opt.competence",
      "competentiedomein: een domein uit het competentiekader van het beleid (basiscompetenties: learning_guide, "
      "educator, ...; bekwaamheidseisen: subject_matter, subject_didactics of pedagogical)"},
    // ---- hours: no cao grants Flemish staff professionalisation hours; the school's policy does ----
    O{"html.hours.intro",
      "Schooljaar {year} ({first} t/m {last}): per personeelslid de geplande en bestede uren tegenover wat het beleid van de school toekent, wat uit eerdere jaren is meegenomen en wat er over is; de bestede euro's en wat er van het budget over is."},
    // ---- pop sheet: a member of staff is a personeelslid; competences as above ----
    O{"sheet.sign.employee", "Personeelslid"},
    O{"sheet.goal.competence", "Competentiedomein"},
});

constexpr bool unique_overlay_keys() {
    for (std::size_t i = 1; i < kOverlay.size(); ++i)
        if (kOverlay[i - 1].key == kOverlay[i].key) return false;
    return true;
}
static_assert(unique_overlay_keys(), "duplicate key in the Flemish overlay");

}  // namespace

std::span<const OverlayEntry> flemish_overlay() { return kOverlay; }

}  // namespace pop
