import XCTest
@testable import AxonData
