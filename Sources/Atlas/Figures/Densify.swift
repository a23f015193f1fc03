import GeoJSON

/// Adds vertices along straight (longitude/latitude) edges so that no step exceeds a given number of degrees.
///
/// ```swift
/// Densify.line([Position(lat: 0, lon: 0), Position(lat: 0, lon: 1)], maxStepDegrees: 0.25).count   // 5
/// ```
public enum Densify {
    public static func line(_ positions: [Position], maxStepDegrees: Double) -> [Position] {
        guard var previous = positions.first else { return [] }
        var out = [previous]
        for position in positions.dropFirst() {
            let span = max(abs(position.longitude - previous.longitude), abs(position.latitude - previous.latitude))
            let steps = Int((span / maxStepDegrees).rounded(.up))
            if steps > 1 {
                for step in 1..<steps {
                    let t = Double(step) / Double(steps)
                    out.append(Position(longitude: previous.longitude + (position.longitude - previous.longitude) * t,
                                        latitude: previous.latitude + (position.latitude - previous.latitude) * t))
                }
            }
            out.append(position)
            previous = position
        }
        return out
    }

    public static func geometry(_ geometry: GeoJSON.Geometry, maxStepDegrees: Double) -> GeoJSON.Geometry {
        switch geometry {
        case .point, .multiPoint: geometry
        case .lineString(let line): .lineString(self.line(line, maxStepDegrees: maxStepDegrees))
        case .multiLineString(let lines): .multiLineString(lines.map { self.line($0, maxStepDegrees: maxStepDegrees) })
        case .polygon(let rings): .polygon(rings.map { self.line($0, maxStepDegrees: maxStepDegrees) })
        case .multiPolygon(let polygons):
            .multiPolygon(polygons.map { $0.map { self.line($0, maxStepDegrees: maxStepDegrees) } })
        case .geometryCollection(let members):
            .geometryCollection(members.map { self.geometry($0, maxStepDegrees: maxStepDegrees) })
        }
    }
}

extension GeoJSON.Geometry {
    /// The same geometry with every position passed through `transform`.
    func mappingPositions<E: Error>(_ transform: (Position) throws(E) -> Position) throws(E) -> GeoJSON.Geometry {
        switch self {
        case .point(let p): return .point(try transform(p))
        case .multiPoint(let ps): return .multiPoint(try ps.mapTyped(transform))
        case .lineString(let ps): return .lineString(try ps.mapTyped(transform))
        case .multiLineString(let lines):
            var out: [[Position]] = []
            for line in lines { out.append(try line.mapTyped(transform)) }
            return .multiLineString(out)
        case .polygon(let rings):
            var out: [[Position]] = []
            for ring in rings { out.append(try ring.mapTyped(transform)) }
            return .polygon(out)
        case .multiPolygon(let polygons):
            var out: [[[Position]]] = []
            for polygon in polygons {
                var rings: [[Position]] = []
                for ring in polygon { rings.append(try ring.mapTyped(transform)) }
                out.append(rings)
            }
            return .multiPolygon(out)
        case .geometryCollection(let members):
            var out: [GeoJSON.Geometry] = []
            for member in members { out.append(try member.mappingPositions(transform)) }
            return .geometryCollection(out)
        }
    }
}

extension Array where Element == Position {
    fileprivate func mapTyped<E: Error>(_ transform: (Position) throws(E) -> Position) throws(E) -> [Position] {
        var out: [Position] = []
        out.reserveCapacity(count)
        for position in self { out.append(try transform(position)) }
        return out
    }
}
