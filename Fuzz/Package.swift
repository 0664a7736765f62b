// swift-tools-version: 6.1
import PackageDescription

// libFuzzer targets live in their own package, built with the fuzzer and address sanitizers
// (see README "Fuzzing"); plain `swift build` of the main package does not build them.
let package = Package(
    name: "SitrepFuzz",
    dependencies: [.package(name: "sitrep", path: "../")],
    targets: [
        .executableTarget(
            name: "ArticleFuzz",
            dependencies: [.product(name: "SitrepCore", package: "sitrep")]
        )
    ],
    swiftLanguageModes: [.v6]
)
