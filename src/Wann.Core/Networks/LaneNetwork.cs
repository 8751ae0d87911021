using System.Numerics.Tensors;
using Wann.Core.Activation;

namespace Wann.Core.Networks;

/// <summary>
/// Runs a <see cref="NetworkProgram"/> over many lanes at once (one lane per weight value and
/// episode), with SIMD over lanes: each node's row of lane values is summed, weighted and activated
/// with <see cref="TensorPrimitives"/>.
/// </summary>
/// <remarks>
/// <para>Inputs and outputs are component-major (component k of lane i at k·lanes + i), the layout of
/// <c>IVectorEnvironment</c>, so the environment's buffers feed the network without a transpose.</para>
/// <para>In shared-weight mode a node's value is f(w · Σ sources), which equals the reference's
/// f(Σ w · source) up to rounding; the tests hold the two paths together to 1e-9 relative.</para>
/// <para>One instance per thread: buffers grow to the largest program loaded and are then reused, so
/// stepping never allocates.</para>
/// </remarks>
public sealed class LaneNetwork
{
    private NetworkProgram? _program;
    private double[] _values = [];
    private double[] _laneWeights;
    private double[] _connectionWeights = [];
    private WeightMode _mode;

    /// <summary>Creates an executor for <paramref name="laneCount"/> lanes.</summary>
    /// <param name="laneCount">Number of lanes, at least one.</param>
    public LaneNetwork(int laneCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(laneCount, 1);
        LaneCount = laneCount;
        _laneWeights = new double[laneCount];
    }

    private enum WeightMode
    {
        Shared,
        Own,
        PerConnection,
    }

    /// <summary>Gets the number of lanes.</summary>
    public int LaneCount { get; }

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
        int needed = program.ConnectionCount * LaneCount;
        if (_connectionWeights.Length < needed)
        {
            _connectionWeights = new double[needed];
        }

        weights[..needed].CopyTo(_connectionWeights);
        _mode = WeightMode.PerConnection;
    }

    /// <summary>Computes the outputs of every lane.</summary>
    /// <param name="inputs">Component-major inputs: input k of lane i at k·lanes + i.</param>
    /// <param name="outputs">Receives component-major outputs.</param>
    public void Activate(ReadOnlySpan<double> inputs, Span<double> outputs)
    {
        NetworkProgram p = Program;
        int lanes = LaneCount;
        Span<double> values = _values;
        values[..lanes].Fill(1.0);
        inputs[..(p.InputCount * lanes)].CopyTo(values[lanes..]);

        int first = p.FirstComputedRow;
        int[] start = p.IncomingStart;
        int[] source = p.IncomingSourceRow;
        for (int k = 0; k < p.Activations.Length; k++)
        {
            Span<double> row = values.Slice((first + k) * lanes, lanes);
            int begin = start[k];
            int end = start[k + 1];
            if (begin == end)
            {
                row.Clear();
            }
            else if (_mode == WeightMode.Shared)
            {
                values.Slice(source[begin] * lanes, lanes).CopyTo(row);
                for (int c = begin + 1; c < end; c++)
                {
                    TensorPrimitives.Add(row, values.Slice(source[c] * lanes, lanes), row);
                }

                TensorPrimitives.Multiply(row, _laneWeights, row);
            }
            else if (_mode == WeightMode.Own)
            {
                double[] w = p.IncomingWeight;
                TensorPrimitives.Multiply(values.Slice(source[begin] * lanes, lanes), w[begin], row);
                for (int c = begin + 1; c < end; c++)
                {
                    TensorPrimitives.MultiplyAdd(values.Slice(source[c] * lanes, lanes), w[c], row, row);
                }
            }
            else
            {
                ReadOnlySpan<double> w = _connectionWeights;
                TensorPrimitives.Multiply(values.Slice(source[begin] * lanes, lanes), w.Slice(begin * lanes, lanes), row);
                for (int c = begin + 1; c < end; c++)
                {
                    TensorPrimitives.MultiplyAdd(values.Slice(source[c] * lanes, lanes), w.Slice(c * lanes, lanes), row, row);
                }
            }

            ActivationFunctions.Apply(p.Activations[k], row);
        }

        for (int o = 0; o < p.OutputRows.Length; o++)
        {
            values.Slice(p.OutputRows[o] * lanes, lanes).CopyTo(outputs.Slice(o * lanes, lanes));
        }
    }

    private void Load(NetworkProgram program)
    {
        _program = program;
        int needed = program.RowCount * LaneCount;
        if (_values.Length < needed)
        {
            _values = new double[needed];
        }
    }
}
