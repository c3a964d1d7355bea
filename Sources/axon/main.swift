import AxonCLI

// First, before any thread starts: every later thread inherits the blocked signals.
AxonCommand.removeTemporaryFilesOnSignals()
AxonCommand.main()
