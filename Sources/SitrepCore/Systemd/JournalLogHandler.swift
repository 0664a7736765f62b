import CSystemd
import Glibc
import Logging
import Synchronization

/// The message classes of the journal, each with its fixed `MESSAGE_ID` (SPEC §8), so that
/// `journalctl MESSAGE_ID=…` finds every instance of one kind of message.
public enum MessageClass: String, Sendable, CaseIterable {
    case started, ingested, rejected, duplicate, logRotated, diskFull, stopping, fatal, recovered, warning, reloaded

    public var messageID: String {
        switch self {
        case .started: "5d3a8f6b1c0e4a7f9b2d6e8c4a1f3b70"
        case .ingested: "8b1f0c6e2d4a4e9bb7c3f5a1d9e2c481"
        case .rejected: "c2e7a4d91b3f4c08a6e5d7b2f1c9a392"
        case .duplicate: "1f9c3e7a5b2d4f60b8a4c6e2d0f7b5a3"
        case .logRotated: "a6d2f8c4e0b14d7391f5a7c3e9b1d264"
        case .diskFull: "e4b8c2a6f0d243e5a9c7b1f3d5e8a075"
        case .stopping: "3c7e1a9f5d2b48c6a0e4f8b2d6c1a957"
        case .fatal: "f0a4c8e2b6d143a7958c3e1f7b9d2a68"
        case .recovered: "7e2c9a5f1b3d4e86a2c0f4b8d6e1a379"
        case .warning: "9d5b1f7c3a0e42d8b6f2a4c8e0d3b516"
        case .reloaded: "b3f7d1a5c9e04b62a8d4f0c6e2b7a183"
        }
    }
}

extension Logger.Metadata {
    /// Metadata naming the message class; the journal handler turns it into `MESSAGE_ID`.
    public static func message(_ kind: MessageClass, _ extra: Logger.Metadata = [:]) -> Logger.Metadata {
        var m = extra
        m["message_id"] = .string(kind.messageID)
        return m
    }
}

/// A swift-log handler for a daemon: native journal entries through `sd_journal_sendv` when
/// stderr is connected to the journal (`JOURNAL_STREAM`), plain lines on stderr otherwise.
public struct JournalLogHandler: LogHandler {
    public var metadata: Logger.Metadata = [:]
    public var logLevel: Logger.Level = .info
    public let label: String
    let toJournal: Bool

    public init(label: String, forceStderr: Bool = false) {
        self.label = label
        self.toJournal = !forceStderr && JournalLogHandler.stderrIsJournal()
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    /// True when systemd connected stderr to the journal: `JOURNAL_STREAM=dev:ino` matches fd 2.
    static func stderrIsJournal() -> Bool {
        guard let env = getenv("JOURNAL_STREAM") else { return false }
        let parts = String(cString: env).split(separator: ":")
        guard parts.count == 2, let dev = UInt64(parts[0]), let ino = UInt64(parts[1]) else { return false }
        var st = stat()
        guard fstat(2, &st) == 0 else { return false }
        return UInt64(st.st_dev) == dev && UInt64(st.st_ino) == ino
    }

    static func priority(_ level: Logger.Level) -> Int {
        switch level {
        case .trace, .debug: 7
        case .info: 6
        case .notice: 5
        case .warning: 4
        case .error: 3
        case .critical: 2
        }
    }

    /// Journal field names are `[A-Z0-9_]+`, not starting with `_`: other keys are mapped.
    static func fieldName(_ key: String) -> String {
        var out = ""
        for scalar in key.unicodeScalars {
            switch scalar {
            case "a"..."z": out.unicodeScalars.append(Unicode.Scalar(scalar.value - 32)!)
            case "A"..."Z", "0"..."9": out.unicodeScalars.append(scalar)
            default: out.append("_")
            }
        }
        while out.hasPrefix("_") { out.removeFirst() }
        return out.isEmpty ? "FIELD" : out
    }

    public func log(event: LogEvent) {
        var merged = metadata
        if let extra = event.metadata { merged.merge(extra) { _, new in new } }
        if toJournal {
            var fields: [String] = [
                "MESSAGE=\(event.message)", "PRIORITY=\(Self.priority(event.level))", "SYSLOG_IDENTIFIER=sitrep",
                "CODE_FILE=\(event.file)", "CODE_LINE=\(event.line)", "CODE_FUNC=\(event.function)",
            ]
            for (key, value) in merged { fields.append("\(Self.fieldName(key))=\(value)") }
            Self.send(fields)
        } else {
            var line = "\(Clock.rfc3339(millis: Clock.nowMillis())) \(event.level) \(event.message)"
            for (key, value) in merged.sorted(by: { $0.key < $1.key }) where key != "message_id" {
                line += " \(key)=\(value)"
            }
            line += "\n"
            _ = line.utf8CString.withUnsafeBufferPointer { Glibc.write(2, $0.baseAddress, $0.count - 1) }
        }
    }

    static func send(_ fields: [String]) {
        var storage: [UInt8] = []
        var ranges: [Range<Int>] = []
        for field in fields {
            let start = storage.count
            storage.append(contentsOf: field.utf8)
            ranges.append(start..<storage.count)
        }
        storage.withUnsafeMutableBytes { raw in
            guard let base = raw.baseAddress else { return }
            let iovecs = ranges.map { iovec(iov_base: base + $0.lowerBound, iov_len: $0.count) }
            _ = iovecs.withUnsafeBufferPointer { sd_journal_sendv($0.baseAddress, Int32($0.count)) }
        }
    }
}
