import ArgumentParser
import CSitrepLinux
import Logging
import SitrepCore

struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the daemon in the foreground (systemd runs it this way).")

    @OptionGroup var options: ConfigOptions

    func run() throws {
        // Before any thread exists, so that every thread inherits the blocked mask and the
        // signals reach only the daemon's signalfd.
        _ = sitrep_block_signals()
        let (config, source) = try options.resolve()
        LoggingSystem.bootstrap { JournalLogHandler(label: $0) }
        let logger = Logger(label: "sitrep")
        let extractor: RuleEventExtractor
        do { extractor = try config.makeExtractor() } catch {
            logger.critical("\(error.description)", metadata: .message(.fatal))
            throw ExitCode(2)
        }
        let daemon = Daemon(config: config, configPath: source, logger: logger, extractor: extractor)
        do {
            try daemon.run()
        } catch {
            logger.critical("\(error.description)", metadata: .message(.fatal))
            throw ExitCode(error.code)
        }
    }
}
