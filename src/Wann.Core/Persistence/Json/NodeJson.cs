namespace Wann.Core.Persistence;

/// <summary>A node gene in a genome file.</summary>
internal sealed class NodeJson
{
    /// <summary>Gets or sets the node id.</summary>
    public int Id { get; set; }

    /// <summary>Gets or sets the kind: bias, input, output or hidden.</summary>
    public string Kind { get; set; } = string.Empty;

    /// <summary>Gets or sets the activation function's name.</summary>
    public string Activation { get; set; } = "linear";
}
