import ArgumentParser
import Datasets

/// Where a command's interactions come from: a MovieLens-layout file, or a
/// generated data set when no file is given.
struct InteractionSource: ParsableArguments {
  @Argument(help: "Interaction file: MovieLens u.data (tabs), ratings.csv (header, commas) or ratings.dat ('::'). Omit to generate one.")
  var file: String?

  @Option(name: .customLong("generate-users"), help: "Users of the generated data set.")
  var generatedUsers = 2_000

  @Option(name: .customLong("generate-items"), help: "Titles of the generated data set.")
  var generatedItems = 1_000

  @Option(name: .customLong("generate-interactions"), help: "Interactions of the generated data set.")
  var generatedInteractions = 60_000

  /// The generator used when no file is given.
  var generator: SyntheticInteractions {
    SyntheticInteractions(users: generatedUsers, items: generatedItems, interactions: generatedInteractions)
  }

  /// Reads or generates the interactions.
  func load() throws -> [Interaction] {
    guard let file else { return generator.generate() }
    do {
      return try InteractionReader.read(path: file)
    } catch {
      throw InputError(message: error.description)
    }
  }

  /// A one-line description of the source.
  var summary: String {
    file ?? "generated data (\(generatedUsers) users, \(generatedItems) titles, \(SyntheticInteractions(users: generatedUsers, items: generatedItems).groups) taste groups)"
  }
}

/// Bad input data: the message names the file, line and field; the command
/// prints it and exits with code 65 (EX_DATAERR).
struct InputError: Error, CustomStringConvertible {
  let message: String
  var description: String { message }
}

extension ParsableCommand {
  /// Runs `body`, turning an ``InputError`` into its message on standard
  /// error and exit code 65.
  func reportingInputErrors(_ body: () throws -> Void) throws {
    do {
      try body()
    } catch let error as InputError {
      FileHandleOutput.standardError("glasshouse: error: \(error.message)")
      throw ExitCode(65)
    }
  }
}
