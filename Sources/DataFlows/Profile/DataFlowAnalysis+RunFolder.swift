import Foundation

extension DataFlowAnalysis {
  /// The file in a run folder the flows are written to.
  public static let fileName = "flows.json"

  /// The flows `glasshouse run` recorded in a run folder's `flows.json`
  /// (the per-persona flows and the linkages; not the full views).
  ///
  /// - Throws: ``DataFlowReadError/noFlows(folder:)`` when the folder has
  ///   no `flows.json`, ``DataFlowReadError/unreadable(path:reason:)`` when
  ///   it cannot be decoded.
  public static func read(runFolder folder: String) throws(DataFlowReadError) -> DataFlowAnalysis {
    let url = URL(fileURLWithPath: folder).appendingPathComponent(fileName)
    guard FileManager.default.fileExists(atPath: url.path) else { throw .noFlows(folder: folder) }
    struct File: Decodable { let flows: DataFlowAnalysis }
    do {
      return try JSONDecoder().decode(File.self, from: Data(contentsOf: url)).flows
    } catch {
      throw .unreadable(path: url.path, reason: "\(error)")
    }
  }
}
