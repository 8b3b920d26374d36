// bench/libyaml_floor.cpp: the floor under `pop check` for bench/run.sh. It does the least any
// YAML checker must do with the same files: find them (a recursive walk for *.pop.yaml and the
// pop-*.yaml repository files, like pop), read each into memory and run libyaml's event parser
// over it to the end. No tree, no rules, no output beyond one line of counts.
//
//   usage: libyaml_floor [--jobs N] PATH...     (default: every core, like pop)
//
// Built by bench/run.sh: g++ -std=c++20 -O2 bench/libyaml_floor.cpp -lyaml -pthread
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <yaml.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

namespace fs = std::filesystem;

namespace {

bool wanted(const std::string& name) {
    auto ends = [&](const char* suffix) {
        std::size_t n = std::strlen(suffix);
        return name.size() >= n && name.compare(name.size() - n, n, suffix) == 0;
    };
    return ends(".pop.yaml") || name == "pop-policy.yaml" || name == "pop-roster.yaml" || name == "pop-school-goals.yaml";
}

void collect(const fs::path& dir, std::vector<std::string>& out) {
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        const fs::directory_entry& e = *it;
        std::error_code tec;
        std::string name = e.path().filename().string();
        if (e.is_directory(tec) && !e.is_symlink(tec)) {
            if (name.empty() || name[0] != '.') collect(e.path(), out);
        } else if (wanted(name)) {
            out.push_back(e.path().string());
        }
    }
}

bool read_all(const std::string& path, std::string& bytes) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return false;
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        ::close(fd);
        return false;
    }
    bytes.resize(static_cast<std::size_t>(st.st_size) + 1);
    std::size_t got = 0;
    for (;;) {
        if (got == bytes.size()) bytes.resize(bytes.size() * 2);
        ssize_t n = ::read(fd, bytes.data() + got, bytes.size() - got);
        if (n <= 0) break;
        got += static_cast<std::size_t>(n);
    }
    ::close(fd);
    bytes.resize(got);
    return true;
}

struct Counts {
    std::size_t files = 0, bytes = 0, events = 0, errors = 0;
};

void parse(const std::string& bytes, Counts& c) {
    yaml_parser_t parser;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    for (;;) {
        yaml_event_t event;
        if (!yaml_parser_parse(&parser, &event)) {
            ++c.errors;
            break;
        }
        ++c.events;
        bool end = event.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&event);
        if (end) break;
    }
    yaml_parser_delete(&parser);
}

}  // namespace

int main(int argc, char** argv) {
    unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
    std::vector<std::string> files;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--jobs" && i + 1 < argc) {
            jobs = static_cast<unsigned>(std::max(1, std::atoi(argv[++i])));
            continue;
        }
        std::error_code ec;
        if (fs::is_directory(a, ec)) collect(a, files);
        else files.push_back(a);
    }
    if (files.empty()) {
        std::fprintf(stderr, "usage: libyaml_floor [--jobs N] PATH...\n");
        return 2;
    }
    std::sort(files.begin(), files.end());
    std::vector<Counts> per_thread(jobs);
    std::atomic<std::size_t> next{0};
    auto worker = [&](unsigned t) {
        std::string bytes;
        Counts& c = per_thread[t];
        for (std::size_t k = next++; k < files.size(); k = next++) {
            if (!read_all(files[k], bytes)) {
                ++c.errors;
                continue;
            }
            ++c.files;
            c.bytes += bytes.size();
            parse(bytes, c);
        }
    };
    std::vector<std::thread> threads;
    for (unsigned t = 1; t < jobs; ++t) threads.emplace_back(worker, t);
    worker(0);
    for (std::thread& t : threads) t.join();
    Counts total;
    for (const Counts& c : per_thread) {
        total.files += c.files;
        total.bytes += c.bytes;
        total.events += c.events;
        total.errors += c.errors;
    }
    std::printf("libyaml_floor: %zu files, %zu bytes, %zu events, %zu files with a YAML error, %u threads\n",
                total.files, total.bytes, total.events, total.errors, jobs);
    return 0;
}
