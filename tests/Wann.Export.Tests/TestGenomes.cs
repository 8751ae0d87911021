using Wann.Core.Activation;
using Wann.Core.Genomes;

namespace Wann.Export.Tests;

/// <summary>Genomes made for the tests: every activation function, feed-forward or recurrent.</summary>
internal static class TestGenomes
{
    public const int Inputs = 4;
    public const int Outputs = 3;

    /// <summary>Two hidden nodes of every activation function in a random feed-forward graph, with random own weights,
    /// a hidden node without inputs, a disabled connection and outputs of several functions.</summary>
    public static Genome EveryActivation(int seed) => Build(seed, recurrent: false);

    /// <summary>Smooth bounded functions (and abs) with cycles: self-loops, hidden-to-hidden both ways and outputs
    /// feeding back. Unbounded functions in a loop grow without limit (x² reaches infinity in a few steps), and step or
    /// sin(πx) loops turn a last-bit difference into a different trajectory, so a 1,000-step comparison would measure
    /// only that.</summary>
    public static Genome Recurrent(int seed) => Build(seed, recurrent: true);

    private static Genome Build(int seed, bool recurrent)
    {
        var random = new Random(seed);
        ActivationFunction[] functions = recurrent
            ? [ActivationFunction.Tanh, ActivationFunction.Sigmoid, ActivationFunction.Gaussian, ActivationFunction.Abs]
            : Enum.GetValues<ActivationFunction>();
        var nodes = new List<NodeGene> { new(0, NodeKind.Bias, ActivationFunction.Linear) };
        for (int i = 1; i <= Inputs; i++)
        {
            nodes.Add(new(i, NodeKind.Input, ActivationFunction.Linear));
        }

        ActivationFunction[] outputFunctions = recurrent
            ? [ActivationFunction.Tanh, ActivationFunction.Sigmoid, ActivationFunction.Gaussian]
            : [ActivationFunction.Tanh, ActivationFunction.Linear, ActivationFunction.Sin];
        for (int o = 0; o < Outputs; o++)
        {
            nodes.Add(new(Inputs + 1 + o, NodeKind.Output, outputFunctions[o]));
        }

        int firstHidden = Inputs + Outputs + 1;
        var hidden = new List<int>();
        for (int h = 0; h < 2 * functions.Length; h++)
        {
            int id = firstHidden + h;
            hidden.Add(id);
            nodes.Add(new(id, NodeKind.Hidden, functions[h % functions.Length]));
        }

        var connections = new List<ConnectionGene>();
        var joined = new HashSet<(int, int)>();
        void Join(int source, int target)
        {
            if (joined.Add((source, target)))
            {
                double weight = Math.Round((random.NextDouble() * 4.0) - 2.0, 3);
                bool enabled = connections.Count != 5; // one disabled connection
                connections.Add(new(connections.Count, source, target, weight, enabled));
            }
        }

        // Hidden node h reads 1-3 earlier nodes (bias, inputs, earlier hidden); the first hidden node reads nothing.
        for (int h = 1; h < hidden.Count; h++)
        {
            int count = 1 + random.Next(3);
            for (int k = 0; k < count; k++)
            {
                int pick = random.Next(1 + Inputs + h);
                Join(pick <= Inputs ? pick : hidden[pick - Inputs - 1], hidden[h]);
            }
        }

        // Every output reads several hidden nodes and one input.
        for (int o = 0; o < Outputs; o++)
        {
            for (int k = 0; k < 6; k++)
            {
                Join(hidden[random.Next(hidden.Count)], Inputs + 1 + o);
            }

            Join(1 + o, Inputs + 1 + o);
        }

        if (recurrent)
        {
            for (int k = 0; k < 12; k++)
            {
                int target = hidden[random.Next(hidden.Count)];
                Join(target, target); // self-loop
                Join(hidden[random.Next(hidden.Count)], hidden[random.Next(hidden.Count)]);
                Join(Inputs + 1 + random.Next(Outputs), hidden[random.Next(hidden.Count)]);
            }
        }

        return new Genome(Inputs, Outputs, nodes, connections, recurrent);
    }
}
