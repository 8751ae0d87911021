using System.Numerics;
using System.Runtime.Intrinsics;
using System.Runtime.InteropServices;
using Wann.Core.Activation;

namespace Wann.Core.Networks;

/// <summary>
/// Runs a <see cref="NetworkProgram"/> over many lanes at once (one lane per weight value and
/// episode): each node's row of lane values is summed, weighted and activated a SIMD register at a
/// time.
/// </summary>
/// <remarks>
/// <para>Rows are padded to a whole number of <see cref="Vector{T}"/> registers (of 512-bit ones when the
/// network has more lanes than one <see cref="Vector{T}"/> holds and the CPU has them), so the inner loops have
/// no remainder and no per-row call: for every computed node and register, the sources are added in
/// connection order, multiplied by the lane weights and activated with <see cref="VectorActivations"/>.
/// Padding lanes carry weight 0 and are never read back.</para>
/// <para>Inputs and outputs are component-major with the plain lane stride (component k of lane i at
/// k·lanes + i), the layout of <c>IVectorEnvironment</c>.</para>
/// <para>In shared-weight mode a node's value is f(w · Σ sources), the same arithmetic as
/// <see cref="ScalarNetwork"/>; the reference writes f(Σ w · source), equal up to rounding.</para>
/// <para>One instance per thread: buffers grow to the largest program loaded and are then reused, so
/// stepping never allocates.</para>
/// </remarks>
public sealed class LaneNetwork : Tasks.IEpisodeActor
{
    private static readonly int Width = Vector<double>.Count;

    private NetworkProgram? _program;
    private double[] _values = [];
    private double[] _next = [];
    private readonly double[] _laneWeights;
    private readonly bool _wide;
    private double[] _connectionWeights = [];
    private WeightMode _mode;

    // Input sums (wide networks over fixed inputs, see KeepsInputSums): for the program in _inputSumsProgram,
    // the number of each computed node's leading connections that read the bias or an input, and the row
    // offset in _inputSums of their running sum (-1 when there are none). Null program: nothing valid.
    private NetworkProgram? _inputSumsProgram;
    private int[] _inputSumCount = [];
    private int[] _inputSumRow = [];
    private double[] _inputSums = [];

    /// <summary>Creates an executor for <paramref name="laneCount"/> lanes.</summary>
    /// <param name="laneCount">Number of lanes, at least one.</param>
    public LaneNetwork(int laneCount)
        : this(laneCount, keepInputSums: false)
    {
    }

    /// <summary>Creates an executor, optionally one whose inputs stay fixed over many shared-weight passes.</summary>
    /// <param name="laneCount">Number of lanes, at least one.</param>
    /// <param name="keepInputSums">Whether to keep each node's sum over its leading bias and input sources between passes (<see cref="KeepsInputSums"/>).</param>
    internal LaneNetwork(int laneCount, bool keepInputSums)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(laneCount, 1);
        LaneCount = laneCount;
        KeepsInputSums = keepInputSums;

        // A network with more lanes than one Vector<double> holds (a thousand images; the 18 episodes of a swing-up
        // genome) runs on 512-bit registers where the CPU has them: rows are padded to them, and shared-weight sums and
        // activations take eight lanes per instruction, which also shortens the latency-bound polynomial chains (18
        // lanes: three registers instead of five). Lanes are independent, so the bits are those of the narrower
        // registers. A single-lane network (NEAT) stays narrow.
        _wide = laneCount > Width && Vector512.IsHardwareAccelerated && Vector512<double>.Count > Width;
        int width = _wide ? Vector512<double>.Count : Width;
        Stride = (laneCount + width - 1) / width * width;
        _laneWeights = new double[Stride];
    }

    private enum WeightMode
    {
        Shared,
        Own,
        PerConnection,
    }

    /// <summary>Gets the number of lanes.</summary>
    public int LaneCount { get; }

    /// <summary>Gets the padded row length: <see cref="LaneCount"/> rounded up to whole SIMD registers.</summary>
    public int Stride { get; }

    /// <summary>Gets a value indicating whether the loaded program runs with one shared weight per lane (<see cref="LoadShared"/>).</summary>
    public bool IsShared => _mode == WeightMode.Shared;

    /// <summary>Gets the shared weight of each lane (meaningful when <see cref="IsShared"/>).</summary>
    public ReadOnlySpan<double> SharedWeights => _laneWeights.AsSpan(0, LaneCount);

    /// <summary>
    /// Gets a value indicating whether shared-weight passes reuse each node's sum over its leading bias and input
    /// sources, computed once per program and input rows.
    /// </summary>
    /// <remarks>
    /// <para>Why: a shared-weight node computes f(w · Σ sources), and the part of the sum read from the bias and the
    /// inputs does not depend on w. A classification batch (MNIST: a thousand images) is run six times per genome,
    /// once per weight value, over the same input rows, and most connections there read pixels; their sums need
    /// to be added only once per genome instead of six times.</para>
    /// <para>Only the leading run of such sources is kept (up to the first connection that reads a computed node),
    /// so a node's sum still adds its sources in connection order from zero: the result is the same bits as without
    /// the cache. Writing input rows (<see cref="InputRow"/>, <see cref="InputRows"/>, <see cref="Activate"/>)
    /// discards the sums; the next pass of a program computes them again.</para>
    /// </remarks>
    internal bool KeepsInputSums { get; }

    /// <summary>Gets the number of connections whose sources are summed once for the loaded program and inputs (0 when no sums are kept).</summary>
    internal int KeptInputSumConnections
    {
        get
        {
            if (_program is null || !ReferenceEquals(_inputSumsProgram, _program))
            {
                return 0;
            }

            int total = 0;
            for (int k = 0; k < _program.Activations.Length; k++)
            {
                total += _inputSumCount[k];
            }

            return total;
        }
    }

    /// <summary>Gets the loaded program.</summary>
    public NetworkProgram Program => _program ?? throw new InvalidOperationException("No program is loaded.");

    /// <summary>Loads a program whose connections all carry, in lane i, the weight <paramref name="laneWeights"/>[i].</summary>
    /// <param name="program">The program.</param>
    /// <param name="laneWeights">One shared weight per lane.</param>
    public void LoadShared(NetworkProgram program, ReadOnlySpan<double> laneWeights)
    {
        Load(program);
        laneWeights[..LaneCount].CopyTo(_laneWeights);
        _mode = WeightMode.Shared;
    }

    /// <summary>Loads a program that uses each connection's own weight, the same in every lane.</summary>
    /// <param name="program">The program.</param>
    public void LoadOwnWeights(NetworkProgram program)
    {
        Load(program);
        _mode = WeightMode.Own;
    }

    /// <summary>Loads a program with a weight per connection and lane.</summary>
    /// <param name="program">The program.</param>
    /// <param name="weights">Connection-major: connection c in lane i at c·lanes + i.</param>
    public void LoadPerConnection(NetworkProgram program, ReadOnlySpan<double> weights)
    {
        Load(program);
        int needed = program.ConnectionCount * Stride;
        if (_connectionWeights.Length < needed)
        {
            _connectionWeights = new double[needed];
        }

        for (int c = 0; c < program.ConnectionCount; c++)
        {
            weights.Slice(c * LaneCount, LaneCount).CopyTo(_connectionWeights.AsSpan(c * Stride));
        }

        _mode = WeightMode.PerConnection;
    }

    /// <summary>Clears a recurrent network's state in every lane (call at the start of every episode); a no-op for feed-forward ones.</summary>
    /// <remarks>A feed-forward pass writes every row it later reads (bias, the inputs it uses, then the computed
    /// nodes in order), so stale values never leak; skipping the clear matters for wide networks (MNIST: a
    /// thousand lanes times hundreds of rows, six loads per genome).</remarks>
    public void ResetState()
    {
        if (_program is { IsRecurrent: true } p)
        {
            // The state is the computed nodes; bias and input rows are rewritten or kept (InputRow).
            int first = p.FirstComputedRow * Stride;
            Array.Clear(_values, first, _values.Length - first);
            Array.Clear(Next(), first, _next.Length - first);
        }
    }

    /// <summary>Computes the outputs of every lane.</summary>
    /// <param name="inputs">Component-major inputs: input k of lane i at k·lanes + i.</param>
    /// <param name="outputs">Receives component-major outputs.</param>
    public void Activate(ReadOnlySpan<double> inputs, Span<double> outputs)
    {
        NetworkProgram p = Program;
        int lanes = LaneCount;
        int stride = Stride;
        _inputSumsProgram = null;
        foreach (int k in p.UsedInputs)
        {
            inputs.Slice(k * lanes, lanes).CopyTo(_values.AsSpan((k + 1) * stride, lanes));
        }

        ActivateInPlace(outputs);
    }

    /// <summary>
    /// Gets the row of input <paramref name="k"/> inside the network, to be written once and read by many
    /// activations: rows of inputs survive <see cref="ActivateInPlace"/>, loading other programs and
    /// <see cref="ResetState"/>, so a batch of images is stored once for every genome and weight that sees it.
    /// </summary>
    /// <param name="k">Input index (0-based, without the bias).</param>
    /// <returns>The row's <see cref="LaneCount"/> lane values.</returns>
    public Span<double> InputRow(int k)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        EnsureRows(k + 2);
        _inputSumsProgram = null;
        return _values.AsSpan((k + 1) * Stride, LaneCount);
    }

    /// <summary>Gets the rows of inputs 0..<paramref name="inputCount"/>−1 as one block (input k's lanes from k·<see cref="Stride"/>), for
    /// writers that fill many inputs per lane at a time; the same storage as <see cref="InputRow"/>.</summary>
    /// <param name="inputCount">Number of inputs, at least one.</param>
    /// <returns>The block, <paramref name="inputCount"/>·<see cref="Stride"/> values long.</returns>
    internal Span<double> InputRows(int inputCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(inputCount, 1);
        EnsureRows(inputCount + 1);
        _inputSumsProgram = null;
        return _values.AsSpan(Stride, inputCount * Stride);
    }

    /// <summary>Computes the outputs of every lane from the inputs already in the network's input rows (<see cref="InputRow"/>).</summary>
    /// <param name="outputs">Receives component-major outputs.</param>
    public void ActivateInPlace(Span<double> outputs)
    {
        NetworkProgram p = Program;
        int lanes = LaneCount;
        int stride = Stride;
        Span<double> values = _values;
        values[..stride].Fill(1.0);

        // Feed-forward programs write in place (later nodes read this pass's values); recurrent ones write a
        // second buffer, so every node reads the previous step's values, and copy it back afterwards.
        double[] target = p.IsRecurrent ? Next() : _values;
        switch (_mode)
        {
            case WeightMode.Shared:
                RunShared(p, target);
                break;
            case WeightMode.Own:
                RunOwn(p, target);
                break;
            default:
                RunPerConnection(p, target);
                break;
        }

        if (p.IsRecurrent)
        {
            int first = p.FirstComputedRow * stride;
            Array.Copy(_next, first, _values, first, p.Activations.Length * stride);
        }

        for (int o = 0; o < p.OutputRows.Length; o++)
        {
            values.Slice(p.OutputRows[o] * stride, lanes).CopyTo(outputs.Slice(o * lanes, lanes));
        }
    }

    // The three weight modes differ only in how a node's sum is formed. Each stores the pre-activation sums of
    // a node's row, then activates the row in place (one dispatch per row); a node's row is never one of its
    // own sources in a feed-forward pass, and a recurrent pass reads only the previous step's buffer.
    private void RunShared(NetworkProgram p, double[] target)
    {
        if (KeepsInputSums && !p.IsRecurrent && !ReferenceEquals(_inputSumsProgram, p))
        {
            SumInputs(p);
        }

        bool cached = ReferenceEquals(_inputSumsProgram, p);
        int stride = Stride;
        ref double v = ref MemoryMarshal.GetArrayDataReference(_values);
        ref double t = ref MemoryMarshal.GetArrayDataReference(target);
        ref double lw = ref MemoryMarshal.GetArrayDataReference(_laneWeights);
        ref double kept = ref MemoryMarshal.GetArrayDataReference(_inputSums);
        int[] start = p.IncomingStart;
        int[] source = p.IncomingSourceRow;
        ActivationFunction[] activations = p.Activations;
        int first = p.FirstComputedRow;
        for (int k = 0; k < activations.Length; k++)
        {
            int begin = start[k];
            int end = start[k + 1];
            int row = (first + k) * stride;
            int keptRow = -1;
            if (cached && _inputSumCount[k] > 0)
            {
                keptRow = _inputSumRow[k];
                begin += _inputSumCount[k];
            }

            if (_wide)
            {
                SumWide(ref v, source, begin, end, stride, keptRow, ref kept, ref lw, ref t, row);
            }
            else
            {
                for (int chunk = 0; chunk < stride; chunk += Width)
                {
                    Vector<double> sum = keptRow < 0 ? Vector<double>.Zero : Vector.LoadUnsafe(ref kept, (nuint)(keptRow + chunk));
                    for (int c = begin; c < end; c++)
                    {
                        sum += Vector.LoadUnsafe(ref v, (nuint)((source[c] * stride) + chunk));
                    }

                    (sum * Vector.LoadUnsafe(ref lw, (nuint)chunk)).StoreUnsafe(ref t, (nuint)(row + chunk));
                }
            }

            ActivateRow(activations[k], target.AsSpan(row, stride));
        }
    }

    // RunShared's sum of one node on 512-bit registers (rows padded to them): per lane the same additions in the
    // same order, from the kept input sum or zero, then the same product with the lane weight.
    private static void SumWide(ref double v, int[] source, int begin, int end, int stride, int keptRow, ref double kept, ref double lw, ref double t, int row)
    {
        for (int chunk = 0; chunk < stride; chunk += Vector512<double>.Count)
        {
            Vector512<double> sum = keptRow < 0 ? Vector512<double>.Zero : Vector512.LoadUnsafe(ref kept, (nuint)(keptRow + chunk));
            for (int c = begin; c < end; c++)
            {
                sum += Vector512.LoadUnsafe(ref v, (nuint)((source[c] * stride) + chunk));
            }

            (sum * Vector512.LoadUnsafe(ref lw, (nuint)chunk)).StoreUnsafe(ref t, (nuint)(row + chunk));
        }
    }

    // Sums each computed node's leading bias and input sources the way RunShared adds them (from zero, in
    // connection order, a register at a time), so continuing from the kept sum gives RunShared's own bits.
    private void SumInputs(NetworkProgram p)
    {
        int computed = p.Activations.Length;
        if (_inputSumCount.Length < computed)
        {
            _inputSumCount = new int[computed];
            _inputSumRow = new int[computed];
        }

        int[] start = p.IncomingStart;
        int[] source = p.IncomingSourceRow;
        int first = p.FirstComputedRow;
        int rows = 0;
        for (int k = 0; k < computed; k++)
        {
            int count = 0;
            while (start[k] + count < start[k + 1] && source[start[k] + count] < first)
            {
                count++;
            }

            _inputSumCount[k] = count;
            _inputSumRow[k] = count > 0 ? rows++ * Stride : -1;
        }

        if (_inputSums.Length < rows * Stride)
        {
            _inputSums = new double[rows * Stride];
        }

        int stride = Stride;
        ref double v = ref MemoryMarshal.GetArrayDataReference(_values);
        ref double kept = ref MemoryMarshal.GetArrayDataReference(_inputSums);
        for (int k = 0; k < computed; k++)
        {
            int begin = start[k];
            int end = begin + _inputSumCount[k];
            if (end == begin)
            {
                continue;
            }

            for (int chunk = 0; chunk < stride; chunk += Width)
            {
                Vector<double> sum = Vector<double>.Zero;
                for (int c = begin; c < end; c++)
                {
                    sum += Vector.LoadUnsafe(ref v, (nuint)((source[c] * stride) + chunk));
                }

                sum.StoreUnsafe(ref kept, (nuint)(_inputSumRow[k] + chunk));
            }
        }

        _inputSumsProgram = p;
    }

    private void RunOwn(NetworkProgram p, double[] target)
    {
        int stride = Stride;
        ref double v = ref MemoryMarshal.GetArrayDataReference(_values);
        ref double t = ref MemoryMarshal.GetArrayDataReference(target);
        int[] start = p.IncomingStart;
        int[] source = p.IncomingSourceRow;
        double[] weight = p.IncomingWeight;
        ActivationFunction[] activations = p.Activations;
        int first = p.FirstComputedRow;
        for (int k = 0; k < activations.Length; k++)
        {
            int row = (first + k) * stride;
            for (int chunk = 0; chunk < stride; chunk += Width)
            {
                Vector<double> sum = Vector<double>.Zero;
                for (int c = start[k]; c < start[k + 1]; c++)
                {
                    sum += Vector.LoadUnsafe(ref v, (nuint)((source[c] * stride) + chunk)) * new Vector<double>(weight[c]);
                }

                sum.StoreUnsafe(ref t, (nuint)(row + chunk));
            }

            ActivateRow(activations[k], target.AsSpan(row, stride));
        }
    }

    private void RunPerConnection(NetworkProgram p, double[] target)
    {
        int stride = Stride;
        ref double v = ref MemoryMarshal.GetArrayDataReference(_values);
        ref double t = ref MemoryMarshal.GetArrayDataReference(target);
        ref double w = ref MemoryMarshal.GetArrayDataReference(_connectionWeights);
        int[] start = p.IncomingStart;
        int[] source = p.IncomingSourceRow;
        ActivationFunction[] activations = p.Activations;
        int first = p.FirstComputedRow;
        for (int k = 0; k < activations.Length; k++)
        {
            int row = (first + k) * stride;
            for (int chunk = 0; chunk < stride; chunk += Width)
            {
                Vector<double> sum = Vector<double>.Zero;
                for (int c = start[k]; c < start[k + 1]; c++)
                {
                    sum += Vector.LoadUnsafe(ref v, (nuint)((source[c] * stride) + chunk)) * Vector.LoadUnsafe(ref w, (nuint)((c * stride) + chunk));
                }

                sum.StoreUnsafe(ref t, (nuint)(row + chunk));
            }

            ActivateRow(activations[k], target.AsSpan(row, stride));
        }
    }

    // A node's row of pre-activation sums, activated in place: on 512-bit registers in a wide network.
    private void ActivateRow(ActivationFunction function, Span<double> row)
    {
        if (_wide)
        {
            VectorActivations.ApplyInPlaceWide(function, row);
        }
        else
        {
            VectorActivations.ApplyInPlace(function, row);
        }
    }

    private void Load(NetworkProgram program)
    {
        _program = program;
        EnsureRows(program.RowCount);
        ResetState();
    }

    private void EnsureRows(int rows)
    {
        int needed = rows * Stride;
        if (_values.Length < needed)
        {
            // Grow, keeping the rows written so far (input rows stored with InputRow stay valid).
            var values = new double[needed];
            _values.CopyTo(values, 0);
            _values = values;

            // The second buffer only serves recurrent programs (allocated on their first use): a feed-forward
            // wide network (MNIST: a thousand lanes times hundreds of rows) would otherwise zero twice the memory.
            _next = _next.Length == 0 ? _next : new double[needed];
        }
    }

    private double[] Next()
    {
        if (_next.Length < _values.Length)
        {
            _next = new double[_values.Length];
        }

        return _next;
    }
}
