import CProj

/// One PROJ threading context (`PJ_CONTEXT`) and the last error message PROJ logged on it.
///
/// Owns the context and destroys it in `deinit`. Not Sendable: a PROJ context must never be used by two threads
/// at once, so each ``CoordinateTransformer`` owns its own.
final class ProjContext {
    let handle: OpaquePointer
    private let log: ProjLogCapture

    init() throws(ProjError) {
        guard let handle = proj_context_create() else { throw .contextCreationFailed }
        self.handle = handle
        self.log = ProjLogCapture()
        proj_log_level(handle, PJ_LOG_ERROR)
        proj_log_func(handle, Unmanaged.passUnretained(log).toOpaque(), projLogCallback)
        proj_context_set_enable_network(handle, 0)
    }

    deinit {
        // Detach the callback before the capture object goes away, then free the context.
        proj_log_func(handle, nil, nil)
        proj_context_destroy(handle)
    }

    /// Forgets any earlier message, so the next one read belongs to the next call.
    func clearMessage() { log.lastMessage = nil }

    /// The best description PROJ offers for a failure: the logged message, else the text for `errno`.
    func message(errno: Int32) -> String {
        if let logged = log.lastMessage { return logged }
        if errno != 0, let text = proj_context_errno_string(handle, errno) { return String(cString: text) }
        return "PROJ reported no message"
    }
}

/// Receives PROJ's log lines for one context.
final class ProjLogCapture {
    var lastMessage: String?
}

/// PROJ's log callback: stores the message in the context's ``ProjLogCapture``.
private func projLogCallback(_ data: UnsafeMutableRawPointer?, _ level: Int32, _ message: UnsafePointer<CChar>?) {
    guard let data, let message else { return }
    let capture = Unmanaged<ProjLogCapture>.fromOpaque(data).takeUnretainedValue()
    capture.lastMessage = String(cString: message)
}
