using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Wann.Core.Ranking;

/// <summary>How a genome's size enters the (mean, complexity) ranking as an objective to maximise.</summary>
/// <remarks>
/// Both forms order genomes the same way, so the Pareto fronts are identical; they differ only in the
/// crowding distance, which measures gaps along each objective. 1/n squeezes large networks together
/// (30 and 31 connections differ by 0.001) and spreads tiny ones apart (1 and 2 differ by 0.5), so with
/// NSGA-II's range normalisation the crowding distance keeps handing the front's best places to the
/// smallest networks. −n spaces every size alike.
/// </remarks>
[JsonConverter(typeof(JsonStringEnumConverter<ComplexityObjective>))]
public enum ComplexityObjective
{
    /// <summary>−connections: fewer connections is better, every connection counts the same (the default).</summary>
    [JsonStringEnumMemberName("connections")]
    [Description("rank on fewer connections")]
    Connections,

    /// <summary>1/connections, the WANN reference's form (0 connections count as 1).</summary>
    [JsonStringEnumMemberName("inverse")]
    [Description("the WANN reference's 1/connections")]
    InverseConnections,
}
