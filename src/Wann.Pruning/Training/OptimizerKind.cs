namespace Wann.Pruning.Training;

/// <summary>The update rule of a <see cref="Trainer"/>.</summary>
public enum OptimizerKind
{
    /// <summary>Plain stochastic gradient descent (Google's LTH code, open_lth).</summary>
    Sgd,

    /// <summary>Adam (β₁ 0.9, β₂ 0.999, ε 1e-8), the LTH paper's choice for LeNet-300-100.</summary>
    Adam,
}
