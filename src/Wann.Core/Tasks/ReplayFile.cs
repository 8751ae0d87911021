namespace Wann.Core.Tasks;

/// <summary>A rendered replay.</summary>
/// <param name="Content">The file's bytes.</param>
/// <param name="FileExtension">Its extension with the dot, e.g. <c>.html</c> or <c>.png</c>.</param>
/// <param name="MediaType">Its media type, e.g. <c>text/html; charset=utf-8</c>.</param>
/// <param name="Summary">One line for the console, e.g. "1000 steps, score 932.1".</param>
public sealed record ReplayFile(byte[] Content, string FileExtension, string MediaType, string Summary);
