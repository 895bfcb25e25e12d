/// Why a run folder's recorded data flows could not be read.
public enum DataFlowReadError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The folder has no `flows.json`: its scenario declares no recipients,
  /// no data policy and no flow expectations, or the run is older.
  case noFlows(folder: String)
  /// `flows.json` exists but is not what `glasshouse run` writes.
  case unreadable(path: String, reason: String)

  /// What went wrong and what to do.
  public var description: String {
    switch self {
    case .noFlows(let folder):
      return "\(folder) has no flows.json: the scenario declares no recipients or data policy "
        + "(add `recipients:` to it and run it again with `glasshouse run`)"
    case .unreadable(let path, let reason):
      return "\(path): not a flows file written by `glasshouse run` (\(reason)); run the scenario again"
    }
  }
}
