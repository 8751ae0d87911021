using Wann.Core.Activation;
using Wann.Core.Genomes;
using Wann.Environments.Randomness;

namespace Wann.Core.Reproduction;

/// <summary>
/// Applies exactly one mutation to a child, its operator drawn by roulette over
/// <see cref="MutationWeights"/>, as the WANN reference's <c>topoMutate</c> does.
/// </summary>
public sealed class TopologyMutator
{
    private readonly IMutationOperator[] _operators;
    private readonly double[] _weights;
    private MutationContext? _context;

    /// <summary>Creates a mutator.</summary>
    /// <param name="operators">The operators, in roulette order.</param>
    /// <param name="weights">Their relative chances, aligned with <paramref name="operators"/>.</param>
    /// <param name="hiddenActivations">Activations hidden nodes may have.</param>
    public TopologyMutator(IReadOnlyList<IMutationOperator> operators, IReadOnlyList<double> weights, IReadOnlyList<ActivationFunction> hiddenActivations)
    {
        if (operators.Count == 0 || operators.Count != weights.Count)
        {
            throw new ArgumentException("A mutator needs at least one operator and one weight per operator.", nameof(operators));
        }

        _operators = [.. operators];
        _weights = [.. weights];
        HiddenActivations = hiddenActivations;
        foreach (double w in _weights)
        {
            Total += w;
        }
    }

    /// <summary>Creates a mutator from named weights, building each operator from the registry.</summary>
    /// <param name="weights">Operator names and weights.</param>
    /// <param name="hiddenActivations">Activations hidden nodes may have.</param>
    /// <param name="config">The run's config, from which operators read their settings (defaults when null).</param>
    public TopologyMutator(MutationWeights weights, IReadOnlyList<ActivationFunction> hiddenActivations, Evolution.ExperimentConfig? config = null)
        : this(
            [.. weights.Entries.Select(e => MutationOperators.Create(e.Name, config ?? new Evolution.ExperimentConfig()))],
            [.. weights.Entries.Select(e => e.Weight)],
            hiddenActivations)
    {
    }

    /// <summary>Gets the operators, in roulette order.</summary>
    public IReadOnlyList<IMutationOperator> Operators => _operators;

    /// <summary>Gets the activations hidden nodes may have.</summary>
    public IReadOnlyList<ActivationFunction> HiddenActivations { get; }

    private double Total { get; }

    /// <summary>Draws an operator and applies it.</summary>
    /// <param name="parent">The parent.</param>
    /// <param name="rng">The child's random stream.</param>
    /// <param name="innovations">The run's innovation tracker.</param>
    /// <param name="drawn">The operator drawn.</param>
    /// <returns>The child; the parent itself when the drawn operator had nothing to act on (as in the reference).</returns>
    public Genome Mutate(Genome parent, ref Xoshiro256 rng, InnovationTracker innovations, out IMutationOperator drawn)
    {
        MutationContext context = _context is { } c && ReferenceEquals(c.Innovations, innovations)
            ? c
            : _context = new MutationContext(innovations, HiddenActivations);
        drawn = _operators[Draw(ref rng)];
        return drawn.TryApply(parent, ref rng, context) ?? parent;
    }

    private int Draw(ref Xoshiro256 rng)
    {
        // Subtract the weights in order; the last operator takes whatever rounding leaves over.
        double u = rng.NextDouble() * Total;
        int last = _operators.Length - 1;
        for (int i = 0; i < last; i++)
        {
            if ((u -= _weights[i]) < 0)
            {
                return i;
            }
        }

        return last;
    }
}
