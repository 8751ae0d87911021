using Wann.Core.Activation;

namespace Wann.Core.Networks;

/// <summary>
/// Runs a <see cref="NetworkProgram"/> for one input vector at a time: the plain reference path that the
/// fast lane path (<see cref="LaneNetwork"/>) is tested against and that the benchmarks use as their baseline.
/// </summary>
/// <remarks>
/// With one shared weight w a node is f(w · Σ sources), summed in connection order, with the activation
/// kernels of <see cref="VectorActivations.ApplyScalar"/>: the same arithmetic as the lane path, bit for
/// bit, so even chaotic episodes agree. (Those kernels are held to <see cref="Math"/> within 1e-6 by the
/// tests.) It equals the reference's f(Σ w · source) up to rounding. Allocates only in its constructor.
/// </remarks>
internal sealed class ScalarNetwork
{
    private readonly NetworkProgram _program;
    private readonly double[] _values;
    private readonly double[] _next;

    /// <summary>Creates an executor for a program.</summary>
    /// <param name="program">The program.</param>
    public ScalarNetwork(NetworkProgram program)
    {
        _program = program;
        _values = new double[program.RowCount];
        _next = new double[program.RowCount];
    }

    /// <summary>Clears a recurrent network's state (call at the start of every episode); nothing to do for feed-forward ones.</summary>
    public void ResetState() => Array.Clear(_values);

    /// <summary>Computes the outputs with one shared weight on every connection.</summary>
    /// <param name="inputs">One value per input.</param>
    /// <param name="sharedWeight">The weight of every connection.</param>
    /// <param name="outputs">Receives one value per output.</param>
    public void Activate(ReadOnlySpan<double> inputs, double sharedWeight, Span<double> outputs) =>
        Activate(inputs, sharedWeight, null, outputs);

    /// <summary>Computes the outputs with each connection's own weight (or the given per-connection weights).</summary>
    /// <param name="inputs">One value per input.</param>
    /// <param name="connectionWeights">One weight per compiled connection, or null for the genome's own weights.</param>
    /// <param name="outputs">Receives one value per output.</param>
    public void ActivateWithConnectionWeights(ReadOnlySpan<double> inputs, double[]? connectionWeights, Span<double> outputs) =>
        Activate(inputs, double.NaN, connectionWeights ?? _program.IncomingWeight, outputs);

    private void Activate(ReadOnlySpan<double> inputs, double sharedWeight, double[]? weights, Span<double> outputs)
    {
        NetworkProgram p = _program;
        double[] v = _values;
        v[0] = 1.0;
        inputs[..p.InputCount].CopyTo(v.AsSpan(1));
        int first = p.FirstComputedRow;

        // Feed-forward: nodes read values computed earlier in this pass. Recurrent: every node reads the
        // previous step's values, so new values go to a second buffer and are copied back at the end.
        double[] target = p.IsRecurrent ? _next : v;
        for (int k = 0; k < p.Activations.Length; k++)
        {
            int begin = p.IncomingStart[k];
            int end = p.IncomingStart[k + 1];
            double sum = 0.0;
            if (weights is null)
            {
                for (int c = begin; c < end; c++)
                {
                    sum += v[p.IncomingSourceRow[c]];
                }

                sum *= sharedWeight;
            }
            else
            {
                for (int c = begin; c < end; c++)
                {
                    sum += v[p.IncomingSourceRow[c]] * weights[c];
                }
            }

            target[first + k] = VectorActivations.ApplyScalar(p.Activations[k], sum);
        }

        if (p.IsRecurrent)
        {
            Array.Copy(_next, first, v, first, p.Activations.Length);
        }

        for (int o = 0; o < p.OutputRows.Length; o++)
        {
            outputs[o] = v[p.OutputRows[o]];
        }
    }
}
