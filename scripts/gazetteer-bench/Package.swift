// swift-tools-version:6.1
// On-demand benchmark and inspection tool for the States gazetteer (not part of the default build): it
// compiles Sources/Gazetteer and Sources/PluginAPI (through symbolic links) in release mode, without the rest of undocd.
// Run: scripts/bench-gazetteer.sh   (or: scripts/bench-gazetteer.sh --show FILE… to list the matches)
import PackageDescription

let package = Package(
    name: "gazetteer-bench",
    platforms: [.macOS(.v15)],
    dependencies: [.package(url: "https://github.com/LebJe/TOMLKit.git", exact: "0.6.0")],
    targets: [
        .target(name: "PluginAPI"),
        .target(name: "Gazetteer", dependencies: ["PluginAPI", .product(name: "TOMLKit", package: "TOMLKit")]),
        .executableTarget(name: "gazetteer-bench", dependencies: ["Gazetteer"]),
    ]
)
