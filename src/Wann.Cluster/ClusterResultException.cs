namespace Wann.Cluster;

/// <summary>A worker's result failed the coordinator's audit: the run cannot trust the cluster's numbers.</summary>
public sealed class ClusterResultException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ClusterResultException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    public ClusterResultException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ClusterResultException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
