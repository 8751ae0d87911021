namespace Wann.Tuning;

/// <summary>What an optimiser factory is given.</summary>
/// <param name="Dimension">Number of parameters.</param>
/// <param name="Population">Candidates per generation; 0 for the optimiser's own default.</param>
/// <param name="Sigma">Initial step size (standard deviation of the first candidates around the start).</param>
public sealed record OptimizerSettings(int Dimension, int Population, double Sigma);
