import ArgumentParser
import SitrepCore

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate the configuration, folders, permissions and inotify limits.")

    @OptionGroup var options: ConfigOptions

    func run() throws {
        let (config, source) = try options.resolve()
        let problems = HealthCheck.problems(config)
        for problem in problems { Console.out("problem: \(problem)") }
        if problems.isEmpty {
            Console.out(
                "ok: configuration \(source ?? "(defaults)"), inbox \(Path.absolute(config.inbox)), log \(Path.absolute(config.log))"
            )
            return
        }
        throw ExitCode(2)
    }
}
