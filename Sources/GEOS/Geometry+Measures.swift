import CGEOS
import GeoJSON

/// Planar measures and structural queries. Measures are in coordinate units (square units for area).
extension Geometry {
    /// Planar area in square coordinate units (0 for points and lines).
    public func area() throws -> Double {
        try withHandle { context, pointer in
            var value = 0.0
            guard GEOSArea_r(context.handle, pointer, &value) != 0 else { throw context.failure("GEOSArea_r") }
            return value
        }
    }

    /// Planar length in coordinate units (the perimeter for polygons).
    public func length() throws -> Double {
        try withHandle { context, pointer in
            var value = 0.0
            guard GEOSLength_r(context.handle, pointer, &value) != 0 else { throw context.failure("GEOSLength_r") }
            return value
        }
    }

    /// The smallest planar distance between the two geometries (0 if they intersect).
    public func distance(to other: Geometry) throws -> Double {
        try withHandles(other) { context, mine, theirs in
            var value = 0.0
            guard GEOSDistance_r(context.handle, mine, theirs, &value) != 0 else {
                throw context.failure("GEOSDistance_r")
            }
            return value
        }
    }

    /// The closest pair of points: the first on `self`, the second on `other`.
    /// - Throws: `GEOSError.emptyGeometry` if either geometry is empty.
    public func nearestPoints(to other: Geometry) throws -> (Position, Position) {
        try withHandles(other) { context, mine, theirs in
            if GEOSisEmpty_r(context.handle, mine) == 1 || GEOSisEmpty_r(context.handle, theirs) == 1 {
                throw GEOSError.emptyGeometry(operation: "nearestPoints")
            }
            let sequence = try context.check(GEOSNearestPoints_r(context.handle, mine, theirs), "GEOSNearestPoints_r")
            defer { GEOSCoordSeq_destroy_r(context.handle, sequence) }
            let points = try CoordinateSequence.positions(of: sequence, in: context)
            guard points.count == 2 else { throw context.failure("GEOSNearestPoints_r") }
            return (points[0], points[1])
        }
    }

    /// True for an empty geometry (no points at all).
    public func isEmpty() throws -> Bool {
        try withHandle { context, pointer in try context.predicate(GEOSisEmpty_r(context.handle, pointer), "GEOSisEmpty_r") }
    }

    /// True if the geometry is valid in the OGC sense (no self-intersections, holes inside shells, …).
    public func isValid() throws -> Bool {
        try withHandle { context, pointer in try context.predicate(GEOSisValid_r(context.handle, pointer), "GEOSisValid_r") }
    }

    /// GEOS's explanation of validity: "Valid Geometry", or the problem and where it is
    /// (for example "Self-intersection[0.5 0.5]").
    public func validityReason() throws -> String {
        try withHandle { context, pointer in
            try context.takeString(GEOSisValidReason_r(context.handle, pointer), "GEOSisValidReason_r")
        }
    }

    /// The OGC type name: "Point", "LineString", "LinearRing", "Polygon", "MultiPoint",
    /// "MultiLineString", "MultiPolygon" or "GeometryCollection".
    public func typeName() throws -> String {
        try withHandle { context, pointer in try context.takeString(GEOSGeomType_r(context.handle, pointer), "GEOSGeomType_r") }
    }

    /// The number of members of a collection; 1 for a single geometry.
    public func numberOfGeometries() throws -> Int {
        try withHandle { context, pointer in
            let count = GEOSGetNumGeometries_r(context.handle, pointer)
            guard count >= 0 else { throw context.failure("GEOSGetNumGeometries_r") }
            return Int(count)
        }
    }

    /// A copy of member `index` of a collection (index 0 of a single geometry is a copy of it).
    /// - Throws: `GEOSError.indexOutOfRange`.
    public func geometry(at index: Int) throws -> Geometry {
        try withHandle { context, pointer in
            let count = Int(GEOSGetNumGeometries_r(context.handle, pointer))
            guard index >= 0, index < count else { throw GEOSError.indexOutOfRange(index: index, count: count) }
            let member = try context.check(GEOSGetGeometryN_r(context.handle, pointer, Int32(index)), "GEOSGetGeometryN_r")
            return try Geometry.produce("GEOSGeom_clone_r") { fresh in GEOSGeom_clone_r(fresh, member) }
        }
    }

    /// The number of vertices, over all members and rings (closing vertices counted).
    public func coordinateCount() throws -> Int {
        try withHandle { context, pointer in
            let count = GEOSGetNumCoordinates_r(context.handle, pointer)
            guard count >= 0 else { throw context.failure("GEOSGetNumCoordinates_r") }
            return Int(count)
        }
    }

    /// The bounding box in coordinate units, or nil for an empty geometry.
    public func extent() throws -> Extent? {
        try withHandle { context, pointer in
            if GEOSisEmpty_r(context.handle, pointer) == 1 { return nil }
            var box = Extent(minX: 0, minY: 0, maxX: 0, maxY: 0)
            guard GEOSGeom_getXMin_r(context.handle, pointer, &box.minX) != 0,
                  GEOSGeom_getYMin_r(context.handle, pointer, &box.minY) != 0,
                  GEOSGeom_getXMax_r(context.handle, pointer, &box.maxX) != 0,
                  GEOSGeom_getYMax_r(context.handle, pointer, &box.maxY) != 0
            else { throw context.failure("GEOSGeom_getXMin_r") }
            return box
        }
    }
}

/// An axis-aligned bounding box in coordinate units (x = longitude, y = latitude for GeoJSON input).
public struct Extent: Hashable, Sendable {
    public var minX: Double
    public var minY: Double
    public var maxX: Double
    public var maxY: Double

    public init(minX: Double, minY: Double, maxX: Double, maxY: Double) {
        self.minX = minX
        self.minY = minY
        self.maxX = maxX
        self.maxY = maxY
    }

    /// True if (x, y) lies inside or on the box.
    public func contains(x: Double, y: Double) -> Bool {
        x >= minX && x <= maxX && y >= minY && y <= maxY
    }
}
