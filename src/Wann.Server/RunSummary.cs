namespace Wann.Server;

/// <summary>One run of the runs folder as the viewer lists it.</summary>
/// <param name="Name">The run's folder name (its id in URLs).</param>
/// <param name="Task">The champion's task, or null before a champion exists.</param>
/// <param name="Generations">Generations recorded in metrics.csv.</param>
/// <param name="ChampionScore">The champion's validated mean, or null.</param>
/// <param name="ChampionConnections">The champion's enabled connections, or null.</param>
public sealed record RunSummary(string Name, string? Task, int Generations, double? ChampionScore, int? ChampionConnections);
