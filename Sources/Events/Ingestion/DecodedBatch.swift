/// The outcomes of a batch decoded in the background; written by the
/// decoding task before its group is left and read only after waiting on
/// the group, so it is safe to share.
final class DecodedBatch: @unchecked Sendable {
  var outcomes: [[DecodedLine]] = []
}
