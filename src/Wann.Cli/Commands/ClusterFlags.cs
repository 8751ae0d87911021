using System.CommandLine;
using Wann.Cluster;
using Wann.Cluster.Hosting;

namespace Wann.Cli.Commands;

/// <summary><c>--cluster SPEC [--cluster-secret S] [--insecure]</c>: where a command's cluster is and how its members authenticate.</summary>
internal sealed class ClusterFlags
{
    /// <summary>The spec's syntax, for option descriptions.</summary>
    public const string SpecHelp = "localhost or rediss://USER:PASSWORD@HOST:PORT, plus ?cert=FILE[&key=FILE]&ca=FILE|thumbprint=HEX&bind=ADDRESS for mutual TLS";

    private readonly Option<string?> _cluster;
    private readonly Option<string?> _secret;
    private readonly Option<bool> _insecure;
    private readonly Option<string>? _whenGone;

    private ClusterFlags(Option<string?> cluster, Option<string?> secret, Option<bool> insecure, Option<string>? whenGone) =>
        (_cluster, _secret, _insecure, _whenGone) = (cluster, secret, insecure, whenGone);

    /// <summary>Adds the three options to a command.</summary>
    /// <param name="command">The command.</param>
    /// <param name="description">What <c>--cluster</c> does for this command.</param>
    /// <param name="required">Whether <c>--cluster</c> must be given (<c>wann worker</c>).</param>
    /// <returns>The options.</returns>
    public static ClusterFlags AddTo(Command command, string description, bool required = false)
    {
        var cluster = new Option<string?>("--cluster") { Description = $"{description} SPEC: {SpecHelp}.", Required = required };
        var secret = new Option<string?>("--cluster-secret") { Description = $"Secret shared by the coordinator and its workers (or env {ClusterSpec.SecretVariable}); a member with another secret cannot join." };
        var insecure = new Option<bool>("--insecure") { Description = "Allow a cluster beyond this machine without TLS, secret or Redis password (trusted lab networks only; prints what it gives up)." };
        command.Options.Add(cluster);
        command.Options.Add(secret);
        command.Options.Add(insecure);
        Option<string>? whenGone = null;
        if (!required)
        {
            // Coordinators only: a worker has no generation to finish.
            whenGone = new Option<string>("--when-workers-gone") { Description = "finish: score the rest of the generation on this machine (logged warning; default); stop: stop with a message, the run folder keeps its last checkpoint.", DefaultValueFactory = _ => "finish" };
            command.Options.Add(whenGone);
        }

        return new ClusterFlags(cluster, secret, insecure, whenGone);
    }

    /// <summary>The parsed spec, or <see langword="null"/> without <c>--cluster</c>.</summary>
    /// <param name="parse">The parse result.</param>
    /// <returns>The spec.</returns>
    /// <exception cref="UsageException">A malformed spec, or one the secure-by-default rules refuse.</exception>
    public ClusterSpec? Resolve(ParseResult parse)
    {
        string? text = parse.GetValue(_cluster);
        if (text is null)
        {
            return null;
        }

        string? secret = parse.GetValue(_secret) ?? (Environment.GetEnvironmentVariable(ClusterSpec.SecretVariable) is { Length: > 0 } fromEnv ? fromEnv : null);
        bool insecure = parse.GetValue(_insecure);
        ClusterSpec spec;
        try
        {
            spec = ClusterSpec.Parse(text, secret, insecure);
            ClusterHosting.CheckCertificates(spec);
        }
        catch (FormatException e)
        {
            throw new UsageException(e.Message, e);
        }

        if (_whenGone is not null)
        {
            string action = parse.GetValue(_whenGone)!;
            spec = spec with
            {
                WhenWorkersGone = action switch
                {
                    "finish" => WorkersGoneAction.FinishLocally,
                    "stop" => WorkersGoneAction.Stop,
                    _ => throw new UsageException($"--when-workers-gone: found \"{action}\", expected finish or stop."),
                },
            };
        }

        if (insecure && !spec.IsLoopbackOnly)
        {
            Console.Error.WriteLine("warning: " + ClusterSpec.InsecureWarning);
        }

        return spec;
    }
}
