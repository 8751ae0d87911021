using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Wann.Core.Persistence;
using Wann.Core.Tasks;
using Wann.Environments.Tracing;
using Wann.Files;

namespace Wann.Cli.Commands;

/// <summary><c>wann env list</c> and <c>wann env trace ENV --in FILE [--out FILE]</c>.</summary>
internal static class EnvCommand
{
    public static Command Create()
    {
        var env = new Command("env", "List environments, or replay an action sequence to validate physics.");

        var list = new Command("list", "Name, observation and action spaces, episode limit and reward threshold of every control task of the catalog.");
        list.SetAction(_ =>
        {
            var table = new Table().AddColumns("name", "observation", "action", "episode limit", "solved at", "description");
            foreach (WannTask task in TaskCatalog.Default.Tasks)
            {
                if (task is not ControlTask control)
                {
                    continue;
                }

                table.AddRow(
                    control.Name,
                    $"{control.ObservationSpace.Size} ({Markup.Escape(string.Join(", ", control.ObservationSpace.Names))})",
                    Markup.Escape(control.ActionSpace.ToString()),
                    control.EpisodeLimit.ToString(CultureInfo.InvariantCulture),
                    control.RewardThreshold?.ToString(CultureInfo.InvariantCulture) ?? "-",
                    Markup.Escape(control.Description));
            }

            AnsiConsole.Write(table);
            return 0;
        });

        var name = new Argument<string>("env") { Description = "Environment name (see wann env list)." };
        var input = new Option<string>("--in") { Description = "JSON file: {\"state\":[...],\"actions\":[[a],[a],...]}.", Required = true };
        var output = new Option<string?>("--out") { Description = "Write the trajectory here instead of standard output." };
        var trace = new Command("trace", "Replay a fixed action sequence from a given state; prints {\"steps\":[{state, observation, reward, terminated, truncated}, ...]}.")
        {
            name, input, output,
        };
        trace.SetAction((parse, _) => CliErrors.Guard(() =>
        {
            string environment = parse.GetValue(name)!;
            if (!TaskCatalog.Default.TryGet(environment, out WannTask? found) || found is not ControlTask control)
            {
                throw new UsageException($"env: found \"{environment}\", expected one of: {string.Join(", ", TaskCatalog.Default.Tasks.OfType<ControlTask>().Select(t => t.Name))}.");
            }

            string path = parse.GetValue(input)!;
            (double[] state, List<double[]> actions) = ReadTraceInput(path);
            IReadOnlyList<TraceStep> steps;
            try
            {
                steps = EnvironmentTrace.Run(control.CreateEnvironment(1), state, actions);
            }
            catch (ArgumentException e)
            {
                throw new InputFileException($"{path}: {e.Message}", e);
            }

            for (int i = 0; i < steps.Count; i++)
            {
                TraceStep step = steps[i];
                if (!double.IsFinite(step.Reward) || step.State.Any(v => !double.IsFinite(v)) || step.Observation.Any(v => !double.IsFinite(v)))
                {
                    // JSON has no infinity: a start state far outside the task's range overflows the dynamics.
                    throw new InputFileException($"{path}: the state overflowed to a non-finite value at step {i + 1}; expected a start state inside the task's physical range (see `wann env list`).");
                }
            }

            string json = ToJson(steps);
            if (parse.GetValue(output) is string target)
            {
                AtomicFile.WriteAllText(target, json);
            }
            else
            {
                Console.Write(json);
            }

            return Task.FromResult(0);
        }));

        env.Subcommands.Add(list);
        env.Subcommands.Add(trace);
        return env;
    }

    private static (double[] State, List<double[]> Actions) ReadTraceInput(string path)
    {
        if (!File.Exists(path))
        {
            throw new InputFileException($"{path}: no such trace input file.");
        }

        using (JsonDocument document = JsonFields.Parse(File.ReadAllText(path), path))
        {
            var problems = new JsonFields();
            JsonElement root = document.RootElement;
            double[] state = [];
            var actions = new List<double[]>();
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new InputFileException(path, ["$: expected an object {\"state\": [...], \"actions\": [[...], ...]}"]);
            }

            problems.RejectUnknown(root, "$", ["state", "actions"]);
            if (root.TryGetProperty("state", out JsonElement s) && s.ValueKind == JsonValueKind.Array)
            {
                state = Numbers(s, "$.state", problems);
            }
            else
            {
                problems.Problem("$.state", root.TryGetProperty("state", out JsonElement x) ? JsonFields.Raw(x) : "nothing", "an array of numbers (the start state)");
            }

            if (root.TryGetProperty("actions", out JsonElement a) && a.ValueKind == JsonValueKind.Array)
            {
                int i = 0;
                foreach (JsonElement step in a.EnumerateArray())
                {
                    if (step.ValueKind == JsonValueKind.Array)
                    {
                        actions.Add(Numbers(step, $"$.actions[{i}]", problems));
                    }
                    else
                    {
                        problems.Problem($"$.actions[{i}]", JsonFields.Raw(step), "an array of numbers (one action vector)");
                    }

                    i++;
                }
            }
            else
            {
                problems.Problem("$.actions", root.TryGetProperty("actions", out JsonElement x) ? JsonFields.Raw(x) : "nothing", "an array of action vectors");
            }

            if (problems.Problems.Count > 0)
            {
                throw new InputFileException(path, problems.Problems);
            }

            return (state, actions);
        }
    }

    private static double[] Numbers(JsonElement array, string path, JsonFields problems)
    {
        var values = new double[array.GetArrayLength()];
        int i = 0;
        foreach (JsonElement e in array.EnumerateArray())
        {
            values[i] = problems.NumberValue(e, $"{path}[{i}]", 0, double.MinValue, double.MaxValue);
            i++;
        }

        return values;
    }

    private static string ToJson(IReadOnlyList<TraceStep> steps)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteStartArray("steps");
            foreach (TraceStep step in steps)
            {
                w.WriteStartObject();
                w.WriteStartArray("state");
                foreach (double v in step.State)
                {
                    w.WriteNumberValue(v);
                }

                w.WriteEndArray();
                w.WriteStartArray("observation");
                foreach (double v in step.Observation)
                {
                    w.WriteNumberValue(v);
                }

                w.WriteEndArray();
                w.WriteNumber("reward", step.Reward);
                w.WriteBoolean("terminated", step.Terminated);
                w.WriteBoolean("truncated", step.Truncated);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
