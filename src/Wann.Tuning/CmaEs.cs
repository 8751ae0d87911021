using MathNet.Numerics.LinearAlgebra;
using Wann.Environments.Randomness;

namespace Wann.Tuning;

/// <summary>
/// CMA-ES with rank-one and rank-μ updates and cumulative step-size adaptation, as in Hansen,
/// "The CMA Evolution Strategy: A Tutorial" (arXiv:1604.00772): default strategy parameters from its
/// Table 1, updates (Eq. 39–47) with positive recombination weights only, the covariance matrix
/// decomposed with MathNet.Numerics every generation (cheap at the dimensions tuned here, and it keeps the
/// state to m, σ, C and the two paths).
/// </summary>
/// <remarks>The tutorial minimises; scores here are maximised, so candidates are ranked best (highest) first.</remarks>
internal sealed class CmaEs : IWeightOptimizer
{
    /// <summary>The registry name.</summary>
    public const string Name = "cma";

    private readonly int _n;
    private readonly int _lambda;
    private readonly int _mu;
    private readonly double[] _weights;
    private readonly double _muEff;
    private readonly double _cc;
    private readonly double _cs;
    private readonly double _c1;
    private readonly double _cmu;
    private readonly double _damps;
    private readonly double _chiN;

    private readonly double[] _mean;
    private readonly double[] _pc;
    private readonly double[] _ps;
    private readonly Matrix<double> _c;
    private double _sigma;
    private int _generation;

    // From the last Ask: the decomposition C = B diag(D²) Bᵀ and the candidates, both needed by Tell.
    private Matrix<double> _b;
    private double[] _d;
    private readonly double[] _candidates;
    private bool _asked;

    /// <summary>Creates the optimiser at the origin (offsets 0) with identity covariance.</summary>
    /// <param name="settings">Dimension, λ (0: 4 + ⌊3 ln n⌋) and the initial σ.</param>
    public CmaEs(OptimizerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.Dimension, 1);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(settings.Sigma);
        _n = settings.Dimension;
        _lambda = settings.Population > 0 ? settings.Population : 4 + (int)Math.Floor(3.0 * Math.Log(_n));
        ArgumentOutOfRangeException.ThrowIfLessThan(_lambda, 2);
        _mu = _lambda / 2;

        // Log-rank recombination weights w_i ∝ ln((λ+1)/2) − ln i, i = 1..μ, summing to one.
        _weights = new double[_mu];
        double sum = 0.0;
        for (int i = 0; i < _mu; i++)
        {
            _weights[i] = Math.Log((_lambda + 1) / 2.0) - Math.Log(i + 1);
            sum += _weights[i];
        }

        double squares = 0.0;
        for (int i = 0; i < _mu; i++)
        {
            _weights[i] /= sum;
            squares += _weights[i] * _weights[i];
        }

        _muEff = 1.0 / squares;
        double n = _n;
        _cc = (4.0 + (_muEff / n)) / (n + 4.0 + (2.0 * _muEff / n));
        _cs = (_muEff + 2.0) / (n + _muEff + 5.0);
        _c1 = 2.0 / (((n + 1.3) * (n + 1.3)) + _muEff);
        _cmu = Math.Min(1.0 - _c1, 2.0 * (_muEff - 2.0 + (1.0 / _muEff)) / (((n + 2.0) * (n + 2.0)) + _muEff));
        _damps = 1.0 + (2.0 * Math.Max(0.0, Math.Sqrt((_muEff - 1.0) / (n + 1.0)) - 1.0)) + _cs;
        _chiN = Math.Sqrt(n) * (1.0 - (1.0 / (4.0 * n)) + (1.0 / (21.0 * n * n)));

        _mean = new double[_n];
        _pc = new double[_n];
        _ps = new double[_n];
        _c = Matrix<double>.Build.DenseIdentity(_n);
        _sigma = settings.Sigma;
        _b = Matrix<double>.Build.DenseIdentity(_n);
        _d = new double[_n];
        Array.Fill(_d, 1.0);
        _candidates = new double[_lambda * _n];
    }

    /// <inheritdoc/>
    public int Dimension => _n;

    /// <inheritdoc/>
    public int PopulationSize => _lambda;

    /// <inheritdoc/>
    public int Generation => _generation;

    /// <inheritdoc/>
    public ReadOnlySpan<double> Mean => _mean;

    /// <inheritdoc/>
    public double StepSize => _sigma;

    /// <inheritdoc/>
    public void Ask(ulong seed, Span<double> candidates)
    {
        if (candidates.Length != _lambda * _n)
        {
            throw new ArgumentException($"Expected {_lambda * _n} values ({_lambda} candidates of {_n}).", nameof(candidates));
        }

        Decompose();
        var z = new double[_n];
        var scaled = new double[_n];
        for (int k = 0; k < _lambda; k++)
        {
            var rng = new Xoshiro256(SeedMixer.Mix(seed, NoiseStreams.Candidates, (ulong)_generation, (ulong)k));
            for (int i = 0; i < _n; i++)
            {
                z[i] = rng.NextGaussian();
                scaled[i] = _d[i] * z[i];
            }

            // x_k = m + σ B D z_k (Eq. 38).
            Span<double> x = _candidates.AsSpan(k * _n, _n);
            for (int row = 0; row < _n; row++)
            {
                double y = 0.0;
                for (int col = 0; col < _n; col++)
                {
                    y += _b[row, col] * scaled[col];
                }

                x[row] = _mean[row] + (_sigma * y);
            }
        }

        _candidates.CopyTo(candidates);
        _asked = true;
    }

    /// <inheritdoc/>
    public void Tell(ReadOnlySpan<double> fitness)
    {
        if (!_asked)
        {
            throw new InvalidOperationException("Tell needs the candidates of an Ask first.");
        }

        if (fitness.Length != _lambda)
        {
            throw new ArgumentException($"Expected {_lambda} scores.", nameof(fitness));
        }

        _asked = false;
        int[] order = Ranking.BestFirst(fitness);
        int n = _n;

        // Recombination: m' = Σ w_i x_{i:λ}; y_w = (m' − m)/σ (Eq. 39–41).
        var old = (double[])_mean.Clone();
        Array.Clear(_mean);
        for (int i = 0; i < _mu; i++)
        {
            ReadOnlySpan<double> x = _candidates.AsSpan(order[i] * n, n);
            for (int j = 0; j < n; j++)
            {
                _mean[j] += _weights[i] * x[j];
            }
        }

        var yw = new double[n];
        for (int j = 0; j < n; j++)
        {
            yw[j] = (_mean[j] - old[j]) / _sigma;
        }

        // Step-size path with C^(-1/2) y_w = B D⁻¹ Bᵀ y_w (Eq. 43).
        var t = new double[n];
        for (int col = 0; col < n; col++)
        {
            double s = 0.0;
            for (int row = 0; row < n; row++)
            {
                s += _b[row, col] * yw[row];
            }

            t[col] = s / _d[col];
        }

        double csFactor = Math.Sqrt(_cs * (2.0 - _cs) * _muEff);
        double psNorm2 = 0.0;
        for (int row = 0; row < n; row++)
        {
            double s = 0.0;
            for (int col = 0; col < n; col++)
            {
                s += _b[row, col] * t[col];
            }

            _ps[row] = ((1.0 - _cs) * _ps[row]) + (csFactor * s);
            psNorm2 += _ps[row] * _ps[row];
        }

        double psNorm = Math.Sqrt(psNorm2);

        // h_σ stalls the rank-one path while σ is still growing fast (Eq. 45's footnote and the tutorial's Matlab).
        double hsig = psNorm / Math.Sqrt(1.0 - Math.Pow(1.0 - _cs, 2.0 * (_generation + 1))) / _chiN < 1.4 + (2.0 / (n + 1.0)) ? 1.0 : 0.0;
        double ccFactor = Math.Sqrt(_cc * (2.0 - _cc) * _muEff);
        for (int j = 0; j < n; j++)
        {
            _pc[j] = ((1.0 - _cc) * _pc[j]) + (hsig * ccFactor * yw[j]);
        }

        // C' = (1 − c1 − cμ) C + c1 (pc pcᵀ + δ(hσ) C) + cμ Σ w_i y_i y_iᵀ (Eq. 47), δ = (1 − hσ) cc (2 − cc).
        double delta = (1.0 - hsig) * _cc * (2.0 - _cc);
        double keep = 1.0 - _c1 - _cmu + (_c1 * delta);
        var ys = new double[_mu * n];
        for (int i = 0; i < _mu; i++)
        {
            ReadOnlySpan<double> x = _candidates.AsSpan(order[i] * n, n);
            for (int j = 0; j < n; j++)
            {
                ys[(i * n) + j] = (x[j] - old[j]) / _sigma;
            }
        }

        for (int row = 0; row < n; row++)
        {
            for (int col = 0; col <= row; col++)
            {
                double rankMu = 0.0;
                for (int i = 0; i < _mu; i++)
                {
                    rankMu += _weights[i] * ys[(i * n) + row] * ys[(i * n) + col];
                }

                double value = (keep * _c[row, col]) + (_c1 * _pc[row] * _pc[col]) + (_cmu * rankMu);
                _c[row, col] = value;
                _c[col, row] = value;
            }
        }

        // Cumulative step-size adaptation (Eq. 44).
        _sigma *= Math.Exp(_cs / _damps * ((psNorm / _chiN) - 1.0));
        _generation++;
    }

    /// <inheritdoc/>
    public double[] SaveState()
    {
        int n = _n;
        var state = new double[2 + (3 * n) + (n * n)];
        state[0] = _generation;
        state[1] = _sigma;
        _mean.CopyTo(state, 2);
        _pc.CopyTo(state, 2 + n);
        _ps.CopyTo(state, 2 + (2 * n));
        for (int row = 0; row < n; row++)
        {
            for (int col = 0; col < n; col++)
            {
                state[2 + (3 * n) + (row * n) + col] = _c[row, col];
            }
        }

        return state;
    }

    /// <inheritdoc/>
    public void LoadState(ReadOnlySpan<double> state)
    {
        int n = _n;
        if (state.Length != 2 + (3 * n) + (n * n))
        {
            throw new ArgumentException($"A CMA-ES state of dimension {n} has {2 + (3 * n) + (n * n)} numbers, found {state.Length}.", nameof(state));
        }

        _generation = (int)state[0];
        _sigma = state[1];
        state.Slice(2, n).CopyTo(_mean);
        state.Slice(2 + n, n).CopyTo(_pc);
        state.Slice(2 + (2 * n), n).CopyTo(_ps);
        for (int row = 0; row < n; row++)
        {
            for (int col = 0; col < n; col++)
            {
                _c[row, col] = state[2 + (3 * n) + (row * n) + col];
            }
        }

        _asked = false;
    }

    private void Decompose()
    {
        // C is kept exactly symmetric by Tell; eigenvalues that rounding pushes below zero are clamped.
        var evd = _c.Evd(MathNet.Numerics.LinearAlgebra.Symmetricity.Symmetric);
        _b = evd.EigenVectors;
        var values = evd.EigenValues;
        _d = new double[_n];
        for (int i = 0; i < _n; i++)
        {
            _d[i] = Math.Sqrt(Math.Max(values[i].Real, 1e-20));
        }
    }
}
