using System.Runtime.Intrinsics;

namespace Wann.Core.Activation;

/// <summary>
/// An <see cref="IActivationDefinition"/> that also gives its lane form on 512-bit registers, for rows wide enough to
/// fill them (a classification batch: a thousand images as lanes). Optional: a function without it runs such rows
/// with <see cref="IActivationDefinition.Lanes"/>, with the same result.
/// </summary>
/// <remarks>Every lane of <see cref="WideLanes"/> must compute the bits <see cref="IActivationDefinition.Lanes"/> computes for it
/// (the same operations in the same order), so that a network's output does not depend on the register width or the
/// CPU. <see cref="ActivationEntry.Create{T}"/> picks the wide form up by itself.</remarks>
public interface IWideActivationDefinition : IActivationDefinition
{
    /// <summary>The lane kernel on a 512-bit register: f on every lane, each lane depending on its own input only.</summary>
    /// <param name="x">The lanes.</param>
    /// <returns>f(x) lane by lane.</returns>
    static abstract Vector512<double> WideLanes(Vector512<double> x);
}
