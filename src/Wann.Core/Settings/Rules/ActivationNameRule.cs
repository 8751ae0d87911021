using Wann.Core.Activation;

namespace Wann.Core.Settings.Rules;

/// <summary>An activation function of the table (plug-ins add entries), kept under its table name.</summary>
internal sealed class ActivationNameRule : ISettingRule
{
    public string Expected => $"an activation name ({string.Join(", ", ActivationTable.All.Select(e => e.Name))})";

    public string? Accept(string text) => ActivationFunctions.TryParse(text, out ActivationFunction f) ? ActivationFunctions.NameOf(f) : null;
}
