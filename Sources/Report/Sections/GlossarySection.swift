/// The few measures the report uses, in plain words.
struct GlossarySection: Sendable {
  /// The section's anchor.
  static let id = "glossary"

  /// Each term and what it means.
  static let terms: [(term: String, meaning: String)] = [
    ("Confidence",
     "How sure the platform is of a conclusion, from 0% to 100%. For age band and gender it is the classifier's "
       + "probability; for tastes and habits, how much evidence there is (Docs/Inference.md gives each formula)."),
    ("Baseline",
     "What guessing without looking would score: the most common answer among the people scored "
       + "(or chance, for the top genre). An inference that does not beat it has learned nothing."),
    ("AUC",
     "For a yes-or-no guess such as gender: the chance that a randomly chosen woman gets a higher \u{201C}female\u{201D} "
       + "score than a randomly chosen man. 0.5 is a coin toss, 1 is perfect; below 0.6 the guess is little better "
       + "than the base rate."),
    ("Calibration error",
     "How far stated confidence is from how often the platform is right: among conclusions it was 80% sure of, "
       + "about 80% should be right. 0 is perfect; 0.1 means it is off by ten points on average."),
    ("Taste vector",
     "The numbers the model keeps for each profile and each title; a title is recommended when its numbers point "
       + "the same way as the profile's. The taste map squashes them onto a page."),
    ("Main genre",
     "The first genre a title lists; on the taste map a title's dot has its main genre's colour."),
    ("Segment",
     "A label an advertiser buys people by, such as \u{201C}Interest > Movies > Horror\u{201D}."),
    ("Example address",
     "An IP address from a range set aside for documentation (192.0.2.x, 198.51.100.x, 203.0.113.x, 2001:db8::): "
       + "the simulation gives households these, so no real address appears."),
    ("Precision@10",
     "Of the ten titles the platform recommends first, the share the person goes on to watch in the held-out "
       + "part of their history: how much recommendations lose when the platform collects less."),
  ]

  /// The section.
  var html: HTML {
    let items = Self.terms.flatMap { entry in
      [HTML.element("dt", [:], HTML(text: entry.term)), HTML.element("dd", [:], HTML(text: entry.meaning))]
    }
    return SectionFrame.section(
      id: Self.id, title: "What the measures mean",
      lede: "The numbers and words on this page, in a sentence each.",
      [SectionFrame.folded("Open the glossary (\(NumberText.count(Self.terms.count, "term")))",
                           [HTML.element("dl", ["class": "glossary"], items)])])
  }
}
