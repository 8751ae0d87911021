namespace Wann.Tuning;

/// <summary>One generation of a tune, for progress reports and the checkpoint's history.</summary>
/// <param name="Generation">Generations done (1 after the first).</param>
/// <param name="CandidateMean">Mean fitness of the generation's candidates.</param>
/// <param name="CandidateBest">Best candidate fitness.</param>
/// <param name="MeanScore">Fitness of the distribution's mean before this generation's update (the weights a tune
/// stopped here would have written), on the same episodes as the candidates.</param>
/// <param name="StepSize">The optimiser's step size after the update.</param>
/// <param name="SelectedScore">The best selection-episode score so far (<see cref="TuneSettings.SelectEpisodes"/>);
/// <see langword="null"/> when the tune does not select.</param>
public sealed record TuneGeneration(int Generation, double CandidateMean, double CandidateBest, double MeanScore, double StepSize, double? SelectedScore = null);
