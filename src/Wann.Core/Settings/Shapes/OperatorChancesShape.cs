using Wann.Core.Reproduction;

namespace Wann.Core.Settings.Shapes;

/// <summary>
/// NEAT's further mutation operators (<see cref="OperatorChances"/>): registered operator names, other than the three
/// NEAT's own fields set (weights, addNode, addConnection), each listed once with a chance in [0, 1].
/// </summary>
internal sealed class OperatorChancesShape : OperatorMapShape
{
    private static string Names => string.Join(", ", MutationOperators.Names.Where(n => !NeatMutations.OwnOperators.Contains(n)));

    public override string Expected => ObjectExpected;

    protected override double Max => 1;

    protected override string ObjectExpected => $"an object mapping mutation operators ({Names}) to chances in [0, 1]";

    public override JsonSchemaNode Schema(string description) => new() { Type = "object", Description = description, AdditionalProperties = NumberSchema() };

    protected override string? NameProblem(string name) =>
        NeatMutations.OwnOperators.Contains(name) ? $"an operator other than NEAT's own ({string.Join(", ", NeatMutations.OwnOperators)}: set by weightMutation, addNode, addConnection)"
        : MutationOperators.Contains(name) ? null
        : $"a known mutation operator ({Names})";

    protected override IReadOnlyList<(string Name, double Value)> Entries(object value) => ((OperatorChances)value).Entries;
}
