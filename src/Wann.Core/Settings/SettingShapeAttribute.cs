namespace Wann.Core.Settings;

/// <summary>
/// Gives a setting whose value is not a number, a switch, a choice, a checked string or a section its own shape
/// (how it is checked, shown and described), e.g. the mutation operators' weight map.
/// </summary>
/// <param name="shape">A type deriving from <see cref="SettingShape"/> with a parameterless constructor.</param>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SettingShapeAttribute(Type shape) : Attribute
{
    /// <summary>Gets the shape's type.</summary>
    public Type Shape { get; } = shape;
}
