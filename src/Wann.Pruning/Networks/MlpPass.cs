using System.Numerics.Tensors;

namespace Wann.Pruning.Networks;

/// <summary>
/// Forward and backward passes of a <see cref="MaskedMlp"/> over a mini-batch, with the buffers they need
/// (allocated once for the largest batch, reused for every step).
/// </summary>
/// <remarks>
/// <para>Every inner loop is a dot product or an axpy over a contiguous row (TensorPrimitives), and every
/// parallel loop writes disjoint rows with a fixed summation order, so results do not depend on the
/// number of threads.</para>
/// <para>The loss is the mean softmax cross-entropy of the batch; gradients are of that mean.</para>
/// </remarks>
public sealed class MlpPass
{
    private readonly MaskedMlp _net;
    private readonly float[][] _activations; // [layer][batch × width]; layer 0 is the input batch
    private readonly float[][] _deltas;      // dLoss/dPreActivation per layer output [batch × width]
    private readonly ParallelOptions _parallel;

    /// <summary>Creates the buffers for batches of up to <paramref name="maxBatch"/> examples.</summary>
    /// <param name="net">The network.</param>
    /// <param name="maxBatch">Largest batch.</param>
    /// <param name="threads">Degree of parallelism (0: all cores).</param>
    public MlpPass(MaskedMlp net, int maxBatch, int threads = 0)
    {
        _net = net;
        MaxBatch = maxBatch;
        _parallel = new ParallelOptions { MaxDegreeOfParallelism = threads > 0 ? threads : Environment.ProcessorCount };
        _activations = new float[net.Sizes.Length][];
        _deltas = new float[net.Sizes.Length][];
        for (int l = 0; l < net.Sizes.Length; l++)
        {
            _activations[l] = new float[maxBatch * net.Sizes[l]];
            _deltas[l] = new float[maxBatch * net.Sizes[l]];
        }

        WeightGradients = new float[net.LayerCount][];
        BiasGradients = new float[net.LayerCount][];
        for (int l = 0; l < net.LayerCount; l++)
        {
            WeightGradients[l] = new float[net.Weights[l].Length];
            BiasGradients[l] = new float[net.Biases[l].Length];
        }
    }

    /// <summary>Gets the largest batch.</summary>
    public int MaxBatch { get; }

    /// <summary>Gets the weight gradients of the last <see cref="Backward"/>, masked.</summary>
    public float[][] WeightGradients { get; }

    /// <summary>Gets the bias gradients of the last <see cref="Backward"/>.</summary>
    public float[][] BiasGradients { get; }

    /// <summary>Gets the output logits of the last forward pass ([batch × classes]).</summary>
    public ReadOnlySpan<float> Logits => _activations[^1];

    /// <summary>Gets a layer's activations of the last forward pass (layer 0: the inputs; hidden layers after ReLU).</summary>
    /// <param name="layer">0 … LayerCount.</param>
    /// <returns>[batch × width], row-major.</returns>
    public ReadOnlySpan<float> Activations(int layer) => _activations[layer];

    /// <summary>Runs the network on a batch.</summary>
    /// <param name="inputs">[batch × inputs], row-major.</param>
    /// <param name="batch">Examples in the batch.</param>
    public void Forward(ReadOnlySpan<float> inputs, int batch)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(batch, MaxBatch);
        inputs[..(batch * _net.Sizes[0])].CopyTo(_activations[0]);
        for (int l = 0; l < _net.LayerCount; l++)
        {
            int inWidth = _net.Sizes[l];
            int outWidth = _net.Sizes[l + 1];
            float[] x = _activations[l];
            float[] y = _activations[l + 1];
            float[] w = _net.Weights[l];
            float[] b = _net.Biases[l];
            bool hidden = l < _net.LayerCount - 1;
            Parallel.For(0, batch, _parallel, r =>
            {
                ReadOnlySpan<float> row = x.AsSpan(r * inWidth, inWidth);
                Span<float> target = y.AsSpan(r * outWidth, outWidth);
                for (int o = 0; o < outWidth; o++)
                {
                    float z = TensorPrimitives.Dot(row, w.AsSpan(o * inWidth, inWidth)) + b[o];
                    target[o] = hidden && z < 0f ? 0f : z;
                }
            });
        }
    }

    /// <summary>Mean softmax cross-entropy of the last forward pass.</summary>
    /// <param name="labels">The batch's classes.</param>
    /// <param name="batch">Examples in the batch.</param>
    /// <returns>The mean loss.</returns>
    public double Loss(ReadOnlySpan<byte> labels, int batch)
    {
        int classes = _net.Sizes[^1];
        double total = 0;
        for (int r = 0; r < batch; r++)
        {
            ReadOnlySpan<float> z = _activations[^1].AsSpan(r * classes, classes);
            float max = TensorPrimitives.Max(z);
            double sum = 0;
            foreach (float v in z)
            {
                sum += Math.Exp(v - max);
            }

            total += Math.Log(sum) + max - z[labels[r]];
        }

        return total / batch;
    }

    /// <summary>Counts correct predictions (largest logit) of the last forward pass.</summary>
    /// <param name="labels">The batch's classes.</param>
    /// <param name="batch">Examples in the batch.</param>
    /// <returns>Correct predictions.</returns>
    public int Correct(ReadOnlySpan<byte> labels, int batch)
    {
        int classes = _net.Sizes[^1];
        int correct = 0;
        for (int r = 0; r < batch; r++)
        {
            correct += TensorPrimitives.IndexOfMax(_activations[^1].AsSpan(r * classes, classes)) == labels[r] ? 1 : 0;
        }

        return correct;
    }

    /// <summary>
    /// Backpropagates the mean cross-entropy of the last forward pass into <see cref="WeightGradients"/>
    /// (masked: pruned weights get exactly zero) and <see cref="BiasGradients"/>.
    /// </summary>
    /// <param name="labels">The batch's classes.</param>
    /// <param name="batch">Examples in the batch.</param>
    public void Backward(ReadOnlySpan<byte> labels, int batch)
    {
        int classes = _net.Sizes[^1];
        float[] top = _deltas[^1];
        for (int r = 0; r < batch; r++)
        {
            Span<float> z = _activations[^1].AsSpan(r * classes, classes);
            Span<float> d = top.AsSpan(r * classes, classes);
            TensorPrimitives.SoftMax(z, d);
            d[labels[r]] -= 1f;
            TensorPrimitives.Multiply(d, 1f / batch, d);
        }

        SeedOutputDeltas(top, batch);
    }

    /// <summary>
    /// Backpropagates arbitrary output deltas (dR/dlogits, [batch × classes]) already written by the caller:
    /// the shared second half of <see cref="Backward"/>, used by scorers with other objectives.
    /// </summary>
    /// <param name="outputDeltas">dR/dlogits.</param>
    /// <param name="batch">Examples in the batch.</param>
    public void SeedOutputDeltas(ReadOnlySpan<float> outputDeltas, int batch)
    {
        int classes = _net.Sizes[^1];
        outputDeltas[..(batch * classes)].CopyTo(_deltas[^1]);
        for (int l = _net.LayerCount - 1; l >= 0; l--)
        {
            int inWidth = _net.Sizes[l];
            int outWidth = _net.Sizes[l + 1];
            float[] x = _activations[l];
            float[] delta = _deltas[l + 1];
            float[] w = _net.Weights[l];
            float[] gw = WeightGradients[l];
            float[] gb = BiasGradients[l];
            float[] mask = _net.Masks[l];

            // dW[o, :] = Σ_r delta[r, o] · x[r, :], one output row per task.
            Parallel.For(0, outWidth, _parallel, o =>
            {
                Span<float> g = gw.AsSpan(o * inWidth, inWidth);
                g.Clear();
                float bias = 0f;
                for (int r = 0; r < batch; r++)
                {
                    float d = delta[(r * outWidth) + o];
                    if (d != 0f)
                    {
                        TensorPrimitives.MultiplyAdd(x.AsSpan(r * inWidth, inWidth), d, g, g);
                        bias += d;
                    }
                }

                TensorPrimitives.Multiply(g, mask.AsSpan(o * inWidth, inWidth), g);
                gb[o] = bias;
            });

            if (l == 0)
            {
                break;
            }

            // delta_prev[r, :] = (Σ_o delta[r, o] · W[o, :]) ⊙ relu'(x[r, :]).
            float[] previous = _deltas[l];
            Parallel.For(0, batch, _parallel, r =>
            {
                Span<float> p = previous.AsSpan(r * inWidth, inWidth);
                p.Clear();
                for (int o = 0; o < outWidth; o++)
                {
                    float d = delta[(r * outWidth) + o];
                    if (d != 0f)
                    {
                        TensorPrimitives.MultiplyAdd(w.AsSpan(o * inWidth, inWidth), d, p, p);
                    }
                }

                ReadOnlySpan<float> a = x.AsSpan(r * inWidth, inWidth);
                for (int i = 0; i < inWidth; i++)
                {
                    if (a[i] <= 0f)
                    {
                        p[i] = 0f;
                    }
                }
            });
        }
    }
}
