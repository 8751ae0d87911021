namespace Wann.Export.C;

/// <summary>An exported network as C: a header and a source file that includes it.</summary>
/// <param name="Header">The header: sizes, input and output names, the prototype.</param>
/// <param name="Code">The source file.</param>
/// <param name="SingleFile">Header and source in one file, for standard output or a quick copy.</param>
public sealed record CSource(string Header, string Code, string SingleFile);
