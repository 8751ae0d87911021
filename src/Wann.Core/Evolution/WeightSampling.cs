using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Wann.Core.Evolution;

/// <summary>How each generation's shared weight values are chosen (<see cref="ExperimentConfig.WeightSampling"/>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<WeightSampling>))]
public enum WeightSampling
{
    /// <summary>The config's weight values in every generation and for champion validation, as the WANN paper does.</summary>
    [JsonStringEnumMemberName("fixed")]
    [Description("the weight values every generation")]
    Fixed,

    /// <summary>
    /// As many values as the config lists, drawn afresh each generation, one uniformly from each of that many equal strata
    /// of [smallest, largest] listed value (shared by every genome of the generation); champions are validated on the
    /// strata's midpoints. The search's mean then estimates the score with a random shared weight from that interval,
    /// Table 1's second column, instead of the score at six chosen values.
    /// </summary>
    [JsonStringEnumMemberName("stratified")]
    [Description("one value from each stratum of [min, max] drawn every generation; champions validated on the strata's midpoints")]
    Stratified,
}
