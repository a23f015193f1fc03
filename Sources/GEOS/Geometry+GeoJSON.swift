import CGEOS
import GeoJSON

/// The GeoJSON geometry value type (spelled out because this module has its own `Geometry`).
public typealias GeoJSONGeometry = GeoJSON.Geometry

extension Geometry {
    /// Builds a GEOS geometry from a GeoJSON geometry. Longitude becomes x, latitude y, altitude z (z
    /// only when every position of a line or ring has one). Empty coordinate arrays give empty geometries.
    ///
    /// Everything is checked before GEOS sees it.
    /// - Throws: `GEOSError.invalidCoordinate` (NaN or infinite), `.unclosedRing`, `.tooFewPositions`
    ///   (a line with 1 position, a ring with fewer than 4).
    public convenience init(_ geoJSON: GeoJSONGeometry) throws {
        try GeoJSONReader.validate(geoJSON)
        let context = try GEOSContext()
        let pointer = try GeoJSONReader.build(geoJSON, in: context)
        self.init(owning: GeometryHandle(context: context, pointer: pointer))
    }

    /// This geometry as a GeoJSON value. A LinearRing becomes a LineString.
    /// - Throws: `GEOSError.emptyGeometry` for an empty Point (RFC 7946 has no empty Point); empty
    ///   Points inside a MultiPoint are skipped.
    public func geoJSON() throws -> GeoJSONGeometry {
        try withHandle { context, pointer in try GeoJSONWriter.convert(pointer, in: context) }
    }
}

/// GeoJSON → GEOS: validation first, then construction with careful ownership.
enum GeoJSONReader {
    static func validate(_ geometry: GeoJSONGeometry) throws(GEOSError) {
        switch geometry {
        case .point(let position):
            try CoordinateSequence.requireFinite([position])
        case .multiPoint(let positions):
            try CoordinateSequence.requireFinite(positions)
        case .lineString(let line):
            try validateLine(line)
        case .multiLineString(let lines):
            for line in lines { try validateLine(line) }
        case .polygon(let rings):
            try validatePolygon(rings)
        case .multiPolygon(let polygons):
            for rings in polygons { try validatePolygon(rings) }
        case .geometryCollection(let members):
            for member in members { try validate(member) }
        }
    }

    private static func validateLine(_ line: [Position]) throws(GEOSError) {
        try CoordinateSequence.requireFinite(line)
        if line.count == 1 { throw .tooFewPositions(kind: "LineString", count: 1, minimum: 2) }
    }

    private static func validatePolygon(_ rings: [[Position]]) throws(GEOSError) {
        for ring in rings {
            try CoordinateSequence.requireFinite(ring)
            guard ring.count >= 4 else { throw .tooFewPositions(kind: "LinearRing", count: ring.count, minimum: 4) }
            if let first = ring.first, let last = ring.last,
               first.longitude != last.longitude || first.latitude != last.latitude {
                throw .unclosedRing(first: first, last: last)
            }
        }
    }

    /// A new GEOS geometry owned by the caller. On failure nothing is leaked.
    static func build(_ geometry: GeoJSONGeometry, in context: GEOSContext) throws(GEOSError) -> OpaquePointer {
        let handle = context.handle
        switch geometry {
        case .point(let position):
            let sequence = try CoordinateSequence.make([position], in: context)
            return try context.check(GEOSGeom_createPoint_r(handle, sequence), "GEOSGeom_createPoint_r")
        case .multiPoint(let positions):
            return try collection(GEOS_MULTIPOINT, positions.map { .point($0) }, in: context)
        case .lineString(let line):
            if line.isEmpty {
                return try context.check(GEOSGeom_createEmptyLineString_r(handle), "GEOSGeom_createEmptyLineString_r")
            }
            let sequence = try CoordinateSequence.make(line, in: context)
            return try context.check(GEOSGeom_createLineString_r(handle, sequence), "GEOSGeom_createLineString_r")
        case .multiLineString(let lines):
            return try collection(GEOS_MULTILINESTRING, lines.map { .lineString($0) }, in: context)
        case .polygon(let rings):
            return try polygon(rings, in: context)
        case .multiPolygon(let polygons):
            return try collection(GEOS_MULTIPOLYGON, polygons.map { .polygon($0) }, in: context)
        case .geometryCollection(let members):
            return try collection(GEOS_GEOMETRYCOLLECTION, members, in: context)
        }
    }

    private static func ring(_ positions: [Position], in context: GEOSContext) throws(GEOSError) -> OpaquePointer {
        let sequence = try CoordinateSequence.make(positions, in: context)
        // Takes ownership of the sequence, also when it fails.
        return try context.check(GEOSGeom_createLinearRing_r(context.handle, sequence), "GEOSGeom_createLinearRing_r")
    }

    private static func polygon(_ rings: [[Position]], in context: GEOSContext) throws(GEOSError) -> OpaquePointer {
        guard let exterior = rings.first else {
            return try context.check(GEOSGeom_createEmptyPolygon_r(context.handle), "GEOSGeom_createEmptyPolygon_r")
        }
        var built: [OpaquePointer?] = []
        do {
            built.append(try ring(exterior, in: context))
            for hole in rings.dropFirst() { built.append(try ring(hole, in: context)) }
        } catch {
            for ring in built { GEOSGeom_destroy_r(context.handle, ring) }
            throw error
        }
        // GEOSGeom_createPolygon_r takes ownership of the shell and every hole (the array stays ours).
        var holes = Array(built.dropFirst())
        let polygon = holes.withUnsafeMutableBufferPointer {
            GEOSGeom_createPolygon_r(context.handle, built[0], $0.baseAddress, UInt32($0.count))
        }
        return try context.check(polygon, "GEOSGeom_createPolygon_r")
    }

    private static func collection(
        _ type: GEOSGeomTypes, _ members: [GeoJSONGeometry], in context: GEOSContext
    ) throws(GEOSError) -> OpaquePointer {
        let typeID = Int32(type.rawValue)
        if members.isEmpty {
            return try context.check(
                GEOSGeom_createEmptyCollection_r(context.handle, typeID), "GEOSGeom_createEmptyCollection_r")
        }
        var built: [OpaquePointer?] = []
        do {
            for member in members { built.append(try build(member, in: context)) }
        } catch {
            for member in built { GEOSGeom_destroy_r(context.handle, member) }
            throw error
        }
        // GEOSGeom_createCollection_r takes ownership of the members (the array stays ours).
        let collection = built.withUnsafeMutableBufferPointer {
            GEOSGeom_createCollection_r(context.handle, typeID, $0.baseAddress, UInt32($0.count))
        }
        return try context.check(collection, "GEOSGeom_createCollection_r")
    }
}

/// GEOS → GeoJSON: reads through borrowed pointers; nothing here is freed.
enum GeoJSONWriter {
    static func convert(_ pointer: OpaquePointer, in context: GEOSContext) throws(GEOSError) -> GeoJSONGeometry {
        let handle = context.handle
        let typeID = GEOSGeomTypeId_r(handle, pointer)
        let empty = GEOSisEmpty_r(handle, pointer) == 1
        switch UInt32(bitPattern: typeID) {
        case GEOS_POINT.rawValue:
            if empty { throw .emptyGeometry(operation: "GeoJSON Point") }
            return .point(try line(pointer, in: context)[0])
        case GEOS_LINESTRING.rawValue, GEOS_LINEARRING.rawValue:
            return .lineString(empty ? [] : try line(pointer, in: context))
        case GEOS_POLYGON.rawValue:
            return .polygon(try rings(pointer, in: context))
        case GEOS_MULTIPOINT.rawValue:
            var positions: [Position] = []
            for member in try members(pointer, in: context) {
                positions.append(contentsOf: try line(member, in: context))
            }
            return .multiPoint(positions)
        case GEOS_MULTILINESTRING.rawValue:
            return .multiLineString(try members(pointer, in: context).map { member throws(GEOSError) in
                try line(member, in: context)
            })
        case GEOS_MULTIPOLYGON.rawValue:
            return .multiPolygon(try members(pointer, in: context).map { member throws(GEOSError) in
                try rings(member, in: context)
            })
        case GEOS_GEOMETRYCOLLECTION.rawValue:
            return .geometryCollection(try members(pointer, in: context).map { member throws(GEOSError) in
                try convert(member, in: context)
            })
        default:
            throw context.failure("GEOSGeomTypeId_r")
        }
    }

    /// The positions of a Point, LineString or LinearRing.
    private static func line(_ pointer: OpaquePointer, in context: GEOSContext) throws(GEOSError) -> [Position] {
        if GEOSisEmpty_r(context.handle, pointer) == 1 { return [] }
        let sequence = try context.check(GEOSGeom_getCoordSeq_r(context.handle, pointer), "GEOSGeom_getCoordSeq_r")
        return try CoordinateSequence.positions(of: sequence, in: context)
    }

    private static func rings(_ polygon: OpaquePointer, in context: GEOSContext) throws(GEOSError) -> [[Position]] {
        if GEOSisEmpty_r(context.handle, polygon) == 1 { return [] }
        let handle = context.handle
        let exterior = try context.check(GEOSGetExteriorRing_r(handle, polygon), "GEOSGetExteriorRing_r")
        var result = [try line(exterior, in: context)]
        let holeCount = GEOSGetNumInteriorRings_r(handle, polygon)
        guard holeCount >= 0 else { throw context.failure("GEOSGetNumInteriorRings_r") }
        for index in 0..<holeCount {
            let hole = try context.check(GEOSGetInteriorRingN_r(handle, polygon, index), "GEOSGetInteriorRingN_r")
            result.append(try line(hole, in: context))
        }
        return result
    }

    private static func members(_ pointer: OpaquePointer, in context: GEOSContext) throws(GEOSError) -> [OpaquePointer] {
        let count = GEOSGetNumGeometries_r(context.handle, pointer)
        guard count >= 0 else { throw context.failure("GEOSGetNumGeometries_r") }
        var result: [OpaquePointer] = []
        for index in 0..<count {
            result.append(try context.check(GEOSGetGeometryN_r(context.handle, pointer, index), "GEOSGetGeometryN_r"))
        }
        return result
    }
}
