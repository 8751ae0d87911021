using Wann.Environments.Randomness;
using Wann.Pruning.Data;

namespace Wann.Pruning.Tests.Studies;

/// <summary>Four Gaussian blobs in 8 dimensions (class k centred at +2 on axis k and −2 on axis k + 4), seeded.</summary>
internal static class SyntheticData
{
    public static DenseDataset Blobs(int count, ulong seed)
    {
        var rng = new Xoshiro256(seed);
        var features = new float[count * 8];
        var labels = new byte[count];
        for (int i = 0; i < count; i++)
        {
            int k = i % 4;
            labels[i] = (byte)k;
            for (int d = 0; d < 8; d++)
            {
                double centre = d == k ? 2 : d == k + 4 ? -2 : 0;
                features[(i * 8) + d] = (float)(centre + rng.NextGaussian());
            }
        }

        return new DenseDataset(features, labels, 8, 4);
    }
}
