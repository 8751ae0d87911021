using Wann.Environments.Digits;

namespace Wann.Pruning.Data;

/// <summary>Labelled examples as a flat row-major feature matrix (example i's features at <c>i · FeatureCount</c>).</summary>
/// <param name="Features">All features, example after example.</param>
/// <param name="Labels">Class of each example.</param>
/// <param name="FeatureCount">Features per example.</param>
/// <param name="ClassCount">Number of classes.</param>
public sealed record DenseDataset(float[] Features, byte[] Labels, int FeatureCount, int ClassCount)
{
    /// <summary>Gets the number of examples.</summary>
    public int Count => Labels.Length;

    /// <summary>Gets one example's features.</summary>
    /// <param name="index">Example index.</param>
    /// <returns>The features.</returns>
    public ReadOnlySpan<float> Row(int index) => Features.AsSpan(index * FeatureCount, FeatureCount);

    /// <summary>Wraps a digit set (pixels as features, ten classes) without copying.</summary>
    /// <param name="set">The digits.</param>
    /// <returns>The dataset.</returns>
    public static DenseDataset FromDigits(DigitSet set) => new(set.Pixels, set.Labels, set.PixelCount, 10);

    /// <summary>Returns the first <paramref name="count"/> examples (for quick studies and tests).</summary>
    /// <param name="count">How many to keep.</param>
    /// <returns>A copy.</returns>
    public DenseDataset Take(int count)
    {
        count = Math.Min(count, Count);
        return new DenseDataset(Features.AsSpan(0, count * FeatureCount).ToArray(), Labels.AsSpan(0, count).ToArray(), FeatureCount, ClassCount);
    }
}
