using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Wann.Core.Ranking;

/// <summary>How each objective's crowding gaps are scaled before they are summed.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CrowdingNormalization>))]
public enum CrowdingNormalization
{
    /// <summary>Divide by the objective's range within the front, as NSGA-II intends (the default).</summary>
    [JsonStringEnumMemberName("range")]
    [Description("NSGA-II")]
    Range,

    /// <summary>
    /// Multiply by |1/max − min|, what the WANN reference's <c>nsga_sort.py</c> computes because of operator
    /// precedence. For a reward objective in the hundreds this is ≈ min, so reward gaps dominate the distance.
    /// Offered only to reproduce the reference's behaviour exactly.
    /// </summary>
    [JsonStringEnumMemberName("reference")]
    [Description("the WANN reference's normalisation quirk")]
    Reference,
}
