import ArgumentParser
import SitrepCore

/// `--config` and one flag per configuration key (SPEC §1–2), shared by every subcommand.
struct ConfigOptions: ParsableArguments {
    @Option(help: "Configuration file (default: /etc/sitrep/sitrep.toml when it exists).")
    var config: String?
    @Option(help: "Inbox folder.") var inbox: String?
    @Option(help: "Folder for ingested inputs.") var processed: String?
    @Option(help: "Folder for rejected inputs.") var failed: String?
    @Option(help: "State folder (lock, checkpoint).") var state: String?
    @Option(help: "Event log file.") var log: String?
    @Option(name: .customLong("on-done"), help: "move or delete ingested inputs.") var onDone: String?
    @Option(name: .customLong("max-bytes"), help: "Largest input accepted, in bytes.") var maxBytes: String?
    @Option(name: .customLong("settle-ms"), help: "Quiet time after a close-write before reading.") var settleMs:
        String?
    @Option(name: .customLong("rescan-s"), help: "Seconds between full inbox scans.") var rescanS: String?
    @Option(name: .customLong("timeout-s"), help: "Seconds one file's reading and extraction may take.")
    var timeoutS: String?
    @Option(name: .customLong("rotate-bytes"), help: "Rotate the log at this size (0: off).") var rotateBytes: String?
    @Option(name: .customLong("emit-text"), help: "true to add the body text to article records.") var emitText: String?
    @Option(help: "Gazetteer file (default: found beside the binary).") var gazetteer: String?

    /// The effective configuration, or exit 2 with the reason.
    func resolve() throws -> (Configuration, String?) {
        do {
            var (config, source) = try Configuration.load(path: self.config)
            let flags: [(String, String?)] = [
                ("inbox", inbox), ("processed", processed), ("failed", failed), ("state", state), ("log", log),
                ("on_done", onDone), ("max_bytes", maxBytes), ("settle_ms", settleMs), ("rescan_s", rescanS),
                ("timeout_s", timeoutS), ("rotate_bytes", rotateBytes), ("emit_text", emitText),
                ("gazetteer", gazetteer),
            ]
            for (key, value) in flags {
                if let value { try config.override(key: key, with: value) }
            }
            return (config, source)
        } catch {
            Console.error("sitrep: \(error)")
            throw ExitCode(2)
        }
    }
}
