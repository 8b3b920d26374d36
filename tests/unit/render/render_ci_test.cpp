#include <doctest/doctest.h>

#include <fmt/format.h>

#include <set>

#include "pop/base/json.h"
#include "pop/render/render_ci.h"
#include "pop/rules/rules.h"

using namespace pop;

namespace {

// An error and a warning in one file, a clean file, a file with only a warning (given as
// ./c d.pop.yaml), and one that could not be read.
std::vector<FileReport> sample() {
    Finding f = make_finding(rule::dates_format, Mark{7, 8, 0}, "dates.format.suggest",
                             {{"value", "1-8-2027"}, {"suggestion", "2027-08-01"}});
    f.width = 8;
    f.source_line = "  end: 1-8-2027";
    Finding w = make_finding(rule::smarti_inspiring, Mark{9, 5, 0}, "smarti.inspiring", {{"goal", "g1"}});
    w.source_line = "  - id: g1";
    Finding w2 = make_finding(rule::structure_no_goals, Mark{1, 1, 0}, "structure.no-goals");
    w2.width = 14;
    w2.source_line = "format_version: 1";
    Finding u = make_finding(rule::input_unreadable, Mark{}, "input.unreadable.missing", {{"code", "2"}});
    return {FileReport{"a.pop.yaml", FileKind::Pop, false, {f, w}}, FileReport{"b.pop.yaml", FileKind::Pop, false, {}},
            FileReport{"./c d.pop.yaml", FileKind::Pop, false, {w2}},
            FileReport{"gone.pop.yaml", FileKind::Pop, true, {u}}};
}

std::int64_t index_of(std::string_view id) {
    auto rules = all_rules();
    for (std::size_t i = 0; i < rules.size(); ++i)
        if (rules[i].id.text() == id) return static_cast<std::int64_t>(i);
    return -1;
}

// A finding whose message is an unknown catalog key: it is shown as the key itself, so it can
// carry characters no real message has (a real one shows user text with line breaks as '?').
Finding raw_message(std::string_view text, std::uint32_t line = 3) {
    Finding f = make_finding(rule::structure_enum, Mark{line, 2, 0}, text);
    f.source_line = "x: y";
    return f;
}

}  // namespace

TEST_CASE("the CI formats, and the renderer chosen by name") {
    std::vector<std::string_view> names(ci_formats().begin(), ci_formats().end());
    CHECK(names == std::vector<std::string_view>{"github", "gitlab", "junit", "sarif"});
    auto files = sample();
    CHECK(render_check_ci("github", files, {}) == render_check_github(files, Lang::En));
    CHECK(render_check_ci("junit", files, CiOptions{Lang::Nl, true, ""}) == render_check_junit(files, Lang::Nl, true));
    CHECK(render_check_ci("sarif", files, CiOptions{Lang::En, false, "9.9"}) == render_check_sarif(files, Lang::En, "9.9"));
    CHECK_FALSE(render_check_ci("text", files, {}).has_value());
    CHECK_FALSE(render_check_ci("json", files, {}).has_value());
}

TEST_CASE("github: one workflow command per finding, then the summary line") {
    CHECK(render_check_github(sample(), Lang::En) ==
          "::error file=a.pop.yaml,line=7,col=8,endColumn=16,title=dates.format::`1-8-2027` is not a date in the form "
          "YYYY-MM-DD (hint: write 2027-08-01)\n"
          "::warning file=a.pop.yaml,line=9,col=5,endColumn=6,title=smarti.inspiring::goal `g1` has no personal "
          "motivation `inspiring` (Inspirerend) (hint: add `inspiring:` saying why this goal matters to you)\n"
          "::warning file=./c d.pop.yaml,line=1,col=1,endColumn=15,title=structure.no-goals::this POP has no goals yet "
          "(hint: add a goal under `goals:` (see docs/format.md))\n"
          "::error file=gone.pop.yaml,title=input.unreadable::no such file or folder (hint: check the path; POP files "
          "end in .pop.yaml)\n"
          "4 files checked: 2 errors, 2 warnings in 3 files; 1 file could not be read\n");
}

TEST_CASE("github: escaping of messages and properties") {
    CHECK(github_escape_data("50% a:b, c\r\nd") == "50%25 a:b, c%0D%0Ad");
    CHECK(github_escape_property("50% a:b, c\r\nd") == "50%25 a%3Ab%2C c%0D%0Ad");
    CHECK(github_escape_data("%25") == "%2525");  // escaped once, not taken as already escaped
    std::vector<FileReport> files{{"dir, a: 100%.pop.yaml", FileKind::Pop, false, {raw_message("100% sure: a, b\nc\rd")}}};
    std::string out = render_check_github(files, Lang::En);
    CHECK(out.substr(0, out.find('\n') + 1) ==
          "::error file=dir%2C a%3A 100%25.pop.yaml,line=3,col=2,endColumn=3,title=structure.enum::100%25 sure: a, b%0Ac%0Dd\n");
    CHECK(out.substr(out.find('\n') + 1) == "1 file checked: 1 error, no warnings in 1 file\n");
}

TEST_CASE("github: a last line says how many GitHub will not show as annotations") {
    std::vector<Finding> findings;
    for (std::uint32_t i = 1; i <= 12; ++i) findings.push_back(raw_message("e", i));
    for (std::uint32_t i = 1; i <= 11; ++i) {
        Finding w = make_finding(rule::smarti_inspiring, Mark{i, 1, 0}, "smarti.inspiring", {{"goal", "g"}});
        findings.push_back(w);
    }
    std::vector<FileReport> files{{"a.pop.yaml", FileKind::Pop, false, findings}};
    std::string out = render_check_github(files, Lang::En);
    std::string tail = out.substr(out.rfind("\n1 file checked") + 1);
    CHECK(tail ==
          "1 file checked: 12 errors, 11 warnings in 1 file\n"
          "2 errors and 1 warning not shown as annotations (GitHub shows at most 10 errors and 10 warnings per step); "
          "`pop check --format text` lists them all\n");
    std::string nl = render_check_github(files, Lang::Nl);
    CHECK(nl.substr(nl.rfind('\n', nl.size() - 2) + 1) ==
          "2 fouten en 1 waarschuwing niet als annotatie getoond (GitHub toont per stap hoogstens 10 fouten en 10 "
          "waarschuwingen); `pop check --format text` toont ze allemaal\n");
    // Exactly ten of each: all shown, no such line.
    findings.erase(findings.begin(), findings.begin() + 2);
    findings.pop_back();
    files[0].findings = findings;
    out = render_check_github(files, Lang::En);
    CHECK(out.substr(out.rfind('\n', out.size() - 2) + 1) == "1 file checked: 10 errors, 10 warnings in 1 file\n");
}

TEST_CASE("gitlab: a Code Quality report") {
    CHECK(render_check_gitlab(sample(), Lang::En) == R"~([
  {
    "description": "`1-8-2027` is not a date in the form YYYY-MM-DD (hint: write 2027-08-01)",
    "check_name": "dates.format",
    "fingerprint": "337b5ccbc3e4f2b4f650666763a1227d",
    "severity": "major",
    "location": {
      "path": "a.pop.yaml",
      "lines": {
        "begin": 7
      }
    }
  },
  {
    "description": "goal `g1` has no personal motivation `inspiring` (Inspirerend) (hint: add `inspiring:` saying why this goal matters to you)",
    "check_name": "smarti.inspiring",
    "fingerprint": "a119a725d06dfabb40d75a5f83b55f0e",
    "severity": "minor",
    "location": {
      "path": "a.pop.yaml",
      "lines": {
        "begin": 9
      }
    }
  },
  {
    "description": "this POP has no goals yet (hint: add a goal under `goals:` (see docs/format.md))",
    "check_name": "structure.no-goals",
    "fingerprint": "786c727fa7a8e61c591e447dada8b384",
    "severity": "minor",
    "location": {
      "path": "c d.pop.yaml",
      "lines": {
        "begin": 1
      }
    }
  },
  {
    "description": "no such file or folder (hint: check the path; POP files end in .pop.yaml)",
    "check_name": "input.unreadable",
    "fingerprint": "51276303c656ec9ecf724e8901b91b50",
    "severity": "major",
    "location": {
      "path": "gone.pop.yaml",
      "lines": {
        "begin": 1
      }
    }
  }
]
)~");
    CHECK(render_check_gitlab({}, Lang::En) == "[]\n");
}

TEST_CASE("gitlab: fingerprints are unique, and do not depend on the line number or the language") {
    CHECK(fnv1a_128_hex("") == "6c62272e07bb014262b821756295c58d");  // the FNV-1a 128 offset basis
    CHECK(fnv1a_128_hex("a") == "d228cb696f1a8caf78912b704e4a8964");
    CHECK(fnv1a_128_hex("foobar") == "343e1662793c64bf6f0d3597ba446f18");

    auto fingerprints = [](const std::string& report) {
        std::vector<std::string> out;
        for (std::size_t at = report.find("\"fingerprint\": \""); at != std::string::npos;
             at = report.find("\"fingerprint\": \"", at + 1))
            out.push_back(report.substr(at + 16, 32));
        return out;
    };
    // Three identical findings on identical lines: three fingerprints.
    std::vector<FileReport> same{{"a.pop.yaml", FileKind::Pop, false, {raw_message("m", 3), raw_message("m", 5), raw_message("m", 9)}}};
    auto prints = fingerprints(render_check_gitlab(same, Lang::En));
    REQUIRE(prints.size() == 3);
    CHECK(std::set<std::string>(prints.begin(), prints.end()).size() == 3);
    // Moved down two lines: the same fingerprints; in Dutch too.
    for (Finding& f : same[0].findings) f.at.line += 2;
    CHECK(fingerprints(render_check_gitlab(same, Lang::En)) == prints);
    CHECK(fingerprints(render_check_gitlab(same, Lang::Nl)) == prints);
    // Another line text, rule or path: another fingerprint.
    same[0].findings[0].source_line = "x: z";
    CHECK(fingerprints(render_check_gitlab(same, Lang::En))[0] != prints[0]);
    same[0].path = "b.pop.yaml";
    CHECK(fingerprints(render_check_gitlab(same, Lang::En))[1] != prints[1]);
}

TEST_CASE("junit: one test case per file; errors fail it, warnings alone do not, unreadable is an error") {
    CHECK(render_check_junit(sample(), Lang::En, false) == R"~(<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="pop check" tests="4" failures="1" errors="1">
  <testsuite name="pop check" tests="4" failures="1" errors="1" skipped="0">
    <testcase classname="pop.check" name="a.pop.yaml">
      <failure message="1 error, 1 warning" type="pop.findings">a.pop.yaml:7:8: error[dates.format]: `1-8-2027` is not a date in the form YYYY-MM-DD
7 |   end: 1-8-2027
  |        ^^^^^^^^
  hint: write 2027-08-01
a.pop.yaml:9:5: warning[smarti.inspiring]: goal `g1` has no personal motivation `inspiring` (Inspirerend)
9 |   - id: g1
  |     ^
  hint: add `inspiring:` saying why this goal matters to you
</failure>
    </testcase>
    <testcase classname="pop.check" name="b.pop.yaml"/>
    <testcase classname="pop.check" name="./c d.pop.yaml">
      <system-out>./c d.pop.yaml:1:1: warning[structure.no-goals]: this POP has no goals yet
1 | format_version: 1
  | ^^^^^^^^^^^^^^
  hint: add a goal under `goals:` (see docs/format.md)
</system-out>
    </testcase>
    <testcase classname="pop.check" name="gone.pop.yaml">
      <error message="no such file or folder" type="input.unreadable">gone.pop.yaml:1:1: error[input.unreadable]: no such file or folder
  hint: check the path; POP files end in .pop.yaml
</error>
    </testcase>
    <system-out>4 files checked: 2 errors, 2 warnings in 3 files; 1 file could not be read
</system-out>
  </testsuite>
</testsuites>
)~");
}

TEST_CASE("junit: with strict, a file with only warnings fails; messages in Dutch") {
    std::string out = render_check_junit(sample(), Lang::Nl, true);
    CHECK(out.find(R"(<testsuites name="pop check" tests="4" failures="2" errors="1">)") != std::string::npos);
    CHECK(out.find("    <testcase classname=\"pop.check\" name=\"./c d.pop.yaml\">\n"
                   "      <failure message=\"0 fouten, 1 waarschuwing\" type=\"pop.findings\">./c d.pop.yaml:1:1: "
                   "warning[structure.no-goals]: ") != std::string::npos);
    CHECK(out.find("<system-out>./c d.pop.yaml") == std::string::npos);
    CHECK(out.find("<failure message=\"1 fout, 1 waarschuwing\"") != std::string::npos);
}

TEST_CASE("junit: XML escaping, and characters XML 1.0 does not allow") {
    CHECK(xml_escape(R"(a<b>&"c"'d')", false) == R"(a&lt;b&gt;&amp;"c"'d')");
    CHECK(xml_escape(R"(a<b>&"c"'d')", true) == "a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;");
    CHECK(xml_escape("t\tn\nr\r", false) == "t\tn\nr&#13;");
    CHECK(xml_escape("t\tn\nr\r", true) == "t&#9;n&#10;r&#13;");
    CHECK(xml_escape(std::string("nul\0esc\x1b" "bell\a", 13), false) == "nul?esc?bell?");
    CHECK(xml_escape("\xEF\xBF\xBE \xEF\xBF\xBF \xEF\xBF\xBD", false) == "? ? \xEF\xBF\xBD");  // U+FFFE, U+FFFF; U+FFFD stays
    CHECK(xml_escape("bad \xC3 \xED\xA0\x80 \xF4\x90\x80\x80 ok \xC3\xA9 \xF0\x9F\x98\x80", false) ==
          "bad ? ??? ???? ok \xC3\xA9 \xF0\x9F\x98\x80");  // truncated, surrogate, past U+10FFFF
    // Through the renderer: a path and a message with markup.
    std::vector<FileReport> files{{"<a&b>.pop.yaml", FileKind::Pop, false, {raw_message("x < y & \"z\"\x01")}}};
    std::string out = render_check_junit(files, Lang::En, false);
    CHECK(out.find(R"(name="&lt;a&amp;b&gt;.pop.yaml")") != std::string::npos);
    CHECK(out.find(R"(>&lt;a&amp;b&gt;.pop.yaml:3:2: error[structure.enum]: x &lt; y &amp; "z"?)") != std::string::npos);
}

TEST_CASE("sarif: uris are relative references, percent-encoded") {
    CHECK(sarif_uri("examples/pops/a.pop.yaml") == "examples/pops/a.pop.yaml");
    CHECK(sarif_uri("a b/c:d%e#f?.pop.yaml") == "a%20b/c%3Ad%25e%23f%3F.pop.yaml");
    CHECK(sarif_uri("\xC3\xA9.pop.yaml") == "%C3%A9.pop.yaml");
    CHECK(sarif_uri("/tmp/x y.pop.yaml") == "file:///tmp/x%20y.pop.yaml");
}

TEST_CASE("sarif: a run with every rule, results with regions, and unreadable files as notifications") {
    std::string out = render_check_sarif(sample(), Lang::En, "0.1.0");
    CHECK(out.rfind("{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n  \"version\": \"2.1.0\",\n", 0) == 0);
    CHECK(out.find("\"name\": \"pop\",\n          \"version\": \"0.1.0\",\n"
                   "          \"informationUri\": \"https://git.example.org/pop/pop\",\n          \"rules\": [") !=
          std::string::npos);
    std::size_t rules = 0;
    for (std::size_t at = out.find("\"defaultConfiguration\""); at != std::string::npos;
         at = out.find("\"defaultConfiguration\"", at + 1))
        ++rules;
    CHECK(rules == all_rules().size());
    CHECK(out.find("              \"id\": \"dates.format\",\n"
                   "              \"shortDescription\": {\n"
                   "                \"text\": \"a date is not written as YYYY-MM-DD\"\n"
                   "              },\n"
                   "              \"fullDescription\": {\n") != std::string::npos);
    CHECK(out.find("              \"helpUri\": \"https://git.example.org/pop/pop/blob/main/docs/rules.md#dates.format\",\n"
                   "              \"defaultConfiguration\": {\n"
                   "                \"level\": \"error\"\n") != std::string::npos);
    std::string tail = out.substr(out.find("      \"invocations\""));
    CHECK(tail == fmt::format(R"~(      "invocations": [
        {{
          "executionSuccessful": false,
          "toolExecutionNotifications": [
            {{
              "level": "error",
              "message": {{
                "text": "no such file or folder (hint: check the path; POP files end in .pop.yaml)"
              }},
              "locations": [
                {{
                  "physicalLocation": {{
                    "artifactLocation": {{
                      "uri": "gone.pop.yaml"
                    }}
                  }}
                }}
              ],
              "associatedRule": {{
                "id": "input.unreadable",
                "index": {}
              }}
            }}
          ]
        }}
      ],
      "language": "en-US",
      "columnKind": "unicodeCodePoints",
      "results": [
        {{
          "ruleId": "dates.format",
          "ruleIndex": {},
          "level": "error",
          "message": {{
            "text": "`1-8-2027` is not a date in the form YYYY-MM-DD (hint: write 2027-08-01)"
          }},
          "locations": [
            {{
              "physicalLocation": {{
                "artifactLocation": {{
                  "uri": "a.pop.yaml"
                }},
                "region": {{
                  "startLine": 7,
                  "startColumn": 8,
                  "endColumn": 16,
                  "snippet": {{
                    "text": "1-8-2027"
                  }}
                }},
                "contextRegion": {{
                  "startLine": 7,
                  "snippet": {{
                    "text": "  end: 1-8-2027"
                  }}
                }}
              }}
            }}
          ]
        }},
        {{
          "ruleId": "smarti.inspiring",
          "ruleIndex": {},
          "level": "warning",
          "message": {{
            "text": "goal `g1` has no personal motivation `inspiring` (Inspirerend) (hint: add `inspiring:` saying why this goal matters to you)"
          }},
          "locations": [
            {{
              "physicalLocation": {{
                "artifactLocation": {{
                  "uri": "a.pop.yaml"
                }},
                "region": {{
                  "startLine": 9,
                  "startColumn": 5,
                  "endColumn": 6,
                  "snippet": {{
                    "text": "i"
                  }}
                }},
                "contextRegion": {{
                  "startLine": 9,
                  "snippet": {{
                    "text": "  - id: g1"
                  }}
                }}
              }}
            }}
          ]
        }},
        {{
          "ruleId": "structure.no-goals",
          "ruleIndex": {},
          "level": "warning",
          "message": {{
            "text": "this POP has no goals yet (hint: add a goal under `goals:` (see docs/format.md))"
          }},
          "locations": [
            {{
              "physicalLocation": {{
                "artifactLocation": {{
                  "uri": "c%20d.pop.yaml"
                }},
                "region": {{
                  "startLine": 1,
                  "startColumn": 1,
                  "endColumn": 15,
                  "snippet": {{
                    "text": "format_version"
                  }}
                }},
                "contextRegion": {{
                  "startLine": 1,
                  "snippet": {{
                    "text": "format_version: 1"
                  }}
                }}
              }}
            }}
          ]
        }}
      ]
    }}
  ]
}}
)~",
                              index_of("input.unreadable"), index_of("dates.format"), index_of("smarti.inspiring"),
                              index_of("structure.no-goals")));
}

TEST_CASE("sarif: every rule has a full description, help with its hint, and a helpUri, in the chosen language") {
    for (Lang lang : {Lang::En, Lang::Nl}) {
        std::string out = render_check_sarif({}, lang, "1");
        for (const Rule& r : all_rules()) {
            CAPTURE(r.id.text());
            std::string id(r.id.text());
            std::string full = rule_full_description(r.id, lang);
            std::string hint = rule_hint(r.id, lang);
            std::string uri = "https://git.example.org/pop/pop/blob/main/docs/rules.md#" + id;
            std::string hint_word = is_dutch(lang) ? "Tip" : "Hint";
            std::string more = is_dutch(lang) ? "Meer over" : "More about";
            std::string text = full + "\n\n" + hint_word + ": " + hint + "\n\n" + more + " " + id + ": " + uri;
            std::string markdown = full + "\n\n**" + hint_word + ":** " + hint + "\n\n[" + more + " `" + id +
                                   "` in docs/rules.md](" + uri + ")";
            std::string want = "\"id\": " + json_quote(id) + ",\n"
                               "              \"shortDescription\": {\n"
                               "                \"text\": " + json_quote(is_dutch(lang) ? r.description_nl : r.description_en) + "\n"
                               "              },\n"
                               "              \"fullDescription\": {\n"
                               "                \"text\": " + json_quote(full) + "\n"
                               "              },\n"
                               "              \"help\": {\n"
                               "                \"text\": " + json_quote(text) + ",\n"
                               "                \"markdown\": " + json_quote(markdown) + "\n"
                               "              },\n"
                               "              \"helpUri\": " + json_quote(uri) + ",\n";
            CHECK(out.find(want) != std::string::npos);
            CHECK(full.find("rule.") != 0);  // the catalog has it (an unknown key would render as itself)
        }
    }
    // In the chosen language: the Dutch help of a rule, as GitHub would show it.
    std::string nl = render_check_sarif({}, Lang::Nl, "1");
    CHECK(nl.find("Tip: Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld `2025-08-01`.") != std::string::npos);
    // Flemish: the Flemish wording where it differs, the Dutch short descriptions, language nl-BE.
    std::string be = render_check_sarif({}, Lang::NlBe, "1");
    CHECK(be.find("\"language\": \"nl-BE\"") != std::string::npos);
    CHECK(be.find("Tip: Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld `2025-08-01`.") != std::string::npos);
    CHECK(be.find("functionerings- of evaluatiegesprek") != std::string::npos);
    CHECK(nl.find("functionerings- of beoordelingsgesprek") != std::string::npos);
    for (const Rule& r : all_rules()) CHECK(be.find(json_quote(r.description_nl)) != std::string::npos);
}

TEST_CASE("sarif: snippets count characters; no region snippet past the end of the line; a clean run") {
    Finding f = make_finding(rule::dates_format, Mark{1, 6, 0}, "dates.format", {{"value", "x"}});
    f.width = 2;
    f.source_line = "é€: ab c";  // columns: é1 €2 :3 ' '4 a5 b6 ' '7 c8
    Finding past = make_finding(rule::structure_empty, Mark{2, 7, 0}, "structure.empty", {{"field", "title"}});
    past.source_line = "title:";
    Finding whole = make_finding(rule::yaml_syntax, Mark{3, 1, 0}, "yaml.syntax");
    whole.width = 4;
    whole.source_line = "a: [";
    std::vector<FileReport> files{{"a.pop.yaml", FileKind::Pop, false, {f, past, whole}}};
    std::string out = render_check_sarif(files, Lang::Nl, "");
    CHECK(out.find("\"version\": \"\"") == std::string::npos);  // no version when none is given
    CHECK(out.find("\"language\": \"nl-NL\"") != std::string::npos);
    CHECK(out.find("\"executionSuccessful\": true\n") != std::string::npos);
    CHECK(out.find("\"toolExecutionNotifications\"") == std::string::npos);
    CHECK(out.find("\"endColumn\": 8,\n                  \"snippet\": {\n                    \"text\": \"b \"") !=
          std::string::npos);
    // Past the end of the line: the region has no snippet, the context region has the line.
    CHECK(out.find("\"startColumn\": 7,\n                  \"endColumn\": 8\n                },\n"
                   "                \"contextRegion\": {\n                  \"startLine\": 2,\n"
                   "                  \"snippet\": {\n                    \"text\": \"title:\"") != std::string::npos);
    // The whole line: no context region.
    CHECK(out.find("\"text\": \"a: [\"\n                  }\n                }\n              }\n") != std::string::npos);
    CHECK(out.find("\"startLine\": 3,\n                  \"snippet\"") == std::string::npos);
    CHECK(render_check_sarif({}, Lang::En, "1").find("\"results\": []") != std::string::npos);
}
