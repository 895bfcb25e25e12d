import Support

/// Reads members' demographics from MovieLens users files (`u.user`,
/// `users.dat`), streaming line by line, with errors that name the file,
/// line and field.
public enum DemographicsReader {
  /// Reads every member of a users file.
  ///
  /// - Parameters:
  ///   - path: the file.
  ///   - layout: the layout, or `nil` to recognise it from the first line.
  /// - Throws: ``DatasetError`` for an unreadable file, an unknown layout, a
  ///   malformed line (its number and field, what was expected and found), a
  ///   user listed twice, or a file without data.
  /// - Complexity: O(n) in the file's size.
  public static func read(
    path: String, layout: DemographicsFileLayout? = nil
  ) throws(DatasetError) -> [MemberDemographics] {
    var reader: LineReader
    do throws(FileOpenError) { reader = try LineReader(path: path) } catch { throw DatasetError(error) }
    var detected = layout
    var result: [MemberDemographics] = []
    var firstLineOfUser: [Label: Int] = [:]
    try reader.forEachLine { (bytes, number) throws(DatasetError) in
      let text = String(decoding: bytes, as: UTF8.self)
      if text.allSatisfy({ $0 == " " || $0 == "\t" }) { return }
      if detected == nil {
        guard let found = DemographicsFileLayout.detect(firstLine: text) else {
          throw .malformedLine(
            path: path, line: number, field: "layout",
            expected: "a MovieLens users file: u.user ('user id|age|gender|occupation|zip code') "
              + "or users.dat ('UserID::Gender::Age::Occupation::Zip-code')",
            found: String(text.prefix(80)))
        }
        detected = found
      }
      let member = try parse(text, layout: detected!, path: path, line: number)
      if let first = firstLineOfUser[member.user] {
        throw .malformedLine(
          path: path, line: number, field: detected!.fieldNames[0],
          expected: "each user once (user \(member.user) is already on line \(first))",
          found: member.user.text)
      }
      firstLineOfUser[member.user] = number
      result.append(member)
    }
    guard !result.isEmpty else { throw .empty(path: path) }
    return result
  }

  /// Parses one data line.
  static func parse(
    _ text: String, layout: DemographicsFileLayout, path: String, line: Int
  ) throws(DatasetError) -> MemberDemographics {
    let names = layout.fieldNames
    let fields = text.split(separator: layout.separator, omittingEmptySubsequences: false)
      .map { $0.trimmingSpaces }
    guard fields.count >= 4 else {
      throw .malformedLine(
        path: path, line: line, field: names[min(fields.count, names.count - 1)],
        expected: "\(names.count) fields separated by '\(layout.separator)' (\(names.joined(separator: ", ")))",
        found: text)
    }
    let user = fields[0]
    guard !user.isEmpty else {
      throw .malformedLine(path: path, line: line, field: names[0], expected: "an identifier", found: "")
    }
    let (ageText, genderText, ageField, genderField) =
      layout == .pipeSeparated
      ? (fields[1], fields[2], names[1], names[2]) : (fields[2], fields[1], names[2], names[1])
    guard let gender = Gender(movieLensCode: genderText) else {
      throw .malformedLine(path: path, line: line, field: genderField, expected: "F or M", found: genderText)
    }
    guard let age = Int(ageText) else {
      throw .malformedLine(
        path: path, line: line, field: ageField,
        expected: layout == .pipeSeparated ? "an age in whole years" : "an age code (1, 18, 25, 35, 45, 50, 56)",
        found: ageText)
    }
    let band: AgeBand?
    switch layout {
    case .pipeSeparated:
      band = age <= 130 ? AgeBand(years: age) : nil
    case .doubleColon:
      band = AgeBand(movieLens1MCode: age)
    }
    guard let band else {
      throw .malformedLine(
        path: path, line: line, field: ageField,
        expected: layout == .pipeSeparated ? "an age from 0 to 130 years" : "an age code (1, 18, 25, 35, 45, 50, 56)",
        found: ageText)
    }
    return MemberDemographics(
      user: Label(user), age: age, ageBand: band, gender: gender, occupation: fields[3],
      postalCode: fields.count > 4 ? fields[4] : "")
  }
}

extension Substring {
  /// The text without leading and trailing spaces.
  fileprivate var trimmingSpaces: String {
    String(self.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
  }
}
