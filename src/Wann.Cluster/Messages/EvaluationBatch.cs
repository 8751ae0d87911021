namespace Wann.Cluster.Messages;

/// <summary>
/// One batch of genomes to score, with everything a silo needs to score them: the generation context
/// (task, weights, repetitions, episode seed base, weight mode) and the genomes as flat gene arrays.
/// </summary>
/// <remarks>
/// The message is immutable and marked <c>[Immutable]</c> so Orleans does not deep-copy it for calls on the
/// same silo. Genomes travel as structure-of-arrays (one array per gene field, with per-genome offsets) rather
/// than as object graphs: a 64-genome batch of 40-connection networks is then a handful of arrays instead of
/// thousands of small objects. Field ids are part of the wire format: never renumber them; add new fields
/// with new ids and raise <see cref="CurrentSchemaVersion"/> when the meaning of existing ones changes.
/// </remarks>
/// <param name="SchemaVersion">Wire schema version; a silo refuses a version it does not know.</param>
/// <param name="BatchId">Identity of the batch within its generation (its index); results are keyed by it.</param>
/// <param name="Context">The generation context shared by every genome of the batch.</param>
/// <param name="Genomes">The genomes, flattened.</param>
[GenerateSerializer]
[Immutable]
[Alias("wann.batch")]
public sealed record EvaluationBatch(
    [property: Id(0)] int SchemaVersion,
    [property: Id(1)] int BatchId,
    [property: Id(2)] GenerationContext Context,
    [property: Id(3)] FlatGenomes Genomes)
{
    /// <summary>The schema version this build writes and reads.</summary>
    public const int CurrentSchemaVersion = 1;
}
