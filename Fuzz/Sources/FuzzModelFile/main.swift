import FuzzSupport

runFuzzer(fuzzModelFile)
