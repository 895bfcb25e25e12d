/// The personas who watch on one profile. The platform keeps one record per
/// profile, so the figures drawn from that record (genre shares, the
/// timeline, the taste vector) are drawn once per group, named after all
/// its personas, rather than repeated for each.
struct ProfileGroup: Sendable {
  /// The personas, in the report's order (at least one).
  let personas: [PersonaView]

  /// The first persona, whose profile data the group's figures draw.
  var lead: PersonaView { personas[0] }

  /// The personas' names: `Sam`, `Sam and Jo`.
  var names: String { NumberText.list(personas.map(\.name)) }

  /// The names, with the profile when it is shared: `Sam and Jo (profile
  /// “family”)`.
  var title: String {
    personas.count > 1 ? "\(names) (profile “\(lead.report.profile)”)" : names
  }

  /// Groups personas by account and profile, in order of first appearance.
  static func grouping(_ personas: [PersonaView]) -> [ProfileGroup] {
    var order: [String] = []
    var members: [String: [PersonaView]] = [:]
    for persona in personas {
      let key = persona.report.account + "\u{0}" + persona.report.profile
      if members[key] == nil { order.append(key) }
      members[key, default: []].append(persona)
    }
    return order.compactMap { members[$0].map(ProfileGroup.init) }
  }
}
