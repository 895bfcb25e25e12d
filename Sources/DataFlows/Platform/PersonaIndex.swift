import Simulation

/// Which scenario persona watches on which profile: the one piece of hidden
/// truth data-flow reports use, to say whose data a record is. Nothing
/// computed for a recipient or the platform reads it.
struct PersonaIndex: Sendable {
  /// Persona ids in scenario order.
  let personas: [String]
  /// The first (own) profile of each persona.
  let profileOfPersona: [String: String]
  /// The persona of each profile a persona watches on (the first listed
  /// when several share it).
  let personaOfProfile: [String: String]

  init(result: SimulationResult) {
    var personas: [String] = []
    var profileOf: [String: String] = [:]
    var personaOf: [String: String] = [:]
    let population = result.population
    for member in population.members {
      guard let persona = member.personaID else { continue }
      personas.append(persona)
      let household = population.households[member.household]
      for (n, index) in member.profiles.enumerated() {
        let profile = household.profiles[index].id
        if n == 0 { profileOf[persona] = profile }
        if personaOf[profile] == nil { personaOf[profile] = persona }
      }
    }
    self.personas = personas
    self.profileOfPersona = profileOf
    self.personaOfProfile = personaOf
  }

  func persona(profile: String) -> String? { personaOfProfile[profile] }
}
