import Testing

@testable import Counterfactual
