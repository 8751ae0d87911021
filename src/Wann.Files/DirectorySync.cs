using System.Runtime.InteropServices;

namespace Wann.Files;

/// <summary>
/// Flushes a directory's entries to disk after a rename, so a power loss cannot undo the rename of a file that
/// was itself flushed (POSIX: the new name lives in the directory, which needs its own fsync). Where the
/// platform has no such call (Windows), renames are already durable and this does nothing.
/// </summary>
internal static class DirectorySync
{
    private const int ReadOnly = 0;

    /// <summary>Flushes <paramref name="directory"/>; failures are ignored (the data itself is already on disk).</summary>
    /// <param name="directory">The directory.</param>
    public static void Flush(string directory)
    {
        if (!(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD()))
        {
            return;
        }

        int fd = Open(directory, ReadOnly);
        if (fd < 0)
        {
            return;
        }

        _ = FSync(fd);
        _ = Close(fd);
    }

    // DllImport rather than LibraryImport: the engine is compiled without unsafe code, and these calls are rare.
    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport("libc", EntryPoint = "fsync", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int FSync(int fd);

    [DllImport("libc", EntryPoint = "close", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Close(int fd);
}
