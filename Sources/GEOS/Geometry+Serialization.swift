import CGEOS

extension Geometry {
    /// Reads Well-Known Text, e.g. `POLYGON((0 0, 1 0, 1 1, 0 0))`.
    /// - Throws: `GEOSError.parse` with GEOS's parser message for malformed text.
    public convenience init(wkt: String) throws {
        let context = try GEOSContext()
        guard let reader = GEOSWKTReader_create_r(context.handle) else { throw context.failure("GEOSWKTReader_create_r") }
        defer { GEOSWKTReader_destroy_r(context.handle, reader) }
        guard let pointer = GEOSWKTReader_read_r(context.handle, reader, wkt) else {
            throw GEOSError.parse(context.lastError ?? "GEOS could not read the WKT")
        }
        self.init(owning: GeometryHandle(context: context, pointer: pointer))
    }

    /// Reads Well-Known Binary (either byte order; ISO or extended WKB with Z).
    /// - Throws: `GEOSError.parse` with GEOS's message for truncated or malformed bytes.
    public convenience init(wkb: [UInt8]) throws {
        let context = try GEOSContext()
        guard let reader = GEOSWKBReader_create_r(context.handle) else { throw context.failure("GEOSWKBReader_create_r") }
        defer { GEOSWKBReader_destroy_r(context.handle, reader) }
        let pointer = wkb.withUnsafeBufferPointer {
            GEOSWKBReader_read_r(context.handle, reader, $0.baseAddress, $0.count)
        }
        guard let pointer else { throw GEOSError.parse(context.lastError ?? "GEOS could not read the WKB") }
        self.init(owning: GeometryHandle(context: context, pointer: pointer))
    }

    /// Reads hexadecimal Well-Known Binary (as PostGIS prints it), upper or lower case.
    /// - Throws: `GEOSError.parse` with GEOS's message.
    public convenience init(wkbHex: String) throws {
        let context = try GEOSContext()
        guard let reader = GEOSWKBReader_create_r(context.handle) else { throw context.failure("GEOSWKBReader_create_r") }
        defer { GEOSWKBReader_destroy_r(context.handle, reader) }
        let bytes = Array(wkbHex.utf8)
        let pointer = bytes.withUnsafeBufferPointer {
            GEOSWKBReader_readHEX_r(context.handle, reader, $0.baseAddress, $0.count)
        }
        guard let pointer else { throw GEOSError.parse(context.lastError ?? "GEOS could not read the hex WKB") }
        self.init(owning: GeometryHandle(context: context, pointer: pointer))
    }

    /// Well-Known Text with full precision and no trailing zeros; Z is written when present.
    public func wkt() throws -> String {
        try withHandle { context, pointer in
            guard let writer = GEOSWKTWriter_create_r(context.handle) else {
                throw context.failure("GEOSWKTWriter_create_r")
            }
            defer { GEOSWKTWriter_destroy_r(context.handle, writer) }
            GEOSWKTWriter_setTrim_r(context.handle, writer, 1)
            GEOSWKTWriter_setRoundingPrecision_r(context.handle, writer, -1)
            GEOSWKTWriter_setOutputDimension_r(context.handle, writer, 3)
            return try context.takeString(GEOSWKTWriter_write_r(context.handle, writer, pointer), "GEOSWKTWriter_write_r")
        }
    }

    /// Well-Known Binary in little-endian byte order; Z is written when present.
    public func wkb() throws -> [UInt8] {
        try withHandle { context, pointer in
            guard let writer = GEOSWKBWriter_create_r(context.handle) else {
                throw context.failure("GEOSWKBWriter_create_r")
            }
            defer { GEOSWKBWriter_destroy_r(context.handle, writer) }
            GEOSWKBWriter_setByteOrder_r(context.handle, writer, Int32(GEOS_WKB_NDR.rawValue))
            GEOSWKBWriter_setOutputDimension_r(context.handle, writer, 3)
            var size = 0
            guard let bytes = GEOSWKBWriter_write_r(context.handle, writer, pointer, &size) else {
                throw context.failure("GEOSWKBWriter_write_r")
            }
            defer { GEOSFree_r(context.handle, bytes) }
            return Array(UnsafeBufferPointer(start: bytes, count: size))
        }
    }

    /// Well-Known Binary as upper-case hexadecimal text (the bytes of ``wkb()``, little-endian).
    public func wkbHex() throws -> String {
        let digits = Array("0123456789ABCDEF".utf8)
        var text: [UInt8] = []
        let bytes = try wkb()
        text.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
