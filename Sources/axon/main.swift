import AxonCLI

AxonCommand.main()
