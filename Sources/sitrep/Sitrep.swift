import ArgumentParser
import SitrepCore

@main
struct Sitrep: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sitrep",
        abstract: "Turns news articles dropped in an inbox into a durable JSON Lines event log.",
        version: SitrepVersion.current,
        subcommands: [Run.self, Parse.self, Tail.self, Stats.self, Check.self, Timex.self]
    )
}
