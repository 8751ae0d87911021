using System.Text.Json.Nodes;

namespace Wann.Studies;

/// <summary>One arm of a study: a name and the config fields it changes from the suite's base config.</summary>
/// <param name="Name">The arm's name (its folder under the study folder).</param>
/// <param name="Set">Overrides merged into the base config (validated like a config file).</param>
public sealed record StudyArm(string Name, JsonObject Set);
