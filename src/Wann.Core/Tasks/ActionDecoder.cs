using Wann.Environments.Spaces;

namespace Wann.Core.Tasks;

/// <summary>
/// Turns network outputs into actions of an action space, the same way for every task:
/// <list type="bullet">
/// <item>discrete, one output per choice: the argmax (the first of equal maxima; NaN outputs never win);</item>
/// <item>discrete with two choices and one output: choice 1 when the output is ≥ <see cref="Threshold"/> (0.5), else 0
/// (NaN gives 0) — CartPole's historical "push right when ≥ 0.5";</item>
/// <item>continuous: each output clipped to its output range, then mapped linearly onto the action bounds; when the
/// output range is the action bounds (the default) the output is only clipped, bit for bit <c>Math.Clamp</c>.</item>
/// </list>
/// </summary>
/// <remarks>Buffers are component-major (component <c>k</c> of lane <c>i</c> at <c>k·lanes + i</c>); decoding allocates nothing.</remarks>
public sealed class ActionDecoder
{
    /// <summary>The output threshold of a one-output, two-choice discrete space.</summary>
    public const double Threshold = 0.5;

    private readonly double[] _outLow;
    private readonly double[] _outHigh;
    private readonly double[] _scale;
    private readonly bool[] _clipOnly;

    private ActionDecoder(Space space, int outputCount, double[] outLow, double[] outHigh)
    {
        Space = space;
        OutputCount = outputCount;
        _outLow = outLow;
        _outHigh = outHigh;
        _scale = new double[outLow.Length];
        _clipOnly = new bool[outLow.Length];
        for (int k = 0; k < outLow.Length; k++)
        {
            _clipOnly[k] = outLow[k] == space.Low[k] && outHigh[k] == space.High[k];
            _scale[k] = (space.High[k] - space.Low[k]) / (outHigh[k] - outLow[k]);
        }
    }

    /// <summary>Gets the action space decoded into.</summary>
    public Space Space { get; }

    /// <summary>Gets the number of network outputs read per lane.</summary>
    public int OutputCount { get; }

    /// <summary>Creates the default decoder of a space: clip for continuous, one thresholded output for two choices, else argmax.</summary>
    /// <param name="space">The action space.</param>
    /// <returns>The decoder.</returns>
    public static ActionDecoder For(Space space)
    {
        ArgumentNullException.ThrowIfNull(space);
        return space.Kind == SpaceKind.Discrete
            ? new ActionDecoder(space, space.Count == 2 ? 1 : space.Count, [], [])
            : new ActionDecoder(space, space.Size, [.. space.Low], [.. space.High]);
    }

    /// <summary>Creates an argmax decoder of a discrete space: one output per choice (also for two choices).</summary>
    /// <param name="space">A discrete action space.</param>
    /// <returns>The decoder.</returns>
    public static ActionDecoder ArgMax(Space space)
    {
        ArgumentNullException.ThrowIfNull(space);
        if (space.Kind != SpaceKind.Discrete)
        {
            throw new ArgumentException($"ArgMax needs a discrete space, not {space}.", nameof(space));
        }

        return new ActionDecoder(space, space.Count, [], []);
    }

    /// <summary>Creates a continuous decoder that maps each output range linearly onto the action bounds
    /// (e.g. gas = (clip(o, −1, 1) + 1) / 2 for an output range [−1, 1] and bounds [0, 1]).</summary>
    /// <param name="space">A continuous action space with finite bounds.</param>
    /// <param name="outputLow">Lower end of each output's range.</param>
    /// <param name="outputHigh">Upper end of each output's range.</param>
    /// <returns>The decoder.</returns>
    public static ActionDecoder Scaled(Space space, IReadOnlyList<double> outputLow, IReadOnlyList<double> outputHigh)
    {
        ArgumentNullException.ThrowIfNull(space);
        ArgumentNullException.ThrowIfNull(outputLow);
        ArgumentNullException.ThrowIfNull(outputHigh);
        if (space.Kind != SpaceKind.Continuous || outputLow.Count != space.Size || outputHigh.Count != space.Size)
        {
            throw new ArgumentException($"Scaled needs a continuous space and one output range per component; found {space}, {outputLow.Count} and {outputHigh.Count} range ends.");
        }

        for (int k = 0; k < space.Size; k++)
        {
            if (!(outputLow[k] < outputHigh[k]) || !double.IsFinite(outputLow[k]) || !double.IsFinite(outputHigh[k]))
            {
                throw new ArgumentException($"Output range of {space.Names[k]}: [{outputLow[k]}, {outputHigh[k]}] is not a finite, non-empty interval.");
            }
        }

        return new ActionDecoder(space, space.Size, [.. outputLow], [.. outputHigh]);
    }

    /// <summary>Names of the outputs this decoder reads: the action names, or one per choice (<c>name=k</c>) for argmax.</summary>
    /// <returns>The names.</returns>
    public IReadOnlyList<string> OutputNames()
    {
        if (Space.Kind == SpaceKind.Continuous || OutputCount == 1)
        {
            return Space.Names;
        }

        var names = new string[OutputCount];
        for (int k = 0; k < names.Length; k++)
        {
            names[k] = $"{Space.Names[0]}={k}";
        }

        return names;
    }

    /// <summary>Decodes a batch of lanes.</summary>
    /// <param name="outputs">Network outputs, <see cref="OutputCount"/> per lane, component-major.</param>
    /// <param name="actions">Receives the actions, <c>Space.Size</c> per lane, component-major.</param>
    /// <param name="laneCount">Number of lanes.</param>
    public void Decode(ReadOnlySpan<double> outputs, Span<double> actions, int laneCount)
    {
        if (Space.Kind == SpaceKind.Discrete)
        {
            DecodeDiscrete(outputs, actions, laneCount);
            return;
        }

        for (int k = 0; k < _clipOnly.Length; k++)
        {
            ReadOnlySpan<double> o = outputs.Slice(k * laneCount, laneCount);
            Span<double> a = actions.Slice(k * laneCount, laneCount);
            double lo = _outLow[k], hi = _outHigh[k];
            if (_clipOnly[k])
            {
                for (int i = 0; i < laneCount; i++)
                {
                    a[i] = Math.Clamp(o[i], lo, hi);
                }
            }
            else
            {
                double low = Space.Low[k], scale = _scale[k];
                for (int i = 0; i < laneCount; i++)
                {
                    a[i] = low + ((Math.Clamp(o[i], lo, hi) - lo) * scale);
                }
            }
        }
    }

    private void DecodeDiscrete(ReadOnlySpan<double> outputs, Span<double> actions, int laneCount)
    {
        if (OutputCount == 1)
        {
            for (int i = 0; i < laneCount; i++)
            {
                actions[i] = outputs[i] >= Threshold ? 1.0 : 0.0;
            }

            return;
        }

        for (int i = 0; i < laneCount; i++)
        {
            int best = 0;
            double max = outputs[i];
            for (int k = 1; k < OutputCount; k++)
            {
                double v = outputs[(k * laneCount) + i];
                if (v > max || (double.IsNaN(max) && !double.IsNaN(v)))
                {
                    best = k;
                    max = v;
                }
            }

            actions[i] = best;
        }
    }
}
