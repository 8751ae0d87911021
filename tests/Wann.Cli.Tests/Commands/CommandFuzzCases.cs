using System.Text;
using Wann.Core.Benchmarking;
using Wann.Core.Evolution;
using Wann.Core.Persistence;
using Wann.Environments.Randomness;

namespace Wann.Cli.Tests.Commands;

/// <summary>
/// Generated bad command lines for every <c>wann</c> command: bad files where a file or folder is expected, bad
/// values for every flag (with a good file, so the flag itself is what must be refused), and seeded random mixes.
/// Every case is wrong on purpose: the console must answer each with exit code 1 or 2 and a plain message.
/// </summary>
internal sealed class CommandFuzzCases : IDisposable
{
    private static readonly string[] BadInts = ["-1", "-2147483649", "2147483648", "2147483647", "99999999999999999999", "NaN", "1e308", "", "1.5", "abc", "\uff11\uff12", "1\0", "\u202e5", "0x10"];
    private static readonly string[] BadULongs = ["-1", "NaN", "1e308", "", "18446744073709551616", "abc", "1\0"];
    private static readonly string[] BadDoubles = ["NaN", "Infinity", "-Infinity", "1e308", "-1e308", "", "abc", "1\0", "\u0661"];
    private static readonly string[] BadWords = ["", "nope", "\0", "../x", "\u202eevil", "x y"];
    private static readonly string[] BadSpecs = ["", "redis://", "tcp://host:1", "redis://10.0.0.1:6379", "localhost?bind=10.1.2.3", "rediss://a:b@h:99999", "localhost?cert=/no/such.pfx&ca=/no/ca.pem", "localhost?colour=red", "localhost?cert=a.pfx"];
    private static readonly string[] BadSets = ["population=-1", "nokey", "=", "colour=red", "population=1e308", "task=", "name=../../x", "name=a\0b", "generations=NaN", "neat.addNode=2", "weights=[]"];
    private readonly string _root = Directory.CreateTempSubdirectory("wann-fuzz-").FullName;
    private readonly Dictionary<string, string> _files = [];

    public CommandFuzzCases()
    {
        string validGenome = GenomeFile.ToJson(new GenomeDocument(BenchmarkGenomes.PaperSwingUpChampion(), "swingup", new Dictionary<string, double> { ["validatedMean"] = 600 }));
        string validConfig = ExperimentConfigLoader.ToJson(new ExperimentConfig { Task = "cartpole", Population = 8, Generations = 1 });
        Write("genome", validGenome);
        Write("config", validConfig);
        // Wrong kind or wrong task: a genome where a config is expected, a swing-up network scored as cart-pole.
        Write("wrong-task-genome", validGenome.Replace("\"swingup\"", "\"cartpole\"", StringComparison.Ordinal));
        Write("unknown-task-genome", validGenome.Replace("\"swingup\"", "\"no-such-task\"", StringComparison.Ordinal));
        Write("empty", string.Empty);
        Write("garbage", "\u0001\u0002\u00ff\ufffd not json at all {{{");
        Write("truncated-genome", validGenome[..(validGenome.Length / 2)]);
        Write("truncated-config", validConfig[..(validConfig.Length / 2)]);
        Write("duplicate-keys", validConfig.Replace("{", "{\"task\":\"swingup\",", StringComparison.Ordinal));
        Write("null", "null");
        Write("array", "[]");
        Write("deep", new string('[', 5000) + new string(']', 5000));
        Write("huge-numbers", "{\"population\":1e308,\"generations\":99999999999999999999,\"seed\":-1}");
        Write("nul", "{\"name\":\"a\0b\"}");
        Write("enabled-yes", System.Text.RegularExpressions.Regex.Replace(validGenome, "\"enabled\":\\s*true", "\"enabled\": \"yes\""));
        Assert.Contains("\"yes\"", File.ReadAllText(_files["enabled-yes"]), StringComparison.Ordinal);
        File.WriteAllBytes(Path.Combine(_root, "utf16.json"), Encoding.Unicode.GetBytes(validConfig));
        _files["utf16"] = Path.Combine(_root, "utf16.json");
        Write("trace-huge", "{\"state\":[1e308,1e308,1e308,1e308],\"actions\":[[1],[1],[1]]}");
        Write("csv-garbage", "generation,best\nx,y\n1,2,3,4\n");
        Directory.CreateDirectory(Path.Combine(_root, "a-directory"));
        _files["directory"] = Path.Combine(_root, "a-directory");
        _files["missing"] = Path.Combine(_root, "missing", "nothing.json");
        _files["under-a-file"] = Path.Combine(_root, "config.json", "x.json");
        _files["nul-path"] = Path.Combine(_root, "a\0b.json");
        // A run folder whose checkpoint is garbage, and one with only a truncated metrics.csv.
        string brokenRun = Path.Combine(_root, "broken-run");
        Directory.CreateDirectory(brokenRun);
        File.WriteAllText(Path.Combine(brokenRun, "checkpoint.json"), validConfig[..20]);
        File.WriteAllText(Path.Combine(brokenRun, "metrics.csv"), "generation,be");
        _files["broken-run"] = brokenRun;
        string emptyRun = Path.Combine(_root, "empty-run");
        Directory.CreateDirectory(emptyRun);
        _files["empty-run"] = emptyRun;
    }

    /// <summary>Gets the file kinds that are bad wherever a file is expected.</summary>
    public static string[] BadFileKinds { get; } =
        ["missing", "directory", "empty", "garbage", "truncated-genome", "truncated-config", "duplicate-keys", "null", "array", "deep", "huge-numbers", "nul", "utf16", "csv-garbage", "under-a-file", "nul-path", "wrong-task-genome", "unknown-task-genome", "enabled-yes"];

    /// <summary>Gets the folder kinds that are bad wherever a run folder is expected.</summary>
    public static string[] BadFolderKinds { get; } = ["missing", "empty", "garbage", "broken-run", "under-a-file", "nul-path"];

    public string Folder => _root;

    public string File_(string kind) => _files[kind];

    /// <summary>Every generated case, in a fixed order (the random mixes are seeded).</summary>
    public IEnumerable<string[]> All()
    {
        string genome = _files["genome"];
        string config = _files["config"];
        string outDir = Path.Combine(_root, "out");

        // 1. A bad file or folder where each command expects one.
        foreach (string kind in BadFileKinds)
        {
            string f = _files[kind];
            if (kind is not ("genome" or "config") && !(kind is "wrong-task-genome" or "enabled-yes"))
            {
                yield return ["run", f, "--out", Path.Combine(outDir, "r-" + kind)];
                yield return ["validate", f];
                yield return ["prune", f, "--out", Path.Combine(outDir, "p-" + kind)];
                yield return ["compare", f, "--out", Path.Combine(outDir, "c-" + kind)];
                yield return ["study", f, "--out", Path.Combine(outDir, "s-" + kind)];
                yield return ["bench", "doublepole", "--variant", "markov", "--config", f];
            }

            if (kind is not "wrong-task-genome" and not "enabled-yes")
            {
                yield return ["eval", f, "--episodes", "2"];
                if (kind != "unknown-task-genome")
                {
                    // Export writes a network, not a task's episodes: a task it does not know is not its concern.
                    yield return ["export", f, "-o", Path.Combine(outDir, kind + ".out")];
                    yield return ["export", f, "--format", "onnx", "-o", Path.Combine(outDir, kind + ".onnx")];
                }

                yield return ["view", f, "-o", Path.Combine(outDir, kind + ".svg")];
                yield return ["replay", f, "-o", Path.Combine(outDir, kind + ".html")];
                yield return ["import", f, "--task", "swingup", "-o", Path.Combine(outDir, kind + "-imported.json")];
                yield return ["env", "trace", "cartpole", "--in", f];
                yield return ["eval", f, "--task", "swingup", "--episodes", "2"];
                yield return ["view", f, "--task", "cartpole", "-o", Path.Combine(outDir, kind + "-t.svg")];
            }
            else
            {
                // A genome whose task does not fit it, or with a wrongly typed field: refused, not scored.
                yield return ["eval", f, "--episodes", "2"];
                yield return ["replay", f, "-o", Path.Combine(outDir, kind + ".html")];
                yield return ["export", f, "--format", "onnx", "-o", Path.Combine(outDir, kind + ".onnx")];
            }
        }

        foreach (string kind in BadFolderKinds)
        {
            string d = _files[kind];
            yield return ["resume", d];
            yield return ["plot", d, "-o", Path.Combine(outDir, "plot-" + kind)];
            if (kind is not ("empty" or "broken-run"))
            {
                // Existing folders are served (correctly): only folders that cannot be served are bad input here.
                yield return ["serve", d, "--port", "0"];
            }
        }

        // 2. Every flag with bad values, next to a good file (so the flag is what must be refused).
        foreach (string v in BadULongs)
        {
            yield return ["run", config, "--seed", v, "--out", Path.Combine(outDir, "seed")];
            yield return ["eval", genome, "--seed", v];
            yield return ["replay", genome, "--seed", v, "-o", Path.Combine(outDir, "seed.html")];
        }

        foreach (string v in BadInts)
        {
            yield return ["run", config, "--generations", v, "--out", Path.Combine(outDir, "gen")];
            yield return ["run", config, "--population", v, "--out", Path.Combine(outDir, "pop")];
            if (v != "2147483647")
            {
                // 2147483647 is a valid interval: checkpoint only when stopping.
                yield return ["run", config, "--checkpoint-every", v, "--out", Path.Combine(outDir, "ce")];
            }

            yield return ["resume", _files["broken-run"], "--generations", v];
            yield return ["eval", genome, "--episodes", v];
            yield return ["bench", "swingup", "--reps", v, "--seconds", "0.1"];
            yield return ["bench", "doublepole", "--runs", v, "--variant", "markov"];
            yield return ["serve", _files["missing"], "--port", v];
            yield return ["study", _files["missing"], "--parallel-runs", v];
            if (v != "2147483647")
            {
                yield return ["run", config, "--threads", v, "--out", Path.Combine(outDir, "thr")];
                yield return ["eval", genome, "--threads", v, "--episodes", "2"];
                yield return ["worker", "--cluster", "localhost", "--threads", v];
            }
        }

        yield return ["run", config, "--threads", "2147483647", "--out", Path.Combine(outDir, "thr-max")];
        yield return ["eval", genome, "--threads", "100000", "--episodes", "2"];

        foreach (string v in BadDoubles)
        {
            yield return ["replay", genome, "--weight", v, "-o", Path.Combine(outDir, "w.html")];
            if (!v.Contains("e308", StringComparison.Ordinal))
            {
                // Export accepts any finite fixed weight.
                yield return ["export", genome, "--format", "onnx", "--weight", v, "-o", Path.Combine(outDir, "w.onnx")];
            }

            yield return ["bench", "swingup", "--seconds", v];
        }

        yield return ["bench", "swingup", "--seconds", "-1"];
        yield return ["bench", "swingup", "--seconds", "0"];

        foreach (string v in BadWords)
        {
            yield return ["export", genome, "--format", v, "-o", Path.Combine(outDir, "f.x")];
            yield return ["bench", "doublepole", "--variant", v];
            yield return ["bench", v.Length == 0 ? "-" : v, "--seconds", "0.1"];
            yield return ["eval", genome, "--task", v, "--episodes", "2"];
            yield return ["import", _files["garbage"], "--task", v];
            yield return ["env", "trace", v, "--in", _files["garbage"]];
            yield return ["run", config, "--when-workers-gone", v, "--cluster", "redis://10.0.0.1:6379", "--out", Path.Combine(outDir, "wg")];
        }

        foreach (string v in BadSpecs)
        {
            yield return ["run", config, "--cluster", v, "--out", Path.Combine(outDir, "cl")];
            yield return ["worker", "--cluster", v];
            yield return ["bench", "swingup", "--cluster", v];
            yield return ["study", _files["missing"], "--cluster", v];
            yield return ["resume", _files["broken-run"], "--cluster", v];
        }

        yield return ["worker", "--cluster", "localhost", "--cluster-secret", "short"];
        yield return ["run", config, "--cluster", "localhost", "--cluster-secret", "", "--out", Path.Combine(outDir, "sec")];

        foreach (string v in BadSets)
        {
            yield return ["run", config, "--set", v, "--out", Path.Combine(outDir, "set")];
        }

        // Outputs that cannot be written: a file where a folder is expected, a folder where a file is, a NUL.
        foreach (string o in new[] { _files["directory"], _files["under-a-file"], _files["nul-path"], string.Empty })
        {
            yield return ["view", genome, "-o", o];
            yield return ["export", genome, "-o", o];
            yield return ["replay", genome, "-o", o];
            yield return ["env", "trace", "cartpole", "--in", _files["garbage"], "--out", o];
        }

        foreach (string o in new[] { config, _files["under-a-file"], _files["nul-path"] })
        {
            yield return ["run", config, "--out", o];
        }

        foreach (string env in new[] { "cartpole", "swingup", "doublepole" })
        {
            yield return ["env", "trace", env, "--in", _files["trace-huge"]];
        }

        // Unknown flags and commands, missing required arguments.
        yield return ["run", "--no-such-flag"];
        yield return ["frobnicate"];
        yield return ["import", genome];
        yield return ["env", "trace", "cartpole"];
        yield return ["worker"];
        yield return ["export"];
        yield return ["validate", config, "extra", "args"];
        yield return ["resume"];
        yield return ["serve", _files["missing"], "--port", "65536"];
        yield return ["serve", _files["missing"], "--port", "-1"];
        yield return ["view", genome, "-o", Path.Combine(outDir, "x.gif")];

        // 3. Seeded random mixes: a command, a bad positional, and one to three flags with bad or odd values.
        var rng = new Xoshiro256(SeedMixer.Mix(20260612UL, 0xF022UL));
        string[] commands = ["run", "resume", "eval", "validate", "import", "export", "bench", "view", "plot", "replay", "prune", "compare", "study", "env"];
        string[] flags = ["--seed", "--generations", "--population", "--threads", "--episodes", "--weight", "--seconds", "--reps", "--runs", "--port", "--task", "--format", "--variant", "--set", "--checkpoint-every", "--parallel-runs", "--cluster", "-o", "--out", "--own-weights", "--json", "--double"];
        string[][] values = [BadInts, BadULongs, BadDoubles, BadWords, BadSpecs, BadSets];
        for (int i = 0; i < 520; i++)
        {
            string command = commands[rng.NextInt(commands.Length)];
            var args = new List<string>();
            if (command == "env")
            {
                args.AddRange(["env", "trace", rng.NextInt(2) == 0 ? "cartpole" : "swingup", "--in", _files[BadFileKinds[rng.NextInt(BadFileKinds.Length)]]]);
            }
            else if (command is "resume" or "plot")
            {
                args.AddRange([command, _files[BadFolderKinds[rng.NextInt(BadFolderKinds.Length)]]]);
            }
            else if (command == "bench")
            {
                args.AddRange(["bench", "doublepole", "--variant", "markov", "--config", _files[BadFileKinds[rng.NextInt(BadFileKinds.Length)]]]);
            }
            else
            {
                string kind = BadFileKinds[rng.NextInt(BadFileKinds.Length)];
                if (kind is "wrong-task-genome" or "enabled-yes" && command is not ("eval" or "replay" or "export"))
                {
                    kind = "garbage";
                }

                args.AddRange([command, _files[kind]]);
            }

            int extra = 1 + rng.NextInt(3);
            for (int k = 0; k < extra; k++)
            {
                string flag = flags[rng.NextInt(flags.Length)];
                args.Add(flag);
                if (flag is "--own-weights" or "--json" or "--double")
                {
                    continue;
                }

                string[] pool = values[rng.NextInt(values.Length)];
                args.Add(pool[rng.NextInt(pool.Length)]);
            }

            if (command is "run" or "prune" or "compare" or "study" && !args.Contains("--out"))
            {
                args.AddRange(["--out", Path.Combine(outDir, "mix-" + i)]);
            }

            yield return [.. args];
        }
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string kind, string text)
    {
        string path = Path.Combine(_root, kind + ".json");
        File.WriteAllText(path, text);
        _files[kind] = path;
    }
}
