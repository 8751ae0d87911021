using System.Numerics;
using System.Runtime.Intrinsics;
using Wann.Core.Networks;
using Wann.Environments.Digits;
using Wann.Environments.Numerics;
using Wann.Environments.Randomness;

namespace Wann.Core.Tasks;

/// <summary>
/// Runs <see cref="ClassificationTask"/> episodes: for each lane (a weight value and a batch seed) it
/// classifies the whole batch at once on a second, wide lane network whose lanes are the images.
/// </summary>
/// <remarks>
/// <para>Why a second network: the engine gives a runner one lane per weight value (six), while a
/// classification episode is a thousand independent images. Running the images as the lanes keeps
/// every SIMD register full and lets the batch be stored once, pixel-major, in exactly the layout the
/// network reads; the weight value is then the same in every lane of one pass.</para>
/// <para>The batch of a seed is drawn once, written into the wide network's input rows, and reused by
/// every genome of the generation that this thread scores (all share the seed): per genome only the
/// computed nodes run, and the sums a node reads from pixels are added once for all six weight values
/// (<see cref="LaneNetwork.KeepsInputSums"/>). Nothing is allocated per genome once the buffers have grown.</para>
/// </remarks>
internal sealed class ClassificationRunner : TaskRunner
{
    private readonly ClassificationTask _task;
    private readonly int _batch;
    private readonly int _pixels;
    private readonly LaneNetwork _wide;
    private readonly double[] _weightRow;
    private readonly double[] _outputs;
    private readonly byte[] _labels;
    private readonly int[] _swaps;
    private int[] _order = [];
    private ulong _batchSeed;
    private bool _hasBatch;

    /// <summary>Creates a runner.</summary>
    /// <param name="task">The task.</param>
    /// <param name="laneCount">Episodes (weight values × repetitions) per genome.</param>
    public ClassificationRunner(ClassificationTask task, int laneCount)
        : base(laneCount)
    {
        _task = task;
        _batch = task.BatchSize;
        _pixels = task.InputCount;
        _wide = new LaneNetwork(_batch, keepInputSums: true);
        _weightRow = new double[_batch];
        _outputs = new double[ClassificationTask.ClassCount * _batch];
        _labels = new byte[_batch];
        _swaps = new int[_batch];
    }

    /// <inheritdoc/>
    public override void Run(LaneNetwork network, ReadOnlySpan<ulong> laneSeeds, Span<double> scores)
    {
        bool shared = network.IsShared;
        ReadOnlySpan<double> weights = network.SharedWeights;
        for (int lane = 0; lane < LaneCount; lane++)
        {
            EnsureBatch(laneSeeds[lane]);
            Activate(network.Program, shared ? weights[lane] : null);
            scores[lane] = -MeanCrossEntropy(_outputs, _labels, _batch);
            LaneSteps += _batch;
        }
    }

    /// <summary>Classifies every image of a set (for test accuracy): the predicted digit is the largest output.</summary>
    /// <param name="program">The network.</param>
    /// <param name="sharedWeight">The shared weight of every connection, or null for the connections' own weights.</param>
    /// <param name="set">The images (of the task's size).</param>
    /// <param name="predicted">Receives one digit per image.</param>
    public void Predict(NetworkProgram program, double? sharedWeight, DigitSet set, Span<byte> predicted)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(set.PixelCount, _pixels);
        _hasBatch = false;
        for (int first = 0; first < set.Count; first += _batch)
        {
            int count = Math.Min(_batch, set.Count - first);
            StoreImages(set, first, count);

            // A short last chunk leaves stale images in the unused lanes; their predictions are not read.
            Activate(program, sharedWeight);
            for (int i = 0; i < count; i++)
            {
                predicted[first + i] = ArgMax(_outputs, i, _batch);
            }
        }
    }

    /// <summary>Computes the mean over a batch of the softmax cross-entropy of component-major outputs.</summary>
    /// <param name="outputs">Ten outputs per image, component-major (class k of image i at k·batch + i).</param>
    /// <param name="labels">The true digit of each image.</param>
    /// <param name="batch">Number of images.</param>
    /// <returns>The mean of −log softmax(outputs)[label].</returns>
    public static double MeanCrossEntropy(ReadOnlySpan<double> outputs, ReadOnlySpan<byte> labels, int batch)
    {
        const int classes = ClassificationTask.ClassCount;
        int width = Vector<double>.Count;
        Span<double> maxima = stackalloc double[width];
        Span<double> sums = stackalloc double[width];
        double total = 0.0;

        // Whole registers of images: the maximum and the sum of exponentials over the ten class rows run a
        // register at a time with the lane-independent exp kernel (the same bits for an image whatever its
        // position and the register's width: 512-bit registers first where the CPU has them); the logarithm and the
        // label's output are per image, added in image order.
        int i = 0;
        if (Vector512.IsHardwareAccelerated && Vector512<double>.Count > width)
        {
            i = WideCrossEntropy(outputs, labels, batch, ref total);
        }

        for (; i + width <= batch; i += width)
        {
            var max = new Vector<double>(outputs.Slice(i, width));
            for (int k = 1; k < classes; k++)
            {
                max = Vector.Max(max, new Vector<double>(outputs.Slice((k * batch) + i, width)));
            }

            Vector<double> sum = Vector<double>.Zero;
            for (int k = 0; k < classes; k++)
            {
                sum += LaneMath.Exp(new Vector<double>(outputs.Slice((k * batch) + i, width)) - max);
            }

            max.CopyTo(maxima);
            sum.CopyTo(sums);
            for (int j = 0; j < width; j++)
            {
                total += CrossEntropyTerm(sums[j], maxima[j], outputs[(labels[i + j] * batch) + i + j]);
            }
        }

        for (; i < batch; i++)
        {
            double max = double.NegativeInfinity;
            for (int k = 0; k < classes; k++)
            {
                max = Math.Max(max, outputs[(k * batch) + i]);
            }

            double sum = 0.0;
            for (int k = 0; k < classes; k++)
            {
                sum += LaneMath.Exp(outputs[(k * batch) + i] - max);
            }

            total += CrossEntropyTerm(sum, max, outputs[(labels[i] * batch) + i]);
        }

        return total / batch;
    }

    // MeanCrossEntropy's register loop on 512-bit registers: adds the terms of the images in whole registers to total,
    // in image order, and returns the number of images done.
    private static int WideCrossEntropy(ReadOnlySpan<double> outputs, ReadOnlySpan<byte> labels, int batch, ref double total)
    {
        const int classes = ClassificationTask.ClassCount;
        int width = Vector512<double>.Count;
        Span<double> maxima = stackalloc double[width];
        Span<double> sums = stackalloc double[width];
        int i = 0;
        for (; i + width <= batch; i += width)
        {
            Vector512<double> max = Vector512.Create(outputs.Slice(i, width));
            for (int k = 1; k < classes; k++)
            {
                max = Vector512.Max(max, Vector512.Create(outputs.Slice((k * batch) + i, width)));
            }

            Vector512<double> sum = Vector512<double>.Zero;
            for (int k = 0; k < classes; k++)
            {
                sum += LaneMath.Exp(Vector512.Create(outputs.Slice((k * batch) + i, width)) - max);
            }

            max.CopyTo(maxima);
            sum.CopyTo(sums);
            for (int j = 0; j < width; j++)
            {
                total += CrossEntropyTerm(sums[j], maxima[j], outputs[(labels[i + j] * batch) + i + j]);
            }
        }

        return i;
    }

    // log-sum-exp shifted by the maximum: exact for large outputs, and NaN only if an output is NaN.
    private static double CrossEntropyTerm(double sumOfExponentials, double max, double labelOutput) =>
        Math.Log(sumOfExponentials) + max - labelOutput;

    private void Activate(NetworkProgram program, double? sharedWeight)
    {
        if (sharedWeight is double w)
        {
            Array.Fill(_weightRow, w);
            _wide.LoadShared(program, _weightRow);
        }
        else
        {
            _wide.LoadOwnWeights(program);
        }

        _wide.ActivateInPlace(_outputs);
    }

    private void StoreImages(DigitSet set, int first, int count)
    {
        for (int p = 0; p < _pixels; p++)
        {
            Span<double> row = _wide.InputRow(p);
            for (int i = 0; i < count; i++)
            {
                row[i] = set.Pixels[((first + i) * _pixels) + p];
            }
        }
    }

    private void EnsureBatch(ulong seed)
    {
        if (_hasBatch && seed == _batchSeed)
        {
            return;
        }

        DigitSet train = _task.Train;
        if (_order.Length != train.Count)
        {
            // The identity permutation, restored after every draw (below), so a draw costs the batch, not the set.
            _order = new int[train.Count];
            for (int i = 0; i < _order.Length; i++)
            {
                _order[i] = i;
            }
        }

        // Partial Fisher-Yates: the first batch entries become a uniform sample without replacement.
        var random = new Xoshiro256(seed);
        int take = Math.Min(_batch, _order.Length);
        for (int i = 0; i < take; i++)
        {
            int j = i + random.NextInt(_order.Length - i);
            _swaps[i] = j;
            (_order[i], _order[j]) = (_order[j], _order[i]);
        }

        for (int i = 0; i < _batch; i++)
        {
            _labels[i] = train.Labels[_order[i % take]];
        }

        // The batch goes straight into the wide network's input rows, pixel-major, where it stays for every
        // genome and weight of the generation (loading programs keeps input rows). A block of images at a time
        // (their pixels stay in the L1 cache) so each input row receives a whole cache line per block.
        Span<double> rows = _wide.InputRows(_pixels);
        int stride = _wide.Stride;
        float[] pixels = train.Pixels;
        const int block = 8;
        for (int first = 0; first < _batch; first += block)
        {
            int last = Math.Min(first + block, _batch);
            for (int p = 0; p < _pixels; p++)
            {
                Span<double> row = rows.Slice(p * stride, _batch);
                for (int i = first; i < last; i++)
                {
                    row[i] = pixels[(_order[i % take] * _pixels) + p];
                }
            }
        }

        // Undo the swaps in reverse order: the permutation is the identity again for the next draw.
        for (int i = take - 1; i >= 0; i--)
        {
            int j = _swaps[i];
            (_order[i], _order[j]) = (_order[j], _order[i]);
        }

        _batchSeed = seed;
        _hasBatch = true;
    }

    private static byte ArgMax(ReadOnlySpan<double> outputs, int lane, int batch)
    {
        int best = 0;
        for (int k = 1; k < ClassificationTask.ClassCount; k++)
        {
            if (outputs[(k * batch) + lane] > outputs[(best * batch) + lane])
            {
                best = k;
            }
        }

        return (byte)best;
    }
}
