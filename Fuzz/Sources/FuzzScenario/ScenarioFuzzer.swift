import Catalog
import FuzzSupport
import Scenarios

/// libFuzzer target for scenario files: one input is a whole file, read by
/// ``ScenarioLoader/validate(path:parameters:)`` (bytes, as `glasshouse
/// validate` reads them) and ``ScenarioLoader/parse(_:path:parameters:)``.
///
/// Properties checked (Docs/ScenarioFormat.md):
/// - every error in the file names `file:line:column`, with a line that is
///   in the file and a column from 1; an unreadable file names the file;
///   errors come in line order;
/// - `load` throws the first error `validate` reports, and succeeds exactly
///   when `validate` reports nothing;
/// - a scenario that loads re-validates: validating the file again reports
///   nothing, and parsing its text gives an equal scenario, twice.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzScenario(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  ScenarioFuzzer.check(UnsafeBufferPointer(start: data, count: data == nil ? 0 : size))
  return 0
}

enum ScenarioFuzzer {
  static let file = ScratchFile("scenario.yaml")
  /// A catalog file beside the scenario, for `catalog: {file: catalog.yaml}`.
  static let catalog: ScratchFile = {
    let catalog = ScratchFile("catalog.yaml")
    var text = Array(
      """
      titles:
        - {id: night-shift, name: Night Shift, genres: [Horror, Thriller], cast: [Maya Okafor]}
        - {id: 2, name: Sunny Days, genres: [Comedy], artwork: [{id: sun, tone: comic}]}

      """.utf8)
    text.withUnsafeMutableBufferPointer { catalog.write(UnsafeBufferPointer($0)) }
    return catalog
  }()

  static func fail(_ property: String, _ details: String) -> Never {
    violation("scenario", property, details)
  }

  static func check(_ bytes: UnsafeBufferPointer<UInt8>) {
    _ = catalog
    file.write(bytes)
    let path = file.path
    let text = String(validating: bytes, as: UTF8.self)
    let lineCount = text.map(TextLines.yamlLineCount) ?? Int.max
    let errors = ScenarioLoader.validate(path: path, parameters: [:])

    var previous = (line: 0, column: 0)
    var inCatalog = false
    for error in errors {
      let message = error.description
      switch error {
      case .cannotRead:
        guard message.hasPrefix("\(path): "), errors.count == 1 else {
          fail("an unreadable file is one error naming the file", message)
        }
      case .catalog(let catalogError):
        inCatalog = true
        guard let named = catalogError.namedPath, message.hasPrefix("\(named):") else {
          fail("a catalog file's error names the catalog file", message)
        }
      default:
        guard let line = error.line, let column = error.column, line >= 1, column >= 1 else {
          fail("every error in the file has a line and column from 1", message)
        }
        let endOfStream = text.map {
          TextLines.isEndOfStreamPosition(line: line, column: column, in: $0)
        } ?? false
        guard line <= lineCount || endOfStream else {
          fail("an error's line is in the file", "\(message) (the file has \(lineCount) lines)")
        }
        guard message.hasPrefix("\(path):\(line):\(column): ") else {
          fail("every error's message starts with file:line:column", message)
        }
        guard !inCatalog, (previous.line, previous.column) <= (line, column) else {
          fail(
            "errors come in line order, then the catalog's",
            errors.map(\.description).joined(separator: "\n  "))
        }
        previous = (line, column)
      }
    }

    do {
      let scenario = try ScenarioLoader.load(path: path)
      guard errors.isEmpty else {
        fail("load fails when validate reports errors", errors[0].description)
      }
      let again = ScenarioLoader.validate(path: path, parameters: [:])
      guard again.isEmpty else {
        fail("a loaded scenario re-validates", again.map(\.description).joined(separator: "\n  "))
      }
      // The text API, where the bytes are the text as written.
      // (No NUL: the file API rejects it with its position before YAML parsing,
    // the text API leaves it to libyaml, which says "control characters are
    // not allowed" at 1:1 -- reported in the fuzzing note.)
    if let text, !text.hasPrefix("\u{FEFF}"), !text.utf8.contains(0) {
        do {
          let parsed = try ScenarioLoader.parse(text, path: path)
          let reparsed = try ScenarioLoader.parse(text, path: path)
          guard parsed == scenario, reparsed == parsed else {
            fail("parsing the text gives the scenario the file gives, every time", scenario.name)
          }
        } catch {
          fail("the text of a file that loads parses", error.description)
        }
      }
    } catch {
      guard let first = errors.first, first == error else {
        fail(
          "load throws the first error validate reports",
          "load: \(error)\n  validate: \(errors.first.map(\.description) ?? "nothing")")
      }
    }
  }
}
