using Wann.Core.Activation;

namespace Wann.Core.Reproduction;

/// <summary>What a mutation operator may use besides the parent and its random stream.</summary>
/// <param name="Innovations">The run's innovation tracker.</param>
/// <param name="HiddenActivations">Activations a hidden node may have.</param>
public sealed record MutationContext(InnovationTracker Innovations, IReadOnlyList<ActivationFunction> HiddenActivations);
