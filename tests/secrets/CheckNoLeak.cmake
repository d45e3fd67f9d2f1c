# Runs a test and fails if its output shows any test secret: every secret the tests store starts
# with the canary of SecretStoreTestSupport.h, so the canary, its base64 and its hex are searched.
#   cmake -DTEST_COMMAND=<test executable> -P CheckNoLeak.cmake
if(NOT TEST_COMMAND)
    message(FATAL_ERROR "TEST_COMMAND is not set")
endif()

execute_process(COMMAND ${TEST_COMMAND} -maxwarnings 0
    OUTPUT_VARIABLE output ERROR_VARIABLE errors RESULT_VARIABLE result)
set(everything "${output}${errors}")

set(leaked "")
foreach(needle SfLeakCanary U2ZMZWFrQ2FuYXJ5 53664c65616b43616e617279 53664C65616B43616E617279)
    string(FIND "${everything}" "${needle}" at)
    if(NOT at EQUAL -1)
        list(APPEND leaked "${needle}")
        string(REPLACE "${needle}" "<LEAKED SECRET>" output "${output}")
        string(REPLACE "${needle}" "<LEAKED SECRET>" errors "${errors}")
    endif()
endforeach()

string(LENGTH "${everything}" length)
message("${output}")
message("${errors}")
message("checked ${length} characters of output for secrets")
if(leaked)
    message(FATAL_ERROR "a secret appeared in the test's output (${leaked})")
endif()
if(NOT result EQUAL 0)
    message(FATAL_ERROR "the test failed (${result})")
endif()
