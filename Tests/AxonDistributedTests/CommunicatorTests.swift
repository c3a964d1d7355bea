import AxonDistributed
import AxonTensor
import XCTest

final class CommunicatorTests: XCTestCase {
    func testTheLaunchIsReadFromOpenMPIsOrPMIsEnvironment() {
        XCTAssertNil(Distributed.launch(environment: [:]))
        XCTAssertEqual(Distributed.launch(environment: ["OMPI_COMM_WORLD_SIZE": "4", "OMPI_COMM_WORLD_RANK": "3"])?.rank, 3)
        XCTAssertEqual(Distributed.launch(environment: ["PMI_SIZE": "2", "PMI_RANK": "1"])?.size, 2)
        // The ranks on this machine share its cores: Open MPI says how many; PMI counts all as local.
        XCTAssertEqual(Distributed.launch(environment: ["OMPI_COMM_WORLD_SIZE": "8", "OMPI_COMM_WORLD_RANK": "5",
                                                        "OMPI_COMM_WORLD_LOCAL_SIZE": "2"])?.localSize, 2)
        XCTAssertEqual(Distributed.launch(environment: ["PMI_SIZE": "3", "PMI_RANK": "0"])?.localSize, 3)
        // A rank outside the job, or words, are no launch.
        XCTAssertNil(Distributed.launch(environment: ["OMPI_COMM_WORLD_SIZE": "2", "OMPI_COMM_WORLD_RANK": "2"]))
        XCTAssertNil(Distributed.launch(environment: ["PMI_SIZE": "two", "PMI_RANK": "0"]))
    }

    func testOneProcessIsItsOwnJob() throws {
        let single = SingleProcess()
        XCTAssertEqual(single.rank, 0)
        XCTAssertEqual(single.size, 1)
        XCTAssertTrue(single.isRoot)
        var tensor = Tensor([1.5, -2.0, 3.25] as [Double], shape: [3])
        try single.allReduce(&tensor, .mean)
        XCTAssertEqual(tensor.doubles, [1.5, -2.0, 3.25])
        try single.broadcast(&tensor, from: 0)
        XCTAssertEqual(tensor.doubles, [1.5, -2.0, 3.25])
    }

    func testAllReduceRefusesIntegerTensors() {
        var tensor = Tensor([1, 2] as [Int64], shape: [2])
        XCTAssertThrowsError(try SingleProcess().allReduce(&tensor, .sum)) { error in
            XCTAssertTrue("\(error)".contains("int64"), "\(error)")
        }
    }
}
