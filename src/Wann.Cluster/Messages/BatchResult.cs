namespace Wann.Cluster.Messages;

/// <summary>The fitness of every genome of one batch, as flat arrays, keyed by the batch id.</summary>
/// <param name="SchemaVersion">Wire schema version.</param>
/// <param name="BatchId">The batch these results belong to.</param>
/// <param name="Means">Mean score of each genome over all weights and episodes.</param>
/// <param name="Maxima">Best per-weight mean of each genome.</param>
/// <param name="PerWeightMeans">Per-weight means of all genomes, one after the other.</param>
/// <param name="PerWeightStart">Offsets into <paramref name="PerWeightMeans"/> (length: genomes + 1).</param>
/// <param name="Connections">Enabled connection count of each genome.</param>
/// <param name="Episodes">Episodes run for each genome.</param>
/// <param name="Silo">The silo that computed the batch (for logs and tests).</param>
[GenerateSerializer]
[Immutable]
[Alias("wann.batch-result")]
public sealed record BatchResult(
    [property: Id(0)] int SchemaVersion,
    [property: Id(1)] int BatchId,
    [property: Id(2)] double[] Means,
    [property: Id(3)] double[] Maxima,
    [property: Id(4)] double[] PerWeightMeans,
    [property: Id(5)] int[] PerWeightStart,
    [property: Id(6)] int[] Connections,
    [property: Id(7)] int[] Episodes,
    [property: Id(8)] string Silo);
