using Wann.Core.Tasks;

namespace Wann.Viewer.Replay;

/// <summary>
/// Gives the built-in tasks their replay capability, through the public <see cref="TaskCapabilities"/> API a
/// plug-in uses too (the engine cannot draw: pictures need the viewer). Tasks that already have a replay keep it.
/// </summary>
public static class BuiltInReplays
{
    private static readonly Lazy<bool> DefaultAttached = new(() =>
    {
        Attach(TaskCatalog.Default);
        return true;
    });

    /// <summary>Attaches the built-in replays to <see cref="TaskCatalog.Default"/> once.</summary>
    public static void EnsureAttached() => _ = DefaultAttached.Value;

    /// <summary>Attaches the built-in replays to the built-in tasks of a catalog.</summary>
    /// <param name="catalog">The catalog.</param>
    public static void Attach(TaskCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var doublePole = new PoleAnimationReplay(new PoleDrawing([2, 4], [1.0, 0.1], 2.4, 50.0));
        Set(catalog, "swingup", new PoleAnimationReplay(new PoleDrawing([2], [0.6], 2.4, 100.0)));
        Set(catalog, "cartpole", new PoleAnimationReplay(PoleDrawing.SinglePole));
        Set(catalog, "doublepole", doublePole);
        Set(catalog, "doublepole-novel", doublePole);
        Set(catalog, "doublepole-100k", doublePole);
        Set(catalog, "doublepole-novel-100k", doublePole);
        Set(catalog, "carracing", new TrackReplay());
    }

    private static void Set(TaskCatalog catalog, string name, IReplayCapability replay)
    {
        if (catalog.TryGet(name, out WannTask? task) && task.GetCapability<IReplayCapability>() is null)
        {
            task.Capabilities.Set(replay);
        }
    }
}
