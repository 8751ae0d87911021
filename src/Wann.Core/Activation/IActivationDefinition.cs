using System.Numerics;

namespace Wann.Core.Activation;

/// <summary>
/// An activation function written as a struct of static members, so that the lane kernel built from it
/// (<see cref="ActivationEntry.Create{T}"/>) compiles to a tight loop with the arithmetic inlined. The
/// built-in functions are written this way; a plug-in may be too, or give a scalar form only
/// (<see cref="ActivationEntry(string, ActivationFunction, string, Func{double, double}, LaneKernel?)"/>).
/// </summary>
public interface IActivationDefinition
{
    /// <summary>Gets the configuration and genome-file name (lower case, e.g. <c>gaussian</c>).</summary>
    static abstract string Name { get; }

    /// <summary>Gets the id: the WANN reference's activation number for the built-in functions.</summary>
    static abstract ActivationFunction Id { get; }

    /// <summary>Gets the fill colour of a node with this activation in pictures (hex RGB).</summary>
    static abstract string Colour { get; }

    /// <summary>Gets a value indicating whether the function is the identity (its row kernel does nothing).</summary>
    static virtual bool IsIdentity => false;

    /// <summary>The function's definition with <see cref="Math"/>: the yardstick, and the curve drawn as the node's glyph.</summary>
    /// <param name="x">The input.</param>
    /// <returns>f(x).</returns>
    static abstract double Definition(double x);

    /// <summary>The lane kernel: f on every lane, each lane depending on its own input only.</summary>
    /// <param name="x">The lanes.</param>
    /// <returns>f(x) lane by lane.</returns>
    static abstract Vector<double> Lanes(Vector<double> x);
}
