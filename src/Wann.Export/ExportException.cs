namespace Wann.Export;

/// <summary>A genome cannot be exported as asked (for instance its input count does not match its task's).</summary>
public sealed class ExportException : Exception
{
    /// <summary>Creates an exception.</summary>
    public ExportException()
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What is wrong and what was expected.</param>
    public ExportException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and a cause.</summary>
    /// <param name="message">What is wrong and what was expected.</param>
    /// <param name="innerException">The cause.</param>
    public ExportException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
