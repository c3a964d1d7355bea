import XCTest
@testable import AxonPlot
