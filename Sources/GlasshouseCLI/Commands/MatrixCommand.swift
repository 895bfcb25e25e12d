import ArgumentParser

/// `glasshouse matrix`: the interaction matrix, handed to other engines.
struct MatrixCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "matrix",
    abstract: "Hand the interaction matrix to another factorization engine (Spark MLlib's ALS).",
    discussion: """
      `glasshouse matrix export` writes the matrix as CSV files Spark reads \
      directly; `Tools/spark/train_als.py` trains Spark's ALS on them and \
      writes factors that `glasshouse evaluate ranking --factors-from` and \
      `glasshouse run --factors-from` load. See Tools/spark/README.md.
      """,
    subcommands: [MatrixExportCommand.self])
}
