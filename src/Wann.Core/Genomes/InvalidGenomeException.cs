namespace Wann.Core.Genomes;

/// <summary>A genome's genes break an invariant (unknown node, duplicate id, cycle, ...).</summary>
public sealed class InvalidGenomeException : Exception
{
    /// <summary>Creates the exception.</summary>
    public InvalidGenomeException()
    {
    }

    /// <summary>Creates the exception with a message that says which invariant failed.</summary>
    /// <param name="message">The message.</param>
    public InvalidGenomeException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public InvalidGenomeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
