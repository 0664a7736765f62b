import Glibc

/// A failed system call: which call, on what, and the `errno` it returned.
public struct SystemError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The name of the call, e.g. `"openat"`.
    public var call: String
    /// The path or object the call worked on, when there is one.
    public var subject: String?
    /// The `errno` value.
    public var errno: Int32

    public init(call: String, subject: String? = nil, errno: Int32) {
        self.call = call
        self.subject = subject
        self.errno = errno
    }

    /// `strerror(3)` text for `errno`.
    public var reason: String { String(cString: strerror(errno)) }

    public var description: String {
        if let subject { return "\(call) \(subject): \(reason) (errno \(errno))" }
        return "\(call): \(reason) (errno \(errno))"
    }

    /// True for "the disk is full" (`ENOSPC`, `EDQUOT`): the daemon pauses instead of failing.
    public var isNoSpace: Bool { errno == ENOSPC || errno == EDQUOT }
}

/// Runs a system call, retrying on `EINTR`, and turns `-1` into a ``SystemError``.
///
/// Every syscall in Sitrep goes through here (the pattern of swift-nio's `syscall(blocking:)`),
/// so that interrupted calls never surface as errors and every failure names its call.
@inline(__always)
@discardableResult
func syscall<T: FixedWidthInteger>(
    _ name: String, _ subject: @autoclosure () -> String? = nil, _ body: () -> T
) throws(SystemError) -> T {
    while true {
        let result = body()
        if result != -1 { return result }
        let code = Glibc.errno
        if code == EINTR { continue }
        throw SystemError(call: name, subject: subject(), errno: code)
    }
}
