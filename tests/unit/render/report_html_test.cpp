#include <doctest/doctest.h>

#include <string>

#include "pop/reports/report.h"
#include "pop/rules/rules.h"
#include "test_support.h"

using namespace pop;

namespace {

/// A small report made by hand: two teams, someone without a current POP, hostile text.
TeamReport sample() {
    TeamReport r;
    r.today = Date{2026, 11, 22};
    r.pops = 3;
    PersonRow a;
    a.id = "a.jansen";
    a.name = "Anouk <script>alert(1)</script> & \"Jansen\" 'AJ'";
    a.team = "onderbouw";
    a.path = "pops/a.jansen.pop.yaml";
    a.on_roster = true;
    a.has_current_pop = true;
    a.state = PopState::Current;
    a.period_end = Date{2027, 8, 31};
    a.goals = 3;
    a.goals_achieved = 1;
    a.steps_done = 3;
    a.steps_total = 5;
    a.last_conversation = Date{2026, 10, 1};
    a.next_conversation = Date{2027, 3, 1};
    a.hours_per_year = 39.6;
    a.warnings = {"reminder.step-overdue", "reminder.step-overdue", "reminder.conversation-due"};
    PersonRow j;
    j.id = "j.smit";
    j.name = "Jasmijn Smit";
    j.team = "onderbouw";
    j.on_roster = true;
    PersonRow m;
    m.id = "m.elbaz";
    m.name = "Mourad el Baz";
    m.team = "mavo";
    m.path = "pops/m.elbaz.pop.yaml";
    m.on_roster = true;
    m.has_current_pop = true;
    m.state = PopState::Current;
    m.period_end = Date{2028, 7, 31};
    m.goals = 2;
    m.steps_total = 0;
    m.hours_per_year = 20;
    r.people = {m, a, j};
    r.teams = {TeamRow{"mavo", 1, 1, 2, 0, 0, 20, 0}, TeamRow{"onderbouw", 2, 1, 3, 3, 5, 39.6, 3}};
    r.school_goals = {CountRow{"begeleiding-starters", "Begeleiding van <starters>", 2, 2, {"Rust & structuur"}},
                      CountRow{"lerende-organisatie", "Een lerende organisatie", 0, 0, {}}};
    r.methods = {CountRow{"coaching", "", 3, 2, {"Rust & structuur"}}, CountRow{"lesson_study", "", 1, 1, {}},
                 CountRow{"weird<method>", "", 1, 1, {}}};
    r.learning = {CountRow{"informal", "", 4, 2, {}}, CountRow{"formal", "", 1, 1, {}}};
    r.competences = {CountRow{"pedagogical", "", 3, 2, {}}};
    r.competence_areas = {CompetenceArea{"pedagogical", "pedagogisch bekwaam", "pedagogical competence"}};
    r.themes = {CountRow{"personeel", "", 2, 2, {"Rust & structuur", "Ouders <b>betrekken</b>"}},
                CountRow{"taal en lezen", "", 1, 1, {}}};
    r.left_out = LeftOut{2, 5, 1, 1, 4, 3};
    return r;
}

std::string html(Lang lang, const TeamReport& r = sample()) { return render_report_html(r, ReportOptions{lang}); }

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("html report: a self-contained HTML5 page") {
    std::string page = html(Lang::En);
    CHECK(page.starts_with("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"));
    CHECK(page.ends_with("</body>\n</html>\n"));
    CHECK(has(page, "<style>"));
    CHECK(has(page, "@media print"));
    CHECK(has(page, "size: A4 landscape"));
    CHECK_FALSE(has(page, "<script"));  // no scripts at all (the hostile name is escaped, see below)
    CHECK_FALSE(has(page, "<link"));
    CHECK_FALSE(has(page, "<img"));
    CHECK_FALSE(has(page, "url("));
    CHECK_FALSE(has(page, "@import"));
    CHECK_FALSE(has(page, "https:"));
    CHECK_FALSE(has(page, "http:"));
    CHECK(html(Lang::Nl).starts_with("<!DOCTYPE html>\n<html lang=\"nl\">"));
    CHECK(html(Lang::NlBe).starts_with("<!DOCTYPE html>\n<html lang=\"nl-BE\">"));
}

TEST_CASE("html report in Flemish: the Dutch page with Flemish words where they differ") {
    std::string nl = html(Lang::Nl), be = html(Lang::NlBe);
    CHECK(has(nl, "Bekwaamheidsdomeinen"));
    CHECK(has(be, "Competentiedomeinen"));
    CHECK_FALSE(has(be, "Bekwaamheidsdomeinen"));
    CHECK(has(be, "professionaliseringsplan van de school"));
    CHECK(has(be, "Per schooldoel"));  // the rest is the Dutch text
    CHECK(has(be, "Medewerkers"));
}

TEST_CASE("html report: every text from users' files is escaped") {
    std::string page = html(Lang::En);
    CHECK(has(page, "Anouk &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Jansen&quot; &#39;AJ&#39;"));
    CHECK_FALSE(has(page, "<script>alert"));
    CHECK_FALSE(has(page, "& \"Jansen"));
    CHECK(has(page, "Begeleiding van &lt;starters&gt;"));
    CHECK(has(page, "Rust &amp; structuur"));
    CHECK(has(page, "Ouders &lt;b&gt;betrekken&lt;/b&gt;"));
    CHECK(has(page, "weird&lt;method&gt;"));
    CHECK_FALSE(has(page, "<b>betrekken"));
    // Control characters and invalid UTF-8 never reach the page.
    TeamReport r = sample();
    r.people[0].name = std::string("bad\x01\xff name");
    std::string bad = html(Lang::En, r);
    CHECK(has(bad, "bad?? name"));
    CHECK_FALSE(has(bad, "\x01"));
}

TEST_CASE("html report: every section is there, also when empty, and the privacy note always") {
    for (Lang lang : {Lang::En, Lang::Nl}) {
        for (const TeamReport& r : {sample(), TeamReport{}}) {
            std::string page = html(lang, r);
            for (const char* id : {"summary", "people", "teams", "school-goals", "methods", "learning", "competences",
                                   "themes", "privacy"})
                CHECK(has(page, std::string("\" aria-labelledby=\"") + id + "-h\">\n<h2 id=\"" + id + "-h\">"));
            CHECK(has(page, "<section id=\"people\" aria-labelledby=\"people-h\">"));
            CHECK(has(page, "<section id=\"methods\" class=\"chart\" aria-labelledby=\"methods-h\">"));
        }
    }
    std::string empty = html(Lang::En, TeamReport{});
    CHECK(has(empty, "<dt>Private goals</dt><dd>0</dd>"));
    CHECK(has(empty, "<dt>Reflections</dt><dd>0</dd>"));
    CHECK(has(empty, "Nothing recorded yet."));
    CHECK(has(empty, "No roster (pop-roster.yaml) was read, so people without any POP are not known."));
    TeamReport all = sample();
    all.people.pop_back();  // Jasmijn, without a POP
    CHECK(has(html(Lang::En, all), "<p class=\"all-good\">Nothing to do: everyone has a current POP without errors.</p>"));
    CHECK(has(html(Lang::Nl, all), "Niets te doen: iedereen heeft een lopend POP zonder fouten."));
}

TEST_CASE("html report: English labels") {
    std::string page = html(Lang::En);
    CHECK(has(page, "<title>POP overview 2026-11-22</title>"));
    CHECK(has(page, "<h1>POP overview</h1>"));
    CHECK(has(page, "As of 22 November 2026"));
    CHECK(has(page, "<li>3 people</li>"));
    CHECK(has(page, "<li>2 of 3 with a current POP</li>"));
    CHECK(has(page, "<li>3 POP files read</li>"));
    CHECK(has(page, ">What to do</h2>"));
    CHECK(has(page, "<p>Write a first POP (1):</p>"));
    CHECK(has(page, "<strong>Jasmijn Smit</strong>"));
    CHECK(has(page, ">Left out for privacy</h2>"));
    CHECK(has(page, "<dt>Private steps</dt><dd>5</dd>"));
    CHECK(has(page, "<dt>Conversation notes</dt><dd>4</dd>"));
    CHECK(has(page, "<span class=\"tag\" title=\"reminder.step-overdue\">step overdue ×2</span>"));
    CHECK(has(page, "<span class=\"tag\" title=\"reminder.conversation-due\">conversation due</span>"));
    CHECK(has(page, ">Coaching</text>"));
    CHECK(has(page, ">Informal</text>"));
    CHECK(has(page, ">Pedagogical competence</text>"));  // the framework's name of the area
    CHECK(has(page, "Coaching: 3 goals · 2 people"));
    CHECK(has(page, "Lesson study: 1 goal · 1 person"));
    CHECK(has(page, "<th scope=\"row\">taal en lezen</th>"));  // a theme as the school goals write it
    CHECK(has(page, "no goal serves it yet"));
    CHECK(has(page, "<td>Total</td>"));
}

TEST_CASE("html report: Dutch labels") {
    std::string page = html(Lang::Nl);
    CHECK(has(page, "<title>POP-overzicht 2026-11-22</title>"));
    CHECK(has(page, "Stand van 22 november 2026"));
    CHECK(has(page, "<li>3 medewerkers</li>"));
    CHECK(has(page, ">Wat te doen</h2>"));
    CHECK(has(page, "<p>Eerste POP schrijven (1):</p>"));
    CHECK(has(page, ">Werkvormen</h2>"));
    CHECK(has(page, ">Soorten leren</h2>"));
    CHECK(has(page, ">Bekwaamheidsdomeinen</h2>"));
    CHECK(has(page, ">Ontwikkelbehoeften per thema</h2>"));
    CHECK(has(page, ">Weggelaten voor de privacy</h2>"));
    CHECK(has(page, "<dt>Privédoelen</dt><dd>2</dd>"));
    CHECK(has(page, ">stap te laat ×2</span>"));
    CHECK(has(page, ">gesprek nodig</span>"));
    CHECK(has(page, ">Informeel</text>"));
    CHECK(has(page, "Coaching: 3 doelen · 2 medewerkers"));
    CHECK(has(page, "<span class=\"tag\">nog geen POP</span>"));
    CHECK_FALSE(has(page, "Who has"));
}

TEST_CASE("html report: the progress bar, exactly") {
    std::string page = html(Lang::En);
    CHECK(has(page,
              "<td><span class=\"progress\"><svg class=\"bar\" width=\"80\" height=\"10\" viewBox=\"0 0 80 10\" "
              "role=\"img\" aria-label=\"3 of 5 steps done\"><title>3 of 5 steps done</title>"
              "<rect class=\"track\" x=\"0.5\" y=\"0.5\" width=\"79\" height=\"9\" rx=\"2\"/>"
              "<rect class=\"fill\" width=\"48\" height=\"10\" rx=\"2\"/></svg> "
              "<span class=\"num\">3/5</span></span></td>"));
    // No steps: a dash, not an empty bar.
    CHECK(has(page, "<td class=\"n\">0/2</td><td><span class=\"none\">–</span></td>"));
    CHECK(has(html(Lang::Nl), "aria-label=\"3 van 5 stappen gedaan\""));
}

TEST_CASE("html report: deterministic, and hours rounded") {
    CHECK(html(Lang::En) == html(Lang::En));
    CHECK(has(html(Lang::En), "<td class=\"n\">39.6</td>"));  // 39.6 hours per year: one decimal, as in every format
}

TEST_CASE("html report: every reminder rule and every method has a short label in both languages") {
    for (const Rule& rule : all_rules()) {
        if (rule.group != RuleGroup::Reminder) continue;
        CAPTURE(rule.id.text());
        CHECK(message_template("html.warn." + std::string(rule.id.text()), Lang::En));
    }
    std::string schema = test::read_source_file("schemas/pop.schema.json");
    auto start = schema.find("\"methods\"");
    REQUIRE(start != std::string::npos);
    auto open = schema.find("\"enum\": [", start);
    auto close = schema.find(']', open);
    REQUIRE(open != std::string::npos);
    std::string list = schema.substr(open, close - open);
    int found = 0;
    for (std::size_t q = list.find('"', 8); q != std::string::npos; q = list.find('"', list.find('"', q + 1) + 1)) {
        std::string method = list.substr(q + 1, list.find('"', q + 1) - q - 1);
        CAPTURE(method);
        CHECK(message_template("html.method." + method, Lang::Nl));
        ++found;
    }
    CHECK(found == 17);
}
