import FuzzSupport

runFuzzer(fuzzIDX)
