# Read by cpack at packaging time (CPACK_PROJECT_CONFIG_FILE). The packaging test runs
# cpack on a tree `make test` has just built. With SMTPWIZARD_CPACK_PREBUILT set, cpack
# runs the tree's install script as it is instead of building the whole tree first
# (its "preinstall" step), which in a tree someone is editing could relink programs
# that other tests are running.
if(DEFINED ENV{SMTPWIZARD_CPACK_PREBUILT} AND CPACK_INSTALL_CMAKE_PROJECTS)
    list(GET CPACK_INSTALL_CMAKE_PROJECTS 0 _smtpwizard_build_dir)
    set(CPACK_INSTALL_CMAKE_PROJECTS "")
    set(CPACK_INSTALL_SCRIPTS "${_smtpwizard_build_dir}/cmake_install.cmake")
    # What cpack sets itself for a CMake project: the prefix inside the package and
    # stripped binaries. The script installs under DESTDIR, cpack's staging folder.
    set(CPACK_INSTALL_PREFIX "${CPACK_PACKAGING_INSTALL_PREFIX}")
    set(CMAKE_INSTALL_DO_STRIP ${CPACK_STRIP_FILES})
endif()
