# cmake -DLRELEASE=... -DTS_FILE=... -DQM_FILE=... -P CheckComplete.cmake
# Fails when lrelease reports an unfinished or untranslated message in TS_FILE.
execute_process(COMMAND ${LRELEASE} ${TS_FILE} -qm ${QM_FILE}
    OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE result)
set(report "${out}${err}")
message("${report}")
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lrelease failed (${result}) on ${TS_FILE}")
endif()
string(REGEX MATCH "Generated ([0-9]+) translation\\(s\\) \\(([0-9]+) finished and ([0-9]+) unfinished\\)"
    summary "${report}")
if(NOT summary)
    message(FATAL_ERROR "No lrelease summary for ${TS_FILE}")
endif()
set(unfinished ${CMAKE_MATCH_3})
if(NOT unfinished EQUAL 0)
    message(FATAL_ERROR "${TS_FILE}: ${unfinished} unfinished translation(s). Translate them and remove "
        "type=\"unfinished\".")
endif()
if(report MATCHES "Ignored ([0-9]+) untranslated source text")
    message(FATAL_ERROR "${TS_FILE}: ${CMAKE_MATCH_1} message(s) without a translation.")
endif()
