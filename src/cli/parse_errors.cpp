#include "parse_errors.h"

#include <algorithm>
#include <optional>
#include <sstream>
#include <vector>

// Private helpers in a named namespace: the unity build of src/cli merges anonymous namespaces.
namespace pop::cli::parse_errors {

std::string message(std::string_view key, Lang lang, std::vector<MessageArg> args) {
    return render_message(key, lang, args);
}

bool starts_with(const std::string& s, std::string_view prefix) { return s.rfind(prefix, 0) == 0; }

bool ends_with(const std::string& s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

void collect_option_names(const CLI::App& app, std::vector<std::string>& names) {
    for (const CLI::Option* option : app.get_options()) {
        for (const std::string& n : option->get_lnames()) names.push_back("--" + n);
        for (const std::string& n : option->get_snames()) names.push_back("-" + n);
    }
    for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) collect_option_names(*sub, names);
}

}  // namespace pop::cli::parse_errors

namespace pop::cli {

std::optional<std::string> dash_value_hint(const CLI::App& app, const std::vector<std::string>& args, Lang lang) {
    std::vector<std::string> names;
    parse_errors::collect_option_names(app, names);
    for (const std::string& arg : args) {
        if (arg == "--") return std::nullopt;  // what follows is read as values already
        if (arg.size() < 2 || arg[0] != '-') continue;
        std::string name = arg.substr(0, arg.find('='));
        if (std::find(names.begin(), names.end(), name) != names.end()) continue;
        return parse_errors::message("cli.dash-value", lang, {{"value", arg}});
    }
    return std::nullopt;
}

std::string parse_error_message(const CLI::ParseError& error, Lang lang) {
    const std::string what = error.what();
    // By type, not get_name(): errors thrown for a subcommand carry its name there instead.
    if (dynamic_cast<const CLI::ExtrasError*>(&error)) {
        // "The following argument(s) was/were not expected: c b" (CLI11 lists them last first).
        std::size_t colon = what.find(": ");
        if (colon != std::string::npos) {
            std::istringstream words(what.substr(colon + 2));
            std::vector<std::string> extras;
            for (std::string w; words >> w;) extras.push_back(w);
            std::reverse(extras.begin(), extras.end());
            std::string list;
            for (const std::string& w : extras) list += (list.empty() ? "" : " ") + w;
            return parse_errors::message("cli.unexpected", lang,
                                         {{"count", std::to_string(extras.size())}, {"args", list}});
        }
    }
    if (dynamic_cast<const CLI::ValidationError*>(&error)) {
        // "--format: xml not in {text,json}" (CLI::IsMember)
        std::size_t colon = what.find(": ");
        std::size_t not_in = what.rfind(" not in {");
        if (colon != std::string::npos && not_in != std::string::npos && not_in > colon)
            return parse_errors::message("cli.not-in", lang,
                           {{"option", what.substr(0, colon)},
                            {"value", what.substr(colon + 2, not_in - colon - 2)},
                            {"choices", what.substr(not_in + 8)}});
    }
    if (dynamic_cast<const CLI::ArgumentMismatch*>(&error) && parse_errors::ends_with(what, " missing")) {
        // "--within: 1 required TEXT missing"
        std::size_t colon = what.find(": ");
        if (colon != std::string::npos)
            return parse_errors::message("cli.value-missing", lang, {{"option", what.substr(0, colon)}});
    }
    if (dynamic_cast<const CLI::RequiredError*>(&error)) {
        if (parse_errors::starts_with(what, "A subcommand"))
            return parse_errors::message("cli.subcommand-required", lang, {});
        std::size_t required = what.size() - std::string_view(" is required").size();
        if (parse_errors::ends_with(what, " is required") && what.find(' ') == required)
            return parse_errors::message("cli.required", lang, {{"option", what.substr(0, what.find(' '))}});
    }
    return what;
}

}  // namespace pop::cli
