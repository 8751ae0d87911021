using System.Numerics.Tensors;
using Wann.Environments.Randomness;
using Wann.Pruning.Data;
using Wann.Pruning.Networks;

namespace Wann.Pruning.Training;

/// <summary>
/// Trains a <see cref="MaskedMlp"/> by mini-batch gradient descent on the mean cross-entropy. Masks are
/// respected: gradients are masked before the update and weights after it, so a pruned weight stays
/// exactly zero and its Adam moments stay zero.
/// </summary>
/// <remarks>The example order is a fresh seeded permutation every epoch (derived from the settings' seed and
/// the epoch), so a training run is reproducible bit for bit whatever the number of threads.</remarks>
public sealed class Trainer
{
    private const float Beta1 = 0.9f;
    private const float Beta2 = 0.999f;
    private const float Epsilon = 1e-8f;

    private readonly MaskedMlp _net;
    private readonly TrainingSettings _settings;
    private readonly MlpPass _pass;
    private readonly float[][] _m1;
    private readonly float[][] _v1;
    private readonly float[][] _m2;
    private readonly float[][] _v2;
    private readonly float[] _batchInputs;
    private readonly byte[] _batchLabels;
    private long _step;

    /// <summary>Creates a trainer (optimizer state starts at zero).</summary>
    /// <param name="net">The network, trained in place.</param>
    /// <param name="settings">Settings.</param>
    public Trainer(MaskedMlp net, TrainingSettings settings)
    {
        _net = net;
        _settings = settings;
        _pass = new MlpPass(net, settings.BatchSize, settings.Threads);
        _m1 = [.. net.Weights.Select(w => new float[w.Length])];
        _v1 = [.. net.Weights.Select(w => new float[w.Length])];
        _m2 = [.. net.Biases.Select(b => new float[b.Length])];
        _v2 = [.. net.Biases.Select(b => new float[b.Length])];
        _batchInputs = new float[settings.BatchSize * net.Sizes[0]];
        _batchLabels = new byte[settings.BatchSize];
    }

    /// <summary>Gets the steps taken so far.</summary>
    public long Steps => _step;

    /// <summary>Trains for the settings' number of iterations.</summary>
    /// <param name="data">Training examples.</param>
    /// <param name="afterStep">Called after each step with the step count (for rewind points); may be null.</param>
    /// <param name="orderFromStep">Draw examples in the order a run with the same seed would after this many
    /// steps (0: from the start). A Lottery Ticket rewound to step k retrains on the examples the original run
    /// saw from step k on, as a resumed run would.</param>
    public void Train(DenseDataset data, Action<long>? afterStep = null, long orderFromStep = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(orderFromStep);
        int batch = _settings.BatchSize;
        int features = data.FeatureCount;
        var order = new int[data.Count];
        long skipped = orderFromStep * batch;
        int epoch = (int)(skipped / data.Count);
        int cursor = (int)(skipped % data.Count);
        if (cursor == 0)
        {
            cursor = order.Length; // at an epoch boundary: the loop draws that epoch's permutation first
        }
        else
        {
            Shuffle(order, SeedMixer.Mix(_settings.Seed, 0xE90CUL, (ulong)epoch++));
        }

        for (int it = 0; it < _settings.Iterations; it++)
        {
            for (int r = 0; r < batch; r++)
            {
                if (cursor == order.Length)
                {
                    Shuffle(order, SeedMixer.Mix(_settings.Seed, 0xE90CUL, (ulong)epoch++));
                    cursor = 0;
                }

                int index = order[cursor++];
                data.Row(index).CopyTo(_batchInputs.AsSpan(r * features, features));
                _batchLabels[r] = data.Labels[index];
            }

            _pass.Forward(_batchInputs, batch);
            _pass.Backward(_batchLabels, batch);
            Update();
            afterStep?.Invoke(_step);
        }
    }

    /// <summary>Fraction of examples whose largest logit is their class.</summary>
    /// <param name="net">The network.</param>
    /// <param name="data">The examples.</param>
    /// <param name="threads">Degree of parallelism (0: all cores).</param>
    /// <returns>Accuracy in [0, 1].</returns>
    public static double Accuracy(MaskedMlp net, DenseDataset data, int threads = 0)
    {
        const int chunk = 500;
        var pass = new MlpPass(net, chunk, threads);
        int correct = 0;
        for (int first = 0; first < data.Count; first += chunk)
        {
            int n = Math.Min(chunk, data.Count - first);
            pass.Forward(data.Features.AsSpan(first * data.FeatureCount, n * data.FeatureCount), n);
            correct += pass.Correct(data.Labels.AsSpan(first, n), n);
        }

        return (double)correct / data.Count;
    }

    private void Update()
    {
        _step++;
        float lr = (float)_settings.LearningRate;
        for (int l = 0; l < _net.LayerCount; l++)
        {
            if (_settings.Optimizer == OptimizerKind.Sgd)
            {
                TensorPrimitives.MultiplyAdd(_pass.WeightGradients[l], -lr, _net.Weights[l], _net.Weights[l]);
                TensorPrimitives.MultiplyAdd(_pass.BiasGradients[l], -lr, _net.Biases[l], _net.Biases[l]);
            }
            else
            {
                float c1 = 1f - MathF.Pow(Beta1, _step);
                float c2 = 1f - MathF.Pow(Beta2, _step);
                float stepSize = lr * MathF.Sqrt(c2) / c1;
                AdamStep(_net.Weights[l], _pass.WeightGradients[l], _m1[l], _v1[l], stepSize);
                AdamStep(_net.Biases[l], _pass.BiasGradients[l], _m2[l], _v2[l], stepSize);
            }

            // Pruned weights had zero gradient, so neither rule moved them; the product keeps them exactly 0.
            TensorPrimitives.Multiply(_net.Weights[l], _net.Masks[l], _net.Weights[l]);
        }
    }

    private static void AdamStep(float[] p, float[] g, float[] m, float[] v, float stepSize)
    {
        // m = β₁m + (1−β₁)g; v = β₂v + (1−β₂)g²; p −= α·√(1−β₂ᵗ)/(1−β₁ᵗ) · m / (√v + ε): Kingma and Ba's efficient form.
        for (int i = 0; i < p.Length; i++)
        {
            float gi = g[i];
            float mi = (Beta1 * m[i]) + ((1f - Beta1) * gi);
            float vi = (Beta2 * v[i]) + ((1f - Beta2) * gi * gi);
            m[i] = mi;
            v[i] = vi;
            p[i] -= stepSize * mi / (MathF.Sqrt(vi) + Epsilon);
        }
    }

    private static void Shuffle(int[] order, ulong seed)
    {
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var rng = new Xoshiro256(seed);
        for (int i = order.Length - 1; i > 0; i--)
        {
            int j = rng.NextInt(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }
    }
}
