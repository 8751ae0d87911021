namespace Wann.Core.Settings;

/// <summary>
/// Marks a setting whose value is a nested settings record (a component's settings, such as <c>neat</c> or
/// <c>speciation</c>), read, checked and described by the nested record's own declarations.
/// </summary>
/// <param name="noun">What the object holds, as in "expected an object of NOUN".</param>
/// <param name="shown">How the README's table shows its default.</param>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SettingSectionAttribute(string noun, string shown) : Attribute
{
    /// <summary>Gets what the object holds.</summary>
    public string Noun { get; } = noun;

    /// <summary>Gets how the README's table shows the default.</summary>
    public string Shown { get; } = shown;

    /// <summary>Gets or sets a value indicating whether the README's table lists the section's own fields (as <c>name.field</c> rows).</summary>
    public bool Expanded { get; set; }
}
