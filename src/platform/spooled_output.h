#pragma once
// The output of `pop check` while it is made, spooled: kept in memory up to 1 MiB per part, beyond
// that in an unlinked temporary file, and written to stdout at the end in order.

#include <array>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <unistd.h>
#include <vector>

#include "pop/render/render_check.h"
#include "pop/workspace/check_repository.h"

namespace pop::cli {

/// Bytes appended once and read back once at the end: kept in memory up to 1 MiB, beyond that
/// in an unlinked temporary file (in $TMPDIR, else /tmp). When no file can be made or written,
/// the bytes simply stay in memory: the output is the same, only the memory grows.
class Spool {
public:
    Spool() = default;
    Spool(const Spool&) = delete;
    Spool& operator=(const Spool&) = delete;
    ~Spool() {
        if (fd_ >= 0) ::close(fd_);
    }
    /// Appends bytes.
    void append(std::string_view bytes) {
        buffer_ += bytes;
        if (buffer_.size() >= kSpoolBuffer) flush();
    }
    /// Bytes appended so far.
    std::uint64_t size() const { return in_file_ + buffer_.size(); }
    /// Calls `emit` with the bytes [from, to), in pieces.
    template <class Emit>
    void read(std::uint64_t from, std::uint64_t to, Emit&& emit) {
        std::string chunk;
        while (from < to && from < in_file_) {
            chunk.resize(static_cast<std::size_t>(std::min<std::uint64_t>({to - from, in_file_ - from, kSpoolBuffer})));
            ssize_t n = ::pread(fd_, chunk.data(), chunk.size(), static_cast<off_t>(from));
            if (n <= 0) return;  // cannot happen for bytes just written; nothing better to do
            emit(std::string_view(chunk.data(), static_cast<std::size_t>(n)));
            from += static_cast<std::uint64_t>(n);
        }
        if (from < to) emit(std::string_view(buffer_).substr(from - in_file_, to - from));
    }

private:
    static constexpr std::size_t kSpoolBuffer = std::size_t{1} << 20;
    void flush() {
        if (fd_ < 0 && !failed_) {
            const char* tmp = std::getenv("TMPDIR");
            std::string name = std::string(tmp && *tmp ? tmp : "/tmp") + "/pop-check-XXXXXX";
            fd_ = ::mkstemp(name.data());
            if (fd_ >= 0) ::unlink(name.c_str());
            else failed_ = true;
        }
        if (fd_ < 0 || failed_) return;
        std::size_t done = 0;
        while (done < buffer_.size()) {
            ssize_t n = ::pwrite(fd_, buffer_.data() + done, buffer_.size() - done, static_cast<off_t>(in_file_ + done));
            if (n <= 0) {
                failed_ = true;  // a full disk: the rest stays in memory
                break;
            }
            done += static_cast<std::size_t>(n);
        }
        in_file_ += done;
        buffer_.erase(0, done);
    }
    int fd_ = -1;
    bool failed_ = false;
    std::uint64_t in_file_ = 0;
    std::string buffer_;
};

/// The output of a check while it is made: the two sections of every file in order (see
/// CheckRenderer), with holes where a roster's output goes once all its POPs are checked.
class OutputSpools : public CheckOutput {
public:
    /// Appends a file's pieces at the end.
    void append(const FilePieces& pieces) override {
        main_[0].append(pieces.first);
        main_[1].append(pieces.second);
    }
    /// Keeps a hole at the end for output that comes later; returns its number.
    std::size_t hole() override {
        holes_.push_back(Hole{{main_[0].size(), main_[1].size()}, {0, 0}, {0, 0}});
        return holes_.size() - 1;
    }
    /// The output of hole `n`.
    void fill(std::size_t n, const FilePieces& pieces) override {
        Hole& h = holes_[n];
        h.from = {inserts_[0].size(), inserts_[1].size()};
        inserts_[0].append(pieces.first);
        inserts_[1].append(pieces.second);
        h.to = {inserts_[0].size(), inserts_[1].size()};
    }
    /// Writes the whole output: the frame and both sections.
    void finish(const CheckRenderer& renderer, const CheckTotals& totals, std::FILE* out) {
        bool empty[2] = {main_[0].size() + inserts_[0].size() == 0, main_[1].size() + inserts_[1].size() == 0};
        CheckFrame frame = renderer.frame(totals, empty[0], empty[1]);
        std::fwrite(frame.before.data(), 1, frame.before.size(), out);
        section(0, renderer.comma_lists(), out);
        std::fwrite(frame.between.data(), 1, frame.between.size(), out);
        section(1, renderer.comma_lists(), out);
        std::fwrite(frame.after.data(), 1, frame.after.size(), out);
        std::fflush(out);
    }

private:
    struct Hole {
        std::array<std::uint64_t, 2> at, from, to;  // per section: place in main_, range in inserts_
    };
    void section(int s, bool comma_lists, std::FILE* out) {
        std::size_t skip = comma_lists ? 1 : 0;  // a list's first element has no ',' before it
        auto emit = [&](std::string_view bytes) {
            std::size_t drop = std::min(skip, bytes.size());
            skip -= drop;
            bytes.remove_prefix(drop);
            std::fwrite(bytes.data(), 1, bytes.size(), out);
        };
        std::uint64_t at = 0;
        for (const Hole& h : holes_) {
            main_[s].read(at, h.at[s], emit);
            inserts_[s].read(h.from[s], h.to[s], emit);
            at = h.at[s];
        }
        main_[s].read(at, main_[s].size(), emit);
    }
    Spool main_[2], inserts_[2];
    std::vector<Hole> holes_;
};

}  // namespace pop::cli
