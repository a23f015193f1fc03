// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "NewsMap",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "newsmap", targets: ["newsmap"]),
        .library(name: "Atlas", targets: ["Atlas"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // C libraries, touched only by Proj and GEOS.
        .systemLibrary(name: "CProj", pkgConfig: "proj", providers: [.apt(["libproj-dev"])]),
        .systemLibrary(name: "CGEOS", pkgConfig: "geos", providers: [.apt(["libgeos-dev"])]),

        // The stack, bottom to top: nothing imports a module above it.
        .target(name: "GeoJSON"),
        .target(name: "Proj", dependencies: ["CProj", "GeoJSON"]),
        .target(name: "GEOS", dependencies: ["CGEOS", "GeoJSON"]),
        .target(name: "Gazetteer", dependencies: ["GeoJSON", "Proj", "GEOS"]),
        .target(name: "Geoparser", dependencies: ["Gazetteer"]),
        .target(name: "Atlas", dependencies: ["Geoparser", "Gazetteer", "GEOS", "Proj", "GeoJSON"]),
        .executableTarget(
            name: "newsmap",
            dependencies: ["Atlas", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(
            name: "newsmap-bench",
            dependencies: ["Atlas", "GEOS", "Proj", "CProj", "CGEOS"],
            path: "Benchmarks/NewsMapBench"
        ),

        .testTarget(name: "GeoJSONTests", dependencies: ["GeoJSON"]),
        .testTarget(name: "ProjTests", dependencies: ["Proj"]),
        .testTarget(name: "GEOSTests", dependencies: ["GEOS"]),
        .testTarget(name: "GazetteerTests", dependencies: ["Gazetteer"]),
        .testTarget(name: "GeoparserTests", dependencies: ["Geoparser"]),
        .testTarget(name: "AtlasTests", dependencies: ["Atlas"]),
        .testTarget(name: "NewsMapCLITests", dependencies: ["newsmap"]),
    ],
    swiftLanguageModes: [.v6]
)
