using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Wann.Environments.Numerics;

/// <summary>The same three kernels on 512-bit registers, for rows wide enough to fill them (a batch of images).</summary>
/// <remarks>
/// Each is the 256-bit kernel's sequence of operations, term for term and in the same order, so a lane computes the
/// same bits in either width (tests compare them over many inputs). They are written out a second time because .NET
/// offers no public interface shared by <see cref="System.Numerics.Vector{T}"/> and <see cref="Vector512{T}"/> through
/// which one generic kernel could serve both widths.
/// </remarks>
public static partial class LaneMath
{
    /// <summary>sin(πx) on every lane of a 512-bit register: the bits of <see cref="SinPi(System.Numerics.Vector{double})"/>.</summary>
    /// <param name="x">The lanes.</param>
    /// <returns>sin(πx); NaN for infinite or NaN lanes.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> SinPi(Vector512<double> x)
    {
        Vector512<double> n = Vector512.Round(x);
        Vector512<double> r = x - n;
        Vector512<double> r2 = r * r;
        Vector512<double> p = Vector512.Create(S11);
        p = (p * r2) + Vector512.Create(S10);
        p = (p * r2) + Vector512.Create(S9);
        p = (p * r2) + Vector512.Create(S8);
        p = (p * r2) + Vector512.Create(S7);
        p = (p * r2) + Vector512.Create(S6);
        p = (p * r2) + Vector512.Create(S5);
        p = (p * r2) + Vector512.Create(S4);
        p = (p * r2) + Vector512.Create(S3);
        p = (p * r2) + Vector512.Create(S2);
        p = (p * r2) + Vector512.Create(S1);
        p = (p * r2) + Vector512.Create(S0);
        p *= r;
        return Vector512.ConditionalSelect(IsOdd(n), -p, p);
    }

    /// <summary>cos(πx) on every lane of a 512-bit register: the bits of <see cref="CosPi(System.Numerics.Vector{double})"/>.</summary>
    /// <param name="x">The lanes.</param>
    /// <returns>cos(πx); NaN for infinite or NaN lanes.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> CosPi(Vector512<double> x)
    {
        Vector512<double> n = Vector512.Round(x);
        Vector512<double> r = x - n;
        Vector512<double> r2 = r * r;
        Vector512<double> p = Vector512.Create(C12);
        p = (p * r2) + Vector512.Create(C11);
        p = (p * r2) + Vector512.Create(C10);
        p = (p * r2) + Vector512.Create(C9);
        p = (p * r2) + Vector512.Create(C8);
        p = (p * r2) + Vector512.Create(C7);
        p = (p * r2) + Vector512.Create(C6);
        p = (p * r2) + Vector512.Create(C5);
        p = (p * r2) + Vector512.Create(C4);
        p = (p * r2) + Vector512.Create(C3);
        p = (p * r2) + Vector512.Create(C2);
        p = (p * r2) + Vector512.Create(C1);
        p = (p * r2) + Vector512.Create(C0);
        p = Vector512.ConditionalSelect(Vector512.Equals(r, r), p, r); // infinite x: r is NaN, keep it NaN
        return Vector512.ConditionalSelect(IsOdd(n), -p, p);
    }

    /// <summary>eˣ on every lane of a 512-bit register: the bits of <see cref="Exp(System.Numerics.Vector{double})"/>.</summary>
    /// <param name="x">The lanes.</param>
    /// <returns>eˣ: +∞ above about 709.78, 0 below about −745.13, NaN for NaN.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Exp(Vector512<double> x)
    {
        Vector512<double> clamped = Vector512.MinNative(Vector512.MaxNative(x, Vector512.Create(ExpUnderflow)), Vector512.Create(ExpOverflow));
        Vector512<double> k = Vector512.Round(clamped * Vector512.Create(1.4426950408889634)); // log2(e)
        Vector512<double> f = (clamped - (k * Vector512.Create(Ln2Hi))) - (k * Vector512.Create(Ln2Lo));
        Vector512<double> p = Vector512.Create(E13);
        p = (p * f) + Vector512.Create(E12);
        p = (p * f) + Vector512.Create(E11);
        p = (p * f) + Vector512.Create(E10);
        p = (p * f) + Vector512.Create(E9);
        p = (p * f) + Vector512.Create(E8);
        p = (p * f) + Vector512.Create(E7);
        p = (p * f) + Vector512.Create(E6);
        p = (p * f) + Vector512.Create(E5);
        p = (p * f) + Vector512.Create(E4);
        p = (p * f) + Vector512.Create(E3);
        p = (p * f) + Vector512.Create(E2);
        p = (p * f) + Vector512.Create(E1);
        p = (p * f) + Vector512.Create(E0);

        Vector512<double> k1 = Vector512.Floor(k * Vector512.Create(0.5));
        Vector512<double> k2 = k - k1;
        Vector512<double> result = p * PowerOfTwo(k1) * PowerOfTwo(k2);
        result = Vector512.ConditionalSelect(Vector512.GreaterThan(x, Vector512.Create(ExpOverflow)), Vector512.Create(double.PositiveInfinity), result);
        result = Vector512.ConditionalSelect(Vector512.LessThan(x, Vector512.Create(ExpUnderflow)), Vector512<double>.Zero, result);
        return Vector512.ConditionalSelect(Vector512.Equals(x, x), result, x);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<double> IsOdd(Vector512<double> n)
    {
        Vector512<double> half = n * Vector512.Create(0.5);
        return ~Vector512.Equals(Vector512.Round(half), half);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<double> PowerOfTwo(Vector512<double> m) =>
        Vector512.ShiftLeft(Vector512.ConvertToInt64Native(m) + Vector512.Create(1023L), 52).AsDouble();
}
