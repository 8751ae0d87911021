namespace Wann.Cluster;

/// <summary>Every worker left the cluster and the coordinator was told to stop rather than finish the generation itself.</summary>
public sealed class ClusterWorkersGoneException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ClusterWorkersGoneException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    public ClusterWorkersGoneException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ClusterWorkersGoneException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
