namespace Wann.Core.Persistence;

/// <summary>A connection gene in a genome file.</summary>
internal sealed class ConnectionJson
{
    /// <summary>Gets or sets the innovation number.</summary>
    public long Innovation { get; set; }

    /// <summary>Gets or sets the source node id.</summary>
    public int Source { get; set; }

    /// <summary>Gets or sets the target node id.</summary>
    public int Target { get; set; }

    /// <summary>Gets or sets the weight (NEAT; WANN genomes share one weight).</summary>
    public double Weight { get; set; } = 1.0;

    /// <summary>Gets or sets a value indicating whether the connection is expressed.</summary>
    public bool Enabled { get; set; } = true;
}
