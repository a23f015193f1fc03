/// What can go wrong when building or running a ``CoordinateTransformer``.
///
/// Every case that comes from PROJ carries PROJ's own message, so a user sees why PROJ refused.
public enum ProjError: Error, Equatable, Sendable, CustomStringConvertible {
    /// PROJ could not allocate a threading context.
    case contextCreationFailed
    /// PROJ did not recognise the CRS definition (an unknown EPSG code, a malformed PROJ string or WKT).
    case unknownCRS(definition: String, message: String)
    /// The definition parsed, but describes something other than a coordinate reference system.
    case notACRS(definition: String)
    /// A bare name matched a CRS by a partial name search (PROJ resolves "foo" to "Amersfoort"); we refuse to guess.
    case ambiguousCRSName(definition: String, resolvedName: String)
    /// PROJ found no operation between the two CRSs.
    case transformerCreationFailed(source: String, target: String, message: String)
    /// An input coordinate was NaN or infinite; PROJ was not called. `index` is the position in a bulk call.
    case nonFiniteInput(index: Int?, x: Double, y: Double)
    /// PROJ could not transform a coordinate (outside the projection's domain, for example).
    case transformFailed(index: Int?, message: String)

    public var description: String {
        switch self {
        case .contextCreationFailed:
            "PROJ could not create a context"
        case .unknownCRS(let definition, let message):
            "unknown CRS \"\(definition)\": \(message)"
        case .notACRS(let definition):
            "\"\(definition)\" is not a coordinate reference system"
        case .ambiguousCRSName(let definition, let resolvedName):
            "\"\(definition)\" is not an exact CRS name (PROJ would pick \"\(resolvedName)\"); use an AUTHORITY:CODE"
        case .transformerCreationFailed(let source, let target, let message):
            "no transformation from \"\(source)\" to \"\(target)\": \(message)"
        case .nonFiniteInput(let index, let x, let y):
            "non-finite coordinate (\(x), \(y))" + (index.map { " at index \($0)" } ?? "")
        case .transformFailed(let index, let message):
            "transformation failed" + (index.map { " at index \($0)" } ?? "") + ": \(message)"
        }
    }
}
