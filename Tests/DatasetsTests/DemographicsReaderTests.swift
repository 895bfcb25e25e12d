import Datasets
import TestSupport
import Testing

@Suite("MovieLens users files with demographics")
struct DemographicsReaderTests {
  @Test("u.user: '|' separators, age in years mapped to the scenario bands")
  func hundredK() throws {
    let path = TemporaryFile.write(
      "1|24|M|technician|85711\n2|53|F|other|94043\n3|17|M|student|32067\n4|55|F|writer|E2A4H\n5|18|F|other|1\n")
    let members = try DemographicsReader.read(path: path)
    #expect(members.map(\.user) == ["1", "2", "3", "4", "5"])
    #expect(members.map(\.ageBand) == [.from18to24, .from45to54, .under18, .over55, .from18to24])
    #expect(members.map(\.gender) == [.male, .female, .male, .female, .female])
    #expect(members[0].occupation == "technician")
    #expect(members[3].postalCode == "E2A4H")
    #expect(members[1].age == 53)
  }

  @Test("users.dat: '::' separators, gender before age, 1M age codes mapped to the scenario bands")
  func oneM() throws {
    let path = TemporaryFile.write(
      "1::F::1::10::48067\n2::M::56::16::70072\n3::M::25::15::55117\n4::M::45::7::02460\n"
        + "5::M::50::20::55455\n6::F::18::9::55117\n7::M::35::1::06810\n")
    let members = try DemographicsReader.read(path: path)
    #expect(members.map(\.ageBand) == [.under18, .over55, .from25to34, .from45to54, .from45to54, .from18to24, .from35to44])
    #expect(members.map(\.gender) == [.female, .male, .male, .male, .male, .female, .male])
    #expect(members[1].occupation == "16")
  }

  @Test("bands convert to the scenario vocabulary by raw value")
  func vocabulary() {
    #expect(AgeBand.allCases.map(\.rawValue) == ["under-18", "18-24", "25-34", "35-44", "45-54", "55+"])
    #expect(Gender.allCases.map(\.rawValue) == ["female", "male", "nonbinary"])
    #expect(AgeBand(years: 34) == .from25to34)
    #expect(AgeBand(years: -1) == nil)
    #expect(AgeBand(movieLens1MCode: 30) == nil)
  }

  @Test("bad lines name the file, the line and the field")
  func errors() {
    let badGender = TemporaryFile.write("1|24|M|technician|85711\n2|53|X|other|94043\n")
    #expect(throws: DatasetError.malformedLine(path: badGender, line: 2, field: "gender", expected: "F or M", found: "X")) {
      try DemographicsReader.read(path: badGender)
    }
    let badCode = TemporaryFile.write("1::F::30::10::48067\n")
    #expect(throws: DatasetError.malformedLine(
      path: badCode, line: 1, field: "Age", expected: "an age code (1, 18, 25, 35, 45, 50, 56)", found: "30")) {
      try DemographicsReader.read(path: badCode)
    }
    let badAge = TemporaryFile.write("1|old|M|technician|85711\n")
    #expect(throws: DatasetError.malformedLine(path: badAge, line: 1, field: "age", expected: "an age in whole years", found: "old")) {
      try DemographicsReader.read(path: badAge)
    }
    let duplicate = TemporaryFile.write("1|24|M|technician|85711\n1|25|M|technician|85711\n")
    do {
      _ = try DemographicsReader.read(path: duplicate)
      Issue.record("expected an error")
    } catch {
      #expect(error.description.contains("\(duplicate):2: field 'user id'"))
      #expect(error.description.contains("already on line 1"))
    }
    let ratings = TemporaryFile.write("196\t242\t3\t881250949\n")
    do {
      _ = try DemographicsReader.read(path: ratings)
      Issue.record("expected an error")
    } catch {
      #expect(error.description.contains("field 'layout'"))
      #expect(error.description.contains("u.user"))
    }
    let short = TemporaryFile.write("1|24|M\n")
    #expect(throws: DatasetError.self) { try DemographicsReader.read(path: short) }
  }
}

extension DemographicsReaderTests {
  @Test("a file of blank lines holds no data")
  func empty() {
    let path = TemporaryFile.write("\n  \n")
    #expect(throws: DatasetError.empty(path: path)) { try DemographicsReader.read(path: path) }
  }
}
