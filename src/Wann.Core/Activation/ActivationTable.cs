using Wann.Core.Activation.Functions;

namespace Wann.Core.Activation;

/// <summary>
/// Every activation function the engine knows, one <see cref="ActivationEntry"/> each: the built-in WANN set
/// and whatever plug-ins add with <see cref="Register"/> (before configs and genomes that use them are read).
/// </summary>
/// <remarks>Lookups by id index a flat array, so the network's inner loop pays one load per row. Registration
/// copies the arrays and publishes them whole, so readers never see a half-updated table.</remarks>
public static class ActivationTable
{
    private static readonly Lock Gate = new();
    private static ActivationEntry?[] s_byId = [];
    private static LaneKernel?[] s_kernels = [];
    private static Dictionary<string, ActivationEntry> s_byName = new(StringComparer.OrdinalIgnoreCase);
    private static ActivationEntry[] s_all = [];

    static ActivationTable()
    {
        Register(ActivationEntry.Create<LinearActivation>());
        Register(ActivationEntry.Create<StepActivation>());
        Register(ActivationEntry.Create<SinActivation>());
        Register(ActivationEntry.Create<GaussianActivation>());
        Register(ActivationEntry.Create<TanhActivation>());
        Register(ActivationEntry.Create<SigmoidActivation>());
        Register(ActivationEntry.Create<InverseActivation>());
        Register(ActivationEntry.Create<AbsActivation>());
        Register(ActivationEntry.Create<ReluActivation>());
        Register(ActivationEntry.Create<CosActivation>());
        Register(ActivationEntry.Create<SquareActivation>());
    }

    /// <summary>Gets every entry, in id order.</summary>
    public static IReadOnlyList<ActivationEntry> All => s_all;

    /// <summary>Adds a function.</summary>
    /// <param name="entry">The entry.</param>
    /// <exception cref="ArgumentException">Its name or id is already taken.</exception>
    public static void Register(ActivationEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        lock (Gate)
        {
            if (s_byName.TryGetValue(entry.Name, out ActivationEntry? sameName))
            {
                throw new ArgumentException($"An activation function named '{sameName.Name}' is already registered (id {(int)sameName.Id}); choose another name.", nameof(entry));
            }

            int id = (int)entry.Id;
            if (id < s_byId.Length && s_byId[id] is ActivationEntry sameId)
            {
                throw new ArgumentException($"Activation id {id} is already taken by '{sameId.Name}'; choose another id for '{entry.Name}'.", nameof(entry));
            }

            var byId = new ActivationEntry?[Math.Max(s_byId.Length, id + 1)];
            s_byId.CopyTo(byId, 0);
            byId[id] = entry;
            var kernels = new LaneKernel?[byId.Length];
            for (int i = 0; i < byId.Length; i++)
            {
                kernels[i] = byId[i]?.Kernel;
            }

            s_byName = new Dictionary<string, ActivationEntry>(s_byName, StringComparer.OrdinalIgnoreCase) { [entry.Name] = entry };
            s_all = [.. byId.OfType<ActivationEntry>()];
            s_byId = byId;
            s_kernels = kernels;
        }
    }

    /// <summary>Gets the entry of an id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="ArgumentOutOfRangeException">No function has this id.</exception>
    public static ActivationEntry Get(ActivationFunction id)
    {
        ActivationEntry?[] table = s_byId;
        return (uint)id < (uint)table.Length && table[(int)id] is ActivationEntry entry ? entry : throw Unknown(id);
    }

    /// <summary>Gets the lane kernel of an id: the network's inner loop calls this once per row.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The kernel.</returns>
    /// <exception cref="ArgumentOutOfRangeException">No function has this id.</exception>
    public static LaneKernel KernelOf(ActivationFunction id)
    {
        LaneKernel?[] kernels = s_kernels;
        return (uint)id < (uint)kernels.Length && kernels[(int)id] is LaneKernel kernel ? kernel : throw Unknown(id);
    }

    /// <summary>Returns whether an id is registered.</summary>
    /// <param name="id">The id.</param>
    /// <returns>True when known.</returns>
    public static bool Contains(int id) => (uint)id < (uint)s_byId.Length && s_byId[id] is not null;

    /// <summary>Finds an entry by name (case-insensitive).</summary>
    /// <param name="name">The name.</param>
    /// <param name="entry">The entry, when found.</param>
    /// <returns>True when found.</returns>
    public static bool TryGet(string? name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ActivationEntry? entry)
    {
        entry = null;
        return name is not null && s_byName.TryGetValue(name, out entry);
    }

    private static ArgumentOutOfRangeException Unknown(ActivationFunction id) =>
        new(nameof(id), (int)id, $"No activation function has id {(int)id}; known: {string.Join(", ", s_all.Select(e => $"{e.Name} ({(int)e.Id})"))}.");
}
