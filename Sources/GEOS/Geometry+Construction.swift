import CGEOS

/// Operations that build a new geometry from one geometry.
extension Geometry {
    /// All points within `distance` (coordinate units) of this geometry; a negative distance shrinks
    /// polygons. `quadrantSegments` line segments approximate each quarter circle.
    /// - Throws: `GEOSError.invalidParameter` if `distance` is not finite.
    public func buffer(distance: Double, quadrantSegments: Int = 8) throws -> Geometry {
        guard distance.isFinite else { throw GEOSError.invalidParameter(name: "distance", value: distance) }
        let segments = Int32(clamping: max(1, quadrantSegments))
        return try unary("GEOSBuffer_r") { context, pointer in GEOSBuffer_r(context, pointer, distance, segments) }
    }

    /// Douglas-Peucker simplification that keeps topology (no new self-intersections, holes stay
    /// inside), removing detail smaller than `tolerance` (coordinate units).
    /// - Throws: `GEOSError.invalidParameter` if `tolerance` is not finite.
    public func simplified(tolerance: Double) throws -> Geometry {
        guard tolerance.isFinite else { throw GEOSError.invalidParameter(name: "tolerance", value: tolerance) }
        return try unary("GEOSTopologyPreserveSimplify_r") { context, pointer in
            GEOSTopologyPreserveSimplify_r(context, pointer, tolerance)
        }
    }

    /// A valid geometry covering the same points (a bow-tie polygon becomes a MultiPolygon of two
    /// triangles); already-valid geometries come back unchanged.
    public func makeValid() throws -> Geometry {
        try unary("GEOSMakeValid_r", GEOSMakeValid_r)
    }

    /// The bounding rectangle as a Polygon (a Point for a single point, empty for an empty geometry).
    public func envelope() throws -> Geometry {
        try unary("GEOSEnvelope_r", GEOSEnvelope_r)
    }

    /// The centre of mass (of the highest-dimension members), as a Point; it may lie outside the shape.
    public func centroid() throws -> Geometry {
        try unary("GEOSGetCentroid_r", GEOSGetCentroid_r)
    }

    /// A Point guaranteed to lie in the interior of the geometry.
    public func pointOnSurface() throws -> Geometry {
        try unary("GEOSPointOnSurface_r", GEOSPointOnSurface_r)
    }

    /// The line work, fully noded: lines split at every intersection, shared segments merged.
    public func noded() throws -> Geometry {
        try unary("GEOSNode_r", GEOSNode_r)
    }

    /// Lines joined end to end where they meet, as a (Multi)LineString.
    public func lineMerged() throws -> Geometry {
        try unary("GEOSLineMerge_r", GEOSLineMerge_r)
    }

    /// The same geometry in GEOS's normal form (ordered members, rings starting at their lowest vertex
    /// with a fixed orientation), so that `equalsExact` compares shapes rather than vertex order.
    public func normalized() throws -> Geometry {
        try withHandle { _, pointer in
            try Geometry.produce("GEOSNormalize_r") { context in
                guard let copy = GEOSGeom_clone_r(context, pointer) else { return nil }
                guard GEOSNormalize_r(context, copy) == 0 else {
                    GEOSGeom_destroy_r(context, copy)
                    return nil
                }
                return copy
            }
        }
    }

    /// The polygons formed by the line work of `geometries` (which should be noded, e.g. with
    /// `noded()`), as a GeometryCollection of Polygons.
    ///
    /// ```swift
    /// // the four edges of the unit square plus one diagonal → two triangles
    /// ```
    public static func polygonize(_ geometries: [Geometry]) throws -> Geometry {
        try Geometry.withHandles(of: geometries) { pointers in
            try Geometry.produce("GEOSPolygonize_r") { context in
                let borrowed: [OpaquePointer?] = pointers
                return borrowed.withUnsafeBufferPointer {
                    GEOSPolygonize_r(context, $0.baseAddress, UInt32($0.count))
                }
            }
        }
    }
}
