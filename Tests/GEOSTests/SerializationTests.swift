import GEOS
import Testing

@Suite("WKT and WKB")
struct SerializationTests {
    @Test("WKT written by GEOS reads back to an exactly equal geometry")
    func wktRoundTrip() throws {
        let original = try Geometry(wkt: "POLYGON((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 2 3, 3 3, 2 2))")
        let text = try original.wkt()
        #expect(text.hasPrefix("POLYGON"))
        #expect(try Geometry(wkt: text).equalsExact(original))
    }

    @Test("WKB bytes and hex read back to an exactly equal geometry, Z included")
    func wkbRoundTrip() throws {
        let original = try Geometry(wkt: "LINESTRING Z (0.1 0.2 5, 1.5 2.5 7, -3.25 4 9)")
        #expect(try Geometry(wkb: original.wkb()).equalsExact(original))
        #expect(try Geometry(wkb: original.wkb()).wkt() == original.wkt())
        let hex = try original.wkbHex()
        #expect(try Geometry(wkbHex: hex).equalsExact(original))
        #expect(try Geometry(wkbHex: hex).wkb() == original.wkb())
    }

    @Test("A known point has the known little-endian WKB")
    func knownWKB() throws {
        #expect(try Geometry(wkt: "POINT(1 2)").wkbHex() == "0101000000000000000000F03F0000000000000040")
    }

    @Test("Malformed WKT is a parse error carrying GEOS's own message")
    func malformedWKT() throws {
        do {
            _ = try Geometry(wkt: "POLYGON((0 0, 1 0, 1 1")
            Issue.record("malformed WKT was accepted")
        } catch GEOSError.parse(let message) {
            #expect(message.contains("ParseException"))
        }
    }

    @Test("Truncated WKB is a parse error")
    func truncatedWKB() throws {
        let bytes = try Array(Geometry(wkt: "POINT(1 2)").wkb().prefix(9))
        #expect {
            try Geometry(wkb: bytes)
        } throws: { error in
            guard case GEOSError.parse(let message) = error else { return false }
            return !message.isEmpty
        }
    }
}
