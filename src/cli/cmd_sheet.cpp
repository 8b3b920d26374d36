// `pop sheet [FILE]`: one person's POP as a printable sheet for the next conversation (HTML or
// markdown), with what changed since the last conversation (from git, as pop diff computes it).
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include "cli_common.h"
#include "inputs.h"
#include "platform/disk_files.h"
#include "platform/git.h"
#include "pop/render/sheet.h"
#include "pop/workspace/sheet_view.h"

namespace pop::cli {
namespace sheet {

namespace fs = std::filesystem;

struct SheetOptions {
    std::string file;
    std::string format = "html";
    std::string output;
    bool public_only = false;
};

/// Earlier versions from git: the last commit on HEAD on or before the date (as pop diff DATE).
class GitVersions : public PopVersions {
public:
    std::optional<std::string> as_of(const std::string& path, const Date& date) const override {
        std::error_code ec;
        fs::path absolute = fs::absolute(path, ec).lexically_normal();
        std::optional<std::string> top = git_toplevel(absolute.parent_path().string());
        if (!top) return std::nullopt;
        std::optional<std::string> commit = git_commit_before(*top, date);
        if (!commit) return std::nullopt;
        return git_show(*top, *commit, fs::relative(absolute, *top, ec).string());
    }
};

// Writes the whole text to a file; an error message (in the user's language) when that fails.
std::optional<std::string> write_whole_file(const std::string& path, const std::string& text, Lang lang) {
    errno = 0;
    std::FILE* f = std::fopen(path.c_str(), "wb");
    bool ok = f != nullptr;
    int error = errno;
    if (ok && std::fwrite(text.data(), 1, text.size(), f) != text.size()) {
        ok = false;
        error = errno;
    }
    if (f && std::fclose(f) != 0 && ok) {
        ok = false;
        error = errno;
    }
    if (ok) return std::nullopt;
    std::vector<MessageArg> args{{"path", path}, {"error", error ? std::strerror(error) : "?"}};
    return render_message("calendar.cannot-write", lang, args);
}

int run_sheet(const SheetOptions& options, const Globals& globals) {
    std::optional<Date> today = resolve_today(globals);
    if (!today) return kExitUsage;
    std::string file = options.file;
    if (file.empty()) {
        auto only = pop_here(*today, globals.lang, {"here.no-pop", "here.which-file"});
        if (!only) return kExitUsage;
        file = *only;
    }
    GitVersions versions;
    PopSheet result = pop_sheet(file, DiskFileSource(false, globals.lang), &versions, *today, options.public_only);
    if (result.unreadable) {
        usage_error(file + ": " + render_message(*result.unreadable->error, globals.lang));
        return kExitUnreadable;
    }
    std::string out = options.format == "markdown" ? render_sheet_markdown(result.sheet, globals.lang)
                                                   : render_sheet_html(result.sheet, globals.lang);
    if (options.output.empty() || options.output == "-") {
        std::fwrite(out.data(), 1, out.size(), stdout);
    } else if (auto error = write_whole_file(options.output, out, globals.lang)) {
        usage_error(*error);
        return kExitUnreadable;
    }
    return kExitClean;
}

}  // namespace sheet

void add_sheet(CLI::App& app, Globals& globals, int& exit_code) {
    Lang lang = globals.lang;
    auto options = std::make_shared<sheet::SheetOptions>();
    auto* cmd = app.add_subcommand("sheet", render_message("cli.sheet.help", lang));
    cmd->add_option(render_message("cli.arg.file", lang), options->file, render_message("cli.help.pop-here", lang));
    cmd->add_option("--format", options->format, render_message("cli.sheet.opt.format", lang))
        ->check(CLI::IsMember({"html", "markdown"}));
    cmd->add_flag("--public", options->public_only, render_message("cli.sheet.opt.public", lang));
    cmd->add_option("--output,-o", options->output, render_message("cli.sheet.opt.output", lang));
    cmd->callback([options, &globals, &exit_code] { exit_code = sheet::run_sheet(*options, globals); });
}

}  // namespace pop::cli
