#pragma once
// Finding the files a command works on: POPs named or found in folders, and the repository
// files (policy, roster, school goals) that apply to them.

#include <optional>
#include <string>
#include <vector>

#include "pop/i18n/messages.h"
#include "pop/model/model.h"
#include "pop/format/spec.h"
#include "pop/workspace/workspace.h"

namespace pop::cli {

/// How folders are searched.
struct WalkOptions {
    bool no_ignore = false;  ///< Also search what git ignores (--no-ignore).
    Lang lang = Lang::En;    ///< Language of a warning when git cannot say what it ignores.
};

/// The inputs for some paths on disk (find_inputs of pop/workspace/workspace.h, what git ignores
/// left out unless `no_ignore`); folders that cannot be read are added to `unreadable_dirs`.
std::vector<Input> collect_inputs(const std::vector<std::string>& paths, std::vector<Input>& unreadable_dirs,
                                  const WalkOptions& walk = {});

/// The message keys that say why the current folder has no obvious POP (the commands name the file
/// in different ways: an argument, or --file).
struct PopHereMessages {
    std::string_view none;     ///< No *.pop.yaml here.
    std::string_view several;  ///< Several, and not exactly one runs today ({n}, {files}).
};

/// The POP of the current folder: the only *.pop.yaml, or, when there are several (after
/// `pop renew`), the only one whose period includes today; nullopt and a message on stderr otherwise.
std::optional<std::string> pop_here(const Date& today, Lang lang, const PopHereMessages& messages);

}  // namespace pop::cli
