import Inference
import Testing

@Suite("A classifier's own measure of its skill")
struct ClassifierSkillTests {
  @Test("below a held-out AUC of 0.6 every guess says it is the base rate, in words first; above, nothing")
  func caveat() {
    let guessing = ClassifierSkill(trait: .gender, heldOutAUC: 0.487, labelled: 30, commonest: "male", commonestShare: 0.8)
    #expect(guessing.isGuessing)
    #expect(guessing.caveat == "no better than guessing the most common answer: 80% of the 30 labelled members are male "
      + "(AUC 0.49, where a coin toss scores 0.5)")
    let skilled = ClassifierSkill(trait: .gender, heldOutAUC: 0.72, labelled: 30, commonest: "male", commonestShare: 0.8)
    #expect(!skilled.isGuessing && skilled.caveat == nil)
    // Too few labelled members to hold any out: treated as guessing, without an AUC.
    let unmeasured = ClassifierSkill(trait: .ageBand, heldOutAUC: nil, labelled: 4, commonest: "25-34", commonestShare: 0.5)
    #expect(unmeasured.isGuessing && unmeasured.caveat?.hasSuffix("are 25-34") == true)
  }
}
