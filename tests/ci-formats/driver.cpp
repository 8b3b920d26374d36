// tests/ci-formats/driver.cpp: a stand-in for `pop check --format F` while the CLI does not have
// the CI formats yet (run.sh compiles it against libpopcore.a and uses it only when the pop binary
// answers an unknown --format with exit code 2). It runs the real pipeline (check_file, and
// read_and_validate for the policy, roster and school goals found beside or above each POP, as
// the CLI does) and prints one of the renderers' outputs.
//
//   driver FORMAT [--strict] [--lang en|nl] [--today YYYY-MM-DD] PATH...
//   FORMAT: text, json, or one of ci_formats(). Exit codes as pop check.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <memory>
#include <sstream>

#include "pop/check_file.h"
#include "pop/model.h"
#include "pop/render_check.h"
#include "pop/render_ci.h"

namespace fs = std::filesystem;
using namespace pop;

namespace {

struct Input {
    std::string path;
    FileKind kind;
};

std::optional<std::string> read_bytes(const std::string& path) {
    std::error_code ec;
    if (!fs::is_regular_file(path, ec)) return std::nullopt;
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    return std::string(std::istreambuf_iterator<char>(in), {});
}

FileReport unreadable(const Input& input) {
    std::error_code ec;
    std::string key = fs::is_directory(input.path, ec) ? "input.unreadable.folder"
                      : fs::exists(input.path, ec)     ? "input.unreadable.permission"
                                                       : "input.unreadable.missing";
    return FileReport{input.path, input.kind, true, {make_finding("input.unreadable", Mark{}, key, {{"code", "0"}})}};
}

std::string shown(const fs::path& p) {
    std::error_code ec;
    fs::path rel = fs::proximate(p, fs::current_path(), ec);
    return ec ? p.string() : rel.string();
}

std::string absolute_key(const std::string& path) {
    std::error_code ec;
    return fs::absolute(path, ec).lexically_normal().string();
}

// The repository files for a POP: the nearest of each kind in its folder or above (up to .git).
std::map<FileKind, std::string> discover(const std::string& pop_path) {
    std::map<FileKind, std::string> found;
    std::error_code ec;
    fs::path dir = fs::absolute(fs::path(pop_path).parent_path(), ec).lexically_normal();
    if (!dir.has_filename() && dir.has_parent_path()) dir = dir.parent_path();
    for (fs::path d = dir;; d = d.parent_path()) {
        for (FileKind kind : {FileKind::Policy, FileKind::Roster, FileKind::SchoolGoals}) {
            fs::path candidate = d / std::string(conventional_filename(kind));
            if (!found.count(kind) && fs::exists(candidate, ec)) found[kind] = candidate.string();
        }
        if (fs::exists(d / ".git", ec) || d == d.parent_path() || found.size() == 3) break;
    }
    return found;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s FORMAT [--strict] [--lang en|nl] [--today YYYY-MM-DD] PATH...\n", argv[0]);
        return 2;
    }
    std::string format = argv[1];
    bool strict = false;
    Lang lang = Lang::En;
    Date today{2026, 11, 22};
    std::vector<std::string> paths;
    for (int i = 2; i < argc; ++i) {
        std::string arg = argv[i];
        if (arg == "--strict") strict = true;
        else if (arg == "--lang" && i + 1 < argc) lang = parse_lang(argv[++i]).value_or(Lang::En);
        else if (arg == "--today" && i + 1 < argc) {
            std::string d = argv[++i];
            today = Date{std::stoi(d.substr(0, 4)), std::stoi(d.substr(5, 2)), std::stoi(d.substr(8, 2))};
        } else if (arg == "--") continue;
        else paths.push_back(arg);
    }

    // What to check: files as given, folders searched for the kinds pop knows.
    std::vector<Input> inputs;
    for (const std::string& path : paths) {
        std::error_code ec;
        if (fs::is_directory(path, ec) && !kind_from_filename(fs::path(path).filename().string())) {
            std::vector<Input> found;
            for (auto it = fs::recursive_directory_iterator(path, ec); it != fs::recursive_directory_iterator();
                 it.increment(ec)) {
                std::string name = it->path().filename().string();
                if (it->is_directory(ec) && name.size() > 1 && name[0] == '.') {
                    it.disable_recursion_pending();
                    continue;
                }
                if (auto kind = kind_from_filename(name)) found.push_back({it->path().string(), *kind});
            }
            std::sort(found.begin(), found.end(), [](const Input& a, const Input& b) { return a.path < b.path; });
            inputs.insert(inputs.end(), found.begin(), found.end());
        } else {
            inputs.push_back({path, kind_from_filename(path).value_or(FileKind::Pop)});
        }
    }

    // The repository files, loaded once each.
    std::map<std::string, Input> context_inputs;
    std::vector<std::map<FileKind, std::string>> context_of(inputs.size());
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        if (inputs[i].kind != FileKind::Pop) continue;
        context_of[i] = discover(inputs[i].path);
        for (const auto& [kind, path] : context_of[i])
            context_inputs.emplace(absolute_key(path), Input{shown(absolute_key(path)), kind});
    }
    for (const Input& in : inputs)
        if (in.kind != FileKind::Pop) context_inputs.insert_or_assign(absolute_key(in.path), in);

    std::vector<FileReport> reports;
    std::map<std::string, std::unique_ptr<Policy>> policies;
    std::map<std::string, std::unique_ptr<Roster>> rosters;
    std::map<std::string, std::unique_ptr<SchoolGoals>> school_goals;
    for (const auto& [key, input] : context_inputs) {
        auto bytes = read_bytes(input.path);
        if (!bytes) {
            reports.push_back(unreadable(input));
            continue;
        }
        ValidatedFile file = read_and_validate(*bytes, input.kind);
        FileReport report{input.path, input.kind, false, std::move(file.findings)};
        sort_by_position(report.findings);
        attach_source_lines(*bytes, report.findings);
        reports.push_back(std::move(report));
        if (!file.usable) continue;
        if (input.kind == FileKind::Policy) policies[key] = std::make_unique<Policy>(build_policy(file.doc));
        if (input.kind == FileKind::Roster) rosters[key] = std::make_unique<Roster>(build_roster(file.doc));
        if (input.kind == FileKind::SchoolGoals)
            school_goals[key] = std::make_unique<SchoolGoals>(build_school_goals(file.doc));
    }
    auto lookup = [](const auto& models, const std::map<FileKind, std::string>& c, FileKind kind) {
        auto it = c.find(kind);
        if (it == c.end()) return decltype(models.begin()->second.get()){nullptr};
        auto m = models.find(absolute_key(it->second));
        return m == models.end() ? nullptr : m->second.get();
    };
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        if (inputs[i].kind != FileKind::Pop) continue;
        auto bytes = read_bytes(inputs[i].path);
        if (!bytes) {
            reports.push_back(unreadable(inputs[i]));
            continue;
        }
        CheckContext context{today, lookup(policies, context_of[i], FileKind::Policy),
                             lookup(rosters, context_of[i], FileKind::Roster),
                             lookup(school_goals, context_of[i], FileKind::SchoolGoals)};
        reports.push_back(FileReport{inputs[i].path, FileKind::Pop, false, check_file(*bytes, FileKind::Pop, context)});
    }
    std::stable_sort(reports.begin(), reports.end(),
                     [](const FileReport& a, const FileReport& b) { return a.path < b.path; });
    reports.erase(std::unique(reports.begin(), reports.end(),
                              [](const FileReport& a, const FileReport& b) { return a.path == b.path; }),
                  reports.end());

    std::string out;
    if (format == "text") out = render_check_text(reports, TextOptions{lang, false});
    else if (format == "json") out = render_check_json(reports, lang, today, strict);
    else if (auto ci = render_check_ci(format, reports, CiOptions{lang, strict, "0.1.0"})) out = *ci;
    else {
        std::fprintf(stderr, "driver: unknown format %s\n", format.c_str());
        return 2;
    }
    std::fwrite(out.data(), 1, out.size(), stdout);
    return check_exit_code(totals_of(reports), strict);
}
