using Wann.Core.Ranking;

namespace Wann.Core.Settings.Rules;

/// <summary>A registered ranking strategy (<see cref="RankingStrategies"/>).</summary>
internal sealed class RankingNameRule : ISettingRule
{
    public string Expected => string.Join(" or ", RankingStrategies.All.Select(a => $"\"{a.Name}\" ({a.Description})"));

    public string? Accept(string text) => RankingStrategies.Contains(text) ? text : null;
}
