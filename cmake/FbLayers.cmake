# fb_layer(<target> <folder> [PRIVATE])
# Include paths follow the link graph. Every library publishes only its own folder, through a
# directory in the build tree (layers/<target>) that holds a single link to that folder. A source
# file can include "<folder>/x.h" only when its target links the folder's library, directly or
# through a PUBLIC link, so an upward include ("models/…" from wire/, "ui/…" from models/) does
# not compile. tests/unit/foundation/tst_layering checks the allowed edges and that an upward
# include fails. Executables publish nothing: PRIVATE.
function(fb_layer target folder)
    set(scope PUBLIC)
    if(ARGC GREATER 2)
        set(scope ${ARGV2})
    endif()
    set(root "${PROJECT_BINARY_DIR}/layers/${target}")
    set(link "${root}/${folder}")
    get_filename_component(parent "${link}" DIRECTORY)
    file(MAKE_DIRECTORY "${parent}")
    if(NOT IS_SYMLINK "${link}")
        file(CREATE_LINK "${PROJECT_SOURCE_DIR}/${folder}" "${link}" SYMBOLIC)
    endif()
    target_include_directories(${target} ${scope} "${root}")
endfunction()
