# pop sheet (issue 18): the conversation sheet's test suite, tests/sheet/run.sh: goldens (HTML nl/en,
# markdown), the agenda on a real git repository with dated commits, and the PDF printed by headless
# Chromium and checked with poppler-utils. Labelled `external` (Chromium, poppler): the sanitizer
# stage of tests/run-all.sh leaves it out; the golden part runs the same renderers without them.
if(POP_BUILD_TESTS)
  add_test(NAME sheet
    COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/tests/sheet/run.sh $<TARGET_FILE:pop>)
  set_tests_properties(sheet PROPERTIES LABELS external)
endif()
