namespace Wann.Core.Benchmarking;

/// <summary>What <see cref="RolloutBenchmark"/> measured.</summary>
/// <param name="Task">The task.</param>
/// <param name="Threads">Threads used by the fast path.</param>
/// <param name="Connections">Enabled connections of the benchmark network.</param>
/// <param name="HiddenNodes">Hidden nodes of the benchmark network.</param>
/// <param name="LanesPerEvaluation">Weight values × reps: episodes per genome evaluation.</param>
/// <param name="EnvStepsPerSecond">Fast path: lane-steps (one network activation + one environment step) per second.</param>
/// <param name="EvaluationsPerSecond">Fast path: whole genome evaluations per second.</param>
/// <param name="ScalarEnvStepsPerSecond">Scalar path, one thread: steps per second.</param>
/// <param name="ScalarEvaluationsPerSecond">Scalar path, one thread: genome evaluations per second.</param>
public sealed record RolloutBenchmarkResult(
    string Task,
    int Threads,
    int Connections,
    int HiddenNodes,
    int LanesPerEvaluation,
    double EnvStepsPerSecond,
    double EvaluationsPerSecond,
    double ScalarEnvStepsPerSecond,
    double ScalarEvaluationsPerSecond);
