import ArgumentParser
import Foundation

/// `--param name=VALUE` options: values for a scenario's `parameters`
/// (`${name}` in its file paths).
enum ScenarioParameterValues {
  /// The values by name.
  ///
  /// - Throws: `ValidationError` for an option that is not `name=VALUE` or
  ///   gives a name twice.
  static func parse(_ options: [String]) throws -> [String: String] {
    var values: [String: String] = [:]
    for option in options {
      guard let equals = option.firstIndex(of: "="), equals != option.startIndex else {
        throw ValidationError("--param must be name=VALUE (for example --param ratings=../shared/data/ml-latest-small), found '\(option)'")
      }
      let name = String(option[..<equals])
      guard values[name] == nil else { throw ValidationError("--param \(name) is given twice") }
      values[name] = String(option[option.index(after: equals)...])
    }
    return values
  }

  /// The values as run.json records them: a value naming an existing file
  /// or folder as an absolute path, so `explain` and `whatif` find it from
  /// anywhere.
  static func recorded(_ values: [String: String]) -> [String: String] {
    values.mapValues { value in
      FileManager.default.fileExists(atPath: value) ? URL(fileURLWithPath: value).standardizedFileURL.path : value
    }
  }
}
