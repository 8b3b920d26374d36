# cmake -DPOP=... -DOUT=... -DSOURCE_DIR=... -DSTAMP=... -P cmake/man-generate.cmake
# Writes the man pages with `pop __man` into OUT/man1 (English) and OUT/nl/man1 (Dutch), after
# removing the old ones (a command that is gone leaves no page). The date on the pages is not the
# clock's, so that two builds of one source give the same pages: SOURCE_DATE_EPOCH when set
# (reproducible builds), else the date of the last git commit, else the date of CMakeLists.txt.
if(DEFINED ENV{SOURCE_DATE_EPOCH})
  string(TIMESTAMP date "%Y-%m-%d" UTC)  # CMake reads SOURCE_DATE_EPOCH itself
else()
  execute_process(COMMAND git -C ${SOURCE_DIR} log -1 --format=%cs
                  OUTPUT_VARIABLE date OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET RESULT_VARIABLE git_result)
  if(NOT git_result EQUAL 0 OR date STREQUAL "")
    file(TIMESTAMP ${SOURCE_DIR}/CMakeLists.txt date "%Y-%m-%d" UTC)
  endif()
endif()
# The installed pages are compressed (OUT/gz/...), as Debian policy asks (lintian:
# uncompressed-manual-page); gzip -n leaves out the name and time, so the bytes stay reproducible.
find_program(GZIP gzip REQUIRED)
foreach(pair "en;man1" "nl;nl/man1")
  list(GET pair 0 lang)
  list(GET pair 1 folder)
  file(REMOVE_RECURSE ${OUT}/${folder} ${OUT}/gz/${folder})
  execute_process(COMMAND ${POP} __man --lang ${lang} --date ${date} ${OUT}/${folder} RESULT_VARIABLE result)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "pop __man --lang ${lang} failed (exit code ${result})")
  endif()
  file(MAKE_DIRECTORY ${OUT}/gz/${folder})
  file(GLOB pages ${OUT}/${folder}/*.1)
  foreach(page ${pages})
    get_filename_component(name ${page} NAME)
    execute_process(COMMAND ${GZIP} -9 -n -c ${page} OUTPUT_FILE ${OUT}/gz/${folder}/${name}.gz RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
      message(FATAL_ERROR "gzip ${page} failed")
    endif()
  endforeach()
endforeach()
file(TOUCH ${STAMP})
