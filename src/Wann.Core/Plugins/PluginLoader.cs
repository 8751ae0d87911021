using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json;
using Wann.Core.Tasks;

namespace Wann.Core.Plugins;

/// <summary>
/// Loads plug-in assemblies and lets their <see cref="IWannPlugin"/> classes register tasks. Experiment configs
/// load theirs (<c>"plugins"</c>, relative to the config file) while they are read, so <c>wann run</c> and
/// <c>wann resume</c> need nothing else; genome files load the plug-ins of the run folder's <c>config.json</c>;
/// the other commands take <c>--plugin</c>.
/// </summary>
/// <remarks>
/// <para>Assemblies load into the default load context, so a plug-in's references to Wann.Core and
/// Wann.Environments are the engine's own (one <see cref="WannTask"/> type). An assembly path loaded once into a
/// catalog is not loaded again (a run and its resume in one process, several champions of one plug-in).</para>
/// </remarks>
public static class PluginLoader
{
    private static readonly HashSet<(TaskCatalog Catalog, string Path)> Loaded = [];
    private static readonly Lock Gate = new();

    /// <summary>Loads a plug-in assembly and registers its tasks.</summary>
    /// <param name="path">The assembly (.dll); relative paths are relative to the current directory.</param>
    /// <param name="catalog">The catalog; default <see cref="TaskCatalog.Default"/>.</param>
    /// <returns>The names of the tasks it registered (empty when it was loaded before).</returns>
    /// <exception cref="PluginLoadException">The file is missing or not an assembly, it has no plug-in class, or a registration failed.</exception>
    public static IReadOnlyList<string> Load(string path, TaskCatalog? catalog = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        catalog ??= TaskCatalog.Default;
        string full = Path.GetFullPath(path);
        lock (Gate)
        {
            if (!Loaded.Add((catalog, full)))
            {
                return [];
            }

            try
            {
                return LoadNew(full, catalog);
            }
            catch
            {
                Loaded.Remove((catalog, full));
                throw;
            }
        }
    }

    /// <summary>Loads the plug-ins a run folder's <c>config.json</c> names, if the folder has one (for commands given a genome file).</summary>
    /// <param name="folder">The folder of a genome file.</param>
    /// <param name="catalog">The catalog; default <see cref="TaskCatalog.Default"/>.</param>
    /// <exception cref="PluginLoadException">A plug-in failed to load.</exception>
    public static void LoadForRunFolder(string folder, TaskCatalog? catalog = null)
    {
        string config = Path.Combine(folder, "config.json");
        if (!File.Exists(config))
        {
            return;
        }

        List<string> paths = [];
        try
        {
            using JsonDocument document = JsonDocument.Parse(File.ReadAllText(config), new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("plugins", out JsonElement plugins) && plugins.ValueKind == JsonValueKind.Array)
            {
                foreach (JsonElement p in plugins.EnumerateArray())
                {
                    if (p.ValueKind == JsonValueKind.String && p.GetString() is string s && s.Length > 0)
                    {
                        paths.Add(Path.IsPathRooted(s) ? s : Path.Combine(folder, s));
                    }
                }
            }
        }
        catch (Exception e) when (e is JsonException or IOException)
        {
            // A config that cannot be read names no plug-ins; the genome's own checks report what is missing.
            return;
        }

        foreach (string path in paths)
        {
            Load(path, catalog);
        }
    }

    private static List<string> LoadNew(string full, TaskCatalog catalog)
    {
        if (!File.Exists(full))
        {
            throw new PluginLoadException($"plug-in {full}: no such file.");
        }

        // The plug-in's own dependencies (its deps.json, its folder) resolve next to it; Wann.Core and
        // Wann.Environments are already loaded, so the plug-in shares the host's copies.
        Assembly assembly;
        try
        {
            // Built inside the try: a broken .deps.json next to the plug-in is a plug-in problem, reported as one.
            var resolver = new AssemblyDependencyResolver(full);
            AssemblyLoadContext.Default.Resolving += (context, name) =>
                resolver.ResolveAssemblyToPath(name) is string dependency && File.Exists(dependency) ? context.LoadFromAssemblyPath(dependency) : null;
            assembly = AssemblyLoadContext.Default.LoadFromAssemblyPath(full);
        }
        catch (Exception e) when (e is BadImageFormatException or FileLoadException or FileNotFoundException or InvalidOperationException)
        {
            throw new PluginLoadException($"plug-in {full}: not a loadable .NET assembly ({e.Message}).", e);
        }

        Type[] types;
        try
        {
            types = assembly.GetExportedTypes();
        }
        catch (Exception e) when (e is ReflectionTypeLoadException or FileNotFoundException or FileLoadException or TypeLoadException)
        {
            throw new PluginLoadException($"plug-in {full}: its types cannot be loaded ({e.Message}); is it built against this Wann version?", e);
        }

        var registered = new List<string>();
        var before = new HashSet<string>(catalog.Names, StringComparer.Ordinal);
        int plugins = 0;
        foreach (Type type in types)
        {
            if (type.IsAbstract || !typeof(IWannPlugin).IsAssignableFrom(type) || type.GetConstructor(Type.EmptyTypes) is null)
            {
                continue;
            }

            plugins++;
            try
            {
                ((IWannPlugin)Activator.CreateInstance(type)!).Register(catalog);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                Exception cause = e is TargetInvocationException { InnerException: Exception inner } ? inner : e;
                throw new PluginLoadException($"plug-in {full}: {type.FullName}.Register failed: {cause.Message}", cause);
            }
        }

        if (plugins == 0)
        {
            throw new PluginLoadException($"plug-in {full}: no public class implements {typeof(IWannPlugin).FullName} with a parameterless constructor.");
        }

        foreach (string name in catalog.Names)
        {
            if (!before.Contains(name))
            {
                registered.Add(name);
            }
        }

        return registered;
    }
}
