# cmake -DIN=<file> -DOUT=<file.gz> -P gzip.cmake: reproducible gzip (no name, no timestamp),
# as Debian wants for manual pages and changelogs.
find_program(GZIP gzip REQUIRED)
execute_process(COMMAND "${GZIP}" -9 -n -c "${IN}" OUTPUT_FILE "${OUT}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    file(REMOVE "${OUT}")
    message(FATAL_ERROR "gzip ${IN} failed: ${rc}")
endif()
