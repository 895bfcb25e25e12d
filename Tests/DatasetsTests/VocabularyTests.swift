import Datasets
import Testing

/// The one age-band and gender vocabulary, and its one age-to-years table.
@Suite("Age bands and genders")
struct VocabularyTests {
  @Test("MovieLens 1M age codes map to their bands", arguments: [
    (1, AgeBand.under18), (18, .from18to24), (25, .from25to34), (35, .from35to44), (45, .from45to54),
    (50, .from45to54), (56, .over55),
  ])
  func movieLens1MCodes(code: Int, band: AgeBand) {
    #expect(AgeBand(movieLens1MCode: code) == band)
  }

  @Test("other numbers are not 1M codes")
  func notCodes() {
    for code in [0, 2, 17, 30, 55, 57, 100] { #expect(AgeBand(movieLens1MCode: code) == nil) }
  }

  @Test("every age in a band's table maps back to that band")
  func yearsRoundTrip() {
    for band in AgeBand.allCases {
      for age in band.years { #expect(AgeBand(years: age) == band, "\(age) years") }
    }
    #expect(AgeBand.allCases.map(\.years.lowerBound) == [13, 18, 25, 35, 45, 55])
    #expect(AgeBand.over55.years.upperBound == 75)
  }

  @Test("bands order youngest first; genders female, male, non-binary")
  func order() {
    #expect(AgeBand.allCases.sorted() == AgeBand.allCases)
    #expect(AgeBand.under18 < .over55)
    #expect(Gender.allCases.map(\.rawValue) == ["female", "male", "nonbinary"])
    #expect(Gender(movieLensCode: "f") == .female && Gender(movieLensCode: "M") == .male)
    #expect(Gender(movieLensCode: "X") == nil)
  }
}
