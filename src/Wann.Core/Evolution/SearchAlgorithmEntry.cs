namespace Wann.Core.Evolution;

/// <summary>A registered search algorithm: how to build it, and whether it keeps the config's population size.</summary>
/// <param name="Factory">Builds the algorithm for a run.</param>
/// <param name="PopulationVaries">Whether the population's size may differ from the config's during a run (restarts that grow
/// it); a checkpoint of a fixed-size algorithm whose population is another size is refused as edited.</param>
internal sealed record SearchAlgorithmEntry(Func<SearchProblem, ISearchAlgorithm> Factory, bool PopulationVaries);
