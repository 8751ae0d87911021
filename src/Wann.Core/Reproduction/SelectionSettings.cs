using Wann.Environments.Randomness;

namespace Wann.Core.Reproduction;

/// <summary>How the next generation is drawn from a ranked population (the reference's <c>recombine</c>).</summary>
/// <param name="CullRatio">Fraction of worst-ranked genomes that may not be parents.</param>
/// <param name="EliteRatio">Fraction of the remaining pool copied unchanged.</param>
/// <param name="TournamentSize">Genomes drawn (with replacement) per tournament.</param>
public sealed record SelectionSettings(double CullRatio, double EliteRatio, int TournamentSize)
{
    /// <summary>The parents' pool of a group of <paramref name="n"/> ranked genomes: all but the worst <c>floor(cull · n)</c>, at least one.</summary>
    internal int PoolSize(int n) => Math.Max(1, n - (int)Math.Floor(CullRatio * n));

    /// <summary>Elites copied unchanged from a pool, at most the <paramref name="slots"/> to fill.</summary>
    internal int Elites(int slots, int poolSize) => Math.Min(slots, (int)Math.Floor(EliteRatio * poolSize));

    /// <summary>Draws a parent's index in a pool sorted best first: the better of two tournament winners, each the best of
    /// <see cref="TournamentSize"/> uniform draws (the reference with crossover off).</summary>
    internal int DrawParent(int poolSize, ref Xoshiro256 rng)
    {
        int a = Tournament(poolSize, ref rng);
        int b = Tournament(poolSize, ref rng);
        return Math.Min(a, b);
    }

    private int Tournament(int poolSize, ref Xoshiro256 rng)
    {
        // The pool is sorted by rank, so the smallest index drawn is the tournament's winner.
        int best = int.MaxValue;
        for (int i = 0; i < TournamentSize; i++)
        {
            best = Math.Min(best, rng.NextInt(poolSize));
        }

        return best;
    }
}
