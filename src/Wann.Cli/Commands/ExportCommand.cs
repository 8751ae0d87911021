using System.CommandLine;
using System.Globalization;
using Wann.Core.Persistence;
using Wann.Export;
using Wann.Export.C;
using Wann.Export.Onnx;
using Wann.Files;

namespace Wann.Cli.Commands;

/// <summary>
/// <c>wann export genome.json --format wann-out|onnx|c [-o FILE] [--weight W | --shared-input | --own-weights] [--double]</c>:
/// writes a genome in the WANN reference's format, as an ONNX model, or as dependency-free C.
/// </summary>
internal static class ExportCommand
{
    private const string Formats = "wann-out, onnx or c";

    public static Command Create()
    {
        var input = new Argument<string>("genome") { Description = "A Wann genome (JSON)." };
        var format = new Option<string>("--format")
        {
            Description = "Output format: wann-out (the WANN reference's .out matrix), onnx (an ONNX model, opset 17) or c (a C99 function).",
            DefaultValueFactory = _ => "wann-out",
        };
        var output = new Option<string?>("-o", "--output")
        {
            Description = "File to write. Default: standard output for wann-out and c, the genome's name with .onnx for onnx. "
                + "With c, FILE.c gets a FILE.h beside it.",
        };
        var weight = new Option<string?>("--weight") { Description = "onnx/c: one shared weight W fixed in the exported network." };
        var sharedInput = new Option<bool>("--shared-input") { Description = "onnx/c: the shared weight is an input (the default), so one file serves the whole weight sweep." };
        var ownWeights = new Option<bool>("--own-weights") { Description = "onnx/c: every connection's own weight from the genome (ONNX initialisers, trainable)." };
        var precision = new Option<bool>("--double") { Description = "onnx: the same as --precision float64." };
        var precisionName = new Option<string?>("--precision")
        {
            Description = "onnx: float32 (default: float32 observations and actions, float64 arithmetic inside), "
                + "float64 (float64 throughout), or float32-throughout (for runtimes without float64 kernels; up to about 5e-5 off on periodic activations).",
        };
        var command = new Command("export", "Write a genome in the WANN reference's .out format, as an ONNX model, or as C.")
        {
            input, format, output, weight, sharedInput, ownWeights, precision, precisionName,
        };
        var plugins = PluginOption.AddTo(command);
        command.SetAction((parse, _) => CliErrors.Guard(() =>
        {
            // A plug-in's task names the inputs and outputs; its activations bring their export forms (ExportActivations.Register).
            PluginOption.Load(parse, plugins);
            string f = parse.GetValue(format)!;
            string genomePath = parse.GetValue(input)!;
            string? target = parse.GetValue(output);
            ExportOptions? options = Options(parse.GetValue(weight), parse.GetValue(sharedInput), parse.GetValue(ownWeights), Precision(parse.GetValue(precision), parse.GetValue(precisionName)));
            switch (f)
            {
                case "wann-out":
                    if (options is not null)
                    {
                        throw new UsageException("--weight, --shared-input, --own-weights, --precision and --double apply to --format onnx or c; the .out format keeps the genome's own weights.");
                    }

                    WriteReference(genomePath, target);
                    break;
                case "onnx":
                    WriteOnnx(genomePath, target, options ?? new ExportOptions());
                    break;
                case "c":
                    if (options is not null && options.Precision != ExportPrecision.Float32)
                    {
                        throw new UsageException("--precision and --double apply to --format onnx; the C code always computes in double.");
                    }

                    WriteC(genomePath, target, options ?? new ExportOptions());
                    break;
                default:
                    throw new UsageException($"--format: found \"{f}\", expected {Formats}.");
            }

            return Task.FromResult(0);
        }));
        return command;
    }

    /// <summary>The precision from --double or --precision (null when neither was given).</summary>
    private static ExportPrecision? Precision(bool asDouble, string? name)
    {
        ExportPrecision? chosen = name switch
        {
            null => null,
            "float32" => ExportPrecision.Float32,
            "float64" => ExportPrecision.Float64,
            "float32-throughout" => ExportPrecision.Float32Throughout,
            _ => throw new UsageException($"--precision: found \"{name}\", expected float32, float64 or float32-throughout."),
        };
        if (asDouble && chosen is not null && chosen != ExportPrecision.Float64)
        {
            throw new UsageException($"--double and --precision {name} contradict each other: give one.");
        }

        return asDouble ? ExportPrecision.Float64 : chosen;
    }

    /// <summary>The weight and precision options, or null when none was given.</summary>
    private static ExportOptions? Options(string? weight, bool sharedInput, bool ownWeights, ExportPrecision? precision)
    {
        int chosen = (weight is null ? 0 : 1) + (sharedInput ? 1 : 0) + (ownWeights ? 1 : 0);
        if (chosen > 1)
        {
            throw new UsageException("--weight, --shared-input and --own-weights exclude each other: give at most one.");
        }

        if (chosen == 0 && precision is null)
        {
            return null;
        }

        var options = new ExportOptions { Precision = precision ?? ExportPrecision.Float32 };
        if (weight is not null)
        {
            if (!double.TryParse(weight, NumberStyles.Float, CultureInfo.InvariantCulture, out double w) || !double.IsFinite(w))
            {
                throw new UsageException($"--weight: found \"{weight}\", expected a finite number such as -1.5.");
            }

            return options with { Weights = WeightBinding.Fixed, FixedWeight = w };
        }

        return options with { Weights = ownWeights ? WeightBinding.Own : WeightBinding.SharedInput };
    }

    private static void WriteReference(string genomePath, string? target)
    {
        GenomeDocument document = GenomeFile.Read(genomePath);
        if (document.Genome.IsRecurrent)
        {
            throw new UsageException($"{genomePath}: a recurrent genome cannot be written in the feed-forward .out format.");
        }

        string text = ReferenceNetworkFormat.Write(document.Genome);
        if (target is null)
        {
            Console.Write(text);
        }
        else
        {
            AtomicFile.WriteAllText(target, text);
        }
    }

    private static void WriteOnnx(string genomePath, string? target, ExportOptions options)
    {
        ExportedNetwork network = Prepare(genomePath);
        byte[] model = Guarded(genomePath, () => OnnxExporter.Write(network, options));
        target ??= Path.ChangeExtension(Path.GetFileName(genomePath), ".onnx");
        CheckFolder(target);
        AtomicFile.WriteAllBytes(target, model);
        Console.WriteLine($"wrote {target} ({model.Length:N0} bytes; ONNX opset {OnnxExporter.Opset}, {Describe(options)})");
    }

    private static void WriteC(string genomePath, string? target, ExportOptions options)
    {
        ExportedNetwork network = Prepare(genomePath);
        string function = CExporter.Identifier("wann_" + network.Task);
        if (target is null)
        {
            Console.Write(Guarded(genomePath, () => CExporter.Write(network, options, function, function + ".h")).SingleFile);
            return;
        }

        CheckFolder(target);
        string header = Path.ChangeExtension(target, ".h");
        CSource source = Guarded(genomePath, () => CExporter.Write(network, options, function, Path.GetFileName(header)));
        AtomicFile.WriteAllText(target, source.Code);
        AtomicFile.WriteAllText(header, source.Header);
        Console.WriteLine($"wrote {target} and {header} (function {function}, {Describe(options)})");
    }

    private static ExportedNetwork Prepare(string genomePath)
    {
        GenomeDocument document = GenomeFile.Read(genomePath);
        return Guarded(genomePath, () => ExportedNetwork.From(document));
    }

    private static T Guarded<T>(string genomePath, Func<T> export)
    {
        try
        {
            return export();
        }
        catch (ExportException e)
        {
            throw new UsageException($"{genomePath}: {e.Message}", e);
        }
    }

    private static void CheckFolder(string target)
    {
        string? folder = Path.GetDirectoryName(Path.GetFullPath(target));
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new UsageException($"-o: the folder of {target} does not exist.");
        }
    }

    private static string Describe(ExportOptions options) => options.Weights switch
    {
        WeightBinding.Fixed => $"weight fixed at {options.FixedWeight.ToString("R", CultureInfo.InvariantCulture)}",
        WeightBinding.SharedInput => "shared weight as an input",
        _ => "own weights",
    } + options.Precision switch
    {
        ExportPrecision.Float64 => ", float64",
        ExportPrecision.Float32Throughout => ", float32 throughout",
        _ => ", float32 in and out, float64 inside",
    };
}
