using System.Numerics;
using System.Runtime.CompilerServices;

namespace Wann.Environments.Numerics;

/// <summary>
/// sin(πx), cos(πx) and eˣ on whole SIMD registers, built only from IEEE-754 additions, multiplications,
/// rounding and per-lane selects, so every lane's result depends on that lane's input alone.
/// </summary>
/// <remarks>
/// <para>Why not the runtime's vector Sin or <see cref="Math.Sin"/>: the runtime's vector functions
/// compute a whole register on a slower path when any lane holds a large argument, so a value could
/// change in its last bit with its neighbours, and implementations differ between instruction sets
/// and runtime versions. Rollouts of chaotic systems (swing-up at w = −2) turn a last-bit difference into
/// a different episode. With these kernels a lane computes the same bits alone or in any register, on
/// any CPU, which is what lets the scalar path, the lane path and cluster workers agree exactly.</para>
/// <para>Method: the half-period argument x is reduced exactly (r = x − round(x), |r| ≤ ½), then
/// Taylor polynomials in r (to degree 23 for sine, 24 for cosine) give sin(πr) and cos(πr) with errors
/// far below 1e-16; the sign follows the parity of round(x). eˣ uses Cody–Waite reduction by ln 2
/// (x = k ln 2 + f, |f| ≤ ½ ln 2), a degree-13 Taylor polynomial and 2^k built from exponent bits in two
/// halves, so subnormal results and overflow come out right. Tests hold all three to a few units in the
/// last place of <see cref="Math"/>.</para>
/// </remarks>
public static class LaneMath
{
    private const double Ln2Hi = 6.93147180369123816490e-01; // ln 2 with trailing zero bits: k·Ln2Hi is exact
    private const double Ln2Lo = 1.90821492927058770002e-10;
    private const double ExpOverflow = 709.782712893384;
    private const double ExpUnderflow = -745.1332191019412;

    private static readonly double[] SinTerms = Terms(odd: true, count: 12);
    private static readonly double[] CosTerms = Terms(odd: false, count: 13);
    private static readonly double[] ExpTerms = ExpCoefficients(14);

    /// <summary>sin(πx) on every lane.</summary>
    /// <param name="x">The lanes.</param>
    /// <returns>sin(πx); NaN for infinite or NaN lanes.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<double> SinPi(Vector<double> x)
    {
        Vector<double> n = Vector.Round(x);
        Vector<double> r = x - n;
        Vector<double> r2 = r * r;
        Vector<double> p = Horner(SinTerms, r2) * r;
        return Vector.ConditionalSelect(IsOdd(n), -p, p);
    }

    /// <summary>cos(πx) on every lane.</summary>
    /// <param name="x">The lanes.</param>
    /// <returns>cos(πx); NaN for infinite or NaN lanes.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<double> CosPi(Vector<double> x)
    {
        Vector<double> n = Vector.Round(x);
        Vector<double> r = x - n;
        Vector<double> p = Horner(CosTerms, r * r);
        p = Vector.ConditionalSelect(Vector.Equals(r, r), p, r); // infinite x: r is NaN, keep it NaN
        return Vector.ConditionalSelect(IsOdd(n), -p, p);
    }

    /// <summary>eˣ on every lane.</summary>
    /// <param name="x">The lanes.</param>
    /// <returns>eˣ: +∞ above about 709.78, 0 below about −745.13, NaN for NaN.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<double> Exp(Vector<double> x)
    {
        // The native min/max and conversion skip the runtime's NaN and saturation fix-ups, which lie on the critical
        // path: a NaN lane is replaced by x at the end anyway, and k stays far inside the long range.
        Vector<double> clamped = Vector.MinNative(Vector.MaxNative(x, new Vector<double>(ExpUnderflow)), new Vector<double>(ExpOverflow));
        Vector<double> k = Vector.Round(clamped * new Vector<double>(1.4426950408889634)); // log2(e)
        Vector<double> f = (clamped - (k * new Vector<double>(Ln2Hi))) - (k * new Vector<double>(Ln2Lo));
        Vector<double> p = Horner(ExpTerms, f);

        // 2^k in two halves, each a valid normal power of two for k in [-1076, 1024].
        Vector<double> k1 = Vector.Floor(k * new Vector<double>(0.5));
        Vector<double> k2 = k - k1;
        Vector<double> result = p * PowerOfTwo(k1) * PowerOfTwo(k2);
        result = Vector.ConditionalSelect(Vector.GreaterThan(x, new Vector<double>(ExpOverflow)), new Vector<double>(double.PositiveInfinity), result);
        result = Vector.ConditionalSelect(Vector.LessThan(x, new Vector<double>(ExpUnderflow)), Vector<double>.Zero, result);
        return Vector.ConditionalSelect(Vector.Equals(x, x), result, x);
    }

    /// <summary>sin(πx) of one value, bit-identical to the lane form.</summary>
    /// <param name="x">The value.</param>
    /// <returns>sin(πx).</returns>
    public static double SinPi(double x) => SinPi(new Vector<double>(x))[0];

    /// <summary>cos(πx) of one value, bit-identical to the lane form.</summary>
    /// <param name="x">The value.</param>
    /// <returns>cos(πx).</returns>
    public static double CosPi(double x) => CosPi(new Vector<double>(x))[0];

    /// <summary>eˣ of one value, bit-identical to the lane form.</summary>
    /// <param name="x">The value.</param>
    /// <returns>eˣ.</returns>
    public static double Exp(double x) => Exp(new Vector<double>(x))[0];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<double> Horner(double[] terms, Vector<double> z)
    {
        Vector<double> p = new(terms[^1]);
        for (int i = terms.Length - 2; i >= 0; i--)
        {
            p = (p * z) + new Vector<double>(terms[i]);
        }

        return p;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<long> IsOdd(Vector<double> n)
    {
        Vector<double> half = n * new Vector<double>(0.5);
        return ~Vector.Equals(Vector.Round(half), half);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<double> PowerOfTwo(Vector<double> m) =>
        Vector.AsVectorDouble(Vector.ShiftLeft(Vector.ConvertToInt64Native(m) + new Vector<long>(1023), 52));

    // Coefficients of sin(πr) = Σ (−1)^k π^(2k+1) r^(2k+1) / (2k+1)! (odd) or cos(πr) = Σ (−1)^k π^(2k) r^(2k) / (2k)!,
    // as polynomials in r²; computed once, by the same IEEE arithmetic on every machine.
    private static double[] Terms(bool odd, int count)
    {
        var terms = new double[count];
        double term = odd ? Math.PI : 1.0;
        int power = odd ? 1 : 0;
        for (int k = 0; k < count; k++)
        {
            terms[k] = term;
            term *= -Math.PI * Math.PI / ((power + 1) * (power + 2));
            power += 2;
        }

        return terms;
    }

    private static double[] ExpCoefficients(int count)
    {
        var terms = new double[count];
        double term = 1.0;
        for (int k = 0; k < count; k++)
        {
            terms[k] = term;
            term /= k + 1;
        }

        return terms;
    }
}
