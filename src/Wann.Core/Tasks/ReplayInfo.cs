namespace Wann.Core.Tasks;

/// <summary>What a replay shows beside the episode itself.</summary>
/// <param name="Title">A title for the page or picture.</param>
/// <param name="Score">The episode's score (the same as the evaluator's for this seed and weight).</param>
/// <param name="Weight">The shared weight, or null for the genome's own weights.</param>
public sealed record ReplayInfo(string Title, double Score, double? Weight);
