namespace Wann.Core.Reproduction;

/// <summary>
/// Relative chances of the four topological mutations; one is drawn per child by roulette over these
/// values divided by their sum. Defaults are the WANN reference's (p/default_wan.json).
/// </summary>
/// <param name="AddConnection">Add a feed-forward connection between unconnected nodes (0.20).</param>
/// <param name="AddNode">Split an enabled connection with a new hidden node (0.25).</param>
/// <param name="EnableConnection">Re-enable a disabled connection (0.05).</param>
/// <param name="ChangeActivation">Give a hidden node another activation function (0.50).</param>
public sealed record MutationProbabilities(
    double AddConnection = 0.20,
    double AddNode = 0.25,
    double EnableConnection = 0.05,
    double ChangeActivation = 0.50)
{
    /// <summary>Gets the sum of the four chances.</summary>
    public double Total => AddConnection + AddNode + EnableConnection + ChangeActivation;
}
