using Wann.Environments.Randomness;

namespace Wann.Tuning;

/// <summary>
/// PEPG, the population-based REINFORCE of Sehnke et al. (2010, "Parameter-exploring policy gradients") in the
/// form estool gives it and the WANN paper's WANNTool uses by default: symmetric sampling μ ± ε with
/// ε ~ N(0, σ²) per parameter, centred-rank scores, the mean moved along Σ (r⁺ − r⁻) ε with Adam, and each
/// parameter's σ adapted along Σ ((r⁺ + r⁻)/2 − b)(ε² − σ²)/σ, its change capped at a fraction of σ.
/// </summary>
internal sealed class Pepg : IWeightOptimizer
{
    /// <summary>The registry name.</summary>
    public const string Name = "pepg";

    // estool's defaults: σ learning rate, per-generation σ and learning-rate decay with floors, the cap on σ's
    // relative change per generation, and Adam's constants.
    private const double SigmaAlpha = 0.20;
    private const double SigmaDecay = 0.999;
    private const double SigmaLimit = 0.01;
    private const double SigmaMaxChange = 0.2;
    private const double LearningRateDecay = 0.9999;
    private const double LearningRateLimit = 0.001;
    private const double Beta1 = 0.99;
    private const double Beta2 = 0.999;
    private const double AdamEpsilon = 1e-08;

    private readonly int _n;
    private readonly int _pairs;
    private readonly double[] _mean;
    private readonly double[] _sigma;
    private readonly double[] _adamM;
    private readonly double[] _adamV;
    private readonly double[] _epsilon;
    private double _learningRate;
    private int _generation;
    private bool _asked;

    /// <summary>Creates the optimiser at the origin.</summary>
    /// <param name="settings">Dimension, population (even; 0: 64) and the initial σ.</param>
    /// <param name="learningRate">Adam's initial step size.</param>
    public Pepg(OptimizerSettings settings, double learningRate = 0.01)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.Dimension, 1);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(settings.Sigma);
        int population = settings.Population > 0 ? settings.Population : 64;
        if (population < 2 || population % 2 != 0)
        {
            throw new ArgumentException($"PEPG samples in ± pairs: the population must be even and at least 2, found {population}.", nameof(settings));
        }

        _n = settings.Dimension;
        _pairs = population / 2;
        _mean = new double[_n];
        _sigma = new double[_n];
        Array.Fill(_sigma, settings.Sigma);
        _adamM = new double[_n];
        _adamV = new double[_n];
        _epsilon = new double[_pairs * _n];
        _learningRate = learningRate;
    }

    /// <inheritdoc/>
    public int Dimension => _n;

    /// <inheritdoc/>
    public int PopulationSize => 2 * _pairs;

    /// <inheritdoc/>
    public int Generation => _generation;

    /// <inheritdoc/>
    public ReadOnlySpan<double> Mean => _mean;

    /// <inheritdoc/>
    public double StepSize
    {
        get
        {
            double sum = 0.0;
            foreach (double s in _sigma)
            {
                sum += s;
            }

            return sum / _n;
        }
    }

    /// <inheritdoc/>
    public void Ask(ulong seed, Span<double> candidates)
    {
        if (candidates.Length != PopulationSize * _n)
        {
            throw new ArgumentException($"Expected {PopulationSize * _n} values ({PopulationSize} candidates of {_n}).", nameof(candidates));
        }

        for (int k = 0; k < _pairs; k++)
        {
            var rng = new Xoshiro256(SeedMixer.Mix(seed, NoiseStreams.Candidates, (ulong)_generation, (ulong)k));
            Span<double> eps = _epsilon.AsSpan(k * _n, _n);
            Span<double> plus = candidates.Slice(2 * k * _n, _n);
            Span<double> minus = candidates.Slice(((2 * k) + 1) * _n, _n);
            for (int i = 0; i < _n; i++)
            {
                eps[i] = _sigma[i] * rng.NextGaussian();
                plus[i] = _mean[i] + eps[i];
                minus[i] = _mean[i] - eps[i];
            }
        }

        _asked = true;
    }

    /// <inheritdoc/>
    public void Tell(ReadOnlySpan<double> fitness)
    {
        if (!_asked)
        {
            throw new InvalidOperationException("Tell needs the candidates of an Ask first.");
        }

        if (fitness.Length != PopulationSize)
        {
            throw new ArgumentException($"Expected {PopulationSize} scores.", nameof(fitness));
        }

        _asked = false;
        double[] r = Ranking.Centred(fitness);
        double baseline = 0.0;
        foreach (double v in r)
        {
            baseline += v;
        }

        baseline /= r.Length;
        double spread = 0.0;
        foreach (double v in r)
        {
            spread += (v - baseline) * (v - baseline);
        }

        spread = Math.Sqrt(spread / r.Length);

        // Gradient of the expected score with respect to the mean, from the ± pairs (the difference cancels the baseline).
        var gradient = new double[_n];
        for (int k = 0; k < _pairs; k++)
        {
            double difference = r[2 * k] - r[(2 * k) + 1];
            ReadOnlySpan<double> eps = _epsilon.AsSpan(k * _n, _n);
            for (int i = 0; i < _n; i++)
            {
                gradient[i] += 0.5 * difference * eps[i] / _pairs;
            }
        }

        // Adam ascent step.
        int t = _generation + 1;
        double correction1 = 1.0 - Math.Pow(Beta1, t);
        double correction2 = 1.0 - Math.Pow(Beta2, t);
        double step = _learningRate * Math.Sqrt(correction2) / correction1;
        for (int i = 0; i < _n; i++)
        {
            _adamM[i] = (Beta1 * _adamM[i]) + ((1.0 - Beta1) * gradient[i]);
            _adamV[i] = (Beta2 * _adamV[i]) + ((1.0 - Beta2) * gradient[i] * gradient[i]);
            _mean[i] += step * _adamM[i] / (Math.Sqrt(_adamV[i]) + AdamEpsilon);
        }

        // σ along the likelihood-ratio gradient of the pairs' average score above the baseline.
        if (spread > 0.0)
        {
            for (int i = 0; i < _n; i++)
            {
                double sum = 0.0;
                for (int k = 0; k < _pairs; k++)
                {
                    double e = _epsilon[(k * _n) + i];
                    double average = ((r[2 * k] + r[(2 * k) + 1]) / 2.0) - baseline;
                    sum += average * ((e * e) - (_sigma[i] * _sigma[i])) / _sigma[i];
                }

                double change = SigmaAlpha * sum / (2.0 * _pairs * spread);
                double cap = SigmaMaxChange * _sigma[i];
                _sigma[i] += Math.Clamp(change, -cap, cap);
            }
        }

        for (int i = 0; i < _n; i++)
        {
            if (_sigma[i] > SigmaLimit)
            {
                _sigma[i] *= SigmaDecay;
            }
        }

        if (_learningRate > LearningRateLimit)
        {
            _learningRate *= LearningRateDecay;
        }

        _generation++;
    }

    /// <inheritdoc/>
    public double[] SaveState()
    {
        int n = _n;
        var state = new double[2 + (4 * n)];
        state[0] = _generation;
        state[1] = _learningRate;
        _mean.CopyTo(state, 2);
        _sigma.CopyTo(state, 2 + n);
        _adamM.CopyTo(state, 2 + (2 * n));
        _adamV.CopyTo(state, 2 + (3 * n));
        return state;
    }

    /// <inheritdoc/>
    public void LoadState(ReadOnlySpan<double> state)
    {
        int n = _n;
        if (state.Length != 2 + (4 * n))
        {
            throw new ArgumentException($"A PEPG state of dimension {n} has {2 + (4 * n)} numbers, found {state.Length}.", nameof(state));
        }

        _generation = (int)state[0];
        _learningRate = state[1];
        state.Slice(2, n).CopyTo(_mean);
        state.Slice(2 + n, n).CopyTo(_sigma);
        state.Slice(2 + (2 * n), n).CopyTo(_adamM);
        state.Slice(2 + (3 * n), n).CopyTo(_adamV);
        _asked = false;
    }
}
