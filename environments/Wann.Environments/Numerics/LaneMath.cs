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
public static partial class LaneMath
{
    private const double Ln2Hi = 6.93147180369123816490e-01; // ln 2 with trailing zero bits: k·Ln2Hi is exact
    private const double Ln2Lo = 1.90821492927058770002e-10;
    private const double ExpOverflow = 709.782712893384;
    private const double ExpUnderflow = -745.1332191019412;

    // The coefficients are computed once (below) and then held in static readonly fields, which optimised code
    // reads as constants: the polynomials unroll into one multiply and one add per term, with no loop, array
    // load or broadcast, and the same operations in the same order as a loop over the arrays.
    private static readonly double[] SinTerms = Terms(odd: true, count: 12);
    private static readonly double[] CosTerms = Terms(odd: false, count: 13);
    private static readonly double[] ExpTerms = ExpCoefficients(14);
    private static readonly double S0 = SinTerms[0];
    private static readonly double S1 = SinTerms[1];
    private static readonly double S2 = SinTerms[2];
    private static readonly double S3 = SinTerms[3];
    private static readonly double S4 = SinTerms[4];
    private static readonly double S5 = SinTerms[5];
    private static readonly double S6 = SinTerms[6];
    private static readonly double S7 = SinTerms[7];
    private static readonly double S8 = SinTerms[8];
    private static readonly double S9 = SinTerms[9];
    private static readonly double S10 = SinTerms[10];
    private static readonly double S11 = SinTerms[11];
    private static readonly double C0 = CosTerms[0];
    private static readonly double C1 = CosTerms[1];
    private static readonly double C2 = CosTerms[2];
    private static readonly double C3 = CosTerms[3];
    private static readonly double C4 = CosTerms[4];
    private static readonly double C5 = CosTerms[5];
    private static readonly double C6 = CosTerms[6];
    private static readonly double C7 = CosTerms[7];
    private static readonly double C8 = CosTerms[8];
    private static readonly double C9 = CosTerms[9];
    private static readonly double C10 = CosTerms[10];
    private static readonly double C11 = CosTerms[11];
    private static readonly double C12 = CosTerms[12];
    private static readonly double E0 = ExpTerms[0];
    private static readonly double E1 = ExpTerms[1];
    private static readonly double E2 = ExpTerms[2];
    private static readonly double E3 = ExpTerms[3];
    private static readonly double E4 = ExpTerms[4];
    private static readonly double E5 = ExpTerms[5];
    private static readonly double E6 = ExpTerms[6];
    private static readonly double E7 = ExpTerms[7];
    private static readonly double E8 = ExpTerms[8];
    private static readonly double E9 = ExpTerms[9];
    private static readonly double E10 = ExpTerms[10];
    private static readonly double E11 = ExpTerms[11];
    private static readonly double E12 = ExpTerms[12];
    private static readonly double E13 = ExpTerms[13];

    /// <summary>sin(πx) on every lane.</summary>
    /// <param name="x">The lanes.</param>
    /// <returns>sin(πx); NaN for infinite or NaN lanes.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<double> SinPi(Vector<double> x)
    {
        Vector<double> n = Vector.Round(x);
        Vector<double> r = x - n;
        Vector<double> r2 = r * r;
        Vector<double> p = new(S11);
        p = (p * r2) + new Vector<double>(S10);
        p = (p * r2) + new Vector<double>(S9);
        p = (p * r2) + new Vector<double>(S8);
        p = (p * r2) + new Vector<double>(S7);
        p = (p * r2) + new Vector<double>(S6);
        p = (p * r2) + new Vector<double>(S5);
        p = (p * r2) + new Vector<double>(S4);
        p = (p * r2) + new Vector<double>(S3);
        p = (p * r2) + new Vector<double>(S2);
        p = (p * r2) + new Vector<double>(S1);
        p = (p * r2) + new Vector<double>(S0);
        p *= r;
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
        Vector<double> r2 = r * r;
        Vector<double> p = new(C12);
        p = (p * r2) + new Vector<double>(C11);
        p = (p * r2) + new Vector<double>(C10);
        p = (p * r2) + new Vector<double>(C9);
        p = (p * r2) + new Vector<double>(C8);
        p = (p * r2) + new Vector<double>(C7);
        p = (p * r2) + new Vector<double>(C6);
        p = (p * r2) + new Vector<double>(C5);
        p = (p * r2) + new Vector<double>(C4);
        p = (p * r2) + new Vector<double>(C3);
        p = (p * r2) + new Vector<double>(C2);
        p = (p * r2) + new Vector<double>(C1);
        p = (p * r2) + new Vector<double>(C0);
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
        Vector<double> p = new(E13);
        p = (p * f) + new Vector<double>(E12);
        p = (p * f) + new Vector<double>(E11);
        p = (p * f) + new Vector<double>(E10);
        p = (p * f) + new Vector<double>(E9);
        p = (p * f) + new Vector<double>(E8);
        p = (p * f) + new Vector<double>(E7);
        p = (p * f) + new Vector<double>(E6);
        p = (p * f) + new Vector<double>(E5);
        p = (p * f) + new Vector<double>(E4);
        p = (p * f) + new Vector<double>(E3);
        p = (p * f) + new Vector<double>(E2);
        p = (p * f) + new Vector<double>(E1);
        p = (p * f) + new Vector<double>(E0);

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
