namespace Wann.Core.Evolution;

/// <summary>What the search evolves.</summary>
public enum SearchMode
{
    /// <summary>Weight agnostic networks: topology only, scored with shared weights, ranked on Pareto fronts.</summary>
    Wann,

    /// <summary>Classic NEAT: topology and each connection's weight, speciation with fitness sharing, crossover.</summary>
    Neat,
}
