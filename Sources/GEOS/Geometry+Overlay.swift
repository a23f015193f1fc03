import CGEOS

/// Overlay operations. Each returns a new geometry; GEOS's exceptions (for example a
/// TopologyException on invalid input) become `GEOSError.operationFailed` with GEOS's message.
extension Geometry {
    /// The points shared by both geometries.
    public func intersection(_ other: Geometry) throws -> Geometry {
        try binary(other, "GEOSIntersection_r", GEOSIntersection_r)
    }

    /// The points in either geometry.
    public func union(_ other: Geometry) throws -> Geometry {
        try binary(other, "GEOSUnion_r", GEOSUnion_r)
    }

    /// The points of `self` that are not in `other`.
    public func difference(_ other: Geometry) throws -> Geometry {
        try binary(other, "GEOSDifference_r", GEOSDifference_r)
    }

    /// The points in exactly one of the two geometries.
    public func symmetricDifference(_ other: Geometry) throws -> Geometry {
        try binary(other, "GEOSSymDifference_r", GEOSSymDifference_r)
    }

    /// The union of all members of this geometry (dissolves a collection of overlapping polygons).
    public func unaryUnion() throws -> Geometry {
        try unary("GEOSUnaryUnion_r", GEOSUnaryUnion_r)
    }
}
