// The layers of the core (CONTRIBUTING.md, "The layers"): a header or source of a layer includes
// only its own layer, the layers before it, and base and i18n, which serve every layer. A new
// include that points the other way fails here.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>

namespace {

const std::map<std::string, int> kLayer{{"base", 0},  {"i18n", 1},    {"read", 2},   {"format", 3}, {"model", 4},
                                        {"rules", 5}, {"reports", 6}, {"render", 7}, {"edit", 8},   {"workspace", 9}, {"lsp", 10}};

// The one include against the flow: a Finding carries its typed rule id, generated from the
// registry (include/pop/rules/rule_id.h holds only the id list and the RuleId type).
const std::set<std::string> kAllowed{"include/pop/base/finding.h -> rules"};

}  // namespace

TEST_CASE("no layer of the core includes a layer after it") {
    namespace fs = std::filesystem;
    const fs::path root(POP_SOURCE_DIR);
    std::set<std::string> wrong;
    std::size_t files = 0;
    for (const char* top : {"include/pop", "src/core"}) {
        for (const auto& entry : fs::recursive_directory_iterator(root / top)) {
            if (!entry.is_regular_file()) continue;
            std::string relative = fs::relative(entry.path(), root).string();
            std::string layer = entry.path().parent_path().filename().string();
            REQUIRE_MESSAGE(kLayer.count(layer), relative << " is in no layer's folder");
            ++files;
            std::ifstream in(entry.path());
            std::stringstream text;
            text << in.rdbuf();
            std::string source = text.str();
            static const std::regex include(R"(#include "pop/([a-z_]+)/)");
            for (std::sregex_iterator it(source.begin(), source.end(), include), end; it != end; ++it) {
                std::string target = (*it)[1];
                REQUIRE_MESSAGE(kLayer.count(target), relative << " includes pop/" << target << "/, no layer");
                if (target == "base" || target == "i18n" || kLayer.at(target) <= kLayer.at(layer)) continue;
                if (!kAllowed.count(relative + " -> " + target)) wrong.insert(relative + " -> " + target);
            }
        }
    }
    CHECK(files > 50);
    CHECK_MESSAGE(wrong.empty(), [&] {
        std::string all;
        for (const std::string& w : wrong) all += "\n  " + w;
        return all;
    }());
}
