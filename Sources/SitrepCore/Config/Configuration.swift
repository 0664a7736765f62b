import TOMLKit

/// What to do with an input once its records are durable (SPEC §2 `on_done`).
public enum OnDone: String, Sendable, CaseIterable {
    case move, delete
}

/// Sitrep's configuration (SPEC §2). Every key has a default; a TOML file and flags override.
public struct Configuration: Sendable, Equatable {
    public var inbox = "./sitrep-data/inbox"
    public var processed = "./sitrep-data/processed"
    public var failed = "./sitrep-data/failed"
    public var state = "./sitrep-data/state"
    public var log = "./sitrep-data/events.jsonl"
    public var onDone = OnDone.move
    public var maxBytes = 16 * 1024 * 1024
    public var settleMillis = 200
    public var rescanSeconds = 300
    /// Reading and extraction of one file past this is abandoned: `timeout` (SPEC §3).
    public var timeoutSeconds = 30
    public var rotateBytes: Int64 = 0
    public var emitText = false
    /// Gazetteer file; nil: found next to the binary (see ``GazetteerLocator``).
    public var gazetteer: String?

    public init() {}

    /// The system-wide file every subcommand reads when it exists and `--config` is not given.
    public static let systemPath = "/etc/sitrep/sitrep.toml"

    /// The keys, as written in TOML and as `--flag` names (with `-` for `_`).
    public static let keys = [
        "inbox", "processed", "failed", "state", "log", "on_done", "max_bytes", "settle_ms", "rescan_s",
        "timeout_s", "rotate_bytes", "emit_text", "gazetteer",
    ]

    /// Loads `path` (or the system file when it exists), over the defaults.
    public static func load(path: String?) throws(ConfigError) -> (Configuration, source: String?) {
        var config = Configuration()
        let file = path ?? (FS.exists(systemPath) ? systemPath : nil)
        guard let file else { return (config, nil) }
        let bytes: [UInt8]
        do {
            guard let read = try FS.readFile(file, limit: 1 << 20) else {
                throw ConfigError("configuration file \(file) does not exist")
            }
            bytes = read
        } catch let error as SystemError {
            throw ConfigError("cannot read configuration \(file): \(error.reason)")
        } catch let error as ConfigError {
            throw error
        } catch {
            throw ConfigError("cannot read configuration \(file)")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw ConfigError("\(file): not UTF-8 text")
        }
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch {
            throw ConfigError("\(file): \(error)")
        }
        for key in table.keys {
            guard let value = table[key] else { continue }
            try config.apply(key: key, value: value, origin: file)
        }
        return (config, file)
    }

    mutating func apply(key: String, value: any TOMLValueConvertible, origin: String) throws(ConfigError) {
        func string() throws(ConfigError) -> String {
            guard let s = value.string else { throw ConfigError("\(origin): \(key) must be a string") }
            return s
        }
        func int(min: Int, max: Int = 1 << 40) throws(ConfigError) -> Int {
            guard let i = value.int else { throw ConfigError("\(origin): \(key) must be an integer") }
            guard i >= min else { throw ConfigError("\(origin): \(key) must be at least \(min), not \(i)") }
            guard i <= max else { throw ConfigError("\(origin): \(key) must be at most \(max), not \(i)") }
            return i
        }
        switch key {
        case "inbox": inbox = try string()
        case "processed": processed = try string()
        case "failed": failed = try string()
        case "state": state = try string()
        case "log": log = try string()
        case "gazetteer": gazetteer = try string()
        case "on_done":
            let s = try string()
            guard let v = OnDone(rawValue: s) else {
                throw ConfigError("\(origin): on_done must be move or delete, not \(s)")
            }
            onDone = v
        case "max_bytes": maxBytes = try int(min: 1)
        case "settle_ms": settleMillis = try int(min: 0, max: 3_600_000)
        case "rescan_s": rescanSeconds = try int(min: 1, max: 86_400 * 365)
        case "timeout_s": timeoutSeconds = try int(min: 1, max: 86_400)
        case "rotate_bytes": rotateBytes = Int64(try int(min: 0))
        case "emit_text":
            guard let b = value.bool else { throw ConfigError("\(origin): emit_text must be true or false") }
            emitText = b
        default:
            throw ConfigError("\(origin): unknown key \(key) (known: \(Configuration.keys.joined(separator: ", ")))")
        }
    }

    /// Applies a `--flag value` override; same validation as the file.
    public mutating func override(key: String, with text: String) throws(ConfigError) {
        let value: any TOMLValueConvertible
        switch key {
        case "max_bytes", "settle_ms", "rescan_s", "timeout_s", "rotate_bytes":
            guard let i = Int(text) else {
                throw ConfigError("--\(key.replacing("_", with: "-")) takes an integer, not \(text)")
            }
            value = i
        case "emit_text":
            guard let b = Bool(text) else { throw ConfigError("--emit-text takes true or false, not \(text)") }
            value = b
        default: value = text
        }
        try apply(key: key, value: value, origin: "--\(key.replacing("_", with: "-"))")
    }

    /// The same configuration with every folder made absolute (the daemon's `moved_to`).
    public func absolutized() -> Configuration {
        var c = self
        c.inbox = Path.absolute(inbox)
        c.processed = Path.absolute(processed)
        c.failed = Path.absolute(failed)
        c.state = Path.absolute(state)
        c.log = Path.absolute(log)
        c.gazetteer = gazetteer.map(Path.absolute)
        return c
    }
}

extension Configuration {
    /// The event extractor with its gazetteer loaded, or a one-line reason it cannot be.
    public func makeExtractor() throws(ConfigError) -> RuleEventExtractor {
        guard let path = GazetteerLocator.locate(configured: gazetteer) else {
            throw ConfigError("no gazetteer found: set gazetteer = \"/path/to/gazetteer.tsv\" (or --gazetteer)")
        }
        do {
            return RuleEventExtractor(gazetteer: try Gazetteer(path: path))
        } catch {
            throw ConfigError(error.description)
        }
    }
}

/// A configuration problem: the one-line message says what and where.
public struct ConfigError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ message: String) { description = message }
}
