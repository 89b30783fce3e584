// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Winnow",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Winnow", targets: ["Winnow"]),
        .executable(name: "winnow", targets: ["winnow"]),
    ],
    dependencies: [
        // The CLI's argument parsing; the library does not depend on it.
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
    ],
    targets: [
        // libxml2's HTML parser (and zlib, which libxml2 itself links) behind one shim header.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev", "zlib1g-dev"]), .brew(["libxml2"])]
        ),
        .target(
            name: "Winnow",
            dependencies: ["CLibXML2"]
        ),
        .executableTarget(
            name: "winnow",
            dependencies: [
                "Winnow",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Speed and memory measurements for Scripts/bench; not a product.
        .executableTarget(name: "winnow-bench", dependencies: ["Winnow"]),
        .testTarget(
            name: "WinnowTests",
            dependencies: ["Winnow"],
            // Pages in legacy encodings and gzip streams, written by Scripts/make-*-fixtures.
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "WinnowCLITests", dependencies: ["Winnow"]),
    ],
    swiftLanguageModes: [.v6]
)
