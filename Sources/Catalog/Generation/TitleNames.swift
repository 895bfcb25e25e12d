import Support

/// Invented title names ("The Silent Harbor", "Midnight of Glass") whose
/// words lean toward the mood of the title's first genre.
enum TitleNames {
  /// A name for a title whose leading tone is `tone`.
  static func name(tone: ArtworkTone, using generator: inout SeededGenerator) -> String {
    let adjectives = toneAdjectives[tone] ?? neutralAdjectives
    let adjective = pick(adjectives + neutralAdjectives, &generator)
    let noun = pick(nouns, &generator)
    let other = pick(nouns, &generator)
    switch generator.next() % 4 {
    case 0: return "The \(adjective) \(noun)"
    case 1: return "\(noun) of \(other)"
    case 2: return "\(adjective) \(noun)"
    default: return "The \(noun) and the \(other)"
    }
  }

  private static func pick(_ words: [String], _ generator: inout SeededGenerator) -> String {
    words[Int(generator.next() % UInt64(words.count))]
  }

  private static let neutralAdjectives = [
    "Silent", "Last", "Hidden", "Long", "Golden", "Broken", "Distant", "Northern",
    "Second", "Quiet", "Lost", "Bright",
  ]
  private static let toneAdjectives: [ArtworkTone: [String]] = [
    .dark: ["Hollow", "Crimson", "Forsaken", "Cursed", "Black", "Pale"],
    .suspenseful: ["Final", "Shadow", "Deadly", "Fatal", "Cold", "Buried"],
    .romantic: ["Sweet", "Summer", "Tender", "Endless", "First", "Paper"],
    .comic: ["Crazy", "Big", "Lucky", "Awkward", "Wild", "Accidental"],
    .whimsical: ["Magic", "Little", "Flying", "Wonderful", "Tiny", "Secret"],
    .epic: ["Iron", "Burning", "Savage", "Infinite", "Rising", "Thunder"],
    .dramatic: ["Fragile", "Honest", "Bitter", "Gentle", "Ordinary", "Heavy"],
    .neutral: ["True", "Real", "Open", "Inside"],
  ]
  private static let nouns = [
    "Harbor", "Glass", "River", "Winter", "Kingdom", "Signal", "Garden", "Machine",
    "Midnight", "Letters", "Frontier", "Island", "Mirror", "Stranger", "Empire", "Orchard",
    "Storm", "Promise", "Station", "Lantern", "Horizon", "Echo", "Crown", "Tide",
  ]
}
