import Catalog
import Events

/// The feature vector φ(context, variant) the linear policies score: the
/// variant's tags on their own (what "best overall" artwork captures) and
/// the tags crossed with the context (what lets one learned weight vector
/// personalize every title's artwork, including titles it never saw).
///
/// | positions | feature |
/// |---|---|
/// | 0–7 | tone one-hot (`ArtworkTone.allCases`) |
/// | 8 | face shown |
/// | 9 | a cast member is featured |
/// | 10 | the profile's share of genres cueing the variant's tone |
/// | 11 | the taste vector's alignment with the variant's tone |
/// | 12 | the profile's share of titles with the featured cast member |
/// | 13 | the profile's share of the cued genre |
/// | 14–17 | day part one-hot × face |
/// | 18–23 | device one-hot (`DeviceType.allCases`) × face |
///
/// Features 10–23 are the context·tag interactions (Li, Chu, Langford and
/// Schapire 2010 use such shared features in their hybrid model).
public enum ArtworkFeatures {
  /// The number of tones.
  public static let toneCount = ArtworkTone.allCases.count
  /// The width of φ.
  public static let count = toneCount + 6 + DayPart.allCases.count + DeviceType.allCases.count
  /// The first context·tag interaction feature.
  public static let firstInteraction = toneCount + 2

  /// Writes φ(context, slot) into `out` (length ``count``).
  ///
  /// - Complexity: O(1) plus one dictionary lookup for a featured cast.
  @inlinable
  public static func fill(
    _ out: UnsafeMutableBufferPointer<Double>, context: ArtworkContext, index: ArtworkIndex,
    slot: Int
  ) {
    for i in 0..<out.count { out[i] = 0 }
    let tone = index.toneOfSlot[slot]
    let face = index.faceOfSlot[slot] ? 1.0 : 0.0
    let cast = index.castOfSlot[slot]
    let cue = index.cueOfSlot[slot]
    out[tone] = 1
    out[toneCount] = face
    out[toneCount + 1] = cast >= 0 ? 1 : 0
    out[toneCount + 2] = tone < context.toneShares.count ? context.toneShares[tone] : 0
    out[toneCount + 3] = tone < context.toneAlignment.count ? context.toneAlignment[tone] : 0
    out[toneCount + 4] = cast >= 0 ? context.castShares[cast] ?? 0 : 0
    out[toneCount + 5] = cue >= 0 && cue < context.genreShares.count ? context.genreShares[cue] : 0
    let dayPart = toneCount + 6
    out[dayPart + context.dayPart.rawValue] = face
    let device = dayPart + DayPart.allCases.count
    out[device + (DeviceType.allCases.firstIndex(of: context.device) ?? 0)] = face
  }

  /// φ(context, slot) as an array.
  public static func vector(context: ArtworkContext, index: ArtworkIndex, slot: Int) -> [Double] {
    var out = [Double](repeating: 0, count: count)
    out.withUnsafeMutableBufferPointer { fill($0, context: context, index: index, slot: slot) }
    return out
  }

  /// A reader's name for each feature of a variant in a context, with the
  /// tag and context values spelled out (`"comic tone × your share of
  /// comic-cued genres"`).
  public static func names(index: ArtworkIndex, slot: Int, context: ArtworkContext) -> [String] {
    let tones = ArtworkTone.allCases.map(\.rawValue)
    let tone = tones[index.toneOfSlot[slot]]
    let cast = index.castOfSlot[slot] >= 0 ? index.featuredCast[index.castOfSlot[slot]] : "cast"
    let cue = index.cueOfSlot[slot] >= 0 ? index.genres[index.cueOfSlot[slot]].name : "cued genre"
    var names = tones.map { "\($0) tone" }
    names += [
      "face shown", "featured cast",
      "\(tone) tone × your share of \(tone)-cued genres",
      "\(tone) tone × your taste vector's alignment with \(tone) titles",
      "featuring \(cast) × your share of titles with \(cast)",
      "\(cue) cue × your share of \(cue)",
    ]
    names += DayPart.allCases.map { "face × \($0) viewing" }
    names += DeviceType.allCases.map { "face × \($0.rawValue)" }
    return names
  }
}
