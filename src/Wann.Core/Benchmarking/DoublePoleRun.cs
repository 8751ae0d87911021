namespace Wann.Core.Benchmarking;

/// <summary>The outcome of one benchmark run.</summary>
/// <param name="Seed">The run's seed.</param>
/// <param name="Solved">Whether the run solved the task within its generation budget.</param>
/// <param name="Evaluations">Network evaluations until solved (or in the whole run when unsolved), tests included.</param>
/// <param name="Generations">Generations run.</param>
/// <param name="Generalization">Starts of the 625 passed by the solution (non-Markov only).</param>
/// <param name="Seconds">Wall time.</param>
public sealed record DoublePoleRun(ulong Seed, bool Solved, long Evaluations, int Generations, int? Generalization, double Seconds)
{
    /// <summary>Gets the evaluations by NEAT C++'s formula (pole2_test): population × generations before the
    /// winner's + its position; the 100,000-step and generalisation tests are not counted.</summary>
    public long PopulationEvaluations { get; init; }
}
