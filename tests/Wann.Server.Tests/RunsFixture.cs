using Microsoft.AspNetCore.Builder;
using Wann.Core.Evaluation;
using Wann.Core.Evolution;
using Wann.Core.Genomes;
using Wann.Core.Persistence;

namespace Wann.Server.Tests;

/// <summary>A runs folder with one short swing-up run, served on a free loopback port for the whole test class.</summary>
public sealed class RunsFixture : IAsyncLifetime
{
    public const string RunName = "swingup-short";

    public string Folder { get; } = Directory.CreateTempSubdirectory("wann-serve-").FullName;

    public Genome Champion { get; private set; } = null!;

    public int Generations { get; } = 4;

    public WebApplication App { get; private set; } = null!;

    public Uri Url { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var config = new ExperimentConfig { Name = RunName, Task = "swingup", Seed = 5, Generations = Generations, Population = 24, Reps = 1, TournamentSize = 4, ChampionReps = 2 };
        var folder = new RunFolder(Path.Combine(Folder, RunName));
        folder.WriteConfig(config);
        using var evaluator = new LocalPopulationEvaluator(1);
        var loop = new EvolutionLoop(config, evaluator);
        Champion champion = await loop.RunAsync(loop.CreateInitialState(), (outcome, _) =>
        {
            folder.AppendMetrics(outcome.Report);
            if (outcome.ChampionChanged)
            {
                folder.WriteChampion(outcome.Champion, config);
            }

            return ValueTask.CompletedTask;
        });
        Champion = champion.Genome;

        // A folder that is not a run (no metrics, no champion) must not be listed.
        Directory.CreateDirectory(Path.Combine(Folder, "notes"));

        App = ViewerServer.Build(Folder, 0);
        await App.StartAsync();
        Url = new Uri(App.Urls.First());
    }

    public async Task DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        Directory.Delete(Folder, recursive: true);
    }
}
