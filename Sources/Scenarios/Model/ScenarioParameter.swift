/// A value a scenario leaves to the command line, such as the folder of a
/// data set the user downloaded: declared under `parameters`, used as
/// `${name}` in file paths, given with `glasshouse run --param name=VALUE`.
public struct ScenarioParameter: Hashable, Sendable {
  /// The name used in `${name}`.
  public var name: String
  /// What to pass, for the message when it is missing.
  public var description: String
  /// Where it is declared.
  public var location: SourceLocation

  /// Creates a parameter.
  public init(name: String, description: String, location: SourceLocation) {
    self.name = name
    self.description = description
    self.location = location
  }
}
