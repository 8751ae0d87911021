namespace Wann.Cluster.Messages;

/// <summary>The part of an evaluation request that is the same for every genome of a generation.</summary>
/// <param name="TaskName">Task name, as in the task registry.</param>
/// <param name="Weights">Shared weight values to try.</param>
/// <param name="Reps">Episodes per weight value.</param>
/// <param name="EpisodeSeedBase">Base seed of the generation's episodes.</param>
/// <param name="Mode">Weight mode, as the integer value of <see cref="Wann.Core.Evaluation.WeightMode"/>.</param>
[GenerateSerializer]
[Immutable]
[Alias("wann.generation-context")]
public sealed record GenerationContext(
    [property: Id(0)] string TaskName,
    [property: Id(1)] double[] Weights,
    [property: Id(2)] int Reps,
    [property: Id(3)] ulong EpisodeSeedBase,
    [property: Id(4)] int Mode);
