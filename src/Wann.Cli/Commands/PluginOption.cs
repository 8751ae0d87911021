using System.CommandLine;
using Wann.Core.Plugins;

namespace Wann.Cli.Commands;

/// <summary><c>--plugin FILE.dll</c> (repeatable): plug-in assemblies whose tasks a command may need.</summary>
/// <remarks>Configs name their own plug-ins (<c>"plugins"</c>), and genome files in a run folder load the run's;
/// this option is for everything else (a genome copied elsewhere, <c>bench</c>, <c>worker</c>).</remarks>
internal static class PluginOption
{
    /// <summary>Adds the option to a command.</summary>
    /// <param name="command">The command.</param>
    /// <returns>The option.</returns>
    public static Option<string[]> AddTo(Command command)
    {
        var option = new Option<string[]>("--plugin") { Description = "Plug-in assembly (.dll) registering tasks, activations or other parts; repeatable." };
        command.Options.Add(option);
        return option;
    }

    /// <summary>Loads the plug-ins given on the command line.</summary>
    /// <param name="parse">The parse result.</param>
    /// <param name="option">The option.</param>
    /// <exception cref="UsageException">A plug-in failed to load (exit 2).</exception>
    public static void Load(ParseResult parse, Option<string[]> option)
    {
        foreach (string path in parse.GetValue(option) ?? [])
        {
            try
            {
                PluginLoader.Load(path);
            }
            catch (PluginLoadException e)
            {
                throw new UsageException($"--plugin: {e.Message}", e);
            }
        }
    }
}
