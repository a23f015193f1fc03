import CGEOS

/// One GEOS context handle (`GEOSContextHandle_t`) plus the last message GEOS reported through it.
///
/// Not `Sendable` on purpose: a context is only ever reached through the `Mutex` of the `Geometry` or
/// `PreparedGeometry` that owns it, or by the one thread that has just created it.
final class GEOSContext {
    let handle: GEOSContextHandle_t
    /// The last error GEOS reported through this context since `clearMessages()`.
    fileprivate(set) var lastError: String?
    /// The last notice (non-fatal message) GEOS reported through this context.
    fileprivate(set) var lastNotice: String?

    init() throws(GEOSError) {
        guard let handle = GEOS_init_r() else { throw .contextUnavailable }
        self.handle = handle
        // The context outlives every call made through it, so an unretained pointer to `self` is valid
        // whenever GEOS calls back; the handlers run synchronously on the calling thread.
        let userData = Unmanaged.passUnretained(self).toOpaque()
        _ = GEOSContext_setErrorMessageHandler_r(handle, { message, userData in
            guard let userData else { return }
            let context = Unmanaged<GEOSContext>.fromOpaque(userData).takeUnretainedValue()
            context.lastError = message.map { String(cString: $0) } ?? "unknown GEOS error"
        }, userData)
        _ = GEOSContext_setNoticeMessageHandler_r(handle, { message, userData in
            guard let userData else { return }
            let context = Unmanaged<GEOSContext>.fromOpaque(userData).takeUnretainedValue()
            context.lastNotice = message.map { String(cString: $0) }
        }, userData)
    }

    deinit {
        finishGEOS_r(handle)
    }

    func clearMessages() {
        lastError = nil
        lastNotice = nil
    }

    /// The error for a failed call named `operation`, with GEOS's message if it left one.
    func failure(_ operation: String) -> GEOSError {
        defer { clearMessages() }
        return .operationFailed(operation: operation, message: lastError ?? "GEOS returned no result")
    }

    /// Unwraps a geometry pointer returned by GEOS, or throws GEOS's message.
    func check(_ result: OpaquePointer?, _ operation: String) throws(GEOSError) -> OpaquePointer {
        guard let result else { throw failure(operation) }
        return result
    }

    /// Interprets a GEOS predicate result (0 false, 1 true, 2 exception).
    func predicate(_ result: CChar, _ operation: String) throws(GEOSError) -> Bool {
        switch result {
        case 0: return false
        case 1: return true
        default: throw failure(operation)
        }
    }

    /// Copies and frees a string GEOS allocated (`GEOSFree_r`).
    func takeString(_ pointer: UnsafeMutablePointer<CChar>?, _ operation: String) throws(GEOSError) -> String {
        guard let pointer else { throw failure(operation) }
        defer { GEOSFree_r(handle, pointer) }
        return String(cString: pointer)
    }
}
