namespace Wann.Core.Persistence;

/// <summary>A genome file as bound by <see cref="PersistenceJsonContext"/>; the property order is the file's field order.
/// Defaults are what an absent field means (files written by hand or by older builds).</summary>
internal sealed class GenomeJson
{
    /// <summary>Gets or sets the schema name, <see cref="GenomeFile.Schema"/>.</summary>
    public string Schema { get; set; } = string.Empty;

    /// <summary>Gets or sets the format version.</summary>
    public int Version { get; set; } = -1;

    /// <summary>Gets or sets the task the genome was evolved for.</summary>
    public string Task { get; set; } = string.Empty;

    /// <summary>Gets or sets the number of inputs.</summary>
    public int Inputs { get; set; }

    /// <summary>Gets or sets the number of outputs.</summary>
    public int Outputs { get; set; }

    /// <summary>Gets or sets a value indicating whether the network may have cycles.</summary>
    public bool Recurrent { get; set; }

    /// <summary>Gets or sets the named scores, written in ordinal key order.</summary>
    public Dictionary<string, double> Scores { get; set; } = [];

    /// <summary>Gets or sets the node genes (null when absent, which is a problem).</summary>
    public List<NodeJson>? Nodes { get; set; }

    /// <summary>Gets or sets the connection genes (null when absent, which is a problem).</summary>
    public List<ConnectionJson>? Connections { get; set; }
}
