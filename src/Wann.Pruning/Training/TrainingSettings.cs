namespace Wann.Pruning.Training;

/// <summary>How a network is trained.</summary>
/// <param name="Optimizer">Update rule.</param>
/// <param name="LearningRate">Step size (the LTH paper: Adam 1.2e-3).</param>
/// <param name="BatchSize">Examples per step (the LTH paper: 60).</param>
/// <param name="Iterations">Steps per training (the LTH paper: 50,000).</param>
/// <param name="Seed">Seed of the example order.</param>
/// <param name="Threads">Degree of parallelism (0: all cores).</param>
public sealed record TrainingSettings(
    OptimizerKind Optimizer = OptimizerKind.Adam,
    double LearningRate = 1.2e-3,
    int BatchSize = 60,
    int Iterations = 50_000,
    ulong Seed = 1,
    int Threads = 0);
