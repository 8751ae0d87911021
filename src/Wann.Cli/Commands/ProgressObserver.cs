using System.Diagnostics;
using System.Globalization;
using Wann.Core.Evolution;
using Wann.Core.Runs;

namespace Wann.Cli.Commands;

/// <summary>Turns generations into progress lines: generation, best and mean scores, the champion and the episode rate.</summary>
/// <param name="experiment">The run's config.</param>
/// <param name="state">The run's state (for the episode count).</param>
/// <param name="show">Shows a progress line.</param>
/// <param name="advance">Advances a progress bar by one generation.</param>
/// <param name="every">Show a line every this many generations (and for the last).</param>
internal sealed class ProgressObserver(ExperimentConfig experiment, EvolutionState state, Action<string> show, Action advance, int every) : IRunObserver
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly long _episodesAtStart = state.Episodes;

    /// <inheritdoc />
    public ValueTask OnGenerationAsync(GenerationOutcome outcome, EvolutionState current)
    {
        GenerationReport r = outcome.Report;
        if (r.Generation % every == 0 || r.Generation + 1 == experiment.Generations)
        {
            double rate = (current.Episodes - _episodesAtStart) / Math.Max(_clock.Elapsed.TotalSeconds, 1e-9);
            show(string.Create(CultureInfo.InvariantCulture,
                $"gen {r.Generation + 1}/{experiment.Generations}  best {r.BestMean:F1}  mean {r.AverageMean:F1}  champion {r.ChampionMean:F1} ({r.ChampionConnections} conn)  {rate:F0} episodes/s"));
        }

        advance();
        return ValueTask.CompletedTask;
    }
}
