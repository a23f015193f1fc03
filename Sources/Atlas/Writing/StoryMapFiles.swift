import GeoJSON

/// The files of a story map: one per layer (`venues.geojson` … or `.geojsons`) and `summary.json`, written as one
/// batch so that an existing output folder is never left half-written.
///
/// ```swift
/// let written = try StoryMapFiles.write(map, to: "Output", format: .geojson)
/// ```
public enum StoryMapFiles {
    public static let summaryFileName = "summary.json"

    /// File names and contents, in layer order, then the summary.
    public static func render(_ map: StoryMap, format: LayerFormat, precision: Int = 6) -> [(name: String, contents: String)] {
        let writer = GeoJSONWriter(precision: precision)
        var files: [(name: String, contents: String)] = map.layers.map { layer in
            let text = format == .geojson ? writer.string(layer.collection) : writer.textSequence(layer.collection.features)
            return ("\(layer.name.rawValue).\(format.fileExtension)", text)
        }
        files.append((summaryFileName, SummaryJSON.text(map.summary)))
        return files
    }

    /// Writes every file into `directory` (which must exist) with `AtomicFileWriter.writeBatch`, then removes layer
    /// files of either format that this run did not produce (an `occupied.geojson` left by another story), so the
    /// folder holds this story only. Returns the paths written.
    @discardableResult
    public static func write(_ map: StoryMap, to directory: String, format: LayerFormat) throws(FileWriteError) -> [String] {
        let files = render(map, format: format)
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        let paths = files.map { prefix + $0.name }
        try AtomicFileWriter.writeBatch(zip(paths, files).map { (path: $0, contents: $1.contents) })
        let kept = Set(files.map(\.name))
        for layer in LayerName.allCases {
            for other in LayerFormat.allCases {
                let name = "\(layer.rawValue).\(other.fileExtension)"
                if !kept.contains(name) { StaleFile.remove(prefix + name) }
            }
        }
        return paths
    }
}
