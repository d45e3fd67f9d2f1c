# Finds the C zxcvbn library (Debian: libzxcvbn-dev), which ships neither a CMake package nor a
# pkg-config file. Defines Zxcvbn_FOUND, Zxcvbn_INCLUDE_DIR, Zxcvbn_LIBRARY and the imported target
# Zxcvbn::Zxcvbn.
find_path(Zxcvbn_INCLUDE_DIR NAMES zxcvbn.h)
find_library(Zxcvbn_LIBRARY NAMES zxcvbn)

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(Zxcvbn REQUIRED_VARS Zxcvbn_LIBRARY Zxcvbn_INCLUDE_DIR)
mark_as_advanced(Zxcvbn_INCLUDE_DIR Zxcvbn_LIBRARY)

if(Zxcvbn_FOUND AND NOT TARGET Zxcvbn::Zxcvbn)
    # GLOBAL: storefort_core is static, so every target that links it links this too.
    add_library(Zxcvbn::Zxcvbn UNKNOWN IMPORTED GLOBAL)
    set_target_properties(Zxcvbn::Zxcvbn PROPERTIES
        IMPORTED_LOCATION "${Zxcvbn_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${Zxcvbn_INCLUDE_DIR}")
endif()
