namespace Wann.Core.Tasks;

/// <summary>What acts in an episode: a network (or any policy) that turns inputs into outputs, lane by lane.</summary>
/// <remarks>The lane network implements this directly; <see cref="ScalarActor"/> adapts the scalar reference network.</remarks>
public interface IEpisodeActor
{
    /// <summary>Clears recurrent state before new episodes.</summary>
    void ResetState();

    /// <summary>Computes the outputs of every lane from its inputs (component-major).</summary>
    /// <param name="inputs">Network inputs.</param>
    /// <param name="outputs">Receives network outputs.</param>
    void Activate(ReadOnlySpan<double> inputs, Span<double> outputs);
}
