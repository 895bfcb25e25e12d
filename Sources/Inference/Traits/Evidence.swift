/// A group of events that supports an inference, and how much: the change
/// in the trait's score when the inference is recomputed without them.
public struct Evidence: Sendable, Codable, Equatable {
  /// What the events are, in words (`watched "Night Tide" (12 events)`).
  public let description: String
  /// The title they concern, when they concern one.
  public let title: String?
  /// The ids of the events, in log order.
  public let eventIDs: [String]
  /// The score with the events minus the score without them: positive when
  /// the events pushed towards the conclusion.
  public let effect: Double

  /// Creates a piece of evidence.
  public init(description: String, title: String?, eventIDs: [String], effect: Double) {
    self.description = description
    self.title = title
    self.eventIDs = eventIDs
    self.effect = effect.isFinite ? effect : 0
  }
}
