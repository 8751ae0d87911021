using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Wann.Core.Persistence;

/// <summary>A checkpoint as bound by <see cref="PersistenceJsonContext"/>; the property order is the file's field order,
/// which the seal's hash covers, so it must not change.</summary>
internal sealed class CheckpointJson
{
    /// <summary>Gets or sets the schema name, <see cref="CheckpointFile.Schema"/>.</summary>
    public string Schema { get; set; } = string.Empty;

    /// <summary>Gets or sets the format version (1 unsealed, 2 sealed).</summary>
    public int Version { get; set; } = -1;

    /// <summary>Gets or sets the run's resolved config, kept as the config writer's own text.</summary>
    public RawJson? Config { get; set; }

    /// <summary>Gets or sets the number of generations run.</summary>
    public int Generation { get; set; } = -1;

    /// <summary>Gets or sets the number of episodes run.</summary>
    public long Episodes { get; set; } = -1;

    /// <summary>Gets or sets the innovation tracker.</summary>
    public InnovationsJson? Innovations { get; set; }

    /// <summary>Gets or sets the champion so far (written as null before the first generation).</summary>
    public ChampionJson? Champion { get; set; }

    /// <summary>Gets or sets the species of a NEAT run (absent in WANN runs).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SpeciesSetJson? Species { get; set; }

    /// <summary>Gets or sets a plug-in algorithm's own state (absent for the built-in algorithms, so their bytes stay).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonObject? AlgorithmState { get; set; }

    /// <summary>Gets or sets the population of the next generation.</summary>
    public List<GenomeJson>? Population { get; set; }

    /// <summary>Gets or sets the metrics.csv rows so far, without the header.</summary>
    public List<string>? Metrics { get; set; }
}
