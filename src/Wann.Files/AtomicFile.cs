using System.Text;

namespace Wann.Files;

/// <summary>
/// Writes files so that a crash at any moment leaves either the old file or the new one, never a torn
/// one: the content goes to a temporary file in the same folder, is flushed to disk, and is renamed
/// over the target (rename is atomic within a file system); the folder is then flushed too, so the rename
/// itself survives a power loss.
/// </summary>
public static class AtomicFile
{
    /// <summary>Writes text atomically (UTF-8, no byte-order mark).</summary>
    /// <param name="path">The target file.</param>
    /// <param name="contents">The text.</param>
    public static void WriteAllText(string path, string contents) =>
        WriteAllBytes(path, new UTF8Encoding(false).GetBytes(contents));

    /// <summary>Writes bytes atomically.</summary>
    /// <param name="path">The target file.</param>
    /// <param name="contents">The bytes.</param>
    public static void WriteAllBytes(string path, ReadOnlySpan<byte> contents)
    {
        string full = Path.GetFullPath(path);
        string directory = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(directory);
        string temporary = Path.Combine(directory, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                stream.Write(contents);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, full, overwrite: true);
            DirectorySync.Flush(directory);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // The original error matters more than a leftover temporary file.
        }
        catch (UnauthorizedAccessException)
        {
            // Same: keep the original error.
        }
    }
}
