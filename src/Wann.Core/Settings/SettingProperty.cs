using System.Collections;
using System.Reflection;

namespace Wann.Core.Settings;

/// <summary>One setting of a settings record: its JSON name, its description and its shape, all read off the property
/// (its name, its <see cref="System.ComponentModel.DescriptionAttribute"/> and its other attributes).</summary>
internal sealed class SettingProperty(string name, PropertyInfo property, string description, SettingShape shape, bool writtenWhenNotDefault, object? defaultValue)
{
    /// <summary>Gets the JSON name.</summary>
    public string Name { get; } = name;

    /// <summary>Gets the record's property.</summary>
    public PropertyInfo Property { get; } = property;

    /// <summary>Gets what the setting means.</summary>
    public string Description { get; } = description;

    /// <summary>Gets how its values are checked, described and shown.</summary>
    public SettingShape Shape { get; } = shape;

    /// <summary>Gets a value indicating whether files carry the setting only when it differs from its default.</summary>
    public bool WrittenWhenNotDefault { get; } = writtenWhenNotDefault;

    /// <summary>Gets the default (the value of a record made with its parameterless constructor).</summary>
    public object? Default { get; } = defaultValue;

    /// <summary>Reads the setting's value off a record.</summary>
    /// <param name="record">The record.</param>
    /// <returns>The value.</returns>
    public object? Get(object record) => Property.GetValue(record);

    /// <summary>Returns whether a value equals the default (lists element by element).</summary>
    /// <param name="value">The value.</param>
    /// <returns>True when it is the default.</returns>
    public bool IsDefault(object? value) =>
        value is IEnumerable items and not string && Default is IEnumerable defaults
            ? items.Cast<object?>().SequenceEqual(defaults.Cast<object?>())
            : Equals(value, Default);
}
