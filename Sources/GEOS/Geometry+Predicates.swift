import CGEOS

/// Spatial predicates (DE-9IM based, planar). Each throws `GEOSError.operationFailed` with GEOS's message
/// if GEOS raises an exception.
extension Geometry {
    /// True if no point of `other` lies outside `self` and their interiors share at least one point.
    public func contains(_ other: Geometry) throws -> Bool { try relate(other, "GEOSContains_r", GEOSContains_r) }
    /// True if the two geometries share at least one point (boundary included).
    public func intersects(_ other: Geometry) throws -> Bool { try relate(other, "GEOSIntersects_r", GEOSIntersects_r) }
    /// True if `self` contains-wise lies in `other` (`other.contains(self)`).
    public func within(_ other: Geometry) throws -> Bool { try relate(other, "GEOSWithin_r", GEOSWithin_r) }
    /// True if no point of `other` lies outside `self` (boundary points count as inside).
    public func covers(_ other: Geometry) throws -> Bool { try relate(other, "GEOSCovers_r", GEOSCovers_r) }
    /// True if the geometries share no point.
    public func disjoint(_ other: Geometry) throws -> Bool { try relate(other, "GEOSDisjoint_r", GEOSDisjoint_r) }
    /// Topological equality: the same point set, whatever the vertex order or start point.
    public func equals(_ other: Geometry) throws -> Bool { try relate(other, "GEOSEquals_r", GEOSEquals_r) }

    /// Structural equality: same type and vertices in the same order, each within `tolerance`
    /// (coordinate units).
    public func equalsExact(_ other: Geometry, tolerance: Double = 0) throws -> Bool {
        try withHandles(other) { context, mine, theirs in
            try context.predicate(GEOSEqualsExact_r(context.handle, mine, theirs, tolerance), "GEOSEqualsExact_r")
        }
    }

    private func relate(
        _ other: Geometry, _ name: String,
        _ call: (GEOSContextHandle_t?, OpaquePointer?, OpaquePointer?) -> CChar
    ) throws -> Bool {
        try withHandles(other) { context, mine, theirs in
            try context.predicate(call(context.handle, mine, theirs), name)
        }
    }
}
