namespace Wann.Core.Settings;

/// <summary>
/// Decides which texts a string setting accepts (a registered task, an activation name, ...), named on the
/// property with <see cref="SettingRuleAttribute"/>. Rules read registries when asked, so the names plug-ins
/// register count.
/// </summary>
public interface ISettingRule
{
    /// <summary>Gets what a valid value looks like, as messages and the README say it.</summary>
    string Expected { get; }

    /// <summary>Accepts a text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The value to keep (the text, or its canonical spelling), or <see langword="null"/> when it is not valid.</returns>
    string? Accept(string text);
}
