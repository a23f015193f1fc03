/// What can go wrong reading input or scoring; every case names the file and says what to fix.
public enum GeoparserError: Error, Sendable, Equatable, CustomStringConvertible {
    case cannotOpen(path: String, reason: String)
    case readFailed(path: String, reason: String)
    /// A line of a JSONL file that a whole-file reader (gold corpus, predictions) cannot use.
    case invalidLine(path: String, line: Int, reason: String)
    case duplicateDocument(path: String, id: String)
    /// The temporary file a long document's output waits in could not be made, written or read back.
    case temporaryFile(reason: String)

    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason): "cannot open \(path): \(reason)"
        case .readFailed(let path, let reason): "cannot read \(path): \(reason)"
        case .invalidLine(let path, let line, let reason): "\(path):\(line): \(reason)"
        case .duplicateDocument(let path, let id): "\(path): document id '\(id)' appears more than once"
        case .temporaryFile(let reason): "temporary file for the output: \(reason)"
        }
    }
}
