using System.Diagnostics;

namespace Wann.Tuning.Tests;

/// <summary><c>wann tune</c> through the real console: bad input gets a clear message and exit code 2, never a stack trace.</summary>
public sealed class TuneCommandTests : IDisposable
{
    private static readonly string Fixture = Path.Combine(AppContext.BaseDirectory, "Fixtures", "wann-reference-swingup-champion.out");
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "wann-tune-cli-" + Guid.NewGuid().ToString("N"));

    public TuneCommandTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("--optimizer", "sgd", "--optimizer: found \"sgd\"")]
    [InlineData("--generations", "0", "--generations: found 0")]
    [InlineData("--episodes", "0", "--episodes: found 0")]
    [InlineData("--sigma", "-1", "--sigma: found -1")]
    [InlineData("--population", "2", "--population: found 2")]
    [InlineData("--validation-episodes", "-1", "--validation-episodes: found -1")]
    [InlineData("--select-episodes", "-3", "--select-episodes: found -3")]
    [InlineData("--select-candidates", "5000", "--select-candidates: found 5000")]
    [InlineData("--weight-decay", "-1", "--weight-decay: found -1")]
    [InlineData("--restarts", "2", "give select-episodes above 0")]
    public void Bad_flags_exit_2_with_a_message(string flag, string value, string expected)
    {
        (int code, string output) = Run(Fixture, "--task", "swingup", flag, value);
        Assert.Equal(2, code);
        Assert.Contains(expected, output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_genome_files_exit_2_with_a_message()
    {
        string garbage = Path.Combine(_folder, "garbage.json");
        File.WriteAllText(garbage, "{ \"schema\": \"wann-genome\", \"nodes\": 3 }");
        foreach ((string[] args, string expected) in new[]
        {
            (new[] { Path.Combine(_folder, "missing.json") }, "no such genome file"),
            (new[] { garbage }, "garbage.json"),
            (new[] { Fixture }, "--task"),
        })
        {
            (int code, string output) = Run(args);
            Assert.Equal(2, code);
            Assert.Contains(expected, output, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_tune_writes_a_genome_that_eval_scores_with_its_own_weights()
    {
        string output = Path.Combine(_folder, "tuned.json");
        (int code, string text) = Run(Fixture, "--task", "swingup", "--generations", "2", "--population", "6", "--episodes", "2", "--threads", "2", "-o", output);
        Assert.True(code == 0, text);
        Assert.Contains("validation, 100 held-out episodes: tuned ", text, StringComparison.Ordinal);
        Assert.True(File.Exists(output));
        Assert.True(File.Exists(output + ".checkpoint.json"));
        (code, text) = RunWann("eval", output, "--own-weights", "--episodes", "4", "--json");
        Assert.True(code == 0, text);
        Assert.Contains("\"ownWeights\"", text, StringComparison.Ordinal);
    }

    private static (int Code, string Output) Run(params string[] args) => RunWann(["tune", .. args]);

    private static (int Code, string Output) RunWann(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "wann.dll"));
        foreach (string a in args)
        {
            info.ArgumentList.Add(a);
        }

        using Process process = Process.Start(info)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"wann {string.Join(' ', args)} did not finish");
        }

        return (process.ExitCode, output.Result + error.Result);
    }
}
