namespace Wann.Core.Persistence;

/// <summary>Another process is writing to the run folder (it holds the folder's <c>run.lock</c>).</summary>
public sealed class RunFolderBusyException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RunFolderBusyException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    public RunFolderBusyException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public RunFolderBusyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
