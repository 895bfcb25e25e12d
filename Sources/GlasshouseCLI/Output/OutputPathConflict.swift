/// An output path that is one of a command's own inputs (or a folder that
/// holds one), found by ``OutputPathCheck``: writing it would destroy what
/// the command reads.
struct OutputPathConflict: Error, Equatable, CustomStringConvertible {
  /// How the output meets the input.
  enum Overlap: Equatable, Sendable {
    /// The same file or folder (the same path once symbolic links are
    /// resolved, or the same inode: a hard link counts).
    case same
    /// The output is a folder the command replaces or writes into, and the
    /// input is inside it.
    case contains
  }

  /// The option that names the output, for example `--rejects`.
  let option: String
  /// The output path as given.
  let output: String
  /// The input path as given.
  let input: String
  /// How the two meet.
  let overlap: Overlap

  /// The message for a person: both paths and what to do.
  var description: String {
    switch overlap {
    case .same:
      return "\(option) \(output) is the input \(input) (the same file once links are followed); "
        + "writing it would destroy the input: choose another \(option) path"
    case .contains:
      return "\(option) \(output) is a folder that holds the input \(input), which writing it could "
        + "overwrite or remove: choose an \(option) folder outside the inputs"
    }
  }
}
