using System.CommandLine;
using System.Text.RegularExpressions;

namespace Wann.Cli.Commands;

/// <summary>
/// Command-line parse errors (unknown flag, missing argument, a value of the wrong type) as plain messages: the
/// parser names .NET types (<c>System.Nullable`1[System.Int32]</c>), which mean nothing to a user.
/// </summary>
internal static partial class ParseErrors
{
    /// <summary>Whether the user asked for help (then the parser's own output is the answer).</summary>
    /// <param name="args">The command line.</param>
    /// <returns><see langword="true"/> for <c>-h</c>, <c>--help</c>, <c>-?</c>.</returns>
    public static bool AsksForHelp(string[] args) => args.Any(a => a is "-h" or "--help" or "-?" or "/?" or "/h");

    /// <summary>Finds an argument no command accepts: an empty one, or one with a NUL character (number parsing
    /// would silently drop a trailing NUL, and no file name may contain one).</summary>
    /// <param name="args">The command line.</param>
    /// <returns>The problem, or <see langword="null"/>.</returns>
    public static string? Unprintable(string[] args)
    {
        for (int i = 0; i < args.Length; i++)
        {
            string where = i > 0 && args[i - 1].StartsWith('-') ? $"the value of {args[i - 1]}" : $"argument {i + 1}";
            if (args[i].Length == 0)
            {
                return $"{where} is empty; expected a value.";
            }

            if (args[i].Contains('\0', StringComparison.Ordinal))
            {
                return $"{where} contains a NUL character (\\0); expected plain text.";
            }
        }

        return null;
    }

    /// <summary>Prints every parse error on stderr and a pointer to the command's help.</summary>
    /// <param name="parse">The failed parse.</param>
    /// <returns>The usage-error exit code.</returns>
    public static int Report(ParseResult parse)
    {
        foreach (System.CommandLine.Parsing.ParseError error in parse.Errors)
        {
            Console.Error.WriteLine($"error: {Plain(error.Message)}");
        }

        string command = string.Join(' ', parse.CommandResult.Command.Name is var name && parse.CommandResult.Command is RootCommand ? [] : new[] { name });
        Console.Error.WriteLine($"see `wann {(command.Length > 0 ? command + " " : string.Empty)}--help` for the options.");
        return CliErrors.BadInput;
    }

    /// <summary>The message with type names replaced by what the value should look like.</summary>
    /// <param name="message">The parser's message.</param>
    /// <returns>The plain message.</returns>
    internal static string Plain(string message)
    {
        string text = NullableType().Replace(message, "$1");
        text = CannotParse().Replace(text, "$2: found '$1', expected $3.");
        text = text.Replace("\0", "\\0", StringComparison.Ordinal);
        return TypeName().Replace(text, m => m.Value switch
        {
            "System.Int32" or "System.Int64" => "a whole number",
            "System.UInt64" or "System.UInt32" => "a whole number >= 0",
            "System.Double" or "System.Single" => "a number",
            "System.Boolean" => "true or false",
            "System.String" => "text",
            _ => "a value",
        });
    }

    [GeneratedRegex(@"Cannot parse argument '(.*)' for option '(.*)' as expected type '(System\.[A-Za-z0-9]+)'\.")]
    private static partial Regex CannotParse();

    [GeneratedRegex(@"System\.Nullable`1\[(System\.[A-Za-z0-9]+)\]")]
    private static partial Regex NullableType();

    // Dotted segments only, so a sentence's closing full stop is not taken as part of the name.
    [GeneratedRegex(@"System(?:\.[A-Za-z0-9`\[\]]+)+")]
    private static partial Regex TypeName();
}
