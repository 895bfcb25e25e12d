import ArgumentParser

/// The `glasshouse` command: see what a streaming platform infers from
/// behaviour.
@main
struct Glasshouse: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "glasshouse",
    abstract: "See what a streaming platform's personalization core infers from behaviour.",
    discussion: """
      Exit codes: 0 success; 1 a run finished but a check failed; 64 bad \
      command-line usage (also an output path that is one of the inputs: \
      --rejects, --out or --write-sample naming an input file, a link to \
      it, or a folder holding it; and an output folder replaced as a whole \
      that is not an earlier output); 65 bad input data (the message names \
      file, line and field); 74 an output cannot be written; 130 and 143 \
      interrupted by SIGINT or SIGTERM (staging folders removed).
      """,
    subcommands: [
      RunCommand.self, FactorizeCommand.self, EvaluateCommand.self, ValidateCommand.self, ExportCommand.self, ExplainCommand.self, WhatIfCommand.self,
      MatrixCommand.self,
      ImportCommand.self,
    ])

  /// Picks the right OpenBLAS kernels, then parses and runs the command.
  static func main() {
    OpenBLASKernel.restartWithBetterKernelIfNeeded()
    main(nil)
  }
}
