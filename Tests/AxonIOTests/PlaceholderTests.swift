import XCTest
@testable import AxonIO
