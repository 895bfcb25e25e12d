import Beliefs
import Events
import Inference
import Scenarios

/// What a recipient can tell about a person from its own view alone: the
/// platform's beliefs module (``PlatformBeliefs/recipientTraits``) run on
/// what the recipient holds of them.
///
/// A trait is kept only when the view holds the fields it needs: places and
/// travel need `ip` or `region`, devices need `device_type`, time zones and
/// rhythms need timed events. The recipient has no demographic classifier
/// of its own; age band and gender come only from segments it was given.
struct RecipientInference: Sendable {
  let beliefs: PlatformBeliefs

  func traits(of subjects: [RecipientSubject]) -> [InferredTrait] {
    var events: [Event] = []
    var segments: [AdvertisingSegment] = []
    var identifiers: [DataField: [String]] = [:]
    var fields = Set<DataField>()
    for subject in subjects {
      events += subject.events
      segments += subject.segments
      identifiers.merge(subject.identifiers) { Array(Set($0 + $1)).sorted() }
      fields.formUnion(subject.fieldsPresent)
    }
    // Subjects joined from two views carry two keys: file them as one.
    if let key = subjects.first?.key, subjects.count > 1 {
      events = events.map { event in
        var rekeyed = event
        rekeyed.account = key
        rekeyed.profile = key
        return rekeyed
      }.sorted { $0.timestamp < $1.timestamp }
    }
    return beliefs.recipientTraits(
      events: events, located: fields.contains(.ip) || fields.contains(.region),
      deviceTypes: fields.contains(.deviceType), segments: segments, emailHash: identifiers[.emailHash]?.first)
  }
}
