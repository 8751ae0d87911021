namespace Wann.Core.Evolution;

/// <summary>The names of the built-in search algorithms (the config's <c>mode</c>); others come from <see cref="SearchAlgorithms.Register(string, string, Func{SearchProblem, ISearchAlgorithm})"/>.</summary>
public static class SearchMode
{
    /// <summary>Weight agnostic networks: topology only, scored with shared weights, ranked on Pareto fronts.</summary>
    public const string Wann = "wann";

    /// <summary>Classic NEAT: topology and each connection's weight, speciation with fitness sharing, crossover.</summary>
    public const string Neat = "neat";
}
