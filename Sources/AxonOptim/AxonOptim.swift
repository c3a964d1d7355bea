// AxonOptim: optimizers and schedules (issue 4).
