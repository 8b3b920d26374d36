// Replays inputs through a fuzz target without libFuzzer (for the g++ build and ctest): every
// file named on the command line, and every regular file under every folder named (sorted, so the
// order is the same everywhere), goes to LLVMFuzzerTestOneInput once. Prints how many inputs ran;
// exits 1 when a path cannot be read. A failing check aborts, naming the input on stderr first.

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

int main(int argc, char** argv) {
    namespace fs = std::filesystem;
    std::vector<fs::path> files;
    int status = 0;
    for (int i = 1; i < argc; ++i) {
        std::error_code ec;
        fs::path arg = argv[i];
        if (fs::is_directory(arg, ec)) {
            for (const auto& entry : fs::recursive_directory_iterator(arg, ec))
                if (entry.is_regular_file()) files.push_back(entry.path());
        } else if (fs::is_regular_file(arg, ec)) {
            files.push_back(arg);
        } else {
            std::fprintf(stderr, "replay: cannot read %s\n", argv[i]);
            status = 1;
        }
    }
    std::sort(files.begin(), files.end());
    for (const fs::path& file : files) {
        std::ifstream in(file, std::ios::binary);
        std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        if (!in.good() && !in.eof()) {
            std::fprintf(stderr, "replay: cannot read %s\n", file.c_str());
            status = 1;
            continue;
        }
        std::fprintf(stderr, "replay: %s\n", file.c_str());  // names the input if the next call aborts
        LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
    }
    std::printf("replayed %zu inputs\n", files.size());
    return status;
}
