/// Something a scenario expects about data leaving the platform, checked
/// by `DataFlowExpectations` (module DataFlows) after a run.
public struct FlowExpectation: Hashable, Sendable {
  /// What is expected.
  public enum Check: Hashable, Sendable {
    /// The recipient received between `atLeast` and `atMost` items of the
    /// field about the subject.
    case receives(
      recipient: String, subject: Expectation.Subject, field: DataField, atLeast: Int, atMost: Int?)
    /// From its view alone the recipient can (or, with `possible` false,
    /// cannot) infer the trait — with the value `equals`, when given — with
    /// at least this confidence.
    case infers(
      recipient: String, subject: Expectation.Subject, trait: RecipientTrait, equals: String?,
      minimumConfidence: Double, possible: Bool)
    /// Two recipients can (or cannot) join their views on the subject,
    /// through a shared identifier (`via`, when given).
    case linkage(recipients: [String], subject: Expectation.Subject, via: DataField?, linked: Bool)
    /// Audience analytics with this minimum group size singles out between
    /// `atLeast` and `atMost` profiles.
    case audience(minimumGroupSize: Int, atLeast: Int?, atMost: Int?)
    /// The drop in precision@10 from the standard to the minimal policy
    /// lies within the bounds.
    case minimisationCost(maximumDrop: Double?, minimumDrop: Double?)
  }

  /// What is expected.
  public var check: Check
  /// Where it is written.
  public var location: SourceLocation

  /// Creates an expectation.
  public init(check: Check, location: SourceLocation) {
    self.check = check
    self.location = location
  }
}
