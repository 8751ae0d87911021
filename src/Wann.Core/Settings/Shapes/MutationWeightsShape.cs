using System.Globalization;
using System.Text.Json.Nodes;
using Wann.Core.Reproduction;
using Wann.Files;

namespace Wann.Core.Settings.Shapes;

/// <summary>
/// The mutation operators' weight map (<see cref="MutationWeights"/>): registered operator names to weights in
/// [0, 1000000], each listed once, at least one positive once the unlisted operators keep their defaults.
/// </summary>
internal sealed class MutationWeightsShape : OperatorMapShape
{
    private static string Names => string.Join(", ", MutationOperators.Names);

    public override string Expected => $"an object mapping mutation operators ({Names}) to weights in [0, 1000000], at least one positive";

    protected override double Max => 1e6;

    protected override string ObjectExpected => $"an object mapping mutation operators ({Names}) to weights";

    public override JsonSchemaNode Schema(string description) => new()
    {
        Type = "object", Description = "Relative chances of the mutation operators, by name; unlisted operators keep their defaults.",
        AdditionalProperties = NumberSchema(),
    };

    protected override string? NameProblem(string name) => MutationOperators.Contains(name) ? null : $"a known mutation operator ({Names})";

    protected override IReadOnlyList<(string Name, double Value)> Entries(object value) => ((MutationWeights)value).Entries;

    protected override double Fallback(string name) => MutationWeights.Default[name];

    protected override void CheckWhole(IReadOnlyList<(string Name, double Value)> entries, string path, JsonFields problems)
    {
        double total;
        try
        {
            total = MutationWeights.Default.With([.. entries]).Total;
        }
        catch (ArgumentException)
        {
            total = 0;
        }

        if (!(total > 0))
        {
            problems.Problem(path, $"weights summing to {total.ToString(CultureInfo.InvariantCulture)}", "at least one operator with a positive weight");
        }
    }
}
