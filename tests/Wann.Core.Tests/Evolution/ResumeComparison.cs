using Wann.Core.Evaluation;
using Wann.Core.Evolution;
using Wann.Core.Persistence;

namespace Wann.Core.Tests.Evolution;

/// <summary>
/// A run done straight through beside the same run stopped after <c>cut</c> generations, written to a checkpoint's text,
/// read back and resumed (as a crash and <c>wann resume</c> would): the resume tests of every algorithm compare the two.
/// </summary>
internal sealed record ResumeComparison(
    EvolutionState Full,
    List<string> FullRows,
    EvolutionState Resumed,
    List<string> ResumedRows,
    ExperimentConfig CheckpointConfig)
{
    public static async Task<ResumeComparison> RunAsync(ExperimentConfig config, IPopulationEvaluator straightEvaluator, IPopulationEvaluator resumedEvaluator, int cut)
    {
        var straight = new EvolutionLoop(config, straightEvaluator);
        EvolutionState full = straight.CreateInitialState();
        var fullRows = new List<string>();
        await straight.RunAsync(full, (o, _) => { fullRows.Add(MetricsCsv.FormatRow(o.Report)); return ValueTask.CompletedTask; });

        var first = new EvolutionLoop(config, resumedEvaluator);
        EvolutionState partial = first.CreateInitialState();
        var rows = new List<string>();
        while (partial.Generation < cut)
        {
            rows.Add(MetricsCsv.FormatRow((await first.StepAsync(partial)).Report));
        }

        Checkpoint checkpoint = CheckpointFile.Parse(CheckpointFile.ToJson(new Checkpoint(config, partial, rows)), "cut.json");
        var second = new EvolutionLoop(checkpoint.Config, resumedEvaluator);
        EvolutionState resumed = checkpoint.State;
        var resumedRows = checkpoint.MetricsRows.ToList();
        await second.RunAsync(resumed, (o, _) => { resumedRows.Add(MetricsCsv.FormatRow(o.Report)); return ValueTask.CompletedTask; });
        return new ResumeComparison(full, fullRows, resumed, resumedRows, checkpoint.Config);
    }

    /// <summary>The champion files the two runs would write.</summary>
    public (string Full, string Resumed) ChampionFiles(ExperimentConfig config) => (
        GenomeFile.ToJson(RunFolder.ChampionDocument(Full.Champion!, config)),
        GenomeFile.ToJson(RunFolder.ChampionDocument(Resumed.Champion!, config)));
}
