using System.Globalization;
using System.Text;

namespace Wann.Core.Persistence;

/// <summary>
/// One writer per run folder: an exclusive lock on <c>run.lock</c> held while a run or resume writes the
/// folder. The file says who holds it (pid, host, start time) for a person who looks.
/// </summary>
/// <remarks>The lock is the operating system's (on Linux an advisory <c>flock</c>, which .NET takes for
/// <see cref="FileShare.None"/>), so it dies with its process: a lock left by a killed run is never stale,
/// and the next run simply takes it.</remarks>
public sealed class RunFolderLock : IDisposable
{
    /// <summary>The lock file's name inside the run folder.</summary>
    public const string FileName = "run.lock";

    private readonly FileStream _stream;

    private RunFolderLock(FileStream stream) => _stream = stream;

    /// <summary>Takes the folder's lock.</summary>
    /// <param name="folder">The run folder.</param>
    /// <returns>The lock; dispose it when the run stops.</returns>
    /// <exception cref="RunFolderBusyException">Another process (or another run in this one) holds it.</exception>
    public static RunFolderLock Acquire(RunFolder folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        string path = Path.Combine(folder.Path, FileName);
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e) when (File.Exists(path))
        {
            throw new RunFolderBusyException(
                $"{folder.Path} is being written by another wann process{Holder(path)}; wait for it to finish or stop it (one writer per run folder).", e);
        }

        string holder = string.Create(CultureInfo.InvariantCulture,
            $"pid {Environment.ProcessId}, host {Environment.MachineName}, since {DateTime.UtcNow:yyyy-MM-ddTHH:mm:ssZ}\n");
        stream.SetLength(0);
        stream.Write(Encoding.UTF8.GetBytes(holder));
        stream.Flush(flushToDisk: true);
        return new RunFolderLock(stream);
    }

    /// <inheritdoc />
    public void Dispose() => _stream.Dispose();

    private static string Holder(string path)
    {
        try
        {
            using var reader = new StreamReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete));
            string? line = reader.ReadLine();
            return string.IsNullOrWhiteSpace(line) ? string.Empty : $" ({line.Trim()})";
        }
        catch (IOException)
        {
            return string.Empty; // the holder's lock also keeps readers out on some systems; the message stands without it
        }
    }
}
