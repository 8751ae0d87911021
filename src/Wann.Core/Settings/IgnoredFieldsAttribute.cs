namespace Wann.Core.Settings;

/// <summary>Names fields a settings file may carry that are accepted and ignored (e.g. a free-text <c>description</c>).</summary>
/// <param name="names">The field names.</param>
[AttributeUsage(AttributeTargets.Class)]
public sealed class IgnoredFieldsAttribute(params string[] names) : Attribute
{
    /// <summary>Gets the field names.</summary>
    public IReadOnlyList<string> Names { get; } = names;
}
