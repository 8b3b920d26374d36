#include "pop/format/spec.h"

#include <array>

namespace pop {
namespace {

using enum ValueType;

constexpr TypeSpec text{Text};
constexpr TypeSpec id_type{Id};
constexpr TypeSpec date{Date};
constexpr TypeSpec boolean{Boolean};
constexpr TypeSpec version{Version};
// Hours and euros have sane ranges: a plan of more than 10,000 hours or 1,000,000 euros is a typo.
constexpr TypeSpec hours{Number, Text, nullptr, {}, 0, 10000, false};
constexpr TypeSpec euros{Number, Text, nullptr, {}, 0, 1000000, true};
constexpr TypeSpec integer_from_0{Integer, Text, nullptr, {}, 0, 0, false};
constexpr TypeSpec integer_from_1{Integer, Text, nullptr, {}, 1, 0, false};
constexpr TypeSpec object(const ObjectSpec& o) { return TypeSpec{Object, Text, &o, {}, 0, 0, false}; }
constexpr TypeSpec list_of(const ObjectSpec& o) { return TypeSpec{List, Object, &o, {}, 0, 0, false}; }
constexpr TypeSpec list_of(ValueType t) { return TypeSpec{List, t, nullptr, {}, 0, 0, false}; }
constexpr TypeSpec one_of(std::span<const Choice> c) { return TypeSpec{Enum, Text, nullptr, c, 0, 0, false}; }
constexpr TypeSpec list_of(std::span<const Choice> c) { return TypeSpec{List, Enum, nullptr, c, 0, 0, false}; }

// ---- choices -------------------------------------------------------------------------------
constexpr std::array kLearning{
    Choice{"formal", "formeel"}, Choice{"non_formal", "non-formeel"}, Choice{"informal", "informeel"}};
constexpr std::array kMethods{
    Choice{"training", "training"},
    Choice{"course", "cursus"},
    Choice{"study", "opleiding"},
    Choice{"lesson_study", "lesson study"},
    Choice{"coaching", "coaching"},
    Choice{"mentoring", "mentoring"},
    Choice{"collegial_visit", "collegiale visitatie"},
    Choice{"job_shadowing", "jobshadowing"},
    Choice{"intervision", "intervisie"},
    Choice{"supervision", "supervisie"},
    Choice{"learning_community", "professionele leergemeenschap"},
    Choice{"practitioner_research", "praktijkonderzoek"},
    Choice{"co_teaching", "co-teaching"},
    Choice{"conference", "congres"},
    Choice{"reading", "vakliteratuur"},
    Choice{"international", "internationaal project"},
    Choice{"other", "anders"}};
constexpr std::array kCompetence{Choice{"subject_matter", "vakinhoudelijk"},
                                 Choice{"subject_didactics", "vakdidactisch"},
                                 Choice{"pedagogical", "pedagogisch"}};
constexpr std::array kStatus{Choice{"planned", "gepland"}, Choice{"active", "bezig"},
                             Choice{"achieved", "behaald"}, Choice{"dropped", "gestopt"},
                             Choice{"paused", "gepauzeerd"}};
constexpr std::array kConversationKind{
    Choice{"start", "startgesprek"}, Choice{"progress", "voortgangsgesprek"},
    Choice{"performance", "functioneringsgesprek"}, Choice{"appraisal", "beoordelingsgesprek"}};
constexpr std::array kPreset{Choice{"po", "primair onderwijs"}, Choice{"vo", "voortgezet onderwijs"},
                             Choice{"mbo", "mbo"}, Choice{"vlaanderen", "Vlaanderen"}};

// ---- POP -----------------------------------------------------------------------------------
constexpr std::array kSignatureFields{
    FieldSpec{"name", text, true, "naam", "Who signed or agreed."},
    FieldSpec{"date", date, true, "datum", "When, as YYYY-MM-DD."}};
constexpr ObjectSpec kSignature{"signature", kSignatureFields, "Who agreed, and when."};

constexpr std::array kPersonFields{
    FieldSpec{"id", id_type, true, "code", "The person's id, the same as on the roster."},
    FieldSpec{"name", text, true, "naam", "Full name."},
    FieldSpec{"role", text, false, "functie", "Role, e.g. \"docent Nederlands\"."},
    FieldSpec{"school", text, false, "school", "School or location."},
    FieldSpec{"team", text, false, "team of sectie", "Team or department."},
    FieldSpec{"manager", text, false, "leidinggevende", "The manager who holds the conversations."}};
constexpr ObjectSpec kPerson{"person", kPersonFields, "Whose POP this is."};

constexpr std::array kPeriodFields{
    FieldSpec{"start", date, true, "startdatum", "First day of the POP period."},
    FieldSpec{"end", date, true, "einddatum", "Last day of the POP period."}};
constexpr ObjectSpec kPeriod{"period", kPeriodFields, "The period the POP covers."};

constexpr std::array kSignOffFields{
    FieldSpec{"employee", object(kSignature), false, "akkoord medewerker", "Sign-off by the employee."},
    FieldSpec{"manager", object(kSignature), false, "akkoord leidinggevende", "Sign-off by the manager."}};
constexpr ObjectSpec kSignOff{"sign_off", kSignOffFields, "Sign-off of the whole POP (Acceptabel)."};

constexpr std::array kRealisticFields{
    FieldSpec{"hours", hours, false, "uren", "Clock hours planned for the whole goal."},
    FieldSpec{"budget", euros, false, "budget", "Euros planned for the whole goal."},
    FieldSpec{"note", text, false, "toelichting", "How time and money are arranged."}};
constexpr ObjectSpec kRealistic{"realistic", kRealisticFields, "Realistisch: time and money planned."};

constexpr std::array kStepFields{
    FieldSpec{"id", id_type, false, "code", "Optional id, unique within the goal."},
    FieldSpec{"what", text, true, "wat", "What the step is."},
    FieldSpec{"due", date, false, "uiterlijk", "When it should be done."},
    FieldSpec{"done", date, false, "gedaan op", "When it was done."},
    FieldSpec{"private", boolean, false, "privé", "Keep this step out of multi-person reports."}};
constexpr ObjectSpec kStep{"step", kStepFields, "A small step towards the goal."};

constexpr std::array kEvidenceFields{
    FieldSpec{"date", date, true, "datum", "When it was shown or made."},
    FieldSpec{"what", text, true, "wat", "What it shows."},
    FieldSpec{"link", text, false, "link", "A web address."},
    FieldSpec{"file", text, false, "bestand", "A file path inside the repository."},
    FieldSpec{"private", boolean, false, "privé", "Keep this evidence out of multi-person reports."}};
constexpr ObjectSpec kEvidence{"evidence", kEvidenceFields, "Evidence of progress (bewijs)."};

constexpr std::array kGoalFields{
    FieldSpec{"id", id_type, true, "code", "Short id, unique within the POP."},
    FieldSpec{"title", text, true, "titel", "The goal in a few words."},
    FieldSpec{"specific", text, false, "Specifiek", "S: what exactly, in which class or context."},
    FieldSpec{"measurable", text, false, "Meetbaar", "M: the success criterion; when is it reached?"},
    FieldSpec{"agreed", object(kSignature), false, "Acceptabel", "A: who agreed to the goal and when."},
    FieldSpec{"realistic", object(kRealistic), false, "Realistisch", "R: hours and budget planned."},
    FieldSpec{"start", date, false, "startdatum (Tijdgebonden)", "T: when work on the goal starts."},
    FieldSpec{"end", date, false, "einddatum (Tijdgebonden)", "T: when the goal should be reached."},
    FieldSpec{"inspiring", text, false, "Inspirerend", "I: why this goal matters to me."},
    FieldSpec{"learning", one_of(kLearning), false, "soort leren", "Formal, non-formal or informal learning."},
    FieldSpec{"methods", list_of(kMethods), false, "werkvormen", "How the goal is worked on."},
    FieldSpec{"competence", one_of(kCompetence), false, "bekwaamheidsdomein", "Competence area."},
    FieldSpec{"school_goals", list_of(Id), false, "schooldoelen", "Ids of the school goals it serves."},
    FieldSpec{"status", one_of(kStatus), false, "status", "Where the goal stands (default: planned)."},
    FieldSpec{"steps", list_of(kStep), false, "stappen", "Small steps with due dates."},
    FieldSpec{"evidence", list_of(kEvidence), false, "bewijs", "Evidence of progress."},
    FieldSpec{"reflection", text, false, "reflectie", "The teacher's own reflection."},
    FieldSpec{"private", boolean, false, "privé", "Keep the whole goal out of multi-person reports."}};
constexpr ObjectSpec kGoal{"goal", kGoalFields, "A development goal (ontwikkeldoel), SMARTI."};

constexpr std::array kConversationFields{
    FieldSpec{"kind", one_of(kConversationKind), true, "soort gesprek", "Which conversation of the cycle."},
    FieldSpec{"date", date, true, "datum", "When it was (or is planned to be) held."},
    FieldSpec{"with", text, false, "met", "Who held it with the employee."},
    FieldSpec{"agreements", text, false, "afspraken", "What was agreed."},
    FieldSpec{"notes", text, false, "aantekeningen", "Notes; never shown in multi-person reports."},
    FieldSpec{"private", boolean, false, "privé", "Keep this conversation out of multi-person reports."}};
constexpr ObjectSpec kConversation{"conversation", kConversationFields, "A conversation of the cycle."};

constexpr std::array kPopFields{
    FieldSpec{"format_version", version, true, "formaatversie", "Version of the file format: 1."},
    FieldSpec{"person", object(kPerson), true, "medewerker", "Whose POP this is."},
    FieldSpec{"period", object(kPeriod), true, "looptijd", "The period the POP covers."},
    FieldSpec{"sign_off", object(kSignOff), false, "ondertekening", "Sign-off by employee and manager."},
    FieldSpec{"goals", list_of(kGoal), false, "ontwikkeldoelen", "The development goals."},
    FieldSpec{"conversations", list_of(kConversation), false, "gesprekken",
              "Conversations of the cycle (gesprekkencyclus)."}};
constexpr ObjectSpec kPop{"pop", kPopFields, "A personal development plan (persoonlijk ontwikkelingsplan)."};

// ---- policy --------------------------------------------------------------------------------
constexpr std::array kWarnFields{
    FieldSpec{"period_end_days", integer_from_0, false, "dagen voor einde looptijd",
              "Warn this many days before the POP period ends."},
    FieldSpec{"step_due_days", integer_from_0, false, "dagen voor deadline stap",
              "Warn this many days before a step is due."},
    FieldSpec{"inactivity_months", integer_from_1, false, "maanden zonder activiteit",
              "Warn when a goal shows no activity for this many months."}};
constexpr ObjectSpec kWarn{"warn", kWarnFields, "Warning windows."};

constexpr std::array kSmartiFields{
    FieldSpec{"min_specific_words", integer_from_0, false, "minimaal aantal woorden",
              "Least number of words in `specific`."},
    FieldSpec{"vague_words", list_of(Text), false, "vage woorden",
              "Words that alone do not make a goal specific."},
    FieldSpec{"max_goal_months", integer_from_1, false, "maximale duur doel (maanden)",
              "Longest a goal may run, in months."}};
constexpr ObjectSpec kSmarti{"smarti", kSmartiFields, "Thresholds of the SMARTI rules."};

constexpr std::array kCompleteFields{
    FieldSpec{"sign_off", boolean, false, "ondertekend",
              "A current POP must be signed by employee and manager (rule complete.sign-off)."},
    FieldSpec{"current_goal", boolean, false, "lopend doel",
              "A current POP must have a goal that runs today (rule complete.goal)."},
    FieldSpec{"conversation", boolean, false, "recent gesprek",
              "A conversation within conversation_months (rule complete.conversation)."}};
constexpr ObjectSpec kComplete{"complete", kCompleteFields, "What a complete POP needs besides a valid file."};

constexpr std::array kPolicyFields{
    FieldSpec{"format_version", version, true, "formaatversie", "Version of the file format: 1."},
    FieldSpec{"preset", one_of(kPreset), false, "sector", "Defaults of a sector: po, vo, mbo, vlaanderen."},
    FieldSpec{"renewal_years", integer_from_1, false, "vernieuwen na (jaren)",
              "A POP must be drawn up anew at least this often."},
    FieldSpec{"conversation_months", integer_from_1, false, "gesprek elke (maanden)",
              "A conversation of the cycle at least this often."},
    FieldSpec{"hours_per_year", hours, false, "uren per jaar",
              "Professional development hours per year (full-time)."},
    FieldSpec{"budget_per_year", euros, false, "budget per jaar", "Euros per year for development."},
    FieldSpec{"stale_months", integer_from_1, false, "maanden onaangeroerd",
              "With --history: warn when a POP has not changed in git for this many months."},
    FieldSpec{"retention_months", integer_from_1, false, "bewaartermijn (maanden)",
              "Keep the POPs of someone who left this many months after `left` (AVG), then remove or archive them."},
    FieldSpec{"min_group_size", integer_from_1, false, "minimale groepsgrootte",
              "pop report shows no development needs of a group of fewer people than this (default 5)."},
    FieldSpec{"complete", object(kComplete), false, "volledig", "What a complete POP needs."},
    FieldSpec{"warn", object(kWarn), false, "waarschuwingen", "Warning windows."},
    FieldSpec{"smarti", object(kSmarti), false, "SMARTI", "Thresholds of the SMARTI rules."}};
constexpr ObjectSpec kPolicy{"policy", kPolicyFields, "The school's POP policy (pop-policy.yaml)."};

// ---- roster --------------------------------------------------------------------------------
constexpr std::array kStaffFields{
    FieldSpec{"id", id_type, true, "code", "The person's id; their POP uses the same."},
    FieldSpec{"name", text, true, "naam", "Full name."},
    FieldSpec{"role", text, false, "functie", "Role."},
    FieldSpec{"team", text, false, "team of sectie", "Team or department."},
    FieldSpec{"manager", text, false, "leidinggevende", "Their manager."},
    FieldSpec{"active", boolean, false, "in dienst", "false for someone who has left (default true)."},
    FieldSpec{"left", date, false, "uit dienst per", "The day someone left; they count as not active (rule roster.retention)."}};
constexpr ObjectSpec kStaff{"staff member", kStaffFields, "One member of staff."};

constexpr std::array kRosterFields{
    FieldSpec{"format_version", version, true, "formaatversie", "Version of the file format: 1."},
    FieldSpec{"staff", list_of(kStaff), true, "personeel", "Everyone who should have a POP."}};
constexpr ObjectSpec kRoster{"roster", kRosterFields, "The roster of staff (pop-roster.yaml)."};

// ---- school goals --------------------------------------------------------------------------
constexpr std::array kSchoolGoalFields{
    FieldSpec{"id", id_type, true, "code", "Short id that POP goals link to."},
    FieldSpec{"title", text, true, "titel", "The school goal in a few words."},
    FieldSpec{"description", text, false, "omschrijving", "What the school wants to reach."},
    FieldSpec{"theme", text, false, "thema", "Theme, for grouping in reports."}};
constexpr ObjectSpec kSchoolGoal{"school goal", kSchoolGoalFields, "One goal of the school plan."};

constexpr std::array kSchoolGoalsFields{
    FieldSpec{"format_version", version, true, "formaatversie", "Version of the file format: 1."},
    FieldSpec{"school", text, false, "school", "The school or board."},
    FieldSpec{"goals", list_of(kSchoolGoal), true, "schooldoelen", "The school's goals."}};
constexpr ObjectSpec kSchoolGoals{"school goals", kSchoolGoalsFields,
                                  "The school's goals (pop-school-goals.yaml)."};

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

const ObjectSpec& spec_for(FileKind kind) {
    switch (kind) {
        case FileKind::Pop: return kPop;
        case FileKind::Policy: return kPolicy;
        case FileKind::Roster: return kRoster;
        case FileKind::SchoolGoals: return kSchoolGoals;
    }
    return kPop;
}

std::string_view conventional_filename(FileKind kind) {
    switch (kind) {
        case FileKind::Pop: return {};
        case FileKind::Policy: return "pop-policy.yaml";
        case FileKind::Roster: return "pop-roster.yaml";
        case FileKind::SchoolGoals: return "pop-school-goals.yaml";
    }
    return {};
}

std::optional<FileKind> kind_from_filename(std::string_view filename) {
    auto slash = filename.find_last_of('/');
    std::string_view base = slash == std::string_view::npos ? filename : filename.substr(slash + 1);
    for (FileKind k : {FileKind::Policy, FileKind::Roster, FileKind::SchoolGoals})
        if (base == conventional_filename(k)) return k;
    if (ends_with(base, ".pop.yaml") && base.size() > 9) return FileKind::Pop;
    return std::nullopt;
}

std::string_view kind_name(FileKind kind) {
    switch (kind) {
        case FileKind::Pop: return "pop";
        case FileKind::Policy: return "policy";
        case FileKind::Roster: return "roster";
        case FileKind::SchoolGoals: return "school-goals";
    }
    return "pop";
}

const FieldSpec* find_field(const ObjectSpec& object, std::string_view key) {
    for (const FieldSpec& f : object.fields)
        if (f.key == key) return &f;
    return nullptr;
}

bool is_valid_id(std::string_view text) {
    auto ok_first = [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
    if (text.empty() || !ok_first(text.front())) return false;
    for (char c : text)
        if (!ok_first(c) && c != '_' && c != '.' && c != '-') return false;
    return true;
}

}  // namespace pop
