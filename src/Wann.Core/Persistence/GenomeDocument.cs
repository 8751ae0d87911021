using Wann.Core.Genomes;

namespace Wann.Core.Persistence;

/// <summary>A genome as stored in a file, with the task it was evolved for and optional scores.</summary>
/// <param name="Genome">The genome.</param>
/// <param name="Task">The task name.</param>
/// <param name="Scores">Named scores to keep beside the genome (e.g. validated mean, generation); may be empty.</param>
public sealed record GenomeDocument(Genome Genome, string Task, IReadOnlyDictionary<string, double> Scores);
