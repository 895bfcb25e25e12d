import Datasets
import FuzzSupport

/// libFuzzer target for MovieLens interaction files: one input is a whole
/// file, read by ``InteractionReader/read(path:layout:)`` with the layout
/// recognised from the first line and with each layout given.
///
/// Properties checked (InteractionReader's documentation, issue 15 item 7):
/// - every line error names the file, a line of the file and one of the
///   fields `header`, `user`, `item`, `value`, `timestamp`; whole-file errors
///   (no data, unknown layout) name the file;
/// - every interaction read is what its layout allows: identifiers of 1 to
///   256 bytes without control characters, a rating on the layout's scale,
///   a timestamp from 0; no more interactions than lines;
/// - reading with the recognised layout given gives what reading without a
///   layout gives;
/// - the interactions read, written back in that layout, read back equal.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzInteractions(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  InteractionsFuzzer.check(UnsafeBufferPointer(start: data, count: data == nil ? 0 : size))
  return 0
}

enum InteractionsFuzzer {
  static let file = ScratchFile("interactions.txt")
  static let written = ScratchFile("interactions-again.txt")
  static let fields: Set<String> = ["header", "user", "item", "value", "timestamp"]

  static func fail(_ property: String, _ details: String) -> Never {
    violation("interactions", property, details)
  }

  static func check(_ bytes: UnsafeBufferPointer<UInt8>) {
    file.write(bytes)
    let lines = TextLines.split(bytes)
    let detected = lines.first.flatMap { first -> InteractionFileLayout? in
      let text = String(decoding: first.starts(with: [0xEF, 0xBB, 0xBF]) ? first.dropFirst(3) : first, as: UTF8.self)
      return InteractionFileLayout.detect(firstLine: text)
    }
    let recognised = read(nil, lines: lines.count)
    if let detected {
      let given = read(detected, lines: lines.count)
      guard given == recognised else {
        fail(
          "reading with the recognised layout given (\(detected.rawValue)) gives what reading "
            + "without a layout gives", "\(describe(given)) vs \(describe(recognised))")
      }
    } else if case .success = recognised {
      fail("a file whose layout is not recognised is not read", describe(recognised))
    }
    for layout in InteractionFileLayout.allCases {
      let result = read(layout, lines: lines.count)
      if case .success(let interactions) = result {
        checkAllowed(interactions, layout: layout)
        checkRoundTrip(interactions, layout: layout)
      }
    }
  }

  /// Reads the file, checking the error when there is one.
  static func read(_ layout: InteractionFileLayout?, lines: Int) -> Result<[Interaction], DatasetError> {
    let path = file.path
    do {
      let interactions = try InteractionReader.read(path: path, layout: layout)
      guard interactions.count <= lines else {
        fail("no more interactions than lines", "\(interactions.count) from \(lines) lines")
      }
      return .success(interactions)
    } catch {
      let message = error.description
      switch error {
      case .located(let issue):
        let line = issue.line
        let field = issue.field ?? ""
        guard issue.path == path, (1...max(1, lines)).contains(line), fields.contains(field),
          message.hasPrefix("\(path):\(line): field '\(field)': ")
        else {
          fail("every line error names the file, a line and a field", message)
        }
      case .empty(let named), .unknownLayout(let named, _):
        guard named == path, message.hasPrefix("\(path): ") else {
          fail("every whole-file error names the file", message)
        }
        if case .unknownLayout = error, layout != nil {
          fail("a given layout is never 'unknown'", message)
        }
      case .noSuchFile, .cannotOpen:
        fail("a file that exists opens", message)
      }
      return .failure(error)
    }
  }

  static func checkAllowed(_ interactions: [Interaction], layout: InteractionFileLayout) {
    for interaction in interactions {
      for id in [interaction.user.text, interaction.item.text] {
        let bytes = Array(id.utf8)
        guard (1...InteractionReader.maximumIdentifierBytes).contains(bytes.count),
          !bytes.contains(where: { $0 < 0x20 || $0 == 0x7F })
        else {
          fail("identifiers are 1–256 bytes without control characters", "\(id.debugDescription)")
        }
      }
      let value = interaction.value
      let onScale: Bool
      switch layout {
      case .commaSeparatedWithHeader:
        onScale = value >= 0.5 && value <= 5 && (value * 2).rounded() == value * 2
      case .tabSeparated, .doubleColon:
        onScale = value >= 1 && value <= 5 && value.rounded() == value
      }
      guard onScale, interaction.timestamp >= 0 else {
        fail(
          "ratings are on the layout's scale and timestamps from 0",
          "\(layout.rawValue): \(interaction)")
      }
    }
  }

  /// Writes the interactions in the layout and reads them back.
  static func checkRoundTrip(_ interactions: [Interaction], layout: InteractionFileLayout) {
    let separator: String
    var text = ""
    switch layout {
    case .tabSeparated: separator = "\t"
    case .commaSeparatedWithHeader:
      separator = ","
      text = "userId,movieId,rating,timestamp\n"
    case .doubleColon: separator = "::"
    }
    for interaction in interactions {
      let value =
        layout == .commaSeparatedWithHeader ? "\(interaction.value)" : "\(Int(interaction.value))"
      text += [interaction.user.text, interaction.item.text, value, "\(interaction.timestamp)"]
        .joined(separator: separator) + "\n"
    }
    var bytes = Array(text.utf8)
    bytes.withUnsafeMutableBufferPointer { written.write(UnsafeBufferPointer($0)) }
    do {
      let again = try InteractionReader.read(path: written.path, layout: layout)
      guard again == interactions else {
        let first = zip(again, interactions).first { $0 != $1 }
        fail(
          "interactions written back in their layout read back equal",
          "\(layout.rawValue), \(again.count) vs \(interactions.count); first difference: "
            + "\(String(describing: first))")
      }
    } catch {
      fail(
        "interactions written back in their layout read back",
        "\(layout.rawValue): \(error)\n  \(text.prefix(500))")
    }
  }

  static func describe(_ result: Result<[Interaction], DatasetError>) -> String {
    switch result {
    case .success(let interactions): return "\(interactions.count) interactions"
    case .failure(let error): return error.description
    }
  }
}
