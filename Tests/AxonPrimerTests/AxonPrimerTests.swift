import XCTest
@testable import AxonPrimer
