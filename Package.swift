// swift-tools-version:6.1
// undocd — a Linux daemon that turns United Nations documents into structured data.
//
// The targets follow the path of a document:
//   Sources/Core        inbox watcher → claim → dispatch → spool + ledger (the daemon's pipeline)
//   Sources/Intake      bytes → decoded, normalized `Document`
//   Sources/PluginAPI   the `Document` model and the `ExtractorPlugin` protocol (plugins depend on this only)
//   Plugins/*           the built-in extractors (ordinary library targets with an explicit `path:`; they are
//                       NOT SwiftPM package plugins even though SwiftPM reserves `Plugins/` for those by convention)
//   Sources/Registry    the one place where extractors are registered
//   Sources/Platform    every syscall and C call (inotify, fsync, rename, sqlite, sha256, libsystemd)
import PackageDescription

/// Strict settings shared by every target: Swift 6 language mode is the package default.
let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "undocd",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "undocd", targets: ["undocd"]),
        .library(name: "UndocdPluginAPI", targets: ["PluginAPI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", exact: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", exact: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", exact: "2.13.0"),
        .package(url: "https://github.com/LebJe/TOMLKit.git", exact: "0.6.0"),
        .package(url: "https://github.com/swiftlang/swift-subprocess.git", exact: "1.0.2"),
        .package(url: "https://github.com/apple/swift-system.git", exact: "1.8.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", exact: "0.9.20"),
    ],
    targets: [
        // MARK: C libraries from Debian -dev packages
        .systemLibrary(name: "CSystemd", pkgConfig: "libsystemd", providers: [.apt(["libsystemd-dev"])]),
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(name: "COpenSSL", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"])]),
        // glibc's <malloc.h> (malloc_trim: returning free heap to the kernel): part of libc, nothing to link.
        .systemLibrary(name: "CMalloc"),

        // MARK: The plugin API: depends on nothing of the daemon
        .target(name: "PluginAPI", swiftSettings: strict),

        // MARK: Platform: the only module that imports Glibc and the C libraries
        .target(
            name: "Platform",
            dependencies: ["CSystemd", "CSQLite", "COpenSSL", "CMalloc", .product(name: "SystemPackage", package: "swift-system")],
            swiftSettings: strict
        ),

        // MARK: Intake: bytes → Document
        .target(
            name: "Intake",
            dependencies: [
                "PluginAPI", "Platform",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: strict
        ),

        // MARK: Shared reference data (States gazetteer) for the extractors
        .target(name: "Gazetteer", dependencies: ["PluginAPI", .product(name: "TOMLKit", package: "TOMLKit")], swiftSettings: strict),

        // MARK: Built-in extractor plugins (library targets, explicit paths)
        .target(name: "MetadataPlugin", dependencies: ["PluginAPI", "Gazetteer", "CitationsPlugin"], path: "Plugins/Metadata", swiftSettings: strict),
        .target(name: "CitationsPlugin", dependencies: ["PluginAPI"], path: "Plugins/Citations", swiftSettings: strict),
        .target(name: "SpeakersPlugin", dependencies: ["PluginAPI", "Gazetteer"], path: "Plugins/Speakers", swiftSettings: strict),
        .target(
            name: "TopicsPlugin",
            dependencies: ["PluginAPI", "Gazetteer", .product(name: "TOMLKit", package: "TOMLKit")],
            path: "Plugins/Topics",
            swiftSettings: strict
        ),

        // MARK: External (out-of-process) plugins
        .target(
            name: "ExternalPlugins",
            dependencies: [
                "PluginAPI", "Platform",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Subprocess", package: "swift-subprocess"),
                .product(name: "SystemPackage", package: "swift-system"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ],
            swiftSettings: strict
        ),

        // MARK: The one place where extractors are registered
        .target(
            name: "Registry",
            dependencies: [
                "PluginAPI", "Gazetteer", "MetadataPlugin", "CitationsPlugin", "SpeakersPlugin", "TopicsPlugin",
                "ExternalPlugins",
            ],
            swiftSettings: strict
        ),

        // MARK: The daemon's pipeline
        .target(
            name: "Core",
            dependencies: [
                "PluginAPI", "Platform", "Intake",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ],
            swiftSettings: strict
        ),

        // MARK: systemd integration (notify, watchdog, journal log handler)
        .target(
            name: "Systemd",
            dependencies: ["Core", "Platform", .product(name: "Logging", package: "swift-log")],
            swiftSettings: strict
        ),

        // MARK: Executables
        .executableTarget(
            name: "undocd",
            dependencies: [
                "Core", "Registry", "Systemd", "Intake", "PluginAPI", "ExternalPlugins",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "external-plugins-bench",
            dependencies: ["ExternalPlugins", "PluginAPI", .product(name: "Logging", package: "swift-log")],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "undocd-bench",
            dependencies: ["Core", "Registry", "Intake", "PluginAPI", "Platform", .product(name: "Logging", package: "swift-log")],
            swiftSettings: strict
        ),

        // MARK: Fuzzing harness: libFuzzer targets when scripts/fuzz.sh builds it with -sanitize=fuzzer,address
        // (and -DUNDOCD_LIBFUZZER); otherwise a replayer of saved inputs (Fuzz/regressions) used by ReliabilityTests.
        .executableTarget(
            name: "undocd-fuzz",
            dependencies: ["Intake", "PluginAPI", "Gazetteer", "MetadataPlugin", "CitationsPlugin", "SpeakersPlugin", "TopicsPlugin"],
            path: "Fuzz/Harness",
            swiftSettings: strict
        ),

        // MARK: Tests (Swift Testing)
        .testTarget(name: "PluginAPITests", dependencies: ["PluginAPI"], swiftSettings: strict),
        .testTarget(name: "IntakeTests", dependencies: ["Intake", "PluginAPI", "Platform"], swiftSettings: strict),
        .testTarget(name: "GazetteerTests", dependencies: ["Gazetteer", "PluginAPI"], swiftSettings: strict),
        .testTarget(name: "MetadataTests", dependencies: ["MetadataPlugin", "CitationsPlugin", "Intake", "Gazetteer", "PluginAPI"], swiftSettings: strict),
        .testTarget(name: "CitationsTests", dependencies: ["CitationsPlugin", "Intake", "PluginAPI"], swiftSettings: strict),
        .testTarget(name: "SpeakersTests", dependencies: ["SpeakersPlugin", "TopicsPlugin", "Intake", "Gazetteer", "PluginAPI"], swiftSettings: strict),
        .testTarget(name: "TopicsTests", dependencies: ["TopicsPlugin", "Intake", "Gazetteer", "PluginAPI"], swiftSettings: strict),
        .testTarget(name: "ExternalPluginsTests", dependencies: ["ExternalPlugins", "PluginAPI"], swiftSettings: strict),
        .testTarget(name: "CoreTests", dependencies: ["Core", "Registry", "Intake", "PluginAPI", "Platform"], swiftSettings: strict),
        .testTarget(name: "SystemdTests", dependencies: ["Systemd", "Core", "Platform", .product(name: "Logging", package: "swift-log")], swiftSettings: strict),
        .testTarget(name: "EndToEndTests", dependencies: ["Platform"], swiftSettings: strict),
        // Runs the built binaries (undocd, undocd-fuzz): small versions of the reliability scenarios here, the heavy
        // ones from scripts/reliability.sh (UNDOCD_RELIABILITY_SCALE).
        .testTarget(name: "ReliabilityTests", dependencies: ["Platform"], swiftSettings: strict),
    ]
)
