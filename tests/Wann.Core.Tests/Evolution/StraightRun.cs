using Wann.Core.Evaluation;
using Wann.Core.Evolution;
using Wann.Core.Persistence;

namespace Wann.Core.Tests.Evolution;

/// <summary>A whole run on local threads, as the files would hold it: the champion document's text and the metrics rows
/// (the determinism tests of every method compare these).</summary>
internal static class StraightRun
{
    public static async Task<(string Champion, List<string> Rows)> RunAsync(ExperimentConfig config, int threads)
    {
        using var evaluator = new LocalPopulationEvaluator(threads);
        var loop = new EvolutionLoop(config, evaluator);
        EvolutionState state = loop.CreateInitialState();
        var rows = new List<string>();
        Champion champion = await loop.RunAsync(state, (o, _) => { rows.Add(MetricsCsv.FormatRow(o.Report)); return ValueTask.CompletedTask; });
        return (GenomeFile.ToJson(RunFolder.ChampionDocument(champion, config)), rows);
    }
}
