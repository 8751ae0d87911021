namespace Wann.Core.Settings.Rules;

/// <summary>An experiment's name: run folders are named after it, so it must be a safe folder name, never a path.</summary>
internal sealed class ExperimentNameRule : ISettingRule
{
    public string Expected => "a name: letters, digits, '.', '-' or '_', not a path";

    public string? Accept(string text) =>
        text.Length is > 0 and <= 200 && text is not ("." or "..") && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_') ? text : null;
}
