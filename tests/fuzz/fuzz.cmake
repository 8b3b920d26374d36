# Fuzz targets (tests/fuzz/README.md): included from the top-level CMakeLists.txt.
# POP_FUZZ=ON (clang only): libFuzzer executables fuzz_<target>, built with
#   -fsanitize=fuzzer,address,undefined (popcore is instrumented by the top-level file).
# POP_BUILD_TESTS=ON (any compiler): fuzz_<target>_replay = the same entry function with
#   tests/fuzz/replay_main.cpp, and the ctest test fuzz_regressions that replays
#   tests/fuzz/regressions/<target>/, tests/fuzz/seeds/<target>/ (when there) and the YAML files of
#   examples/ through each target.

set(POP_FUZZ_TARGETS fuzz_read_check fuzz_report fuzz_edit fuzz_lsp)
set(POP_FUZZ_DIR ${CMAKE_CURRENT_LIST_DIR})

# <fuzzer/FuzzedDataProvider.h> comes with clang's runtime (Debian: libclang-rt-14-dev); clang finds
# it by itself, g++ needs its folder.
file(GLOB POP_CLANG_INCLUDE_DIRS /usr/lib/llvm-*/lib/clang/*/include)
find_path(POP_FUZZED_DATA_PROVIDER_DIR fuzzer/FuzzedDataProvider.h HINTS ${POP_CLANG_INCLUDE_DIRS})

if(POP_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "POP_FUZZ needs clang (CC=clang-14 CXX=clang++-14)")
  endif()
  foreach(target IN LISTS POP_FUZZ_TARGETS)
    add_executable(${target} ${POP_FUZZ_DIR}/${target}.cpp)
    target_include_directories(${target} PRIVATE ${POP_FUZZ_DIR})
    target_link_libraries(${target} PRIVATE popcore PkgConfig::LIBYAML)
    target_compile_options(${target} PRIVATE -fsanitize=fuzzer)
    target_link_options(${target} PRIVATE -fsanitize=fuzzer)
  endforeach()
endif()

if(POP_BUILD_TESTS AND NOT POP_FUZZED_DATA_PROVIDER_DIR)
  # Without the header the replays cannot be built: say so in the test rather than skip it.
  add_test(NAME fuzz_regressions COMMAND sh -c
    "echo 'fuzz_regressions needs fuzzer/FuzzedDataProvider.h: apt-get install libclang-rt-14-dev (tests/run-all.sh --install does)' >&2; exit 1")
elseif(POP_BUILD_TESTS)
  # Only the one header: the rest of clang's include folder (stddef.h...) is not for g++.
  configure_file(${POP_FUZZED_DATA_PROVIDER_DIR}/fuzzer/FuzzedDataProvider.h
                 ${CMAKE_CURRENT_BINARY_DIR}/fuzz-include/fuzzer/FuzzedDataProvider.h COPYONLY)
  set(replays)
  foreach(target IN LISTS POP_FUZZ_TARGETS)
    add_executable(${target}_replay ${POP_FUZZ_DIR}/${target}.cpp ${POP_FUZZ_DIR}/replay_main.cpp)
    target_include_directories(${target}_replay PRIVATE ${POP_FUZZ_DIR})
    target_include_directories(${target}_replay SYSTEM PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/fuzz-include)
    target_link_libraries(${target}_replay PRIVATE popcore PkgConfig::LIBYAML)
    target_compile_options(${target}_replay PRIVATE -Wall -Wextra)
    list(APPEND replays $<TARGET_FILE:${target}_replay>)
  endforeach()
  add_test(NAME fuzz_regressions
    COMMAND bash ${POP_FUZZ_DIR}/replay.sh ${CMAKE_CURRENT_SOURCE_DIR} ${replays})
endif()
