using Wann.Core.Activation;
using Wann.Core.Reproduction;

namespace Wann.Core.Evolution;

/// <summary>What an algorithm is built from: the experiment and the task's interface, with activation names resolved.</summary>
public sealed class SearchProblem
{
    /// <summary>Creates a problem.</summary>
    /// <param name="config">The experiment.</param>
    /// <param name="inputs">The task's input count.</param>
    /// <param name="outputs">The task's output count.</param>
    /// <exception cref="ArgumentException">An activation name is unknown.</exception>
    public SearchProblem(ExperimentConfig config, int inputs, int outputs)
    {
        Config = config;
        Inputs = inputs;
        Outputs = outputs;
        var hidden = new List<ActivationFunction>();
        foreach (string name in config.HiddenActivations)
        {
            hidden.Add(ActivationFunctions.TryParse(name, out ActivationFunction f)
                ? f
                : throw new ArgumentException($"Unknown activation '{name}'.", nameof(config)));
        }

        HiddenActivations = hidden;
        OutputActivationName = config.OutputActivation;
    }

    /// <summary>Gets the experiment.</summary>
    public ExperimentConfig Config { get; }

    /// <summary>Gets the task's input count.</summary>
    public int Inputs { get; }

    /// <summary>Gets the task's output count.</summary>
    public int Outputs { get; }

    /// <summary>Gets the activations hidden nodes may have.</summary>
    public IReadOnlyList<ActivationFunction> HiddenActivations { get; }

    private string OutputActivationName { get; }

    /// <summary>Gets the outputs' activation.</summary>
    /// <returns>The function.</returns>
    /// <exception cref="ArgumentException">The name is unknown.</exception>
    public ActivationFunction OutputActivation() =>
        ActivationFunctions.TryParse(OutputActivationName, out ActivationFunction f)
            ? f
            : throw new ArgumentException($"Unknown output activation '{OutputActivationName}'.");

    /// <summary>The WANN selection of the config (cull, elites, tournaments), as every weight agnostic mode breeds.</summary>
    internal SelectionSettings Selection() => new(Config.CullRatio, Config.EliteRatio, Config.TournamentSize);

    /// <summary>The topological mutator of the config: its operator weights over the hidden activations.</summary>
    internal TopologyMutator TopologyMutator() => new(Config.Mutation, HiddenActivations, Config);
}
