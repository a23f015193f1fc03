import CGEOS

/// Exclusive ownership of one `GEOSGeometry*` together with the context it was created in.
///
/// Lives inside the `Mutex` of a `Geometry`; destroying the handle destroys the GEOS geometry, then
/// (when the last reference goes) the context.
///
/// Sendable because it is non-copyable and its pointers are stored nowhere else: like a moved
/// `unique_ptr`, exactly one owner can use it at a time. (Region-based checking alone cannot see that two
/// pointers borrowed under two held locks may be passed to one C call, hence `@unchecked`.)
struct GeometryHandle: ~Copyable, @unchecked Sendable {
    let context: GEOSContext
    let pointer: OpaquePointer

    deinit {
        GEOSGeom_destroy_r(context.handle, pointer)
    }
}
