using System.Text.Json.Serialization;
using Wann.Core.Evolution;

namespace Wann.Core.Settings;

/// <summary>
/// Source-generated binding of experiment configs (<see cref="ExperimentConfig"/> and its sections): camelCase names,
/// the declaration order, and the converters the types name (enums by their JSON names, the mutation map).
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ExperimentConfig))]
internal sealed partial class ExperimentConfigJsonContext : JsonSerializerContext;
