using System.Diagnostics;
using Wann.Cli;

namespace Wann.Cli.Tests.Commands;

/// <summary>The fuzz test redirects the process's console: nothing else may run beside it.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCapture
{
    public const string Name = "console capture";
}

/// <summary>
/// Every command (as <c>wann --help</c> lists them) with over a thousand generated bad inputs, run in this process
/// through the console's entry point: each must end with exit code 1 or 2 and a plain message on stderr, never a
/// stack frame, a .NET type name or an exception escaping <see cref="Program.Main"/>.
/// </summary>
[Collection(ConsoleCapture.Name)]
public sealed class CommandFuzzTests
{
    private static readonly TimeSpan PerCase = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Every_command_refuses_a_thousand_generated_bad_inputs_with_a_message_and_exit_1_or_2()
    {
        using var cases = new CommandFuzzCases();
        var failures = new List<string>();
        var commands = new HashSet<string>(StringComparer.Ordinal);
        int count = 0;
        TextWriter stdout = Console.Out;
        TextWriter stderr = Console.Error;
        var clock = Stopwatch.StartNew();
        try
        {
            foreach (string[] args in cases.All())
            {
                count++;
                commands.Add(args[0]);
                // Not disposed: Spectre's console keeps the first writer it saw.
                var output = new StringWriter();
                var error = new StringWriter();
                Console.SetOut(output);
                Console.SetError(error);
                Task<int> main = Task.Run(() => Program.Main(args));
                if (await Task.WhenAny(main, Task.Delay(PerCase)) != main)
                {
                    failures.Add($"still running after {PerCase.TotalSeconds} s: {Show(args)}");
                    continue;
                }

                int code;
                try
                {
                    code = await main;
                }
                catch (Exception e)
                {
                    failures.Add($"unhandled {e.GetType().Name}: {Show(args)}: {e.Message}");
                    continue;
                }

                string text = error.ToString();
                string all = output + text;
                if (code is not (1 or 2))
                {
                    failures.Add($"exit {code}: {Show(args)}: {First(all)}");
                }
                else if (all.Contains("   at ", StringComparison.Ordinal) || all.Contains("System.", StringComparison.Ordinal) || all.Contains("Exception", StringComparison.Ordinal))
                {
                    failures.Add($"trace or type name: {Show(args)}: {First(all)}");
                }
                else if (string.IsNullOrWhiteSpace(text))
                {
                    failures.Add($"no message on stderr: {Show(args)}");
                }
            }
        }
        finally
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
        }

        Assert.True(count >= 1000, $"only {count} cases");
        Assert.Superset(new HashSet<string>(["run", "resume", "eval", "validate", "import", "export", "bench", "env", "view", "plot", "replay", "serve", "prune", "compare", "worker", "study"]), commands);
        Assert.True(failures.Count == 0, $"{failures.Count} of {count} cases failed ({clock.Elapsed.TotalSeconds:0} s):\n" + string.Join('\n', failures.Take(80)));
    }

    private static string Show(string[] args) => "wann " + string.Join(' ', args.Select(a => a.Length == 0 || a.Any(c => c is ' ' or '\0') ? "'" + a.Replace("\0", "\\0", StringComparison.Ordinal) + "'" : a));

    private static string First(string text)
    {
        string trimmed = text.Trim();
        int at = trimmed.IndexOf("   at ", StringComparison.Ordinal);
        string head = at > 0 ? trimmed[..at] : trimmed;
        return head.Length > 300 ? head[..300] : head;
    }
}
