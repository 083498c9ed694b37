// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Playbook",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "playbook", targets: ["playbook"]),
        .library(name: "PlaybookKit", targets: ["PlaybookKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .systemLibrary(name: "CSystemShims"),
        // The executable's allocator on Linux: linked before the C library, its malloc and free
        // serve every allocation, the Swift runtime's too (docs/PERFORMANCE.md, "The
        // allocator"). Debian's libmimalloc-dev has no pkg-config file, so SwiftPM cannot name
        // the package when the header is missing; `make` installs it.
        .systemLibrary(name: "CMimalloc"),
        .target(
            name: "PlaybookKit",
            dependencies: [
                "CCmarkGFM",
                "CSystemShims",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "FlyingFox", package: "FlyingFox"),
                .product(name: "FlyingSocks", package: "FlyingFox"),
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        // The shipped playbook is the example `playbook init` copies: the target's path is the
        // repository root so the bundle holds the very files `make site` builds from.
        .target(
            name: "PlaybookExample",
            path: ".",
            exclude: ["Sources/CCmarkGFM", "Sources/CMimalloc", "Sources/CSystemShims", "Sources/PlaybookKit", "Sources/playbook", "Tests", "docs", "README.md", "Makefile"],
            sources: ["Sources/PlaybookExample"],
            resources: [.copy("playbook.yml"), .copy("content"), .copy("site-templates")]
        ),
        .executableTarget(
            name: "playbook",
            dependencies: [
                "PlaybookKit",
                "PlaybookExample",
                .target(name: "CMimalloc", condition: .when(platforms: [.linux])),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "PlaybookKitTests",
            dependencies: ["PlaybookKit"],
            exclude: ["Fixtures"]
        ),
    ]
)
