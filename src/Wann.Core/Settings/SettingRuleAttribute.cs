namespace Wann.Core.Settings;

/// <summary>Names the <see cref="ISettingRule"/> that checks a string setting, or each string of a list of strings.</summary>
/// <param name="rule">A type implementing <see cref="ISettingRule"/> with a parameterless constructor.</param>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SettingRuleAttribute(Type rule) : Attribute
{
    /// <summary>Gets the rule's type.</summary>
    public Type Rule { get; } = rule;

    /// <summary>Gets or sets what each string of a list is, for messages (e.g. "activation": "each activation listed once").</summary>
    public string? Noun { get; set; }
}
