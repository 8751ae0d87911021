using System.Diagnostics;
using System.Globalization;
using System.Text;
using Wann.Export.C;

namespace Wann.Export.Tests;

/// <summary>Compiles an exported C function with gcc and a small driver that reads rows from standard input.</summary>
internal static class CompiledC
{
    /// <summary>Runs the exported function once per row: each row is (reset, weight, inputs…); reset zeroes a recurrent state.</summary>
    public static double[][] Run(ExportedNetwork network, ExportOptions options, IReadOnlyList<(bool Reset, double Weight, double[] Inputs)> rows)
    {
        string gcc = FindGcc() ?? throw new InvalidOperationException("gcc not found on PATH: scripts/ci-setup.d/60-gcc.sh installs it.");
        string dir = Path.Combine(Path.GetTempPath(), "wann-export-c-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            CSource source = CExporter.Write(network, options, "net", "net.h");
            File.WriteAllText(Path.Combine(dir, "net.h"), source.Header);
            File.WriteAllText(Path.Combine(dir, "net.c"), source.Code);
            File.WriteAllText(Path.Combine(dir, "main.c"), Driver(network, options));
            Execute(gcc, $"-std=c99 -O2 -Wall -Werror -o {dir}/net {dir}/main.c {dir}/net.c -lm", null);

            var input = new StringBuilder();
            input.Append(rows.Count.ToString(CultureInfo.InvariantCulture)).Append('\n');
            foreach (var (reset, weight, inputs) in rows)
            {
                input.Append(reset ? "1 " : "0 ").Append(weight.ToString("R", CultureInfo.InvariantCulture));
                foreach (double x in inputs)
                {
                    input.Append(' ').Append(x.ToString("R", CultureInfo.InvariantCulture));
                }

                input.Append('\n');
            }

            string text = Execute(Path.Combine(dir, "net"), string.Empty, input.ToString());
            return [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray())];
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static string Driver(ExportedNetwork network, ExportOptions options)
    {
        var g = network.Genome;
        int state = g.Program.Activations.Length;
        string call = "net(input"
            + (options.Weights == WeightBinding.SharedInput ? ", weight" : string.Empty)
            + (g.IsRecurrent ? ", state" : string.Empty)
            + ", output)";
        return $$"""
            #include <stdio.h>
            #include <string.h>
            #include "net.h"

            int main(void)
            {
                int rows, reset, r, i;
                double weight, input[{{g.InputCount}}], output[{{g.OutputCount}}], state[{{state}}];
                memset(state, 0, sizeof state);
                if (scanf("%d", &rows) != 1) return 1;
                for (r = 0; r < rows; r++)
                {
                    if (scanf("%d %lf", &reset, &weight) != 2) return 1;
                    for (i = 0; i < {{g.InputCount}}; i++) if (scanf("%lf", &input[i]) != 1) return 1;
                    if (reset) memset(state, 0, sizeof state);
                    {{call}};
                    for (i = 0; i < {{g.OutputCount}}; i++) printf("%.17g ", output[i]);
                    printf("\n");
                }
                (void)weight;
                return 0;
            }
            """;
    }

    private static string? FindGcc() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':')
            .Select(d => Path.Combine(d, "gcc")).FirstOrDefault(File.Exists);

    private static string Execute(string program, string? arguments, string? stdin)
    {
        var info = new ProcessStartInfo(program, arguments ?? string.Empty)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using Process process = Process.Start(info)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(stdin ?? string.Empty);
        process.StandardInput.Close();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {arguments} failed ({process.ExitCode}): {stderr.Result}");
        }

        return stdout.Result;
    }
}
