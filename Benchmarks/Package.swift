// swift-tools-version: 6.1
import PackageDescription

// Benchmarks live in their own package so that the main build and CI do not pay for them.
let package = Package(
    name: "SitrepBenchmarks",
    dependencies: [.package(name: "sitrep", path: "../")],
    targets: [
        .target(name: "BenchKit", dependencies: [.product(name: "SitrepCore", package: "sitrep")]),
        .executableTarget(
            name: "ReadBench",
            dependencies: ["BenchKit", .product(name: "SitrepCore", package: "sitrep")]
        ),
        .executableTarget(
            name: "ReadSnapshot",
            dependencies: ["BenchKit", .product(name: "SitrepCore", package: "sitrep")]
        ),
        .executableTarget(
            name: "ExtractSnapshot",
            dependencies: ["BenchKit", .product(name: "SitrepCore", package: "sitrep")]
        ),
        .executableTarget(
            name: "DaemonBench",
            dependencies: ["BenchKit", .product(name: "SitrepCore", package: "sitrep")]
        ),
        .executableTarget(
            name: "ExtractBench",
            dependencies: ["BenchKit", .product(name: "SitrepCore", package: "sitrep")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
