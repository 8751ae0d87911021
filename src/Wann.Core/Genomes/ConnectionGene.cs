namespace Wann.Core.Genomes;

/// <summary>A connection of a genome.</summary>
/// <param name="Innovation">Historical marking: the same (source, target) pair gets the same innovation in a run.</param>
/// <param name="Source">Id of the source node.</param>
/// <param name="Target">Id of the target node.</param>
/// <param name="Weight">The connection's own weight, used in NEAT mode, by imported champions and for
/// "own weights" evaluation; shared-weight evaluation replaces it.</param>
/// <param name="Enabled">Whether the connection takes part in the network.</param>
public readonly record struct ConnectionGene(long Innovation, int Source, int Target, double Weight, bool Enabled);
