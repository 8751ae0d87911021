using Wann.Core.Evolution;

namespace Wann.Core.Settings.Rules;

/// <summary>A registered search algorithm (<see cref="SearchAlgorithms"/>).</summary>
internal sealed class SearchModeRule : ISettingRule
{
    public string Expected => string.Join(" or ", SearchAlgorithms.All.Select(a => $"\"{a.Name}\" ({a.Description})"));

    public string? Accept(string text) => SearchAlgorithms.Contains(text) ? text : null;
}
