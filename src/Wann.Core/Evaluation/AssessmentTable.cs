namespace Wann.Core.Evaluation;

/// <summary>A task-specific assessment, ready to print.</summary>
/// <param name="Heading">One line after the genome's path, e.g. "task mnist256, 212 connections, test accuracy on 10,000 images".</param>
/// <param name="Columns">The table's column headings.</param>
/// <param name="Rows">The table's rows, one cell per column.</param>
/// <param name="Json">The same figures as one JSON object (for <c>wann eval --json</c>).</param>
public sealed record AssessmentTable(string Heading, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows, string Json);
