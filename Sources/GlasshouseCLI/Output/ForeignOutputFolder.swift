/// An output folder that a command would replace as a whole but that holds
/// something else — not one of the command's earlier outputs — found by
/// ``OutputPathCheck``: replacing it would delete what is there.
struct ForeignOutputFolder: Error, Equatable, CustomStringConvertible {
  /// The option that names the output, for example `--out`.
  let option: String
  /// The output path as given.
  let output: String
  /// The files one of the command's outputs holds (any one will do).
  let markers: [String]
  /// The path is a file, not a folder.
  let isFile: Bool

  /// The message for a person: the path, what was expected, what to do.
  var description: String {
    let found = isFile
      ? "is a file" : "is a folder that holds none of \(markers.joined(separator: ", "))"
    return "\(option) \(output) \(found), so it is not an earlier output; it would be replaced as a whole, "
      + "deleting what is there: choose a new or empty folder, or remove \(output) yourself"
  }
}
