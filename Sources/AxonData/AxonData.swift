// AxonData: datasets, loaders and readers (issue 5).
