#include "parse_errors.h"

#include <algorithm>
#include <optional>
#include <sstream>
#include <vector>

#include "help.h"

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

/// The option of `command`, or of a command above it (the global options), that CLI11 names `name`.
const CLI::Option* option_named(const CLI::App& command, const std::string& name) {
    for (const CLI::App* app = &command; app != nullptr; app = app->get_parent())
        for (const CLI::Option* option : app->get_options())
            if (option->get_name() == name || option->get_name(true, false) == name) return option;
    return nullptr;
}

/// The name the help shows: an argument's name (GOAL), else the option's long name (--what).
std::string shown_name(const CLI::Option& option) {
    return option.nonpositional() ? option.get_name() : option.get_name(true, false);
}

/// Whether CLI11 reads the option's value as a number.
bool takes_number(const CLI::Option& option) {
    std::string type = option.get_type_name();
    type = type.substr(0, type.find(':'));
    return type == "INT" || type == "UINT" || type == "FLOAT" || type == "NUMBER";
}

/// The items as the user's language lists alternatives: "a, b or c".
std::string either(const std::vector<std::string>& items, Lang lang) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += i + 1 == items.size() ? " " + render_message("ui.or", lang) + " " : ", ";
        out += items[i];
    }
    return out;
}

/// CLI11's list of choices ("text,json,csv") as alternatives: "text, json or csv".
std::string either(const std::string& comma_separated, Lang lang) {
    std::vector<std::string> items;
    std::size_t from = 0;
    while (from <= comma_separated.size()) {
        std::size_t comma = comma_separated.find(',', from);
        if (comma == std::string::npos) comma = comma_separated.size();
        items.push_back(comma_separated.substr(from, comma - from));
        from = comma + 1;
    }
    return either(items, lang);
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

std::string parse_error_message(const CLI::App& command, const CLI::ParseError& error, Lang lang) {
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
        if (colon != std::string::npos && not_in != std::string::npos && not_in > colon && parse_errors::ends_with(what, "}"))
            return parse_errors::message("cli.not-in", lang,
                           {{"option", what.substr(0, colon)},
                            {"value", what.substr(colon + 2, not_in - colon - 2)},
                            {"choices", parse_errors::either(what.substr(not_in + 9, what.size() - not_in - 10), lang)}});
        // "--width: Value -3 not in range 0.000000 to 1797...000" (CLI::NonNegativeNumber)
        std::size_t value = what.find(": Value ");
        std::size_t range = what.find(" not in range 0.000000 to ");
        if (value != std::string::npos && range != std::string::npos && range > value)
            return parse_errors::message("cli.not-negative", lang,
                                         {{"option", what.substr(0, value)},
                                          {"value", what.substr(value + 8, range - value - 8)}});
    }
    if (dynamic_cast<const CLI::ConversionError*>(&error) && parse_errors::starts_with(what, "Could not convert: ")) {
        // "Could not convert: --jobs = abc"
        std::size_t equals = what.find(" = ");
        if (equals != std::string::npos) {
            std::string name = what.substr(19, equals - 19);
            const CLI::Option* option = parse_errors::option_named(command, name);
            if (option && parse_errors::takes_number(*option))
                return parse_errors::message("cli.not-a-number", lang,
                                             {{"option", parse_errors::shown_name(*option)}, {"value", what.substr(equals + 3)}});
        }
    }
    if (dynamic_cast<const CLI::ArgumentMismatch*>(&error) && parse_errors::ends_with(what, " missing")) {
        // "--within: 1 required TEXT missing"
        std::size_t colon = what.find(": ");
        if (colon != std::string::npos)
            return parse_errors::message("cli.value-missing", lang, {{"option", what.substr(0, colon)}});
    }
    if (dynamic_cast<const CLI::ExcludesError*>(&error)) {
        // "--link excludes --file"
        std::size_t excludes = what.find(" excludes ");
        if (excludes != std::string::npos)
            return parse_errors::message("cli.excludes", lang,
                                         {{"option", what.substr(0, excludes)}, {"other", what.substr(excludes + 10)}});
    }
    if (dynamic_cast<const CLI::RequiredError*>(&error)) {
        if (what == "A subcommand is required") {
            std::vector<std::string> names;
            for (const CLI::App* sub : command.get_subcommands([](const CLI::App* s) { return !s->get_name().empty(); }))
                names.push_back("`" + sub->get_name() + "`");
            return parse_errors::message("cli.subcommand-required", lang,
                                         {{"command", command_path(command)}, {"commands", parse_errors::either(names, lang)}});
        }
        // "GOAL is required", "--what is required": named as the help of the command shows it.
        std::size_t required = what.size() - std::string_view(" is required").size();
        if (parse_errors::ends_with(what, " is required") && what.find(' ') == required) {
            std::string name = what.substr(0, required);
            const CLI::Option* option = parse_errors::option_named(command, name);
            std::string description = option ? option->get_description() : std::string();
            std::vector<MessageArg> args{{"command", command_path(command)},
                                         {"name", option ? parse_errors::shown_name(*option) : name}};
            if (description.empty()) return parse_errors::message("cli.required", lang, args);
            args.push_back({"description", description});
            return parse_errors::message("cli.required.described", lang, args);
        }
    }
    return what;
}

}  // namespace pop::cli
