import CGEOS
import GeoJSON

/// Copying positions into and out of GEOS coordinate sequences.
enum CoordinateSequence {
    /// Throws `.invalidCoordinate` for the first NaN or infinite longitude, latitude or altitude.
    static func requireFinite(_ positions: [Position]) throws(GEOSError) {
        for position in positions where !isFinite(position) {
            throw .invalidCoordinate(position)
        }
    }

    static func isFinite(_ position: Position) -> Bool {
        position.longitude.isFinite && position.latitude.isFinite && (position.altitude?.isFinite ?? true)
    }

    /// A new coordinate sequence owned by the caller; 3D only when every position has an altitude.
    static func make(_ positions: [Position], in context: GEOSContext) throws(GEOSError) -> OpaquePointer {
        let hasZ = !positions.isEmpty && positions.allSatisfy { $0.altitude != nil }
        var buffer: [Double] = []
        buffer.reserveCapacity(positions.count * (hasZ ? 3 : 2))
        for position in positions {
            buffer.append(position.longitude)
            buffer.append(position.latitude)
            if hasZ { buffer.append(position.altitude ?? 0) }
        }
        let sequence = buffer.withUnsafeBufferPointer {
            GEOSCoordSeq_copyFromBuffer_r(context.handle, $0.baseAddress, UInt32(positions.count), hasZ ? 1 : 0, 0)
        }
        return try context.check(sequence, "GEOSCoordSeq_copyFromBuffer_r")
    }

    /// The positions of a sequence GEOS owns (not freed here). A NaN altitude means "no altitude".
    static func positions(of sequence: OpaquePointer, in context: GEOSContext) throws(GEOSError) -> [Position] {
        var size: UInt32 = 0
        var dimensions: UInt32 = 0
        guard GEOSCoordSeq_getSize_r(context.handle, sequence, &size) != 0,
              GEOSCoordSeq_getDimensions_r(context.handle, sequence, &dimensions) != 0
        else { throw context.failure("GEOSCoordSeq_getSize_r") }
        let stride = dimensions >= 3 ? 3 : 2
        var buffer = [Double](repeating: .nan, count: Int(size) * stride)
        let copied = buffer.withUnsafeMutableBufferPointer {
            GEOSCoordSeq_copyToBuffer_r(context.handle, sequence, $0.baseAddress, stride == 3 ? 1 : 0, 0)
        }
        guard copied != 0 else { throw context.failure("GEOSCoordSeq_copyToBuffer_r") }
        return (0..<Int(size)).map { index in
            let base = index * stride
            let altitude = stride == 3 ? buffer[base + 2] : .nan
            return Position(
                longitude: buffer[base], latitude: buffer[base + 1], altitude: altitude.isNaN ? nil : altitude)
        }
    }
}
