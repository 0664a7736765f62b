// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "sitrep",
    products: [
        .executable(name: "sitrep", targets: ["sitrep"]),
        .library(name: "SitrepCore", targets: ["SitrepCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CSystemd",
            pkgConfig: "libsystemd",
            providers: [.apt(["libsystemd-dev"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(name: "CSitrepLinux"),
        .target(name: "CSitrepHTML", dependencies: ["CLibXML2"]),
        .target(
            name: "SitrepCore",
            dependencies: [
                "CSystemd",
                "CSitrepLinux",
                "CSitrepHTML",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Collections", package: "swift-collections"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        .executableTarget(
            name: "sitrep",
            dependencies: [
                "SitrepCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "SitrepTestSupport",
            dependencies: ["SitrepCore"],
            path: "Tests/SitrepTestSupport"
        ),
        .testTarget(
            name: "SitrepCoreTests",
            dependencies: ["SitrepCore", "SitrepTestSupport", "CSitrepHTML"]
        ),
        .testTarget(
            name: "SitrepDaemonTests",
            dependencies: ["SitrepCore", "SitrepTestSupport", "sitrep"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
