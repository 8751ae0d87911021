using System.Text.Json.Serialization;
using Wann.Pruning.Comparison;
using Wann.Pruning.Studies;

namespace Wann.Pruning;

/// <summary>
/// Source-generated binding of the pruning configs: camelCase fields, comments and trailing commas allowed (they are
/// written by hand), unknown fields, duplicates, wrong types and nulls refused (phrased by <see cref="Wann.Files.JsonBinding"/>).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false,
    RespectNullableAnnotations = true,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(PruningStudyJson))]
[JsonSerializable(typeof(ComparisonJson))]
internal sealed partial class PruningJsonContext : JsonSerializerContext;
