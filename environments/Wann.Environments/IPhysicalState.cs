namespace Wann.Environments;

/// <summary>
/// Read and write access to the true physical state of each lane, for validating physics against
/// other implementations (<c>wann env trace</c>) and for hand-built test situations.
/// </summary>
public interface IPhysicalState
{
    /// <summary>Gets the names of the state components, in order.</summary>
    IReadOnlyList<string> StateNames { get; }

    /// <summary>Copies the state of one lane.</summary>
    /// <param name="lane">The lane.</param>
    /// <param name="state">Receives <c>StateNames.Count</c> values.</param>
    void ReadState(int lane, Span<double> state);

    /// <summary>Puts a lane into the given state and starts a fresh episode there (step counter zero, flags cleared).</summary>
    /// <param name="lane">The lane.</param>
    /// <param name="state"><c>StateNames.Count</c> values.</param>
    void SetState(int lane, ReadOnlySpan<double> state);
}
