namespace Wann.Files;

/// <summary>
/// A user-supplied file (config, genome, checkpoint) is missing or wrong. The message names the file
/// and every problem with its JSON path, the value found and what was expected.
/// </summary>
public sealed class InputFileException : Exception
{
    /// <summary>Creates the exception.</summary>
    public InputFileException()
    {
        Problems = [];
    }

    /// <summary>Creates the exception for one problem.</summary>
    /// <param name="message">The message.</param>
    public InputFileException(string message)
        : base(message)
    {
        Problems = [message];
    }

    /// <summary>Creates the exception with a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public InputFileException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    /// <summary>Creates the exception for several problems in one file.</summary>
    /// <param name="file">The file.</param>
    /// <param name="problems">One line per problem.</param>
    public InputFileException(string file, IReadOnlyList<string> problems)
        : base($"{file}: {problems.Count} problem(s):{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", problems))
    {
        Problems = problems;
    }

    /// <summary>Gets the problems, one line each.</summary>
    public IReadOnlyList<string> Problems { get; }
}
