import GeoJSON

/// `boundaries.bin`: polygons stored once each, decoded on demand (layout in Scripts/geodata/binary_format.py).
struct BoundaryFile: Sendable {
    static let magic = Array("NMBND001".utf8)

    let file: MappedFile
    let count: Int
    private let dataStart: Int

    init(file: MappedFile) throws {
        self.file = file
        let bytes = file.bytes
        func corrupt(_ reason: String) -> GazetteerError { .corruptFile(path: file.path, reason: reason) }
        guard bytes.count >= 16, Array(bytes[0..<8]) == Self.magic else { throw corrupt("not a NewsMap boundary file (bad magic)") }
        guard bytes.u32(8) == GazetteerFile.formatVersion else { throw corrupt("format version \(bytes.u32(8))") }
        count = Int(bytes.u32(12))
        dataStart = 16 + 4 * (count + 1)
        guard count < 1 << 24, dataStart <= bytes.count else { throw corrupt("offset table runs past the end") }
        var previous: UInt32 = 0
        for i in 0...count {
            let offset = bytes.u32(16 + 4 * i)
            guard offset >= previous, Int(offset) <= bytes.count - dataStart else { throw corrupt("geometry \(i) runs past the end") }
            previous = offset
        }
    }

    private func range(of index: Int) -> Range<Int> {
        let bytes = file.bytes
        return dataStart + Int(bytes.u32(16 + 4 * index))..<dataStart + Int(bytes.u32(16 + 4 * (index + 1)))
    }

    /// Geometry `index` as GeoJSON: a Polygon when it has one part, else a MultiPolygon.
    func geometry(_ index: Int) throws -> GeoJSON.Geometry {
        var reader = VarintReader(bytes: file.bytes, range: range(of: index), path: file.path)
        var polygons: [PolygonCoordinates] = []
        let polygonCount = try reader.count()
        polygons.reserveCapacity(polygonCount)
        for _ in 0..<polygonCount {
            let ringCount = try reader.count()
            var rings: [[Position]] = []
            rings.reserveCapacity(ringCount)
            for _ in 0..<ringCount {
                let pointCount = try reader.count()
                var ring: [Position] = []
                ring.reserveCapacity(pointCount)
                var x = 0, y = 0
                for _ in 0..<pointCount {
                    x += try reader.signed()
                    y += try reader.signed()
                    ring.append(Position(longitude: Double(x) / 1e5, latitude: Double(y) / 1e5))
                }
                rings.append(ring)
            }
            polygons.append(rings)
        }
        return polygons.count == 1 ? .polygon(polygons[0]) : .multiPolygon(polygons)
    }

    /// The bounding box of geometry `index` in degrees, read without building positions.
    func extent(_ index: Int) throws -> (minLongitude: Double, minLatitude: Double, maxLongitude: Double, maxLatitude: Double) {
        var reader = VarintReader(bytes: file.bytes, range: range(of: index), path: file.path)
        var minX = Int.max, minY = Int.max, maxX = Int.min, maxY = Int.min
        for _ in 0..<(try reader.count()) {
            for _ in 0..<(try reader.count()) {
                var x = 0, y = 0
                for _ in 0..<(try reader.count()) {
                    x += try reader.signed()
                    y += try reader.signed()
                    minX = min(minX, x); maxX = max(maxX, x)
                    minY = min(minY, y); maxY = max(maxY, y)
                }
            }
        }
        guard minX <= maxX else { return (0, 0, -1, -1) }
        return (Double(minX) / 1e5, Double(minY) / 1e5, Double(maxX) / 1e5, Double(maxY) / 1e5)
    }
}

/// Reads LEB128 varints (and zigzag-encoded signed ones) from a byte range, throwing at its end.
struct VarintReader {
    let bytes: UnsafeRawBufferPointer
    var position: Int
    let end: Int
    let path: String

    init(bytes: UnsafeRawBufferPointer, range: Range<Int>, path: String) {
        self.bytes = bytes
        position = range.lowerBound
        end = range.upperBound
        self.path = path
    }

    mutating func unsigned() throws -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard position < end, shift < 64 else { throw GazetteerError.corruptFile(path: path, reason: "truncated geometry") }
            let byte = bytes[position]
            position += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte & 0x80 == 0 { return value }
            shift += 7
        }
    }

    /// A count of following items; bounded by the bytes left, so a corrupt count cannot allocate wildly.
    mutating func count() throws -> Int {
        let value = try unsigned()
        guard value <= UInt64(end - position) else { throw GazetteerError.corruptFile(path: path, reason: "geometry count past the end") }
        return Int(value)
    }

    mutating func signed() throws -> Int {
        let value = try unsigned()
        return Int(bitPattern: UInt(value >> 1)) ^ -Int(value & 1)
    }
}
