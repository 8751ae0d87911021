using Wann.Environments.Randomness;

namespace Wann.Pruning.Networks;

/// <summary>
/// A dense multilayer perceptron with a binary mask on every weight: ReLU hidden layers, a linear output
/// layer read through a softmax. Pruned weights are held at exactly zero (the mask multiplies weights after
/// every change and gradients before every step), biases are never pruned, as in all reference code.
/// </summary>
/// <remarks>
/// <para>Single precision: training LeNet-300-100 on MNIST is a few hundred million multiply-adds per
/// second of wall time, and float halves memory traffic against double. Scores that multiply many weights
/// (SynFlow) and Hessian sums are accumulated in double.</para>
/// <para>Layer l maps <see cref="Sizes"/>[l] inputs to <see cref="Sizes"/>[l + 1] outputs; its weights are
/// row-major by output: weight (o, i) at <c>o · inputs + i</c>.</para>
/// </remarks>
public sealed class MaskedMlp
{
    /// <summary>Creates a network with all weights zero and all masks one.</summary>
    /// <param name="sizes">Layer widths, inputs first, classes last (at least two entries).</param>
    public MaskedMlp(IReadOnlyList<int> sizes)
    {
        if (sizes.Count < 2)
        {
            throw new ArgumentException("A network needs an input and an output width.", nameof(sizes));
        }

        Sizes = [.. sizes];
        Weights = new float[LayerCount][];
        Biases = new float[LayerCount][];
        Masks = new float[LayerCount][];
        for (int l = 0; l < LayerCount; l++)
        {
            Weights[l] = new float[Sizes[l] * Sizes[l + 1]];
            Biases[l] = new float[Sizes[l + 1]];
            Masks[l] = new float[Sizes[l] * Sizes[l + 1]];
            Array.Fill(Masks[l], 1f);
        }
    }

    /// <summary>Gets the layer widths, inputs first.</summary>
    public int[] Sizes { get; }

    /// <summary>Gets the number of weight layers.</summary>
    public int LayerCount => Sizes.Length - 1;

    /// <summary>Gets each layer's weights (row-major by output).</summary>
    public float[][] Weights { get; }

    /// <summary>Gets each layer's biases.</summary>
    public float[][] Biases { get; }

    /// <summary>Gets each layer's mask (1 kept, 0 pruned), shaped like its weights.</summary>
    public float[][] Masks { get; }

    /// <summary>Gets the number of prunable weights (biases excluded).</summary>
    public long TotalWeights
    {
        get
        {
            long n = 0;
            foreach (float[] w in Weights)
            {
                n += w.Length;
            }

            return n;
        }
    }

    /// <summary>Gets the number of weights the masks keep.</summary>
    public long RemainingWeights
    {
        get
        {
            long n = 0;
            for (int l = 0; l < LayerCount; l++)
            {
                n += RemainingIn(l);
            }

            return n;
        }
    }

    /// <summary>Counts the kept weights of one layer.</summary>
    /// <param name="layer">Layer index.</param>
    /// <returns>Kept weights.</returns>
    public long RemainingIn(int layer)
    {
        long n = 0;
        foreach (float m in Masks[layer])
        {
            n += m != 0f ? 1 : 0;
        }

        return n;
    }

    /// <summary>Creates a network with Glorot-normal weights (std = sqrt(2 / (fan in + fan out)), the LTH paper's initialisation) and zero biases.</summary>
    /// <param name="sizes">Layer widths.</param>
    /// <param name="seed">Initialisation seed.</param>
    /// <returns>The network.</returns>
    public static MaskedMlp GlorotNormal(IReadOnlyList<int> sizes, ulong seed)
    {
        var net = new MaskedMlp(sizes);
        for (int l = 0; l < net.LayerCount; l++)
        {
            var rng = new Xoshiro256(SeedMixer.Mix(seed, 0x61D7UL, (ulong)l));
            double std = Math.Sqrt(2.0 / (net.Sizes[l] + net.Sizes[l + 1]));
            float[] w = net.Weights[l];
            for (int k = 0; k < w.Length; k++)
            {
                w[k] = (float)(std * rng.NextGaussian());
            }
        }

        return net;
    }

    /// <summary>Copies weights, biases and masks into a new network.</summary>
    /// <returns>The copy.</returns>
    public MaskedMlp Clone()
    {
        var copy = new MaskedMlp(Sizes);
        copy.CopyParametersFrom(this);
        for (int l = 0; l < LayerCount; l++)
        {
            Masks[l].CopyTo(copy.Masks[l], 0);
        }

        return copy;
    }

    /// <summary>Copies weights and biases (not masks) from a network of the same shape, then applies this network's masks.</summary>
    /// <param name="source">The network to copy from.</param>
    public void CopyParametersFrom(MaskedMlp source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (!source.Sizes.AsSpan().SequenceEqual(Sizes))
        {
            throw new ArgumentException("The networks have different shapes.", nameof(source));
        }

        for (int l = 0; l < LayerCount; l++)
        {
            source.Weights[l].CopyTo(Weights[l], 0);
            source.Biases[l].CopyTo(Biases[l], 0);
        }

        ApplyMasks();
    }

    /// <summary>Sets every pruned weight to exactly zero.</summary>
    public void ApplyMasks()
    {
        for (int l = 0; l < LayerCount; l++)
        {
            System.Numerics.Tensors.TensorPrimitives.Multiply(Weights[l], Masks[l], Weights[l]);
        }
    }
}
