using Wann.Core.Tasks;

namespace Wann.Core.Settings.Rules;

/// <summary>A registered task (plug-ins add their own).</summary>
internal sealed class TaskNameRule : ISettingRule
{
    public string Expected => $"one of the tasks: {string.Join(", ", TaskRegistry.Names)}";

    public string? Accept(string text) => TaskRegistry.Contains(text) ? text : null;
}
