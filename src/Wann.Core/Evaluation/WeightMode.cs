namespace Wann.Core.Evaluation;

/// <summary>Which weights a network is evaluated with.</summary>
public enum WeightMode
{
    /// <summary>One shared weight on every connection, for each value of the weight set (WANN).</summary>
    Shared,

    /// <summary>Each connection's own weight (NEAT mode, imported or tuned champions).</summary>
    Own,
}
