namespace Wann.Core.Persistence;

/// <summary>The innovation tracker in a checkpoint.</summary>
internal sealed class InnovationsJson
{
    /// <summary>Gets or sets the next innovation number.</summary>
    public long NextInnovation { get; set; }

    /// <summary>Gets or sets the next node id.</summary>
    public int NextNodeId { get; set; }

    /// <summary>Gets or sets the known connections as [source, target, innovation], in innovation order.</summary>
    public List<long[]>? Connections { get; set; }
}
