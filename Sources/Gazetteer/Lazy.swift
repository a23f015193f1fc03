import Synchronization

/// A value built on first use and kept; the first caller builds it while holding the lock, later callers read it.
final class Lazy<Value: Sendable>: Sendable {
    private let storage = Mutex<Value?>(nil)

    func value(_ make: () throws -> Value) rethrows -> Value {
        try storage.withLock { stored -> Value in
            if let stored { return stored }
            let made = try make()
            stored = made
            return made
        }
    }
}
