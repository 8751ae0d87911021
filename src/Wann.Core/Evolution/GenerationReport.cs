namespace Wann.Core.Evolution;

/// <summary>Statistics of one evaluated generation (one row of <c>metrics.csv</c>).</summary>
/// <param name="Generation">Generation index, from 0.</param>
/// <param name="Episodes">Episodes run so far in the whole run, validation included.</param>
/// <param name="BestMean">Best mean fitness in the generation.</param>
/// <param name="MedianMean">Median mean fitness.</param>
/// <param name="AverageMean">Average mean fitness.</param>
/// <param name="BestMax">Best max fitness (best single weight value) in the generation.</param>
/// <param name="BestConnections">Connections of the genome with the best mean.</param>
/// <param name="MedianConnections">Median connection count.</param>
/// <param name="MedianNodes">Median node count (bias, inputs, outputs and hidden).</param>
/// <param name="ChampionMean">The champion's validated mean.</param>
/// <param name="ChampionConnections">The champion's connections.</param>
/// <param name="ChampionGeneration">The generation the champion came from.</param>
/// <param name="RankedBy">What ranked this generation, as the algorithm's ranking strategy names it: with the default
/// <c>nsga2</c>, "connections" (NSGA-II on mean and fewer connections) or "max" (NSGA-II on mean and max); "species" in NEAT mode.</param>
/// <param name="Seconds">Wall time of this generation.</param>
public sealed record GenerationReport(
    int Generation,
    long Episodes,
    double BestMean,
    double MedianMean,
    double AverageMean,
    double BestMax,
    int BestConnections,
    double MedianConnections,
    double MedianNodes,
    double ChampionMean,
    int ChampionConnections,
    int ChampionGeneration,
    string RankedBy,
    double Seconds);
