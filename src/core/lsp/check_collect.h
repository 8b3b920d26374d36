#pragma once
// The language server's check runs keep their reports in memory (src/core/lsp only): the renderer
// that collects the reports and the output that throws the rendered text away.

#include <mutex>
#include <vector>

#include "pop/render/render_check.h"
#include "pop/workspace/check_repository.h"

namespace pop::lsp {

/// Keeps the reports of a check run in memory.
class Collector final : public CheckRenderer {
public:
    void file(const FileReport& file, FilePieces&) const override {
        std::lock_guard<std::mutex> lock(mutex_);
        reports_.push_back(file);
    }
    CheckFrame frame(const CheckTotals&, bool, bool) const override { return {}; }
    /// The reports collected so far.
    std::vector<FileReport> take() { return std::move(reports_); }

private:
    mutable std::mutex mutex_;
    mutable std::vector<FileReport> reports_;
};

/// The output of a check run, thrown away (the collector has the reports).
class Discard final : public CheckOutput {
public:
    void append(const FilePieces&) override {}
    std::size_t hole() override { return holes_++; }
    void fill(std::size_t, const FilePieces&) override {}

private:
    std::size_t holes_ = 0;
};

}  // namespace pop::lsp
