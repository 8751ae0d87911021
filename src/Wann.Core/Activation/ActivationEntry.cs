using System.Numerics;

namespace Wann.Core.Activation;

/// <summary>
/// One activation function, complete: its name, id, definition, lane kernel and picture colour. The table
/// of entries (<see cref="ActivationTable"/>) is the only place a function is described.
/// </summary>
public sealed class ActivationEntry
{
    /// <summary>Creates an entry, e.g. for a plug-in function.</summary>
    /// <param name="name">The configuration and genome-file name.</param>
    /// <param name="id">A unique id (built-ins use the WANN reference's 1–11; pick a number above 100 for a plug-in).</param>
    /// <param name="colour">The fill colour of its nodes in pictures (hex RGB such as <c>#4e79a7</c>).</param>
    /// <param name="definition">The scalar form.</param>
    /// <param name="kernel">The lane form; null calls <paramref name="definition"/> once per lane.</param>
    /// <exception cref="ArgumentException">A field is missing or malformed.</exception>
    public ActivationEntry(string name, ActivationFunction id, string colour, Func<double, double> definition, LaneKernel? kernel = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(definition);
        if ((int)id <= 0)
        {
            throw new ArgumentException($"Activation '{name}': id {(int)id} must be positive.", nameof(id));
        }

        if (colour is null || colour.Length != 7 || colour[0] != '#' || colour.AsSpan(1).ContainsAnyExcept("0123456789abcdefABCDEF"))
        {
            throw new ArgumentException($"Activation '{name}': colour '{colour}' must be hex RGB such as #4e79a7.", nameof(colour));
        }

        Name = name;
        Id = id;
        Colour = colour;
        Definition = definition;
        HasLaneKernel = kernel is not null;
        Kernel = kernel ?? new ScalarFallbackLaneKernel(definition);
    }

    /// <summary>Gets the configuration and genome-file name.</summary>
    public string Name { get; }

    /// <summary>Gets the id (the reference's activation number for built-ins; stored in genome matrices and cluster messages).</summary>
    public ActivationFunction Id { get; }

    /// <summary>Gets the fill colour of a node with this activation in pictures.</summary>
    public string Colour { get; }

    /// <summary>Gets the definition with <see cref="Math"/> (or a plug-in's scalar form); pictures draw its curve as the node's glyph.</summary>
    public Func<double, double> Definition { get; }

    /// <summary>Gets the lane form the networks use.</summary>
    public LaneKernel Kernel { get; }

    /// <summary>Gets a value indicating whether <see cref="Kernel"/> is a true lane kernel rather than the per-lane scalar fallback.</summary>
    public bool HasLaneKernel { get; }

    /// <summary>Creates the entry of a function written as an <see cref="IActivationDefinition"/> struct.</summary>
    /// <typeparam name="T">The function; when it is also an <see cref="IWideActivationDefinition"/>, wide rows use its 512-bit form.</typeparam>
    /// <returns>The entry, with a lane kernel compiled for <typeparamref name="T"/>.</returns>
    public static ActivationEntry Create<T>()
        where T : struct, IActivationDefinition
    {
        // The wide kernel's constraint cannot be stated through T's, so it is built by its type once, here at registration.
        LaneKernel kernel = typeof(IWideActivationDefinition).IsAssignableFrom(typeof(T))
            ? (LaneKernel)Activator.CreateInstance(typeof(WideDefinitionLaneKernel<>).MakeGenericType(typeof(T)))!
            : new DefinitionLaneKernel<T>();
        return new(T.Name, T.Id, T.Colour, T.Definition, kernel);
    }

    /// <summary>Applies the function to one value with the lane arithmetic: what the scalar network computes, bit for bit the lane path's value.</summary>
    /// <param name="x">The input.</param>
    /// <returns>f(x).</returns>
    public double Scalar(double x) => Kernel.Apply(new Vector<double>(x))[0];
}
