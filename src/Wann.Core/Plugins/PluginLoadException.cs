namespace Wann.Core.Plugins;

/// <summary>A plug-in assembly could not be loaded, has no <see cref="IWannPlugin"/>, or its registration failed (a duplicate task name, for instance).</summary>
public sealed class PluginLoadException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PluginLoadException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong, naming the assembly.</param>
    public PluginLoadException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong, naming the assembly.</param>
    /// <param name="inner">The cause.</param>
    public PluginLoadException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
