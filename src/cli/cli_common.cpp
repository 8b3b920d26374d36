#include "cli_common.h"

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>

#include "help.h"

namespace pop::cli {
namespace common {

std::string env(const char* name) {
    const char* v = std::getenv(name);
    return v ? std::string(v) : std::string();
}

}  // namespace common

std::optional<std::string> unknown_subcommand(const CLI::App& app, const std::vector<std::string>& args, Lang lang) {
    std::vector<std::string> words;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--") break;  // what follows are values
        if (a == "--lang" || a == "--today" || a == "--color") {
            ++i;  // skip the option's value
            continue;
        }
        if (!a.starts_with("-")) words.push_back(a);
    }
    // The walk stops at the first command without commands of its own: the words after it are its arguments.
    auto found = find_command(app, words, lang, true);
    if (const std::string* problem = std::get_if<std::string>(&found)) return *problem;
    return std::nullopt;
}

Lang detect_lang(const std::vector<std::string>& args) {
    for (std::size_t i = 0; i < args.size(); ++i) {
        std::string_view a = args[i];
        std::string_view value;
        if (a == "--lang" && i + 1 < args.size()) value = args[i + 1];
        else if (a.starts_with("--lang=")) value = a.substr(7);
        else continue;
        if (auto l = parse_lang(value)) return *l;
    }
    return lang_from_locale(common::env("LC_ALL"), common::env("LC_MESSAGES"), common::env("LANG"),
                            common::env("LANGUAGE"));
}

std::optional<Date> resolve_today(const Globals& globals) {
    if (!globals.today_text.empty()) {
        DateParse parsed = parse_date(globals.today_text);
        if (!parsed.date) {
            MessageArg arg{"value", globals.today_text};
            usage_error(render_message("ui.bad-today", globals.lang, std::span(&arg, 1)));
            return std::nullopt;
        }
        return parsed.date;
    }
    std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

bool use_color(const Globals& globals) {
    if (globals.color == "always") return true;
    if (globals.color == "never") return false;
    if (!common::env("NO_COLOR").empty()) return false;
    if (common::env("TERM") == "dumb") return false;
    return isatty(STDOUT_FILENO) == 1;
}

bool github_actions() { return common::env("GITHUB_ACTIONS") == "true"; }

void usage_error(const std::string& message) { std::fprintf(stderr, "pop: %s\n", message.c_str()); }

void add_partial_flag(CLI::App& command, bool& partial, Lang lang, std::string_view help_key) {
    command.add_flag("--partial", partial, render_message(help_key, lang));
}

bool csv_options_valid(const std::string& separator, bool excel, const std::string& format, Lang lang) {
    if (separator != "," && separator != ";") {
        MessageArg arg{"value", separator};
        usage_error(render_message("report.bad-separator", lang, std::span(&arg, 1)));
        return false;
    }
    if (excel && format != "csv") {
        usage_error(render_message("report.excel-needs-csv", lang));
        return false;
    }
    return true;
}

void add_width_option(CLI::App& command, int& width, Lang lang) {
    command.add_option("--width", width, render_message("cli.help.width", lang))->check(CLI::NonNegativeNumber);
}

FileBytes read_file(const std::string& path, std::size_t max_bytes) {
    FileBytes out;
    auto fail = [&](int err) {
        out.error_code = err;
        switch (err) {
            case ENOENT:
            case ENOTDIR: out.error = "input.unreadable.missing"; break;
            case EISDIR: out.error = "input.unreadable.folder"; break;
            case EACCES:
            case EPERM: out.error = "input.unreadable.permission"; break;
            case ELOOP: out.error = "input.unreadable.loop"; break;
            default: out.error = "input.unreadable.other"; break;
        }
        return out;
    };
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) return fail(errno);
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        int err = errno;
        ::close(fd);
        return fail(err);
    }
    if (S_ISDIR(st.st_mode)) {
        ::close(fd);
        return fail(EISDIR);
    }
    if (!S_ISREG(st.st_mode)) {  // a FIFO, device or socket could block or never end
        ::close(fd);
        out.error = "input.unreadable.special";
        return out;
    }
    // Read to the end, but never more than max_bytes + 1: enough to tell that the file is too large.
    const std::size_t cap = max_bytes + 1;
    out.bytes.resize(std::min<std::size_t>(static_cast<std::size_t>(st.st_size) + 1, cap));
    std::size_t got = 0;
    while (got < cap) {
        if (got == out.bytes.size()) out.bytes.resize(std::min(cap, out.bytes.size() * 2 + 4096));
        ssize_t n = ::read(fd, out.bytes.data() + got, out.bytes.size() - got);
        if (n < 0) {
            if (errno == EINTR) continue;
            int err = errno;
            ::close(fd);
            out.bytes.clear();
            return fail(err);
        }
        if (n == 0) break;
        got += static_cast<std::size_t>(n);
    }
    ::close(fd);
    out.bytes.resize(got);
    return out;
}

}  // namespace pop::cli
