namespace Wann.Tuning;

/// <summary>
/// A black-box optimiser of a real vector in ask/tell form: <see cref="Ask"/> proposes a population of
/// candidates, the caller scores them, <see cref="Tell"/> hands the scores back (higher is better).
/// </summary>
/// <remarks>
/// Implementations draw no randomness of their own: every candidate's noise comes from
/// <c>SeedMixer.Mix(seed, stream, generation, candidate)</c>, so the candidates of a generation do not depend on
/// the order they are scored in or the number of threads, and the whole state is the numbers
/// <see cref="SaveState"/> returns (a checkpoint restores it exactly).
/// </remarks>
public interface IWeightOptimizer
{
    /// <summary>Gets the number of parameters.</summary>
    int Dimension { get; }

    /// <summary>Gets the number of candidates <see cref="Ask"/> proposes per generation.</summary>
    int PopulationSize { get; }

    /// <summary>Gets the number of completed generations (calls of <see cref="Tell"/>).</summary>
    int Generation { get; }

    /// <summary>Gets the current estimate of the optimum (the distribution's mean).</summary>
    ReadOnlySpan<double> Mean { get; }

    /// <summary>Gets the current overall step size (for progress reports).</summary>
    double StepSize { get; }

    /// <summary>Proposes this generation's candidates.</summary>
    /// <param name="seed">The root seed of the noise.</param>
    /// <param name="candidates">Receives <see cref="PopulationSize"/> × <see cref="Dimension"/> values, candidate-major.</param>
    void Ask(ulong seed, Span<double> candidates);

    /// <summary>Updates the distribution from the scores of the candidates of the last <see cref="Ask"/>.</summary>
    /// <param name="fitness">One score per candidate, in candidate order; higher is better.</param>
    void Tell(ReadOnlySpan<double> fitness);

    /// <summary>Returns the optimiser's whole state as numbers (for checkpoints).</summary>
    /// <returns>The state.</returns>
    double[] SaveState();

    /// <summary>Restores a state <see cref="SaveState"/> returned for an optimiser of the same kind and settings.</summary>
    /// <param name="state">The state.</param>
    /// <exception cref="ArgumentException">The state has the wrong length.</exception>
    void LoadState(ReadOnlySpan<double> state);
}
