import Scenarios
import Testing

@Suite("artwork_tone expectations, with and without `over`")
struct ArtworkToneExpectationTests {
  @Test("`over` compares two tones on the same titles; a bad tone is reported with its line")
  func over() throws {
    let scenario = try ScenarioLoader.parse(
      ScenarioFiles.minimal(
        """
        expectations:
          - artwork_tone: {persona: alex, tone: comic, over: romantic, min_share: 0.6}
          - artwork_tone: {persona: alex, tone: dark}
        """), path: "/tmp/a.yaml")
    #expect(
      scenario.expectations.map(\.check) == [
        .artworkTone(subject: .persona("alex"), tone: .comic, minimumShare: 0.6, over: .romantic),
        .artworkTone(subject: .persona("alex"), tone: .dark, minimumShare: 0.5, over: nil),
      ])
    #expect {
      _ = try ScenarioLoader.parse(
        ScenarioFiles.minimal(
          """
          expectations:
            - artwork_tone: {persona: alex, tone: comic, over: romntic}
          """), path: "/tmp/b.yaml")
    } throws: { error in
      let text = "\(error)"
      return text.contains("/tmp/b.yaml:9:54:") && text.contains("over") && text.contains("romantic")
    }
  }
}
