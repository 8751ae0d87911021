namespace Wann.Cli.Commands;

/// <summary>A command-line value is wrong (the parser checks types; this says what else is wrong).</summary>
internal sealed class UsageException : Exception
{
    public UsageException()
    {
    }

    public UsageException(string message)
        : base(message)
    {
    }

    public UsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
