using Wann.Core.Networks;

namespace Wann.Core.Tasks;

/// <summary>The scalar reference network with one shared weight, as an <see cref="IEpisodeActor"/> of one lane.</summary>
/// <param name="network">The network.</param>
internal sealed class ScalarActor(ScalarNetwork network) : IEpisodeActor
{
    /// <summary>Gets or sets the shared weight of every connection.</summary>
    public double Weight { get; set; }

    /// <inheritdoc/>
    public void ResetState() => network.ResetState();

    /// <inheritdoc/>
    public void Activate(ReadOnlySpan<double> inputs, Span<double> outputs) => network.Activate(inputs, Weight, outputs);
}
