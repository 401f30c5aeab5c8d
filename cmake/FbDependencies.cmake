# Every dependency is a Debian 12 package installed by scripts/install-deps.sh.
find_package(PkgConfig REQUIRED)
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
pkg_check_modules(SECP256K1 REQUIRED IMPORTED_TARGET libsecp256k1)
find_package(OpenSSL 3 REQUIRED)
find_package(ZLIB REQUIRED)

if(FB_WALLET_ONLY)
    find_package(Qt6 6.4 REQUIRED COMPONENTS Core Test)
elseif(FB_FUZZ_ONLY)
    # The fuzz tree: the parsers' libraries (wallet, models, storage) and nothing with a window.
    pkg_check_modules(ISAL REQUIRED IMPORTED_TARGET libisal)
    find_package(SQLite3 REQUIRED)
    find_package(Qt6 6.4 REQUIRED COMPONENTS Core Network Sql Concurrent Test)
else()
    pkg_check_modules(ISAL REQUIRED IMPORTED_TARGET libisal)
    pkg_check_modules(QRENCODE REQUIRED IMPORTED_TARGET libqrencode)
    pkg_check_modules(ZBAR REQUIRED IMPORTED_TARGET zbar)
    find_package(SQLite3 REQUIRED)
    find_package(Qt6 6.4 REQUIRED COMPONENTS
        Core Gui Widgets Network Sql Concurrent Charts Svg WebEngineWidgets HttpServer Test
        LinguistTools)
    # The QR reader's camera (ui/qr/qrreader). Optional: without it the reader takes images only.
    find_package(Qt6 6.4 QUIET COMPONENTS Multimedia)
    # The wallet locks when the computer sleeps or the screen locks (logind, the screen saver).
    # Optional: without it the idle time and "Lock now" still lock.
    find_package(Qt6 6.4 QUIET COMPONENTS DBus)
endif()
qt_standard_project_setup()
