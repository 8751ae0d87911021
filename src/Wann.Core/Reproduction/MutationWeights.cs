namespace Wann.Core.Reproduction;

/// <summary>
/// Relative chances of the mutation operators, by operator name, in roulette order; one operator is
/// drawn per child with probability weight / sum. Defaults are the WANN reference's (p/default_wan.json).
/// </summary>
/// <remarks>The order is part of the run: the roulette subtracts the weights in this order, so the
/// built-in operators keep the reference's order and other operators follow.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(MutationWeightsJsonConverter))]
public sealed class MutationWeights : IEquatable<MutationWeights>
{
    private readonly (string Name, double Weight)[] _entries;

    /// <summary>Creates weights.</summary>
    /// <param name="entries">Operator names and their non-negative weights, in roulette order; names must be distinct.</param>
    /// <exception cref="ArgumentException">A name repeats, a weight is negative or not finite, or all weights are zero.</exception>
    public MutationWeights(IEnumerable<(string Name, double Weight)> entries)
    {
        _entries = [.. entries];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        double total = 0.0;
        foreach ((string name, double weight) in _entries)
        {
            if (!seen.Add(name))
            {
                throw new ArgumentException($"Mutation operator '{name}' is listed twice.", nameof(entries));
            }

            if (!(weight >= 0) || double.IsInfinity(weight))
            {
                throw new ArgumentException($"Mutation weight of '{name}' is {weight}; expected a finite number ≥ 0.", nameof(entries));
            }

            total += weight;
        }

        if (!(total > 0))
        {
            throw new ArgumentException("Every mutation weight is zero; at least one operator needs a positive weight.", nameof(entries));
        }

        Total = total;
    }

    /// <summary>Gets the reference's weights: addConnection 0.20, addNode 0.25, enableConnection 0.05, changeActivation 0.50.</summary>
    public static MutationWeights Default { get; } = new(
    [
        (AddConnectionMutation.OperatorName, 0.20),
        (AddNodeMutation.OperatorName, 0.25),
        (EnableConnectionMutation.OperatorName, 0.05),
        (ChangeActivationMutation.OperatorName, 0.50),
    ]);

    /// <summary>Gets the entries in roulette order.</summary>
    public IReadOnlyList<(string Name, double Weight)> Entries => _entries;

    /// <summary>Gets the sum of the weights (summed in roulette order).</summary>
    public double Total { get; }

    /// <summary>Gets the weight of an operator (0 when not listed).</summary>
    /// <param name="name">The operator's name.</param>
    public double this[string name]
    {
        get
        {
            foreach ((string n, double w) in _entries)
            {
                if (n == name)
                {
                    return w;
                }
            }

            return 0.0;
        }
    }

    /// <summary>Returns these weights with some set or added: listed names keep their place, new names go last.</summary>
    /// <param name="changes">Names and weights to set.</param>
    /// <returns>The new weights.</returns>
    public MutationWeights With(params (string Name, double Weight)[] changes)
    {
        var list = new List<(string Name, double Weight)>(_entries);
        foreach ((string name, double weight) in changes)
        {
            int at = list.FindIndex(e => e.Name == name);
            if (at >= 0)
            {
                list[at] = (name, weight);
            }
            else
            {
                list.Add((name, weight));
            }
        }

        return new MutationWeights(list);
    }

    /// <inheritdoc/>
    public bool Equals(MutationWeights? other) => other is not null && _entries.AsSpan().SequenceEqual(other._entries);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as MutationWeights);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach ((string name, double weight) in _entries)
        {
            hash.Add(name);
            hash.Add(weight);
        }

        return hash.ToHashCode();
    }
}
