using System.Text.Json.Serialization;

namespace Wann.Core.Reproduction;

/// <summary>
/// Independent chances of mutation operators, by operator name, in the order they are tried: NEAT mode tries each
/// operator on every child with its own chance (<see cref="NeatMutations"/>), unlike WANN mode's one draw from
/// <see cref="MutationWeights"/>. A config's <c>neat.mutations</c> holds the operators beyond NEAT's own three.
/// </summary>
[JsonConverter(typeof(OperatorChancesJsonConverter))]
public sealed class OperatorChances : IEquatable<OperatorChances>
{
    private readonly (string Name, double Chance)[] _entries;

    /// <summary>Creates chances.</summary>
    /// <param name="entries">Operator names and their chances in [0, 1], in the order they are tried; names must be distinct.</param>
    /// <exception cref="ArgumentException">A name repeats or a chance is outside [0, 1].</exception>
    public OperatorChances(IEnumerable<(string Name, double Chance)> entries)
    {
        _entries = [.. entries];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach ((string name, double chance) in _entries)
        {
            if (!seen.Add(name))
            {
                throw new ArgumentException($"Mutation operator '{name}' is listed twice.", nameof(entries));
            }

            if (!(chance >= 0 && chance <= 1))
            {
                throw new ArgumentException($"The chance of '{name}' is {chance}; expected a number in [0, 1].", nameof(entries));
            }
        }
    }

    /// <summary>Gets the empty set (no operators beyond NEAT's own).</summary>
    public static OperatorChances None { get; } = new([]);

    /// <summary>Gets the entries in the order they are tried.</summary>
    public IReadOnlyList<(string Name, double Chance)> Entries => _entries;

    /// <inheritdoc/>
    public bool Equals(OperatorChances? other) => other is not null && _entries.AsSpan().SequenceEqual(other._entries);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as OperatorChances);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach ((string name, double chance) in _entries)
        {
            hash.Add(name);
            hash.Add(chance);
        }

        return hash.ToHashCode();
    }
}
