using System.Text.Json.Serialization;

namespace Wann.Core.Persistence;

/// <summary>
/// Source-generated binding of genome files and checkpoints: camelCase fields, and strict reading (an unknown field,
/// a field given twice, a wrong type or a null where a value belongs is an error that <see cref="Wann.Files.JsonBinding"/>
/// phrases with its path). Numbers are written by the same writer as before, so the files' bytes are unchanged.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false,
    RespectNullableAnnotations = true)]
[JsonSerializable(typeof(GenomeJson))]
[JsonSerializable(typeof(CheckpointJson))]
internal sealed partial class PersistenceJsonContext : JsonSerializerContext;
