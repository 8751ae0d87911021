using Wann.Cluster.Messages;
using Wann.Core.Evaluation;
using Wann.Core.Genomes;

namespace Wann.Cluster.Tests;

public sealed class BatchCodecTests
{
    [Fact]
    public async Task Genomes_survive_the_flat_encoding_gene_for_gene()
    {
        Genome[] population = await TestPopulations.GrownAsync(6);
        FlatGenomes flat = BatchCodec.EncodeGenomes(population, 5, 10);
        Genome[] decoded = BatchCodec.DecodeGenomes(flat);

        Assert.Equal(10, decoded.Length);
        Assert.Equal(flat.NodeIds.Length, flat.NodeStart[10]);
        for (int i = 0; i < decoded.Length; i++)
        {
            Assert.True(population[5 + i].SameGenesAs(decoded[i]), $"genome {5 + i} changed in transit");
        }

        // Grown genomes have hidden nodes, so the test covers more than the minimal skeleton.
        Assert.Contains(decoded, g => g.HiddenNodeCount > 0);
    }

    [Fact]
    public void Results_round_trip_and_a_late_duplicate_is_ignored()
    {
        var fitness = new GenomeFitness[5];
        var ledger = new BatchLedger(fitness, 2);
        Assert.Equal(3, ledger.BatchCount);
        Assert.Equal(1, ledger.Count(2));

        GenomeFitness[] batch1 = [new(1.5, 2.5, [1.0, 2.0], 3, 6), new(-0.25, 0.125, [0.5, -1.0], 4, 6)];
        Assert.True(ledger.TryAccept(BatchCodec.EncodeResult(1, batch1, "silo-a")));

        // A re-sent copy that answers later (here with different numbers, to prove it is not written) is dropped.
        GenomeFitness[] other = [new(9, 9, [9.0, 9.0], 9, 9), new(9, 9, [9.0, 9.0], 9, 9)];
        Assert.False(ledger.TryAccept(BatchCodec.EncodeResult(1, other, "silo-b")));

        Assert.Equal(2, ledger.Remaining);
        Assert.Equal(1.5, fitness[2].Mean);
        Assert.Equal(0.125, fitness[3].Max);
        Assert.Equal([0.5, -1.0], fitness[3].PerWeightMean);
        Assert.Equal(4, fitness[3].Connections);
        Assert.Null(fitness[0]);
        Assert.Throws<InvalidDataException>(() => ledger.TryAccept(BatchCodec.EncodeResult(2, batch1, "silo-a")));
    }
}
