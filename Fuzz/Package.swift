// swift-tools-version: 6.1
import PackageDescription

// libFuzzer targets live in their own package, built with the fuzzer and address sanitizers
// (`scripts/fuzz.sh`, README "Fuzzing"); plain `swift build` of the main package does not build
// them. One target per input format the reader takes (issue 3), one for the whole pipeline and one for the log recovery (issue 5).
let formats = ["TextFuzz", "MarkdownFuzz", "HTMLFuzz", "JSONFuzz", "JSONLinesFuzz", "ArticleFuzz", "LogRecoveryFuzz"]

let package = Package(
    name: "SitrepFuzz",
    dependencies: [.package(name: "sitrep", path: "../")],
    targets: [
        .target(name: "FuzzSupport", dependencies: [.product(name: "SitrepCore", package: "sitrep")])
    ]
        + formats.map {
            .executableTarget(
                name: $0, dependencies: ["FuzzSupport", .product(name: "SitrepCore", package: "sitrep")])
        },
    swiftLanguageModes: [.v6]
)
